"""The light heartbeat path (admin/stations/liveness.py): what is answered before it is written.

A routine heartbeat is answered at once and written with the next bulk write; a crash loses at
most one flush interval of used seconds and "last seen", which the next heartbeat restores;
every other event is still durable before its answer, after the station's held heartbeats.
"""

from __future__ import annotations

import os
import signal
import sqlite3
from pathlib import Path

import httpx

from admin.api.app import create_app
from admin.api.serving import free_port
from admin.core.notify import Notifier
from admin.db.store import Store
from tests.helpers.liveserver import add_site, add_station, add_visitor, serve_app
from tests.helpers.processes import Process, epn_command, wait_until
from tests.helpers.stations_http import HttpStation

SITE = "EPN Test"
#: Longer than any test here: the timer never writes the held heartbeats on its own.
NEVER = "60"


def _used(db: Path, session_id: str) -> int:
    conn = sqlite3.connect(db)
    try:
        row = conn.execute("SELECT used_seconds FROM sessions WHERE id = ?", [session_id])
        return int(row.fetchone()[0])
    finally:
        conn.close()


def _server(db: Path, port: int, name: str) -> Process:
    server = Process(
        [
            *epn_command(),
            "server",
            "--db",
            str(db),
            "--port",
            str(port),
            "--heartbeat-flush",
            NEVER,
        ],
        {**os.environ, "PYTHONUNBUFFERED": "1"},
        name,
    )
    server.wait_for_line("EPN server on")
    wait_until(lambda: _answers(port), message="the server never answered")
    return server


def _answers(port: int) -> bool:
    try:
        httpx.get(f"http://127.0.0.1:{port}/", timeout=1)
    except httpx.HTTPError:
        return False
    return True


def test_a_sigkill_loses_at_most_the_held_heartbeats_and_the_next_one_restores_them(
    tmp_path: Path,
) -> None:
    db = tmp_path / "epn.db"
    add_site(db, SITE)
    tokens = [add_station(db, f"LH-{i}", site=SITE) for i in range(2)]
    for i in range(2):
        add_visitor(db, f"210000000{i}")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = _server(db, port, "epn-server")
    try:
        quiet, busy = (
            HttpStation(httpx.Client(base_url=url, timeout=5), token, f"LH-{i}")
            for i, token in enumerate(tokens)
        )
        first = quiet.grant("2100000000")["session_id"]
        second = busy.grant("2100000001")["session_id"]
        for station, session in ((quiet, first), (busy, second)):
            station.heartbeat(session, used=10, remaining=3000)  # first one: the full path
            station.heartbeat(session, used=20, remaining=2990)  # nothing new: held
        # an event takes the full path, the station's held heartbeat first
        cleanup = busy.event("cleanup_done")
        busy.send(cleanup)
        server.proc.send_signal(signal.SIGKILL)
        server.proc.wait(10)
    finally:
        server.stop()
    assert _used(db, first) == 10  # one flush interval behind, no more
    assert _used(db, second) == 20  # written before the event it preceded
    conn = sqlite3.connect(db)
    try:
        stored = {row[0] for row in conn.execute("SELECT event_id FROM events")}
    finally:
        conn.close()
    assert cleanup["event_id"] in stored
    restarted = _server(db, port, "epn-server-again")
    try:
        quiet.heartbeat(first, used=30, remaining=2980)  # the first since the restart: full
        assert _used(db, first) == 30
    finally:
        restarted.stop()
        quiet.http.close()
        busy.http.close()


def test_held_heartbeats_are_written_by_the_flush_and_on_close(tmp_path: Path) -> None:
    db = tmp_path / "epn.db"
    add_site(db, SITE)
    token = add_station(db, "LH-0", site=SITE)
    add_visitor(db, "2100000000")
    store = Store(db)
    notifier = Notifier()
    closed = False
    try:
        app = create_app(store, notifier=notifier, heartbeat_flush=float(NEVER))
        buffer = app.state.heartbeats if hasattr(app.state, "heartbeats") else None
        with serve_app(app, on_stop=notifier.close) as url:
            station = HttpStation(httpx.Client(base_url=url, timeout=5), token, "LH-0")
            session = station.grant("2100000000")["session_id"]
            station.heartbeat(session, used=10, remaining=3000)
            station.heartbeat(session, used=20, remaining=2990)
            assert _used(db, session) == 10  # answered, not written yet
            assert buffer is not None
            future = buffer.flush()
            assert future is not None
            future.result(5)
            assert _used(db, session) == 20
            # what staff see changed (the visitor locked the screen): written before the answer
            station.send(
                station.event(
                    "heartbeat",
                    session_id=session,
                    used_seconds=25,
                    remaining_seconds=2985,
                    locked=True,
                )
            )
            assert _used(db, session) == 25
            station.heartbeat(session, used=30, remaining=2980)  # a change: the full path
            station.heartbeat(session, used=40, remaining=2970)  # nothing new: held
            assert _used(db, session) == 30
            station.http.close()
        store.close()
        closed = True
        assert _used(db, session) == 40  # a clean stop writes what it held
    finally:
        if not closed:
            store.close()
