"""What a visitor reads of a held station: on the lock screen, in a refusal, in a warning.

"Reserved for « Classe 5B » from 14:00 to 16:00", "Reserved for number 42 until 14:05",
"Reserved until 14:10 for the person who booked it", and before a hold later today "Reserved
from 14:00" (a session started now ends there). Times in the site's timezone, written by
:func:`ui.formats.format_time`; never a visitor's name (a HoldNotice has none).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from ui.formats import format_time, site_moment

if TYPE_CHECKING:  # records of kiosk/protocol/lite.py at run time: the screen loads no pydantic
    from kiosk.protocol.holds import HoldNotice

#: How far a session's end may be from the start of the hold that cuts it: the server grants
#: whole seconds up to the hold (its end up to a second early), then the grant's way to the
#: station and the station's tick.
HOLD_MATCH = timedelta(seconds=5)

# lupdate finds calls of a function named translate with a literal context and text.
translate = QCoreApplication.translate


class HoldText(QObject):
    """The sentences with a count (lupdate marks a %n sentence as plural only in a ``tr()``
    call of a class's method)."""

    def ends_in(self, minutes: int) -> str:
        return self.tr(
            "This computer is reserved at %1: your session ends in %n minute(s).", "", minutes
        )


def _active(notice: HoldNotice) -> bool:
    return notice.state in ("held", "claimed")


def current_hold(holds: Sequence[HoldNotice], now: datetime, timezone: str) -> HoldNotice | None:
    """The hold in effect at ``now`` (held or claimed, started, not ended), or None."""
    for notice in holds:
        starts, ends = (
            site_moment(notice.starts_at, timezone),
            site_moment(notice.ends_at, timezone),
        )
        if starts is None or ends is None or not _active(notice):
            continue
        if starts <= now < ends:
            return notice
    return None


def next_hold(holds: Sequence[HoldNotice], now: datetime, timezone: str) -> HoldNotice | None:
    """The first hold starting after ``now`` (later today: the server sends no other)."""
    later = [
        (starts, notice)
        for notice in holds
        if _active(notice)
        and (starts := site_moment(notice.starts_at, timezone)) is not None
        and starts > now
    ]
    return min(later, key=lambda pair: pair[0])[1] if later else None


def held_from(holds: Sequence[HoldNotice], ends: datetime, timezone: str) -> datetime:
    """When the station is held from, for a session ending at ``ends`` because of a hold: the
    start of the station's hold nearest ``ends``, else ``ends`` to the nearest minute (holds
    begin on whole minutes). Never ``ends`` itself: a session cut at 14:00 ends a moment
    before, and "reserved at 13:59" would be a minute off."""
    starts = [
        starts
        for notice in holds
        if _active(notice) and (starts := site_moment(notice.starts_at, timezone)) is not None
    ]
    nearest = min(starts, key=lambda start: abs(start - ends), default=None)
    if nearest is not None and abs(nearest - ends) <= HOLD_MATCH:
        return nearest
    return (ends + timedelta(seconds=30)).replace(second=0, microsecond=0)


def hold_line(holds: Sequence[HoldNotice], now: datetime, timezone: str) -> str:
    """The lock screen's line on the station's holds ("" when none now nor later today)."""
    notice = current_hold(holds, now, timezone)
    if notice is not None:
        return held_now_text(notice, timezone)
    upcoming = next_hold(holds, now, timezone)
    if upcoming is None:
        return ""
    starts = site_moment(upcoming.starts_at, timezone)
    assert starts is not None  # next_hold keeps only those it could read
    # short, to fit beside the card's steps: a session started now ends there
    return translate("HoldText", "Reserved from %1").replace("%1", format_time(starts))


def held_now_text(notice: HoldNotice, timezone: str) -> str:
    """Whom the station is held for now, and until when."""
    starts = site_moment(notice.starts_at, timezone)
    ends = site_moment(notice.ends_at, timezone)
    if starts is None or ends is None:
        return translate("HoldText", "This computer is reserved.")
    # an unclaimed booking or queue hold is free again at its deadline
    claim_by = site_moment(notice.claim_by, timezone) if notice.state == "held" else None
    until = claim_by if claim_by is not None and claim_by < ends else ends
    if notice.kind == "queue" and notice.number is not None:
        return (
            translate("HoldText", "Reserved for number %1 until %2")
            .replace("%1", str(notice.number))
            .replace("%2", format_time(until))
        )
    if notice.kind == "visitor":
        return translate("HoldText", "Reserved until %1 for the person who booked it").replace(
            "%1", format_time(until)
        )
    if notice.label:
        return (
            translate("HoldText", "Reserved for “%1” from %2 to %3")
            .replace("%2", format_time(starts, unit=False))  # "van 14.00 tot 16.00 uur"
            .replace("%3", format_time(ends))
            .replace("%1", notice.label)  # last: a label may itself hold "%2"
        )
    return (
        translate("HoldText", "Reserved from %1 to %2")
        .replace("%1", format_time(starts, unit=False))
        .replace("%2", format_time(ends))
    )


def warning_text(held_at: datetime, seconds_left: int) -> str:
    """The time warning of a session that ends because the station is held from then."""
    if seconds_left >= 60:
        minutes = max(1, round(seconds_left / 60))
        return HoldText().ends_in(minutes).replace("%1", format_time(held_at))
    return translate("HoldText", "This computer is reserved at %1: your session ends now.").replace(
        "%1", format_time(held_at)
    )
