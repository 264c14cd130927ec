"""The station's local SQLite: the session snapshot, the event outbox and a few settings.

Durable across power loss (WAL + ``synchronous=FULL``: a commit is on disk when it returns).
One connection shared by the agent's threads, behind one re-entrant lock: every write goes
through :meth:`LocalStore.write` (the lock + ``db.atomic()``), so writes nest into one
transaction when a caller needs several to land together. The schema is a list of named
migrations, applied at open.

Errors are those of sqlite3 (``sqlite3.OperationalError`` for a full disk or a locked file):
environment failures the caller logs and retries.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database, Migrations

from kiosk.protocol import lite
from kiosk.session import SessionState

log = logging.getLogger("epn.kiosk.store")

migrations = Migrations("epn-station")


@migrations()
def m001_initial(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE snapshot (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            session_id TEXT NOT NULL,
            visitor TEXT NOT NULL,
            boot_id TEXT NOT NULL,
            started_mono REAL NOT NULL,
            allowed_seconds INTEGER NOT NULL,
            thresholds TEXT NOT NULL,
            snapshot_mono REAL NOT NULL,
            warned TEXT NOT NULL,
            saved_at TEXT NOT NULL
        )
        """
    )
    # AUTOINCREMENT: a seq is never reused, even after pruning every row
    db.execute(
        """
        CREATE TABLE outbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            event_id TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            body TEXT NOT NULL,
            created_at TEXT NOT NULL,
            sent_at TEXT
        )
        """
    )
    db.execute("CREATE INDEX outbox_unsent ON outbox (seq) WHERE sent_at IS NULL")
    db.execute("CREATE TABLE kv (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


@migrations()
def m002_credentials(db: Database) -> None:
    # visitors verified online, for the offline sign-in policy (kiosk/offline.py); `key` is
    # an HMAC of the identifier with this station's salt: the card number is not stored
    db.execute(
        """
        CREATE TABLE credentials (
            key TEXT PRIMARY KEY,
            visitor TEXT NOT NULL,
            pin_hash TEXT,
            apps TEXT NOT NULL,
            verified_at TEXT NOT NULL,
            day TEXT NOT NULL,
            remaining_seconds INTEGER NOT NULL,
            daily_seconds INTEGER NOT NULL,
            failures INTEGER NOT NULL DEFAULT 0,
            window_start TEXT,
            locked_until TEXT
        )
        """
    )


@migrations()
def m003_snapshot_closing(db: Database) -> None:
    # when the site closes, if the grant was cut at closing: the end is then reported as such
    db.execute("ALTER TABLE snapshot ADD COLUMN closing_mono REAL")


@migrations()
def m004_error_reports(db: Database) -> None:
    # the station's own errors for the server (kiosk/error_reports.py): one row per message
    # and repeat window, its count raised while it repeats; sent_at NULL until the server
    # holds this count (a raised count is sent again)
    db.execute(
        """
        CREATE TABLE error_reports (
            report_id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL,
            at TEXT NOT NULL,
            level TEXT NOT NULL,
            logger TEXT NOT NULL,
            message TEXT NOT NULL,
            count INTEGER NOT NULL,
            sent_at TEXT
        )
        """
    )
    db.execute("CREATE INDEX error_reports_unsent ON error_reports (seq) WHERE sent_at IS NULL")


@migrations()
def m005_snapshot_booking(db: Database) -> None:
    # when the station is held for someone else, if the session was cut there: its end is
    # then reported as "booking"
    db.execute("ALTER TABLE snapshot ADD COLUMN booking_mono REAL")


@dataclass(frozen=True)
class Snapshot:
    """The running session as last saved, with the boot and the instant it was saved in."""

    state: SessionState
    boot_id: str
    snapshot_mono: float
    saved_at: str


def create_private(path: Path) -> None:
    """Create the database file readable and writable by its owner only (0600), whatever the
    umask; SQLite gives the -wal and -shm files it creates beside it the same mode."""
    if str(path) == ":memory:" or str(path).startswith("file:"):
        return
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError:  # there already, or not creatable: sqlite3 says why when it opens it
        return
    os.close(fd)


class LocalStore:
    """The station database at ``path`` (created and migrated if needed)."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._lock = threading.RLock()
        # the agent's threads share this connection; the lock serialises them
        create_private(self.path)  # cached credential hashes and the outbox: the service's only
        conn = sqlite3.connect(str(self.path), check_same_thread=False, timeout=10.0)
        self._db = Database(conn)
        self._db.enable_wal()
        self._db.execute("PRAGMA synchronous=FULL")
        with self._lock:
            migrations.apply(self._db)
        log.debug("opened %s", self.path)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def write(self) -> Iterator[Database]:
        """The one write path: a transaction under the store lock (nests as a savepoint)."""
        with self._lock, self._db.atomic():
            yield self._db

    @contextmanager
    def read(self) -> Iterator[Database]:
        """Read under the lock, so no reader sees another thread's transaction half done."""
        with self._lock:
            yield self._db

    # --- snapshot ---------------------------------------------------------------------

    def save_snapshot(self, snapshot: Snapshot) -> None:
        state = snapshot.state
        with self.write() as db:
            db.execute(
                """
                INSERT OR REPLACE INTO snapshot (id, session_id, visitor, boot_id, started_mono,
                    allowed_seconds, thresholds, snapshot_mono, warned, saved_at, closing_mono,
                    booking_mono)
                VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    state.session_id,
                    lite.dumps(state.visitor),
                    snapshot.boot_id,
                    state.started_mono,
                    state.allowed_seconds,
                    json.dumps(list(state.thresholds)),
                    snapshot.snapshot_mono,
                    json.dumps(sorted(state.warned)),
                    snapshot.saved_at,
                    state.closing_mono,
                    state.booking_mono,
                ],
            )

    def load_snapshot(self) -> Snapshot | None:
        with self.read() as db:
            rows = list(db.query("SELECT * FROM snapshot WHERE id = 1"))
        if not rows:
            return None
        row = rows[0]
        state = SessionState(
            session_id=row["session_id"],
            visitor=lite.read_record("VisitorInfo", json.loads(row["visitor"])),
            started_mono=float(row["started_mono"]),
            allowed_seconds=int(row["allowed_seconds"]),
            thresholds=tuple(int(t) for t in json.loads(row["thresholds"])),
            warned=frozenset(int(t) for t in json.loads(row["warned"])),
            closing_mono=None if row["closing_mono"] is None else float(row["closing_mono"]),
            booking_mono=None if row["booking_mono"] is None else float(row["booking_mono"]),
        )
        return Snapshot(
            state=state,
            boot_id=row["boot_id"],
            snapshot_mono=float(row["snapshot_mono"]),
            saved_at=row["saved_at"],
        )

    def clear_snapshot(self) -> None:
        with self.write() as db:
            db.execute("DELETE FROM snapshot")

    # --- settings ---------------------------------------------------------------------

    def get(self, key: str) -> str | None:
        with self.read() as db:
            rows = list(db.query("SELECT value FROM kv WHERE key = ?", [key]))
        return rows[0]["value"] if rows else None

    def set(self, key: str, value: str) -> None:
        with self.write() as db:
            db.execute("INSERT OR REPLACE INTO kv (key, value) VALUES (?, ?)", [key, value])
