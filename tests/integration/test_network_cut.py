"""One truth per session through network cuts: real agents, the real server, and a TCP proxy
that cuts one station off while the server and the other stations run on.

Both ends run on fake clocks moved together, so the seconds compare exactly; the stale sweeper
is stepped by hand with the server's clock (admin/sessions/reconcile.py has the rules).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from admin.api.app import create_app
from admin.api.serving import BackgroundServer
from admin.client.staff_client import StaffClient
from admin.core.notify import Notifier
from admin.db.store import Store
from admin.sessions.sweeper import Sweeper
from kiosk.agent import StationAgent
from kiosk.client import StationClient
from kiosk.clock import FakeClock as StationClock
from kiosk.listener import AgentListener
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.http import ApiError
from kiosk.protocol.limits import OFFLINE_AFTER_SECONDS
from kiosk.protocol.station import EndReason
from kiosk.store import LocalStore
from tests.helpers.clock import FakeClock
from tests.helpers.liveserver import add_staff, add_station, add_visitor, set_policy, wait_until
from tests.helpers.tcp_proxy import CuttableProxy

CARD = "2100004242"
PASSWORD = "desk-password-1"


class Clocks:
    """The stations' clocks and the server's, moved together as real time would move them."""

    def __init__(self) -> None:
        self.server = FakeClock()
        self.stations: list[StationClock] = []

    def station(self) -> StationClock:
        clock = StationClock(wall=self.server())
        self.stations.append(clock)
        return clock

    def advance(self, seconds: float) -> None:
        for clock in self.stations:
            clock.advance(seconds)
        self.server.advance(seconds)


class Room:
    """The real server, a sweeper on its clock, a staff client, and stations to build."""

    def __init__(self, tmp_path: Path, db_path: Path) -> None:
        self.tmp_path = tmp_path
        self.db_path = db_path
        self.clocks = Clocks()
        self.store = Store(db_path)
        self.notifier = Notifier()
        app = create_app(self.store, clock=self.clocks.server, notifier=self.notifier)
        self.server = BackgroundServer(app, on_stop=self.notifier.close)
        self.server.start()
        self.sweeper = Sweeper(self.store, self.clocks.server, self.notifier)
        self.agents: list[tuple[StationAgent, LocalStore]] = []
        self.proxies: list[CuttableProxy] = []
        add_staff(db_path, "desk", PASSWORD, role="staff", sites=["EPN Test"])
        self.staff = StaffClient(self.server.url)
        self.staff.login("desk", PASSWORD)

    def agent(self, name: str, *, through_proxy: bool = False) -> StationAgent:
        token = add_station(self.db_path, name)
        url = self.server.url
        if through_proxy:
            proxy = CuttableProxy(self.server.port)
            self.proxies.append(proxy)
            url = proxy.url
        store = LocalStore(self.tmp_path / f"{name}.db")
        agent = StationAgent(
            client=StationClient(url, token, timeout=2.0),
            store=store,
            clock=self.clocks.station(),
            listener=AgentListener(),
            boot_id="boot-1",
            heartbeat_seconds=0.05,
            snapshot_seconds=1.0,
            tick_seconds=0.01,
            poll_wait=0.2,
            retry_initial=0.01,
            retry_max=0.05,
        )
        self.agents.append((agent, store))
        agent.start()
        wait_until(lambda: agent.online, what=f"{name} online")
        return agent

    def row(self, session_id: str) -> dict[str, Any]:
        with Database(self.db_path) as db:
            return dict(next(db.query("SELECT * FROM sessions WHERE id = ?", [session_id])))

    def totals(self) -> tuple[int, int]:
        """What the sessions say was used, and what the ledger says: always the same."""
        with Database(self.db_path) as db:
            used = next(db.query("SELECT COALESCE(SUM(used_seconds), 0) AS s FROM sessions"))
            ledger = next(db.query("SELECT COALESCE(SUM(seconds), 0) AS s FROM visitor_usage"))
        return int(used["s"]), int(ledger["s"])

    def close(self) -> None:
        for agent, store in self.agents:
            agent.stop()
            store.close()
        for proxy in self.proxies:
            proxy.close()
        self.staff.close()
        self.server.stop()
        self.store.close()


@pytest.fixture
def room(tmp_path: Path, db_path: Path) -> Iterator[Room]:
    running = Room(tmp_path, db_path)
    yield running
    running.close()


def drained(agent: StationAgent) -> bool:
    return agent.online and agent.outbox.pending_count() == 0


def cut_off(room: Room, agent: StationAgent, proxy: CuttableProxy) -> None:
    """Cut the station's network and let the server see it silent (and sweep)."""
    proxy.cut()
    room.clocks.advance(1)  # a heartbeat falls due: the station finds the network gone
    wait_until(lambda: not agent.online, what="the station sees the cut")
    room.clocks.advance(OFFLINE_AFTER_SECONDS + 5)
    room.sweeper.sweep_once()


