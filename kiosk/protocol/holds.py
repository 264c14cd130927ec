"""Stations held ahead of time and the desk's queue, as staff, stations and the room see them.

One truth for "who may use which PC when": a **hold** of one station for a span of time
(``starts_at`` to ``ends_at``, UTC ISO 8601; shown in the site's ``timezone``). Its kind says
whom it admits (admin/holds/admission.py):

- ``visitor``: a booking of one PC for one visitor (their card claims it);
- ``group``: a block booking, a class or group on N PCs with a label: the cards listed, and/or
  anyone who gives the booking's session code;
- ``queue``: a PC held for the first in line at the desk (``number``: their ticket);
- ``workshop``: a workshop's slot (its participants; made by the workshops' service);
- ``class``: a teacher's class on a room's PCs (its pupils: listed cards or the pupils'
  category, and the teacher's card; made by the classes' service, admin/classes/).

Holds made together (a group on N PCs, a workshop's stations) share a ``booking`` id. A
``visitor`` or ``queue`` hold not claimed by ``claim_by`` is released (queue: expired) and the
PC goes to the next in line.

Refusals (``kiosk.protocol.enums.ErrorCode``, details in docs/ARCHITECTURE.md "Holds"):
STATION_HELD, HOLD_ELSEWHERE, HOLD_OVERLAP, HOLD_OUTSIDE_HOURS, HOLD_IN_PAST, ALREADY_QUEUED.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from kiosk.protocol.limits import (
    MAX_DISPLAY_NAME_LENGTH,
    MAX_IDENTIFIER_LENGTH,
    MAX_REASON_LENGTH,
)
from kiosk.protocol.text import Identifier, LineText, Name

#: Most stations one booking holds, and most cards a group booking lists.
MAX_HOLD_STATIONS = 100
MAX_HOLD_VISITORS = 200
#: Longest hold (hours) and how far ahead one may be made (days).
MAX_HOLD_HOURS = 14
MAX_HOLD_AHEAD_DAYS = 400
#: The per-site minutes (claim deadline of a booking, queue hold), their bounds and defaults.
CLAIM_MINUTES = (1, 120)
DEFAULT_CLAIM_MINUTES = 10
QUEUE_HOLD_MINUTES = (1, 60)
DEFAULT_QUEUE_HOLD_MINUTES = 5
#: A group booking's session code: letters and digits staff read out.
HOLD_CODE_PATTERN = r"^[A-Za-z0-9]{4,12}$"


class HoldKind(StrEnum):
    VISITOR = "visitor"
    GROUP = "group"
    QUEUE = "queue"
    WORKSHOP = "workshop"
    CLASS = "class"


class HoldState(StrEnum):
    #: Waiting for its visitor, or running (group and workshop holds stay held until they end).
    HELD = "held"
    #: The visitor's card signed in on it (visitor and queue holds; a group's first sign-in).
    CLAIMED = "claimed"
    #: Not claimed by its deadline: the PC went back to free access or the next in line.
    RELEASED = "released"
    CANCELLED = "cancelled"
    #: A queue hold its ticket did not claim in time.
    EXPIRED = "expired"


class TicketState(StrEnum):
    WAITING = "waiting"
    #: A PC is held for this ticket (``station``, until ``hold_until``).
    CALLED = "called"
    #: The ticket's card signed in on its PC.
    CLAIMED = "claimed"
    #: Called and not there in time: the PC went to the next in line.
    EXPIRED = "expired"
    CANCELLED = "cancelled"
    #: Staff served it at the desk (a name-only ticket signed in by staff).
    SERVED = "served"


class HoldNotice(BaseModel):
    """What a station and its lock screen know of a hold: "Reserved for « … » from 14:00 to
    16:00", "Reserved for number 42". Never a visitor's name or card."""

    id: int
    kind: HoldKind
    state: HoldState
    starts_at: str
    ends_at: str
    #: The booking's label (a group, a class, a workshop's title); None for a visitor's.
    label: str | None = None
    #: The queue ticket's number (queue holds).
    number: int | None = None
    #: When an unclaimed visitor or queue hold is released (None: not released for that).
    claim_by: str | None = None
    #: Whoever gives the booking's session code may use the station (a group or workshop
    #: booking with a code): the lock screen offers a field for it. False from an older server.
    code_accepted: bool = False


class Hold(HoldNotice):
    """A hold as staff see it."""

    booking: str
    station: str
    site: str
    timezone: str
    #: The visitor a visitor or queue hold admits (identifier), the cards a group lists.
    visitor: str | None = None
    visitors: list[str] = Field(default_factory=list)
    #: The group booking's session code, for staff to give out (None: cards only).
    code: str | None = None
    workshop_id: int | None = None
    ticket_id: int | None = None
    created_by: str | None = None
    created_at: str
    claimed_at: str | None = None


