"""Visitors, guest tickets and a visitor's usage, as staff manage them."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from kiosk.protocol.limits import (
    MAX_DISPLAY_NAME_LENGTH,
    MAX_IDENTIFIER_LENGTH,
    MAX_NOTES_LENGTH,
    MAX_REASON_LENGTH,
    MAX_SHORT_TEXT_LENGTH,
    PIN_PATTERN,
)
from kiosk.protocol.text import FilledLineText, Identifier, LinesText, LineText, Name, _never_null

#: What a visitor's age band, gender and status may be (statistics group by them; "": not
#: given): the funders' lists of the label report (< 12, 12-17, 18-24, 25-39, 40-59, 60-69, 70+).
AgeBand = Literal["", "0-11", "12-17", "18-24", "25-39", "40-59", "60-69", "70+"]
Gender = Literal["", "f", "m", "x"]
Status = Literal["", "school", "jobseeker", "employed", "retired", "other"]
#: The default communes: the 19 of the Brussels-Capital Region, and "outside" (outside
#: Brussels); a server's config may list others (admin/visitors/profile.py). A commune is a
#: lower-case code, or a postcode.
COMMUNES = (
    "anderlecht",
    "auderghem",
    "berchem-sainte-agathe",
    "bruxelles",
    "etterbeek",
    "evere",
    "forest",
    "ganshoren",
    "ixelles",
    "jette",
    "koekelberg",
    "molenbeek-saint-jean",
    "saint-gilles",
    "saint-josse-ten-noode",
    "schaerbeek",
    "uccle",
    "watermael-boitsfort",
    "woluwe-saint-lambert",
    "woluwe-saint-pierre",
    "outside",
)
COMMUNE_PATTERN = r"^[a-z0-9][a-z0-9-]{0,39}$|^$"


# --- visitors -------------------------------------------------------------------------------------


class VisitorDetail(BaseModel):
    """A visitor as staff see it; never the PIN, only whether there is one."""

    identifier: str
    display_name: str | None = None
    category: str
    age_band: str | None = None
    gender: str | None = None
    status: str | None = None
    commune: str | None = None
    birth_year: int | None = None
    first_visit: str | None = None  # YYYY-MM-DD
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
    status: Status | None = None
    #: A commune of the server's list, or a postcode (checked by the server).
    commune: str | None = Field(default=None, max_length=40, pattern=COMMUNE_PATTERN)
    #: Instead of a band: the band of each session's date is then computed from it.
    birth_year: int | None = Field(default=None, ge=1900, le=9999)
    first_visit: date | None = None
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
    status: Status | None = None
    #: A commune of the server's list, or a postcode (checked by the server).
    commune: str | None = Field(default=None, max_length=40, pattern=COMMUNE_PATTERN)
    #: Instead of a band: the band of each session's date is then computed from it.
    birth_year: int | None = Field(default=None, ge=1900, le=9999)
    first_visit: date | None = None
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


# --- guest tickets --------------------------------------------------------------------------------


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


# --- usage ledger ---------------------------------------------------------------------------------


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