def test_a_session_through_a_cut_is_reopened_and_staff_can_act_on_it(room: Room) -> None:
    add_visitor(room.db_path, CARD)
    rc01 = room.agent("RC-01", through_proxy=True)
    [proxy] = room.proxies
    view = rc01.sign_in(CARD)
    room.clocks.advance(60)
    wait_until(lambda: drained(rc01), what="first minute reported")
    wait_until(lambda: room.row(view.session_id)["used_seconds"] == 60, what="60 s reported")
    reported_at = room.row(view.session_id)["reported_at"]

    cut_off(room, rc01, proxy)
    closed = room.row(view.session_id)
    # ended at its last report, never at its start, and only provisionally
    assert closed["state"] == "ended" and closed["ended_at"] == reported_at
    assert closed["ended_at"] != closed["started_at"] and closed["open_until"] is not None
    assert [s.state for s in room.staff.stations().stations if s.name == "RC-01"] == ["offline"]
    # the station keeps enforcing its session, to the second
    running = rc01.view()
    assert running is not None and running.used_seconds == 96

    proxy.restore()
    wait_until(lambda: drained(rc01), timeout=10, what="outbox replayed")
    wait_until(lambda: room.row(view.session_id)["state"] == "active", what="reopened")
    reopened = room.row(view.session_id)
    assert reopened["open_until"] is None and reopened["end_reason"] is None
    assert reopened["used_seconds"] == 96
    # the console shows it again, and staff can extend it: the station applies it
    assert [s.state for s in room.staff.stations().stations if s.name == "RC-01"] == ["in_use"]
    status = room.staff.extend("RC-01", 5)
    wait_until(
        lambda: room.staff.command_status("RC-01", status.id).status == "applied",
        what="extension applied on the station",
    )
    extended = rc01.view()
    assert extended is not None and extended.remaining_seconds == 3600 - 96 + 300
    assert room.totals()[0] == room.totals()[1]


def test_a_visitor_cannot_hold_two_sessions_through_a_cut(room: Room) -> None:
    """30 minutes a day: the second PC is refused while the first may still run; the desk
    ends the silent session, the visitor moves, and the day's use never passes 30 minutes."""
    set_policy(room.db_path, "adult", session_minutes=30, daily_minutes=30, weekly_minutes=600)
    add_visitor(room.db_path, CARD, category="adult")
    rc01 = room.agent("RC-01", through_proxy=True)
    rc02 = room.agent("RC-02")
    [proxy] = room.proxies
    first = rc01.sign_in(CARD)
    assert first.allowed_seconds == 1800
    room.clocks.advance(300)
    wait_until(lambda: room.row(first.session_id)["used_seconds"] == 300, what="reported")

    cut_off(room, rc01, proxy)
    with pytest.raises(ApiError) as refused:
        rc02.sign_in(CARD)
    assert refused.value.code == ErrorCode.SIGNED_IN_ELSEWHERE
    assert refused.value.details == {"station": "RC-01", "silent": True}

    # the visitor asks at the desk: staff end the silent session, the visitor moves
    room.staff.end("RC-01")
    second = rc02.sign_in(CARD)
    assert second.allowed_seconds == 1800 - 300  # what RC-01 reported counts

    # RC-01 comes back still running it: it is told to end it at once
    proxy.restore()
    wait_until(lambda: rc01.view() is None, timeout=10, what="RC-01 ends the session")
    wait_until(lambda: drained(rc01), what="RC-01's end sent")
    settled = room.row(first.session_id)
    assert settled["state"] == "ended" and settled["end_reason"] == EndReason.STAFF
    assert settled["used_seconds"] == 300 and settled["open_until"] is None
    room.clocks.advance(1500)
    wait_until(lambda: rc02.view() is None, what="RC-02's session runs out")
    wait_until(lambda: drained(rc02), what="RC-02's end sent")
    used, ledger = room.totals()
    assert used == ledger == 1800  # 300 + 1500: never more than the day's 30 minutes
