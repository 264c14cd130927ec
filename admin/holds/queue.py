"""The desk's queue: a number per site and local day, and a freed PC held for the first in line.

A ticket is for a visitor's card or a name (``waiting``). When a PC of the site is free
(:func:`free_for_queue`: online, enabled, nobody signed in, not held now nor within the queue's
minutes and :data:`MIN_QUEUE_MINUTES` after) the first waiting ticket gets a ``queue`` hold on
it for the site's ``queue_hold_minutes`` (``called``). The ticket's card signing in there claims
it (``claimed``, :mod:`admin.holds.gate`); a name-only ticket is claimed by staff signing the
person in at the desk on that PC (a desk sign-in is admitted on a queue hold), or ``served``.
A hold not claimed in time expires (the ticket ``expired``) and the PC goes to the next in line.
Staff call a ticket now (to a named PC or the first free one), skip it (back to the end of the
line, its PC to the next) or cancel it. A card has at most one open ticket per site
(ALREADY_QUEUED). :func:`tick` (the sweeper, every few seconds) expires and promotes; a
session's end, a cancelled or released hold and a new ticket promote at once.

Every function runs inside the caller's transaction.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlite_utils import Database

from admin.core import audit
from admin.core.actors import StaffMember
from admin.core.errors import Refused
from admin.core.timeutil import to_iso
from admin.holds import book
from admin.holds.rules import expected_waits
from admin.rules import grant as policy
from admin.sites import hours
from admin.sites import settings as sites
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.holds import HoldKind, HoldState, SiteQueue, Ticket, TicketState
from kiosk.protocol.limits import OFFLINE_AFTER_SECONDS

log = logging.getLogger("epn.server.queue")

#: A PC is given to the queue only when it stays free this long after the queue's hold.
MIN_QUEUE_MINUTES = 15
#: A session's usual length for the expected wait, when no session runs to tell.
TYPICAL_SESSION_SECONDS = 3600
OPEN = ("waiting", "called")


def local_day(now: datetime, timezone: str) -> str:
    return now.astimezone(ZoneInfo(timezone)).date().isoformat()


def site_of(db: Database, site_id: int) -> dict[str, Any]:
    return dict(next(db.query("SELECT * FROM sites WHERE id = ?", [site_id])))


def ticket_row(db: Database, member: StaffMember | None, ticket_id: int) -> dict[str, Any]:
    row = next(db.query("SELECT * FROM queue_tickets WHERE id = ?", [ticket_id]), None)
    if row is None or (member is not None and not member.can_see(row["site_id"])):
        raise Refused(ErrorCode.NOT_FOUND, f"no queue ticket {ticket_id}")
    return dict(row)


def _audit(
    db: Database,
    member: StaffMember | None,
    action: str,
    ticket: Mapping[str, Any],
    now: datetime,
    **after: Any,
) -> None:
    audit.record(
        db,
        at=to_iso(now),
        staff_id=member.id if member else None,
        action=action,
        target=f"ticket:{ticket['day']}#{ticket['number']}",
        before={"state": ticket["state"]},
        after={"ticket_id": ticket["id"], **after},
        site_id=ticket["site_id"],
    )


def take(
    db: Database,
    member: StaffMember | None,
    site: Mapping[str, Any],
    visitor_id: int | None,
    name: str | None,
    now: datetime,
) -> int:
    """A new number for a card or a name at the end of the line; its ticket id."""
    if visitor_id is not None:
        open_ticket = next(
            db.query(
                "SELECT number, state FROM queue_tickets WHERE site_id = ? AND visitor_id = ?"
                " AND state IN ('waiting', 'called')",
                [site["id"], visitor_id],
            ),
            None,
        )
        if open_ticket is not None:
            raise Refused(
                ErrorCode.ALREADY_QUEUED,
                f"this visitor has number {open_ticket['number']} already",
                {"number": open_ticket["number"], "state": open_ticket["state"]},
            )
    day = local_day(now, site["timezone"])
    top = next(
        db.query(
            "SELECT COALESCE(MAX(number), 0) AS number, COALESCE(MAX(rank), 0) AS rank"
            " FROM queue_tickets WHERE site_id = ? AND day = ?",
            [site["id"], day],
        )
    )
    cursor = db.execute(
        "INSERT INTO queue_tickets (site_id, day, number, rank, visitor_id, name, created_by,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            site["id"],
            day,
            top["number"] + 1,
            top["rank"] + 1,
            visitor_id,
            name,
            member.id if member else None,
            to_iso(now),
        ],
    )
    ticket_id = int(cursor.lastrowid or 0)
    ticket = ticket_row(db, None, ticket_id)
    _audit(
        db,
        member,
        "queue.take",
        {**ticket, "state": None},
        now,
        number=ticket["number"],
        visitor_id=visitor_id,
        name=name,
    )
    promote(db, site["id"], now)
    return ticket_id


def free_for_queue(db: Database, site: Mapping[str, Any], now: datetime) -> list[dict[str, Any]]:
    """The site's PCs the queue may take now, by name."""
    minutes = int(site["queue_hold_minutes"])
    clear_until = now + timedelta(minutes=minutes + MIN_QUEUE_MINUTES)
    cutoff = to_iso(now - timedelta(seconds=OFFLINE_AFTER_SECONDS))
    return [
        dict(r)
        for r in db.query(
            "SELECT st.id, st.name, st.site_id FROM stations st WHERE st.site_id = ?"
            " AND st.enabled = 1 AND st.last_seen_at >= ?"
            " AND NOT EXISTS (SELECT 1 FROM sessions s WHERE s.station_id = st.id"
            " AND s.state = 'active')"
            " AND NOT EXISTS (SELECT 1 FROM station_holds h WHERE h.station_id = st.id"
            " AND h.state IN ('held', 'claimed') AND h.starts_at < ? AND h.ends_at > ?)"
            " ORDER BY st.name",
            [site["id"], cutoff, to_iso(clear_until), to_iso(now)],
        )
    ]


