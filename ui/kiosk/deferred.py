"""A window built the first time it is needed, not at start-up (only the lock screen shows then)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Deferred(Generic[T]):
    """Builds its object on the first :meth:`get`; :attr:`built` is None until then."""

    def __init__(self, build: Callable[[], T]) -> None:
        self._build: Callable[[], T] | None = build
        self.built: T | None = None

    def get(self) -> T:
        if self.built is None:
            assert self._build is not None
            self.built = self._build()
            self._build = None  # the factory's closure may hold big things: let it go
        return self.built
