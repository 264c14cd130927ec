"""Time sources for the station: a monotonic clock for session time, a wall clock for the record.

Session time is only ever measured with :meth:`Clock.monotonic`, so changing the system clock
changes nothing. On Linux, ``time.monotonic()`` is CLOCK_MONOTONIC, which counts from boot: a
value saved before the agent was killed stays comparable after it restarts in the same boot,
which is how the time the agent was dead counts as used. :func:`boot_id` tells the boots apart.
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Protocol

_BOOT_ID_PATH = Path("/proc/sys/kernel/random/boot_id")


class Clock(Protocol):
    """What the station needs to know about time."""

    def monotonic(self) -> float:
        """Seconds on a clock that never jumps (comparable within one boot)."""
        ...

    def now(self) -> datetime:
        """Aware UTC wall-clock time, for the record only (never to measure a session)."""
        ...


def wall_now() -> datetime:
    """The machine's wall clock as an aware UTC time (the screens' default "now")."""
    return datetime.now(UTC)


class SystemClock:
    """The real clocks of the machine."""

    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> datetime:
        return wall_now()


class FakeClock:
    """A clock that moves only when told to, for tests."""

    def __init__(self, start: float = 1000.0, wall: datetime | None = None) -> None:
        self._mono = start
        self._wall = wall or datetime(2025, 1, 6, 9, 0, tzinfo=UTC)

    def monotonic(self) -> float:
        return self._mono

    def now(self) -> datetime:
        return self._wall

    def advance(self, seconds: float) -> None:
        """Move both clocks forward, as real time passing would."""
        if seconds < 0:
            raise ValueError("time does not go backwards")
        self._mono += seconds
        self._wall += timedelta(seconds=seconds)

    def set_wall(self, wall: datetime) -> None:
        """Change the wall clock only, as an administrator or NTP would."""
        self._wall = wall


def boot_id() -> str:
    """An identifier of the current boot: monotonic times are comparable only within one."""
    if sys.platform.startswith("linux"):
        try:
            return _BOOT_ID_PATH.read_text(encoding="ascii").strip()
        except OSError:
            pass
    import psutil  # here: a screen reads the clock without loading psutil

    return str(psutil.boot_time())
