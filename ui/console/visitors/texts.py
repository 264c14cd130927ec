"""Words of the Visitors view shared by its widgets: durations, dates, categories, how a session
ended, an account's state, and the sentences for the server's field and CSV problems.

The server's CSV problems carry a field and an English reason but no machine code, so the
reasons it is known to give are matched here and said again in the member's language; a reason
not known yet is shown as the server wrote it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt

from kiosk.protocol.http import ApiError
from kiosk.protocol.people import ImportProblem, VisitorDetail
from kiosk.protocol.station import EndReason
from ui import formats
from ui.formats import site_moment

# lupdate finds calls of a function named translate with a literal context and text.
translate = QCoreApplication.translate

#: The age bands the server accepts (admin/visitors/accounts.py AGE_BANDS), youngest first.
AGE_BANDS = ("0-11", "12-17", "18-24", "25-39", "40-59", "60-69", "70+")
GENDERS = ("f", "m", "x")


def format_hm(seconds: int) -> str:
    """A duration in hours and minutes ("2 h 05 min"), never as a clock."""
    return formats.format_duration(max(0, int(seconds)) // 60 * 60)


def format_day(day: str | date | None) -> str:
    """A YYYY-MM-DD date in the member's short local format."""
    if day is None:
        return ""
    qdate = QDate.fromString(str(day), Qt.DateFormat.ISODate)
    return QLocale().toString(qdate, QLocale.FormatType.ShortFormat) if qdate.isValid() else ""


def format_time(moment: str | None, timezone: str) -> str:
    """The time of day of an ISO 8601 instant at the site (``timezone``): what the visitor's
    clock showed, wherever the console runs."""
    local = site_moment(moment, timezone)
    return "" if local is None else formats.format_time(local)


def category_text(name: str) -> str:
    """The category's name in the member's language (the standard ones), else as stored."""
    names = {
        "adult": translate("VisitorTexts", "Adult"),
        "youth": translate("VisitorTexts", "Youth"),
        "senior": translate("VisitorTexts", "Senior"),
        "jobseeker": translate("VisitorTexts", "Jobseeker"),
        "student": translate("VisitorTexts", "Student"),
        "pupil": translate("VisitorTexts", "Pupil"),
        "teacher": translate("VisitorTexts", "Teacher"),
    }
    return names.get(name, name)


def gender_text(gender: str | None) -> str:
    names = {
        "f": translate("VisitorTexts", "Woman"),
        "m": translate("VisitorTexts", "Man"),
        "x": translate("VisitorTexts", "X (other)"),
    }
    return names.get(gender or "", gender or "")


def end_reason_text(reason: str | None) -> str:
    """How a session ended, in the member's language."""
    reasons = {
        EndReason.TIME_UP: translate("VisitorTexts", "Time was up"),
        EndReason.VISITOR: translate("VisitorTexts", "Signed out"),
        EndReason.STAFF: translate("VisitorTexts", "Ended by staff"),
        EndReason.IDLE: translate("VisitorTexts", "Left idle"),
        EndReason.CLOSING: translate("VisitorTexts", "Site closing"),
        EndReason.REBOOT: translate("VisitorTexts", "Computer restarted"),
        EndReason.AWAY: translate("VisitorTexts", "Locked, not back in time"),
        EndReason.BOOKING: translate("VisitorTexts", "Computer reserved from then"),
        EndReason.ELSEWHERE: translate("VisitorTexts", "Signed in on another computer"),
        EndReason.NO_TIME: translate("VisitorTexts", "No time left"),
        "stale": translate("VisitorTexts", "Computer stopped reporting"),
        "not_started": translate("VisitorTexts", "Could not start"),
    }
    if not reason:
        return ""
    return reasons.get(reason, reason)


def who(visitor: VisitorDetail) -> str:
    """ "Name (identifier)", or the identifier alone."""
    if visitor.display_name:
        return f"{visitor.display_name} ({visitor.identifier})"
    return visitor.identifier


def state_text(visitor: VisitorDetail) -> str:
    """ "Active", or "Disabled: reason (until …)"."""
    if visitor.enabled:
        return translate("VisitorTexts", "Active")
    reason = visitor.disabled_reason or ""
    if visitor.disabled_until:
        return (
            translate("VisitorTexts", "Disabled until %1: %2")
            .replace("%1", format_day(visitor.disabled_until))
            .replace("%2", reason)
        )
    return translate("VisitorTexts", "Disabled: %1").replace("%1", reason)


# --- what the server refused ---------------------------------------------------------------


