"""Retry pacing for calls to a server that may be down."""

from __future__ import annotations


class Backoff:
    """Retry delays growing from ``initial`` to ``maximum`` seconds."""

    def __init__(self, initial: float, maximum: float) -> None:
        self._initial = initial
        self._maximum = maximum
        self._next = initial

    def failed(self) -> float:
        delay = self._next
        self._next = min(self._next * 2, self._maximum)
        return delay

    def reset(self) -> None:
        self._next = self._initial
