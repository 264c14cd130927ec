"""Holds in the database: make, read, cancel, and cut the sessions that would run into one.

Every function runs inside the caller's transaction (``Store.write``): a booking on N stations
is written whole or not at all. What the holds admit is :mod:`admin.holds.rules`; the sign-in
side is :mod:`admin.holds.gate`, the queue :mod:`admin.holds.queue`.

For the workshops' service (issue 17, Deliver 1): :func:`create` with ``kind=workshop``,
``workshop_id``, the named stations or a ``count`` of free ones, the participants as
``members`` (kept up to date with :func:`set_members`) and a ``code`` only when walk-ins are
allowed; :func:`cancel_booking` cancels a slot's holds.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlite_utils import Database

from admin.core import audit
from admin.core.actors import StaffMember
from admin.core.errors import Refused
from admin.core.timeutil import from_iso, to_iso
from admin.holds.rules import (
    ADMISSION,
    AdmissionRule,
    Candidate,
    HoldView,
    admits,
    check_span,
)
from admin.rules import grant as policy
from admin.sites import hours
from admin.sites import settings as sites
from admin.stations import commands
from kiosk.protocol.commands import CommandKind, CommandRequest
from kiosk.protocol.enums import EndReason
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.holds import Hold, HoldKind, HoldNotice, HoldState
from kiosk.protocol.hours_text import format_day
from kiosk.protocol.limits import MAX_SET_SECONDS

log = logging.getLogger("epn.server.holds")

HOLD_SQL = (
    "SELECT h.*, st.name AS station, si.name AS site, si.timezone, t.number,"
    " v.identifier AS visitor, sf.username AS created_by_name"
    " FROM station_holds h JOIN stations st ON st.id = h.station_id"
    " JOIN sites si ON si.id = h.site_id"
    " LEFT JOIN queue_tickets t ON t.id = h.ticket_id"
    " LEFT JOIN visitors v ON v.id = h.visitor_id"
    " LEFT JOIN staff sf ON sf.id = h.created_by"
)
_ACTIVE = "h.state IN ('held', 'claimed')"
#: A command cutting a session for a hold is created once per (station, hold).
CUT_PREFIX = "hold:"


def members(db: Database, booking: str) -> frozenset[int]:
    return frozenset(
        int(r["visitor_id"])
        for r in db.query("SELECT visitor_id FROM hold_visitors WHERE booking = ?", [booking])
    )


def view(db: Database, row: Mapping[str, Any]) -> HoldView:
    listed = (
        members(db, row["booking"])
        if row["kind"] in ("group", "workshop", "class")
        else frozenset()
    )
    return HoldView(row, listed)


def notice(row: Mapping[str, Any]) -> HoldNotice:
    return HoldNotice(
        id=row["id"],
        kind=HoldKind(row["kind"]),
        state=HoldState(row["state"]),
        starts_at=row["starts_at"],
        ends_at=row["ends_at"],
        label=row["label"],
        number=row["number"],
        claim_by=row["claim_by"],
        code_accepted=bool(row["code"]) and row["kind"] in _CODE_KINDS,
    )


#: The kinds a booking's session code admits (rules.ADMISSION: group, workshop walk-ins).
_CODE_KINDS = (HoldKind.GROUP, HoldKind.WORKSHOP)


def hold(db: Database, row: Mapping[str, Any]) -> Hold:
    listed = [
        r["identifier"]
        for r in db.query(
            "SELECT v.identifier FROM hold_visitors hv JOIN visitors v ON v.id = hv.visitor_id"
            " WHERE hv.booking = ? ORDER BY v.identifier",
            [row["booking"]],
        )
    ]
    return Hold(
        **notice(row).model_dump(),
        booking=row["booking"],
        station=row["station"],
        site=row["site"],
        timezone=row["timezone"],
        visitor=row["visitor"],
        visitors=listed,
        code=row["code"],
        workshop_id=row["workshop_id"],
        ticket_id=row["ticket_id"],
        created_by=row["created_by_name"],
        created_at=row["created_at"],
        claimed_at=row["claimed_at"],
    )


def rows(db: Database, where: str, params: Sequence[Any]) -> list[dict[str, Any]]:
    return [dict(r) for r in db.query(f"{HOLD_SQL} WHERE {where} ORDER BY h.starts_at", params)]


def in_effect(db: Database, station_id: int, now: datetime) -> list[dict[str, Any]]:
    """The station's holds whose span covers ``now`` (held or claimed)."""
    at = to_iso(now)
    return rows(
        db,
        f"h.station_id = ? AND {_ACTIVE} AND h.starts_at <= ? AND h.ends_at > ?",
        [station_id, at, at],
    )


def ahead(db: Database, station_id: int, now: datetime, until: datetime) -> list[dict[str, Any]]:
    """The station's holds in effect now or starting before ``until``, first first."""
    return rows(
        db,
        f"h.station_id = ? AND {_ACTIVE} AND h.ends_at > ? AND h.starts_at < ?",
        [station_id, to_iso(now), to_iso(until)],
    )