def field_of(error: ApiError) -> str | None:
    """The form field an INVALID_REQUEST names: ours (details.field) or pydantic's (loc)."""
    field = error.details.get("field")
    if isinstance(field, str):
        return field
    for item in error.details.get("errors", []):
        loc = item.get("loc", []) if isinstance(item, dict) else []
        names = [part for part in loc if isinstance(part, str) and part != "body"]
        if names:
            return names[-1]
    return None


def field_error_text(field: str) -> str:
    """What to do about a value the server refused in the visitor form."""
    sentences = {
        "identifier": translate(
            "VisitorTexts", "Type the card number or identifier (at most 64 characters)."
        ),
        "pin": translate("VisitorTexts", "The PIN must be 4 to 12 digits."),
        "display_name": translate("VisitorTexts", "The name is too long (100 characters at most)."),
        "category": translate(
            "VisitorTexts", "This category is not known to the server any more: choose another."
        ),
        "age_band": translate("VisitorTexts", "Choose an age band from the list."),
        "gender": translate("VisitorTexts", "Choose a value from the list."),
        "status": translate("VisitorTexts", "The status is too long (32 characters at most)."),
        "notes": translate("VisitorTexts", "The notes are too long (1000 characters at most)."),
        "reason": translate("VisitorTexts", "Type a reason (200 characters at most)."),
        "until": translate("VisitorTexts", "The last day cannot be in the past."),
    }
    return sentences.get(field, translate("VisitorTexts", "The server refused this value."))


def duplicate_text() -> str:
    return translate("VisitorTexts", "A visitor with this identifier already exists.")


def _import_reasons() -> list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]]:
    def t(text: str) -> Callable[[re.Match[str]], str]:
        return lambda _m: text

    def t1(text: str) -> Callable[[re.Match[str]], str]:
        return lambda m: text.replace("%1", m.group(1))

    def t2(text: str) -> Callable[[re.Match[str]], str]:
        return lambda m: text.replace("%1", m.group(1)).replace("%2", m.group(2))

    rules: list[tuple[str, Callable[[re.Match[str]], str]]] = [
        (
            r"not UTF-8 text \(byte (\d+)\)",
            t(
                translate(
                    "VisitorTexts",
                    'The file is not UTF-8 text: save it again as "CSV UTF-8" and choose it again.',
                )
            ),
        ),
        (
            r"empty file.*",
            t(
                translate(
                    "VisitorTexts", "The file is empty: its first line must name the columns."
                )
            ),
        ),
        (r"unreadable header.*", t(translate("VisitorTexts", "The first line cannot be read."))),
        (r"unknown column", t(translate("VisitorTexts", "This column is not known."))),
        (r"column given twice", t(translate("VisitorTexts", "This column appears twice."))),
        (
            r"missing column",
            t(translate("VisitorTexts", 'The column "identifier" is missing.')),
        ),
        (
            r"(\d+) values, the header has (\d+)",
            t2(translate("VisitorTexts", "%1 values on this line, but the header names %2.")),
        ),
        (
            r"more than (\d+) rows",
            t1(translate("VisitorTexts", "More than %1 rows: split the file.")),
        ),
        (
            r"unreadable line.*",
            t(translate("VisitorTexts", "This line cannot be read (a quote left open?).")),
        ),
        (r"missing", t(translate("VisitorTexts", "No identifier."))),
        (
            r"longer than (\d+) characters",
            t1(translate("VisitorTexts", "Longer than %1 characters.")),
        ),
        (r"duplicate of line (\d+)", t1(translate("VisitorTexts", "Same identifier as line %1."))),
        (r"already in the database", t(duplicate_text())),
        (
            r"unknown category \(known: (.*)\)",
            t1(translate("VisitorTexts", "Unknown category. Known: %1.")),
        ),
        (r"PIN must be 4 to 12 digits", t(field_error_text("pin"))),
        (
            r"age band must be one of (.*)",
            t1(translate("VisitorTexts", "The age band must be one of %1.")),
        ),
        (r"gender must be one of (.*)", t1(translate("VisitorTexts", "Must be one of %1."))),
        (
            r"must be 1 or 0 \(yes or no\)",
            t(translate("VisitorTexts", "Must be 1 or 0 (yes or no).")),
        ),
        (
            r"must be a date YYYY-MM-DD",
            t(translate("VisitorTexts", "Must be a date written YYYY-MM-DD.")),
        ),
    ]
    return [(re.compile(pattern), say) for pattern, say in rules]


def import_problem_text(problem: ImportProblem) -> str:
    """One bad value of a CSV file, in the member's language when the reason is known."""
    for pattern, say in _import_reasons():
        match = pattern.fullmatch(problem.reason)
        if match:
            return say(match)
    return problem.reason
