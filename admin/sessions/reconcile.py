"""One truth per session: what the server does when a station goes silent and comes back.

The station is the authority on the running clock of its session; the server on allowances.
When a station falls silent, the server cannot know whether its session still runs (power cut)
or only its network is cut. So a silent station's session is closed *provisionally*
(:func:`close_silent`): ended at its last report (the best estimate of a real end, never its
start), and ``open_until`` set to the moment its time would be up at the latest (last report +
time left then). Until the station's word settles it:

- the visitor cannot sign in on another station (``SIGNED_IN_ELSEWHERE`` with the station's
  name and ``silent: true``: :func:`check_not_elsewhere`); staff ending the session at the desk
  settles it at once (:func:`settle`), and the station is told when it comes back;
- the allowance counts the time the station may have used since its last report
  (:func:`with_possible_use`).

When the station speaks again about that session:

- a heartbeat: the station still runs it. If nothing contradicts it, the session is reopened
  with the station's report and the console shows it again. A contradiction ends it: another
  session of the same visitor started meanwhile (``elsewhere``), the site is closed now
  (``closing``, unless an administrator let it run after hours) or the visitor has no allowance
  left (``no_time``). The server then queues an ``end`` command whose ``reason`` is that
  :class:`~kiosk.protocol.station.EndReason`; the station ends the session within a second and shows
  why, and its ``session_ended`` records the real end;
- a ``session_ended`` (the station ended it itself, or rebooted and closed it at its last
  snapshot): the session takes the station's used seconds and end, and is settled;
- a heartbeat of a free station: whatever it ran is over: settled at the last report.

A settled session never changes again: late reports of an ended session are kept in the
events table but move neither its used seconds nor the ledger. Every figure the statistics and
the ledger read comes from ``sessions.used_seconds`` (the ledger through triggers), so they
agree in every case.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlite_utils import Database

from admin.core import audit
from admin.core.actors import StationIdentity
from admin.core.errors import Refused
from admin.core.timeutil import from_iso, seconds_between, to_iso
from admin.rules import grant as policy
from admin.sessions import ledger
from admin.sites import settings as sites
from admin.visitors import tickets
from kiosk.protocol.commands import CommandKind
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.limits import OFFLINE_AFTER_SECONDS
from kiosk.protocol.station import EndReason

log = logging.getLogger("epn.server.reconcile")

#: end_reason of a session the server closed itself, at the station's last report.
STALE_REASON = "stale"
#: end_reason of a session opened by a desk sign-in that the station could not start.
NOT_STARTED_REASON = "not_started"


def close_silent(db: Database, session_id: str, *, silent: bool = True) -> None:
    """Close an active session at its last report (never later, never at its start).

    ``silent``: its station went quiet and may still run it (provisional, see the module).
    False when the station itself showed it no longer runs it (it signs in someone else).

    A desk sign-in the station never picked up fails with it: the station will not start it
    when it comes back, and a guest ticket it used is valid again.
    """
    row = next(
        db.query("SELECT * FROM sessions WHERE id = ? AND state = 'active'", [session_id]), None
    )
    if row is None:
        return
    last = row["reported_at"] or row["started_at"]
    open_until = None
    if silent:
        open_until = to_iso(from_iso(last) + timedelta(seconds=int(row["remaining_seconds"])))
    db.execute(
        "UPDATE sessions SET state = 'ended', ended_at = ?, remaining_seconds = 0,"
        " end_reason = ?, open_until = ? WHERE id = ? AND state = 'active'",
        [last, STALE_REASON, open_until, session_id],
    )
    cursor = db.execute(
        "UPDATE commands SET status = 'failed', applied_at = ?"
        " WHERE session_id = ? AND kind = ? AND status = 'pending'",
        [last, session_id, CommandKind.SIGN_IN],
    )
    if cursor.rowcount:
        # never started on its station: it cannot be running there, and nothing was used
        db.execute("UPDATE sessions SET open_until = NULL WHERE id = ?", [session_id])
        if int(row["used_seconds"]) == 0 and last == row["started_at"]:
            tickets.release(db, session_id)
        log.info("desk sign-in of session %s failed: its station went offline", session_id)
    log.info("closed session %s at its last report (%s)", session_id, last)


def settle(db: Database, session_id: str, end_reason: str | None = None) -> None:
    """The session's end is known now (staff ended it, its station moved on): never reopened."""
    db.execute(
        "UPDATE sessions SET open_until = NULL, end_reason = COALESCE(?, end_reason)"
        " WHERE id = ? AND open_until IS NOT NULL",
        [end_reason, session_id],
    )


