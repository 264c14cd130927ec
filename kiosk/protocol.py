"""Wire protocol between stations, staff clients and the server.

Both ends import this module, so the paths, the message shapes and the error codes cannot
drift apart. Everything here is plain data (pydantic models and enums); no I/O.

Errors on the wire are always ``{"error": {"code": ..., "message": ...}}`` with a 4xx status;
the code is an :class:`ErrorCode`, the message is English text for logs and scripts. Clients
show their own translated sentence for the code, never the server's message.
"""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum
from typing import Annotated, Any, Literal
from urllib.parse import quote

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, ValidationError

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
#: Longest staff message shown on a station, and longest reason a station is disabled for.
MAX_MESSAGE_LENGTH = 500
MAX_REASON_LENGTH = 200
#: Longest time a staff member may set as the remaining time of a session (10 h).
MAX_SET_SECONDS = 36000
#: The largest integer SQLite stores; a larger id or sequence number is a bad request (422).
MAX_SQL_INT = 2**63 - 1
#: The largest integer a JSON number carries exactly (JavaScript's MAX_SAFE_INTEGER): the bound
#: of integers in a JSON body, where a client may read them as doubles (path and query
#: parameters travel as text and keep MAX_SQL_INT).
MAX_JSON_INT = 2**53 - 1
#: Bound of the seconds a station reports (68 years): their sums stay far from MAX_SQL_INT.
MAX_REPORTED_SECONDS = 2**31 - 1
MAX_PROCESS_NAME_LENGTH = 128
MAX_EVENT_DETAIL_LENGTH = 500


# --- text hygiene: the one place that says which characters a value may hold ----------------

#: Characters no identifier, name or free text holds: C0 and C1 controls (DEL too), the
#: zero-width characters (U+200B-U+200D, U+2060, U+FEFF), the bidi embeddings, overrides and
#: isolates (U+202A-U+202E, U+2066-U+2069) and the Unicode line and paragraph separators.
#: Written as regex escapes: the same text is a Python and an ECMA-262 (JSON Schema) class.
#: Each class below adds the C0 controls up to the line feed (the multi-line one keeps it).
_UNSAFE = r"\x0b-\x1f\x7f-\x9f\u200b-\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069\u2028\u2029"
_NAME_CLASS = rf"[^\x00-\x0a{_UNSAFE}/\\]"
_NAME_EDGE = rf"[^\x00-\x0a{_UNSAFE}/\\\s]"  # a name's first and last: no space either
_LINE_CLASS = rf"[^\x00-\x0a{_UNSAFE}]"
_LINES_CLASS = rf"[^\x00-\x09{_UNSAFE}]"  # keeps \x0a, the line feed
#: A name or identifier also holds no path separator (it is one segment of an API path).
#: The schema also leaves out spaces at the edges, which the server strips: what a client sends
#: is then the name stored, and never a blank or a '.' once stripped.
NAME_PATTERN = f"^{_NAME_EDGE}(?:{_NAME_CLASS}*{_NAME_EDGE})?$"
#: A one-line free text (a reason): no control at all.
LINE_PATTERN = f"^{_LINE_CLASS}*$"
#: A multi-line free text (a staff message, notes, a site's texts): line feeds only.
LINES_PATTERN = f"^{_LINES_CLASS}*$"
#: The same texts where one is required: something more than spaces (the server strips them).
FILLED_LINE_PATTERN = rf"^{_LINE_CLASS}*[^\x00-\x0a{_UNSAFE}\s]{_LINE_CLASS}*$"
FILLED_LINES_PATTERN = rf"^{_LINES_CLASS}*[^\x00-\x0a{_UNSAFE}\s]{_LINES_CLASS}*$"

#: A real calendar date from 1000 to 2999, as a pattern (no 29 February: leap years are
#: beyond a pattern). The schema's promise for dates and moments; the server may accept more.
DAY_SYNTAX = (
    "[12][0-9]{3}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])"
    "|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)"
)
#: A date, or an ISO 8601 time on that date (seconds, fraction and offset optional; none: UTC).
MOMENT_PATTERN = (
    f"^{DAY_SYNTAX}(?:T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:[.][0-9]{{1,6}})?)?"
    "(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])?)?$"
)
#: An enrolment code as typed: letters and digits, single spaces or dashes between them.
ENROLMENT_CODE_PATTERN = "^[A-Za-z0-9]+(?:[ -][A-Za-z0-9]+)*$"


def _never_null(schema: dict[str, Any]) -> None:
    """Leave null out of an optional field's schema: the field may be left out, not null."""
    schema["anyOf"] = [branch for branch in schema.get("anyOf", []) if branch != {"type": "null"}]


# fullmatch, not the patterns' "$": Python's "$" also matches before a final line feed
_FULL = {
    "name": re.compile(f"{_NAME_CLASS}+").fullmatch,
    "line": re.compile(f"{_LINE_CLASS}*").fullmatch,
    "lines": re.compile(f"{_LINES_CLASS}*").fullmatch,
}
#: What a barcode scanner may add around a card number or ticket code: stripped, not refused.
SCANNER_EDGES = " \t\r\n"


def text_problem(value: str, kind: Literal["name", "line", "lines"]) -> str | None:
    """Why ``value`` cannot be a name, a one-line or a multi-line text (None: it can)."""
    if kind == "name":
        if not value:
            return "must not be empty"
        if value in (".", ".."):
            return "must not be '.' or '..'"
        if not _FULL["name"](value):
            return "must not contain control, invisible or bidi characters, '/' or '\\'"
    elif not _FULL[kind](value):
        if kind == "lines":
            return "must not contain control, invisible or bidi characters (line breaks are kept)"
        return "must not contain line breaks, control, invisible or bidi characters"
    return None


def clean_identifier(value: str) -> str:
    """A card number or ticket code as typed or scanned: edges stripped, then checked as a name.

    Raises ValueError with the reason.
    """
    value = value.strip(SCANNER_EDGES)
    reason = text_problem(value, "name") if value else None
    if reason:
        raise ValueError(reason)
    return value


def _check(kind: Literal["name", "line", "lines"]) -> Any:
    def check(value: str) -> str:
        # an empty value is the model's to allow (none) or refuse (min_length)
        reason = text_problem(value, kind) if value else None
        if reason:
            raise ValueError(reason)
        return value

    return check


def _raw_check(kind: Literal["name", "line", "lines"]) -> Any:
    """Check before any whitespace stripping of the model, so an edge CR or LF is refused."""

    def check(value: Any) -> Any:
        if isinstance(value, str):
            if kind == "lines":
                value = value.replace("\r\n", "\n")
            if value.strip(" "):
                _check(kind)(value.strip(" "))
        return value

    return check


def _strip_scanner_edges(value: Any) -> Any:
    return value.strip(SCANNER_EDGES) if isinstance(value, str) else value


