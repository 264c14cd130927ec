"""Guest tickets: batches of single-use codes valid at one site within a window of days.

A code is 10 characters drawn with :mod:`secrets` from an alphabet without look-alikes (no
0/O, 1/I/L): 31^10, about 8e14 codes, against a sign-in that is rate-limited. Codes are stored
in clear so staff can print a batch again, and looked up exactly (case aside).

Signing in with a code creates a visitor row of category ``guest`` for the ticket, so sessions
keep referencing ``visitor_id``; the guest's grant is the ticket's minutes, still cut by every
other allowance (closing time, bookings, the ``guest`` policy).
"""

from __future__ import annotations

import logging
import secrets
import uuid
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlite_utils import Database

from admin.core import audit
from admin.core.actors import StaffMember
from admin.core.errors import Refused
from admin.core.timeutil import Clock, from_iso, to_iso, utc_now
from admin.db.store import Store
from admin.directory import site_id_by_name
from admin.visitors.accounts import GUEST_CATEGORY
from kiosk.protocol.enums import ErrorCode, TicketRefusal
from kiosk.protocol.people import TicketBatch, TicketInfo
from kiosk.protocol.station import Grant

log = logging.getLogger("epn.server.tickets")

ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 10
MAX_BATCH = 500
MAX_MINUTES = 1440
LIST_LIMIT = 1000


def new_code() -> str:
    """A random code with at least one letter, so it never looks like a card number."""
    while True:
        code = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
        if not code.isdigit():
            return code


def normalise(text: str) -> str:
    """The code as stored: upper case, without the spaces or hyphens a visitor may type
    between the two groups printed on the ticket."""
    return "".join(c for c in text if not c.isspace() and c != "-").upper()


def looks_like_code(text: str) -> bool:
    code = normalise(text)
    return len(code) == CODE_LENGTH and not code.isdigit() and all(c in ALPHABET for c in code)


def _day_start(day: date, timezone: str) -> datetime:
    return datetime.combine(day, time(), tzinfo=ZoneInfo(timezone))


def state(row: dict[str, Any], now: datetime) -> str:
    if row["used_at"]:
        return "used"
    if now < from_iso(row["valid_from"]):
        return "not_yet_valid"
    if now >= from_iso(row["valid_to"]):
        return "expired"
    return "valid"


def _info(row: dict[str, Any], now: datetime) -> TicketInfo:
    return TicketInfo(
        code=row["code"],
        site=row["site_name"],
        minutes=row["minutes"],
        valid_from=row["valid_from"],
        valid_to=row["valid_to"],
        state=state(row, now),  # type: ignore[arg-type]
        used_at=row["used_at"],
        batch_id=row["batch_id"],
        created_at=row["created_at"],
        created_by=row["creator"],
    )


_SELECT = (
    "SELECT t.*, s.name AS site_name, m.username AS creator FROM tickets t"
    " JOIN sites s ON s.id = t.site_id LEFT JOIN staff m ON m.id = t.created_by"
)


def is_unknown(refusal: Refused) -> bool:
    """A refusal for a code that matches no ticket (counts towards the station's lockout)."""
    return refusal.details.get("reason") == TicketRefusal.UNKNOWN


def _site_in_scope(db: Database, member: StaffMember | None, site: str) -> int:
    """The site's id; another member's site answers exactly like a missing one (NOT_FOUND)."""
    site_id = site_id_by_name(db, site)
    if member is not None and not member.can_see(site_id):
        raise Refused(ErrorCode.NOT_FOUND, f"no site named {site!r}", {"site": site})
    return site_id


def _refuse(reason: TicketRefusal, message: str) -> Refused:
    return Refused(ErrorCode.TICKET_INVALID, message, {"reason": reason.value})


