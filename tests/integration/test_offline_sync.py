"""Server down, then back: a real agent and client against the real server, stopped and restarted.

The station keeps enforcing the running session while the server is down, admits a visitor
verified online from its cache (or refuses, per policy), and after the server returns every
event is applied exactly once: the server's sessions and daily totals equal what the station
counted. Both ends run on fake clocks moved together, so the seconds compare exactly.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from admin.api.app import create_app
from admin.api.serving import BackgroundServer, free_port
from admin.core.notify import Notifier
from admin.core.timeutil import from_iso, to_iso
from admin.db.store import Store
from kiosk.agent import StationAgent
from kiosk.client import StationClient
from kiosk.clock import FakeClock as StationClock
from kiosk.listener import AgentListener
from kiosk.offline import OfflineDesk, OfflinePolicy
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.http import ApiError
from kiosk.protocol.station import EndReason, Event, EventKind
from kiosk.store import LocalStore
from tests.helpers.clock import FakeClock
from tests.helpers.liveserver import add_station, add_visitor, set_policy, wait_until


class RestartableServer:
    """The real server on a fixed port and database file, which a test can stop and restart."""

    def __init__(self, db_path: Path, clock: FakeClock) -> None:
        self._db_path = db_path
        self._clock = clock
        self.port = free_port()
        self._running: tuple[Store, BackgroundServer] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        store = Store(self._db_path)
        notifier = Notifier()
        app = create_app(store, clock=self._clock, notifier=notifier)
        server = BackgroundServer(app, port=self.port, on_stop=notifier.close)
        try:
            server.start()
        except BaseException:
            store.close()
            raise
        self._running = (store, server)

    def stop(self) -> None:
        if self._running is not None:
            store, server = self._running
            self._running = None
            server.stop()
            store.close()


class Clocks:
    """The station's clock and the server's, moved together as real time would move them."""

    def __init__(self, server: FakeClock) -> None:
        self.server = server
        self.station = StationClock(wall=server())

    def advance(self, seconds: float) -> None:
        self.station.advance(seconds)
        self.server.advance(seconds)


@pytest.fixture
def clocks() -> Clocks:
    return Clocks(FakeClock())


@pytest.fixture
def server(db_path: Path, clocks: Clocks) -> Iterator[RestartableServer]:
    server = RestartableServer(db_path, clocks.server)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def make_agent(tmp_path: Path, server: RestartableServer, clocks: Clocks) -> Iterator[Any]:
    """A started agent for an enrolled station, with the given offline policy."""
    built: list[tuple[StationAgent, LocalStore]] = []

    def make(name: str, token: str, policy: OfflinePolicy) -> tuple[StationAgent, LocalStore]:
        store = LocalStore(tmp_path / f"{name}.db")
        agent = StationAgent(
            client=StationClient(server.url, token, timeout=2.0),
            store=store,
            clock=clocks.station,
            listener=AgentListener(),
            boot_id="boot-1",
            heartbeat_seconds=0.05,
            snapshot_seconds=1.0,
            tick_seconds=0.01,
            poll_wait=0.2,
            retry_initial=0.01,
            retry_max=0.05,
            offline=OfflineDesk(store, clocks.station, policy),
        )
        built.append((agent, store))
        agent.start()
        wait_until(lambda: agent.online, what=f"{name} online")
        return agent, store

    yield make
    for agent, store in built:
        agent.stop()
        store.close()


def drained(agent: StationAgent) -> bool:
    return agent.online and agent.outbox.pending_count() == 0


def test_server_down_then_back_applies_every_event_exactly_once(
    db_path: Path, server: RestartableServer, clocks: Clocks, make_agent: Any
) -> None:
    set_policy(db_path, "adult", session_minutes=60, daily_minutes=120, weekly_minutes=600)
    add_visitor(db_path, "B123", pin="4321")
    add_visitor(db_path, "B456")
    add_visitor(db_path, "B789")  # never signs in online on these stations
    cached, cached_store = make_agent(
        "rc-01", add_station(db_path, "RC-01"), OfflinePolicy("cached")
    )
    refusing, _ = make_agent("rc-02", add_station(db_path, "RC-02"), OfflinePolicy("refuse"))

    # online: both stations verify their visitor with the server (and cache it)
    first = cached.sign_in("B123", "4321")
    assert first.allowed_seconds == 3600
    refusing.sign_in("B456")
    assert refusing.end_session()
    clocks.advance(120)
    wait_until(lambda: drained(cached) and drained(refusing), what="online events sent")

    server.stop()
    wait_until(lambda: not cached.online and not refusing.online, what="server seen down")

    # the running session is still enforced, to the second
    clocks.advance(300)
    view = cached.view()
    assert view is not None and (view.used_seconds, view.remaining_seconds) == (420, 3180)
    assert cached.end_session(EndReason.VISITOR)

    # sign-in while down follows each station's policy; nobody unverified gets in
    with pytest.raises(ApiError) as refused:
        refusing.sign_in("B456")
    assert refused.value.code == ErrorCode.OFFLINE
    with pytest.raises(ApiError) as unverified:
        cached.sign_in("B789")
    assert unverified.value.code == ErrorCode.OFFLINE
    with pytest.raises(ApiError) as wrong_pin:
        cached.sign_in("B123", "0000")
    assert wrong_pin.value.code == ErrorCode.BAD_CREDENTIALS
    started_at = clocks.station.now()
    offline = cached.sign_in("B123", "4321")
    assert offline.allowed_seconds == 30 * 60  # the offline cap, well within 7200 - 420 left
    assert offline.session_id != first.session_id
    clocks.advance(200)
    view = cached.view()
    assert view is not None and view.used_seconds == 200
    wait_until(  # the heartbeat with 200 s used is queued behind the session_started event
        lambda: any(
            e.kind == EventKind.HEARTBEAT and e.used_seconds == 200 for e in cached.outbox.pending()
        ),
        what="offline heartbeat queued",
    )
    assert cached.outbox.pending_count() > 0

    # the server comes back on the same port and database: the outbox drains in order
    server.start()
    wait_until(lambda: drained(cached), timeout=10, what="outbox replayed")
    with Database(db_path) as db:
        row = next(db.query("SELECT * FROM sessions WHERE id = ?", [offline.session_id]))
    assert (row["state"], row["used_seconds"], row["granted_seconds"]) == ("active", 200, 1800)
    assert from_iso(row["started_at"]) == started_at
    assert row["day"] == "2025-03-10"

    # the offline session carries on and ends online, as any other
    clocks.advance(100)
    assert cached.end_session(EndReason.VISITOR)
    wait_until(lambda: drained(cached), what="end sent")

    with Database(db_path) as db:
        visitor_id = next(db.query("SELECT id FROM visitors WHERE identifier = 'B123'"))["id"]
        sessions = list(
            db.query(
                "SELECT s.id, s.state, s.used_seconds, s.end_reason, st.name FROM sessions s"
                " JOIN stations st ON st.id = s.station_id"
                " WHERE s.visitor_id = ? ORDER BY s.started_at",
                [visitor_id],
            )
        )
        day_total = next(
            db.query(
                "SELECT seconds FROM visitor_usage WHERE visitor_id = ? AND day = '2025-03-10'",
                [visitor_id],
            )
        )["seconds"]
        station_id = next(db.query("SELECT id FROM stations WHERE name = 'RC-01'"))["id"]
        server_events = [
            r["event_id"]
            for r in db.query("SELECT event_id FROM events WHERE station_id = ?", [station_id])
        ]
    with cached_store.read() as local:
        station_events = [r["event_id"] for r in local.query("SELECT event_id FROM outbox")]
        ended = [
            json_used
            for (json_used,) in local.execute(
                "SELECT json_extract(body, '$.used_seconds') FROM outbox"
                " WHERE kind = 'session_ended' ORDER BY seq"
            ).fetchall()
        ]
    assert ended == [420, 300]  # what the station counted
    assert [(s["id"], s["state"], s["used_seconds"], s["name"]) for s in sessions] == [
        (first.session_id, "ended", 420, "RC-01"),
        (offline.session_id, "ended", 300, "RC-01"),
    ]
    assert day_total == 420 + 300
    # nothing lost, nothing applied twice
    assert len(server_events) == len(set(server_events))
    assert sorted(server_events) == sorted(station_events)

    # the server's usage now includes the offline session: the next online grant knows it
    clocks.advance(60)
    # online again by its own reckoning (a long-poll that failed while the server was down may
    # say so a moment later): the sign-in is the server's, not the offline policy's 30 minutes
    wait_until(lambda: cached.online, what="the station online")
    assert cached.sign_in("B123", "4321").allowed_seconds == 3600
    with cached_store.read() as local:
        remaining = next(local.query("SELECT remaining_seconds FROM credentials"))[
            "remaining_seconds"
        ]
    assert remaining == 120 * 60 - 720


def test_offline_session_is_recorded_for_a_visitor_disabled_meanwhile(
    db_path: Path, server: RestartableServer, clocks: Clocks, make_agent: Any
) -> None:
    add_visitor(db_path, "B123")
    agent, _ = make_agent("rc-01", add_station(db_path, "RC-01"), OfflinePolicy("cached"))
    agent.sign_in("B123")
    assert agent.end_session()
    wait_until(lambda: drained(agent), what="online events sent")
    server.stop()
    wait_until(lambda: not agent.online, what="server seen down")
    with Database(db_path) as db:
        db.execute("UPDATE visitors SET enabled = 0 WHERE identifier = 'B123'")
        db.conn.commit()
    offline = agent.sign_in("B123")  # the station cannot know: it admits from its cache
    clocks.advance(90)
    assert agent.end_session()
    server.start()
    wait_until(lambda: drained(agent), timeout=10, what="outbox replayed")
    with Database(db_path) as db:
        row = next(db.query("SELECT * FROM sessions WHERE id = ?", [offline.session_id]))
        total = next(db.query("SELECT SUM(seconds) AS s FROM visitor_usage"))["s"]
    assert (row["state"], row["used_seconds"]) == ("ended", 90)
    assert total == 90
    assert to_iso(from_iso(row["started_at"])) == row["started_at"]
    assert clocks.server() - from_iso(row["started_at"]) == timedelta(seconds=90)


def test_session_started_is_applied_once_and_an_unknown_visitor_only_recorded(
    db_path: Path, server: RestartableServer, clocks: Clocks
) -> None:
    add_visitor(db_path, "B123")
    token = add_station(db_path, "RC-01")
    at = to_iso(clocks.server())

    def started(seq: int, identifier: str) -> Event:
        return Event(
            event_id=str(uuid.uuid4()),
            seq=seq,
            kind=EventKind.SESSION_STARTED,
            at=at,
            session_id=str(uuid.uuid4()),
            identifier=identifier,
            granted_seconds=600,
        )

    known, unknown = started(1, "B123"), started(2, "GONE-1")
    client = StationClient(server.url, token)
    try:
        for _ in range(2):  # a replay is accepted and changes nothing
            accepted = client.post_events([known, unknown])
            assert accepted.accepted == [known.event_id, unknown.event_id]
    finally:
        client.close()
    with Database(db_path) as db:
        sessions = list(db.query("SELECT id, state, granted_seconds, started_at FROM sessions"))
        events = list(db.query("SELECT event_id FROM events ORDER BY seq"))
    assert [(s["id"], s["state"], s["granted_seconds"]) for s in sessions] == [
        (known.session_id, "active", 600)
    ]
    assert sessions[0]["started_at"] == at
    assert [e["event_id"] for e in events] == [known.event_id, unknown.event_id]
