"""The pure rules of workshops: a series' dates, the no-show pause, minutes attended.

No I/O; the service (:mod:`admin.workshops.service`) reads the rows and writes what these say.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from admin.core.errors import Refused
from admin.holds.rules import parse_moment
from kiosk.protocol.errors import ErrorCode


def series(
    starts_at: str, minutes: int, weeks: int, timezone: str
) -> list[tuple[datetime, datetime]]:
    """Each date's start and end: ``starts_at`` (the site's wall clock) and the same wall time
    every week after it, ``weeks`` in all. A series crossing a DST change keeps 14:00 local;
    a wall time the clocks skip is refused (HOLD_BAD_TIME, :func:`parse_moment`)."""
    try:
        first = datetime.fromisoformat(starts_at.strip().replace(" ", "T", 1))
    except ValueError:
        raise Refused(
            ErrorCode.HOLD_BAD_TIME, f"{starts_at!r} is no date and time", {"value": starts_at}
        ) from None
    spans = []
    for week in range(weeks):
        wall = first + timedelta(weeks=week)  # naive: calendar arithmetic on the wall clock
        start = parse_moment(wall.isoformat(timespec="minutes"), timezone)
        spans.append((start, start + timedelta(minutes=minutes)))
    return spans


@dataclass(frozen=True)
class Pause:
    """Registrations paused until ``until`` (the local date they open again) after
    ``no_shows`` no-shows."""

    until: date
    no_shows: int


def pause(
    no_shows: Iterable[datetime],
    now: datetime,
    limit: int | None,
    period_days: int,
    pause_days: int,
    timezone: str,
) -> Pause | None:
    """The pause in force now, if any: ``limit`` no-shows (the ends of the slots missed)
    within ``period_days`` pause registrations for ``pause_days`` from the last of them.
    ``limit`` None: the rule is off."""
    if limit is None:
        return None
    moments = sorted(no_shows)
    period = timedelta(days=period_days)
    found: Pause | None = None
    for last in range(limit - 1, len(moments)):
        if moments[last] - moments[last - limit + 1] > period:
            continue
        local = moments[last].astimezone(ZoneInfo(timezone)).date()
        until = local + timedelta(days=pause_days)
        if found is None or until > found.until:
            found = Pause(until, last + 1)
    if found is None or now.astimezone(ZoneInfo(timezone)).date() >= found.until:
        return None
    return found


def overlap_seconds(
    start: datetime, end: datetime, spans: Sequence[tuple[datetime, datetime]]
) -> int:
    """Seconds of ``start``–``end`` covered by ``spans`` (a visitor's sessions), each second once."""
    clipped = sorted((max(a, start), min(b, end)) for a, b in spans if b > start and a < end)
    total = 0
    reach = start
    for a, b in clipped:
        a = max(a, reach)
        if b > a:
            total += int((b - a).total_seconds())
            reach = b
    return total
