"""The server's SQLite database: one write connection, one lock, and a group-commit writer.

Writes go through :meth:`Store.write` (a transaction of their own, under the lock) or
:meth:`Store.submit` (the group-commit writer thread: every job queued while the previous
commit was being flushed runs in one transaction, each in its own savepoint, then one COMMIT
— one fsync with ``synchronous=FULL`` — and only then is each job's future resolved: an
acknowledged write is durable). Reads run on a read connection of the calling thread (WAL:
they see the last commit and never wait for the writer's flush).
"""

from __future__ import annotations

import logging
import queue
import sqlite3
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
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
#: Most jobs the group-commit writer puts in one transaction.
GROUP_MAX_JOBS = 512

_Job = tuple[Callable[[Database], object], "Future[object]"]


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
        self._writing: int | None = None  # the thread inside a write, if any
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._writer: threading.Thread | None = None
        self._queueing = threading.Lock()  # submit() against close(), never held for long
        self._local = threading.local()
        self._readers: list[sqlite3.Connection] = []
        self._readers_lock = threading.Lock()
        self._closed = False
        self._before_close: list[Callable[[], None]] = []
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
            outer = self._writing
            self._writing = threading.get_ident()
            try:
                with self._db.atomic():
                    return fn(self._db)
            except sqlite3.OperationalError as exc:
                raise StoreError(f"database write failed: {exc}") from exc
            finally:
                self._writing = outer

    def submit(self, fn: Callable[[Database], T]) -> Future[T]:
        """Queue ``fn(db)`` for the group-commit writer; its future resolves after the COMMIT.

        ``fn`` runs in a savepoint of the group's transaction: if it raises, only its own
        changes are rolled back and its future gets the exception. Jobs run in the order
        they were submitted.
        """
        future: Future[T] = Future()
        # Not the write lock: the writer holds it through a whole group and its COMMIT (the
        # flush), and the event loop calls this. Queued under this lock, a job is always ahead
        # of close()'s end-of-queue marker.
        with self._queueing:
            if self._closed:
                raise StoreError("database closed")
            if self._writer is None:
                self._writer = threading.Thread(
                    target=self._write_groups, name="epn-db-writer", daemon=True
                )
                self._writer.start()
            self._jobs.put((fn, future))  # type: ignore[arg-type]
        return future

    def _write_groups(self) -> None:
        while (first := self._jobs.get()) is not None:
            group = [first]
            stop = False
            while len(group) < GROUP_MAX_JOBS:  # what arrived during the previous flush
                try:
                    job = self._jobs.get_nowait()
                except queue.Empty:
                    break
                if job is None:
                    stop = True
                    break
                group.append(job)
            self._commit_group(group)
            if stop:
                return

    def _commit_group(self, group: list[_Job]) -> None:
        outcomes: list[tuple[bool, object]] = []
        with self._lock:
            self._writing = threading.get_ident()
            try:
                with self._db.atomic():
                    for fn, _ in group:
                        try:
                            with self._db.atomic():
                                outcomes.append((True, fn(self._db)))
                        except sqlite3.OperationalError as exc:
                            failed = StoreError(f"database write failed: {exc}")
                            outcomes.append((False, failed))
                        except Exception as exc:  # the job's own refusal: only it fails
                            outcomes.append((False, exc))
            except Exception as exc:  # the COMMIT itself failed: nothing is durable
                error = StoreError(f"database write failed: {exc}")
                outcomes = [(False, error)] * len(group)
            finally:
                self._writing = None
        for (_, future), (ok, value) in zip(group, outcomes, strict=True):
            if ok:
                future.set_result(value)
            else:
                assert isinstance(value, BaseException)
                future.set_exception(value)

    @contextmanager
    def bulk(self, cache_kib: int) -> Iterator[None]:
        """A long job writing in many small transactions (retention): meanwhile the writer keeps
        up to ``cache_kib`` of pages in memory and does not checkpoint at its commits — the job
        calls :meth:`checkpoint` between its transactions, off the lock — then both are restored.
        """
        with self._lock:
            cache = self._db.execute("PRAGMA cache_size").fetchone()[0]
            every = self._db.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
            self._db.execute(f"PRAGMA cache_size = {-int(cache_kib)}")
            self._db.execute("PRAGMA wal_autocheckpoint = 0")
        try:
            yield
        finally:
            with self._lock:
                self._db.execute(f"PRAGMA cache_size = {int(cache)}")
                self._db.execute(f"PRAGMA wal_autocheckpoint = {int(every)}")
            self.checkpoint()

    def checkpoint(self) -> None:
        """Copy the WAL's committed pages into the database (PASSIVE: it never waits for the
        readers): most of them on a connection of the calling thread's own, off the write
        lock; then the few the writer committed meanwhile, under it, so that the next write
        can start the WAL again from its beginning (without this the file grows for as long as
        writes keep landing during the checkpoints)."""
        if str(self.path) == ":memory:":
            return
        conn: sqlite3.Connection | None = getattr(self._local, "checkpointer", None)
        if conn is None:
            conn = sqlite3.connect(str(self.path), check_same_thread=False)
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            with self._readers_lock:
                self._readers.append(conn)
            self._local.checkpointer = conn
        try:
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            with self._lock:
                self._db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        except sqlite3.OperationalError as exc:
            raise StoreError(f"database checkpoint failed: {exc}") from exc

    def read(self, fn: Callable[[Database], T]) -> T:
        """Run ``fn(db)`` on this thread's read connection (inside a write: the writer's)."""
        if self._writing == threading.get_ident() or str(self.path) == ":memory:":
            with self._lock:
                try:
                    return fn(self._db)
                except sqlite3.OperationalError as exc:
                    raise StoreError(f"database read failed: {exc}") from exc
        try:
            return fn(self._reader())
        except sqlite3.OperationalError as exc:
            raise StoreError(f"database read failed: {exc}") from exc

    def _reader(self) -> Database:
        reader: Database | None = getattr(self._local, "db", None)
        if reader is None:
            if self._closed:
                raise StoreError("database closed")
            conn = sqlite3.connect(str(self.path), check_same_thread=False)
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA query_only = ON")
            with self._readers_lock:  # not the write lock: a writer may hold it for long
                self._readers.append(conn)
            reader = self._local.db = Database(conn)
        return reader

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

    def before_close(self, hook: Callable[[], None]) -> None:
        """Run ``hook`` first when closing, while it may still submit writes."""
        self._before_close.append(hook)

    def close(self) -> None:
        """Run the hooks, finish the queued writes, then close every connection."""
        for hook in self._before_close:
            hook()
        self._before_close.clear()
        with self._queueing:
            self._closed = True
            writer = self._writer
            if writer is not None:
                self._jobs.put(None)
        if writer is not None:
            writer.join()
        with self._readers_lock:
            for conn in self._readers:
                conn.close()
            self._readers.clear()
        with self._lock:
            self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