def _give(
    db: Database,
    member: StaffMember | None,
    site: Mapping[str, Any],
    ticket: Mapping[str, Any],
    station: Mapping[str, Any],
    now: datetime,
) -> None:
    end = now + timedelta(minutes=int(site["queue_hold_minutes"]))
    book.create(
        db,
        member,
        site,
        [station],
        HoldKind.QUEUE,
        now,
        end,
        now,
        visitor_id=ticket["visitor_id"],
        ticket_id=ticket["id"],
        claim_by=end,
    )
    db.execute("UPDATE queue_tickets SET state = 'called' WHERE id = ?", [ticket["id"]])
    _audit(db, member, "queue.call", ticket, now, station=station["name"], until=to_iso(end))


def waiting(db: Database, site_id: int) -> list[dict[str, Any]]:
    return [
        dict(r)
        for r in db.query(
            "SELECT * FROM queue_tickets WHERE site_id = ? AND state = 'waiting' ORDER BY rank",
            [site_id],
        )
    ]


def promote(db: Database, site_id: int, now: datetime) -> bool:
    """Give each free PC of the site to the next waiting ticket; True when any was called."""
    line = waiting(db, site_id)
    if not line:
        return False
    site = site_of(db, site_id)
    if not hours.is_open(sites.load_schedule(db, site_id), now, site["timezone"]):
        return False
    free = free_for_queue(db, site, now)
    for ticket, station in zip(line, free, strict=False):
        _give(db, None, site, ticket, station, now)
    return bool(free)


def call(
    db: Database, member: StaffMember | None, ticket_id: int, station: str | None, now: datetime
) -> None:
    """Staff call a waiting ticket now, to ``station`` or the first PC free for the queue."""
    ticket = ticket_row(db, member, ticket_id)
    if ticket["state"] != TicketState.WAITING:
        raise Refused(
            ErrorCode.TICKET_CLOSED,
            f"ticket {ticket['number']} is {ticket['state']}",
            {"state": ticket["state"], "number": ticket["number"]},
        )
    site = site_of(db, ticket["site_id"])
    free = free_for_queue(db, site, now)
    if station is not None:
        chosen = [row for row in free if row["name"] == station]
        if not chosen:
            named = book.pick_stations(db, site["id"], [station], None, now, now)
            raise Refused(
                ErrorCode.NO_FREE_STATION,
                f"{named[0]['name']} is not free now",
                {"station": station, "wanted": 1, "free": 0},
            )
        free = chosen
    if not free:
        raise Refused(ErrorCode.NO_FREE_STATION, "no station is free now", {"wanted": 1, "free": 0})
    _give(db, member, site, ticket, free[0], now)


