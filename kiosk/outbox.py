"""The outbox: every station event, written to disk before anyone is told it happened.

Each event gets a UUID and the next per-station sequence number (the outbox's autoincrement
key), so the server can apply each exactly once however often it is resent. The sync thread
sends :meth:`Outbox.pending` in seq order and marks what the server accepted.

Heartbeats are the only events that may be dropped: :meth:`Outbox.append_heartbeat` replaces
the unsent heartbeat of the same session, so a long offline period keeps one per session
instead of growing without bound. Other events are never dropped.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from kiosk.clock import Clock, SystemClock
from kiosk.protocol import lite
from kiosk.protocol.enums import EventKind
from kiosk.store import LocalStore

if TYPE_CHECKING:  # records of kiosk/protocol/lite.py at run time (the model names them)
    from kiosk.protocol.station import Event

log = logging.getLogger("epn.kiosk.outbox")

#: Sent events kept for diagnosis; older ones are pruned.
KEEP_SENT = 1000


class Outbox:
    """Durable, ordered queue of events for the server."""

    def __init__(self, store: LocalStore, clock: Clock | None = None) -> None:
        self._store = store
        self._clock = clock or SystemClock()

    def append(self, kind: EventKind, **fields: Any) -> Event:
        """Queue an event; it is on disk when this returns."""
        with self._store.write() as db:
            return self._insert(db, kind, fields)

    def append_heartbeat(self, **fields: Any) -> Event:
        """Queue a heartbeat, replacing the unsent one of the same session (or of free time)."""
        with self._store.write() as db:
            cursor = db.execute(
                """
                DELETE FROM outbox
                WHERE sent_at IS NULL AND kind = ? AND json_extract(body, '$.session_id') IS ?
                """,
                [EventKind.HEARTBEAT.value, fields.get("session_id")],
            )
            if cursor.rowcount:
                log.debug("coalesced %d unsent heartbeat(s)", cursor.rowcount)
            return self._insert(db, EventKind.HEARTBEAT, fields)

    def pending(self, limit: int = 200) -> list[Event]:
        """Unsent events, oldest first."""
        with self._store.read() as db:
            rows = list(
                db.query(
                    "SELECT seq, body FROM outbox WHERE sent_at IS NULL ORDER BY seq LIMIT ?",
                    [limit],
                )
            )
        return [lite.read_record("Event", {**json.loads(r["body"]), "seq": r["seq"]}) for r in rows]

    def pending_count(self) -> int:
        with self._store.read() as db:
            row = db.execute("SELECT count(*) FROM outbox WHERE sent_at IS NULL").fetchone()
        return int(row[0])

    def mark_sent(self, event_ids: Iterable[str]) -> int:
        """Record that the server holds these events; returns how many were newly marked."""
        ids = list(event_ids)
        sent_at = self._clock.now().isoformat()
        marked = 0
        with self._store.write() as db:
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                marks = ", ".join("?" * len(chunk))
                cursor = db.execute(
                    f"UPDATE outbox SET sent_at = ? WHERE sent_at IS NULL AND event_id IN ({marks})",
                    [sent_at, *chunk],
                )
                marked += cursor.rowcount
        return marked

    def prune(self, keep: int = KEEP_SENT) -> int:
        """Delete sent events but the ``keep`` most recent; returns how many were deleted."""
        with self._store.write() as db:
            cursor = db.execute(
                """
                DELETE FROM outbox WHERE sent_at IS NOT NULL AND seq NOT IN (
                    SELECT seq FROM outbox WHERE sent_at IS NOT NULL ORDER BY seq DESC LIMIT ?
                )
                """,
                [keep],
            )
        return cursor.rowcount

    def _insert(self, db: Database, kind: EventKind, fields: dict[str, Any]) -> Event:
        at = self._clock.now().isoformat()
        # validate before writing: a malformed event is a bug, not something to queue
        draft = lite.station_record(
            "Event", event_id=str(uuid.uuid4()), seq=1, kind=kind, at=at, **fields
        )
        cursor = db.execute(
            "INSERT INTO outbox (event_id, kind, body, created_at) VALUES (?, ?, ?, ?)",
            [
                draft.event_id,
                kind.value,
                lite.dumps(draft, exclude=frozenset({"seq"})),
                at,
            ],
        )
        seq = cursor.lastrowid
        assert seq is not None
        event: Event = draft.replace(seq=seq)
        return event
