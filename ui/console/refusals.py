"""The sentences of the server's refusals about holds and workshops, naming what their details
say (the date, the computer, the hours, the day a pause ends); ``error_text`` asks here first.

docs/ARCHITECTURE.md lists each code's details ("Holds and the queue", "Workshops").
"""

from __future__ import annotations

import re
from datetime import date, time
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.holds import MAX_HOLD_AHEAD_DAYS, MAX_HOLD_HOURS
from kiosk.protocol.http import ApiError
from ui.formats import DEFAULT_TIMEZONE, format_date, format_time, site_moment

# lupdate finds calls of a function named translate with a literal context and text.
translate = QCoreApplication.translate


class Refusals(QObject):
    """The context of the sentences with a count (``tr()``: lupdate marks plurals only there)."""


_INTERVAL = re.compile(r"^(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$")


def _day(text: object) -> str:
    try:
        return format_date(date.fromisoformat(str(text)))
    except ValueError:
        return str(text)


def _hours(intervals: object) -> str:
    """ "9 h – 12 h 30, 13 h – 17 h" from the server's ["09:00-12:30", "13:00-17:00"]."""
    parts = []
    for text in intervals if isinstance(intervals, list) else []:
        found = _INTERVAL.match(str(text))
        if found is None:
            parts.append(str(text))
            continue
        h1, m1, h2, m2 = (int(g) for g in found.groups())
        closes = time(0, 0) if h2 == 24 else time(h2, m2)
        parts.append(f"{format_time(time(h1, m1))}\u2013{format_time(closes)}")
    return ", ".join(parts)


def _moment(text: object, timezone: object) -> str:
    zone = timezone if isinstance(timezone, str) else DEFAULT_TIMEZONE
    moment = site_moment(text, zone)
    if moment is None:
        return str(text)
    return f"{format_date(moment.date())} {format_time(moment)}"


def _span(details: dict[str, Any]) -> str:
    zone = details.get("timezone") or DEFAULT_TIMEZONE
    start = site_moment(details.get("starts_at"), zone)
    end = site_moment(details.get("ends_at"), zone)
    if start is None or end is None:
        return ""
    return f"{format_date(start.date())} {format_time(start)}\u2013{format_time(end)}"


def _language(code: object) -> str:
    names = {
        "fr": translate("Refusals", "French"),
        "nl": translate("Refusals", "Dutch"),
        "en": translate("Refusals", "English"),
    }
    return names.get(str(code), str(code))


def refusal_text(error: ApiError) -> str | None:
    """The sentence of a hold's or a workshop's refusal, or None for another code."""
    details = error.details if isinstance(error.details, dict) else {}
    code = error.code
    if code == ErrorCode.HOLD_OUTSIDE_HOURS:
        day = _day(details.get("date", ""))
        if details.get("reason") == "closed_day" or not details.get("hours"):
            return translate("Refusals", "The site is closed on %1: choose another day.").replace(
                "%1", day
            )
        return (
            translate(
                "Refusals", "On %1 the site is open %2 only: choose a time within these hours."
            )
            .replace("%1", day)
            .replace("%2", _hours(details.get("hours")))
        )
    if code == ErrorCode.HOLD_OVERLAP:
        return (
            translate(
                "Refusals",
                "%1 is already reserved then (%2): choose another time or other computers.",
            )
            .replace("%1", str(details.get("station", "")))
            .replace("%2", _span(details))
        )
    if code == ErrorCode.HOLD_BAD_TIME:
        return _bad_time(details)
    if code == ErrorCode.NO_FREE_STATION:
        wanted = int(details.get("wanted", 0) or 0)
        free = int(details.get("free", 0) or 0)
        return Refusals.tr(
            "%n computer(s) asked for, but only %1 free then: ask for fewer or choose another time.",
            "",
            wanted,
        ).replace("%1", str(free))
    if code == ErrorCode.THEME_UNKNOWN:
        return translate(
            "Refusals", "The theme ‘%1’ is not in the list any more: choose another one."
        ).replace("%1", str(details.get("theme", "")))
    if code == ErrorCode.THEME_IN_USE:
        return translate("Refusals", "The theme ‘%1’ is used by workshops: it stays.").replace(
            "%1", str(details.get("theme", ""))
        )
    if code == ErrorCode.WORKSHOP_TEXT_MISSING:
        return translate(
            "Refusals", "The title in %1, the site's language, is required: type it."
        ).replace("%1", _language(details.get("language")))
    if code == ErrorCode.ALREADY_REGISTERED:
        if details.get("state") == "waitlisted":
            return translate("Refusals", "This person is already on the waitlist.")
        return translate("Refusals", "This person is already registered.")
    if code == ErrorCode.REGISTRATION_PAUSED:
        return Refusals.tr(
            "This visitor missed %n workshop(s) without cancelling: registrations are "
            "paused until %1.",
            "",
            int(details.get("no_shows", 0) or 0),
        ).replace("%1", _day(details.get("until", "")))
    if code == ErrorCode.WORKSHOP_CLOSED:
        if details.get("reason") == "cancelled":
            return translate("Refusals", "This workshop is cancelled: nothing can change in it.")
        return translate("Refusals", "This workshop is over: nobody can register any more.")
    if code == ErrorCode.WORKSHOP_DATE_INVALID:
        return _date_invalid(details)
    if code == ErrorCode.CAPACITY_TOO_SMALL:
        return Refusals.tr(
            "%n person(s) are registered: the capacity cannot be lower. Cancel registrations first.",
            "",
            int(details.get("registered", 0) or 0),
        )
    return None


def _bad_time(details: dict[str, Any]) -> str:
    if "value" in details and "timezone" in details:
        return translate(
            "Refusals", "%1 does not exist that day: the clocks go forward. Choose another time."
        ).replace("%1", str(details["value"]).replace("T", " "))
    reason = str(details.get("reason", ""))
    if reason.startswith("the end is not after"):
        return translate("Refusals", "The end must come after the start.")
    if "past" in reason:
        return translate("Refusals", "This time is already past: choose a time to come.")
    if reason.startswith("a hold lasts at most"):
        return Refusals.tr("A reservation lasts at most %n hour(s).", "", MAX_HOLD_HOURS)
    if reason.startswith("a hold is made at most"):
        return Refusals.tr(
            "Reservations are made at most %n day(s) ahead.", "", MAX_HOLD_AHEAD_DAYS
        )
    return translate("Refusals", "This date or time is not valid: check it.")


def _date_invalid(details: dict[str, Any]) -> str:
    reason = details.get("reason")
    if reason == "required":
        return translate("Refusals", "People register for each date of this workshop: choose one.")
    if reason == "series":
        return translate("Refusals", "People register for the whole series of this workshop.")
    if reason == "not_registered":
        return translate("Refusals", "This person is not registered for this date.")
    if reason == "not_started":
        return translate(
            "Refusals", "This date starts at %1: attendance is taken from then on."
        ).replace("%1", _moment(details.get("starts_at"), details.get("timezone")))
    return translate("Refusals", "This date is not one of this workshop's any more.")
