"""A workshop's attendance inside a transaction: who came to each date, staff's ticks, and
the record the attendance sheet and the certificates are printed from.

:class:`admin.workshops.service.WorkshopService` opens the transaction and calls these.
"""

from __future__ import annotations

from datetime import datetime

from sqlite_utils import Database

from admin.core import audit
from admin.core.actors import StaffMember
from admin.core.errors import Refused
from admin.core.timeutil import from_iso, to_iso
from admin.workshops import records, registrations
from admin.workshops.record import WorkshopRecord, gather
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.workshops import Attendance, AttendanceMark, RegistrationState


def attendance(
    db: Database, member: StaffMember | None, workshop_id: int, now: datetime
) -> Attendance:
    """Who came to each date (sign-ins on the held stations, staff's ticks), walk-ins,
    no-shows once a slot is over."""
    row = records.workshop_row(db, member, workshop_id)
    return Attendance(
        workshop_id=workshop_id,
        timezone=row["timezone"],
        dates=[
            records.date_attendance(db, row, d, now)
            for d in records.dates(db, workshop_id)
            if d["state"] == "planned"
        ],
    )


def tick(
    db: Database,
    member: StaffMember | None,
    workshop_id: int,
    mark: AttendanceMark,
    now: datetime,
) -> Attendance:
    """Staff tick or untick a registration at one date (``present`` None: take the tick
    back). Audited ``workshop.attend``."""

    row = records.workshop_row(db, member, workshop_id)
    date = records.date_row(db, row, mark.date_id)
    reg = registrations.registration_row(db, workshop_id, mark.registration_id)
    if reg["state"] != RegistrationState.REGISTERED or (
        reg["date_id"] is not None and reg["date_id"] != date["id"]
    ):
        raise Refused(
            ErrorCode.WORKSHOP_DATE_INVALID,
            "this registration is not for that date",
            {"reason": "not_registered", "registration_id": reg["id"]},
        )
    if from_iso(date["starts_at"]) > now:
        raise Refused(
            ErrorCode.WORKSHOP_DATE_INVALID,
            "the date has not started yet",
            {"reason": "not_started", "starts_at": date["starts_at"]},
        )
    if mark.present is None:
        db.execute(
            "DELETE FROM workshop_ticks WHERE date_id = ? AND registration_id = ?",
            [date["id"], reg["id"]],
        )
    else:
        db.execute(
            "INSERT INTO workshop_ticks (date_id, registration_id, present, staff_id, at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (date_id, registration_id) DO UPDATE"
            " SET present = excluded.present, staff_id = excluded.staff_id,"
            " at = excluded.at",
            [
                date["id"],
                reg["id"],
                int(mark.present),
                member.id if member else None,
                to_iso(now),
            ],
        )
    audit.record(
        db,
        at=to_iso(now),
        staff_id=member.id if member else None,
        action="workshop.attend",
        target=f"workshop:{workshop_id}",
        after={
            "date_id": date["id"],
            "registration_id": reg["id"],
            "visitor": reg["visitor"],
            "name": reg["name"],
            "present": mark.present,
        },
        site_id=row["site_id"],
    )
    return attendance(db, member, workshop_id, now)


def record(
    db: Database, member: StaffMember | None, workshop_id: int, now: datetime
) -> WorkshopRecord:
    """Everything an attendance sheet and a certificate say, as plain data."""

    row = records.workshop_row(db, member, workshop_id)
    taken = attendance(db, member, workshop_id, now)
    cards = {a.visitor for d in taken.dates for a in d.attendees if a.visitor}
    marks = ", ".join("?" for _ in cards) or "NULL"
    row["visitor_names"] = {
        r["identifier"]: r["display_name"]
        for r in db.query(
            f"SELECT identifier, display_name FROM visitors WHERE identifier IN ({marks})",
            sorted(cards),
        )
    }
    return gather(records.workshop(db, row), taken, row)
