"""Signing in on a station that still has a session of its own on the server.

The same visitor resumes it: the grant names the same session, with the time left estimated
from the station's last report (the time since counts as used, as everywhere else), cut at
closing time. The station counts again from 0, so the seconds used so far become the session's
``used_base`` and its later reports are added to it (``admin/stations/link.py``). A session
the server closed while the station was silent (``admin/sessions/reconcile.py``) is resumed the same
way while its time would not be up yet.

Another visitor means the station lost track of that session (it crashed, was reinstalled):
it is closed at its last report, and settled (the station signing someone in runs nothing
else). A session with no time left is closed the same way and the visitor gets a new grant,
counted against their allowance.

Known limit: a ``session_ended`` sent before the resume but received after it would end the
resumed session. The station sends its outbox before it can sign anyone in again (and cannot
sign in at all while the server is unreachable), so this needs an event to be lost in flight
and retried after the new sign-in.
"""

from __future__ import annotations

import logging
from datetime import datetime

from sqlite_utils import Database

from admin.core.timeutil import from_iso, to_iso
from admin.rules import grant as policy
from admin.sessions import reconcile

log = logging.getLogger("epn.server.resume")


def resume_or_close(
    db: Database,
    station_id: int,
    visitor_id: int,
    now: datetime,
    closing: int | None,
) -> tuple[str, int] | None:
    """The (session id, seconds left) to grant again, or None after closing what was there."""
    resumed: tuple[str, int] | None = None
    at = to_iso(now)
    # a session closed while this station was silent, and not settled: it may resume too
    for own in db.query(
        "SELECT id, visitor_id, ended_at, open_until FROM sessions WHERE station_id = ?"
        " AND open_until IS NOT NULL",
        [station_id],
    ):
        if own["visitor_id"] == visitor_id and from_iso(own["open_until"]) > now:
            # active again as at its last report: the time since counts as used (below)
            span = from_iso(own["open_until"]) - from_iso(own["ended_at"])
            db.execute(
                "UPDATE sessions SET state = 'active', reported_at = ended_at, ended_at = NULL,"
                " end_reason = NULL, open_until = NULL, remaining_seconds = ? WHERE id = ?",
                [int(span.total_seconds()), own["id"]],
            )
        else:
            reconcile.settle(db, own["id"])
    own_sessions = list(
        db.query("SELECT * FROM sessions WHERE station_id = ? AND state = 'active'", [station_id])
    )
    for own in own_sessions:
        left = policy.estimate_left(own, now)
        if closing is not None:
            left = min(left, closing)
        if resumed is None and own["visitor_id"] == visitor_id and left > 0:
            used = policy.estimate_used(own, now)
            db.execute(
                "UPDATE sessions SET used_seconds = ?, used_base = ?, remaining_seconds = ?,"
                " reported_at = ? WHERE id = ?",
                [used, used, left, at, own["id"]],
            )
            log.info("session %s resumed: %d s used, %d s left", own["id"], used, left)
            resumed = (own["id"], left)
        else:
            reconcile.close_silent(db, own["id"], silent=False)
    return resumed
