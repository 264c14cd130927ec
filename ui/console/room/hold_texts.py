"""What the room says about held computers and the desk's queue, at the site's clock.

A tile says what a hold is for, never who: "Reserved for number 42 until 14:05", "Reserved:
« Classe 5B » 14:00 – 16:00", "Reserved for a visitor 14:00 – 15:00". The queue panel says each
ticket's state and wait. The server's refusals of bookings and tickets are sentences in
:func:`ui.console.context.error_text`.
"""

from __future__ import annotations

import re
from datetime import time

from PySide6.QtCore import QCoreApplication

from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.holds import (
    MAX_HOLD_AHEAD_DAYS,
    MAX_HOLD_HOURS,
    HoldKind,
    HoldNotice,
    Ticket,
    TicketState,
)
from kiosk.protocol.http import ApiError
from ui.formats import (
    DEFAULT_TIMEZONE,
    format_day,
    format_duration,
    format_iso_date,
    format_time,
    site_moment,
)

# lupdate finds calls of a function named translate with a literal context and text.
translate = QCoreApplication.translate


def clock(at: object, timezone: str | None, *, unit: bool = True) -> str:
    """An instant from the server at the site's clock ("14 h 05"); "" if unreadable."""
    moment = site_moment(at, timezone or DEFAULT_TIMEZONE)
    return "" if moment is None else format_time(moment, unit=unit)


def span(starts_at: str, ends_at: str, timezone: str | None) -> str:
    """ "14 h – 16 h", "14.00–16.00 uur", "14:00 – 16:00"."""
    return (
        translate("HoldText", "%1 – %2")
        .replace("%1", clock(starts_at, timezone, unit=False))
        .replace("%2", clock(ends_at, timezone))
    )


def hold_text(hold: HoldNotice, timezone: str | None) -> str:
    """A held computer's line on its tile: what it is held for and when; never a name."""
    if hold.kind == HoldKind.QUEUE:
        until = clock(hold.claim_by or hold.ends_at, timezone)
        if hold.number is None:
            return translate("HoldText", "Reserved for the queue until %1").replace("%1", until)
        return (
            translate("HoldText", "Reserved for number %1 until %2")
            .replace("%1", str(hold.number))
            .replace("%2", until)
        )
    when = span(hold.starts_at, hold.ends_at, timezone)
    if hold.label:
        return (
            translate("HoldText", "Reserved: « %1 » %2")
            .replace("%1", hold.label)
            .replace("%2", when)
        )
    return translate("HoldText", "Reserved for a visitor %1").replace("%1", when)


def ticket_state_text(ticket: Ticket, timezone: str | None) -> str:
    """ "Waiting", "Called to PC-02 until 14:05", "Served"..."""
    if ticket.state == TicketState.CALLED:
        if ticket.station:
            return (
                translate("HoldText", "Called to %1 until %2")
                .replace("%1", ticket.station)
                .replace("%2", clock(ticket.hold_until, timezone))
            )
        return translate("HoldText", "Called")
    if ticket.state == TicketState.WAITING:
        return translate("HoldText", "Waiting")
    if ticket.state == TicketState.CLAIMED:
        return translate("HoldText", "Signed in")
    if ticket.state == TicketState.EXPIRED:
        return translate("HoldText", "Did not come in time")
    if ticket.state == TicketState.CANCELLED:
        return translate("HoldText", "Cancelled")
    return translate("HoldText", "Served at the desk")


def wait_text(ticket: Ticket) -> str:
    """The expected wait of a waiting ticket: "about 10 min", "now", "unknown"; "" otherwise."""
    if ticket.state != TicketState.WAITING:
        return ""
    seconds = ticket.expected_wait_seconds
    if seconds is None:
        return translate("HoldText", "unknown")
    if seconds < 60:
        return translate("HoldText", "now")
    return translate("HoldText", "about %1").replace("%1", format_duration(seconds))


def kind_text(kind: HoldKind) -> str:
    if kind == HoldKind.VISITOR:
        return translate("HoldText", "Visitor")
    if kind == HoldKind.GROUP:
        return translate("HoldText", "Group")
    if kind == HoldKind.QUEUE:
        return translate("HoldText", "Queue")
    if kind == HoldKind.CLASS:
        return translate("HoldText", "Class")
    return translate("HoldText", "Workshop")


