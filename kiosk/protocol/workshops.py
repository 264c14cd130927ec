"""Workshops as staff see them: initiations, trainings, workshops and courses on held PCs.

A **workshop** has a kind, a title and description in French, Dutch and/or English (at least
the site's language), a theme from the city's list (``Theme``), a level, the language it is
given in, an animateur (a staff account, and optionally the visitor card they sign in with at a
kiosk), a capacity and the stations it holds. Its **dates** are one slot, or a weekly series
of N weeks at the site's wall clock (14:00 stays 14:00 across a DST change); each date holds its
stations (a ``workshop`` hold, kiosk/protocol/holds.py) for its participants, the animateur's
card and, when walk-ins are allowed, anyone giving the session ``code``.

People **register** for the whole series or for one date (``registration``), by card or by
name only (with the label report's optional statistics fields); past the capacity they go on
the waitlist, promoted in order when a place frees. **Attendance** comes from the sign-ins on
the held stations during the slot (minutes attended) and from staff's ticks.

Refusals (``ErrorCode``): ALREADY_REGISTERED, REGISTRATION_PAUSED (``details.until``, the
date the pause ends), WORKSHOP_TEXT_MISSING, THEME_UNKNOWN, THEME_IN_USE, WORKSHOP_CLOSED,
WORKSHOP_DATE_INVALID, CAPACITY_TOO_SMALL; a date's holds: HOLD_OUTSIDE_HOURS, HOLD_OVERLAP, HOLD_BAD_TIME,
NO_FREE_STATION (docs/ARCHITECTURE.md, "Workshops").
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator

from kiosk.protocol.holds import HOLD_CODE_PATTERN, MAX_HOLD_HOURS, MAX_HOLD_STATIONS
from kiosk.protocol.limits import (
    MAX_DISPLAY_NAME_LENGTH,
    MAX_IDENTIFIER_LENGTH,
    MAX_JSON_INT,
    MAX_NOTES_LENGTH,
    MAX_REASON_LENGTH,
)
from kiosk.protocol.people import COMMUNE_PATTERN, AgeBand, Gender, Status
from kiosk.protocol.text import FilledLineText, Identifier, LinesText, Name

#: Most participants a workshop takes, and most weeks a series runs.
MAX_CAPACITY = 200
MAX_WEEKS = 52
#: A theme's code: lower-case letters, digits and dashes.
THEME_PATTERN = r"^[a-z0-9][a-z0-9-]{0,31}$"
#: The language a workshop is given in: an ISO 639-1 code ("fr", "nl", "ar", ...).
LANGUAGE_PATTERN = r"^[a-z]{2}$"
#: A date and time at the site's wall clock, minutes precision ("2026-03-10T14:00").
LOCAL_MOMENT_PATTERN = r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}$"
#: The no-show rule's bounds (a count, days).
NO_SHOW_LIMIT = (1, 50)
NO_SHOW_DAYS = (1, 366)

#: The themes every server starts with (staff add, rename and remove them).
DEFAULT_THEMES: dict[str, dict[str, str]] = {
    "web": {"fr": "Internet", "nl": "Internet", "en": "The web"},
    "email": {"fr": "E-mail", "nl": "E-mail", "en": "E-mail"},
    "office": {"fr": "Bureautique", "nl": "Kantoortoepassingen", "en": "Office software"},
    "multimedia": {"fr": "Multimédia", "nl": "Multimedia", "en": "Multimedia"},
    "admin-online": {
        "fr": "Démarches administratives en ligne",
        "nl": "Administratie online",
        "en": "Administrative procedures online",
    },
    "job-search": {"fr": "Recherche d'emploi", "nl": "Werk zoeken", "en": "Job search"},
    "content": {
        "fr": "Créer du contenu (site, blog)",
        "nl": "Inhoud maken (website, blog)",
        "en": "Creating content (site, blog)",
    },
    "security": {"fr": "Sécurité", "nl": "Veiligheid", "en": "Security"},
}


class WorkshopKind(StrEnum):
    INITIATION = "initiation"
    TRAINING = "training"
    WORKSHOP = "workshop"
    COURSE = "course"


class WorkshopLevel(StrEnum):
    BEGINNER = "beginner"
    INTERMEDIATE = "intermediate"
    ADVANCED = "advanced"
    ALL = "all"


class RegistrationMode(StrEnum):
    #: One registration for every date of the series.
    SERIES = "series"
    #: A registration per date.
    DATE = "date"


class RegistrationState(StrEnum):
    REGISTERED = "registered"
    WAITLISTED = "waitlisted"
    CANCELLED = "cancelled"


#: The label report's statistics fields of a registration without an account ("": not given;
#: the gender as a visitor's, kiosk.protocol.people). The funders' age bands, finer than the
#: visitors' own until the label report gives visitors the same ones.
ReportAgeBand = AgeBand
#: A commune's code or a postcode; the server checks it against its list (kiosk.protocol.people
#: COMMUNES by default).
Commune = Annotated[str, Field(pattern=COMMUNE_PATTERN)]

TitleText = FilledLineText
DescriptionText = LinesText


class Titles(BaseModel):
    """A title per language (fr, nl, en); the site's language at least (checked by the server)."""

    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")

    fr: TitleText | None = Field(default=None, max_length=MAX_REASON_LENGTH)
    nl: TitleText | None = Field(default=None, max_length=MAX_REASON_LENGTH)
    en: TitleText | None = Field(default=None, max_length=MAX_REASON_LENGTH)


