"""Clocks for tests: a settable wall clock for the server, and the "now" of date-sensitive tests.

The GUI fixtures run the server, the kiosk and the console on one :class:`FakeClock` frozen at
:func:`frozen_moments`: a fixed Brussels moment, or those named by ``EPN_TEST_NOW`` (ISO 8601
with the offset, e.g. ``EPN_TEST_NOW=2026-03-29T01:30:00+01:00``, several separated by commas),
which is how ``scripts/test.sh`` runs the tests marked ``calendar`` again on a Sunday evening
and on both days the clocks change.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

#: A Monday morning in Brussels (09:00 CET), so "today" and "this week" are unambiguous.
DEFAULT_START = datetime(2025, 3, 10, 8, 0, tzinfo=UTC)

#: The zone of the sites the tests create (admin.directory's default).
BRUSSELS = ZoneInfo("Europe/Brussels")

#: "Now" of the date-sensitive tests when ``EPN_TEST_NOW`` is not set: a Tuesday afternoon.
DEFAULT_NOW = datetime(2025, 11, 18, 14, 0, tzinfo=BRUSSELS)

NOW_VARIABLE = "EPN_TEST_NOW"


def frozen_moments() -> list[datetime]:
    """The moments the GUI fixtures freeze their clocks at, as aware UTC times: ``EPN_TEST_NOW``
    (one, or several separated by commas: each test that uses ``site_clock`` runs at each),
    else :data:`DEFAULT_NOW`."""
    texts = [t.strip() for t in os.environ.get(NOW_VARIABLE, "").split(",") if t.strip()]
    return [_moment(text) for text in texts] or [DEFAULT_NOW.astimezone(UTC)]


def _moment(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as exc:
        raise ValueError(f"{NOW_VARIABLE}: {text!r} is not an ISO 8601 date and time") from exc
    if moment.tzinfo is None:
        raise ValueError(f"{NOW_VARIABLE}: {text!r} needs its UTC offset (e.g. +01:00)")
    return moment.astimezone(UTC)


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

    def local(self, zone: ZoneInfo = BRUSSELS) -> datetime:
        """Now as the site's clock shows it."""
        return self().astimezone(zone)


class StationClock:
    """A station's clock (kiosk.clock.Clock) for the GUI tests: the machine's monotonic time,
    so sessions count down as on a real station, and the wall time of ``wall``."""

    def __init__(self, wall: Callable[[], datetime]) -> None:
        self._wall = wall

    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> datetime:
        return self._wall()