def next_refusing(
    db: Database,
    station_id: int,
    candidate: Candidate,
    now: datetime,
    admission: Mapping[str, AdmissionRule] = ADMISSION,
) -> dict[str, Any] | None:
    """The station's first hold from ``now`` on that does not admit ``candidate``."""
    for row in rows(
        db, f"h.station_id = ? AND {_ACTIVE} AND h.ends_at > ?", [station_id, to_iso(now)]
    ):
        if not admits(view(db, row), candidate, admission):
            return row
    return None


def candidate_of(db: Database, visitor_id: int) -> Candidate:
    """A signed-in visitor as admission sees them: their card and category."""
    row = next(db.query("SELECT category FROM visitors WHERE id = ?", [visitor_id]), None)
    return Candidate(visitor_id, category=row["category"] if row is not None else None)


def seconds_until(row: Mapping[str, Any], now: datetime) -> int:
    return max(0, int((from_iso(row["starts_at"]) - now).total_seconds()))


# --- making holds -------------------------------------------------------------------------


def pick_stations(
    db: Database,
    site_id: int,
    names: Sequence[str],
    count: int | None,
    start: datetime,
    end: datetime,
) -> list[dict[str, Any]]:
    """The station rows to hold: those named (at this site), else ``count`` free ones."""
    if names:
        picked = []
        for name in dict.fromkeys(names):
            row = next(
                db.query("SELECT id, name, site_id FROM stations WHERE name = ?", [name]), None
            )
            if row is None or row["site_id"] != site_id:
                # another site's station answers like a missing one
                raise Refused(
                    ErrorCode.NOT_FOUND,
                    f"no station named {name!r} at this site",
                    {"station": name},
                )
            picked.append(dict(row))
        return picked
    wanted = count or 1
    free = [
        dict(r)
        for r in db.query(
            "SELECT st.id, st.name, st.site_id FROM stations st WHERE st.site_id = ?"
            " AND st.enabled = 1 AND NOT EXISTS (SELECT 1 FROM station_holds h"
            f" WHERE h.station_id = st.id AND {_ACTIVE} AND h.starts_at < ? AND h.ends_at > ?)"
            " ORDER BY st.name",
            [site_id, to_iso(end), to_iso(start)],
        )
    ]
    if len(free) < wanted:
        raise Refused(
            ErrorCode.NO_FREE_STATION,
            f"{wanted} stations asked for, {len(free)} free then",
            {"wanted": wanted, "free": len(free)},
        )
    return free[:wanted]


def check_hours(db: Database, site: Mapping[str, Any], start: datetime, end: datetime) -> None:
    """HOLD_OUTSIDE_HOURS unless the span lies inside one opening of the site."""
    schedule = sites.load_schedule(db, site["id"])
    timezone = site["timezone"]
    if hours.within_opening(schedule, start, end, timezone):
        return
    local = start.astimezone(ZoneInfo(timezone))
    day_hours = format_day(schedule.intervals_on(local.date()))
    raise Refused(
        ErrorCode.HOLD_OUTSIDE_HOURS,
        "the site is closed that day" if not day_hours else "outside the site's opening hours",
        {
            "reason": "outside_hours" if day_hours else "closed_day",
            "date": local.date().isoformat(),
            "hours": day_hours,
            "timezone": timezone,
        },
    )


def create(
    db: Database,
    member: StaffMember | None,
    site: Mapping[str, Any],
    stations: Sequence[Mapping[str, Any]],
    kind: HoldKind,
    start: datetime,
    end: datetime,
    now: datetime,
    *,
    label: str | None = None,
    visitor_id: int | None = None,
    listed: Iterable[int] = (),
    code: str | None = None,
    workshop_id: int | None = None,
    ticket_id: int | None = None,
    claim_by: datetime | None = None,
    category: str | None = None,
    admission: Mapping[str, AdmissionRule] = ADMISSION,
) -> str:
    """Hold each station from ``start`` to ``end``; the booking id shared by the new holds.

    Checked here, whoever calls: the span (HOLD_BAD_TIME), the site's hours unless a queue
    hold (HOLD_OUTSIDE_HOURS), the stations at the site and no overlap (HOLD_OVERLAP). The
    sessions running on them that would run into the hold are cut (:func:`cut_sessions`).
    """
    check_span(start, end, now)
    if kind != HoldKind.QUEUE:
        check_hours(db, site, start, end)
    booking = f"{kind.value}-{uuid.uuid4().hex[:12]}"
    starts, ends, at = to_iso(start), to_iso(end), to_iso(now)
    made: list[dict[str, Any]] = []
    for station in stations:
        if station["site_id"] != site["id"]:
            raise Refused(
                ErrorCode.NOT_FOUND,
                f"no station named {station['name']!r} at this site",
                {"station": station["name"]},
            )
        clash = next(
            db.query(
                "SELECT id, starts_at, ends_at FROM station_holds h WHERE station_id = ?"
                f" AND {_ACTIVE} AND starts_at < ? AND ends_at > ?",
                [station["id"], ends, starts],
            ),
            None,
        )
        if clash is not None:
            raise Refused(
                ErrorCode.HOLD_OVERLAP,
                f"{station['name']} is held then already",
                {
                    "station": station["name"],
                    "hold_id": clash["id"],
                    "starts_at": clash["starts_at"],
                    "ends_at": clash["ends_at"],
                    "timezone": site["timezone"],  # to say the times at the site
                },
            )
        cursor = db.execute(
            "INSERT INTO station_holds (booking, site_id, station_id, kind, starts_at, ends_at,"
            " label, visitor_id, code, ticket_id, workshop_id, claim_by, created_by, created_at,"
            " category) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                booking,
                site["id"],
                station["id"],
                kind.value,
                starts,
                ends,
                label,
                visitor_id,
                code,
                ticket_id,
                workshop_id,
                to_iso(claim_by) if claim_by else None,
                member.id if member else None,
                at,
                category,
            ],
        )
        made.append({"id": int(cursor.lastrowid or 0), "station": station["name"]})
    set_members(db, booking, listed)
    audit.record(
        db,
        at=at,
        staff_id=member.id if member else None,
        action="hold.create",
        target=f"site:{site['name']}",
        after={
            "booking": booking,
            "kind": kind.value,
            "starts_at": starts,
            "ends_at": ends,
            "stations": [m["station"] for m in made],
            "holds": [m["id"] for m in made],
            "label": label,
            "workshop_id": workshop_id,
            "ticket_id": ticket_id,
        },
        site_id=site["id"],
    )
    for made_row in made:
        cut_sessions(db, member, made_row["id"], now, admission)
    return booking


