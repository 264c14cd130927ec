"""What each station event does to the server's sessions, applied once per event id.

heartbeat (the station's report of its running session, its live state and its alerts
(admin/stations/alerts.py); a free station's word settles what it ran), session_ended, session_started (a session opened offline), app_used,
charter_accepted, preferences_changed, process_stopped, cleanup_done, desk_called and
desk_call_cancelled (admin/stations/desk_calls.py), command_applied. A session the server closed
while its station was silent is settled here by the station's word (admin/sessions/reconcile.py).
:meth:`admin.stations.link.StationService.apply_events` runs them in one transaction.
"""

from __future__ import annotations

import logging
from datetime import datetime

from sqlite_utils import Database

from admin.catalogue import loaders as catalogue
from admin.core.actors import StationIdentity
from admin.core.timeutil import from_iso, to_iso
from admin.holds import queue
from admin.sessions import ledger, reconcile
from admin.sites import charters
from admin.stations import alerts, desk_calls
from admin.visitors import accounts as visitors
from admin.visitors import preferences, profile, tickets
from kiosk.protocol.commands import CommandKind
from kiosk.protocol.station import Event, EventKind

log = logging.getLogger("epn.server.stations")

NOT_STARTED_REASON = reconcile.NOT_STARTED_REASON


def apply(
    db: Database, station: StationIdentity, event: Event, moment: datetime
) -> tuple[bool, bool]:
    """Apply one new event: (the station list changed, a command was queued for it)."""
    now = to_iso(moment)
    if event.kind == EventKind.HEARTBEAT:
        # what the station says of its protection is its word now, in session or free
        alerts_changed = alerts.record_heartbeat(db, station.id, event.alerts, now)
        changed, queued = _heartbeat(db, station, event, moment, now)
        return changed or alerts_changed, queued
    if event.kind == EventKind.SESSION_ENDED:
        if event.session_id is None:
            return False, False
        cursor = db.execute(
            "UPDATE sessions SET state = 'ended', ended_at = ?,"
            " used_seconds = MAX(used_seconds, used_base + ?), remaining_seconds = 0,"
            " end_reason = ?"
            " WHERE id = ? AND station_id = ? AND state = 'active'",
            [now, event.used_seconds or 0, event.reason, event.session_id, station.id],
        )
        if cursor.rowcount:
            # the PC is free: the first in the site's queue gets it at once
            queue.promote(db, station.site_id, moment)
            return True, False
        silent = reconcile.provisional(db, station.id, event.session_id)
        if silent is None:
            return False, False  # ended before: replays and late words change nothing
        reconcile.station_ended(
            db,
            silent,
            used=event.used_seconds or 0,
            reason=event.reason,
            at=event.at,
            now=moment,
        )
        return True, False
    return _apply_other(db, station, event, now), False


def _heartbeat(
    db: Database, station: StationIdentity, event: Event, moment: datetime, now: str
) -> tuple[bool, bool]:
    """The station's report of its running session, or of its free time."""
    if event.agent_version is not None:
        db.execute(
            "UPDATE stations SET agent_version = ? WHERE id = ? AND agent_version IS NOT ?",
            [event.agent_version, station.id, event.agent_version],
        )
    if event.session_id is None:
        # a free station: whatever the server closed while it was silent is over
        return reconcile.settle_station(db, station.id), False
    if _report(db, station, event.session_id, event.used_seconds, event.remaining_seconds, now):
        return _live(db, station, event), False
    silent = reconcile.provisional(db, station.id, event.session_id)
    if silent is None:
        return False, False  # a settled session never changes again
    changed, queued = reconcile.station_reports(
        db,
        station,
        silent,
        used=event.used_seconds or 0,
        remaining=event.remaining_seconds,
        now=moment,
    )
    if not queued:
        _live(db, station, event)
    return changed, queued


def _apply_other(db: Database, station: StationIdentity, event: Event, now: str) -> bool:
    if event.kind == EventKind.SESSION_STARTED:
        return _session_started(db, station, event, now)
    if event.kind == EventKind.APP_USED:
        catalogue.record_usage(db, station.id, event)
        return False
    if event.kind == EventKind.CHARTER_ACCEPTED:
        if event.session_id is None:
            return False
        try:
            accepted = from_iso(event.at)
        except ValueError:
            accepted = from_iso(now)  # the station's clock said nonsense: receipt is close
        charters.record(db, station.id, event.session_id, accepted, station.timezone)
        return False  # nothing the station list shows
    if event.kind == EventKind.PROCESS_STOPPED:
        if event.session_id is None or not event.process:
            return False
        cursor = db.execute(
            "UPDATE sessions SET stopped_process = ?, stopped_action = ?"
            " WHERE id = ? AND station_id = ? AND state = 'active'",
            [event.process, _guard_action(event.detail), event.session_id, station.id],
        )
        return cursor.rowcount > 0  # a warning on the station's tile
    if event.kind == EventKind.CLEANUP_DONE:
        return False  # kept in the events table, for the record
    if event.kind == EventKind.PREFERENCES_CHANGED:
        if event.session_id is not None and event.preferences is not None:
            preferences.changed_in_session(db, station.id, event.session_id, event.preferences, now)
        return False  # nothing the station list shows
    if event.kind == EventKind.DESK_CALLED:
        return desk_calls.called(db, station.id, event.session_id, event.at, now)
    if event.kind == EventKind.DESK_CALL_CANCELLED:
        return desk_calls.clear(db, station.id)
    return _command_applied(db, station, event, now)


