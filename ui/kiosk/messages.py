"""Sentences a visitor reads when sign-in does not go through: what happened and what to do."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.protocol import ApiError, ErrorCode, ServerUnreachable

# lupdate finds calls of a function named translate with a literal context and text.
translate = QCoreApplication.translate


def refusal_text(code: ErrorCode | None) -> str:
    """Translated sentence for a refusal code (None: the server could not be reached)."""
    # Each sentence is spelled out here, not built, so lupdate sees and translators get them all.
    if code is None or code == ErrorCode.OFFLINE:  # OFFLINE: the station refused by itself
        return translate(
            "Refusal",
            "The server cannot be reached. Try again in a moment, or ask the staff at the desk.",
        )
    sentences = {
        ErrorCode.UNKNOWN_IDENTIFIER: translate(
            "Refusal",
            "We do not know this card number. Check it and try again, or ask the staff at the desk.",
        ),
        ErrorCode.PIN_REQUIRED: translate("Refusal", "Type your PIN code, then press Enter."),
        ErrorCode.BAD_CREDENTIALS: translate("Refusal", "This PIN code is not right. Try again."),
        ErrorCode.ACCOUNT_DISABLED: translate(
            "Refusal", "Your card is blocked. Ask the staff at the desk."
        ),
        ErrorCode.NO_TIME_LEFT: translate(
            "Refusal", "Your computer time for today is used up. It comes back tomorrow."
        ),
        ErrorCode.CLOSED: translate(
            "Refusal", "The room is closed now. Come back during opening hours."
        ),
        ErrorCode.LOCKED_OUT: translate(
            "Refusal", "Too many tries. Wait 15 minutes, or ask the staff at the desk."
        ),
        ErrorCode.SIGNED_IN_ELSEWHERE: translate(
            "Refusal",
            "You are already signed in on another computer. End that session first, "
            "or ask the staff at the desk.",
        ),
        ErrorCode.STATION_DISABLED: translate(
            "Refusal", "This computer is out of order. Please use another one."
        ),
        ErrorCode.TICKET_INVALID: translate(
            "Refusal", "This ticket is not valid. Ask the staff at the desk."
        ),
        ErrorCode.UNAUTHENTICATED: translate(
            "Refusal", "This computer is not registered with the server. Ask the staff at the desk."
        ),
    }
    return sentences.get(
        code, translate("Refusal", "Sign-in did not work. Ask the staff at the desk.")
    )


def error_text(error: BaseException) -> str:
    """Translated sentence for anything a sign-in attempt raised."""
    if isinstance(error, ApiError):
        return refusal_text(error.code)
    if isinstance(error, ServerUnreachable):
        return refusal_text(None)
    return translate("Refusal", "Something went wrong. Ask the staff at the desk.")


def empty_identifier_text() -> str:
    return translate("Refusal", "Type or scan your card number first.")


def format_remaining(seconds: int) -> str:
    """Countdown text: M:SS under an hour, H:MM:SS above (digits read the same in every language)."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"