def _open_hold(db: Database, ticket_id: int) -> dict[str, Any] | None:
    found = book.rows(db, "h.ticket_id = ? AND h.state = 'held'", [ticket_id])
    return found[0] if found else None


def _close(
    db: Database,
    member: StaffMember | None,
    ticket_id: int,
    state: TicketState,
    hold_state: HoldState,
    action: str,
    now: datetime,
) -> None:
    ticket = ticket_row(db, member, ticket_id)
    if ticket["state"] not in OPEN:
        raise Refused(
            ErrorCode.TICKET_CLOSED,
            f"ticket {ticket['number']} is {ticket['state']}",
            {"state": ticket["state"], "number": ticket["number"]},
        )
    held = _open_hold(db, ticket_id)
    if held is not None:
        book.end(db, member, held, hold_state, now, f"hold.{hold_state.value}")
    if state == TicketState.WAITING:  # skipped: back to the end of the line
        top = next(
            db.query(
                "SELECT MAX(rank) AS rank FROM queue_tickets WHERE site_id = ?", [ticket["site_id"]]
            )
        )
        db.execute(
            "UPDATE queue_tickets SET state = 'waiting', rank = ? WHERE id = ?",
            [int(top["rank"]) + 1, ticket_id],
        )
    else:
        db.execute(
            "UPDATE queue_tickets SET state = ?, ended_at = ? WHERE id = ?",
            [state.value, to_iso(now), ticket_id],
        )
    _audit(db, member, action, ticket, now, state=state.value)
    promote(db, ticket["site_id"], now)


def cancel(db: Database, member: StaffMember | None, ticket_id: int, now: datetime) -> None:
    _close(db, member, ticket_id, TicketState.CANCELLED, HoldState.CANCELLED, "queue.cancel", now)


def skip(db: Database, member: StaffMember | None, ticket_id: int, now: datetime) -> None:
    _close(db, member, ticket_id, TicketState.WAITING, HoldState.RELEASED, "queue.skip", now)


def serve(db: Database, member: StaffMember | None, ticket_id: int, now: datetime) -> None:
    _close(db, member, ticket_id, TicketState.SERVED, HoldState.RELEASED, "queue.serve", now)


def seated(db: Database, site_id: int, visitor_id: int, now: datetime) -> None:
    """The visitor got a PC at the site: their waiting ticket is done (claimed)."""
    db.execute(
        "UPDATE queue_tickets SET state = 'claimed', ended_at = ? WHERE site_id = ?"
        " AND visitor_id = ? AND state = 'waiting'",
        [to_iso(now), site_id, visitor_id],
    )


def tick(db: Database, now: datetime) -> set[int]:
    """Release unclaimed bookings, expire unclaimed queue holds and yesterday's tickets, and
    give free PCs to the next in line; the sites where anything changed."""
    at = to_iso(now)
    changed: set[int] = set()
    for row in book.rows(
        db, "h.state = 'held' AND h.claim_by IS NOT NULL AND h.claim_by <= ?", [at]
    ):
        state = HoldState.EXPIRED if row["kind"] == HoldKind.QUEUE else HoldState.RELEASED
        if book.end(db, None, row, state, now, f"hold.{state.value}"):
            changed.add(row["site_id"])
        if row["ticket_id"] is not None:
            db.execute(
                "UPDATE queue_tickets SET state = 'expired', ended_at = ? WHERE id = ?"
                " AND state = 'called'",
                [at, row["ticket_id"]],
            )
    for site in db.query(
        "SELECT id, timezone FROM sites WHERE id IN (SELECT site_id FROM"
        " queue_tickets WHERE state IN ('waiting', 'called'))"
    ):
        cursor = db.execute(
            "UPDATE queue_tickets SET state = 'expired', ended_at = ? WHERE site_id = ?"
            " AND day < ? AND state = 'waiting'",
            [at, site["id"], local_day(now, site["timezone"])],
        )
        if cursor.rowcount:
            changed.add(site["id"])
        if promote(db, site["id"], now):
            changed.add(site["id"])
    return changed


