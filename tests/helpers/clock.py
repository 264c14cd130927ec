"""A settable wall clock for the server (``admin`` takes any callable returning UTC now)."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

#: A Monday morning in Brussels (09:00 CET), so "today" and "this week" are unambiguous.
DEFAULT_START = datetime(2025, 3, 10, 8, 0, tzinfo=UTC)


class FakeClock:
    """Callable like :func:`admin.core.timeutil.utc_now`; thread-safe, moves only when told."""

    def __init__(self, start: datetime = DEFAULT_START) -> None:
        self._now = start
        self._lock = threading.Lock()

    def __call__(self) -> datetime:
        with self._lock:
            return self._now

    def advance(self, seconds: float = 0, **delta: float) -> datetime:
        with self._lock:
            self._now += timedelta(seconds=seconds, **delta)
            return self._now

    def set(self, moment: datetime) -> None:
        with self._lock:
            self._now = moment