class Descriptions(BaseModel):
    """A description per language (fr, nl, en), all optional."""

    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")

    fr: DescriptionText | None = Field(default=None, max_length=MAX_NOTES_LENGTH)
    nl: DescriptionText | None = Field(default=None, max_length=MAX_NOTES_LENGTH)
    en: DescriptionText | None = Field(default=None, max_length=MAX_NOTES_LENGTH)


# --- themes ---------------------------------------------------------------------------------


class Theme(BaseModel):
    code: str = Field(pattern=THEME_PATTERN)
    labels: Titles


class ThemeList(BaseModel):
    themes: list[Theme]


class ThemeLabels(BaseModel):
    """A theme's names (``PUT /workshop-themes/{code}``: added, or renamed)."""

    model_config = ConfigDict(extra="forbid")

    labels: Titles


# --- workshops ------------------------------------------------------------------------------


class WorkshopRequest(BaseModel):
    """A new workshop and its dates (``POST /workshops``).

    ``starts_at`` is the first date at the site's wall clock; ``weeks`` > 1 repeats it every
    week at the same wall time. Stations: the ``stations`` named, else ``station_count`` free
    ones, else as many free ones as the capacity. ``walk_ins``: anyone giving the session code
    is admitted (``code``, or one made up).
    """

    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")

    site: Name = Field(max_length=MAX_DISPLAY_NAME_LENGTH)
    kind: WorkshopKind
    title: Titles
    description: Descriptions = Field(default_factory=Descriptions)
    theme: str = Field(pattern=THEME_PATTERN)
    level: WorkshopLevel = WorkshopLevel.BEGINNER
    language: str = Field(default="fr", pattern=LANGUAGE_PATTERN)
    #: The animateur's staff account (username).
    animateur: Name = Field(max_length=MAX_DISPLAY_NAME_LENGTH)
    #: The visitor card the animateur signs in with at a held station (admitted like a
    #: participant, never counted as one).
    animateur_card: Identifier | None = Field(default=None, max_length=MAX_IDENTIFIER_LENGTH)
    capacity: int = Field(ge=1, le=MAX_CAPACITY)
    stations: list[Name] = Field(default_factory=list, max_length=MAX_HOLD_STATIONS)
    station_count: int | None = Field(default=None, ge=1, le=MAX_HOLD_STATIONS)
    walk_ins: bool = False
    code: str | None = Field(default=None, pattern=HOLD_CODE_PATTERN)
    registration: RegistrationMode = RegistrationMode.SERIES
    starts_at: str = Field(pattern=LOCAL_MOMENT_PATTERN)
    minutes: int = Field(ge=15, le=MAX_HOLD_HOURS * 60)
    weeks: int = Field(default=1, ge=1, le=MAX_WEEKS)

    @model_validator(mode="after")
    def _cross_fields(self) -> WorkshopRequest:
        if self.stations and self.station_count is not None:
            raise ValueError("give the stations or a count, not both")
        if self.code is not None and not self.walk_ins:
            raise ValueError("a session code is for walk-ins: set walk_ins")
        return self


class WorkshopUpdate(BaseModel):
    """What staff change of a workshop (``PATCH /workshops/{id}``); a field left out is kept.
    A larger capacity promotes the waitlist; one below the registered count is refused."""

    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")

    title: Titles | None = None
    description: Descriptions | None = None
    theme: str | None = Field(default=None, pattern=THEME_PATTERN)
    level: WorkshopLevel | None = None
    language: str | None = Field(default=None, pattern=LANGUAGE_PATTERN)
    capacity: int | None = Field(default=None, ge=1, le=MAX_CAPACITY)


