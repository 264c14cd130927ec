"""Backups and restores of the server database (admin/db/backup.py, admin/db/upgrade.py).

The running-server cases are in tests/integration/test_backup.py.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from admin.cli.app import main
from admin.core.errors import StoreError
from admin.db.backup import backup, backup_rotating, check_backup, known_schema, restore
from admin.db.migrations import MIGRATIONS
from admin.db.store import Store
from admin.db.upgrade import pre_migration_path
from tests.helpers.liveserver import add_site

NOW = datetime(2026, 3, 10, 2, 30, tzinfo=UTC)


def sites(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("SELECT name FROM sites ORDER BY id")]
    finally:
        conn.close()


def applied(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid").fetchall()
        return [row[0] for row in rows]
    finally:
        conn.close()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "epn.db"
    add_site(path, "EPN Laeken")
    return path


def test_backup_is_a_checked_whole_copy_without_journal_files(db: Path, tmp_path: Path) -> None:
    target = tmp_path / "copy.db"
    copy = backup(db, target)
    assert copy.size == target.stat().st_size > 0
    assert check_backup(target) == len(known_schema())
    assert sites(target) == ["EPN Laeken"]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("copy")) == ["copy.db"]
    assert target.stat().st_mode & 0o077 == 0  # visitors' data: the owner's only


def test_backup_refuses_what_it_cannot_do(db: Path, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database at"):
        backup(tmp_path / "missing.db", tmp_path / "copy.db")
    assert not (tmp_path / "missing.db").exists()  # never created by a backup
    with pytest.raises(StoreError, match="is a folder"):
        backup(db, tmp_path)
    with pytest.raises(StoreError, match="no folder"):
        backup(db, tmp_path / "nowhere" / "copy.db")
    with pytest.raises(StoreError, match="cannot overwrite the database"):
        backup(db, db)


def test_rotation_keeps_the_newest_n_and_deletes_only_its_own_names(
    db: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    others = ["epn.db", "notes.txt", "epn-2026.db", "epn-20260101-000000.db.keep"]
    for name in others:
        (folder / name).write_text("not ours")
    for day in range(4):
        copy, deleted = backup_rotating(db, folder, 2, NOW + timedelta(days=day))
    assert copy.path.name == "epn-20260313-023000.db"
    assert [p.name for p in deleted] == ["epn-20260311-023000.db"]
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [*others, "epn-20260312-023000.db", "epn-20260313-023000.db"]
    )
    with pytest.raises(StoreError, match="exists already"):
        backup_rotating(db, folder, 2, NOW + timedelta(days=3))
    with pytest.raises(StoreError, match="at least 1"):
        backup_rotating(db, folder, 0, NOW + timedelta(days=9))


def test_restore_drill_round_trip(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "night.db"
    assert main(["backup", "--db", str(db), "--to", str(target)]) == 0
    assert "backup written" in capsys.readouterr().out
    add_site(db, "EPN Schaerbeek")  # a day's work after the backup, then the disk is lost
    assert main(["restore", str(target), "--db", str(db)]) == 0
    assert sites(db) == ["EPN Laeken"]
    kept = [p for p in tmp_path.iterdir() if ".before-restore-" in p.name]
    assert len(kept) == 1 and sites(kept[0]) == ["EPN Laeken", "EPN Schaerbeek"]
    with Store(db):  # the server opens it again as usual
        pass
    assert main(["site", "add", "EPN Anderlecht", "--db", str(db)]) == 0
    assert sites(db) == ["EPN Laeken", "EPN Anderlecht"]


def _refused(file: Path, db: Path, capsys: pytest.CaptureFixture[str]) -> str:
    before = db.read_bytes()
    assert main(["restore", str(file), "--db", str(db)]) == 1
    assert db.read_bytes() == before
    assert not [p for p in db.parent.iterdir() if "restore" in p.name]
    return capsys.readouterr().err


def test_restore_refuses_a_file_that_is_not_a_database(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"PK\x03\x04 a zip, not a database" * 100)
    assert "is not an SQLite database" in _refused(junk, db, capsys)
    assert "no backup file" in _refused(tmp_path / "absent.db", db, capsys)


def test_restore_refuses_a_damaged_copy(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "copy.db"
    backup(db, target)
    data = bytearray(target.read_bytes())
    data[4096 * 3 : 4096 * 4] = b"\xff" * 4096  # a page of the copy overwritten
    target.write_bytes(bytes(data))
    err = _refused(target, db, capsys)
    assert "integrity check" in err or "not a readable SQLite database" in err


def test_restore_refuses_a_database_that_is_not_ours(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.db"
    Database(other)["things"].insert({"a": 1})
    assert "not an EPN server database" in _refused(other, db, capsys)


def test_restore_refuses_a_backup_of_a_newer_version(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    newer = tmp_path / "newer.db"
    backup(db, newer)
    Database(newer)["_sqlite_migrations"].insert(
        {"migration_set": "epn-server", "name": "m999_from_the_future", "applied_at": "x"}
    )
    err = _refused(newer, db, capsys)
    assert "from a newer version" in err and "upgrade EPN Kiosk first" in err


def test_a_newer_database_is_never_opened(db: Path) -> None:
    Database(db)["_sqlite_migrations"].insert(
        {"migration_set": "epn-server", "name": "m999_from_the_future", "applied_at": "x"}
    )
    with pytest.raises(StoreError, match="from a newer version"):
        Store(db)


def _at_schema(path: Path, last_missing: str) -> None:
    """A database as the previous version left it: every migration before ``last_missing``."""
    database = Database(path)
    MIGRATIONS.apply(database, stop_before=last_missing)
    database["sites"].insert({"name": "EPN Laeken", "created_at": "2026-03-01T09:00:00+00:00"})
    database.close()


def test_a_migration_takes_a_backup_first(tmp_path: Path) -> None:
    path = tmp_path / "epn.db"
    last = known_schema()[-1]
    _at_schema(path, last)
    before = len(known_schema()) - 1
    with Store(path):
        pass
    copy = pre_migration_path(path, before, before + 1)
    assert copy.name == f"epn.db.pre-migration-{before}-{before + 1}.db"
    assert applied(copy) == list(known_schema()[:-1])  # the database as it was
    assert sites(copy) == ["EPN Laeken"]
    assert applied(path)[-1] == last
    with Store(path):  # nothing left to migrate: no new copy
        pass
    assert [p.name for p in tmp_path.iterdir() if "pre-migration" in p.name] == [copy.name]


def test_a_new_database_needs_no_backup(tmp_path: Path) -> None:
    with Store(tmp_path / "epn.db"):
        pass
    assert not [p for p in tmp_path.iterdir() if "pre-migration" in p.name]


def test_restore_of_an_older_backup_is_migrated_with_a_backup_first(
    db: Path, tmp_path: Path
) -> None:
    old = tmp_path / "old.db"
    _at_schema(old, known_schema()[-1])
    restore(old, db, NOW)
    with Store(db):
        pass
    assert applied(db) == list(known_schema())
    assert pre_migration_path(db, len(known_schema()) - 1, len(known_schema())).exists()


def test_a_copy_in_many_steps_is_one_instant_while_another_connection_writes(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    writer = sqlite3.connect(db)
    writer.executemany(
        "INSERT INTO sites (name, created_at) VALUES (?, '2026-03-01')",
        [(f"EPN {i:04d} " + "x" * 2000,) for i in range(300)],
    )
    writer.commit()
    at_start = len(sites(db))
    steps: list[int] = []

    def server_writes() -> None:  # a commit between every two steps of the copy
        steps.append(1)
        writer.execute(f"INSERT INTO sites (name, created_at) VALUES ('late {len(steps)}', 'x')")
        writer.commit()

    monkeypatch.setattr("admin.db.backup.STEP_PAGES", 8)
    monkeypatch.setattr("admin.db.backup._pause", server_writes)
    backup(db, tmp_path / "copy.db")
    writer.close()
    assert len(steps) > 10
    assert len(sites(tmp_path / "copy.db")) == at_start  # not one write of the copy's time
    assert len(sites(db)) == at_start + len(steps)
    assert check_backup(tmp_path / "copy.db") == len(known_schema())
