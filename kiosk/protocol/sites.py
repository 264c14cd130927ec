"""Sites: opening hours, lock-screen texts and charter, the site list staff see."""

from __future__ import annotations

from typing import Annotated, Any, Literal, get_args

from pydantic import BaseModel, Field

from kiosk.protocol.limits import (
    DATE_PATTERN,
    HOURS_PATTERN,
    MAX_CHARTER_LENGTH,
    MAX_INTERVALS_PER_DAY,
    MAX_MESSAGE_LENGTH,
    MAX_READY_MESSAGES,
    MAX_REASON_LENGTH,
    MAX_SITE_DATES,
    MAX_SITE_MESSAGE_LENGTH,
)
from kiosk.protocol.text import DAY_SYNTAX, FilledLinesText, LinesText, LineText

SiteLanguage = Literal["fr", "nl", "en"]
Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
#: The week's days as the opening hours name them, Monday first.
WEEKDAYS: tuple[Weekday, ...] = get_args(Weekday)


#: What the schema promises of the same values: a real time of day ("24:00" only to close) and
#: a real date (29 February left out: a pattern cannot tell leap years). That an interval
#: opens before it closes and that a day's intervals do not overlap the server checks alone.
_HOUR = "(?:[01][0-9]|2[0-3]):[0-5][0-9]"
HOURS_SCHEMA: dict[str, Any] = {"pattern": f"^{_HOUR}-(?:{_HOUR}|24:00)$"}
DATE_SCHEMA: dict[str, Any] = {"pattern": f"^{DAY_SYNTAX}$"}

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
    #: The free-access hours are accompanied (an animateur on hand to help): the label report
    #: counts them as accompanied free-access hours (the Walloon label's).
    accompanied: bool = False


class SiteTexts(BaseModel):
    """Lock-screen message and rules/charter of a site, by language."""

    message: dict[SiteLanguage, SiteMessageText] = Field(default_factory=dict)
    charter: dict[SiteLanguage, CharterText] = Field(default_factory=dict)
    #: Whether visitors accept the charter once a day before their first session (guests:
    #: every session). None: yes when the site has a charter text.
    charter_required: bool | None = None


ReadyMessageText = Annotated[FilledLinesText, Field(max_length=MAX_MESSAGE_LENGTH)]


class ReadyMessage(BaseModel):
    """A message staff send without retyping it, in one to three languages."""

    #: Given by the server; ignored in a PUT (the list replaces the site's whole list).
    id: int | None = None
    texts: dict[SiteLanguage, ReadyMessageText] = Field(min_length=1)


class SiteReadyMessages(BaseModel):
    """A site's ready-made staff messages, in the order staff keep them.

    ``language``: the site's language; every message has a text in it (the server refuses one
    without: ``MESSAGE_LANGUAGE_MISSING``), and a station shows it when a message has none in
    the visitor's language.
    """

    language: SiteLanguage = "fr"
    messages: list[ReadyMessage] = Field(default_factory=list, max_length=MAX_READY_MESSAGES)


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