class WorkshopDate(BaseModel):
    id: int
    starts_at: str
    ends_at: str
    #: planned, or cancelled (its holds cancelled).
    state: str
    #: The holds' booking of this date (kiosk/protocol/holds.py) and the PCs it holds.
    booking: str
    stations: list[str]
    #: Registrations for this date (per-date registration), else for the series.
    registered: int
    waitlisted: int


class Workshop(BaseModel):
    id: int
    site: str
    site_id: int
    timezone: str
    kind: WorkshopKind
    title: Titles
    description: Descriptions
    theme: str
    level: WorkshopLevel
    language: str
    animateur: str
    animateur_card: str | None = None
    capacity: int
    walk_ins: bool
    #: The walk-ins' session code (None: cards only).
    code: str | None = None
    registration: RegistrationMode
    state: str
    dates: list[WorkshopDate]
    created_at: str


class WorkshopList(BaseModel):
    workshops: list[Workshop]


# --- registrations --------------------------------------------------------------------------


class RegistrationRequest(BaseModel):
    """Register someone (``POST /workshops/{id}/registrations``): a visitor's card, or a name
    with the label report's optional fields. ``date_id`` for a per-date workshop."""

    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")

    visitor: Identifier | None = Field(default=None, max_length=MAX_IDENTIFIER_LENGTH)
    name: Name | None = Field(default=None, max_length=MAX_DISPLAY_NAME_LENGTH)
    gender: Gender = ""
    age_band: ReportAgeBand = ""
    status: Status = ""
    commune: Commune = ""
    date_id: int | None = Field(default=None, ge=1, le=MAX_JSON_INT)

    @model_validator(mode="after")
    def _who(self) -> RegistrationRequest:
        if (self.visitor is None) == (self.name is None):
            raise ValueError("give the visitor's card or a name, one of them")
        if self.visitor is not None and (
            self.gender or self.age_band or self.status or self.commune
        ):
            raise ValueError("the statistics fields are for a registration without a card")
        return self


class Registration(BaseModel):
    id: int
    workshop_id: int
    #: The date registered for (per-date registration), None: the whole series.
    date_id: int | None = None
    visitor: str | None = None
    name: str | None = None
    gender: str = ""
    age_band: str = ""
    status: str = ""
    commune: str = ""
    state: RegistrationState
    #: Place on the waitlist (1: next promoted), None unless waitlisted.
    position: int | None = None
    created_at: str
    cancelled_at: str | None = None


class RegistrationList(BaseModel):
    registrations: list[Registration]


# --- attendance -----------------------------------------------------------------------------


class AttendanceMark(BaseModel):
    """Staff tick (``present`` true) or untick a registration's presence at one date; ``null``
    takes the tick back (the sign-ins decide again)."""

    model_config = ConfigDict(extra="forbid")

    date_id: int = Field(ge=1, le=MAX_JSON_INT)
    registration_id: int = Field(ge=1, le=MAX_JSON_INT)
    present: bool | None


class Attendee(BaseModel):
    registration_id: int | None = None
    visitor: str | None = None
    name: str | None = None
    #: Present (a sign-in on a held station during the slot, or staff's tick).
    present: bool
    #: Staff ticked (True) or unticked (False) it; None: from the sign-ins alone.
    ticked: bool | None = None
    #: Minutes attended: from the sessions on the held stations during the slot; a tick
    #: without a session counts the whole slot.
    minutes: int
    #: Signed in with the walk-ins' code, not registered.
    walk_in: bool = False
    #: The slot is over and this registered person did not come.
    no_show: bool = False


class DateAttendance(BaseModel):
    date_id: int
    starts_at: str
    ends_at: str
    #: The slot has ended (no-shows are counted only then).
    over: bool
    attendees: list[Attendee]


class Attendance(BaseModel):
    workshop_id: int
    timezone: str
    dates: list[DateAttendance]


# --- a site's rule --------------------------------------------------------------------------


class NoShowRule(BaseModel):
    """A site's no-show rule: after ``limit`` no-shows within ``period_days``, registrations
    paused for ``pause_days``. ``limit`` null: off (the default)."""

    model_config = ConfigDict(extra="forbid")

    limit: int | None = Field(default=None, ge=NO_SHOW_LIMIT[0], le=NO_SHOW_LIMIT[1])
    period_days: int = Field(default=90, ge=NO_SHOW_DAYS[0], le=NO_SHOW_DAYS[1])
    pause_days: int = Field(default=30, ge=NO_SHOW_DAYS[0], le=NO_SHOW_DAYS[1])
