"""What the room says about a station: state names, the masked visitor, pending commands,
warnings, the station's alerts about its own protection. Plain functions over the protocol's models, shared by the tiles and the list."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from kiosk.protocol.commands import CommandKind
from kiosk.protocol.room import (
    EnrolmentRefusal,
    EnrolmentRefusalReason,
    StationState,
    StationStatus,
)
from kiosk.protocol.station import StationAlert
from kiosk.protocol.version import MIN_STATION_VERSION
from ui.formats import DEFAULT_TIMEZONE, format_duration, format_time, site_moment

# lupdate finds calls of a function named translate with a literal context and text.
translate = QCoreApplication.translate

#: Under this many seconds left, the time shows red and bold and the station needs attention.
LOW_SECONDS = 5 * 60
#: How many characters of an identifier stay readable (at most half of it).
VISIBLE_CHARACTERS = 4
MASK = "••••"


def mask_identifier(identifier: str) -> str:
    """A card number as the public may see it: its last few characters only (``••••5678``)."""
    shown = min(VISIBLE_CHARACTERS, len(identifier) // 2)
    return MASK + (identifier[-shown:] if shown else "")


def visitor_text(station: StationStatus) -> str:
    """The visitor's name, else their masked identifier; empty without a session."""
    if station.session_id is None and station.visitor_identifier is None:
        return ""
    if station.visitor_name:
        return station.visitor_name
    if station.visitor_identifier:
        return mask_identifier(station.visitor_identifier)
    return ""


def state_text(state: StationState) -> str:
    # Spelled out so that lupdate sees each word.
    if state == StationState.FREE:
        return translate("RoomText", "Free")
    if state == StationState.IN_USE:
        return translate("RoomText", "In use")
    if state == StationState.LOCKED:
        return translate("RoomText", "Locked")
    if state == StationState.OUT_OF_ORDER:
        return translate("RoomText", "Out of order")
    return translate("RoomText", "Offline")


def has_session(station: StationStatus) -> bool:
    return station.session_id is not None and station.state in (
        StationState.IN_USE,
        StationState.LOCKED,
    )


def duration_text(seconds: int) -> str:
    """A length of time for a sentence: "15 min", "1 h 30 min"."""
    minutes = max(0, round(seconds / 60))
    hours, minutes = divmod(minutes, 60)
    if hours and minutes:
        return (
            translate("RoomText", "%1 h %2 min")
            .replace("%1", str(hours))
            .replace("%2", str(minutes))
        )
    if hours:
        return translate("RoomText", "%1 h").replace("%1", str(hours))
    return translate("RoomText", "%1 min").replace("%1", str(minutes))


def pending_text(
    kind: CommandKind,
    *,
    minutes: int | None = None,
    seconds: int | None = None,
    identifier: str | None = None,
) -> str:
    """A command on its way to the station, as its tile shows it ("Extending +15 min…")."""
    if kind == CommandKind.EXTEND:
        return translate("RoomText", "Extending +%1…").replace(
            "%1", duration_text(60 * (minutes or 0))
        )
    if kind == CommandKind.SET_TIME:
        return translate("RoomText", "Setting the time left to %1…").replace(
            "%1", duration_text(seconds or 0)
        )
    if kind == CommandKind.END:
        return translate("RoomText", "Ending the session…")
    if kind == CommandKind.MESSAGE:
        return translate("RoomText", "Sending a message…")
    if kind == CommandKind.LOCK:
        return translate("RoomText", "Locking…")
    if kind == CommandKind.UNLOCK:
        return translate("RoomText", "Unlocking…")
    if kind == CommandKind.DISABLE:
        return translate("RoomText", "Putting out of order…")
    if kind == CommandKind.ENABLE:
        return translate("RoomText", "Putting back in service…")
    if kind == CommandKind.ANSWER_CALL:
        return translate("RoomText", "Telling the visitor you are coming…")
    if identifier:
        return translate("RoomText", "Signing in %1…").replace("%1", mask_identifier(identifier))
    return translate("RoomText", "Signing a visitor in…")


def action_name(kind: CommandKind) -> str:
    """The action in a sentence about its failure ("Extend: …")."""
    names = {
        CommandKind.EXTEND: translate("RoomText", "Extend"),
        CommandKind.SET_TIME: translate("RoomText", "Set time"),
        CommandKind.END: translate("RoomText", "End session"),
        CommandKind.MESSAGE: translate("RoomText", "Message"),
        CommandKind.LOCK: translate("RoomText", "Lock"),
        CommandKind.UNLOCK: translate("RoomText", "Unlock"),
        CommandKind.DISABLE: translate("RoomText", "Out of order"),
        CommandKind.ENABLE: translate("RoomText", "Back in service"),
        CommandKind.SIGN_IN: translate("RoomText", "Sign-in"),
        CommandKind.ANSWER_CALL: translate("RoomText", "Answer"),
    }
    return names[kind]


def refused_text(kind: CommandKind, reason: str) -> str:
    """A command the server refused: "Extend refused: This computer has no session running."."""
    return (
        translate("RoomText", "%1 refused: %2")
        .replace("%1", action_name(kind))
        .replace("%2", reason)
    )


