"""Workshops in the database, read: rows to models, participants, attendance, no-shows.

Every function runs inside the caller's transaction or read. Attendance is worked out when
read: a registered visitor is present at a date when one of their sessions on the date's held
stations covers at least :data:`MIN_PRESENT_SECONDS` of the slot, unless staff ticked or
unticked them (``workshop_ticks``); a visitor who is not registered and signed in there during
the slot (the walk-ins' code, a desk sign-in) is a walk-in; once the slot is over, a registered
person not present is a no-show.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from admin.core.actors import StaffMember
from admin.core.errors import Refused
from admin.core.timeutil import from_iso, to_iso
from admin.workshops.rules import overlap_seconds
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.workshops import (
    Attendee,
    DateAttendance,
    Descriptions,
    Registration,
    RegistrationState,
    Theme,
    Titles,
    Workshop,
    WorkshopDate,
)

#: Seconds of the slot a session must cover to mark its visitor present.
MIN_PRESENT_SECONDS = 60
LANGUAGES = ("fr", "nl", "en")

WORKSHOP_SQL = (
    "SELECT w.*, si.name AS site, si.timezone, si.language AS site_language,"
    " sf.username AS animateur, v.identifier AS animateur_card"
    " FROM workshops w JOIN sites si ON si.id = w.site_id JOIN staff sf ON sf.id = w.animateur_id"
    " LEFT JOIN visitors v ON v.id = w.animateur_visitor_id"
)
REGISTRATION_SQL = (
    "SELECT r.*, v.identifier AS visitor FROM workshop_registrations r"
    " LEFT JOIN visitors v ON v.id = r.visitor_id"
)


def theme(row: Mapping[str, Any]) -> Theme:
    labels = {lang: row[f"label_{lang}"] for lang in LANGUAGES if row[f"label_{lang}"]}
    return Theme(code=row["code"], labels=Titles(**labels))


def workshop_row(db: Database, member: StaffMember | None, workshop_id: int) -> dict[str, Any]:
    """The workshop's row, if the member may see its site (else NOT_FOUND, as a missing one)."""
    row = next(db.query(f"{WORKSHOP_SQL} WHERE w.id = ?", [workshop_id]), None)
    if row is None or (member is not None and not member.can_see(int(row["site_id"]))):
        raise Refused(ErrorCode.NOT_FOUND, f"no workshop {workshop_id}", {"workshop": workshop_id})
    return dict(row)


def dates(db: Database, workshop_id: int) -> list[dict[str, Any]]:
    return [
        dict(r)
        for r in db.query(
            "SELECT * FROM workshop_dates WHERE workshop_id = ? ORDER BY starts_at", [workshop_id]
        )
    ]


def date_row(db: Database, workshop: Mapping[str, Any], date_id: int) -> dict[str, Any]:
    row = next(
        db.query(
            "SELECT * FROM workshop_dates WHERE id = ? AND workshop_id = ?",
            [date_id, workshop["id"]],
        ),
        None,
    )
    if row is None:
        raise Refused(
            ErrorCode.WORKSHOP_DATE_INVALID,
            f"date {date_id} is not one of this workshop's",
            {"reason": "unknown", "date_id": date_id},
        )
    return dict(row)


def held_stations(db: Database, booking: str) -> list[dict[str, Any]]:
    return [
        dict(r)
        for r in db.query(
            "SELECT h.station_id, st.name FROM station_holds h"
            " JOIN stations st ON st.id = h.station_id WHERE h.booking = ? ORDER BY st.name",
            [booking],
        )
    ]


def counts(db: Database, workshop_id: int, date_id: int | None) -> tuple[int, int]:
    """Registered and waitlisted registrations for a date (None: the series)."""
    row = next(
        db.query(
            "SELECT COALESCE(SUM(state = 'registered'), 0) AS registered,"
            " COALESCE(SUM(state = 'waitlisted'), 0) AS waitlisted"
            " FROM workshop_registrations WHERE workshop_id = ? AND date_id IS ?",
            [workshop_id, date_id],
        )
    )
    return int(row["registered"]), int(row["waitlisted"])


