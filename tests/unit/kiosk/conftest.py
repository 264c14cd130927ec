"""Fixtures and test doubles for the Qt-free station core.

Helpers are handed out as fixtures (``wait_until``, ``grant``, ``cmd``) rather than imported
from this module, so the tests don't depend on how pytest names conftest modules.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from kiosk.agent import AgentListener, StationAgent
from kiosk.clock import FakeClock
from kiosk.outbox import Outbox
from kiosk.protocol.commands import Command, CommandKind
from kiosk.protocol.enums import DeskCallState
from kiosk.protocol.http import ServerUnreachable
from kiosk.protocol.preferences import VisitorPreferences
from kiosk.protocol.station import (
    EndReason,
    Event,
    EventsAccepted,
    Grant,
    SiteInfo,
    StationInfo,
    VisitorInfo,
)
from kiosk.protocol.station_errors import ErrorReport, ErrorReportBatch, ErrorReportsAccepted
from kiosk.session import SessionView
from kiosk.store import LocalStore


def wait_until(predicate: Callable[[], bool], timeout: float = 5.0) -> None:
    """Poll ``predicate`` until it holds; fail the test after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout} s")
        time.sleep(0.005)


def make_grant(
    seconds: int = 1800, session_id: str = "sess-1", warnings: Sequence[int] = (300, 60)
) -> Grant:
    return Grant(
        session_id=session_id,
        visitor=VisitorInfo(identifier="B123", display_name="Ana", category="adult"),
        granted_seconds=seconds,
        warning_seconds=list(warnings),
    )


class FakeClient:
    """The server as the agent sees it: records calls, can go offline, holds commands."""

    def __init__(self) -> None:
        self.online = True
        self.ignore_after = False  # a misbehaving server that resends old commands
        self.grants: list[Grant] = [make_grant()]
        self.sign_in_error: Exception | None = None
        self.received: list[Event] = []
        self.error_reports: list[ErrorReport] = []
        self.error_reports_error: Exception | None = None
        self.sign_ins: list[tuple[str, str | None]] = []
        self.sign_in_preferences: list[VisitorPreferences | None] = []
        self.polls: list[tuple[int, float]] = []
        self.info = StationInfo(id=7, name="EPN-PC-07", site=SiteInfo(id=1, name="Laeken"))
        self.closed = False
        self._commands: list[Command] = []
        self._cond = threading.Condition()

    def set_online(self, online: bool) -> None:
        with self._cond:
            self.online = online
            self._cond.notify_all()

    def push_command(self, command: Command) -> None:
        with self._cond:
            self._commands.append(command)
            self._cond.notify_all()

    def events_of(self, kind: str) -> list[Event]:
        return [e for e in list(self.received) if e.kind == kind]

    def _check(self) -> None:
        if not self.online:
            raise ServerUnreachable("fake server offline")

    def me(self) -> StationInfo:
        self._check()
        return self.info

    def sign_in(
        self,
        identifier: str,
        pin: str | None = None,
        preferences: VisitorPreferences | None = None,
    ) -> Grant:
        self.sign_ins.append((identifier, pin))
        self.sign_in_preferences.append(preferences)
        self._check()
        if self.sign_in_error is not None:
            raise self.sign_in_error
        return self.grants.pop(0)

    def post_events(self, events: Sequence[Event]) -> EventsAccepted:
        self._check()
        self.received.extend(events)
        return EventsAccepted(accepted=[e.event_id for e in events])

    def post_error_reports(self, batch: ErrorReportBatch) -> ErrorReportsAccepted:
        self._check()
        if self.error_reports_error is not None:
            raise self.error_reports_error
        self.error_reports.extend(batch.reports)
        return ErrorReportsAccepted(accepted=[r.report_id for r in batch.reports])

    def wait_commands(self, after: int, wait: float) -> list[Command]:
        self.polls.append((after, wait))

        def ready() -> list[Command]:
            return [c for c in self._commands if self.ignore_after or c.id > after]

        with self._cond:
            self._cond.wait_for(lambda: self.closed or not self.online or ready(), timeout=wait)
            self._check()
            return ready()

    def close(self) -> None:
        with self._cond:
            self.closed = True
            self._cond.notify_all()


def command(
    id: int, kind: CommandKind, session_id: str | None = "sess-1", minutes: int | None = None
) -> Command:
    return Command(
        id=id,
        kind=kind,
        session_id=session_id,
        minutes=minutes,
        created_at="2025-01-06T09:00:00+00:00",
    )