def _hours_text(hours: object) -> str:
    """The server's "09:00-12:00" ranges as the language writes them: "9 h – 12 h, 13 h – 17 h"."""
    ranges = []
    for text in hours if isinstance(hours, list) else []:
        found = _RANGE.fullmatch(str(text).strip())
        if found is None:
            ranges.append(str(text))
            continue
        h1, m1, h2, m2 = (int(part) for part in found.groups())
        ranges.append(
            translate("HoldText", "%1 – %2")
            .replace("%1", format_time(time(h1 % 24, m1), unit=False))
            .replace("%2", format_time(time(h2 % 24, m2)))
        )
    return ", ".join(ranges)


_RANGE = re.compile(r"(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})")


def _day(at: object, timezone: str) -> str:
    moment = site_moment(at, timezone)
    return "" if moment is None else format_day(moment)


def hold_error_text(error: ApiError) -> str | None:
    """A refusal about bookings or the queue, naming what its details say; None for others."""
    details = error.details
    timezone = str(details.get("timezone") or DEFAULT_TIMEZONE)
    if error.code == ErrorCode.HOLD_OVERLAP:
        return (
            translate("HoldText", "%1 is already reserved on %2 from %3 to %4.")
            .replace("%1", str(details.get("station", "")))
            .replace("%2", _day(details.get("starts_at"), timezone))
            .replace("%3", clock(details.get("starts_at"), timezone, unit=False))
            .replace("%4", clock(details.get("ends_at"), timezone))
        )
    if error.code == ErrorCode.HOLD_OUTSIDE_HOURS:
        when = format_iso_date(details.get("date", ""))
        if details.get("reason") == "closed_day":
            return translate("HoldText", "The site is closed on %1.").replace("%1", when)
        return (
            translate("HoldText", "On %1 the site is open %2: book within these hours.")
            .replace("%1", when)
            .replace("%2", _hours_text(details.get("hours")))
        )
    if error.code == ErrorCode.HOLD_BAD_TIME:
        reason = str(details.get("reason", ""))
        if "timezone" in details:
            return translate(
                "HoldText", "This time does not exist that day: the clocks go forward then."
            )
        if "value" in details:
            return translate("HoldText", "This is not a date and time.")
        if reason.startswith("the end"):
            return translate("HoldText", "The end must come after the start.")
        if "past" in reason:
            return translate("HoldText", "This time is already past: choose a later one.")
        if "hours" in reason:
            return translate("HoldText", "A booking lasts at most %1 hours.").replace(
                "%1", str(MAX_HOLD_HOURS)
            )
        return translate("HoldText", "A booking is made at most %1 days ahead.").replace(
            "%1", str(MAX_HOLD_AHEAD_DAYS)
        )
    if error.code == ErrorCode.NO_FREE_STATION:
        station = details.get("station")
        if station:
            return translate("HoldText", "%1 is not free now.").replace("%1", str(station))
        wanted = details.get("wanted")
        if isinstance(wanted, int) and wanted > 1:
            return (
                translate("HoldText", "Not enough free computers then: %1 asked for, %2 free.")
                .replace("%1", str(wanted))
                .replace("%2", str(details.get("free", 0)))
            )
        return translate("HoldText", "No computer is free now.")
    if error.code == ErrorCode.ALREADY_QUEUED:
        return translate("HoldText", "This visitor already has number %1.").replace(
            "%1", str(details.get("number", ""))
        )
    if error.code == ErrorCode.TICKET_CLOSED:
        number = details.get("number")
        if number is not None:
            return translate("HoldText", "Number %1 is no longer in line.").replace(
                "%1", str(number)
            )
        return translate("HoldText", "This is already over: nothing left to cancel.")
    if error.code == ErrorCode.STATION_HELD:
        return translate("HoldText", "This computer is reserved until %1.").replace(
            "%1", clock(details.get("until"), timezone)
        )
    if error.code == ErrorCode.HOLD_ELSEWHERE:
        return translate(
            "HoldText", "A computer is reserved for this visitor: %1. Sign them in there."
        ).replace("%1", str(details.get("station", "")))
    return None