def workshop(db: Database, row: Mapping[str, Any]) -> Workshop:
    series = row["registration"] == "series"
    made = []
    for d in dates(db, row["id"]):
        registered, waitlisted = counts(db, row["id"], None if series else d["id"])
        made.append(
            WorkshopDate(
                id=d["id"],
                starts_at=d["starts_at"],
                ends_at=d["ends_at"],
                state=d["state"],
                booking=d["booking"],
                stations=[s["name"] for s in held_stations(db, d["booking"])],
                registered=registered,
                waitlisted=waitlisted,
            )
        )
    return Workshop(
        id=row["id"],
        site=row["site"],
        site_id=row["site_id"],
        timezone=row["timezone"],
        kind=row["kind"],
        title=Titles(**{k: row[f"title_{k}"] for k in LANGUAGES if row[f"title_{k}"]}),
        description=Descriptions(
            **{k: row[f"description_{k}"] for k in LANGUAGES if row[f"description_{k}"]}
        ),
        theme=row["theme"],
        level=row["level"],
        language=row["language"],
        animateur=row["animateur"],
        animateur_card=row["animateur_card"],
        capacity=row["capacity"],
        walk_ins=bool(row["walk_ins"]),
        code=row["code"],
        registration=row["registration"],
        state=row["state"],
        dates=made,
        created_at=row["created_at"],
    )


def registration_rows(
    db: Database, workshop_id: int, where: str = "1", params: tuple[Any, ...] = ()
) -> list[dict[str, Any]]:
    return [
        dict(r)
        for r in db.query(
            f"{REGISTRATION_SQL} WHERE r.workshop_id = ? AND {where} ORDER BY r.rank",
            [workshop_id, *params],
        )
    ]


def registration(db: Database, row: Mapping[str, Any]) -> Registration:
    position = None
    if row["state"] == RegistrationState.WAITLISTED:
        ahead = next(
            db.query(
                "SELECT COUNT(*) AS n FROM workshop_registrations WHERE workshop_id = ?"
                " AND date_id IS ? AND state = 'waitlisted' AND rank < ?",
                [row["workshop_id"], row["date_id"], row["rank"]],
            )
        )
        position = int(ahead["n"]) + 1
    return Registration(
        id=row["id"],
        workshop_id=row["workshop_id"],
        date_id=row["date_id"],
        visitor=row["visitor"],
        name=row["name"],
        gender=row["gender"],
        age_band=row["age_band"],
        status=row["status"],
        commune=row["commune"],
        state=row["state"],
        position=position,
        created_at=row["created_at"],
        cancelled_at=row["cancelled_at"],
    )


def participants(db: Database, workshop: Mapping[str, Any], date_id: int) -> list[int]:
    """The cards a date's holds admit: its registered visitors and the animateur's card."""
    found = [
        int(r["visitor_id"])
        for r in db.query(
            "SELECT visitor_id FROM workshop_registrations WHERE workshop_id = ?"
            " AND state = 'registered' AND visitor_id IS NOT NULL"
            " AND (date_id IS NULL OR date_id = ?) ORDER BY rank",
            [workshop["id"], date_id],
        )
    ]
    if workshop["animateur_visitor_id"] is not None:
        found.append(int(workshop["animateur_visitor_id"]))
    return found


# --- attendance ---------------------------------------------------------------------------


def _session_spans(
    db: Database, booking: str, start: datetime, end: datetime, now: datetime
) -> dict[int, list[tuple[datetime, datetime]]]:
    """Each visitor's session spans on the date's held stations that meet the slot."""
    spans: dict[int, list[tuple[datetime, datetime]]] = {}
    for row in db.query(
        "SELECT s.visitor_id, s.started_at, s.ended_at, s.state FROM sessions s"
        " WHERE s.station_id IN (SELECT station_id FROM station_holds WHERE booking = ?)"
        " AND s.started_at < ? AND (s.ended_at IS NULL OR s.ended_at > ?)"
        # a session without its visitor (pseudonymised, erased: m030) is nobody's presence
        " AND s.visitor_id IS NOT NULL",
        [booking, to_iso(end), to_iso(start)],
    ):
        began = from_iso(row["started_at"])
        finished = from_iso(row["ended_at"]) if row["ended_at"] else now
        spans.setdefault(int(row["visitor_id"]), []).append((began, min(finished, now)))
    return spans


