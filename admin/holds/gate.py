"""Holds at sign-in: refuse who a held station does not admit, claim what the visitor holds.

Called from :meth:`admin.stations.link.StationService._open_session` (the kiosk's sign-in and
the desk's) inside its transaction, before the session is opened:

- the station is held now by a hold that does not admit the visitor → STATION_HELD, with what
  the kiosk says ("Reserved for « … » until 16:00", "Reserved for number 42") and, when the
  visitor holds another PC of the site now, ``your_station``;
- the station is free but another PC of the site is held now for this visitor (a booking, a
  called queue ticket) → HOLD_ELSEWHERE naming that PC (staff at the desk may still do it);
- otherwise the session opens; :func:`claim` then marks the hold it used claimed (and the
  queue ticket), and the grant is cut at the next hold that does not admit the visitor
  (:func:`next_term`, the grant's "booking" term).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from admin.core import audit
from admin.core.actors import StationIdentity
from admin.core.errors import Refused
from admin.core.timeutil import to_iso
from admin.holds import book
from admin.holds.rules import ADMISSION, AdmissionRule, Candidate, admits
from admin.rules import grant as policy
from kiosk.protocol.commands import CommandKind, CommandRequest
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.holds import HoldNotice


def held_details(row: Mapping[str, Any], timezone: str) -> dict[str, Any]:
    """What a refusal says of a hold: its kind, label or number, and until when."""
    details: dict[str, Any] = {
        "hold_id": row["id"],
        "kind": row["kind"],
        "starts_at": row["starts_at"],
        "until": row["ends_at"],
        "timezone": timezone,
    }
    if row["label"]:
        details["label"] = row["label"]
    if row["number"] is not None:
        details["number"] = row["number"]
    if row["claim_by"] is not None:
        details["claim_by"] = row["claim_by"]
    details["code_accepted"] = bool(row["code"])
    return details


def elsewhere(
    db: Database, station: StationIdentity, visitor_id: int | None, now: datetime
) -> dict[str, Any] | None:
    """The visitor's own booking or called ticket on another PC of the site, held now."""
    if visitor_id is None:
        return None
    at = to_iso(now)
    found = book.rows(
        db,
        "h.site_id = ? AND h.station_id <> ? AND h.visitor_id = ? AND h.state = 'held'"
        " AND h.kind IN ('visitor', 'queue') AND h.starts_at <= ? AND h.ends_at > ?",
        [station.site_id, station.id, visitor_id, at, at],
    )
    return found[0] if found else None


def admit(
    db: Database,
    station: StationIdentity,
    candidate: Candidate,
    now: datetime,
    admission: Mapping[str, AdmissionRule] = ADMISSION,
) -> dict[str, Any] | None:
    """The hold in effect that admits ``candidate`` (None: the station is not held now), or
    Refused STATION_HELD / HOLD_ELSEWHERE."""
    current = book.in_effect(db, station.id, now)
    mine = elsewhere(db, station, candidate.visitor_id, now)
    for row in current:
        if not admits(book.view(db, row), candidate, admission):
            details = held_details(row, station.timezone)
            if mine is not None:
                details["your_station"] = mine["station"]
            raise Refused(ErrorCode.STATION_HELD, f"{station.name} is held now", details)
    if not current and mine is not None and not candidate.desk:
        details = held_details(mine, station.timezone)
        details["station"] = mine["station"]
        raise Refused(
            ErrorCode.HOLD_ELSEWHERE, f"{mine['station']} is held for this visitor", details
        )
    return current[0] if current else None


def next_term(
    db: Database,
    station: StationIdentity,
    candidate: Candidate,
    now: datetime,
    admission: Mapping[str, AdmissionRule] = ADMISSION,
) -> tuple[int, HoldNotice] | None:
    """Seconds until the station's next hold that does not admit ``candidate``, and it."""
    row = book.next_refusing(db, station.id, candidate, now, admission)
    if row is None:
        return None
    return book.seconds_until(row, now), book.notice(row)


def refuse_soon(row_notice: HoldNotice, station: StationIdentity) -> Refused:
    """STATION_HELD for a hold starting too soon for any session (less than a minute)."""
    details: dict[str, Any] = {
        "hold_id": row_notice.id,
        "kind": row_notice.kind.value,
        "starts_at": row_notice.starts_at,
        "until": row_notice.ends_at,
        "timezone": station.timezone,
        "code_accepted": False,
    }
    if row_notice.label:
        details["label"] = row_notice.label
    if row_notice.number is not None:
        details["number"] = row_notice.number
    return Refused(ErrorCode.STATION_HELD, f"{station.name} is held in a moment", details)


def claim(
    db: Database, row: Mapping[str, Any], session_id: str, visitor_id: int, now: datetime
) -> bool:
    """Mark ``row`` claimed by this session (once: a second claim changes nothing), and its
    queue ticket. True when this call claimed it."""
    cursor = db.execute(
        "UPDATE station_holds SET state = 'claimed', claimed_at = ?, session_id = ?"
        " WHERE id = ? AND state = 'held'",
        [to_iso(now), session_id, row["id"]],
    )
    if not cursor.rowcount:
        return False
    if row["ticket_id"] is not None:
        db.execute(
            "UPDATE queue_tickets SET state = 'claimed', ended_at = ? WHERE id = ?"
            " AND state = 'called'",
            [to_iso(now), row["ticket_id"]],
        )
    audit.record(
        db,
        at=to_iso(now),
        staff_id=None,
        action="hold.claim",
        target=f"station:{row['station']}",
        before={"hold_id": row["id"], "state": "held"},
        after={
            "hold_id": row["id"],
            "state": "claimed",
            "session_id": session_id,
            "visitor_id": visitor_id,
        },
        site_id=row["site_id"],
    )
    return True


def clip_to_hold(
    db: Database,
    row: dict[str, Any],
    session: dict[str, Any],
    request: CommandRequest,
    now: datetime,
) -> CommandRequest:
    """The request cut at the start of the station's next hold that does not admit the
    session's visitor: staff time never runs a session into someone else's booking, even after
    hours. An extension when the session already ends there is refused STATION_HELD with the
    hold's details. Given to :func:`admin.stations.commands.create` by staff's commands."""
    held = book.next_refusing(db, row["id"], book.candidate_of(db, session["visitor_id"]), now)
    if held is None:
        return request
    until = book.seconds_until(held, now)
    left = policy.estimate_left(session, now)
    if request.kind == CommandKind.EXTEND:
        if left >= until:
            raise Refused(
                ErrorCode.STATION_HELD,
                "the session already ends when the computer's booking starts",
                held_details(held, _timezone(db, row["site_id"])),
            )
        wanted = left + (request.minutes or 0) * 60
    else:
        wanted = request.seconds or 0
    if wanted <= until:
        return request
    return request.model_copy(
        update={"kind": CommandKind.SET_TIME, "minutes": None, "seconds": max(1, until)}
    )


def _timezone(db: Database, site_id: int) -> str:
    return str(next(db.query("SELECT timezone FROM sites WHERE id = ?", [site_id]))["timezone"])
