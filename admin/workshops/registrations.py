"""A workshop's registrations inside a transaction: register, cancel, the waitlist's
promotion, the no-show pause, and keeping the holds' listed visitors in step.

:class:`admin.workshops.service.WorkshopService` opens the transaction (``Store.write``) and
calls these; each takes the database, the member (None: the CLI on the server) and the time.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from admin.core import audit
from admin.core.actors import StaffMember
from admin.core.errors import Refused
from admin.core.timeutil import from_iso, to_iso
from admin.holds import book
from admin.workshops import records
from admin.workshops.rules import pause
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.workshops import (
    NoShowRule,
    Registration,
    RegistrationList,
    RegistrationRequest,
    RegistrationState,
)


def refuse_closed(reason: str, message: str) -> Refused:
    return Refused(ErrorCode.WORKSHOP_CLOSED, message, {"reason": reason})


def visitor_id_of(db: Database, identifier: str) -> int:
    row = next(db.query("SELECT id FROM visitors WHERE identifier = ?", [identifier]), None)
    if row is None:
        raise Refused(ErrorCode.NOT_FOUND, f"no visitor {identifier!r}", {"visitor": identifier})
    return int(row["id"])


def load_rule(db: Database, site_id: int) -> NoShowRule:
    row = next(
        db.query(
            "SELECT noshow_limit, noshow_period_days, noshow_pause_days FROM sites WHERE id = ?",
            [site_id],
        )
    )
    return NoShowRule(
        limit=row["noshow_limit"],
        period_days=row["noshow_period_days"],
        pause_days=row["noshow_pause_days"],
    )


def write_rule(db: Database, site_id: int, rule: NoShowRule) -> None:
    db.execute(
        "UPDATE sites SET noshow_limit = ?, noshow_period_days = ?, noshow_pause_days = ?"
        " WHERE id = ?",
        [rule.limit, rule.period_days, rule.pause_days, site_id],
    )


def register(
    db: Database,
    member: StaffMember | None,
    workshop_id: int,
    request: RegistrationRequest,
    now: datetime,
) -> Registration:
    """Register a card or a name; past the capacity, on the waitlist. Refused:
    ALREADY_REGISTERED, REGISTRATION_PAUSED (with the date it ends), WORKSHOP_CLOSED,
    WORKSHOP_DATE_INVALID, NOT_FOUND (an unknown card)."""

    row = records.workshop_row(db, member, workshop_id)
    date_id = registration_scope(db, row, request.date_id, now)
    visitor_id = visitor_id_of(db, request.visitor) if request.visitor else None
    if visitor_id is not None:
        twice = next(
            db.query(
                "SELECT id, state FROM workshop_registrations WHERE workshop_id = ?"
                " AND date_id IS ? AND visitor_id = ? AND state <> 'cancelled'",
                [workshop_id, date_id, visitor_id],
            ),
            None,
        )
        if twice is not None:
            raise Refused(
                ErrorCode.ALREADY_REGISTERED,
                "this visitor is registered already",
                {"registration_id": twice["id"], "state": twice["state"]},
            )
        check_pause(db, row, visitor_id, now)
    registered, _ = records.counts(db, workshop_id, date_id)
    state = (
        RegistrationState.REGISTERED
        if registered < row["capacity"]
        else RegistrationState.WAITLISTED
    )
    rank = next(
        db.query(
            "SELECT COALESCE(MAX(rank), 0) + 1 AS next FROM workshop_registrations"
            " WHERE workshop_id = ?",
            [workshop_id],
        )
    )["next"]
    cursor = db.execute(
        "INSERT INTO workshop_registrations (workshop_id, date_id, visitor_id, name,"
        " gender, age_band, status, commune, state, rank, created_by, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            workshop_id,
            date_id,
            visitor_id,
            request.name,
            request.gender,
            request.age_band,
            request.status,
            request.commune,
            state.value,
            rank,
            member.id if member else None,
            to_iso(now),
        ],
    )
    registration_id = int(cursor.lastrowid or 0)
    audit.record(
        db,
        at=to_iso(now),
        staff_id=member.id if member else None,
        action="workshop.register",
        target=f"workshop:{workshop_id}",
        after={
            "registration_id": registration_id,
            "visitor": request.visitor,
            "name": request.name,
            "date_id": date_id,
            "state": state.value,
        },
        site_id=row["site_id"],
    )
    sync_members(db, row)
    return registration(db, workshop_id, registration_id)


def unregister(
    db: Database,
    member: StaffMember | None,
    workshop_id: int,
    registration_id: int,
    now: datetime,
) -> Registration:
    """Cancel a registration; the first on the waitlist takes the place freed."""
    row = records.workshop_row(db, member, workshop_id)
    reg = registration_row(db, workshop_id, registration_id)
    if reg["state"] == RegistrationState.CANCELLED:
        raise refuse_closed("cancelled", "this registration is cancelled already")
    db.execute(
        "UPDATE workshop_registrations SET state = 'cancelled', cancelled_at = ? WHERE id = ?",
        [to_iso(now), registration_id],
    )
    audit.record(
        db,
        at=to_iso(now),
        staff_id=member.id if member else None,
        action="workshop.unregister",
        target=f"workshop:{workshop_id}",
        before={"registration_id": registration_id, "state": reg["state"]},
        after={"registration_id": registration_id, "state": "cancelled"},
        site_id=row["site_id"],
    )
    promote(db, member, row, reg["date_id"], now)
    sync_members(db, row)
    return registration(db, workshop_id, registration_id)


def listing(
    db: Database, member: StaffMember | None, workshop_id: int, every: bool = False
) -> RegistrationList:
    """Registered then waitlisted people in order (``every``: the cancelled ones too)."""

    records.workshop_row(db, member, workshop_id)
    where = "1" if every else "r.state <> 'cancelled'"
    rows = records.registration_rows(db, workshop_id, where)
    order = {"registered": 0, "waitlisted": 1, "cancelled": 2}
    rows.sort(key=lambda r: (order[r["state"]], r["rank"]))
    return RegistrationList(registrations=[records.registration(db, r) for r in rows])


def scopes(db: Database, row: Mapping[str, Any]) -> list[int | None]:
    if row["registration"] == "series":
        return [None]
    return [int(d["id"]) for d in records.dates(db, row["id"])]


def registration_scope(
    db: Database, row: Mapping[str, Any], date_id: int | None, now: datetime
) -> int | None:
    """The date registered for (None: the series), or refused."""
    if row["state"] != "planned":
        raise refuse_closed("cancelled", "this workshop is cancelled")
    if row["registration"] == "series":
        if date_id is not None:
            raise Refused(
                ErrorCode.WORKSHOP_DATE_INVALID,
                "one registration holds for the whole series: give no date",
                {"reason": "series"},
            )
        live = [
            d
            for d in records.dates(db, row["id"])
            if d["state"] == "planned" and from_iso(d["ends_at"]) > now
        ]
        if not live:
            raise refuse_closed("over", "this workshop is over")
        return None
    if date_id is None:
        raise Refused(
            ErrorCode.WORKSHOP_DATE_INVALID,
            "registration is per date: give the date",
            {"reason": "required"},
        )
    date = records.date_row(db, row, date_id)
    if date["state"] != "planned":
        raise refuse_closed("cancelled", "this date is cancelled")
    if from_iso(date["ends_at"]) <= now:
        raise refuse_closed("over", "this date is over")
    return date_id


def check_pause(db: Database, row: Mapping[str, Any], visitor_id: int, now: datetime) -> None:
    rule = load_rule(db, int(row["site_id"]))
    if rule.limit is None:
        return
    found = pause(
        records.no_shows(db, int(row["site_id"]), visitor_id, now),
        now,
        rule.limit,
        rule.period_days,
        rule.pause_days,
        row["timezone"],
    )
    if found is not None:
        raise Refused(
            ErrorCode.REGISTRATION_PAUSED,
            f"registrations paused until {found.until.isoformat()} after {found.no_shows} no-shows",
            {"until": found.until.isoformat(), "no_shows": found.no_shows},
        )


def registration_row(db: Database, workshop_id: int, registration_id: int) -> dict[str, Any]:
    found = records.registration_rows(db, workshop_id, "r.id = ?", (registration_id,))
    if not found:
        raise Refused(
            ErrorCode.NOT_FOUND,
            f"no registration {registration_id} for this workshop",
            {"registration_id": registration_id},
        )
    return found[0]


def registration(db: Database, workshop_id: int, registration_id: int) -> Registration:
    return records.registration(db, registration_row(db, workshop_id, registration_id))


def promote(
    db: Database,
    member: StaffMember | None,
    row: Mapping[str, Any],
    date_id: int | None,
    now: datetime,
) -> None:
    """Move the first on the waitlist to the places free (audited ``workshop.promote``)."""
    while True:
        registered, _ = records.counts(db, row["id"], date_id)
        capacity = next(db.query("SELECT capacity FROM workshops WHERE id = ?", [row["id"]]))
        if registered >= capacity["capacity"]:
            return
        first = next(
            db.query(
                "SELECT id FROM workshop_registrations WHERE workshop_id = ? AND date_id IS ?"
                " AND state = 'waitlisted' ORDER BY rank LIMIT 1",
                [row["id"], date_id],
            ),
            None,
        )
        if first is None:
            return
        db.execute(
            "UPDATE workshop_registrations SET state = 'registered' WHERE id = ?",
            [first["id"]],
        )
        audit.record(
            db,
            at=to_iso(now),
            staff_id=member.id if member else None,
            action="workshop.promote",
            target=f"workshop:{row['id']}",
            before={"registration_id": first["id"], "state": "waitlisted"},
            after={"registration_id": first["id"], "state": "registered"},
            site_id=row["site_id"],
        )


def promote_all(db: Database, member: StaffMember | None, workshop_id: int, now: datetime) -> None:
    row = records.workshop_row(db, None, workshop_id)
    for date_id in scopes(db, row):
        promote(db, member, row, date_id, now)
    sync_members(db, row)


def sync_members(db: Database, row: Mapping[str, Any]) -> None:
    """Each date's holds admit exactly its registered cards and the animateur's."""
    for date in records.dates(db, row["id"]):
        book.set_members(db, date["booking"], records.participants(db, row, date["id"]))
