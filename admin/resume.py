"""Signing in on a station that still has an active session on the server.

The same visitor resumes it: the grant names the same session, with the time left estimated
from the station's last report (the time since counts as used, as everywhere else), cut at
closing time. The station counts again from 0, so the seconds used so far become the session's
``used_base`` and its later reports are added to it (``admin/station_service.py``).

Another visitor means the station lost track of that session (it crashed, was reinstalled):
it is closed as stale at its last report, as before. A session with no time left is closed
the same way and the visitor gets a new grant, counted against their allowance.

Known limit: a ``session_ended`` sent before the resume but received after it would end the
resumed session. The station sends its outbox before it can sign anyone in again (and cannot
sign in at all while the server is unreachable), so this needs an event to be lost in flight
and retried after the new sign-in.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from sqlite_utils import Database

from admin import policy
from admin.timeutil import to_iso

log = logging.getLogger("epn.server.resume")


def resume_or_close(
    db: Database,
    station_id: int,
    visitor_id: int,
    now: datetime,
    closing: int | None,
    close_stale: Callable[[Database, str], None],
) -> tuple[str, int] | None:
    """The (session id, seconds left) to grant again, or None after closing what was there.

    ``close_stale(db, session_id)`` closes a session at its last report.
    """
    resumed: tuple[str, int] | None = None
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
                [used, used, left, to_iso(now), own["id"]],
            )
            log.info("session %s resumed: %d s used, %d s left", own["id"], used, left)
            resumed = (own["id"], left)
        else:
            close_stale(db, own["id"])
    return resumed