def set_members(db: Database, booking: str, listed: Iterable[int]) -> None:
    """The visitors a group or workshop booking admits: exactly ``listed`` from now on."""
    db.execute("DELETE FROM hold_visitors WHERE booking = ?", [booking])
    for visitor_id in dict.fromkeys(listed):
        db.execute(
            "INSERT INTO hold_visitors (booking, visitor_id) VALUES (?, ?)", [booking, visitor_id]
        )


def cut_sessions(
    db: Database,
    member: StaffMember | None,
    hold_id: int,
    now: datetime,
    admission: Mapping[str, AdmissionRule] = ADMISSION,
) -> bool:
    """Bring forward the end of the session on the hold's station if it would run into it.

    A ``set_time`` command (request id ``hold:<id>``, audited) of the seconds until the hold
    starts: the station applies it within a second, with its usual warnings. True when queued.
    """
    row = rows(db, "h.id = ?", [hold_id])[0]
    session = next(
        db.query(
            "SELECT * FROM sessions WHERE station_id = ? AND state = 'active'",
            [row["station_id"]],
        ),
        None,
    )
    if session is None:
        return False
    if admits(view(db, row), candidate_of(db, session["visitor_id"]), admission):
        return False
    left = policy.estimate_left(session, now)
    until = seconds_until(row, now)
    if left <= until:
        return False
    request = commands.normalise(
        CommandRequest(
            kind=CommandKind.SET_TIME,
            seconds=max(1, min(until, MAX_SET_SECONDS)),
            request_id=f"{CUT_PREFIX}{hold_id}",
        )
    ).model_copy(update={"reason": EndReason.BOOKING.value})
    # the reason tells the station why its time is cut: it warns "held at 14:00" and ends
    # the session as "booking" (an older station reads a plain set_time)
    try:
        commands.create(db, member, row["station"], request, now)
    except Refused as exc:  # the session ended meanwhile: nothing to cut
        log.info("session on %s not cut for hold %s: %s", row["station"], hold_id, exc.message)
        return False
    return True


# --- ending holds -------------------------------------------------------------------------


def end(
    db: Database,
    member: StaffMember | None,
    row: Mapping[str, Any],
    state: HoldState,
    now: datetime,
    action: str,
) -> bool:
    """Move one held or claimed hold to ``state`` (released, cancelled, expired); audited.

    False when it was no longer held or claimed (ended meanwhile: nothing written).
    """
    cursor = db.execute(
        "UPDATE station_holds SET state = ?, ended_at = ? WHERE id = ?"
        " AND state IN ('held', 'claimed')",
        [state.value, to_iso(now), row["id"]],
    )
    if not cursor.rowcount:
        return False
    audit.record(
        db,
        at=to_iso(now),
        staff_id=member.id if member else None,
        action=action,
        target=f"station:{row['station']}",
        before={"hold_id": row["id"], "state": row["state"], "kind": row["kind"]},
        after={"hold_id": row["id"], "state": state.value, "booking": row["booking"]},
        site_id=row["site_id"],
    )
    return True


def local_day_end(now: datetime, timezone: str) -> datetime:
    """The next local midnight at the site (the end of "today" for what a station shows)."""
    zone = ZoneInfo(timezone)
    local = now.astimezone(zone).date() + timedelta(days=1)
    return datetime(local.year, local.month, local.day, tzinfo=zone)
