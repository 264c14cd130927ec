"""Class sessions: a teacher holds a room's PCs for a slot and acts on all of them at once.

A **class** (``POST /classes``) belongs to a teacher (a staff account of role ``teacher``, or
an administrator or staff member of the site), a site, its PCs (named, else every enabled PC
of the site) and a slot. Starting it holds the PCs with a ``class`` hold (admin/holds/): during
the slot only its pupils sign in there (the cards listed in ``pupils``, and every account of
``pupil_category``, e.g. the school directory's pupils) and the teacher's own card
(``teacher_card``). Pupils get their own profile's software, the teacher theirs.

A running class takes one action on all its PCs (``POST /classes/{id}/{action}``): lock,
unlock, message, extend, end (the sessions end; the class goes on). Ending the class
(``DELETE /classes/{id}``) ends every session on its PCs (each station cleans up as after any
session) and releases the holds. The slot's end ends it too: pupils' sessions are granted to
the slot's end.

Refusals: NOT_TEACHER (403), CLASS_NOT_RUNNING, CLASS_ALREADY_RUNNING (409), and the holds'
HOLD_OVERLAP, HOLD_OUTSIDE_HOURS, HOLD_BAD_TIME, NO_FREE_STATION, NOT_FOUND.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, model_validator

from kiosk.protocol.holds import MAX_HOLD_STATIONS, MAX_HOLD_VISITORS
from kiosk.protocol.limits import (
    MAX_DISPLAY_NAME_LENGTH,
    MAX_EXTEND_MINUTES,
    MAX_IDENTIFIER_LENGTH,
    MAX_MESSAGE_LENGTH,
    MAX_REASON_LENGTH,
)
from kiosk.protocol.text import FilledLinesText, FilledLineText, Identifier, Name

#: The category of the school directory's pupils unless a class names another one.
DEFAULT_PUPIL_CATEGORY = "pupil"


class ClassAction(StrEnum):
    """What a teacher does to every PC of their running class."""

    LOCK = "lock"
    UNLOCK = "unlock"
    MESSAGE = "message"
    EXTEND = "extend"
    END = "end"  # the sessions end; the class (and its hold) goes on


class ClassState(StrEnum):
    PLANNED = "planned"  # its slot has not begun
    RUNNING = "running"
    ENDED = "ended"  # ended by the teacher, or its slot is over


class ClassRequest(BaseModel):
    """A teacher starts (or plans) a class. Times are ISO 8601, without offset at the site's
    wall clock; no ``starts_at``: now."""

    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")

    site: Name = Field(max_length=MAX_DISPLAY_NAME_LENGTH)
    title: FilledLineText = Field(max_length=MAX_REASON_LENGTH)
    starts_at: str | None = Field(default=None, min_length=10, max_length=40)
    ends_at: str = Field(min_length=10, max_length=40)
    #: The class's PCs by name; empty: every enabled PC of the site.
    stations: list[Name] = Field(default_factory=list, max_length=MAX_HOLD_STATIONS)
    #: Pupils by card, admitted besides every account of ``pupil_category``.
    pupils: list[Identifier] = Field(default_factory=list, max_length=MAX_HOLD_VISITORS)
    #: Accounts of this category are the class's pupils (None: only the listed cards).
    pupil_category: Name | None = Field(
        default=DEFAULT_PUPIL_CATEGORY, max_length=MAX_DISPLAY_NAME_LENGTH
    )
    #: Staff at the desk and the CLI start a class for this teacher (a teacher: themselves).
    teacher: Name | None = Field(default=None, max_length=MAX_DISPLAY_NAME_LENGTH)
    #: The teacher's own card, to sign in on the teacher's PC.
    teacher_card: Identifier | None = Field(default=None, max_length=MAX_IDENTIFIER_LENGTH)

    @model_validator(mode="after")
    def _someone_admitted(self) -> ClassRequest:
        if not self.pupils and not self.pupil_category:
            raise ValueError("a class lists its pupils' cards or names their category")
        return self


class ClassCommand(BaseModel):
    """The argument of a class action: ``text`` for message, ``minutes`` for extend."""

    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")

    text: FilledLinesText | None = Field(default=None, max_length=MAX_MESSAGE_LENGTH)
    minutes: int | None = Field(default=None, ge=1, le=MAX_EXTEND_MINUTES)


class ClassInfo(BaseModel):
    id: int
    site: str
    timezone: str
    teacher: str
    title: str
    state: ClassState
    starts_at: str
    ends_at: str
    stations: list[str]
    pupils: list[str] = Field(default_factory=list)
    pupil_category: str | None = None
    teacher_card: str | None = None
    booking: str
    ended_at: str | None = None


class ClassList(BaseModel):
    classes: list[ClassInfo]


class ClassActionResult(BaseModel):
    """What one class action did: the stations a command went to, and those skipped (no
    session to act on), each by name."""

    class_id: int
    action: ClassAction
    sent: list[str]
    skipped: list[str] = Field(default_factory=list)
