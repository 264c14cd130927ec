"""What a station and the server say to each other.

The station reads who it is (``station/me``), signs visitors in (a :class:`Grant`), reports
its events (heartbeats, session ends, ...) and enrols with a one-time code. The commands it
long-polls are in :mod:`kiosk.protocol.commands`, its staff panel's logins in
:mod:`kiosk.protocol.station_staff`.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from kiosk.protocol.enums import DESK_CALL_ENDS as DESK_CALL_ENDS
from kiosk.protocol.enums import EndReason as EndReason
from kiosk.protocol.enums import EventKind as EventKind
from kiosk.protocol.enums import StationAlert as StationAlert
from kiosk.protocol.holds import HoldNotice
from kiosk.protocol.limits import (
    DEFAULT_TIMEZONE,
    HEARTBEAT_SECONDS,
    MAX_EVENT_DETAIL_LENGTH,
    MAX_IDENTIFIER_LENGTH,
    MAX_JSON_INT,
    MAX_PIN_LENGTH,
    MAX_PROCESS_NAME_LENGTH,
    MAX_REPORTED_SECONDS,
    MAX_STATION_ALERTS,
)
from kiosk.protocol.preferences import VisitorPreferences
from kiosk.protocol.text import ENROLMENT_CODE_PATTERN, Identifier

# --- who the station is, sign-in ------------------------------------------------------------------


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
    timezone: str = DEFAULT_TIMEZONE
    #: Lock-screen message of the site, by language ("fr", "nl", "en").
    message: dict[str, str] = Field(default_factory=dict)
    #: Today's opening hours, "HH:MM-HH:MM" each; ["00:00-24:00"] when open all day.
    today_hours: list[str] = Field(default_factory=list)
    #: When the current opening ends (ISO 8601), None when closed or no closing in sight.
    closes_at: str | None = None
    #: This station's holds in effect now or later today, first first (the lock screen's
    #: "Reserved for « … » from 14:00 to 16:00"). Empty from an older server.
    holds: list[HoldNotice] = Field(default_factory=list)
    #: A tag of ``holds`` as the server sees them now: the station sends it back with its
    #: command long-poll (``holds``), which answers at once with the new tag
    #: (``CommandList.holds_version``) when a hold was made, changed or ended, so the lock
    #: screen follows within a second. None from an older server.
    holds_version: str | None = None


class SignInRequest(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    identifier: Identifier = Field(min_length=1, max_length=MAX_IDENTIFIER_LENGTH)
    pin: str | None = Field(default=None, max_length=MAX_PIN_LENGTH)
    #: What the visitor chose on the lock screen before signing in: it becomes their preference.
    preferences: VisitorPreferences | None = None
    #: A group booking's session code, when the station is held for a group that admits
    #: whoever gives it (STATION_HELD's ``code_accepted``).
    hold_code: str | None = Field(default=None, max_length=32)


class VisitorInfo(BaseModel):
    identifier: str
    display_name: str | None = None
    category: str
    #: The visitor's reading preferences as the server keeps them (with the lock screen's
    #: choices of this sign-in): the screen applies them at sign-in. Empty from an older server.
    preferences: VisitorPreferences = Field(default_factory=VisitorPreferences)


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
    #: The term that sets ``granted_seconds``: "session", "daily", "weekly", "closing" or
    #: "booking" (the station's next hold, ``next_hold``), so the kiosk's warning and end can
    #: say why. None from an older server.
    bound_by: str | None = None
    #: The hold this session runs into, when ``bound_by`` is "booking".
    next_hold: HoldNotice | None = None


# --- events ---------------------------------------------------------------------------------------


class Event(BaseModel):
    """One station event. ``event_id`` and ``seq`` make replays harmless.

    Payloads by kind:

    - heartbeat: ``session_id`` (None when free), ``used_seconds``, ``remaining_seconds``,
      ``agent_version``; during a session also ``locked`` (the screen is locked: the visitor's
      away lock or a staff lock) and ``app_id`` (the catalogue app in use: the most recently
      started one still running; None for none). ``locked`` None: an older agent that sends
      neither. ``alerts``: the :class:`StationAlert` raised now (empty: none; an older agent
      sends none). Sent at once, off schedule, when any of these changes.
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
    - preferences_changed: ``session_id``, ``preferences`` (what the visitor chose; the server
      keeps them for the session's visitor)
    - desk_called: ``session_id`` (None from the lock screen); ``at`` is when the visitor
      called the desk (the server keeps one call per station, until answered or cancelled)
    - desk_call_cancelled: ``session_id``, ``detail``: why the call is over unanswered
      (:data:`DESK_CALL_ENDS`: the visitor cancelled it, signed in, or the session ended)
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
    #: Heartbeat: the station's alerts raised now; the server clears those it no longer lists.
    alerts: list[StationAlert] = Field(default_factory=list, max_length=MAX_STATION_ALERTS)
    #: A preferences_changed event's choices.
    preferences: VisitorPreferences | None = None


class EventBatch(BaseModel):
    events: list[Event] = Field(max_length=500)


class EventsAccepted(BaseModel):
    """Every event id of the batch that the server now holds (new or seen before)."""

    accepted: list[str]


# --- enrolment ------------------------------------------------------------------------------------


class EnrollRequest(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    #: As typed: letters and digits, spaces or dashes between them (the server drops those).
    code: str = Field(
        min_length=4, max_length=32, json_schema_extra={"pattern": ENROLMENT_CODE_PATTERN}
    )
    agent_version: str | None = Field(default=None, max_length=64)
    #: The name this PC asks for (``[server] station``, else its host name): used with a site's
    #: code for a fleet; a station's own code keeps the station's name and ignores it.
    station: str | None = Field(default=None, max_length=64)


class EnrollResponse(BaseModel):
    """The station's token (kept by the station, never shown again) and who it is."""

    token: str
    station: StationInfo