def waiting_count(db: Database, site_id: int) -> int:
    row = next(
        db.query(
            "SELECT COUNT(*) AS n FROM queue_tickets WHERE site_id = ? AND state = 'waiting'",
            [site_id],
        )
    )
    return int(row["n"])


def line_waits(
    db: Database, site: Mapping[str, Any], waiting: int, now: datetime
) -> list[int | None]:
    """The expected wait in seconds of each of ``waiting`` places in the site's line
    (:func:`admin.holds.rules.expected_waits` over the PCs the queue may take now and the
    running sessions' time left); the staff's queue and the public pages read the same."""
    sessions = [
        dict(r)
        for r in db.query(
            "SELECT s.* FROM sessions s JOIN stations st ON st.id = s.station_id"
            " WHERE st.site_id = ? AND s.state = 'active'",
            [site["id"]],
        )
    ]
    lefts = [policy.estimate_left(s, now) for s in sessions]
    typical = (
        sum(int(s["granted_seconds"]) for s in sessions) // len(sessions)
        if sessions
        else TYPICAL_SESSION_SECONDS
    )
    return expected_waits(waiting, len(free_for_queue(db, site, now)), lefts, typical)


def site_queue(db: Database, site_id: int, now: datetime) -> SiteQueue:
    """The site's open tickets in order, with each waiting one's expected wait."""
    site = site_of(db, site_id)
    tickets = [
        dict(r)
        for r in db.query(
            "SELECT t.*, v.identifier FROM queue_tickets t"
            " LEFT JOIN visitors v ON v.id = t.visitor_id"
            " WHERE t.site_id = ? AND t.state IN ('waiting', 'called')"
            " ORDER BY t.state = 'waiting', t.rank",
            [site_id],
        )
    ]
    waits = line_waits(db, site, sum(1 for t in tickets if t["state"] == "waiting"), now)
    listed: list[Ticket] = []
    position = 0
    for row in tickets:
        held = _open_hold(db, row["id"]) if row["state"] == "called" else None
        wait = None
        if row["state"] == "waiting":
            wait = waits[position]
            position += 1
        place = position if row["state"] == "waiting" else None
        listed.append(_ticket(row, site["name"], place, wait, held))
    return SiteQueue(site=site["name"], site_id=site_id, timezone=site["timezone"], tickets=listed)


def _ticket(
    row: Mapping[str, Any],
    site: str,
    position: int | None,
    wait: int | None,
    held: Mapping[str, Any] | None,
) -> Ticket:
    return Ticket(
        id=row["id"],
        site=site,
        number=row["number"],
        day=row["day"],
        state=TicketState(row["state"]),
        visitor=row.get("identifier"),
        name=row["name"],
        created_at=row["created_at"],
        position=position,
        expected_wait_seconds=wait,
        station=held["station"] if held else None,
        hold_until=held["claim_by"] if held else None,
    )


def ticket(db: Database, ticket_id: int, now: datetime) -> Ticket:
    """One ticket as staff see it (its place and wait when waiting)."""
    row = ticket_row(db, None, ticket_id)
    for listed in site_queue(db, row["site_id"], now).tickets:
        if listed.id == ticket_id:
            return listed
    site = site_of(db, row["site_id"])
    identifier = next(
        db.query("SELECT identifier FROM visitors WHERE id = ?", [row["visitor_id"]]),
        {"identifier": None},
    )["identifier"]
    return _ticket({**row, "identifier": identifier}, site["name"], None, None, None)


def sites_waiting(db: Database, site_ids: Iterable[int]) -> list[int]:
    ids = list(site_ids)
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    return [
        int(r["site_id"])
        for r in db.query(
            f"SELECT DISTINCT site_id FROM queue_tickets WHERE site_id IN ({marks})"
            " AND state IN ('waiting', 'called') ORDER BY site_id",
            ids,
        )
    ]
