"""Sentences a visitor reads when sign-in does not go through: what happened and what to do.

Each sentence is a literal here (lupdate finds calls of ``translate`` with a literal context
and text), with the figure or time from the refusal's ``details`` filled in: times in the
site's timezone, dates, weekdays and times written by :mod:`ui.formats`. Functions return the text for the language
installed when they are called: the lock screen calls them again on a language switch.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from kiosk.protocol.enums import ErrorCode, TicketRefusal
from kiosk.protocol.http import ApiError, ServerUnreachable
from ui.formats import DEFAULT_TIMEZONE, format_date, format_day, format_time, site_moment

# lupdate finds calls of a function named translate with a literal context and text.
translate = QCoreApplication.translate


class Refusal(QObject):
    """The sentences' context, for those with a count: lupdate marks a message as plural
    (numerus) only when it is a ``tr()`` call; ``translate(..., n)`` with a variable ``n``
    is taken as singular, and its French and Dutch never show."""


#: A weekly allowance below this many seconds is used up (admin.rules.grant.MIN_GRANT_SECONDS).
_MIN_GRANT_SECONDS = 60


def when_text(moment: datetime, now: datetime) -> str:
    """When something happens, said from ``now`` (both in the site's timezone).

    "today at 13:30", "tomorrow at 9:00", "on Monday at 9:00" within a week, else
    "on 12 March at 9:00"; at midnight the day alone ("tomorrow", "on Monday"): a site open
    around the clock gives time back at midnight, and "at 0:00" would only puzzle.
    """
    days = (moment.date() - now.astimezone(moment.tzinfo).date()).days
    if moment.hour == 0 and moment.minute == 0 and days > 0:
        if days == 1:
            return translate("Refusal", "tomorrow")
        if days < 7:
            return translate("Refusal", "on %1", "weekday").replace("%1", _weekday(moment))
        return translate("Refusal", "on %1", "date").replace("%1", format_day(moment))
    time = format_time(moment)
    if days <= 0:
        return translate("Refusal", "today at %1").replace("%1", time)
    if days == 1:
        return translate("Refusal", "tomorrow at %1").replace("%1", time)
    if days < 7:
        return (
            translate("Refusal", "on %1 at %2", "weekday")
            .replace("%1", _weekday(moment))
            .replace("%2", time)
        )
    return (
        translate("Refusal", "on %1 at %2", "date")
        .replace("%1", format_day(moment))
        .replace("%2", time)
    )


def _weekday(moment: datetime) -> str:
    return QLocale().dayName(moment.isoweekday(), QLocale.FormatType.LongFormat)


def server_unreachable_text() -> str:
    return translate(
        "Refusal",
        "The server cannot be reached. Try again in a moment, or ask the staff at the desk.",
    )


def refusal_text(
    code: ErrorCode | None,
    details: Mapping[str, Any] | None = None,
    *,
    timezone: str = DEFAULT_TIMEZONE,
    now: datetime | None = None,
) -> str:
    """Translated sentence for a refusal code and its details (None: server unreachable)."""
    details = details or {}
    now = now or datetime.now(UTC)
    if code is None or code == ErrorCode.OFFLINE:
        # OFFLINE: the station refused by itself, the server being unreachable; the visitor's
        # way out is the same (wait, or the desk)
        return server_unreachable_text()
    if code == ErrorCode.NO_TIME_LEFT:
        return _no_time_left(details, timezone, now)
    if code == ErrorCode.CLOSED:
        opens = site_moment(details.get("opens_at"), timezone)
        if opens is None:
            return translate("Refusal", "The room is closed now. Come back during opening hours.")
        return translate("Refusal", "The room is closed now. It opens again %1.").replace(
            "%1", when_text(opens, now)
        )
    if code == ErrorCode.LOCKED_OUT:
        return _locked_out(details)
    if code == ErrorCode.SIGNED_IN_ELSEWHERE:
        station = details.get("station")
        if not isinstance(station, str) or not station:
            return translate(
                "Refusal",
                "You are already signed in on another computer. End that session first, "
                "or ask the staff at the desk.",
            )
        if details.get("silent"):
            # that computer is cut off or switched off: only the desk can end its session
            return translate(
                "Refusal",
                "Your session on computer %1 may still be open: that computer does not answer. "
                "Ask the staff at the desk to end it.",
            ).replace("%1", station)
        return translate(
            "Refusal",
            "You are already signed in on computer %1. End your session there first, "
            "or ask the staff at the desk.",
        ).replace("%1", station)
    if code == ErrorCode.TICKET_INVALID:
        return _ticket_invalid(details.get("reason"))
    if code in (ErrorCode.STATION_HELD, ErrorCode.HOLD_ELSEWHERE):
        # the site's zone as the refusal names it (the station's, from an older server)
        zone = details.get("timezone")
        zone = zone if isinstance(zone, str) and _known_zone(zone) else timezone
        if code == ErrorCode.STATION_HELD:
            return _station_held(details, zone)
        return _hold_elsewhere(details, zone)
    if code == ErrorCode.ACCOUNT_DISABLED:
        until = details.get("until")
        try:
            last_day = date.fromisoformat(until) if isinstance(until, str) else None
        except ValueError:
            last_day = None
        if last_day is None:
            return translate("Refusal", "Your card is blocked. Ask the staff at the desk.")
        # the server sends the last blocked day: the visitor wants the first day it works again
        return translate(
            "Refusal",
            "Your card is blocked. You can use it again on %1, or ask the staff at the desk.",
        ).replace("%1", format_date(last_day + timedelta(days=1)))
    if code == ErrorCode.FINES_DUE:
        return _fines_due(details)
    if code == ErrorCode.CARD_EXPIRED:
        return translate(
            "Refusal", "Your library card has expired. Please see the desk to renew it."
        )
    # one sentence for an unknown card and a wrong PIN: the server answers both alike, so that
    # nobody learns which card numbers exist (docs/ARCHITECTURE.md, "Lockouts")
    not_recognised = translate(
        "Refusal",
        "Card number or PIN not recognised. Check them and try again, or ask the staff at the desk.",
    )
    sentences = {
        ErrorCode.UNKNOWN_IDENTIFIER: not_recognised,
        ErrorCode.PIN_REQUIRED: translate("Refusal", "Type your PIN code, then press Enter."),
        ErrorCode.BAD_CREDENTIALS: not_recognised,
        ErrorCode.STATION_DISABLED: translate(
            "Refusal", "This computer is out of order. Please use another one."
        ),
        ErrorCode.UNAUTHENTICATED: translate(
            "Refusal", "This computer is not registered with the server. Ask the staff at the desk."
        ),
        ErrorCode.CARD_BLOCKED: translate(
            "Refusal", "The library system blocks your card. Please see the desk."
        ),
        ErrorCode.SOURCE_UNREACHABLE: translate(
            "Refusal",
            "The library system cannot be reached just now. Try again in a moment, "
            "or ask the staff at the desk.",
        ),
    }
    return sentences.get(
        code, translate("Refusal", "Sign-in did not work. Ask the staff at the desk.")
    )


# Currency symbols of the amounts a library system sends (ISO 4217 in SIP2's BH field).
_CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "CHF": "CHF"}


def _fines_due(details: Mapping[str, Any]) -> str:
    """ "Please see the desk: fines of 7,50 €", the amount written the language's way."""
    try:
        amount = float(str(details.get("amount")))
    except ValueError:
        amount = math.nan
    if not math.isfinite(amount):
        return translate("Refusal", "Please see the desk about fines on your card.")
    currency = details.get("currency")
    symbol = _CURRENCY_SYMBOLS.get(currency, currency) if isinstance(currency, str) else "€"
    figure = f"{QLocale().toString(amount, 'f', 2)}\u00a0{symbol}"
    return translate("Refusal", "Please see the desk: fines of %1.").replace("%1", figure)


def _no_time_left(details: Mapping[str, Any], timezone: str, now: datetime) -> str:
    back = site_moment(details.get("back_at") or details.get("resets_at"), timezone)
    if back is None:
        return translate(
            "Refusal", "Your computer time for today is used up. It comes back tomorrow."
        )
    allowances = details.get("allowances")
    weekly = allowances.get("weekly") if isinstance(allowances, Mapping) else None
    if isinstance(weekly, int) and weekly < _MIN_GRANT_SECONDS:
        sentence = translate(
            "Refusal", "Your computer time for this week is used up. It comes back %1."
        )
    else:
        sentence = translate(
            "Refusal", "Your computer time for today is used up. It comes back %1."
        )
    return sentence.replace("%1", when_text(back, now))


def _locked_out(details: Mapping[str, Any]) -> str:
    seconds = details.get("retry_after_seconds")
    if not isinstance(seconds, int | float) or seconds <= 0:
        return translate(
            "Refusal", "Too many tries. Wait a few minutes, or ask the staff at the desk."
        )
    minutes = math.ceil(seconds / 60)
    if minutes <= 1:
        return translate(
            "Refusal", "Too many tries. Try again in a minute, or ask the staff at the desk."
        )
    return Refusal.tr(
        "Too many tries. Try again in %n minutes, or ask the staff at the desk.", "", minutes
    )


def _known_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ValueError, ZoneInfoNotFoundError):
        return False
    return True


