"""The sentences of the server's refusals about holds and workshops, naming what their details
say (the date, the computer, the hours, the day a pause ends); ``error_text`` asks here first.

docs/ARCHITECTURE.md lists each code's details ("Holds and the queue", "Workshops").
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.http import ApiError
from ui.formats import (
    DEFAULT_TIMEZONE,
    format_date,
    format_iso_date,
    format_time,
    site_moment,
)

# lupdate finds calls of a function named translate with a literal context and text.
translate = QCoreApplication.translate


class Refusals(QObject):
    """The context of the sentences with a count (``tr()``: lupdate marks plurals only there)."""


def _moment(text: object, timezone: object) -> str:
    zone = timezone if isinstance(timezone, str) else DEFAULT_TIMEZONE
    moment = site_moment(text, zone)
    if moment is None:
        return str(text)
    return f"{format_date(moment.date())} {format_time(moment)}"


def _language(code: object) -> str:
    names = {
        "fr": translate("Refusals", "French"),
        "nl": translate("Refusals", "Dutch"),
        "en": translate("Refusals", "English"),
    }
    return names.get(str(code), str(code))


def refusal_text(error: ApiError) -> str | None:
    """The sentence of a workshop's refusal, or None for another code (a hold's: see
    ui.console.room.hold_texts, asked first)."""
    details = error.details if isinstance(error.details, dict) else {}
    code = error.code
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
        ).replace("%1", format_iso_date(details.get("until", "")))
    if code == ErrorCode.WORKSHOP_CLOSED:
        if details.get("reason") == "cancelled":
            return translate("Refusals", "This workshop is cancelled: nothing can change in it.")
        return translate("Refusals", "This workshop is over: nobody can register any more.")
    if code == ErrorCode.WORKSHOP_DATE_INVALID:
        return _date_invalid(details)
    if code == ErrorCode.NOTHING_ATTENDED:
        return translate(
            "Refusals",
            "This person came to no date of the workshop: there is no certificate to give.",
        )
    if code == ErrorCode.VISITOR_IN_SESSION:
        return translate("Refusals", "This visitor is in a session: erase after it ends.")
    if code == ErrorCode.FONT_MISSING:
        return translate(
            "Refusals",
            "The server cannot write PDF documents: its font is missing (package %1). "
            "Tell the IT staff.",
        ).replace("%1", str(details.get("package", "fonts-dejavu-core")))
    if code == ErrorCode.NOT_TEACHER:
        return translate("Refusals", "You are not the teacher of this class or of this site.")
    if code == ErrorCode.CLASS_NOT_RUNNING:
        return translate("Refusals", "This class is not running: nothing was sent.")
    if code == ErrorCode.CLASS_ALREADY_RUNNING:
        return translate("Refusals", "Your class is still running: end it before starting another.")
    if code == ErrorCode.CAPACITY_TOO_SMALL:
        return Refusals.tr(
            "%n person(s) are registered: the capacity cannot be lower. Cancel registrations first.",
            "",
            int(details.get("registered", 0) or 0),
        )
    return None


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


def visitor_refusal_text(error: ApiError) -> str | None:
    """The sentence of a refusal of a visitor's export or erasure (VISITOR_IN_SESSION is
    :func:`refusal_text`'s)."""
    if error.code == ErrorCode.NOT_FOUND:
        return translate(
            "Refusals",
            "The server has no account with this card number any more: search again.",
        )
    if error.code == ErrorCode.FORBIDDEN:
        return translate("Refusals", "Only an administrator may erase a visitor's account.")
    return refusal_text(error)