_NOT_DOTS = {"not": {"enum": [".", ".."]}}

#: Text rules, used by every model of the API (and so by the CLI, which builds the same models
#: or calls the services that apply :func:`text_problem`):
#:
#: - ``Identifier`` (visitor card numbers, ticket codes): spaces, tabs, CR and LF at the edges
#:   are stripped (a barcode scanner ends a code with one); inside, nothing of ``_UNSAFE``,
#:   no '/' or '\\', and not '.' or '..'.
#: - ``Name`` (station, site, profile, category, staff username): the same characters
#:   refused, but nothing stripped but spaces: an edge CR, LF or tab is refused.
#: - ``LineText`` (reasons, a visitor's display name and status: "Dupont / Martin" is a
#:   name too): no control character at all, no invisible or bidi character.
#: - ``LinesText`` (staff message, visitor notes, a site's texts): the same, but line feeds
#:   are kept (CR LF becomes LF); tabs and every other control are refused.
Identifier = Annotated[
    str,
    BeforeValidator(_strip_scanner_edges),
    AfterValidator(_check("name")),
    Field(json_schema_extra={"pattern": NAME_PATTERN, **_NOT_DOTS}),
]
Name = Annotated[
    str,
    BeforeValidator(_raw_check("name")),
    AfterValidator(_check("name")),
    Field(json_schema_extra={"pattern": NAME_PATTERN, **_NOT_DOTS}),
]
LineText = Annotated[
    str,
    BeforeValidator(_raw_check("line")),
    AfterValidator(_check("line")),
    Field(json_schema_extra={"pattern": LINE_PATTERN}),
]
LinesText = Annotated[
    str,
    BeforeValidator(_raw_check("lines")),
    AfterValidator(_check("lines")),
    Field(json_schema_extra={"pattern": LINES_PATTERN}),
]
#: A required text (``min_length`` 1 where the model strips spaces): the schema asks for a
#: character other than a space, as the server does once it has stripped them.
FilledLineText = Annotated[
    LineText, Field(min_length=1, json_schema_extra={"pattern": FILLED_LINE_PATTERN})
]
FilledLinesText = Annotated[
    LinesText, Field(min_length=1, json_schema_extra={"pattern": FILLED_LINES_PATTERN})
]


def _part(value: object) -> str:
    """One segment of a path: names with spaces, slashes or '%' are quoted whole.

    A route's parameter (``"{station}"``, as the server declares its routes) stays as it is.
    """
    text = str(value)
    if text.startswith("{") and text.endswith("}") and text[1:-1].isidentifier():
        return text
    if text in (".", ".."):  # else the HTTP client resolves them: /visitors/../x is /x
        return text.replace(".", "%2E")
    return quote(text, safe="")


class Paths:
    """Every URL path of the API, relative to the server's base URL."""

    STATION_ME = f"{API_PREFIX}/station/me"
    STATION_SIGN_IN = f"{API_PREFIX}/station/sign-in"
    STATION_EVENTS = f"{API_PREFIX}/station/events"
    STATION_COMMANDS = f"{API_PREFIX}/station/commands"
    AUTH_LOGIN = f"{API_PREFIX}/auth/login"
    AUTH_ME = f"{API_PREFIX}/auth/me"
    #: Staff change their own password (old and new); their other login tokens are revoked.
    AUTH_PASSWORD = f"{API_PREFIX}/auth/password"
    #: The audit log (admin: everything; staff: their sites and their own actions).
    AUDIT = f"{API_PREFIX}/audit"
    #: Admins: every staff account.
    STAFF_ACCOUNTS = f"{API_PREFIX}/staff"
    #: Limits on failed sign-ins that make someone wait (staff: their sites'; admins: all).
    LOCKOUTS = f"{API_PREFIX}/lockouts"

    @staticmethod
    def lockout(lockout_id: int | str) -> str:
        """Where staff clear one limit (DELETE)."""
        return f"{API_PREFIX}/lockouts/{_part(str(lockout_id))}"

    @staticmethod
    def staff_password(username: str) -> str:
        """Where an admin resets another staff member's password."""
        return f"{API_PREFIX}/staff/{_part(username)}/password"

    STATIONS = f"{API_PREFIX}/stations"
    SESSIONS = f"{API_PREFIX}/sessions"
    VISITORS = f"{API_PREFIX}/visitors"
    VISITORS_IMPORT = f"{API_PREFIX}/visitors/import"
    VISITORS_EXPORT = f"{API_PREFIX}/visitors/export"
    TICKETS = f"{API_PREFIX}/tickets"
    #: Staff: the sites they manage, with whether each is open now.
    SITES = f"{API_PREFIX}/sites"

    @staticmethod
    def site(site_id: int | str, part: str) -> str:
        """A site's ``hours`` (weekly hours, closed dates, exceptions) or ``texts``."""
        return f"{API_PREFIX}/sites/{_part(site_id)}/{part}"

    @staticmethod
    def visitor(identifier: str, action: str = "") -> str:
        """Path of one visitor (``action``: disable, enable, pin)."""
        path = f"{API_PREFIX}/visitors/{_part(identifier)}"
        return f"{path}/{action}" if action else path

    @staticmethod
    def station_commands(station: str) -> str:
        """Path where staff post a command for the station with this name."""
        return f"{API_PREFIX}/stations/{_part(station)}/commands"

    @staticmethod
    def station_command(station: str, command_id: int | str) -> str:
        """One command staff sent to the station: pending, applied or failed."""
        return f"{API_PREFIX}/stations/{_part(station)}/commands/{_part(command_id)}"

    #: A new station exchanges its one-time enrolment code for its token (no bearer).
    STATION_ENROLL = f"{API_PREFIX}/station/enroll"
    #: Staff at a station: the station's token and the member's own credentials give a
    #: short-lived station login (kiosk staff panel); its actions are audited in their name.
    STATION_STAFF_LOGIN = f"{API_PREFIX}/station/staff/login"
    STATION_STAFF_ACTION = f"{API_PREFIX}/station/staff/action"
    STATION_STAFF_LOGOUT = f"{API_PREFIX}/station/staff/logout"
    #: Staff set their own PIN for the station sign-in; admins set or clear another's.
    AUTH_PIN = f"{API_PREFIX}/auth/pin"

    @staticmethod
    def staff_pin(username: str) -> str:
        """Where an admin sets or clears another staff member's station PIN."""
        return f"{API_PREFIX}/staff/{_part(username)}/pin"

    #: Staff: stations with their enrolment, version and enabled state.
    STATION_ADMIN = f"{API_PREFIX}/station-admin"

    @staticmethod
    def station_admin(station: str, action: str) -> str:
        """Staff action on a station: ``enroll-code``, ``enable``, ``disable``, ``revoke``."""
        return f"{API_PREFIX}/station-admin/{_part(station)}/{action}"

    #: The app catalogue (staff read it, admins change it) and the profiles (named app sets).
    APPS = f"{API_PREFIX}/apps"
    PROFILES = f"{API_PREFIX}/profiles"

    @staticmethod
    def app(app_id: str) -> str:
        return f"{API_PREFIX}/apps/{_part(app_id)}"

    @staticmethod
    def profile(name: str, action: str = "") -> str:
        """One profile (``action``: apps, assign, unassign)."""
        path = f"{API_PREFIX}/profiles/{_part(name)}"
        return f"{path}/{action}" if action else path

    #: Staff: time allowances per category (city-wide rows and a site's overrides).
    POLICIES = f"{API_PREFIX}/policies"
    #: Staff read the visitor categories; admins add them.
    CATEGORIES = f"{API_PREFIX}/categories"
    #: Staff: usage statistics of a period (JSON), and the same figures as CSV.
    STATS = f"{API_PREFIX}/stats"
    STATS_CSV = f"{API_PREFIX}/stats.csv"

    #: Staff: warning thresholds and automatic extension per category, city-wide and per site.
    SESSION_RULES = f"{API_PREFIX}/session-rules"

    @staticmethod
    def session_rule(category: str) -> str:
        """One category's session rules (``*``: every category without its own row)."""
        return f"{API_PREFIX}/session-rules/{_part(category)}"

    @staticmethod
    def policy(category: str) -> str:
        """One category's allowances (``*``: every category without its own row)."""
        return f"{API_PREFIX}/policies/{_part(category)}"

    @staticmethod
    def station_apps(station: str) -> str:
        """A station's app restriction (allowlist or denylist)."""
        return f"{API_PREFIX}/station-admin/{_part(station)}/apps"

    @staticmethod
    def session_apps(session_id: str) -> str:
        """Seconds of use per app of one session."""
        return f"{API_PREFIX}/sessions/{_part(session_id)}/apps"


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
    #: A disabled station is "out of order": it refuses sign-in until staff enable it.
    enabled: bool = True
    disabled_reason: str | None = None
    #: The site's IANA timezone; the times below are in it.
    timezone: str = "Europe/Brussels"
    #: Lock-screen message of the site, by language ("fr", "nl", "en").
    message: dict[str, str] = Field(default_factory=dict)
    #: Today's opening hours, "HH:MM-HH:MM" each; ["00:00-24:00"] when open all day.
    today_hours: list[str] = Field(default_factory=list)
    #: When the current opening ends (ISO 8601), None when closed or no closing in sight.
    closes_at: str | None = None


