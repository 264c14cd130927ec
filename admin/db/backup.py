"""Copies of the server database, taken and put back safely.

:func:`backup` copies a live database through SQLite's online backup API: one read
transaction, so the copy is the database as it was at one instant even while the server
writes (WAL mode lets it go on writing). The copy is written beside its destination, checked
(``PRAGMA integrity_check``), flushed to disk and only then renamed into place: a backup file
is always whole. :func:`backup_rotating` is the nightly job's form: ``epn-YYYYMMDD-HHMMSS.db``
(UTC) in a folder, the oldest beyond N deleted (only files of that form).

:func:`restore` puts a backup back: the file must be an SQLite database that passes the
integrity check, with this server's migrations table and no migration this program does not
know; no server may be running on the database. The old database is kept beside it
(``<db>.before-restore-<time>``) and the new one renamed over it: at every instant the path
holds one whole database, and a failed restore leaves the old one in place.

Every refusal is a StoreError whose message says what to fix.
"""

from __future__ import annotations

import functools
import logging
import os
import re
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from admin.core.errors import StoreError
from admin.db import serverlock
from admin.db.files import create_private, fsync, fsync_dir
from admin.db.migrations import MIGRATIONS

log = logging.getLogger("epn.server.backup")

SQLITE_MAGIC = b"SQLite format 3\x00"
MIGRATIONS_TABLE = "_sqlite_migrations"
MIGRATION_SET = "epn-server"
#: The names the rotating backup writes, and the only files it ever deletes.
ROTATING_NAME = re.compile(r"^epn-\d{8}-\d{6}\.db$")
#: Pages copied (then flushed) per step: 4 MB with SQLite's default 4 KB pages.
STEP_PAGES = 1024
#: The disk left to the server between two steps.
STEP_PAUSE_S = 0.005


@dataclass(frozen=True)
class Copy:
    path: Path
    size: int
    seconds: float

    def describe(self) -> str:
        return f"{self.path} ({self.size / 1e6:.1f} MB in {self.seconds:.1f} s)"


def _integrity(conn: sqlite3.Connection, what: str) -> None:
    rows = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
    if rows != ["ok"]:
        raise StoreError(f"{what} fails the integrity check: {'; '.join(rows[:3])}")


def _copy_in_steps(
    source: sqlite3.Connection, destination: sqlite3.Connection, temporary: Path
) -> None:
    """All pages of ``source`` as of one instant, written and flushed a few MB at a time.

    One read transaction is held on ``source`` for the whole copy: its snapshot cannot move,
    so the step-by-step copy never restarts however much the server writes meanwhile (WAL
    mode: the server's writes do not wait for it). Flushing each step keeps the disk's write
    queue short, so the server's own commits (each one flushed) do not queue behind hundreds
    of MB of backup; the sleep leaves the disk to them between steps.
    """
    destination.execute("PRAGMA synchronous = OFF")  # flushed here, step by step
    began = not source.in_transaction
    if began:
        source.execute("BEGIN")
        source.execute("SELECT count(*) FROM sqlite_master").fetchall()  # the snapshot starts
    fd = os.open(temporary, os.O_RDONLY)

    def flush(status: int, remaining: int, total: int) -> None:
        os.fsync(fd)
        if remaining:
            _pause()

    try:
        source.backup(destination, pages=STEP_PAGES, progress=flush)
    finally:
        os.close(fd)
        if began:
            source.execute("ROLLBACK")


def _pause() -> None:
    time.sleep(STEP_PAUSE_S)


def copy_database(source: sqlite3.Connection, target: Path) -> Copy:
    """``source`` copied to ``target`` through a temporary file beside it, checked, renamed."""
    started = time.monotonic()
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    temporary.unlink(missing_ok=True)
    try:
        create_private(temporary)
        destination = sqlite3.connect(str(temporary))
        try:
            _copy_in_steps(source, destination, temporary)
            # a self-contained file: opening the copy (even read-only) leaves no -wal beside it
            destination.execute("PRAGMA journal_mode = DELETE")
            _integrity(destination, f"the copy {temporary}")
        finally:
            destination.close()
        fsync(temporary)
        os.replace(temporary, target)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot write the backup {target}: {exc}") from exc
    except OSError as exc:
        raise StoreError(f"cannot write the backup {target}: {exc.strerror}") from exc
    finally:
        temporary.unlink(missing_ok=True)
    fsync_dir(target.parent)
    return Copy(target, target.stat().st_size, time.monotonic() - started)


def _open_existing(db: Path) -> sqlite3.Connection:
    if not db.is_file():
        raise StoreError(f"no database at {db}")
    try:
        return sqlite3.connect(f"file:{db}?mode=rw", uri=True)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open database {db}: {exc}") from exc


def backup(db: Path, to: Path) -> Copy:
    """A consistent copy of ``db`` (live or not) at ``to``, replaced only once whole."""
    if to.is_dir():
        raise StoreError(f"{to} is a folder: give a file name, or use --dir with --keep")
    if not to.parent.is_dir():
        raise StoreError(f"no folder {to.parent} for the backup")
    if to.resolve() == db.resolve():
        raise StoreError("the backup cannot overwrite the database itself")
    source = _open_existing(db)
    try:
        copy = copy_database(source, to)
    finally:
        source.close()
    log.info("backup of %s written to %s", db, copy.describe())
    return copy


