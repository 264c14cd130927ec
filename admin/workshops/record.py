"""What an attendance sheet and an attendance certificate say, as plain data.

:meth:`admin.workshops.service.WorkshopService.record` gathers it in one read; the PDF
documents (``admin/workshops/documents.py``) only lay it out. Times are aware datetimes at the
site's zone, so a document prints the wall clock people saw.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from admin.core.timeutil import from_iso
from kiosk.protocol.workshops import Attendance, Workshop


@dataclass(frozen=True)
class RecordDate:
    date_id: int
    #: The slot at the site's wall clock.
    starts: datetime
    ends: datetime
    minutes: int
    over: bool


@dataclass(frozen=True)
class RecordPresence:
    date_id: int
    present: bool
    minutes: int
    #: Staff ticked (True) or unticked (False) it; None: from the sign-ins.
    ticked: bool | None
    no_show: bool


@dataclass(frozen=True)
class RecordParticipant:
    #: The registration (None: a walk-in with the code, never registered).
    registration_id: int | None
    visitor: str | None
    #: The visitor's display name, or the name of a registration without a card.
    name: str | None
    walk_in: bool
    #: One entry per date of the sheet the person counts at (a per-date registration: its
    #: date only), in date order.
    presences: tuple[RecordPresence, ...]

    @property
    def minutes(self) -> int:
        """Minutes attended over every date (the certificate's total)."""
        return sum(p.minutes for p in self.presences)

    @property
    def dates_attended(self) -> int:
        return sum(1 for p in self.presences if p.present)


@dataclass(frozen=True)
class WorkshopRecord:
    workshop_id: int
    kind: str
    #: Title and description by language (fr, nl, en: only those given).
    titles: Mapping[str, str]
    descriptions: Mapping[str, str]
    theme: str
    level: str
    language: str
    site: str
    timezone: str
    #: The site's language: the title every workshop has.
    site_language: str
    animateur: str
    capacity: int
    dates: tuple[RecordDate, ...]
    participants: tuple[RecordParticipant, ...]

    def title(self, language: str) -> str:
        """The title in ``language``, else in the site's language."""
        return self.titles.get(language) or self.titles[self.site_language]


def gather(workshop: Workshop, attendance: Attendance, row: Mapping[str, Any]) -> WorkshopRecord:
    zone = ZoneInfo(workshop.timezone)
    dates = tuple(
        RecordDate(
            date_id=d.date_id,
            starts=from_iso(d.starts_at).astimezone(zone),
            ends=from_iso(d.ends_at).astimezone(zone),
            minutes=int((from_iso(d.ends_at) - from_iso(d.starts_at)).total_seconds()) // 60,
            over=d.over,
        )
        for d in attendance.dates
    )
    people: dict[tuple[Any, ...], dict[str, Any]] = {}
    for d in attendance.dates:
        for a in d.attendees:
            key = ("reg", a.registration_id) if a.registration_id is not None else ("v", a.visitor)
            person = people.setdefault(
                key,
                {
                    "registration_id": a.registration_id,
                    "visitor": a.visitor,
                    "name": a.name,
                    "walk_in": a.walk_in,
                    "presences": [],
                },
            )
            person["presences"].append(
                RecordPresence(
                    date_id=d.date_id,
                    present=a.present,
                    minutes=a.minutes,
                    ticked=a.ticked,
                    no_show=a.no_show,
                )
            )
    names = dict(row.get("visitor_names") or {})
    participants = tuple(
        RecordParticipant(
            registration_id=p["registration_id"],
            visitor=p["visitor"],
            name=p["name"] or names.get(p["visitor"]),
            walk_in=p["walk_in"],
            presences=tuple(p["presences"]),
        )
        for p in people.values()
    )
    return WorkshopRecord(
        workshop_id=workshop.id,
        kind=workshop.kind.value,
        titles={k: v for k, v in workshop.title.model_dump().items() if v},
        descriptions={k: v for k, v in workshop.description.model_dump().items() if v},
        theme=workshop.theme,
        level=workshop.level.value,
        language=workshop.language,
        site=workshop.site,
        timezone=workshop.timezone,
        site_language=str(row["site_language"]),
        animateur=workshop.animateur,
        capacity=workshop.capacity,
        dates=dates,
        participants=participants,
    )
