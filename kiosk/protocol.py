"""Wire protocol between stations, staff clients and the server.

Both ends import this module, so the paths, the message shapes and the error codes cannot
drift apart. Everything here is plain data (pydantic models and enums); no I/O.

Errors on the wire are always ``{"error": {"code": ..., "message": ...}}`` with a 4xx status;
the code is an :class:`ErrorCode`, the message is English text for logs and scripts. Clients
show their own translated sentence for the code, never the server's message.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

API_PREFIX = "/api/v1"

#: Longest a long-poll request is held open by the server, in seconds.
MAX_WAIT_SECONDS = 30.0
#: How often a station sends a heartbeat while it runs (free or in use).
HEARTBEAT_SECONDS = 10.0
#: A station that has not been heard from for this long is shown offline (3 heartbeats).
OFFLINE_AFTER_SECONDS = 3 * HEARTBEAT_SECONDS
#: Longest identifier or PIN accepted; a barcode fits easily.
MAX_IDENTIFIER_LENGTH = 64
MAX_PIN_LENGTH = 32


class Paths:
    """Every URL path of the API, relative to the server's base URL."""

    STATION_ME = f"{API_PREFIX}/station/me"
    STATION_SIGN_IN = f"{API_PREFIX}/station/sign-in"
    STATION_EVENTS = f"{API_PREFIX}/station/events"
    STATION_COMMANDS = f"{API_PREFIX}/station/commands"
    AUTH_LOGIN = f"{API_PREFIX}/auth/login"
    AUTH_ME = f"{API_PREFIX}/auth/me"
    STATIONS = f"{API_PREFIX}/stations"
    SESSIONS = f"{API_PREFIX}/sessions"

    @staticmethod
    def station_commands(station: str) -> str:
        """Path where staff post a command for the station with this name."""
        return f"{API_PREFIX}/stations/{station}/commands"


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
    # staff commands
    NO_ACTIVE_SESSION = "NO_ACTIVE_SESSION"


class ClientError(Exception):
    """Base of what an API client raises.

    ClientError
     ├── ServerUnreachable   environment: no connection, timeout, or the server failing (5xx);
     │                       retry later or work offline
     └── ApiError            the server refused the request (4xx) with an ErrorCode
    """


class ServerUnreachable(ClientError):
    pass


class ApiError(ClientError):
    def __init__(
        self, code: ErrorCode, message: str, status: int, details: dict[str, Any] | None = None
    ) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
        self.status = status
        self.details = details or {}


def error_from_response(status: int, body: Any) -> ClientError:
    """Turn a non-2xx response into the exception a client raises."""
    if status >= 500:
        return ServerUnreachable(f"server error {status}")
    try:
        err = ApiErrorEnvelope.model_validate(body).error
    except ValidationError:
        return ApiError(ErrorCode.INVALID_REQUEST, f"unexpected error body ({status})", status)
    return ApiError(err.code, err.message, status, err.details)


class ApiErrorBody(BaseModel):
    code: ErrorCode
    message: str
    details: dict[str, Any] = Field(default_factory=dict)


class ApiErrorEnvelope(BaseModel):
    error: ApiErrorBody


# --- station side ------------------------------------------------------------------------


class SiteInfo(BaseModel):
    id: int
    name: str


class StationInfo(BaseModel):
    """What a station learns about itself from its token (GET station/me)."""

    id: int
    name: str
    site: SiteInfo
    heartbeat_seconds: float = HEARTBEAT_SECONDS


class SignInRequest(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    identifier: str = Field(min_length=1, max_length=MAX_IDENTIFIER_LENGTH)
    pin: str | None = Field(default=None, max_length=MAX_PIN_LENGTH)


class VisitorInfo(BaseModel):
    identifier: str
    display_name: str | None = None
    category: str


class Grant(BaseModel):
    """The server's answer to a successful sign-in: a new session and its time."""

    session_id: str
    visitor: VisitorInfo
    granted_seconds: int = Field(gt=0)
    #: Seconds before the end at which the station warns the visitor.
    warning_seconds: list[int] = Field(default_factory=lambda: [300, 60])


class EventKind(StrEnum):
    HEARTBEAT = "heartbeat"
    SESSION_ENDED = "session_ended"
    COMMAND_APPLIED = "command_applied"


class EndReason(StrEnum):
    TIME_UP = "time_up"
    VISITOR = "visitor"
    STAFF = "staff"
    IDLE = "idle"
    CLOSING = "closing"
    REBOOT = "reboot"  # the station restarted during the session: closed at its last snapshot


class Event(BaseModel):
    """One station event. ``event_id`` and ``seq`` make replays harmless.

    Payloads by kind:

    - heartbeat: ``session_id`` (None when free), ``used_seconds``, ``remaining_seconds``
    - session_ended: ``session_id``, ``used_seconds``, ``reason`` (an :class:`EndReason`)
    - command_applied: ``command_id``, ``session_id``, ``remaining_seconds`` (None when the
      command ended the session or there was none), ``ok`` (False when it could not apply)
    """

    event_id: str = Field(min_length=8, max_length=64)
    seq: int = Field(ge=1)
    kind: EventKind
    at: str  # ISO 8601 wall-clock time on the station, for the record only
    session_id: str | None = None
    used_seconds: int | None = Field(default=None, ge=0)
    remaining_seconds: int | None = Field(default=None, ge=0)
    reason: EndReason | None = None
    command_id: int | None = None
    ok: bool | None = None


class EventBatch(BaseModel):
    events: list[Event] = Field(max_length=500)


class EventsAccepted(BaseModel):
    """Every event id of the batch that the server now holds (new or seen before)."""

    accepted: list[str]


class CommandKind(StrEnum):
    EXTEND = "extend"
    END = "end"


class Command(BaseModel):
    id: int
    kind: CommandKind
    session_id: str | None = None
    minutes: int | None = None
    created_at: str


class CommandList(BaseModel):
    commands: list[Command]


# --- staff side --------------------------------------------------------------------------


class LoginRequest(BaseModel):
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=256)


class StaffInfo(BaseModel):
    username: str
    role: Literal["admin", "staff"]
    site_ids: list[int]


class LoginResponse(BaseModel):
    token: str
    expires_at: str
    staff: StaffInfo


class StationState(StrEnum):
    FREE = "free"
    IN_USE = "in_use"
    OFFLINE = "offline"


class StationStatus(BaseModel):
    id: int
    name: str
    site: SiteInfo
    state: StationState
    last_seen_at: str | None = None
    session_id: str | None = None
    visitor_identifier: str | None = None
    visitor_name: str | None = None
    seconds_left: int | None = None  # estimated now, from the last report of the station
    pending_commands: int = 0


class StationList(BaseModel):
    """Stations visible to a staff member; ``version`` feeds the next long-poll."""

    version: int
    stations: list[StationStatus]


class CommandRequest(BaseModel):
    kind: CommandKind
    minutes: int | None = Field(default=None, ge=1, le=600)


class CommandStatus(BaseModel):
    id: int
    station: str
    kind: CommandKind
    minutes: int | None = None
    status: Literal["pending", "applied", "failed"]
    created_at: str


class SessionSummary(BaseModel):
    """One row of the session ledger as staff see it (GET sessions)."""

    id: str
    station: str
    visitor_identifier: str
    visitor_name: str | None = None
    state: Literal["active", "ended"]
    started_at: str
    ended_at: str | None = None
    granted_seconds: int
    used_seconds: int
    seconds_left: int | None = None  # active sessions only, estimated now
    end_reason: str | None = None


class SessionList(BaseModel):
    sessions: list[SessionSummary]