def backup_rotating(db: Path, folder: Path, keep: int, now: datetime) -> tuple[Copy, list[Path]]:
    """A backup named for ``now`` (UTC) in ``folder``; the oldest beyond ``keep`` deleted."""
    if keep < 1:
        raise StoreError(f"--keep must be at least 1 (got {keep})")
    if not folder.is_dir():
        raise StoreError(f"no folder {folder} for the backups")
    target = folder / f"epn-{now:%Y%m%d-%H%M%S}.db"
    if target.exists():
        raise StoreError(f"{target} exists already: one backup per second at most")
    copy = backup(db, target)
    ours = sorted(p for p in folder.iterdir() if ROTATING_NAME.match(p.name) and p.is_file())
    deleted = ours[: max(0, len(ours) - keep)]
    for old in deleted:
        old.unlink()
        log.info("old backup %s deleted (keeping %d)", old, keep)
    return copy, deleted


# --- restore -------------------------------------------------------------------------------


def _applied(conn: sqlite3.Connection) -> list[str]:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [MIGRATIONS_TABLE]
    ).fetchone()
    if not exists:
        return []
    rows = conn.execute(
        f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
        [MIGRATION_SET],
    ).fetchall()
    return [row[0] for row in rows]


@functools.cache
def known_schema() -> tuple[str, ...]:
    """The names of the migrations this program knows, in order."""
    return tuple(m.name for m in MIGRATIONS.pending(Database(memory=True)))


def check_newer(applied: Sequence[str], what: str) -> None:
    """Refuse a database with migrations this program does not know."""
    unknown = [name for name in applied if name not in known_schema()]
    if unknown:
        raise StoreError(
            f"{what} is from a newer version (schema {len(applied)}, this program knows"
            f" {len(known_schema())}; unknown migration {unknown[0]}): upgrade EPN Kiosk first"
        )


def check_backup(file: Path) -> int:
    """The schema version (migrations applied) of a backup that is fit to restore."""
    if not file.is_file():
        raise StoreError(f"no backup file at {file}")
    with file.open("rb") as handle:
        if handle.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
            raise StoreError(f"{file} is not an SQLite database: give a file `epn backup` wrote")
    try:
        conn = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open {file}: {exc}") from exc
    try:
        _integrity(conn, str(file))
        applied = _applied(conn)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{file} is not a readable SQLite database: {exc}") from exc
    finally:
        conn.close()
    if not applied:
        raise StoreError(f"{file} is an SQLite database but not an EPN server database")
    check_newer(applied, str(file))
    return len(applied)


def restore(file: Path, db: Path, now: datetime) -> Path | None:
    """Put backup ``file`` in place of ``db``; returns where the old database was kept."""
    schema = check_backup(file)
    if file.resolve() == db.resolve():
        raise StoreError("the backup and the database are the same file")
    running = serverlock.holder(db)
    if running is not None:
        raise StoreError(
            f"an EPN server (version {running.version}, pid {running.pid}) is using {db}:"
            " stop it before restoring (systemctl stop epn-server)"
        )
    if not db.parent.is_dir():
        raise StoreError(f"no folder {db.parent} for the database")
    with serverlock.ServerLock(db, schema=schema):  # no server starts while the file moves
        incoming = db.with_name(f".{db.name}.restore.tmp")
        source = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
        try:
            copy_database(source, incoming)
        finally:
            source.close()
        kept = _keep_old(db, now) if db.exists() else None
        try:
            _set_aside_journal(db, kept)  # the old database's: never to be read with the new one
            os.replace(incoming, db)
        finally:
            incoming.unlink(missing_ok=True)
        fsync_dir(db.parent)
    log.info("database %s restored from %s (old one kept as %s)", db, file, kept)
    return kept


def _set_aside_journal(db: Path, kept: Path | None) -> None:
    wal, shm = Path(f"{db}-wal"), Path(f"{db}-shm")
    if wal.exists() and wal.stat().st_size and kept is not None:
        os.replace(wal, Path(f"{kept}-wal"))  # not folded in: kept with the old database
    wal.unlink(missing_ok=True)
    shm.unlink(missing_ok=True)


def _keep_old(db: Path, now: datetime) -> Path:
    """The old database, whole (its WAL folded in), linked as ``<db>.before-restore-<time>``."""
    kept = db.with_name(f"{db.name}.before-restore-{now:%Y%m%d-%H%M%S}")
    if kept.exists():
        raise StoreError(f"{kept} exists already: try again in a second")
    try:
        conn = sqlite3.connect(f"file:{db}?mode=rw", uri=True)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    except sqlite3.Error as exc:
        log.warning("old database %s could not be checkpointed: %s", db, exc)
    try:
        os.link(db, kept)
    except OSError:  # a file system without hard links: a copy then
        source = _open_existing(db)
        try:
            copy_database(source, kept)
        finally:
            source.close()
    return kept