def _station_held(details: Mapping[str, Any], timezone: str) -> str:
    """Held now for someone else: for whom and until when; their own PC if they hold one."""
    mine = details.get("your_station")
    if isinstance(mine, str) and mine:
        return translate(
            "Refusal",
            "This computer is reserved for someone else. Your reserved computer is %1.",
        ).replace("%1", mine)
    until = site_moment(details.get("until"), timezone)
    if until is None:
        return translate(
            "Refusal", "This computer is reserved for someone else. Please use another one."
        )
    label, number = details.get("label"), details.get("number")
    if isinstance(number, int) and details.get("kind") == "queue":
        sentence = translate(
            "Refusal",
            "This computer is reserved for number %2 until %1. Please use another one.",
        ).replace("%2", str(number))
    elif isinstance(label, str) and label:
        sentence = translate(
            "Refusal", "This computer is reserved for “%2” until %1. Please use another one."
        )
        return sentence.replace("%1", format_time(until)).replace("%2", label)
    else:
        sentence = translate(
            "Refusal", "This computer is reserved until %1. Please use another one."
        )
    return sentence.replace("%1", format_time(until))


def _hold_elsewhere(details: Mapping[str, Any], timezone: str) -> str:
    """Another PC of the site is held for this visitor now: go there."""
    station = details.get("station")
    if not isinstance(station, str) or not station:
        return translate(
            "Refusal", "Another computer is reserved for you. Ask the staff at the desk which one."
        )
    until = site_moment(details.get("until"), timezone)
    if until is None:
        return translate(
            "Refusal", "Computer %1 is reserved for you. Please sign in there."
        ).replace("%1", station)
    return (
        translate("Refusal", "Computer %1 is reserved for you until %2. Please sign in there.")
        .replace("%2", format_time(until))
        .replace("%1", station)
    )


