"""What the staff console sees live of a session: locked or not, the app in use.

Each change queues a heartbeat at once (not at the next 10 s one). Also the staff lock's
effect on the station itself: escape keys blocked, no idle end, kept across a restart.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kiosk.agent import StationAgent
from kiosk.clock import FakeClock
from kiosk.enforcer import SessionEnforcer
from kiosk.launcher import AppRun, Launcher, RunningApps
from kiosk.protocol.commands import Command, CommandKind
from kiosk.protocol.station import AppEntry, Event, EventKind, Grant, VisitorInfo
from kiosk.station_state import STAFF_LOCK_KEY
from kiosk.store import LocalStore

AgentFactory = Callable[..., StationAgent]


def command(id: int, kind: CommandKind) -> Command:
    return Command(id=id, kind=kind, session_id="sess-1", created_at="2025-03-10T09:00:00+00:00")


def queued_heartbeats(agent: StationAgent) -> list[Event]:
    """Heartbeats waiting in the outbox: queued at once, before any scheduled one."""
    return [e for e in agent.outbox.pending() if e.kind == EventKind.HEARTBEAT]


class RecordingLockdown:
    def __init__(self) -> None:
        self.changes: list[str] = []

    def engage(self) -> None:
        self.changes.append("engage")

    def release(self) -> None:
        self.changes.append("release")

    def close(self) -> None:
        self.changes.append("close")


class FakeLauncher(Launcher):
    """Starts nothing: runs are made up, and exit when the test says so."""

    def __init__(self, clock: FakeClock) -> None:
        super().__init__(clock=clock, platform="linux")
        self._fake_clock = clock
        self.live: list[AppRun] = []
        self.exited: list[AppRun] = []
        self._pid = 1000

    def launch(self, app: AppEntry) -> AppRun:
        self._pid += 1
        run = AppRun(app_id=app.id, pid=self._pid, started_mono=self._fake_clock.monotonic())
        self.live.append(run)
        return run

    def exit(self, pid: int) -> None:
        [run] = [r for r in self.live if r.pid == pid]
        self.live.remove(run)
        self.exited.append(self._ended(run, self._fake_clock.monotonic()))

    def poll(self) -> list[AppRun]:
        ended, self.exited = self.exited, []
        return ended

    def stop_all(self, grace: float = 1.0) -> list[AppRun]:
        runs = [self._ended(r, self._fake_clock.monotonic()) for r in self.live]
        self.live = []
        return runs


def app_grant() -> Grant:
    return Grant(
        session_id="sess-1",
        visitor=VisitorInfo(identifier="B123", display_name="Ana", category="adult"),
        granted_seconds=1800,
        apps=[
            AppEntry(id=app_id, names={"fr": app_id}, commands={"linux": app_id})
            for app_id in ("writer", "atlas")
        ],
    )


def enforced_agent(
    make_agent: AgentFactory,
    fake_client: Any,
    listener: Any,
    clock: FakeClock,
    store: LocalStore,
    lockdown: RecordingLockdown,
    launcher: Launcher | None = None,
) -> StationAgent:
    enforcer = SessionEnforcer(
        clock=clock,
        store=store,
        listener=listener,
        launcher=launcher or Launcher(clock=clock),
        lockdown=lockdown,
    )
    fake_client.grants = [app_grant()]
    agent = make_agent(enforcer=enforcer)
    # what agent.start() does for the enforcer, without the threads: the test drives the steps
    enforcer.start(agent.end_session, agent.record_event)
    return agent


# --- the staff lock on the station (gaps found in kiosk/commands.py's lock and unlock) -------


def test_a_staff_lock_blocks_the_escape_keys_until_unlocked(
    make_agent: AgentFactory, fake_client: Any, listener: Any, clock: FakeClock, store: LocalStore
) -> None:
    lockdown = RecordingLockdown()
    agent = enforced_agent(make_agent, fake_client, listener, clock, store, lockdown)
    agent.sign_in("B123")
    assert lockdown.changes[-1] == "release"
    fake_client.push_command(command(1, CommandKind.LOCK))
    agent.link.commands_once()
    assert lockdown.changes[-1] == "engage" and agent.locks.locked
    fake_client.push_command(command(2, CommandKind.UNLOCK))
    agent.link.commands_once()
    assert lockdown.changes[-1] == "release" and not agent.locks.locked


def test_a_staff_unlock_leaves_the_visitors_away_lock_in_place(
    make_agent: AgentFactory, fake_client: Any, listener: Any, clock: FakeClock, store: LocalStore
) -> None:
    lockdown = RecordingLockdown()
    agent = enforced_agent(make_agent, fake_client, listener, clock, store, lockdown)
    agent.sign_in("B123")
    agent.locks.lock_away()
    fake_client.push_command(command(1, CommandKind.LOCK))
    fake_client.push_command(command(2, CommandKind.UNLOCK))
    agent.link.commands_once()
    assert lockdown.changes[-1] == "engage" and agent.locks.locked
    assert agent.locks.unlock_away("B123") is True
    assert lockdown.changes[-1] == "release" and not agent.locks.locked


def test_the_visitor_cannot_lift_a_staff_lock_with_their_away_unlock(
    make_agent: AgentFactory, fake_client: Any, listener: Any, clock: FakeClock, store: LocalStore
) -> None:
    lockdown = RecordingLockdown()
    agent = enforced_agent(make_agent, fake_client, listener, clock, store, lockdown)
    agent.sign_in("B123")
    agent.locks.lock_away()
    fake_client.push_command(command(1, CommandKind.LOCK))
    agent.link.commands_once()
    assert agent.locks.unlock_away("B123") is True
    assert lockdown.changes[-1] == "engage" and agent.locks.locked


def test_a_staff_lock_survives_an_agent_restart(
    make_agent: AgentFactory, fake_client: Any, listener: Any, store: LocalStore
) -> None:
    agent = make_agent()
    agent.sign_in("B123")
    fake_client.push_command(command(1, CommandKind.LOCK))
    agent.link.commands_once()
    agent.stop()
    again = make_agent()
    again.start()
    assert again.locks.locked
    assert [v.session_id for (v,) in listener.named("session_did_lock")] == ["sess-1", "sess-1"]
    fake_client.push_command(command(2, CommandKind.UNLOCK))
    again.link.commands_once()
    assert not again.locks.locked
    fake_client.push_command(command(3, CommandKind.LOCK))
    again.link.commands_once()
    assert store.get(STAFF_LOCK_KEY) == "sess-1"
    again.end_session()
    assert store.get(STAFF_LOCK_KEY) == "" and not again.locks.locked


# --- heartbeats at once ------------------------------------------------------------------


def test_locking_queues_a_heartbeat_at_once(
    make_agent: AgentFactory, fake_client: Any, clock: FakeClock
) -> None:
    agent = make_agent()
    agent.sign_in("B123")
    agent.link.sync_once()
    assert queued_heartbeats(agent) == []
    agent.locks.lock_away()
    [beat] = queued_heartbeats(agent)
    assert (beat.session_id, beat.locked, beat.app_id) == ("sess-1", True, None)
    agent.locks.unlock_away("B123")
    [beat] = queued_heartbeats(agent)  # the unsent one replaced: one per session
    assert beat.locked is False
    agent.link.sync_once()
    fake_client.push_command(command(1, CommandKind.LOCK))
    agent.link.commands_once()
    assert [b.locked for b in queued_heartbeats(agent)] == [True]
    agent.link.sync_once()
    fake_client.push_command(command(2, CommandKind.UNLOCK))
    agent.link.commands_once()
    assert [b.locked for b in queued_heartbeats(agent)] == [False]


def test_a_free_station_sends_no_lock_state(make_agent: AgentFactory, fake_client: Any) -> None:
    agent = make_agent()
    agent.link.sync_once()
    [beat] = fake_client.events_of(EventKind.HEARTBEAT)
    assert beat.session_id is None and beat.locked is None and beat.app_id is None


def test_the_app_in_use_is_reported_at_once_when_it_changes(
    make_agent: AgentFactory, fake_client: Any, listener: Any, clock: FakeClock, store: LocalStore
) -> None:
    launcher = FakeLauncher(clock)
    agent = enforced_agent(
        make_agent, fake_client, listener, clock, store, RecordingLockdown(), launcher
    )
    agent.sign_in("B123")
    agent.link.sync_once()
    agent.launch("writer")
    assert [(b.app_id, b.locked) for b in queued_heartbeats(agent)] == [("writer", False)]
    agent.link.sync_once()
    clock.advance(30)
    agent.launch("atlas")
    agent.launch("writer")  # a second window of the app in use: nothing new to tell
    assert [b.app_id for b in queued_heartbeats(agent)] == ["writer"]
    agent.link.sync_once()
    assert agent.app_in_use() == "writer"
    writer_first, atlas, writer_again = launcher.live
    launcher.exit(writer_first.pid)
    clock.advance(5)
    agent.tick()
    assert queued_heartbeats(agent) == []  # the newer writer still runs
    launcher.exit(writer_again.pid)
    agent.tick()
    assert [b.app_id for b in queued_heartbeats(agent)] == ["atlas"]
    launcher.exit(atlas.pid)
    agent.tick()
    [beat] = queued_heartbeats(agent)
    assert beat.app_id is None and agent.app_in_use() is None


def test_the_app_in_use_is_forgotten_at_the_end_of_the_session(
    make_agent: AgentFactory, fake_client: Any, listener: Any, clock: FakeClock, store: LocalStore
) -> None:
    launcher = FakeLauncher(clock)
    agent = enforced_agent(
        make_agent, fake_client, listener, clock, store, RecordingLockdown(), launcher
    )
    agent.sign_in("B123")
    agent.launch("writer")
    agent.end_session()
    assert agent.app_in_use() is None


# --- RunningApps --------------------------------------------------------------------------


def test_running_apps_tell_which_run_of_an_app_ended_by_its_seconds(clock: FakeClock) -> None:
    apps = RunningApps(clock)
    assert apps.current() is None
    assert apps.started(AppRun("writer", 1, clock.monotonic())) is None
    clock.advance(100)
    assert apps.started(AppRun("atlas", 2, clock.monotonic())) == "writer"
    clock.advance(100)
    assert apps.started(AppRun("writer", 3, clock.monotonic())) == "atlas"
    assert apps.current() == "writer"
    assert apps.ended("writer", 200) is False  # the first one: the newer writer is in use
    assert apps.current() == "writer"
    assert apps.ended("writer", 0) is True
    assert apps.current() == "atlas"
    assert apps.ended("other", 5) is False
    apps.clear()
    assert apps.current() is None
