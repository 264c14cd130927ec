"""Opening hours as text, the way people type them and the API carries them. Pure, no I/O.

A time is ``HH:MM`` (``24:00`` closes the day); an interval is ``09:00-12:30``; a day is its
intervals separated by commas (``09:00-12:30,13:30-18:00``), or ``closed`` (or nothing) for no
opening. The server reads and writes the hours of its sites with these functions, and the
console checks what staff type with the same ones before sending it. When a site is open, given
these intervals, is the server's (:mod:`admin.sites.hours`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from kiosk.protocol.sites import WEEKDAYS

MINUTES_PER_DAY = 24 * 60

_HHMM = re.compile(r"^([01]\d|2[0-4]):([0-5]\d)$")


@dataclass(frozen=True, order=True)
class Interval:
    """Opening from ``opens`` to ``closes``, in minutes after local midnight (closes ≤ 1440)."""

    opens: int
    closes: int

    def __post_init__(self) -> None:
        if not (0 <= self.opens < self.closes <= MINUTES_PER_DAY):
            raise ValueError(f"bad interval {self.opens}-{self.closes}")

    def __str__(self) -> str:
        return f"{_hhmm(self.opens)}-{_hhmm(self.closes)}"


Day = tuple[Interval, ...]


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def parse_time(text: str) -> int:
    """'09:30' → 570; '24:00' is the end of the day. Raises ValueError."""
    match = _HHMM.match(text.strip())
    if match is None:
        raise ValueError(f"{text!r} is not a time HH:MM")
    minutes = int(match[1]) * 60 + int(match[2])
    if minutes > MINUTES_PER_DAY:
        raise ValueError(f"{text!r} is after 24:00")
    return minutes


def parse_interval(text: str) -> Interval:
    """'09:00-12:30' → Interval(540, 750). Raises ValueError."""
    opens, sep, closes = text.strip().partition("-")
    if not sep:
        raise ValueError(f"{text!r} is not an interval HH:MM-HH:MM")
    start, end = parse_time(opens), parse_time(closes)
    if start >= end:
        raise ValueError(f"{text!r} closes before it opens")
    return Interval(start, end)


def normalize(intervals: Iterable[Interval]) -> Day:
    """Sorted intervals of one day; raises ValueError when two overlap."""
    ordered = sorted(intervals)
    for before, after in itertools.pairwise(ordered):
        if after.opens < before.closes:
            raise ValueError(f"{before} and {after} overlap")
    return tuple(ordered)


def parse_day(texts: Iterable[str]) -> Day:
    """Intervals of one day from strings like '09:00-12:30'; raises ValueError."""
    return normalize(parse_interval(text) for text in texts)


def parse_intervals(text: str) -> Day:
    """'09:00-12:30,13:30-18:00' → a day; '' or 'closed' → no interval."""
    text = text.strip()
    if text.lower() in ("", "closed"):
        return ()
    return parse_day(part for part in text.split(","))


def format_day(day: Day) -> list[str]:
    return [str(interval) for interval in day]


def weekday_number(name: str) -> int:
    """'mon' → 0 … 'sun' → 6; raises ValueError."""
    try:
        return WEEKDAYS.index(name.strip().lower()[:3])
    except ValueError:
        raise ValueError(f"{name!r} is not a weekday (mon … sun)") from None
