"""Wall-clock time on the server: an injectable clock and one ISO 8601 format."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

#: A callable returning the current time as an aware UTC datetime (tests pass a fake one).
Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


def to_iso(moment: datetime) -> str:
    """Fixed-width UTC ISO 8601, so stored timestamps also compare correctly as text."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def from_iso(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment


def seconds_between(earlier: str | None, now: datetime) -> float | None:
    """Seconds from a stored timestamp to ``now``; None when there is no timestamp."""
    if earlier is None:
        return None
    return (now - from_iso(earlier)).total_seconds()
