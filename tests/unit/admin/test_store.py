from __future__ import annotations

import os
import stat
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlite_utils import Database

from admin.core.errors import StoreError
from admin.db.migrations import MIGRATIONS
from admin.db.store import Store


def test_migrations_are_named_and_applied_once(db_path: Path) -> None:
    with Store(db_path) as store:
        applied = store.read(lambda db: [m.name for m in MIGRATIONS.applied(db)])
    with Store(db_path) as again:
        assert again.read(lambda db: [m.name for m in MIGRATIONS.applied(db)]) == applied
    assert applied[0] == "m001_initial"
    assert applied == sorted(set(applied))  # each once, in the order of their names


def test_pragmas(fresh_store: Store) -> None:
    def pragmas(db: object) -> tuple[str, int]:
        mode = next(fresh_store._db.query("PRAGMA journal_mode"))["journal_mode"]
        keys = next(fresh_store._db.query("PRAGMA foreign_keys"))["foreign_keys"]
        return mode, keys

    assert fresh_store.read(pragmas) == ("wal", 1)


def test_default_policy_row(fresh_store: Store) -> None:
    row = fresh_store.read(lambda db: next(db.query("SELECT * FROM policies")))
    assert row == {
        "category": "*",
        "session_minutes": 60,
        "daily_minutes": 120,
        "weekly_minutes": 600,
    }


def test_write_is_all_or_nothing(fresh_store: Store) -> None:
    def half(db: object) -> None:
        fresh_store._db.execute("INSERT INTO sites (name, created_at) VALUES ('A', '2025-01-01')")
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        fresh_store.write(half)
    assert fresh_store.read(lambda db: db["sites"].count) == 0


def test_nested_writes_share_the_transaction(fresh_store: Store) -> None:
    def outer(db: object) -> None:
        fresh_store.write(
            lambda db: db.execute("INSERT INTO sites (name, created_at) VALUES ('A', 'now')")
        )
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        fresh_store.write(outer)
    assert fresh_store.read(lambda db: db["sites"].count) == 0


def test_foreign_keys_are_enforced(fresh_store: Store) -> None:
    import sqlite3

    with pytest.raises(sqlite3.IntegrityError):
        fresh_store.write(
            lambda db: db.execute(
                "INSERT INTO stations (name, site_id, token_hash, created_at)"
                " VALUES ('X', 99, 'h', 'now')"
            )
        )


def test_unopenable_path_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        Store(tmp_path / "missing" / "epn.db")


def test_the_database_and_its_wal_files_are_private_whatever_the_umask(tmp_path: Path) -> None:
    """Token digests and visitors' data: 0600 for the file and its -wal and -shm."""
    old = os.umask(0)
    try:
        store = Store(tmp_path / "epn.db")
        store.write(lambda db: db.execute("CREATE TABLE probe (x)"))
        names = sorted(p.name for p in tmp_path.iterdir())
        modes = {name: stat.S_IMODE((tmp_path / name).stat().st_mode) for name in names}
        store.close()
    finally:
        os.umask(old)
    assert set(modes) >= {"epn.db", "epn.db-wal", "epn.db-shm"}
    assert modes == dict.fromkeys(names, 0o600)


def test_group_commit_runs_jobs_in_order_and_a_failing_job_alone_rolls_back(
    fresh_store: Store,
) -> None:
    fresh_store.write(lambda db: db.execute("CREATE TABLE t (n INTEGER)"))
    release = threading.Event()
    # hold the write lock so that the next jobs queue up and go in one group
    blocker = threading.Thread(target=lambda: fresh_store.write(lambda db: release.wait(5)))
    blocker.start()

    def insert(n: int) -> Callable[[Database], int]:
        def job(db: Database) -> int:
            db.execute("INSERT INTO t VALUES (?)", [n])
            if n == 2:
                raise ValueError("refused")
            return n

        return job

    futures = [fresh_store.submit(insert(n)) for n in range(5)]
    assert not any(future.done() for future in futures)  # nothing acknowledged before COMMIT
    release.set()
    blocker.join()
    assert [f.result(5) for f in futures if f.exception(5) is None] == [0, 1, 3, 4]
    assert isinstance(futures[2].exception(), ValueError)
    assert fresh_store.read(
        lambda db: [r[0] for r in db.execute("SELECT n FROM t ORDER BY rowid")]
    ) == [0, 1, 3, 4]


def test_reads_do_not_wait_for_a_write_in_progress(fresh_store: Store) -> None:
    fresh_store.write(lambda db: db.execute("CREATE TABLE t (n INTEGER)"))
    fresh_store.write(lambda db: db.execute("INSERT INTO t VALUES (1)"))
    inside = threading.Event()
    release = threading.Event()

    def slow(db: Database) -> None:
        db.execute("INSERT INTO t VALUES (2)")
        inside.set()
        release.wait(5)

    writer = threading.Thread(target=lambda: fresh_store.write(slow))
    writer.start()
    assert inside.wait(5)
    try:  # the writer holds the lock: a read sees the last commit without waiting for it
        assert fresh_store.read(lambda db: [r[0] for r in db.execute("SELECT n FROM t")]) == [1]
    finally:
        release.set()
        writer.join()
    assert fresh_store.read(lambda db: [r[0] for r in db.execute("SELECT n FROM t")]) == [1, 2]


def test_submitting_does_not_wait_for_the_writers_group_and_commit(fresh_store: Store) -> None:
    """The event loop submits: it must not stall while the writer runs a group and flushes it."""
    fresh_store.write(lambda db: db.execute("CREATE TABLE t (n INTEGER)"))
    inside = threading.Event()
    release = threading.Event()

    def slow(db: Database) -> None:  # the writer holds its group's transaction meanwhile
        db.execute("INSERT INTO t VALUES (1)")
        inside.set()
        release.wait(5)

    first = fresh_store.submit(slow)
    assert inside.wait(5)
    queued = threading.Event()

    def submit_second() -> None:
        fresh_store.submit(lambda db: db.execute("INSERT INTO t VALUES (2)"))
        queued.set()

    submitter = threading.Thread(target=submit_second)
    submitter.start()
    try:
        assert queued.wait(5), "submit() waited for the writer's group to commit"
        assert not first.done()
    finally:
        release.set()
        submitter.join()
    first.result(5)
    fresh_store.close()  # the queued job is written before the store closes
    reopened = Store(fresh_store.path)
    try:
        assert reopened.read(lambda db: [r[0] for r in db.execute("SELECT n FROM t")]) == [1, 2]
    finally:
        reopened.close()
