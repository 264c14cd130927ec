"""The grant rule: how many seconds a visitor may have now. Pure functions, no I/O.

A grant is the smallest of named allowances: the session limit of the visitor's category
(the site's own row first, see :func:`limits_for`), what is left of the daily and weekly
quota, and the seconds until the site closes (:mod:`admin.sites.hours`); bookings will be one
more entry in :func:`allowances`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from admin.core.timeutil import from_iso

# one definition, in the wire protocol (the console reads the same rule): re-exported here
from kiosk.protocol.limits import DEFAULT_CATEGORY as DEFAULT_CATEGORY
from kiosk.protocol.rules import Limits as Limits
from kiosk.protocol.rules import limits_for as limits_for

#: Below this, a sign-in is refused with NO_TIME_LEFT rather than granting a useless session.
MIN_GRANT_SECONDS = 60


@dataclass(frozen=True)
class Usage:
    """Seconds a visitor has used in the current day and ISO week of the site."""

    today_seconds: int
    week_seconds: int


def period_starts(now: datetime, timezone: str) -> tuple[datetime, datetime]:
    """Start of today and of this ISO week (Monday) in the site's timezone, as aware datetimes."""
    local = now.astimezone(ZoneInfo(timezone))
    day = local.replace(hour=0, minute=0, second=0, microsecond=0)
    # Midnight is resolved again through the zone, which is right across DST changes.
    day = datetime(day.year, day.month, day.day, tzinfo=ZoneInfo(timezone))
    monday = day - timedelta(days=day.weekday())
    week = datetime(monday.year, monday.month, monday.day, tzinfo=ZoneInfo(timezone))
    return day, week


def _elapsed(session: Mapping[str, Any], now: datetime) -> float:
    since = session.get("reported_at") or session["started_at"]
    return max(0.0, (now - from_iso(since)).total_seconds())


def estimate_used(session: Mapping[str, Any], now: datetime) -> int:
    """Used seconds of a session; an active one also counts the time since its last report."""
    used = int(session["used_seconds"] or 0)
    if session["state"] != "active":
        return used
    return used + int(min(_elapsed(session, now), session["remaining_seconds"]))


def estimate_left(session: Mapping[str, Any], now: datetime) -> int:
    """Seconds left of an active session now, from the station's last report; never < 0."""
    if session["state"] != "active":
        return 0
    return max(0, int(session["remaining_seconds"] - _elapsed(session, now)))


def usage(sessions: Iterable[Mapping[str, Any]], now: datetime, timezone: str) -> Usage:
    """Sum the visitor's sessions started today and this week (site time); training sessions
    (a workshop's slot, ``purpose`` 'training') are not free access and do not count."""
    day, week = period_starts(now, timezone)
    today = this_week = 0
    for session in sessions:
        if session.get("purpose") == "training":
            continue
        started = from_iso(session["started_at"])
        if started < week:
            continue
        used = estimate_used(session, now)
        this_week += used
        if started >= day:
            today += used
    return Usage(today_seconds=today, week_seconds=this_week)


def allowances(limits: Limits, used: Usage, closing: int | None = None) -> dict[str, int]:
    """Every term of the grant, in seconds, by name (the smallest one wins).

    ``closing`` is the seconds until the site closes (None: no closing in sight).
    """
    terms = {
        "session": limits.session_minutes * 60,
        "daily": max(0, limits.daily_minutes * 60 - used.today_seconds),
        "weekly": max(0, limits.weekly_minutes * 60 - used.week_seconds),
    }
    if closing is not None:
        terms["closing"] = max(0, closing)
    return terms


def grant_of(terms: Mapping[str, int]) -> int:
    """Seconds to grant from the terms of :func:`allowances`; 0 when less than
    :data:`MIN_GRANT_SECONDS` would be left."""
    seconds = min(terms.values())
    return seconds if seconds >= MIN_GRANT_SECONDS else 0


def grant_seconds(limits: Limits, used: Usage, closing: int | None = None) -> int:
    """Seconds to grant; 0 when less than :data:`MIN_GRANT_SECONDS` would be left."""
    return grant_of(allowances(limits, used, closing))


def resets_at(terms: Mapping[str, int], now: datetime, timezone: str) -> datetime:
    """When a visitor out of time gets some back: next Monday when the week is used up,
    else the next local midnight."""
    day, week = period_starts(now, timezone)
    zone = ZoneInfo(timezone)
    weekly_out = terms.get("weekly", MIN_GRANT_SECONDS) < MIN_GRANT_SECONDS
    start, days = (week, 7) if weekly_out else (day, 1)
    # calendar arithmetic on the local date, resolved through the zone: right across DST
    target = start.date() + timedelta(days=days)
    return datetime(target.year, target.month, target.day, tzinfo=zone)