class Tickets:
    """Staff operations on tickets; ``member`` None means the admin CLI (every site)."""

    def __init__(self, store: Store, clock: Clock = utc_now) -> None:
        self._store = store
        self._clock = clock

    def create_batch(
        self,
        member: StaffMember | None,
        site: str,
        count: int,
        minutes: int,
        valid_from: date | None = None,
        valid_to: date | None = None,
    ) -> TicketBatch:
        """``count`` new tickets of ``minutes`` each, valid from the first to the last day."""
        if not 1 <= count <= MAX_BATCH:
            raise Refused(ErrorCode.INVALID_REQUEST, f"count must be 1 to {MAX_BATCH}")
        if not 1 <= minutes <= MAX_MINUTES:
            raise Refused(ErrorCode.INVALID_REQUEST, f"minutes must be 1 to {MAX_MINUTES}")
        now = self._clock()
        batch_id = uuid.uuid4().hex[:12]
        staff_id = member.id if member is not None else None

        def write(db: Database) -> list[dict[str, Any]]:
            site_id = _site_in_scope(db, member, site)
            timezone = next(db.query("SELECT timezone FROM sites WHERE id = ?", [site_id]))[
                "timezone"
            ]
            starts, ends = self._window(now, timezone, valid_from, valid_to)
            for _ in range(count):
                code = new_code()
                # a clash is astronomically rare; the UNIQUE constraint is the real guard
                while next(
                    db.query(
                        "SELECT 1 FROM tickets WHERE code = ? UNION ALL"
                        " SELECT 1 FROM visitors WHERE identifier = ?",
                        [code, code],
                    ),
                    None,
                ):
                    code = new_code()
                db.execute(
                    "INSERT INTO tickets (code, site_id, minutes, valid_from, valid_to, batch_id,"
                    " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        code,
                        site_id,
                        minutes,
                        to_iso(starts),
                        to_iso(ends),
                        batch_id,
                        staff_id,
                        to_iso(now),
                    ],
                )
            audit.record(
                db,
                at=to_iso(now),
                staff_id=staff_id,
                action="ticket.create",
                target=f"site:{site}",
                after={
                    "batch_id": batch_id,
                    "count": count,
                    "minutes": minutes,
                    "valid_from": to_iso(starts),
                    "valid_to": to_iso(ends),
                },
            )
            return list(db.query(f"{_SELECT} WHERE t.batch_id = ? ORDER BY t.id", [batch_id]))

        rows = self._store.write(write)
        log.info("batch %s: %d tickets of %d min at %r", batch_id, count, minutes, site)
        return TicketBatch(batch_id=batch_id, tickets=[_info(row, now) for row in rows])

    @staticmethod
    def _window(
        now: datetime, timezone: str, first: date | None, last: date | None
    ) -> tuple[datetime, datetime]:
        """Validity as [start, end): from the first day (default now) to the end of the last."""
        today = now.astimezone(ZoneInfo(timezone)).date()
        starts = now if first is None else _day_start(first, timezone)
        last = last or first or today
        ends = _day_start(last + timedelta(days=1), timezone)
        if first is not None and last < first:
            raise Refused(ErrorCode.INVALID_REQUEST, "the last day is before the first day")
        if ends <= now:
            raise Refused(ErrorCode.INVALID_REQUEST, "these tickets would already be expired")
        return starts, ends

    def list(
        self, member: StaffMember | None, site: str | None = None, limit: int = LIST_LIMIT
    ) -> list[TicketInfo]:
        """Newest first, at the member's sites (optionally one site)."""
        now = self._clock()

        def read(db: Database) -> list[dict[str, Any]]:
            where, params = "1", []
            if site is not None:
                site_id = _site_in_scope(db, member, site)
                where, params = "t.site_id = ?", [site_id]
            elif member is not None and member.role != "admin":
                marks = ", ".join("?" for _ in member.site_ids) or "NULL"
                where, params = f"t.site_id IN ({marks})", list(member.site_ids)
            return list(
                db.query(
                    f"{_SELECT} WHERE {where} ORDER BY t.created_at DESC, t.id LIMIT ?",
                    [*params, limit],
                )
            )

        return [_info(row, now) for row in self._store.read(read)]


def sign_in(
    db: Database,
    identifier: str,
    site_id: int,
    now: datetime,
    open_session: Callable[[dict[str, Any]], Grant],
) -> Grant:
    """Consume the ticket ``identifier`` at this site and open its guest's session.

    Runs inside the caller's transaction: if the session cannot open (closed, no time), the
    ticket is not consumed. Raises UNKNOWN_IDENTIFIER when the text is no ticket code at all.
    """
    code = normalise(identifier)
    row = next(db.query(f"{_SELECT} WHERE t.code = ?", [code]), None)
    if row is None:
        if looks_like_code(code):
            raise _refuse(TicketRefusal.UNKNOWN, "no ticket with this code")
        raise Refused(ErrorCode.UNKNOWN_IDENTIFIER, "no visitor with this identifier")
    problem = state(row, now)
    if problem == "used":
        raise _refuse(TicketRefusal.USED, "this ticket was already used")
    if row["site_id"] != site_id:
        raise _refuse(TicketRefusal.WRONG_SITE, f"this ticket is for {row['site_name']}")
    if problem == "not_yet_valid":
        raise _refuse(TicketRefusal.NOT_YET_VALID, "this ticket is not valid yet")
    if problem == "expired":
        raise _refuse(TicketRefusal.EXPIRED, "this ticket has expired")
    if row["visitor_id"] is None:
        cursor = db.execute(
            "INSERT INTO visitors (identifier, category, enabled, created_at) VALUES (?, ?, 1, ?)",
            [code, GUEST_CATEGORY, to_iso(now)],
        )
        guest_id = cursor.lastrowid
    else:  # given back by a session that never started (see release): the same guest
        guest_id = row["visitor_id"]
    guest = next(db.query("SELECT * FROM visitors WHERE id = ?", [guest_id]))
    grant = open_session(guest)
    cap = row["minutes"] * 60
    if grant.granted_seconds > cap:
        db.execute(
            "UPDATE sessions SET granted_seconds = ?, remaining_seconds = ? WHERE id = ?",
            [cap, cap, grant.session_id],
        )
        grant = grant.model_copy(update={"granted_seconds": cap})
    db.execute(
        "UPDATE tickets SET used_at = ?, used_session_id = ?, visitor_id = ? WHERE id = ?",
        [to_iso(now), grant.session_id, guest["id"], row["id"]],
    )
    log.info("ticket %s used for session %s", row["id"], grant.session_id)
    return grant


def release(db: Database, session_id: str) -> bool:
    """Give back the ticket of a session that never started (a desk sign-in the station
    could not start): it is valid again, for the same guest. True if there was one."""
    cursor = db.execute(
        "UPDATE tickets SET used_at = NULL, used_session_id = NULL WHERE used_session_id = ?",
        [session_id],
    )
    if cursor.rowcount:
        log.info("ticket of session %s given back: the session never started", session_id)
    return bool(cursor.rowcount)
