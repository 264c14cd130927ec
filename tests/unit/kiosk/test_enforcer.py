"""The agent with its enforcement: apps launched, forbidden processes stopped, idle end, cleanup.

Real processes (copies of ``sleep`` under other names), a guard confined to this test
process's children, a fake server and a fake clock for the session's time.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psutil
import pytest

from kiosk.agent import StationAgent
from kiosk.cleanup import CleanupPlan
from kiosk.clock import FakeClock
from kiosk.enforcer import SESSION_APPS_KEY, NotPermitted, SessionEnforcer
from kiosk.guard import GuardReport, ProcessGuard
from kiosk.launcher import Launcher
from kiosk.listener import AgentListener
from kiosk.protocol.station import AppEntry, EndReason, Event, EventKind, Grant
from kiosk.store import LocalStore

AgentFactory = Callable[..., StationAgent]
Wait = Callable[..., None]


class RecordingLockdown:
    """Stands in for the X11 key grabs (tested under Xvfb in tests/e2e)."""

    def __init__(self) -> None:
        self.engaged = False
        self.changes: list[str] = []
        self.closed = False

    def engage(self) -> None:
        self.engaged = True
        self.changes.append("engage")

    def release(self) -> None:
        self.engaged = False
        self.changes.append("release")

    def close(self) -> None:
        self.closed = True


class ManualInput:
    """An input watcher the test moves by hand."""

    def __init__(self) -> None:
        self.on_activity: Callable[[], None] | None = None

    def start(self, on_activity: Callable[[], None]) -> bool:
        self.on_activity = on_activity
        return True

    def stop(self) -> None:
        self.on_activity = None


@pytest.fixture
def programs(tmp_path: Path) -> dict[str, Path]:
    """Renamed copies of sleep: an app of the catalogue and a forbidden one."""
    sleep = shutil.which("sleep")
    assert sleep is not None
    folder = tmp_path / "bin"
    folder.mkdir()
    made = {}
    for name in ("notes-app", "forbidden-app"):
        shutil.copy(sleep, folder / name)
        made[name] = folder / name
    return made


@pytest.fixture
def children() -> Iterator[list[subprocess.Popen[bytes]]]:
    started: list[subprocess.Popen[bytes]] = []
    yield started
    for proc in started:
        if proc.poll() is None:
            proc.kill()
        proc.wait(5)


def app_grant(programs: dict[str, Path], seconds: int = 1800) -> Grant:
    notes = AppEntry(
        id="notes",
        names={"fr": "Notes", "nl": "Notities", "en": "Notes"},
        commands={"linux": f"{programs['notes-app']} 60", "windows": "notepad.exe"},
        processes=["notes-app"],
    )
    return Grant(
        session_id="sess-apps",
        visitor={"identifier": "B123", "display_name": "Ana", "category": "adult"},
        granted_seconds=seconds,
        apps=[notes],
    )


class Station:
    """An agent, its enforcer and what the test looks at."""

    def __init__(
        self,
        *,
        make_agent: AgentFactory,
        store: LocalStore,
        clock: FakeClock,
        listener: AgentListener,
        folders: list[Path],
        template: Path | None,
        home: Path,
        idle_seconds: float = 0.0,
    ) -> None:
        self.lockdown = RecordingLockdown()
        self.input = ManualInput()
        self.clipboard_clears = 0
        self.reports: list[GuardReport] = []

        def clear() -> None:
            self.clipboard_clears += 1

        def guard_factory(on_report: Callable[[GuardReport], None]) -> ProcessGuard:
            def report(r: GuardReport) -> None:
                self.reports.append(r)
                on_report(r)

            # confined to this test's children: never another process of the machine
            return ProcessGuard(
                clock=clock, enforce=True, on_report=report, scope_pid=os.getpid(), interval=0.05
            )

        self.enforcer = SessionEnforcer(
            clock=clock,
            store=store,
            listener=listener,
            launcher=Launcher(clock=clock),
            lockdown=self.lockdown,
            guard_factory=guard_factory,
            input_watcher=self.input,
            idle_seconds=idle_seconds,
            idle_warning_seconds=60,
            cleanup=CleanupPlan(folders, template, home, clear),
        )
        self.agent = make_agent(enforcer=self.enforcer)
        self.store = store

    def events(self, kind: EventKind) -> list[Event]:
        """Every event of this kind queued so far, sent or not."""
        with self.store.read() as db:
            rows = list(
                db.query("SELECT seq, body FROM outbox WHERE kind = ? ORDER BY seq", [kind])
            )
        return [Event.model_validate({**json.loads(r["body"]), "seq": r["seq"]}) for r in rows]


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    (folder / "Downloads").mkdir(parents=True)
    (folder / "Documents").mkdir()
    return folder


@pytest.fixture
def station(
    make_agent: AgentFactory,
    store: LocalStore,
    clock: FakeClock,
    listener: AgentListener,
    home: Path,
    tmp_path: Path,
) -> Station:
    template = tmp_path / "template"
    (template / "Documents").mkdir(parents=True)
    (template / "Documents" / "Lisez-moi.txt").write_text("Bienvenue à l'EPN")
    return Station(
        make_agent=make_agent,
        store=store,
        clock=clock,
        listener=listener,
        folders=[home / "Downloads", home / "Documents"],
        template=template,
        home=home,
    )


def test_a_whole_session_opens_polices_and_cleans_the_desktop(
    station: Station,
    fake_client: Any,
    programs: dict[str, Path],
    children: list[subprocess.Popen[bytes]],
    listener: Any,
    home: Path,
    tmp_path: Path,
    wait_until: Wait,
) -> None:
    agent = station.agent
    fake_client.grants = [app_grant(programs)]
    agent.start()
    assert station.lockdown.engaged, "escape keys blocked while nobody is signed in"

    agent.sign_in("B123")
    assert not station.lockdown.engaged
    assert [a.id for a in agent.apps()] == ["notes"]
    agent.launch("notes")
    assert listener.named("app_did_launch") == [("notes",)]
    app_pid = next(iter(station.enforcer._launcher.pids()))

    # the visitor starts something outside the catalogue: stopped and reported
    forbidden = subprocess.Popen([str(programs["forbidden-app"]), "60"])
    children.append(forbidden)
    wait_until(lambda: forbidden.poll() is not None, timeout=2.0)
    wait_until(lambda: station.events(EventKind.PROCESS_STOPPED) != [])
    stopped = station.events(EventKind.PROCESS_STOPPED)[0]
    assert (stopped.session_id, stopped.process, stopped.detail) == (
        "sess-apps",
        "forbidden-app",
        "killed",
    )
    assert psutil.pid_exists(app_pid) and psutil.Process(app_pid).status() != "zombie"

    # what the visitor left behind
    (home / "Downloads" / "cv.pdf").write_bytes(b"%PDF")
    (home / "Documents" / "lettre").mkdir()
    (home / "Documents" / "lettre" / "brouillon.odt").write_text("...")
    outside = home / "notes-personnelles.txt"
    outside.write_text("not configured: must stay")

    assert agent.end_session(EndReason.VISITOR)
    wait_until(lambda: listener.named("cleanup_did_finish") != [], timeout=10.0)
    assert station.lockdown.engaged
    gone = not psutil.pid_exists(app_pid) or psutil.Process(app_pid).status() == "zombie"
    assert gone, "the visitor's app is stopped at the end"
    assert list((home / "Downloads").iterdir()) == []
    assert sorted(p.name for p in (home / "Documents").iterdir()) == ["Lisez-moi.txt"]
    assert outside.read_text() == "not configured: must stay"
    assert station.clipboard_clears == 1
    used = station.events(EventKind.APP_USED)
    assert [(e.session_id, e.app_id) for e in used] == [("sess-apps", "notes")]
    cleanup = station.events(EventKind.CLEANUP_DONE)
    assert len(cleanup) == 1 and cleanup[0].ok is True
    assert "2 folders reset" in (cleanup[0].detail or "")
    assert agent.apps() == []


def test_an_app_outside_the_catalogue_is_not_launched(
    station: Station, fake_client: Any, programs: dict[str, Path]
) -> None:
    fake_client.grants = [app_grant(programs)]
    station.agent.start()
    with pytest.raises(NotPermitted):
        station.agent.launch("notes")  # no session yet
    station.agent.sign_in("B123")
    with pytest.raises(NotPermitted):
        station.agent.launch("terminal")


def test_a_restarted_agent_keeps_the_visitors_catalogue(
    make_agent: AgentFactory,
    store: LocalStore,
    clock: FakeClock,
    listener: AgentListener,
    fake_client: Any,
    programs: dict[str, Path],
    home: Path,
) -> None:
    def build() -> Station:
        return Station(
            make_agent=make_agent,
            store=store,
            clock=clock,
            listener=listener,
            folders=[home / "Downloads"],
            template=None,
            home=home,
        )

    first = build()
    fake_client.grants = [app_grant(programs)]
    first.agent.start()
    first.agent.sign_in("B123")
    first.agent.stop()

    second = build()
    second.agent.start()
    assert [a.id for a in second.agent.apps()] == ["notes"]
    assert not second.lockdown.engaged, "the resumed visitor keeps their keys"
    assert store.get(SESSION_APPS_KEY)


def test_idle_warns_then_ends_the_session_and_input_cancels(
    make_agent: AgentFactory,
    store: LocalStore,
    clock: FakeClock,
    listener: Any,
    fake_client: Any,
    programs: dict[str, Path],
    home: Path,
) -> None:
    station = Station(
        make_agent=make_agent,
        store=store,
        clock=clock,
        listener=listener,
        folders=[home / "Downloads"],
        template=None,
        home=home,
        idle_seconds=600,
    )
    agent = station.agent
    fake_client.grants = [app_grant(programs)]
    agent.start()
    agent.sign_in("B123")
    assert station.input.on_activity is not None

    clock.advance(541)  # 59 s before the idle end
    agent.tick()
    assert listener.named("idle_will_end_session") == [(59,)]
    station.input.on_activity()
    agent.tick()
    assert listener.named("idle_did_cancel") == [()]
    assert agent.view() is not None

    clock.advance(600)
    agent.tick()  # the warning
    agent.tick()  # the end
    ended = listener.named("session_did_end")
    assert ended == [("sess-apps", EndReason.IDLE)]
    assert [e.reason for e in station.events(EventKind.SESSION_ENDED)] == [EndReason.IDLE]


def test_sign_in_waits_for_the_previous_cleanup(
    station: Station, fake_client: Any, programs: dict[str, Path], listener: Any
) -> None:
    release = threading.Event()
    original = station.enforcer._cleanup
    assert original is not None

    class SlowCleanup:
        def run(self) -> Any:
            release.wait(5)
            return original.run()

    station.enforcer._cleanup = SlowCleanup()  # type: ignore[assignment]
    fake_client.grants = [app_grant(programs)]
    station.agent.start()
    station.agent.sign_in("B123")
    station.agent.end_session()
    assert not station.enforcer.wait_cleanup(0.05)
    fake_client.grants = [app_grant(programs).model_copy(update={"session_id": "sess-next"})]
    signed = threading.Thread(target=station.agent.sign_in, args=("B123",))
    signed.start()
    signed.join(0.1)
    assert signed.is_alive(), "the next visitor waits for the cleanup"
    release.set()
    signed.join(5)
    assert station.agent.view() is not None
    assert listener.named("cleanup_did_finish")


class DeadInput(ManualInput):
    """No input backend on this station (no DISPLAY, no pynput)."""

    def start(self, on_activity: Callable[[], None]) -> bool:
        return False


def test_without_an_input_backend_sessions_never_end_as_idle(
    make_agent: AgentFactory,
    store: LocalStore,
    clock: FakeClock,
    listener: Any,
    fake_client: Any,
    programs: dict[str, Path],
    home: Path,
) -> None:
    station = Station(
        make_agent=make_agent,
        store=store,
        clock=clock,
        listener=listener,
        folders=[home / "Downloads"],
        template=None,
        home=home,
        idle_seconds=60,
    )
    station.enforcer._input = DeadInput()
    fake_client.grants = [app_grant(programs)]
    station.agent.start()
    station.agent.sign_in("B123")
    clock.advance(600)
    station.agent.tick()
    assert listener.named("idle_will_end_session") == []
    assert station.agent.view() is not None
