"""Opening hours of a site: when it is open, when it closes, when it opens next. Pure, no I/O.

A :class:`Schedule` holds intervals per weekday (several a day), closed dates, and exceptional
hours for a date (which replace that weekday's intervals). Times are local wall-clock minutes
after midnight in the site's zone; every answer is computed by turning each local day's
intervals into absolute instants through :mod:`zoneinfo`, so the days the clocks change are
right. Touching intervals (one ending at 24:00, the next day's starting at 00:00) join.

A schedule with no weekly hours at all is open around the clock, except on its closed dates
and its exceptional days. The hours as text (``09:00-12:30``) are :mod:`kiosk.protocol.hours_text`.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from kiosk.protocol.hours_text import MINUTES_PER_DAY, Day, Interval, format_day

#: How far ahead :func:`seconds_until_close` looks for the end of the current opening.
CLOSE_HORIZON_DAYS = 8
#: How far ahead :func:`next_opening` looks (a long closure still finds the reopening).
OPENING_HORIZON_DAYS = 400

ALL_DAY: Day = (Interval(0, MINUTES_PER_DAY),)


@dataclass(frozen=True)
class Schedule:
    #: weekday (0 = Monday) → that day's intervals; a weekday missing here is closed,
    #: unless the mapping is empty (no hours configured: always open).
    weekly: Mapping[int, Day] = field(default_factory=dict)
    closed: frozenset[date] = frozenset()
    #: date → the intervals replacing the weekday's on that date
    exceptions: Mapping[date, Day] = field(default_factory=dict)

    @property
    def configured(self) -> bool:
        return bool(self.weekly)

    def intervals_on(self, day: date) -> Day:
        """The local opening intervals of one calendar day."""
        if day in self.closed:
            return ()
        if day in self.exceptions:
            return self.exceptions[day]
        if not self.weekly:
            return ALL_DAY
        return self.weekly.get(day.weekday(), ())


ALWAYS_OPEN = Schedule()


# --- answers ------------------------------------------------------------------------------


def _instant(day: date, minutes: int, zone: ZoneInfo) -> datetime:
    """The UTC instant of a local wall time; 24:00 is the next day's midnight.

    A wall time skipped when the clocks go forward maps to the same minutes after the change
    (fold=0, PEP 495); a repeated one means its first occurrence.
    """
    day = day + timedelta(days=minutes // MINUTES_PER_DAY)
    minutes %= MINUTES_PER_DAY
    local = datetime(day.year, day.month, day.day, minutes // 60, minutes % 60, tzinfo=zone)
    return local.astimezone(UTC)


def _spans(
    schedule: Schedule, zone: ZoneInfo, first: date, days: int
) -> Iterator[tuple[datetime, datetime]]:
    """Absolute opening spans of ``days`` local days from ``first``, touching ones joined."""
    current: tuple[datetime, datetime] | None = None
    for offset in range(days):
        day = first + timedelta(days=offset)
        for interval in schedule.intervals_on(day):
            start = _instant(day, interval.opens, zone)
            end = _instant(day, interval.closes, zone)
            if end <= start:  # a wall-clock interval swallowed by a DST gap
                continue
            if current is not None and start <= current[1]:
                current = (current[0], max(current[1], end))
                continue
            if current is not None:
                yield current
            current = (start, end)
    if current is not None:
        yield current


def _local_date(now: datetime, zone: ZoneInfo) -> date:
    if now.tzinfo is None:
        raise ValueError("naive datetime")
    return now.astimezone(zone).date()


def is_open(schedule: Schedule, now: datetime, tz: str) -> bool:
    zone = ZoneInfo(tz)
    yesterday = _local_date(now, zone) - timedelta(days=1)
    return any(start <= now < end for start, end in _spans(schedule, zone, yesterday, 3))


def seconds_until_close(schedule: Schedule, now: datetime, tz: str) -> int | None:
    """Whole seconds until the site closes; 0 when closed now; None when no closing is in sight.

    "In sight" is :data:`CLOSE_HORIZON_DAYS`: a site open around the clock never closes.
    """
    open_now, end = _current_opening(schedule, now, tz)
    if not open_now:
        return 0
    if end is None:
        return None
    return math.ceil((end - now).total_seconds())


def _current_opening(schedule: Schedule, now: datetime, tz: str) -> tuple[bool, datetime | None]:
    """Whether the site is open at ``now``, and when that opening ends (None: not in sight)."""
    zone = ZoneInfo(tz)
    yesterday = _local_date(now, zone) - timedelta(days=1)
    horizon = _instant(yesterday, 0, zone) + timedelta(days=CLOSE_HORIZON_DAYS)
    for start, end in _spans(schedule, zone, yesterday, CLOSE_HORIZON_DAYS + 1):
        if start <= now < end:
            return True, None if end >= horizon else end
        if start > now:
            break
    return False, None


def next_opening(schedule: Schedule, now: datetime, tz: str) -> datetime | None:
    """The first instant ≥ ``now`` when the site is open (``now`` itself when open now).

    None when it stays closed for :data:`OPENING_HORIZON_DAYS`.
    """
    zone = ZoneInfo(tz)
    yesterday = _local_date(now, zone) - timedelta(days=1)
    for start, end in _spans(schedule, zone, yesterday, OPENING_HORIZON_DAYS):
        if end > now:
            return max(start, now)
    return None


def closes_at(schedule: Schedule, now: datetime, tz: str) -> datetime | None:
    """The instant the current opening ends; None when closed now or no closing is in sight.

    The instant itself (18:00:00 sharp), not ``now`` plus :func:`seconds_until_close`'s
    whole seconds, which would carry ``now``'s fraction of a second.
    """
    return _current_opening(schedule, now, tz)[1]


def hours_today(schedule: Schedule, now: datetime, tz: str) -> list[str]:
    """Today's local intervals as 'HH:MM-HH:MM' (['00:00-24:00'] when open all day)."""
    return format_day(schedule.intervals_on(_local_date(now, ZoneInfo(tz))))


def within_opening(schedule: Schedule, start: datetime, end: datetime, tz: str) -> bool:
    """Whether ``start`` to ``end`` lies wholly inside one opening of the site (a hold's span)."""
    zone = ZoneInfo(tz)
    first = _local_date(start, zone) - timedelta(days=1)
    days = (_local_date(end, zone) - first).days + 2
    return any(s <= start and end <= e for s, e in _spans(schedule, zone, first, days))