class HoldList(BaseModel):
    holds: list[Hold]


class BookingRequest(BaseModel):
    """Staff book stations (``POST /holds``): one visitor on one PC, or a group on N PCs.

    Times are ISO 8601: with an offset, or without one for the site's wall clock
    (``2026-03-29T14:00``: 14:00 in Brussels whatever the day's offset).
    """

    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")

    site: Name = Field(max_length=MAX_DISPLAY_NAME_LENGTH)
    #: Staff book these two kinds; queue and workshop holds are made by their own services.
    kind: Literal[HoldKind.VISITOR, HoldKind.GROUP] = HoldKind.VISITOR
    starts_at: str = Field(min_length=10, max_length=40)
    ends_at: str = Field(min_length=10, max_length=40)
    #: The stations by name; else ``count`` free ones of the site.
    stations: list[Name] = Field(default_factory=list, max_length=MAX_HOLD_STATIONS)
    count: int | None = Field(default=None, ge=1, le=MAX_HOLD_STATIONS)
    #: A visitor booking's visitor (identifier).
    visitor: Identifier | None = Field(default=None, max_length=MAX_IDENTIFIER_LENGTH)
    #: A group's cards.
    visitors: list[Identifier] = Field(default_factory=list, max_length=MAX_HOLD_VISITORS)
    label: LineText | None = Field(default=None, max_length=MAX_REASON_LENGTH)
    #: A group booking's session code (``HOLD_CODE_PATTERN``); ``new_code``: one made up.
    code: str | None = Field(default=None, pattern=HOLD_CODE_PATTERN)
    new_code: bool = False

    @model_validator(mode="after")
    def _kind_fields(self) -> BookingRequest:
        if self.kind not in (HoldKind.VISITOR, HoldKind.GROUP):
            raise ValueError("staff book 'visitor' or 'group' holds")
        if self.kind == HoldKind.VISITOR:
            if self.visitor is None:
                raise ValueError("a visitor booking needs its visitor")
            if self.visitors or self.code or self.new_code:
                raise ValueError("cards and codes are for group bookings")
            if len(self.stations) > 1 or (self.count or 1) > 1:
                raise ValueError("a visitor booking holds one station")
        else:
            if self.visitor is not None:
                raise ValueError("a group lists its cards in 'visitors'")
            if not self.label:
                raise ValueError("a group booking needs a label")
        if self.stations and self.count is not None:
            raise ValueError("give the stations or a count, not both")
        return self


class Booking(BaseModel):
    """The holds one booking made."""

    booking: str
    holds: list[Hold]


class HoldSettings(BaseModel):
    """A site's minutes: a booking's claim deadline and how long the queue holds a PC."""

    model_config = ConfigDict(extra="forbid")

    claim_minutes: int = Field(
        default=DEFAULT_CLAIM_MINUTES, ge=CLAIM_MINUTES[0], le=CLAIM_MINUTES[1]
    )
    queue_hold_minutes: int = Field(
        default=DEFAULT_QUEUE_HOLD_MINUTES, ge=QUEUE_HOLD_MINUTES[0], le=QUEUE_HOLD_MINUTES[1]
    )


# --- the queue ------------------------------------------------------------------------------------


class TicketRequest(BaseModel):
    """Staff take a number for a visitor (``POST /queue``): their card, or a name."""

    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")

    site: Name = Field(max_length=MAX_DISPLAY_NAME_LENGTH)
    visitor: Identifier | None = Field(default=None, max_length=MAX_IDENTIFIER_LENGTH)
    name: Name | None = Field(default=None, max_length=MAX_DISPLAY_NAME_LENGTH)

    @model_validator(mode="after")
    def _who(self) -> TicketRequest:
        if (self.visitor is None) == (self.name is None):
            raise ValueError("give the visitor's card or a name, one of them")
        return self


class CallRequest(BaseModel):
    """Staff call a ticket now, to a named free station or the first free one."""

    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")

    station: Name | None = Field(default=None, max_length=MAX_DISPLAY_NAME_LENGTH)


class Ticket(BaseModel):
    id: int
    site: str
    number: int
    day: str
    state: TicketState
    visitor: str | None = None
    name: str | None = None
    created_at: str
    #: Place in line among the waiting tickets (1: next), None once called or over.
    position: int | None = None
    #: Expected wait in seconds (waiting tickets), None when nothing running tells.
    expected_wait_seconds: int | None = None
    #: The PC held for a called ticket and until when.
    station: str | None = None
    hold_until: str | None = None


class SiteQueue(BaseModel):
    """A site's queue today: the tickets waiting or called, in order."""

    site: str
    site_id: int
    timezone: str
    tickets: list[Ticket]


class QueueList(BaseModel):
    queues: list[SiteQueue]