def settle_station(db: Database, station_id: int) -> bool:
    """A free station's word: whatever it may have been running is over. True if any."""
    cursor = db.execute(
        "UPDATE sessions SET open_until = NULL WHERE station_id = ? AND open_until IS NOT NULL",
        [station_id],
    )
    return cursor.rowcount > 0


def check_not_elsewhere(db: Database, visitor_id: int, station_id: int, now: datetime) -> None:
    """SIGNED_IN_ELSEWHERE while the visitor's session may run on another station.

    Active on another station (online or silent), or closed while its station was silent and
    not settled yet: the details name the station and say whether it is silent, so the kiosk
    can tell the visitor where their session is and to ask the staff.
    """
    row = next(
        db.query(
            "SELECT st.name, st.last_seen_at, s.state FROM sessions s"
            " JOIN stations st ON st.id = s.station_id"
            " WHERE s.visitor_id = ? AND s.station_id != ?"
            " AND (s.state = 'active' OR (s.open_until IS NOT NULL AND s.open_until > ?))"
            " ORDER BY s.started_at DESC LIMIT 1",
            [visitor_id, station_id, to_iso(now)],
        ),
        None,
    )
    if row is None:
        return
    quiet = seconds_between(row["last_seen_at"], now)
    silent = row["state"] != "active" or quiet is None or quiet > OFFLINE_AFTER_SECONDS
    raise Refused(
        ErrorCode.SIGNED_IN_ELSEWHERE,
        "already signed in on another station",
        {"station": row["name"], "silent": silent},
    )


def with_possible_use(
    db: Database, visitor_id: int, used: policy.Usage, now: datetime, timezone: str
) -> policy.Usage:
    """The visitor's usage plus what their silent stations may have used since their last report.

    A session closed while its station was silent counted only up to that report; until its
    station settles it, the time it may have run since (up to its end at the latest) counts
    too, on the session's day.
    """
    today = now.astimezone(ZoneInfo(timezone)).date()
    monday = today - timedelta(days=today.weekday())
    extra_today = extra_week = 0
    for row in db.query(
        "SELECT day, ended_at, open_until FROM sessions"
        " WHERE visitor_id = ? AND open_until IS NOT NULL AND purpose <> 'training'",
        [visitor_id],
    ):
        until = min(now, from_iso(row["open_until"]))
        extra = max(0, int((until - from_iso(row["ended_at"])).total_seconds()))
        day = row["day"] or ""
        if monday.isoformat() <= day <= today.isoformat():
            extra_week += extra
            extra_today += extra if day == today.isoformat() else 0
    return policy.Usage(used.today_seconds + extra_today, used.week_seconds + extra_week)


def provisional(db: Database, station_id: int, session_id: str) -> dict[str, Any] | None:
    """The session if the server closed it while its station was silent and it is unsettled."""
    return next(
        db.query(
            "SELECT v.category, s.* FROM sessions s JOIN visitors v ON v.id = s.visitor_id"
            " WHERE s.id = ? AND s.station_id = ? AND s.state = 'ended'"
            " AND s.open_until IS NOT NULL",
            [session_id, station_id],
        ),
        None,
    )


