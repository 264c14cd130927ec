"""Group commit under a real ``epn server`` process: acknowledged means durable, order kept."""

from __future__ import annotations

import os
import signal
import sqlite3
import threading
from pathlib import Path

import httpx

from admin.api.serving import free_port
from kiosk.protocol.paths import Paths
from tests.helpers.liveserver import add_site, add_station
from tests.helpers.processes import Process, epn_command, wait_until
from tests.helpers.stations_http import HttpStation

SITE = "EPN Test"
STATIONS = 8


class Poster:
    """A station posting two-event batches as fast as the server acknowledges them."""

    def __init__(self, url: str, token: str, name: str) -> None:
        self.acknowledged: list[str] = []
        self.failures = 0
        self._stop = threading.Event()
        self._station = HttpStation(httpx.Client(base_url=url, timeout=5), token, name)
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            batch = [self._station.event("heartbeat"), self._station.event("cleanup_done")]
            try:
                self._station.send(*batch)
            except (AssertionError, httpx.HTTPError):
                self.failures += 1  # the server died under it: nothing acknowledged
                continue
            self.acknowledged.extend(event["event_id"] for event in batch)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(15)
        self._station.http.close()


def test_every_acknowledged_event_survives_a_sigkill_of_the_server(tmp_path: Path) -> None:
    db = tmp_path / "epn.db"
    add_site(db, SITE)
    tokens = [add_station(db, f"GC-{i:02d}", site=SITE) for i in range(STATIONS)]
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = Process(
        [*epn_command(), "server", "--db", str(db), "--port", str(port)],
        {**os.environ, "PYTHONUNBUFFERED": "1"},
        "epn-server",
    )
    posters: list[Poster] = []
    try:
        server.wait_for_line("EPN server on")
        posters = [Poster(url, token, f"GC-{i:02d}") for i, token in enumerate(tokens)]
        wait_until(
            lambda: sum(len(p.acknowledged) for p in posters) >= 400,
            message="the server acknowledged too few events",
        )
        server.proc.send_signal(signal.SIGKILL)  # mid-load: batches are in flight
        server.proc.wait(10)
        acknowledged = {event for p in posters for event in p.acknowledged}
    finally:
        for poster in posters:
            poster.stop()
        server.stop()
    # the server comes back on the same file: every acknowledged event is there
    restarted = Process(
        [*epn_command(), "server", "--db", str(db), "--port", str(port)],
        {**os.environ, "PYTHONUNBUFFERED": "1"},
        "epn-server-again",
    )
    try:
        restarted.wait_for_line("EPN server on")
        wait_until(lambda: _answers(url), message="the restarted server never answered")
    finally:
        restarted.stop()
    conn = sqlite3.connect(db)
    try:
        stored = {row[0] for row in conn.execute("SELECT event_id FROM events")}
    finally:
        conn.close()
    assert len(acknowledged) >= 400
    assert acknowledged <= stored, f"{len(acknowledged - stored)} acknowledged events lost"


def test_a_stations_events_keep_their_order_through_group_commit(tmp_path: Path) -> None:
    db = tmp_path / "epn.db"
    add_site(db, SITE)
    tokens = [add_station(db, f"GC-{i:02d}", site=SITE) for i in range(STATIONS)]
    port = free_port()
    server = Process(
        [*epn_command(), "server", "--db", str(db), "--port", str(port)],
        {**os.environ, "PYTHONUNBUFFERED": "1"},
        "epn-server",
    )
    posters: list[Poster] = []
    try:
        server.wait_for_line("EPN server on")
        posters = [
            Poster(f"http://127.0.0.1:{port}", token, f"GC-{i:02d}")
            for i, token in enumerate(tokens)
        ]
        wait_until(
            lambda: all(len(p.acknowledged) >= 40 for p in posters),
            message="the server acknowledged too few events",
        )
    finally:
        for poster in posters:
            poster.stop()
        server.stop()
    conn = sqlite3.connect(db)
    try:
        for (station_id,) in conn.execute("SELECT id FROM stations"):
            seqs = [
                row[0]
                for row in conn.execute(
                    "SELECT seq FROM events WHERE station_id = ? ORDER BY rowid", [station_id]
                )
            ]
            assert seqs == sorted(seqs) and len(seqs) >= 40
    finally:
        conn.close()


def _answers(url: str) -> bool:
    try:
        httpx.get(url + Paths.STATION_ME, timeout=1)
    except httpx.HTTPError:
        return False
    return True
