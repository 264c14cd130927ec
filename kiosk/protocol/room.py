"""The stations as staff see them: the live room, the sessions, station administration."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from kiosk.protocol.command_status import CommandStatus
from kiosk.protocol.holds import HoldNotice, SiteQueue
from kiosk.protocol.limits import MAX_REASON_LENGTH, SITE_CODE_DAYS, SITE_CODE_USES
from kiosk.protocol.station import SiteInfo, StationAlert
from kiosk.protocol.text import NAME_TEMPLATE_PATTERN, LineText

# --- the live room --------------------------------------------------------------------------------


class StationState(StrEnum):
    """What a station's tile shows; the first that holds: offline, out of order, locked..."""

    FREE = "free"
    IN_USE = "in_use"
    OFFLINE = "offline"
    #: A session runs but its screen is locked (the visitor's away lock or a staff lock).
    LOCKED = "locked"
    #: Disabled by staff (``disabled_reason``); no sign-in until enabled.
    OUT_OF_ORDER = "out_of_order"


class RaisedAlert(BaseModel):
    """An alert the station raises in its heartbeats, and since when (the server's time)."""

    code: StationAlert
    since: str


class EnrolmentRefusalReason(StrEnum):
    """Why the server refused a known enrolment code of this station."""

    EXPIRED = "expired"
    #: The code was used already (by this station, or by another PC before it).
    USED = "used"


class EnrolmentRefusal(BaseModel):
    """The last refused attempt to enrol with one of this station's codes (until it enrols or
    heartbeats): a PC somewhere tried a stale code."""

    reason: EnrolmentRefusalReason
    at: str


class DeskCall(BaseModel):
    """The visitor on this station called the desk and waits for someone."""

    #: When the call was made (ISO 8601, UTC: the station's word, never in the server's
    #: future).
    since: str
    #: How long the visitor has waited, by the server's clock when the list was made.
    waited_seconds: int = Field(ge=0)
    #: The site's timezone, to show ``since`` at the site's clock.
    timezone: str


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
    #: The same app's names by language ("fr", "nl", "en"), for a console showing its own.
    app_names: dict[str, str] = Field(default_factory=dict)
    #: The last forbidden program the process guard found in this session: a warning.
    stopped_process: str | None = None
    #: What the guard did to it: "killed", or "reported" (the guard only reports, as root or
    #: windowed); None from a server that did not record it.
    stopped_action: Literal["killed", "reported"] | None = None
    granted_seconds: int | None = None
    started_at: str | None = None
    #: The station's commands not acknowledged yet, oldest first.
    pending: list[CommandStatus] = Field(default_factory=list)
    #: What the station says is wrong with its protection (its last heartbeat), oldest first.
    alerts: list[RaisedAlert] = Field(default_factory=list)
    #: A PC tried to enrol with a stale code of this station.
    enrolment_refused: EnrolmentRefusal | None = None
    #: How many error reports the station forwarded within the server's recent window (24 h):
    #: the tile shows a mark; staff read them at ``Paths.station_errors(name)``.
    recent_errors: int = 0
    #: The visitor called the desk and nobody answered yet (None: no call).
    desk_call: DeskCall | None = None
    #: The station's hold in effect now, else its next one today (None: none).
    hold: HoldNotice | None = None


class StationList(BaseModel):
    """Stations visible to a staff member; ``version`` feeds the next long-poll."""

    version: int
    stations: list[StationStatus]
    #: The queue of each of the member's sites where someone waits or is called.
    queues: list[SiteQueue] = Field(default_factory=list)


# --- station administration -----------------------------------------------------------------------


class EnrollCode(BaseModel):
    """A one-time code staff give a new station; it expires unused."""

    station: str
    code: str
    expires_at: str


class SiteEnrollCode(BaseModel):
    """One code for a fleet: enrols up to ``uses`` new stations of ``site`` until it expires.

    ``name_pattern``: the stations are named by the server from it (``LK-##`` gives LK-01,
    LK-02, … the first numbers free), whatever name a PC asks for; None: each PC's own name.
    """

    site: str
    code: str
    uses: int
    expires_at: str
    name_pattern: str | None = None


class SiteEnrollCodeRequest(BaseModel):
    """Staff ask for a site's fleet code (``POST /sites/{id}/enroll-code``)."""

    model_config = ConfigDict(extra="forbid")

    count: int = Field(
        ge=SITE_CODE_USES[0],
        le=SITE_CODE_USES[1],
        description="how many new stations the code enrols",
    )
    days: int = Field(
        ge=SITE_CODE_DAYS[0], le=SITE_CODE_DAYS[1], description="how many days the code is valid"
    )
    name_pattern: str | None = Field(
        default=None,
        max_length=64,
        json_schema_extra={"pattern": NAME_TEMPLATE_PATTERN},
        description="name the stations from this pattern: one run of 1 to 4 '#' is the number"
        " (LK-## → LK-01, LK-02, …); none: each PC's own name (its host name by default)",
    )


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
    #: As in :class:`StationStatus`.
    alerts: list[RaisedAlert] = Field(default_factory=list)
    enrolment_refused: EnrolmentRefusal | None = None


class StationDetailsList(BaseModel):
    stations: list[StationDetails]


class StationEnabledRequest(BaseModel):
    """Body of the staff enable/disable routes; ``reason`` is shown on a disabled station."""

    reason: LineText | None = Field(default=None, max_length=MAX_REASON_LENGTH)
    request_id: str | None = Field(default=None, min_length=1, max_length=64)


# --- sessions -------------------------------------------------------------------------------------


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
