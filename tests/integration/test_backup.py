"""Backups, restores and migrations beside a real running ``epn server`` process."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from sqlite_utils import Database

from admin.api.serving import free_port
from admin.cli.app import main
from admin.db.backup import known_schema
from admin.db.migrations import MIGRATIONS
from admin.db.serverlock import program_version
from admin.db.upgrade import pre_migration_path
from kiosk.protocol.paths import Paths
from tests.helpers.liveserver import add_site, add_station
from tests.helpers.processes import Process, epn_command, wait_until
from tests.helpers.stations_http import HttpStation

SITE = "EPN Test"


@contextmanager
def epn_server(db: Path) -> Iterator[tuple[str, Process]]:
    """``epn server`` over ``db`` in its own process, answering on a free port."""
    port = free_port()
    server = Process(
        [*epn_command(), "server", "--db", str(db), "--port", str(port)],
        {**os.environ, "PYTHONUNBUFFERED": "1"},
        "epn-server",
    )
    url = f"http://127.0.0.1:{port}"
    try:
        server.wait_for_line("EPN server on")
        wait_until(lambda: _answers(url), message="the server never answered")
        yield url, server
    finally:
        server.stop()


def _answers(url: str) -> bool:
    try:
        httpx.get(url + Paths.STATION_ME, timeout=1)
    except httpx.HTTPError:
        return False
    return True


def applied(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid").fetchall()
        return [row[0] for row in rows]
    finally:
        conn.close()


def at_previous_schema(path: Path) -> None:
    """The database as the previous version left it (its last migration not applied)."""
    database = Database(path)
    MIGRATIONS.apply(database, stop_before=known_schema()[-1])
    database.close()


class Heartbeats:
    """A station posting heartbeats as fast as the server acknowledges them, in a thread."""

    def __init__(self, url: str, token: str) -> None:
        self.acknowledged: list[str] = []
        self.errors: list[str] = []
        self._stop = threading.Event()
        self._station = HttpStation(httpx.Client(base_url=url, timeout=15), token, "RC-01")
        self._thread = threading.Thread(target=self._run, name="heartbeats", daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            event = self._station.event("heartbeat")
            try:
                self._station.send(event)
            except (AssertionError, httpx.HTTPError) as exc:
                self.errors.append(str(exc))
                return
            self.acknowledged.append(event["event_id"])

    def __enter__(self) -> Heartbeats:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(15)
        self._station.http.close()


def test_backup_while_the_server_writes_holds_every_acknowledged_event(tmp_path: Path) -> None:
    db = tmp_path / "epn.db"
    add_site(db, SITE)
    token = add_station(db, "RC-01", site=SITE)
    target = tmp_path / "backup.db"
    with epn_server(db) as (url, _), Heartbeats(url, token) as beats:
        wait_until(lambda: len(beats.acknowledged) >= 30, message="no heartbeats acknowledged")
        before = list(beats.acknowledged)  # acknowledged before the backup began
        assert main(["backup", "--db", str(db), "--to", str(target)]) == 0
        count = len(beats.acknowledged)
        wait_until(lambda: len(beats.acknowledged) > count + 10, message="writes stopped")
    assert not beats.errors
    copy = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
    try:
        assert copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        in_copy = {row[0] for row in copy.execute("SELECT event_id FROM events")}
    finally:
        copy.close()
    assert set(before) <= in_copy
    assert len(in_copy) < len(beats.acknowledged)  # the server went on writing after the copy


def test_restore_is_refused_while_a_server_runs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "epn.db"
    add_site(db, SITE)
    target = tmp_path / "backup.db"
    assert main(["backup", "--db", str(db), "--to", str(target)]) == 0
    with epn_server(db):
        before = db.read_bytes()
        assert main(["restore", str(target), "--db", str(db)]) == 1
        assert db.read_bytes() == before
    err = capsys.readouterr().err
    assert f"version {program_version()}" in err and "stop it before restoring" in err
    assert not [p for p in tmp_path.iterdir() if "restore" in p.name]


def test_a_second_server_on_the_same_database_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "epn.db"
    add_site(db, SITE)
    with epn_server(db):
        second = subprocess.run(
            [*epn_command(), "server", "--db", str(db), "--port", str(free_port())],
            capture_output=True,
            text=True,
            timeout=60,
            stdin=subprocess.DEVNULL,
        )
    assert second.returncode == 1
    assert "in use by a running EPN server" in second.stderr


def test_the_server_backs_up_before_it_migrates(tmp_path: Path) -> None:
    db = tmp_path / "epn.db"
    at_previous_schema(db)
    before = len(known_schema()) - 1
    with epn_server(db) as (_, server):
        server.wait_for_line("backup taken first")
    copy = pre_migration_path(db, before, before + 1)
    assert applied(copy) == list(known_schema()[:-1])
    assert applied(db) == list(known_schema())


def test_a_cli_command_works_beside_a_server_of_its_own_version(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "epn.db"
    add_site(db, SITE)
    with epn_server(db):
        assert main(["site", "add", "EPN Laeken", "--db", str(db)]) == 0


OLD_SERVER = """
import sys, time
from admin.db.serverlock import ServerLock
with ServerLock(sys.argv[1], schema=int(sys.argv[2]), version="0.0.9"):
    print("holding", flush=True)
    time.sleep(600)
"""


def test_a_cli_never_migrates_under_a_running_server_of_another_version(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The older server is simulated honestly: a process holding the server's lock as
    version 0.0.9 would, on a database at the schema before this version's last migration."""
    db = tmp_path / "epn.db"
    at_previous_schema(db)
    before = applied(db)
    old = Process(
        [sys.executable, "-c", OLD_SERVER, str(db), str(len(before))],
        {**os.environ, "PYTHONUNBUFFERED": "1"},
        "old-server",
    )
    try:
        old.wait_for_line("holding")
        assert main(["site", "add", "EPN Laeken", "--db", str(db)]) == 1
    finally:
        old.stop()
    err = capsys.readouterr().err
    assert "version 0.0.9" in err and f"version {program_version()}" in err
    assert "would migrate" in err
    assert applied(db) == before
    assert not [p for p in tmp_path.iterdir() if "pre-migration" in p.name]
    # once that server is stopped, the upgrade goes ahead (with its backup)
    assert main(["site", "add", "EPN Laeken", "--db", str(db)]) == 0
    assert applied(db) == list(known_schema())
