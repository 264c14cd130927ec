"""The server's SQLite database: one connection, one lock, one write path."""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from sqlite_utils import Database

from admin.core.errors import StoreError
from admin.db.files import create_private
from admin.db.migrations import MIGRATIONS
from admin.db.upgrade import migrate

log = logging.getLogger("epn.server.store")

T = TypeVar("T")

BUSY_TIMEOUT_MS = 5000


def like_escape(text: str) -> str:
    """``text`` matched literally in a ``LIKE ? ESCAPE '\\'`` pattern (its % and _ escaped)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class Store:
    """Owns the database; every access goes through :meth:`write` or :meth:`read`.

    Writes run inside ``db.atomic()`` so a multi-step change is all or nothing. One lock
    serialises the shared connection between the server's worker threads.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = threading.RLock()
        try:
            create_private(self.path)  # it holds token digests and visitors' personal data
            conn = sqlite3.connect(str(self.path), check_same_thread=False)
            self._db = Database(conn)
            self._db.execute("PRAGMA foreign_keys = ON")
            self._db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self._db.enable_wal()
            migrate(self._db, self.path)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open database {self.path}: {exc}") from exc
        log.debug("opened %s", self.path)

    def write(self, fn: Callable[[Database], T]) -> T:
        """Run ``fn(db)`` in one transaction and return its result; roll back if it raises."""
        with self._lock:
            try:
                with self._db.atomic():
                    return fn(self._db)
            except sqlite3.OperationalError as exc:
                raise StoreError(f"database write failed: {exc}") from exc

    def read(self, fn: Callable[[Database], T]) -> T:
        with self._lock:
            try:
                return fn(self._db)
            except sqlite3.OperationalError as exc:
                raise StoreError(f"database read failed: {exc}") from exc

    def schema_state(self) -> tuple[list[str], list[str]]:
        """The program's migrations the database lacks, and the database's this program lacks.

        A trivial query first: it raises :class:`StoreError` when the database does not answer.
        """

        def check(db: Database) -> tuple[list[str], list[str]]:
            db.execute("SELECT 1").fetchone()
            applied = {migration.name for migration in MIGRATIONS.applied(db)}
            known = [migration.name for migration in MIGRATIONS._migrations]
            pending = [name for name in known if name not in applied]
            return pending, sorted(applied - set(known))

        try:
            return self.read(check)
        except sqlite3.Error as exc:  # closed, corrupt, unreadable: not only OperationalError
            raise StoreError(f"database read failed: {exc}") from exc

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