class SignInRequest(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    identifier: Identifier = Field(min_length=1, max_length=MAX_IDENTIFIER_LENGTH)
    pin: str | None = Field(default=None, max_length=MAX_PIN_LENGTH)


class VisitorInfo(BaseModel):
    identifier: str
    display_name: str | None = None
    category: str


class AppEntry(BaseModel):
    """One app of a visitor's catalogue: what the station shows, launches and lets run.

    Keys are open strings on purpose: a station ignores a language or platform it does not
    know rather than refusing the whole grant.
    """

    id: str
    #: Name shown on the launcher, by language ("fr", "nl", "en").
    names: dict[str, str] = Field(default_factory=dict)
    #: An icon name of the desktop theme, or a path on the station.
    icon: str | None = None
    #: Command line by platform ("linux", "windows"); the station picks its own.
    commands: dict[str, str] = Field(default_factory=dict)
    #: Process names or executable paths the app may spawn (the process guard's allowlist).
    processes: list[str] = Field(default_factory=list)


class Grant(BaseModel):
    """The server's answer to a successful sign-in: a new session and its time."""

    session_id: str
    visitor: VisitorInfo
    granted_seconds: int = Field(gt=0)
    #: Seconds before the end at which the station warns the visitor.
    warning_seconds: list[int] = Field(default_factory=lambda: [300, 60])
    #: The visitor's catalogue on this station (profiles resolved, station restriction applied).
    apps: list[AppEntry] = Field(default_factory=list)
    #: Seconds from the grant until the site closes (None: no closing in sight today).
    closes_in_seconds: int | None = Field(default=None, ge=0)
    #: What was left of the visitor's daily and weekly allowance before this session (the
    #: smaller), and their full daily allowance: the station caches both to admit them
    #: offline (kiosk/offline.py). None from a server that does not send them.
    allowance_seconds: int | None = Field(default=None, ge=0, le=MAX_REPORTED_SECONDS)
    daily_seconds: int | None = Field(default=None, ge=0, le=MAX_REPORTED_SECONDS)
    #: The site's rules by language ("fr", "nl", "en") when this visitor must accept them
    #: before this session (their first of the day at the site; a guest's every session);
    #: the station shows them and sends a charter_accepted event. None: nothing to accept.
    charter: dict[str, str] | None = None


class EventKind(StrEnum):
    HEARTBEAT = "heartbeat"
    SESSION_ENDED = "session_ended"
    COMMAND_APPLIED = "command_applied"
    APP_USED = "app_used"
    PROCESS_STOPPED = "process_stopped"
    CLEANUP_DONE = "cleanup_done"
    #: A session the station opened by itself while the server was unreachable.
    SESSION_STARTED = "session_started"
    #: The visitor accepted the site's rules (Grant.charter) in this session.
    CHARTER_ACCEPTED = "charter_accepted"


class EndReason(StrEnum):
    TIME_UP = "time_up"
    VISITOR = "visitor"
    STAFF = "staff"
    IDLE = "idle"
    CLOSING = "closing"
    REBOOT = "reboot"  # the station restarted during the session: closed at its last snapshot
    AWAY = "away"  # locked by the visitor ("Lock while I'm away") and not unlocked in time
    # ended by the server when the station came back after a silence (admin/reconcile.py):
    ELSEWHERE = "elsewhere"  # the visitor signed in on another station meanwhile
    NO_TIME = "no_time"  # the visitor's daily or weekly allowance is used up


class Event(BaseModel):
    """One station event. ``event_id`` and ``seq`` make replays harmless.

    Payloads by kind:

    - heartbeat: ``session_id`` (None when free), ``used_seconds``, ``remaining_seconds``,
      ``agent_version``; during a session also ``locked`` (the screen is locked: the visitor's
      away lock or a staff lock) and ``app_id`` (the catalogue app in use: the most recently
      started one still running; None for none). ``locked`` None: an older agent that sends
      neither. Sent at once, off schedule, when either changes.
    - session_ended: ``session_id``, ``used_seconds``, ``reason`` (an :class:`EndReason`)
    - command_applied: ``command_id``, ``session_id``, ``remaining_seconds`` (None when the
      command ended the session or there was none), ``ok`` (False when it could not apply)
    - app_used: ``session_id``, ``app_id``, ``used_seconds`` (how long the app ran, sent when
      it closes or at session end; the server adds them up per session and app)
    - process_stopped: ``session_id``, ``process`` (its name), ``detail`` ("killed", or
      "reported" where the guard only reports): the process guard found a forbidden process
    - cleanup_done: ``session_id``, ``detail`` (what was cleaned, one line), ``ok`` (no error)
    - session_started: ``session_id`` (chosen by the station), ``identifier``,
      ``granted_seconds``; ``at`` is when it started. Only for sessions opened offline (an
      online sign-in opens the session on the server); sent before any event of the session.
    - charter_accepted: ``session_id``; ``at`` is when the visitor accepted the site's rules
      (the server records it for the session's visitor, site and local day of ``at``)
    """

    event_id: str = Field(min_length=8, max_length=64)
    seq: int = Field(ge=1, le=MAX_JSON_INT)
    kind: EventKind
    at: str  # ISO 8601 wall-clock time on the station, for the record only
    session_id: str | None = None
    used_seconds: int | None = Field(default=None, ge=0, le=MAX_REPORTED_SECONDS)
    remaining_seconds: int | None = Field(default=None, ge=0, le=MAX_REPORTED_SECONDS)
    reason: EndReason | None = None
    command_id: int | None = Field(default=None, ge=0, le=MAX_JSON_INT)
    ok: bool | None = None
    #: Version of the station agent, sent with heartbeats (shown to staff).
    agent_version: str | None = Field(default=None, max_length=64)
    #: The catalogue app an app_used event is about; in a heartbeat, the app in use.
    app_id: str | None = Field(default=None, min_length=1, max_length=64)
    #: Heartbeat during a session: whether its screen is locked (None: not reported).
    locked: bool | None = None
    #: The process a process_stopped event is about (its name).
    process: str | None = Field(default=None, max_length=MAX_PROCESS_NAME_LENGTH)
    #: A short free text: the guard's action, the cleanup's summary.
    detail: str | None = Field(default=None, max_length=MAX_EVENT_DETAIL_LENGTH)
    #: The visitor of a session_started event.
    identifier: str | None = Field(default=None, min_length=1, max_length=MAX_IDENTIFIER_LENGTH)
    #: The seconds a session_started event's session was granted.
    granted_seconds: int | None = Field(default=None, ge=1, le=MAX_REPORTED_SECONDS)


class EventBatch(BaseModel):
    events: list[Event] = Field(max_length=500)


class EventsAccepted(BaseModel):
    """Every event id of the batch that the server now holds (new or seen before)."""

    accepted: list[str]


class CommandKind(StrEnum):
    """What staff ask a station to do.

    extend, set_time, end, lock and unlock act on the running session (``session_id``);
    message may reach a free station; disable and enable change the station itself;
    sign_in starts on a free station the session the server opened for a visitor staff
    vouch for at the desk (``identifier``; the command carries its ``grant``).
    """

    EXTEND = "extend"  # minutes
    END = "end"
    SET_TIME = "set_time"  # seconds remaining from now
    MESSAGE = "message"  # text
    LOCK = "lock"  # lock screen shown, the session's time keeps running
    UNLOCK = "unlock"
    DISABLE = "disable"  # reason; ends any session (EndReason.STAFF), refuses sign-in
    ENABLE = "enable"
    SIGN_IN = "sign_in"  # identifier; no PIN: staff vouch for the visitor


#: Kinds that need a running session on the station.
SESSION_COMMANDS = frozenset(
    {
        CommandKind.EXTEND,
        CommandKind.SET_TIME,
        CommandKind.END,
        CommandKind.LOCK,
        CommandKind.UNLOCK,
    }
)


class Command(BaseModel):
    id: int
    kind: CommandKind
    session_id: str | None = None
    minutes: int | None = None
    created_at: str
    seconds: int | None = None
    text: str | None = None
    reason: str | None = None
    identifier: str | None = None
    #: sign_in: the session the server opened, started by the station as after a sign-in.
    grant: Grant | None = None
    #: extend, set_time: an administrator let the session run past closing time; without it
    #: the station never lets a session run past the closing time it knows.
    after_hours: bool = False


class UnknownCommand(BaseModel):
    """A command this station cannot read (a newer server's kind): acknowledged ok=False."""

    id: int
    kind: str = ""
    session_id: str | None = None


def parse_commands(data: Any) -> list[Command | UnknownCommand]:
    """Parse a CommandList body one command at a time, so one odd command spoils no other.

    Items without even an integer id are dropped: they cannot be acknowledged.
    """
    items = data.get("commands") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise ValueError("not a command list")
    parsed: list[Command | UnknownCommand] = []
    for item in items:
        try:
            parsed.append(Command.model_validate(item))
            continue
        except ValidationError:
            pass
        try:
            parsed.append(UnknownCommand.model_validate(item))
        except ValidationError:
            continue
    return parsed


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
    """What a station's tile shows; the first that holds: offline, out of order, locked..."""

    FREE = "free"
    IN_USE = "in_use"
    OFFLINE = "offline"
    #: A session runs but its screen is locked (the visitor's away lock or a staff lock).
    LOCKED = "locked"
    #: Disabled by staff (``disabled_reason``); no sign-in until enabled.
    OUT_OF_ORDER = "out_of_order"


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
    enabled: bool = True
    disabled_reason: str | None = None
    #: The session's screen is locked (the visitor's away lock or a staff lock).
    locked: bool = False
    #: The app in use in the session (the most recently started one still running), and its
    #: name from the catalogue (French, else another language, else its id).
    app_id: str | None = None
    app_name: str | None = None
    #: The last forbidden program the process guard found in this session: a warning.
    stopped_process: str | None = None
    granted_seconds: int | None = None
    started_at: str | None = None
    #: The station's commands not acknowledged yet, oldest first.
    pending: list[CommandStatus] = Field(default_factory=list)


class StationList(BaseModel):
    """Stations visible to a staff member; ``version`` feeds the next long-poll."""

    version: int
    stations: list[StationStatus]


#: The argument each kind of command takes (the others are ignored). Each is required but
#: disable's reason.
COMMAND_ARGUMENTS: dict[CommandKind, str] = {
    CommandKind.EXTEND: "minutes",
    CommandKind.SET_TIME: "seconds",
    CommandKind.MESSAGE: "text",
    CommandKind.DISABLE: "reason",
    CommandKind.SIGN_IN: "identifier",
}
_ARGUMENT_TYPES = {"minutes": "integer", "seconds": "integer", "text": "string"}


def _one_shape_per_kind(schema: dict[str, Any]) -> None:
    """State in the schema what the server checks (admin/commands.py): each kind with its
    required argument, one ``oneOf`` branch per kind."""
    branches: list[dict[str, Any]] = []
    for kind in CommandKind:
        branch: dict[str, Any] = {"properties": {"kind": {"const": kind.value}}}
        argument = COMMAND_ARGUMENTS.get(kind)
        if argument is not None and argument != "reason":
            branch["required"] = ["kind", argument]
            branch["properties"][argument] = {"type": _ARGUMENT_TYPES.get(argument, "string")}
        branches.append(branch)
    schema["oneOf"] = branches


class CommandRequest(BaseModel):
    """A staff command: ``kind`` and the argument of that kind (:data:`COMMAND_ARGUMENTS`).

    One class for every kind, so callers build it as they like; the server checks the
    argument (admin/commands.py ``normalise``) and the schema says so, one branch per kind.
    """

    model_config = ConfigDict(json_schema_extra=_one_shape_per_kind)

    kind: CommandKind
    minutes: int | None = Field(default=None, ge=1, le=600)
    seconds: int | None = Field(default=None, ge=1, le=MAX_SET_SECONDS)
    text: FilledLinesText | None = Field(default=None, max_length=MAX_MESSAGE_LENGTH)
    reason: LineText | None = Field(default=None, max_length=MAX_REASON_LENGTH)
    #: sign_in: the visitor (card number or guest ticket) staff sign in on the station.
    identifier: Identifier | None = Field(
        default=None, min_length=1, max_length=MAX_IDENTIFIER_LENGTH
    )
    #: Chosen by the client: the same id for the same station returns the first command.
    request_id: str | None = Field(default=None, min_length=1, max_length=64)
    #: extend, set_time: let the session run past closing time (administrators only, audited).
    #: Without it the time is cut at closing (``CommandStatus.clipped_to``).
    after_hours: bool = False


class CommandStatus(BaseModel):
    id: int
    station: str
    kind: CommandKind
    minutes: int | None = None
    status: Literal["pending", "applied", "failed"]
    created_at: str
    seconds: int | None = None
    text: str | None = None
    reason: str | None = None
    request_id: str | None = None
    identifier: str | None = None
    after_hours: bool = False
    #: extend or set_time cut at closing time: the closing instant (ISO 8601, UTC) the session
    #: now ends at; the command is then a set_time of the seconds left until it.
    clipped_to: str | None = None
    #: The site's timezone, to show ``clipped_to`` at the site's clock.
    timezone: str | None = None


class EnrollRequest(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    #: As typed: letters and digits, spaces or dashes between them (the server drops those).
    code: str = Field(
        min_length=4, max_length=32, json_schema_extra={"pattern": ENROLMENT_CODE_PATTERN}
    )
    agent_version: str | None = Field(default=None, max_length=64)


class EnrollResponse(BaseModel):
    """The station's token (kept by the station, never shown again) and who it is."""

    token: str
    station: StationInfo


class EnrollCode(BaseModel):
    """A one-time code staff give a new station; it expires unused."""

    station: str
    code: str
    expires_at: str


class StationDetails(BaseModel):
    """A station as administrators see it: enrolment, version, enabled state."""

    id: int
    name: str
    site: SiteInfo
    online: bool
    last_seen_at: str | None = None
    agent_version: str | None = None
    enabled: bool = True
    disabled_reason: str | None = None
    #: False until the station has a usable token (enrolment code not yet exchanged, revoked).
    enrolled: bool = True


class StationDetailsList(BaseModel):
    stations: list[StationDetails]


class StationEnabledRequest(BaseModel):
    """Body of the staff enable/disable routes; ``reason`` is shown on a disabled station."""

    reason: LineText | None = Field(default=None, max_length=MAX_REASON_LENGTH)
    request_id: str | None = Field(default=None, min_length=1, max_length=64)


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


# --- visitors and guest tickets (staff) ---------------------------------------------------

#: Longest free texts on a visitor.
MAX_DISPLAY_NAME_LENGTH = 100
MAX_NOTES_LENGTH = 1000
MAX_SHORT_TEXT_LENGTH = 32  # category, gender, status
MAX_REASON_LENGTH = 200
#: A visitor PIN: 4 to 12 digits.
PIN_PATTERN = r"^[0-9]{4,12}$"
#: What a visitor's age band and gender may be (statistics group by them; "": none).
AgeBand = Literal["", "0-11", "12-17", "18-25", "26-44", "45-64", "65+"]
Gender = Literal["", "f", "m", "x"]


class VisitorDetail(BaseModel):
    """A visitor as staff see it; never the PIN, only whether there is one."""

    identifier: str
    display_name: str | None = None
    category: str
    age_band: str | None = None
    gender: str | None = None
    status: str | None = None
    #: Effective now: a disablement whose last day has passed no longer counts.
    enabled: bool = True
    disabled_reason: str | None = None
    disabled_until: str | None = None  # YYYY-MM-DD, the last day of the disablement
    notes: str | None = None
    has_pin: bool = False
    created_at: str


class VisitorList(BaseModel):
    visitors: list[VisitorDetail]


class VisitorCreate(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    identifier: Identifier = Field(min_length=1, max_length=MAX_IDENTIFIER_LENGTH)
    pin: str | None = Field(default=None, pattern=PIN_PATTERN)
    display_name: LineText | None = Field(default=None, max_length=MAX_DISPLAY_NAME_LENGTH)
    category: Name = Field(default="adult", min_length=1, max_length=MAX_SHORT_TEXT_LENGTH)
    age_band: AgeBand | None = None
    gender: Gender | None = None
    status: LineText | None = Field(default=None, max_length=MAX_SHORT_TEXT_LENGTH)
    notes: LinesText | None = Field(default=None, max_length=MAX_NOTES_LENGTH)


class VisitorUpdate(BaseModel):
    """Fields to change; a field left out is kept, a null clears it (not the category: every
    visitor has one)."""

    model_config = ConfigDict(str_strip_whitespace=True)

    display_name: LineText | None = Field(default=None, max_length=MAX_DISPLAY_NAME_LENGTH)
    category: Name | None = Field(
        default=None,
        min_length=1,
        max_length=MAX_SHORT_TEXT_LENGTH,
        json_schema_extra=_never_null,
    )
    age_band: AgeBand | None = None
    gender: Gender | None = None
    status: LineText | None = Field(default=None, max_length=MAX_SHORT_TEXT_LENGTH)
    notes: LinesText | None = Field(default=None, max_length=MAX_NOTES_LENGTH)


class VisitorDisable(BaseModel):
    reason: FilledLineText = Field(max_length=MAX_REASON_LENGTH)
    #: Last day of the disablement (none: until enabled by staff).
    until: date | None = None


class PinChange(BaseModel):
    #: The new PIN; null removes the PIN.
    pin: str | None = Field(default=None, pattern=PIN_PATTERN)


class ImportProblem(BaseModel):
    """One bad value of a CSV import: its line in the file (header = 1), column, reason."""

    line: int
    field: str
    reason: str


class ImportReport(BaseModel):
    dry_run: bool
    rows: int
    imported: int
    problems: list[ImportProblem]


class TicketRefusal(StrEnum):
    """``details.reason`` of a TICKET_INVALID refusal."""

    UNKNOWN = "unknown"
    USED = "used"
    EXPIRED = "expired"
    NOT_YET_VALID = "not_yet_valid"
    WRONG_SITE = "wrong_site"


class TicketBatchRequest(BaseModel):
    site: Name = Field(min_length=1, max_length=100)
    count: int = Field(ge=1, le=500)
    minutes: int = Field(ge=1, le=1440)
    #: First and last day of validity, in the site's timezone (default: today only).
    valid_from: date | None = None
    valid_to: date | None = None


class TicketInfo(BaseModel):
    code: str
    site: str
    minutes: int
    valid_from: str
    valid_to: str  # the end of validity, exclusive
    state: Literal["valid", "used", "expired", "not_yet_valid"]
    used_at: str | None = None
    batch_id: str
    created_at: str
    #: Username of the staff member who created the batch; None: the admin CLI.
    created_by: str | None = None


class TicketBatch(BaseModel):
    batch_id: str
    tickets: list[TicketInfo]


class TicketList(BaseModel):
    tickets: list[TicketInfo]


# --- staff accounts and audit ------------------------------------------------------------

#: Shortest staff password accepted.
MIN_PASSWORD_LENGTH = 8


class PasswordChange(BaseModel):
    old_password: str = Field(min_length=1, max_length=256)
    new_password: str = Field(min_length=MIN_PASSWORD_LENGTH, max_length=256)


class PasswordReset(BaseModel):
    """An admin sets another staff member's password; all their tokens are revoked."""

    new_password: str = Field(min_length=MIN_PASSWORD_LENGTH, max_length=256)


class PasswordChanged(BaseModel):
    username: str
    tokens_revoked: int


class StaffAccount(BaseModel):
    username: str
    role: Literal["admin", "staff"]
    sites: list[str] = Field(default_factory=list)
    created_at: str


class AuditEntry(BaseModel):
    id: int
    at: str
    staff: str | None = None  # username; None for the admin CLI and the system
    action: str
    target: str
    site_id: int | None = None
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None


class AuditList(BaseModel):
    """Newest first; at most ``limit`` entries."""

    entries: list[AuditEntry]


# --- lockouts: limits on failed sign-ins (staff) --------------------------------------------


class LockoutKind(StrEnum):
    """What a limit counts (docs/ARCHITECTURE.md, "Lockouts")."""

    VISITOR_PIN = "visitor_pin"  # wrong PINs of a card at one station
    VISITOR_CARD = "visitor_card"  # wrong PINs of a card at every station (slowed)
    STATION_PROBE = "station_probe"  # attempts proving no card at one station
    STAFF_LOGIN = "staff_login"  # console logins of an account from one address
    STAFF_ADDRESS = "staff_address"  # console logins of any account from one address
    STATION_STAFF = "station_staff"  # staff sign-ins at one station's staff panel
    ENROLMENT = "enrolment"  # enrolment codes from one address


class LockoutInfo(BaseModel):
    """One limit: what it holds back (masked), how many failures, until when."""

    id: int
    kind: LockoutKind
    #: The card, masked (``••••1234``): cards are stored as digests.
    card: str | None = None
    #: The staff account, when it exists (admins only); None for an unknown username.
    account: str | None = None
    station: str | None = None
    site: str | None = None
    #: The client address (staff logins and enrolment; admins only).
    address: str | None = None
    failures: int
    last_failure_at: str
    blocked_until: str | None = None
    #: Seconds before the next attempt is allowed; 0 when it is allowed now.
    retry_after_seconds: int = 0


class LockoutList(BaseModel):
    """The limits that make someone wait now (or every counter), longest wait first."""

    lockouts: list[LockoutInfo]


# --- sites: opening hours and texts (staff) ----------------------------------------------

SiteLanguage = Literal["fr", "nl", "en"]
Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
#: "09:00-12:30"; "24:00" ends a day. The server also checks order and overlaps.
HOURS_PATTERN = r"^\d{2}:\d{2}-\d{2}:\d{2}$"
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
#: What the schema promises of the same values: a real time of day ("24:00" only to close) and
#: a real date (29 February left out: a pattern cannot tell leap years). That an interval
#: opens before it closes and that a day's intervals do not overlap the server checks alone.
_HOUR = "(?:[01][0-9]|2[0-3]):[0-5][0-9]"
HOURS_SCHEMA: dict[str, Any] = {"pattern": f"^{_HOUR}-(?:{_HOUR}|24:00)$"}
DATE_SCHEMA: dict[str, Any] = {"pattern": f"^{DAY_SYNTAX}$"}
MAX_INTERVALS_PER_DAY = 12
MAX_SITE_DATES = 1000
MAX_SITE_MESSAGE_LENGTH = 1000
MAX_CHARTER_LENGTH = 20000

HoursText = Annotated[str, Field(pattern=HOURS_PATTERN, json_schema_extra=HOURS_SCHEMA)]
DayHours = Annotated[list[HoursText], Field(max_length=MAX_INTERVALS_PER_DAY)]
SiteMessageText = Annotated[LinesText, Field(max_length=MAX_SITE_MESSAGE_LENGTH)]
CharterText = Annotated[LinesText, Field(max_length=MAX_CHARTER_LENGTH)]


class ClosedDate(BaseModel):
    date: str = Field(pattern=DATE_PATTERN, json_schema_extra=DATE_SCHEMA)
    reason: LineText | None = Field(default=None, max_length=MAX_REASON_LENGTH)


class ExceptionalDay(BaseModel):
    """Hours of one date that replace its weekday's (a whole day off is a ClosedDate)."""

    date: str = Field(pattern=DATE_PATTERN, json_schema_extra=DATE_SCHEMA)
    hours: DayHours = Field(min_length=1)


class SiteHours(BaseModel):
    """A site's opening schedule. No weekly hours at all: open around the clock."""

    weekly: dict[Weekday, DayHours] = Field(default_factory=dict)
    closed: list[ClosedDate] = Field(default_factory=list, max_length=MAX_SITE_DATES)
    exceptions: list[ExceptionalDay] = Field(default_factory=list, max_length=MAX_SITE_DATES)


class SiteTexts(BaseModel):
    """Lock-screen message and rules/charter of a site, by language."""

    message: dict[SiteLanguage, SiteMessageText] = Field(default_factory=dict)
    charter: dict[SiteLanguage, CharterText] = Field(default_factory=dict)
    #: Whether visitors accept the charter once a day before their first session (guests:
    #: every session). None: yes when the site has a charter text.
    charter_required: bool | None = None


class SiteSummary(BaseModel):
    id: int
    name: str
    timezone: str
    open_now: bool
    today_hours: list[str] = Field(default_factory=list)
    closes_at: str | None = None
    #: The next opening when closed now (ISO 8601); None when open or not in sight.
    next_opening: str | None = None


class SiteList(BaseModel):
    sites: list[SiteSummary]


# --- app catalogue and profiles (staff) ---------------------------------------------------

#: An app id: lower-case letters, digits, ".", "_" and "-" (e.g. "libreoffice-writer").
APP_ID_PATTERN = r"^[a-z0-9][a-z0-9._-]{0,63}$"
MAX_PROFILE_NAME_LENGTH = 64
AppLanguage = Literal["fr", "nl", "en"]
Platform = Literal["linux", "windows"]
AppId = Annotated[str, Field(pattern=APP_ID_PATTERN)]
AppName = Annotated[FilledLineText, Field(max_length=100)]
AppCommand = Annotated[FilledLineText, Field(max_length=1000)]
ProcessName = Annotated[FilledLineText, Field(max_length=260)]


class AppSpec(BaseModel):
    """An app to add to the catalogue, or its new definition."""

    model_config = ConfigDict(str_strip_whitespace=True)

    id: AppId
    #: At least one name and one command line.
    names: dict[AppLanguage, AppName] = Field(min_length=1)
    icon: LineText | None = Field(default=None, max_length=300)
    commands: dict[Platform, AppCommand] = Field(min_length=1)
    processes: list[ProcessName] = Field(default_factory=list, max_length=50)


class AppList(BaseModel):
    apps: list[AppEntry] = Field(default_factory=list)


class CategoryAssignment(BaseModel):
    """A profile given to a visitor category, city-wide (``site`` None) or at one site."""

    category: str
    site: str | None = None


class ProfileInfo(BaseModel):
    name: str
    apps: list[str] = Field(default_factory=list)
    categories: list[CategoryAssignment] = Field(default_factory=list)
    #: Identifiers of the visitors who have this profile as their own.
    visitors: list[str] = Field(default_factory=list)


class ProfileList(BaseModel):
    profiles: list[ProfileInfo] = Field(default_factory=list)


class ProfileCreate(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    name: Name = Field(min_length=1, max_length=MAX_PROFILE_NAME_LENGTH)
    apps: list[AppId] = Field(default_factory=list, max_length=200)


class ProfileAppsChange(BaseModel):
    add: list[AppId] = Field(default_factory=list, max_length=200)
    remove: list[AppId] = Field(default_factory=list, max_length=200)


class ProfileAssignment(BaseModel):
    """Give (or take back) a profile: to a category (``*``: the default profile), city-wide
    or at ``site``, or to one visitor. Exactly one of ``category`` and ``visitor``; a
    visitor's profile is city-wide (no ``site``). admin/catalogue_admin.py checks it, the
    schema says it (``oneOf``)."""

    model_config = ConfigDict(
        str_strip_whitespace=True,
        json_schema_extra={
            "oneOf": [
                {
                    "required": ["category"],
                    "properties": {"category": {"type": "string"}, "visitor": {"type": "null"}},
                },
                {
                    "required": ["visitor"],
                    "properties": {
                        "visitor": {"type": "string"},
                        "category": {"type": "null"},
                        "site": {"type": "null"},
                    },
                },
            ]
        },
    )

    category: Name | None = Field(default=None, min_length=1, max_length=MAX_SHORT_TEXT_LENGTH)
    site: Name | None = Field(default=None, min_length=1, max_length=100)
    visitor: Identifier | None = Field(default=None, min_length=1, max_length=MAX_IDENTIFIER_LENGTH)


class StationApps(BaseModel):
    """A station's app restriction: only ``apps`` (allow), all but ``apps`` (deny), or none."""

    station: str = ""
    mode: Literal["allow", "deny"] | None = None
    apps: list[AppId] = Field(default_factory=list, max_length=200)


class StationAppsChange(BaseModel):
    """A new restriction: a mode with its apps, or no mode and no apps to lift it.

    admin/catalogue_admin.py checks it, the schema says it (``oneOf``).
    """

    model_config = ConfigDict(
        json_schema_extra={
            "oneOf": [
                {
                    "required": ["mode", "apps"],
                    "properties": {
                        "mode": {"enum": ["allow", "deny"]},
                        "apps": {"type": "array", "minItems": 1},
                    },
                },
                {
                    "properties": {
                        "mode": {"type": "null"},
                        "apps": {"type": "array", "maxItems": 0},
                    }
                },
            ]
        }
    )

    mode: Literal["allow", "deny"] | None = None
    apps: list[AppId] = Field(default_factory=list, max_length=200)


class AppUsage(BaseModel):
    app_id: str
    seconds: int = 0


class SessionApps(BaseModel):
    """Seconds of use per app of one session (from the stations' app_used events)."""

    session_id: str
    apps: list[AppUsage] = Field(default_factory=list)


# --- usage ledger (staff) -----------------------------------------------------------------


class UsageSession(BaseModel):
    """One of a visitor's recent sessions, with the seconds it used."""

    id: str
    station: str
    site: str
    state: Literal["active", "ended"]
    #: The site's local date the session started on: its usage counts on that day.
    day: str
    started_at: str
    ended_at: str | None = None
    #: The site's IANA timezone: the times are shown as the visitor saw them at the site.
    timezone: str = "Europe/Brussels"
    used_seconds: int
    seconds_left: int | None = None  # active sessions only, estimated now
    end_reason: str | None = None


class VisitorUsage(BaseModel):
    """A visitor's seconds today and this week (as reported by the stations), and their
    recent sessions at the staff member's sites. No identity beyond identifier and name."""

    identifier: str
    display_name: str | None = None
    category: str
    today: str  # YYYY-MM-DD, local
    week_start: str  # the Monday of this week, local
    today_seconds: int
    week_seconds: int
    sessions: list[UsageSession] = Field(default_factory=list)


# --- policies and categories ----------------------------------------------------------------

#: A category name: lower case letters, digits and '-', at most 32 characters.
CATEGORY_PATTERN = r"^[a-z0-9-]{1,32}$"
MAX_SESSION_MINUTES = 24 * 60
MAX_DAILY_MINUTES = 24 * 60
MAX_WEEKLY_MINUTES = 7 * 24 * 60


class PolicyRow(BaseModel):
    """A category's allowances, city-wide (``site_id`` null) or one site's override."""

    category: str
    site_id: int | None = None
    session_minutes: int
    daily_minutes: int
    weekly_minutes: int


class PolicyList(BaseModel):
    policies: list[PolicyRow]


class PolicyChange(BaseModel):
    """New allowances for a category; ``site_id`` set: that site's override only."""

    session_minutes: int = Field(ge=0, le=MAX_SESSION_MINUTES)
    daily_minutes: int = Field(ge=0, le=MAX_DAILY_MINUTES)
    weekly_minutes: int = Field(ge=0, le=MAX_WEEKLY_MINUTES)
    site_id: int | None = Field(default=None, ge=1, le=2**31 - 1)


#: Session rules (admin/session_rules.py): at most this many warnings, each this far ahead.
MAX_WARNINGS = 5
MAX_WARNING_SECONDS = 3600
MAX_EXTEND_MINUTES = 600
MAX_EXTEND_TIMES = 20
MAX_EXTEND_MIN_FREE = 1000


class SessionRuleRow(BaseModel):
    """A category's session rules, city-wide (``site_id`` null) or one site's ('*': every
    category without its own row). A null value is not set by this row: it falls through to
    the next less specific row, then to the defaults (see admin/session_rules.py)."""

    category: str
    site_id: int | None = None
    #: Seconds before the end at which the visitor is warned, largest first.
    warning_seconds: list[int] | None = None
    #: Automatic extension: this many minutes more, at most ``extend_times`` times a session,
    #: only while ``extend_min_free`` other stations of the site are free.
    extend_minutes: int | None = None
    extend_times: int | None = None
    extend_min_free: int | None = None


class SessionRuleList(BaseModel):
    """City-wide rows, then the site's when asked; ``defaults`` is what applies when no row
    sets a value (its category is '*' and every value is set)."""

    rules: list[SessionRuleRow]
    defaults: SessionRuleRow


#: The values of a session rules row (JSON types): a change sets one at least
#: (admin/session_rules.py).
SESSION_RULE_VALUES = {
    "warning_seconds": "array",
    "extend_minutes": "integer",
    "extend_times": "integer",
    "extend_min_free": "integer",
}


class SessionRuleChange(BaseModel):
    """The values of a category's row, replacing what the row held (null: not set here).

    One value at least is set (to clear a row, delete it); the schema says so (``anyOf``).
    """

    model_config = ConfigDict(
        json_schema_extra={
            "anyOf": [
                {"required": [name], "properties": {name: {"type": kind}}}
                for name, kind in SESSION_RULE_VALUES.items()
            ]
        }
    )

    site_id: int | None = Field(default=None, ge=1, le=2**31 - 1)
    warning_seconds: list[Annotated[int, Field(ge=1, le=MAX_WARNING_SECONDS)]] | None = Field(
        default=None, max_length=MAX_WARNINGS
    )
    extend_minutes: int | None = Field(default=None, ge=0, le=MAX_EXTEND_MINUTES)
    extend_times: int | None = Field(default=None, ge=0, le=MAX_EXTEND_TIMES)
    extend_min_free: int | None = Field(default=None, ge=0, le=MAX_EXTEND_MIN_FREE)


class CategoryInfo(BaseModel):
    name: str
    created_at: str


class CategoryList(BaseModel):
    categories: list[CategoryInfo]


class CategoryCreate(BaseModel):
    name: str = Field(pattern=CATEGORY_PATTERN)


# --- staff at a station (kiosk staff panel) ----------------------------------------------

#: How long a staff login made at a station lasts; the panel signs out when closed.
STATION_STAFF_TTL_SECONDS = 15 * 60
#: Longest the desktop may be unlocked for maintenance, and the default.
MAX_MAINTENANCE_MINUTES = 240
DEFAULT_MAINTENANCE_MINUTES = 15


class StationStaffLoginRequest(BaseModel):
    """A staff member's username and their password or station PIN, typed at the kiosk."""

    username: str = Field(min_length=1, max_length=64)
    secret: str = Field(min_length=1, max_length=256)


class StationStaffLogin(BaseModel):
    """A login valid on this station only, until ``expires_at``."""

    token: str
    expires_at: str
    staff: StaffInfo
    station: str


class StationStaffKind(StrEnum):
    """What staff do from the kiosk's staff panel."""

    EXTEND = "extend"  # minutes: queued as a staff command, applied like the console's
    END = "end"  # queued as a staff command
    MAINTENANCE = "maintenance"  # minutes: the desktop is unlocked (no session may run)
    QUIT = "quit"  # the kiosk program is stopped for maintenance


class StationStaffAction(BaseModel):
    token: str = Field(min_length=1, max_length=256)
    kind: StationStaffKind
    minutes: int | None = Field(default=None, ge=1, le=600)
    #: Chosen by the station: the same id returns the first command (extend and end).
    request_id: str | None = Field(default=None, min_length=1, max_length=64)


class StationStaffDone(BaseModel):
    kind: StationStaffKind
    staff: str
    station: str
    #: The queued command (extend, end); None for maintenance and quit.
    command: CommandStatus | None = None


class StationStaffLogout(BaseModel):
    token: str = Field(min_length=1, max_length=256)


class StaffPinChange(BaseModel):
    """A member sets (or, with ``pin`` None, clears) their own PIN; their password confirms."""

    password: str = Field(min_length=1, max_length=256)
    pin: str | None = Field(default=None, pattern=PIN_PATTERN)


class StaffPinReset(BaseModel):
    """An admin sets (or, with ``pin`` None, clears) another member's PIN."""

    pin: str | None = Field(default=None, pattern=PIN_PATTERN)


class StaffPinSet(BaseModel):
    username: str
    has_pin: bool


# --- statistics (staff) ----------------------------------------------------------------------

#: today, this week (Monday first), this month, or explicit first and last dates ("custom");
#: always local calendar days of the site.
StatsPeriod = Literal["today", "week", "month", "custom"]
#: Longest span of an explicit period, in days.
MAX_STATS_DAYS = 366


class StatsBreakdown(BaseModel):
    """The figures of one group of sessions: a visitor category, an age band or a site.

    ``key`` None: the visitors' age band is not recorded.
    """

    key: str | None
    sessions: int
    seconds: int
    visitors: int


class StatsReport(BaseModel):
    """Usage of one site (or all the member's sites) over a period of local days.

    Sessions, seconds and visitors count the sessions that started in the period (a session's
    whole usage counts on its start day, as in the ledger). Occupancy (``by_hour``,
    ``heat_map``) is station time in use: each session's span, start to end (an active one:
    now), split over the local hours it covered, clipped to the period; ``capacity`` is the
    station time each cell offered so far (stations × opening hours elapsed), so
    ``heat_map[d][h] / capacity[d][h]`` is the occupancy rate (0 capacity: closed). Cells
    are [weekday 0 = Monday][local hour], in seconds.
    """

    period: StatsPeriod
    start: str  # first local day, YYYY-MM-DD
    end: str  # last local day, inclusive
    timezone: str
    site_id: int | None = None  # None: every site of the member
    site_name: str | None = None
    generated_at: str
    sessions: int
    seconds_used: int
    unique_visitors: int
    stations: int
    by_site: list[StatsBreakdown] = Field(default_factory=list)
    by_category: list[StatsBreakdown] = Field(default_factory=list)
    by_age_band: list[StatsBreakdown] = Field(default_factory=list)
    by_hour: list[int] = Field(min_length=24, max_length=24)
    heat_map: list[list[int]] = Field(min_length=7, max_length=7)
    capacity: list[list[int]] = Field(min_length=7, max_length=7)
