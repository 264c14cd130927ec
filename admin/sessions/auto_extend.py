"""Automatic extension: the server gives a session more time when the room is quiet.

When a heartbeat reports a session with less than :data:`EXTEND_BELOW_SECONDS` left, and the
rules of the visitor's category at the site allow it (``admin/rules/session_rules.py``), the server
queues an ``extend`` command for the station, exactly as a staff member would: stored,
pushed, audited (staff None, ``request_id`` ``auto:<session>:<n>``). The rule:

- ``extend_minutes`` more minutes, at most ``extend_times`` times per session (failed ones
  count), never while the previous one is still pending;
- only while nobody waits in the site's queue (``admin/holds/queue.py``), and never into the
  station's next hold that does not admit the visitor (the minutes are cut to end before it).
  This replaces the former "at least ``extend_min_free`` free stations" approximation: the
  session rules still carry ``extend_min_free`` for older consoles, and it is not read;
- never beyond the visitor's daily and weekly allowance, nor past closing time: the minutes are
  cut to fit, and nothing is sent when less than a minute would fit. Automatic extension lifts
  the session limit, not the quotas.

The request id makes it idempotent: the n-th extension of a session is created once, whatever
heartbeats are replayed.
"""

from __future__ import annotations

import logging
from datetime import datetime

from sqlite_utils import Database

from admin.core.actors import StationIdentity
from admin.core.errors import Refused
from admin.holds import book, queue
from admin.rules import grant as policy
from admin.rules import session_rules
from admin.sessions import ledger
from admin.sites import hours
from admin.sites import settings as sites
from admin.stations import commands
from kiosk.protocol.commands import CommandKind, CommandRequest
from kiosk.protocol.station import Event, EventKind

log = logging.getLogger("epn.server.auto_extend")

#: A heartbeat with less than this left may trigger an extension (heartbeats come every 10 s).
EXTEND_BELOW_SECONDS = 120
REQUEST_PREFIX = "auto:"


def request_id(session_id: str, number: int) -> str:
    return f"{REQUEST_PREFIX}{session_id}:{number}"


def extension_minutes(
    rules: session_rules.Rules,
    *,
    remaining: int,
    made: int,
    pending: bool,
    waiting: int,
    allowance_left: int | None,
    closing: int | None,
    held_in: int | None = None,
) -> int:
    """Minutes to add now, 0 for none (pure). ``allowance_left``, ``closing`` and ``held_in``
    (until the station's next hold that does not admit the visitor) in seconds; ``waiting``:
    tickets waiting in the site's queue."""
    if not rules.auto_extends or pending or made >= rules.extend_times:
        return 0
    if remaining >= EXTEND_BELOW_SECONDS or waiting > 0:
        return 0
    room = rules.extend_minutes * 60
    for limit in (allowance_left, closing, held_in):
        if limit is not None:
            room = min(room, limit - remaining)
    return max(0, room // 60)


def _allowance_left(
    db: Database, site_id: int, category: str, visitor_id: int, now: datetime, timezone: str
) -> int:
    policies = {
        row["category"]: policy.Limits(
            row["session_minutes"], row["daily_minutes"], row["weekly_minutes"]
        )
        for row in db.query("SELECT * FROM policies")
    }
    limits = policy.limits_for(category, policies, sites.load_site_limits(db, site_id))
    used = ledger.usage(db, visitor_id, now, timezone)
    terms = policy.allowances(limits, used)
    return min(terms["daily"], terms["weekly"])


def after_event(db: Database, station: StationIdentity, event: Event, now: datetime) -> bool:
    """Queue an automatic extension if this (new) event calls for one; True when queued."""
    if event.kind != EventKind.HEARTBEAT or event.session_id is None:
        return False
    if event.remaining_seconds is None or event.remaining_seconds >= EXTEND_BELOW_SECONDS:
        return False  # the hot path: most heartbeats stop here, without a query
    session = next(
        db.query(
            "SELECT s.id, s.visitor_id, v.category FROM sessions s"
            " JOIN visitors v ON v.id = s.visitor_id"
            " WHERE s.id = ? AND s.station_id = ? AND s.state = 'active'"
            # a workshop's training session ends with its slot: free access is a new sign-in
            " AND s.purpose <> 'training'",
            [event.session_id, station.id],
        ),
        None,
    )
    if session is None:
        return False
    rules = session_rules.load(db, station.site_id, session["category"])
    if not rules.auto_extends:
        return False
    done = next(
        db.query(
            "SELECT COUNT(*) AS made, COALESCE(SUM(status = 'pending'), 0) AS pending"
            " FROM commands WHERE station_id = ? AND session_id = ? AND request_id LIKE ?",
            [station.id, session["id"], f"{REQUEST_PREFIX}%"],
        )
    )
    schedule = sites.load_schedule(db, station.site_id)
    next_hold = book.next_refusing(
        db, station.id, book.candidate_of(db, session["visitor_id"]), now
    )
    minutes = extension_minutes(
        rules,
        remaining=event.remaining_seconds,
        made=int(done["made"]),
        pending=bool(done["pending"]),
        waiting=queue.waiting_count(db, station.site_id),
        allowance_left=_allowance_left(
            db, station.site_id, session["category"], session["visitor_id"], now, station.timezone
        ),
        closing=hours.seconds_until_close(schedule, now, station.timezone),
        held_in=None if next_hold is None else book.seconds_until(next_hold, now),
    )
    if minutes == 0:
        return False
    request = commands.normalise(
        CommandRequest(
            kind=CommandKind.EXTEND,
            minutes=minutes,
            request_id=request_id(session["id"], int(done["made"]) + 1),
        )
    )
    try:
        _, created = commands.create(db, None, station.name, request, now)
    except Refused as exc:  # a rule of commands.py; never spoil the events batch for it
        log.warning("no automatic extension of %s: %s", session["id"], exc.message)
        return False
    if created:
        log.info("session %s extended by %d min automatically", session["id"], minutes)
    return created
