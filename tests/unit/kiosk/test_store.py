"""The local store: schema, durability settings, snapshot and settings."""

from __future__ import annotations

import dataclasses
import os
import sqlite3
import stat
from pathlib import Path

from kiosk.protocol.station import VisitorInfo
from kiosk.session import SessionState
from kiosk.store import LocalStore, Snapshot, migrations


def snapshot(session_id: str = "s-1", allowed: int = 1800, mono: float = 1100.0) -> Snapshot:
    state = SessionState(
        session_id=session_id,
        visitor=VisitorInfo(identifier="B1", display_name=None, category="child"),
        started_mono=1000.5,
        allowed_seconds=allowed,
        thresholds=(300, 60),
        warned=frozenset({300}),
    )
    return Snapshot(state, "boot-1", mono, "2025-01-06T09:00:00+00:00")


def test_durable_settings(store: LocalStore) -> None:
    with store.read() as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_migrations_are_idempotent(store: LocalStore, db_path: Path) -> None:
    with store.read() as db:
        applied = [m.name for m in migrations.applied(db)]
        assert applied == [
            "m001_initial",
            "m002_credentials",
            "m003_snapshot_closing",
            "m004_error_reports",
            "m005_snapshot_booking",
        ]
        migrations.apply(db)
        assert [m.name for m in migrations.applied(db)] == applied
    store.set("k", "v")
    store.close()
    reopened = LocalStore(db_path)
    try:
        assert reopened.get("k") == "v"
        with reopened.read() as db:
            assert {"snapshot", "outbox", "kv", "credentials"} <= set(db.table_names())
            assert len(migrations.applied(db)) == 5
    finally:
        reopened.close()


def test_snapshot_round_trip(store: LocalStore) -> None:
    assert store.load_snapshot() is None
    saved = snapshot()
    store.save_snapshot(saved)
    assert store.load_snapshot() == saved


def test_snapshot_keeps_the_closing_time(store: LocalStore) -> None:
    saved = snapshot()
    saved = Snapshot(
        dataclasses.replace(saved.state, closing_mono=4600.5), "boot-1", 1100.0, saved.saved_at
    )
    store.save_snapshot(saved)
    loaded = store.load_snapshot()
    assert loaded is not None and loaded.state.closing_mono == 4600.5


def test_snapshot_keeps_when_the_station_is_held(store: LocalStore) -> None:
    """A session cut for a hold still ends as "booking" after the agent restarts."""
    saved = snapshot()
    held = dataclasses.replace(saved.state, booking_mono=2800.5)
    store.save_snapshot(Snapshot(held, "boot-1", 1100.0, saved.saved_at))
    loaded = store.load_snapshot()
    assert loaded is not None and loaded.state.booking_mono == 2800.5
    assert loaded.state.ends_for() == "booking"


def test_snapshot_is_a_single_row(store: LocalStore) -> None:
    store.save_snapshot(snapshot(allowed=1800, mono=1100.0))
    store.save_snapshot(snapshot(allowed=2400, mono=1102.0))
    loaded = store.load_snapshot()
    assert loaded is not None
    assert (loaded.state.allowed_seconds, loaded.snapshot_mono) == (2400, 1102.0)
    with store.read() as db:
        assert db.execute("SELECT count(*) FROM snapshot").fetchone()[0] == 1
    store.clear_snapshot()
    assert store.load_snapshot() is None


def test_snapshot_survives_reopening(store: LocalStore, db_path: Path) -> None:
    store.save_snapshot(snapshot())
    store.close()
    reopened = LocalStore(db_path)
    try:
        assert reopened.load_snapshot() == snapshot()
    finally:
        reopened.close()


def test_settings(store: LocalStore) -> None:
    assert store.get("last_command_id") is None
    store.set("last_command_id", "4")
    store.set("last_command_id", "5")
    assert store.get("last_command_id") == "5"


def test_a_failed_write_leaves_nothing(store: LocalStore) -> None:
    try:
        with store.write() as db:
            db.execute("INSERT INTO kv (key, value) VALUES ('a', '1')")
            db.execute("INSERT INTO kv (key, value) VALUES ('a', '2')")  # duplicate key
    except sqlite3.IntegrityError:
        pass
    else:
        raise AssertionError("the duplicate key was accepted")
    assert store.get("a") is None


def test_the_station_database_is_private_whatever_the_umask(tmp_path: Path) -> None:
    """Cached credential hashes and the outbox: 0600 for the file and its -wal and -shm."""
    old = os.umask(0)
    try:
        store = LocalStore(tmp_path / "station.db")
        names = sorted(p.name for p in tmp_path.iterdir())
        modes = {name: stat.S_IMODE((tmp_path / name).stat().st_mode) for name in names}
        store.close()
    finally:
        os.umask(old)
    assert "station.db" in modes
    assert modes == dict.fromkeys(names, 0o600)