def _guard_action(detail: str | None) -> str | None:
    """What the guard did ("killed" or "reported"); None for anything else a station sent."""
    return detail if detail in ("killed", "reported") else None


def _live(db: Database, station: StationIdentity, event: Event) -> bool:
    """Store a heartbeat's locked state and app in use; True when either changed.

    Most heartbeats change neither: the UPDATE then matches no row and writes nothing, and
    the station list is not woken for them.
    """
    if event.locked is None:  # an older agent: it reports neither
        return False
    cursor = db.execute(
        "UPDATE sessions SET locked = ?, app_id = ?"
        " WHERE id = ? AND station_id = ? AND state = 'active'"
        " AND (locked IS NOT ? OR app_id IS NOT ?)",
        [
            int(event.locked),
            event.app_id,
            event.session_id,
            station.id,
            int(event.locked),
            event.app_id,
        ],
    )
    return cursor.rowcount > 0


def _session_started(db: Database, station: StationIdentity, event: Event, now: str) -> bool:
    """Record a session the station opened offline (kiosk/offline.py), as it happened.

    The station admitted the visitor on its own authority: whatever the server thinks of
    them now (disabled, out of time), the session took place and counts on the ledger day
    it started. Its later heartbeats and session_ended update it as any other. A visitor
    unknown by now (erased) cannot own a session row: the event stays in the events table,
    it is logged, and the session's later events find nothing to update.
    """
    if event.session_id is None or event.identifier is None or not event.granted_seconds:
        log.warning("session_started from %s without its session or visitor", station.name)
        return False
    visitor = next(
        db.query(
            "SELECT id, enabled, disabled_until FROM visitors WHERE identifier = ?",
            [event.identifier],
        ),
        None,
    )
    if visitor is None:
        log.warning(
            "offline session %s on %s: its visitor is unknown now; not recorded",
            event.session_id,
            station.name,
        )
        return False
    try:
        started = from_iso(event.at)
    except ValueError:
        started = from_iso(now)  # the station's clock said nonsense: the receipt is close
    if not visitors.is_active(visitor, visitors.local_today(started, station.timezone)):
        log.warning(
            "offline session %s on %s: visitor %d is disabled; recorded anyway",
            event.session_id,
            station.name,
            visitor["id"],
        )
    cursor = db.execute(
        "INSERT OR IGNORE INTO sessions (id, station_id, visitor_id, state, started_at,"
        " granted_seconds, used_seconds, remaining_seconds, reported_at, day"
        f"{profile.insert_columns()}) VALUES (?, ?, ?, 'active', ?, ?, 0, ?, ?, ?"
        f"{profile.insert_marks()})",
        [
            event.session_id,
            station.id,
            visitor["id"],
            to_iso(started),
            event.granted_seconds,
            event.granted_seconds,
            to_iso(started),
            ledger.day_of(started, station.timezone),
            *profile.snapshot(db, visitor["id"], started, station.timezone),
        ],
    )
    if cursor.rowcount == 0:
        log.warning("offline session %s: that id is taken; not recorded", event.session_id)
        return False
    log.info(
        "session %s opened offline on %s at %s for %ds",
        event.session_id,
        station.name,
        to_iso(started),
        event.granted_seconds,
    )
    return True


def _report(
    db: Database,
    station: StationIdentity,
    session_id: str,
    used: int | None,
    remaining: int | None,
    now: str,
) -> bool:
    """The station's report of its running session; False when it is not active here."""
    cursor = db.execute(
        "UPDATE sessions SET used_seconds = MAX(used_seconds, used_base + ?),"
        " remaining_seconds = COALESCE(?, remaining_seconds), reported_at = ?"
        " WHERE id = ? AND station_id = ? AND state = 'active'",
        [used or 0, remaining, now, session_id, station.id],
    )
    return cursor.rowcount > 0


def _command_applied(db: Database, station: StationIdentity, event: Event, now: str) -> bool:
    if event.command_id is None:
        return False
    command = next(
        db.query(
            "SELECT * FROM commands WHERE id = ? AND station_id = ? AND status = 'pending'",
            [event.command_id, station.id],
        ),
        None,
    )
    if command is None:
        return False
    ok = event.ok is not False
    db.execute(
        "UPDATE commands SET status = ?, applied_at = ? WHERE id = ?",
        ["applied" if ok else "failed", now, command["id"]],
    )
    session_id = event.session_id or command["session_id"]
    if not ok and command["kind"] == CommandKind.SIGN_IN and command["session_id"]:
        # the station could not start it (a visitor signed in there meanwhile): nothing used
        db.execute(
            "UPDATE sessions SET state = 'ended', ended_at = ?, remaining_seconds = 0,"
            " end_reason = ? WHERE id = ? AND station_id = ? AND state = 'active'",
            [now, NOT_STARTED_REASON, command["session_id"], station.id],
        )
        tickets.release(db, command["session_id"])
        log.info("desk sign-in %d refused by %s: session closed", command["id"], station.name)
        return True
    if ok and command["kind"] == CommandKind.EXTEND and session_id is not None:
        db.execute(
            "UPDATE sessions SET granted_seconds = granted_seconds + ? WHERE id = ?",
            [int(command["minutes"] or 0) * 60, session_id],
        )
    if session_id is not None and event.remaining_seconds is not None:
        _report(db, station, session_id, None, event.remaining_seconds, now)
    return True