def contradiction(
    db: Database, station: StationIdentity, session: dict[str, Any], now: datetime
) -> EndReason | None:
    """Why the session cannot go on now, or None when nothing contradicts it."""
    other = next(
        db.query(
            "SELECT 1 FROM sessions WHERE visitor_id = ? AND id != ? AND started_at >= ?"
            " AND end_reason IS NOT ?",
            [session["visitor_id"], session["id"], session["started_at"], NOT_STARTED_REASON],
        ),
        None,
    )
    if other is not None:
        return EndReason.ELSEWHERE
    if not session["after_hours"]:
        schedule = sites.load_schedule(db, station.site_id)
        try:
            sites.check_open(schedule, now, station.timezone)
        except Refused:
            return EndReason.CLOSING
    policies = {
        row["category"]: policy.Limits(
            row["session_minutes"], row["daily_minutes"], row["weekly_minutes"]
        )
        for row in db.query("SELECT * FROM policies")
    }
    limits = policy.limits_for(
        session["category"], policies, sites.load_site_limits(db, station.site_id)
    )
    used = ledger.usage(db, session["visitor_id"], now, station.timezone)
    terms = policy.allowances(limits, used)
    if min(terms["daily"], terms["weekly"]) <= 0:
        return EndReason.NO_TIME
    return None


def station_reports(
    db: Database,
    station: StationIdentity,
    session: dict[str, Any],
    *,
    used: int,
    remaining: int | None,
    now: datetime,
) -> tuple[bool, bool]:
    """A heartbeat of a provisionally closed session: reopen it, or tell the station to end it.

    Returns (changed, command queued).
    """
    at = to_iso(now)
    used_total = max(int(session["used_seconds"]), int(session["used_base"] or 0) + used)
    db.execute("UPDATE sessions SET used_seconds = ? WHERE id = ?", [used_total, session["id"]])
    why = contradiction(db, station, session, now)
    if why is None:
        db.execute(
            "UPDATE sessions SET state = 'active', ended_at = NULL, end_reason = NULL,"
            " open_until = NULL, remaining_seconds = ?, reported_at = ? WHERE id = ?",
            [remaining or 0, at, session["id"]],
        )
        log.info("session %s reopened: its station %s is back", session["id"], station.name)
        return True, False
    # it runs until the station applies the end (within a second while it is online)
    open_until = to_iso(now + timedelta(seconds=max(0, remaining or 0)))
    db.execute(
        "UPDATE sessions SET ended_at = ?, open_until = ? WHERE id = ?",
        [at, open_until, session["id"]],
    )
    pending = next(
        db.query(
            "SELECT 1 FROM commands WHERE session_id = ? AND kind = ? AND status = 'pending'",
            [session["id"], CommandKind.END],
        ),
        None,
    )
    if pending is None:
        queue_end(db, station.id, session["id"], why, now)
    log.info("session %s on %s ends on its return: %s", session["id"], station.name, why.value)
    return True, pending is None


def station_ended(
    db: Database,
    session: dict[str, Any],
    *,
    used: int,
    reason: str | None,
    at: str | None,
    now: datetime,
) -> None:
    """The station's session_ended for a provisionally closed session: its real end."""
    last = from_iso(session["ended_at"])
    try:
        moment = from_iso(at) if at else now
    except ValueError:
        moment = now  # the station's clock said nonsense: the receipt is close
    # between what the server saw last and now: a station clock can be wrong both ways
    moment = max(last, min(moment, now))
    used_total = max(int(session["used_seconds"]), int(session["used_base"] or 0) + used)
    db.execute(
        "UPDATE sessions SET used_seconds = ?, ended_at = ?, open_until = NULL,"
        " end_reason = COALESCE(?, end_reason) WHERE id = ?",
        [used_total, to_iso(moment), reason, session["id"]],
    )
    log.info("session %s: its station reported its end (%s)", session["id"], reason)


def queue_end(
    db: Database, station_id: int, session_id: str, reason: EndReason, now: datetime
) -> int:
    """Queue the server's own end of a session (admin/sessions/reconcile.py), audited; its id."""
    at = to_iso(now)
    cursor = db.execute(
        "INSERT INTO commands (station_id, session_id, kind, reason, status, created_at)"
        " VALUES (?, ?, ?, ?, 'pending', ?)",
        [station_id, session_id, CommandKind.END, reason.value, at],
    )
    command_id = int(cursor.lastrowid or 0)
    name = next(db.query("SELECT name FROM stations WHERE id = ?", [station_id]))["name"]
    audit.record(
        db,
        at=at,
        staff_id=None,
        action=f"command.{CommandKind.END}",
        target=f"station:{name}",
        before={"session_id": session_id},
        after={"command_id": command_id, "reason": reason.value, "by": "server"},
    )
    return command_id