def wrong_code_text() -> str:
    """The session code typed on a held station is not its booking's."""
    return translate(
        "Refusal",
        "This code does not open this computer. Check it, or ask your teacher or animateur.",
    )


def _ticket_invalid(reason: object) -> str:
    if reason == TicketRefusal.UNKNOWN:
        return translate(
            "Refusal",
            "We do not know this ticket code. Check it and try again, or ask the staff at the desk.",
        )
    if reason == TicketRefusal.USED:
        return translate(
            "Refusal", "This ticket was already used. Ask the staff at the desk for a new one."
        )
    if reason == TicketRefusal.EXPIRED:
        return translate(
            "Refusal", "This ticket is no longer valid. Ask the staff at the desk for a new one."
        )
    if reason == TicketRefusal.NOT_YET_VALID:
        return translate(
            "Refusal", "This ticket is not valid yet. Look at the date on it, or ask the staff."
        )
    if reason == TicketRefusal.WRONG_SITE:
        return translate(
            "Refusal",
            "This ticket is for another public computer room. Ask the staff at the desk.",
        )
    return translate("Refusal", "This ticket is not valid. Ask the staff at the desk.")


def error_text(
    error: BaseException, *, timezone: str = DEFAULT_TIMEZONE, now: datetime | None = None
) -> str:
    """Translated sentence for anything a sign-in attempt raised."""
    if isinstance(error, ApiError):
        return refusal_text(error.code, error.details, timezone=timezone, now=now)
    if isinstance(error, ServerUnreachable):
        return refusal_text(None)
    return translate("Refusal", "Something went wrong. Ask the staff at the desk.")


def charter_refused_text() -> str:
    """Shown on the lock screen after a visitor said no to the site's rules."""
    return translate(
        "Refusal",
        "To use a computer here you need to accept the rules. Ask the staff if you have questions.",
    )


def empty_identifier_text() -> str:
    return translate("Refusal", "Type or scan your card number first.")


class WrongPin(QObject):
    """The sentences of a wrong PIN at sign-in (a class: lupdate marks a %n sentence as plural
    only in a ``tr()`` call)."""

    def text(self, tries_left: int, minutes: int) -> str:
        if tries_left <= 0:
            return self.tr(
                "Not recognised. This card is now blocked here for %n minutes. Ask at the desk.",
                "",
                minutes,
            )
        if tries_left == 1:
            return self.tr(
                "Not recognised. Careful: one more wrong PIN blocks this card here for %n minutes.",
                "",
                minutes,
            )
        return self.tr("Card number or PIN not recognised. %n tries left.", "", tries_left)


def wrong_pin_text(details: Mapping[str, Any]) -> str:
    """A wrong PIN at sign-in, with the tries left before the card is blocked on this computer.

    The server (and an offline station) count an unknown card like a wrong PIN, so the sentence
    starts as the neutral one does; the last try before the lock is a clear warning.
    """
    tries_left = details.get("tries_left")
    lock_seconds = details.get("retry_after_seconds") or details.get("lock_seconds")
    if not isinstance(tries_left, int) or not isinstance(lock_seconds, int) or lock_seconds <= 0:
        return refusal_text(ErrorCode.BAD_CREDENTIALS)
    return WrongPin().text(tries_left, max(1, math.ceil(lock_seconds / 60)))