class RecordingListener(AgentListener):
    """Records every call, thread-safely, as (name, args)."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self._lock = threading.Lock()

    def _record(self, name: str, *args: Any) -> None:
        with self._lock:
            self.calls.append((name, args))

    def named(self, name: str) -> list[tuple[Any, ...]]:
        with self._lock:
            return [args for n, args in self.calls if n == name]

    def session_did_start(self, view: SessionView) -> None:
        self._record("session_did_start", view)

    def station_did_fail(self, fault: str) -> None:
        self._record("station_did_fail", fault)

    def station_did_recover(self) -> None:
        self._record("station_did_recover")

    def session_did_change(self, view: SessionView) -> None:
        self._record("session_did_change", view)

    def session_will_end(self, view: SessionView, threshold_seconds: int) -> None:
        self._record("session_will_end", view, threshold_seconds)

    def session_did_end(self, session_id: str, reason: EndReason) -> None:
        self._record("session_did_end", session_id, reason)

    def connection_did_change(self, online: bool) -> None:
        self._record("connection_did_change", online)

    def station_did_load(self, info: StationInfo) -> None:
        self._record("station_did_load", info)

    def session_did_lock(self, view: SessionView) -> None:
        self._record("session_did_lock", view)

    def session_did_unlock(self, view: SessionView) -> None:
        self._record("session_did_unlock", view)

    def station_did_receive_message(
        self, command_id: int, text: str, texts: dict[str, str]
    ) -> None:
        self._record("station_did_receive_message", command_id, text)
        self._record("station_did_receive_message_texts", command_id, texts)

    def station_did_disable(self, reason: str | None) -> None:
        self._record("station_did_disable", reason)

    def station_did_enable(self) -> None:
        self._record("station_did_enable")

    def idle_will_end_session(self, seconds_left: int) -> None:
        self._record("idle_will_end_session", seconds_left)

    def idle_did_cancel(self) -> None:
        self._record("idle_did_cancel")

    def app_did_launch(self, app_id: str) -> None:
        self._record("app_did_launch", app_id)

    def process_did_stop(self, name: str, action: str) -> None:
        self._record("process_did_stop", name, action)

    def cleanup_will_start(self) -> None:
        self._record("cleanup_will_start")

    def cleanup_did_finish(self, summary: str) -> None:
        self._record("cleanup_did_finish", summary)

    def maintenance_did_start(self, seconds: int) -> None:
        self._record("maintenance_did_start", seconds)

    def maintenance_did_end(self) -> None:
        self._record("maintenance_did_end")

    def session_did_lock_away(self, deadline_seconds: int) -> None:
        self._record("session_did_lock_away", deadline_seconds)

    def session_did_unlock_away(self) -> None:
        self._record("session_did_unlock_away")

    def desk_call_did_change(self, state: DeskCallState) -> None:
        self._record("desk_call_did_change", state)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "station.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[LocalStore]:
    store = LocalStore(db_path)
    yield store
    store.close()


@pytest.fixture
def outbox(store: LocalStore, clock: FakeClock) -> Outbox:
    return Outbox(store, clock)


@pytest.fixture
def fake_client() -> FakeClient:
    return FakeClient()


@pytest.fixture
def listener() -> RecordingListener:
    return RecordingListener()


AgentFactory = Callable[..., StationAgent]


@pytest.fixture
def make_agent(
    store: LocalStore, clock: FakeClock, fake_client: FakeClient, listener: RecordingListener
) -> Iterator[AgentFactory]:
    """Build agents with tiny intervals; every agent built is stopped at teardown."""
    agents: list[StationAgent] = []

    def make(**overrides: Any) -> StationAgent:
        options: dict[str, Any] = {
            "client": fake_client,
            "store": store,
            "clock": clock,
            "listener": listener,
            "boot_id": "boot-1",
            "heartbeat_seconds": 10.0,
            "snapshot_seconds": 2.0,
            "tick_seconds": 0.01,
            "poll_wait": 0.05,
            "retry_initial": 0.01,
            "retry_max": 0.05,
        }
        options.update(overrides)
        agent = StationAgent(**options)
        agents.append(agent)
        return agent

    yield make
    for agent in agents:
        agent.stop()


@pytest.fixture(name="wait_until")
def wait_until_fixture() -> Callable[..., None]:
    return wait_until


@pytest.fixture
def grant() -> Callable[..., Grant]:
    return make_grant


@pytest.fixture
def cmd() -> Callable[..., Command]:
    return command