@dataclass(frozen=True)
class _Scope:
    """The registrations a date counts: of the series, or of this date."""

    workshop: Mapping[str, Any]
    date: Mapping[str, Any]

    @property
    def date_id(self) -> int | None:
        return None if self.workshop["registration"] == "series" else int(self.date["id"])


def date_attendance(
    db: Database, workshop: Mapping[str, Any], date: Mapping[str, Any], now: datetime
) -> DateAttendance:
    start, end = from_iso(date["starts_at"]), from_iso(date["ends_at"])
    over = now >= end
    spans = _session_spans(db, date["booking"], start, end, now)
    ticks = {
        int(r["registration_id"]): bool(r["present"])
        for r in db.query("SELECT * FROM workshop_ticks WHERE date_id = ?", [date["id"]])
    }
    slot_minutes = int((end - start).total_seconds()) // 60
    attendees: list[Attendee] = []
    registered: set[int] = set()
    for reg in registration_rows(
        db,
        workshop["id"],
        "r.date_id IS ? AND r.state = 'registered' AND r.created_at < ?",
        (_Scope(workshop, date).date_id, date["ends_at"]),
    ):
        seconds = 0
        if reg["visitor_id"] is not None:
            registered.add(int(reg["visitor_id"]))
            seconds = overlap_seconds(start, end, spans.get(int(reg["visitor_id"]), []))
        ticked = ticks.get(int(reg["id"]))
        present = ticked if ticked is not None else seconds >= MIN_PRESENT_SECONDS
        minutes = seconds // 60 if seconds >= MIN_PRESENT_SECONDS else 0
        if ticked is True and minutes == 0:
            minutes = slot_minutes
        if not present:
            minutes = 0
        attendees.append(
            Attendee(
                registration_id=reg["id"],
                visitor=reg["visitor"],
                name=reg["name"],
                present=present,
                ticked=ticked,
                minutes=minutes,
                no_show=over and not present,
            )
        )
    animateur = workshop["animateur_visitor_id"]
    for visitor_id, visitor_spans in sorted(spans.items()):
        if visitor_id in registered or visitor_id == animateur:
            continue
        seconds = overlap_seconds(start, end, visitor_spans)
        if seconds < MIN_PRESENT_SECONDS:
            continue
        identifier = next(db.query("SELECT identifier FROM visitors WHERE id = ?", [visitor_id]))
        attendees.append(
            Attendee(
                visitor=identifier["identifier"],
                present=True,
                minutes=seconds // 60,
                walk_in=True,
            )
        )
    return DateAttendance(
        date_id=date["id"],
        starts_at=date["starts_at"],
        ends_at=date["ends_at"],
        over=over,
        attendees=attendees,
    )


def no_shows(db: Database, site_id: int, visitor_id: int, now: datetime) -> list[datetime]:
    """The ends of the slots at the site's workshops the visitor registered for and missed."""
    missed: list[datetime] = []
    for reg in db.query(
        "SELECT DISTINCT r.workshop_id FROM workshop_registrations r"
        " JOIN workshops w ON w.id = r.workshop_id"
        " WHERE r.visitor_id = ? AND w.site_id = ? AND r.state = 'registered'",
        [visitor_id, site_id],
    ):
        workshop = next(db.query(f"{WORKSHOP_SQL} WHERE w.id = ?", [reg["workshop_id"]]))
        for date in dates(db, workshop["id"]):
            if date["state"] != "planned" or from_iso(date["ends_at"]) > now:
                continue
            for attendee in date_attendance(db, workshop, date, now).attendees:
                if attendee.no_show and attendee.registration_id in _ids_of(db, reg, visitor_id):
                    missed.append(from_iso(date["ends_at"]))
    return missed


def _ids_of(db: Database, reg: Mapping[str, Any], visitor_id: int) -> set[int]:
    return {
        int(r["id"])
        for r in db.query(
            "SELECT id FROM workshop_registrations WHERE workshop_id = ? AND visitor_id = ?",
            [reg["workshop_id"], visitor_id],
        )
    }