def failed_text(kind: CommandKind) -> str:
    """A command the station acknowledged without applying it."""
    return translate("RoomText", "%1 failed on the computer. Check it and try again.").replace(
        "%1", action_name(kind)
    )


def seen_at(at: str | None, now: datetime | None = None) -> str:
    """When a station was last heard from, in local time: "14:02", or "26/11 14:02"."""
    if not at:
        return ""
    try:
        moment = datetime.fromisoformat(at).astimezone()
    except ValueError:
        return ""
    today = (now or datetime.now().astimezone()).date()
    clock = format_time(moment)
    return clock if moment.date() == today else f"{moment.strftime('%d/%m')} {clock}"


def site_time(at: str, timezone: str | None) -> str:
    """An instant from the server as the site's clock shows it ("18:00"); "" if unreadable."""
    moment = site_moment(at, timezone or DEFAULT_TIMEZONE)
    return "" if moment is None else format_time(moment)


def time_left_text(seconds: int | None) -> str:
    return "" if seconds is None else format_duration(seconds)


def out_of_order_text(station: StationStatus) -> str:
    """Why staff put the station out of order; empty when it is in service."""
    if station.enabled:
        return ""
    reason = (station.disabled_reason or "").strip()
    if reason:
        return translate("RoomText", "Out of order: %1").replace("%1", reason)
    return translate("RoomText", "Out of order (no reason given)")


def warnings(station: StationStatus, seconds_left: int | None) -> list[str]:
    """What needs the desk's eye on this station, most urgent first (errors come separately)."""
    found: list[str] = []
    if seconds_left is not None and has_session(station) and seconds_left < LOW_SECONDS:
        found.append(translate("RoomText", "Little time left"))
    if station.stopped_process and has_session(station):
        found.append(
            translate("RoomText", "Program stopped: %1").replace("%1", station.stopped_process)
        )
    return found


def alert_text(code: StationAlert) -> str:
    """What a station's alert means for the desk, in one sentence."""
    # Spelled out so that lupdate sees each sentence.
    if code == StationAlert.UNPROTECTED_SESSION:
        return translate(
            "RoomText",
            "Computer not protected: Wayland session, the escape keys are not blocked",
        )
    if code == StationAlert.NO_SCREEN:
        return translate("RoomText", "The visitor's screen is not running (or keeps crashing)")
    if code == StationAlert.HOME_RESET_FAILED:
        return translate("RoomText", "What the last visitor left could not all be removed")
    if code == StationAlert.OUTDATED_VERSION:
        return translate(
            "RoomText", "Station program too old for this server (needs %1 or later): update it"
        ).replace("%1", MIN_STATION_VERSION)
    return translate("RoomText", "Computer partly protected: some escape keys are not blocked")


def enrolment_refused_text(refusal: EnrolmentRefusal) -> str:
    """A PC tried a stale code of this station: "Enrolment refused: code expired (14:02)"."""
    if refusal.reason == EnrolmentRefusalReason.EXPIRED:
        text = translate("RoomText", "Enrolment refused: code expired (%1)")
    else:
        text = translate("RoomText", "Enrolment refused: code already used (%1)")
    return text.replace("%1", seen_at(refusal.at))


def alerts(station: StationStatus) -> list[str]:
    """What is wrong with the station's protection or its enrolment, oldest first."""
    found = [alert_text(alert.code) for alert in station.alerts]
    if station.enrolment_refused is not None:
        found.append(enrolment_refused_text(station.enrolment_refused))
    return found


def recent_errors_text(count: int) -> str:
    """The station forwarded errors lately: "2 recent errors"; empty when none."""
    # two sentences rather than a numerus form: lupdate does not see plurals in translate(),
    # and French, Dutch and English all write 1 apart from 2 and more
    if count <= 0:
        return ""
    if count == 1:
        return translate("RoomText", "1 recent error")
    return translate("RoomText", "%1 recent errors").replace("%1", str(count))


def accessible_text(
    station: StationStatus,
    seconds_left: int | None,
    notes: list[str],
) -> str:
    """The whole tile in one sentence, for screen readers and tooltips."""
    parts = [station.name, state_text(station.state)]
    visitor = visitor_text(station)
    if visitor:
        parts.append(visitor)
    if seconds_left is not None and has_session(station):
        parts.append(translate("RoomText", "%1 left").replace("%1", format_duration(seconds_left)))
    if station.app_name and has_session(station):
        parts.append(station.app_name)
    parts.extend(notes)
    return ", ".join(parts)


def desk_call_text(waited_seconds: int) -> str:
    """A calling tile's band: "Calls the desk · 3 min" (whole minutes waited)."""
    minutes = waited_seconds // 60
    if minutes < 1:
        return translate("RoomText", "Calls the desk")  # short: a selected tile's band is too
    return translate("RoomText", "Calls the desk · %1 min").replace("%1", str(minutes))


def desk_call_note(station: StationStatus, waited_seconds: int) -> str:
    """The call in a sentence, at the site's clock: "Called the desk at 14:05 (3 min ago)"."""
    call = station.desk_call
    at = site_time(call.since, call.timezone) if call is not None else ""
    minutes = str(waited_seconds // 60)
    return (
        translate("RoomText", "Called the desk at %1 (waiting %2 min)")
        .replace("%1", at)
        .replace("%2", minutes)
    )
