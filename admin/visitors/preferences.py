"""A visitor's reading preferences (language, text size, high contrast), kept on the server.

Set from the lock screen's choices at sign-in and by the station's ``preferences_changed``
event during a session; returned with every grant so that any station of any site applies
them. Guests (tickets) have none: their account lasts one ticket. Validation is the protocol's
model (kiosk/protocol/preferences.py), the same for every entry point.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from kiosk.protocol.limits import GUEST_CATEGORY
from kiosk.protocol.preferences import VisitorPreferences


def load(db: Database, visitor_id: int) -> VisitorPreferences:
    """What is kept for the visitor; empty when nothing is."""
    row = next(
        db.query(
            "SELECT language, text_size, contrast FROM visitor_preferences WHERE visitor_id = ?",
            [visitor_id],
        ),
        None,
    )
    if row is None:
        return VisitorPreferences()
    contrast = row["contrast"]
    return VisitorPreferences(
        language=row["language"],
        text_size=row["text_size"],
        contrast=None if contrast is None else bool(contrast),
    )


def choose(
    db: Database, visitor: dict[str, Any], chosen: VisitorPreferences | None, now: str
) -> VisitorPreferences:
    """Keep ``chosen`` over what the visitor had (in the caller's transaction); the result."""
    kept = load(db, visitor["id"])
    if chosen is None or chosen.is_empty() or visitor["category"] == GUEST_CATEGORY:
        return kept
    merged = chosen.over(kept)
    if merged != kept:
        db.execute(
            "INSERT INTO visitor_preferences (visitor_id, language, text_size, contrast,"
            " updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (visitor_id) DO UPDATE SET"
            " language = excluded.language, text_size = excluded.text_size,"
            " contrast = excluded.contrast, updated_at = excluded.updated_at",
            [
                visitor["id"],
                merged.language,
                merged.text_size,
                None if merged.contrast is None else int(merged.contrast),
                now,
            ],
        )
    return merged


def changed_in_session(
    db: Database, station_id: int, session_id: str, chosen: VisitorPreferences, now: str
) -> bool:
    """The station's ``preferences_changed``: kept for the session's visitor; False if unknown."""
    visitor = next(
        db.query(
            "SELECT v.id, v.category FROM sessions s JOIN visitors v ON v.id = s.visitor_id"
            " WHERE s.id = ? AND s.station_id = ?",
            [session_id, station_id],
        ),
        None,
    )
    if visitor is None:
        return False
    choose(db, visitor, chosen, now)
    return True


def erase(db: Database, visitor_id: int) -> None:
    """Forget the visitor's preferences (erasure on request)."""
    db.execute("DELETE FROM visitor_preferences WHERE visitor_id = ?", [visitor_id])
