"""The error codes of the API and the body that carries them.

Errors on the wire are always ``{"error": {"code": ..., "message": ..., "details": ...}}``
with a 4xx status; the code is an :class:`ErrorCode`, the message is English text for logs and
scripts. Clients show their own translated sentence for the code, never the server's message.
What a client raises for such an answer is in :mod:`kiosk.protocol.http`.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, Field


class ErrorCode(StrEnum):
    """Machine codes of every API error; the kiosk and console translate each one."""

    # request shape and authentication
    INVALID_REQUEST = "INVALID_REQUEST"
    PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE"
    UNAUTHENTICATED = "UNAUTHENTICATED"  # missing or unknown station/staff token
    TOKEN_EXPIRED = "TOKEN_EXPIRED"
    FORBIDDEN = "FORBIDDEN"  # staff member acting outside their sites
    NOT_FOUND = "NOT_FOUND"
    BAD_LOGIN = "BAD_LOGIN"  # staff username or password wrong
    # visitor sign-in refusals
    UNKNOWN_IDENTIFIER = "UNKNOWN_IDENTIFIER"
    PIN_REQUIRED = "PIN_REQUIRED"  # not a failure: the kiosk asks for the PIN next
    BAD_CREDENTIALS = "BAD_CREDENTIALS"  # wrong PIN
    ACCOUNT_DISABLED = "ACCOUNT_DISABLED"
    NO_TIME_LEFT = "NO_TIME_LEFT"
    CLOSED = "CLOSED"
    LOCKED_OUT = "LOCKED_OUT"
    SIGNED_IN_ELSEWHERE = "SIGNED_IN_ELSEWHERE"
    STATION_DISABLED = "STATION_DISABLED"
    TICKET_INVALID = "TICKET_INVALID"
    #: Raised by the station itself: the server is unreachable and this station does not
    #: admit this visitor offline (offline policy "refuse", or no recent cached verification).
    OFFLINE = "OFFLINE"
    # staff commands
    NO_ACTIVE_SESSION = "NO_ACTIVE_SESSION"
    #: A desk sign-in (CommandKind.SIGN_IN) on a station where a session runs already.
    STATION_IN_USE = "STATION_IN_USE"
    # staff accounts
    WRONG_PASSWORD = "WRONG_PASSWORD"  # the current password given to change it is wrong
    # station enrolment
    ENROLMENT_CODE_INVALID = "ENROLMENT_CODE_INVALID"  # unknown or already used
    ENROLMENT_CODE_EXPIRED = "ENROLMENT_CODE_EXPIRED"
    #: A site's code for a fleet has enrolled as many stations as it was made for.
    ENROLMENT_CODE_USED_UP = "ENROLMENT_CODE_USED_UP"
    #: Enrolling with a site's code under a station name that exists already.
    STATION_NAME_TAKEN = "STATION_NAME_TAKEN"
    # a site's settings
    #: A ready-made message without a text in the site's language (``details``: ``message``,
    #: its index, and ``language``).
    MESSAGE_LANGUAGE_MISSING = "MESSAGE_LANGUAGE_MISSING"


class ApiErrorBody(BaseModel):
    code: ErrorCode
    message: str
    details: dict[str, Any] = Field(default_factory=dict)


class ApiErrorEnvelope(BaseModel):
    error: ApiErrorBody


class TicketRefusal(StrEnum):
    """``details.reason`` of a TICKET_INVALID refusal."""

    UNKNOWN = "unknown"
    USED = "used"
    EXPIRED = "expired"
    NOT_YET_VALID = "not_yet_valid"
    WRONG_SITE = "wrong_site"
