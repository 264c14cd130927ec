"""The site's rules (charter): who must accept them before a session, and the acceptances.

A visitor accepts a site's charter once per local day, before their first session there; the
grant carries the texts while it is due (:func:`due`), and the station's ``charter_accepted``
event records the acceptance (:func:`record`). Guests (ticket sessions) have no identity
across sessions, so they accept it every session: each ticket opens a new guest visitor.

A site requires the charter when ``sites.charter_required`` is 1, or NULL and it has a charter
text; 0 turns it off. A site without any charter text never asks (there is nothing to read).
Both functions run inside the caller's transaction.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from admin.core.timeutil import to_iso
from admin.sessions import ledger
from admin.sites import settings as sites
from admin.visitors import accounts as visitors

log = logging.getLogger("epn.server.charters")


def due(
    db: Database, site_id: int, visitor: dict[str, Any], now: datetime, timezone: str
) -> dict[str, str] | None:
    """The charter texts by language when this visitor must accept them now, else None."""
    texts = sites.load_texts(db, site_id)
    if texts.charter_required is False or not texts.charter:
        return None
    if visitor["category"] != visitors.GUEST_CATEGORY:
        accepted = next(
            db.query(
                "SELECT 1 AS yes FROM charter_acceptances"
                " WHERE visitor_id = ? AND site_id = ? AND day = ?",
                [visitor["id"], site_id, ledger.day_of(now, timezone)],
            ),
            None,
        )
        if accepted is not None:
            return None
    return {str(language): text for language, text in texts.charter.items()}


def record(db: Database, station_id: int, session_id: str, at: datetime, timezone: str) -> bool:
    """Record that the visitor of this station's session accepted the site's charter at ``at``.

    Once per visitor, site and local day: a second acceptance that day changes nothing.
    False when the session is not this station's (the event stays in the events table).
    """
    session = next(
        db.query(
            "SELECT s.visitor_id, st.site_id FROM sessions s"
            " JOIN stations st ON st.id = s.station_id WHERE s.id = ? AND s.station_id = ?",
            [session_id, station_id],
        ),
        None,
    )
    if session is None:
        log.warning("charter accepted in session %s, unknown on station %d", session_id, station_id)
        return False
    cursor = db.execute(
        "INSERT OR IGNORE INTO charter_acceptances (visitor_id, site_id, day, accepted_at,"
        " session_id) VALUES (?, ?, ?, ?, ?)",
        [
            session["visitor_id"],
            session["site_id"],
            ledger.day_of(at, timezone),
            to_iso(at),
            session_id,
        ],
    )
    if cursor.rowcount:
        log.info("charter accepted in session %s", session_id)
    return bool(cursor.rowcount)
