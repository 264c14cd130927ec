"""The process guard against real processes.

Every guard here is confined with ``scope_pid`` to a process tree the test started (a small
spawner), so it can never touch the test runner or anything else on the machine.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psutil
import pytest

from kiosk.clock import FakeClock
from kiosk.guard import GuardReport, ProcessGuard, name_key

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="real Linux processes")

# Starts the argv it reads (one JSON list per line) and prints each child's pid; ignoring
# SIGCHLD makes the kernel reap its children, so a killed child disappears at once.
SPAWNER = """
import json, os, signal, sys
signal.signal(signal.SIGCHLD, signal.SIG_IGN)
for line in sys.stdin:
    argv = json.loads(line)
    print(os.posix_spawn(argv[0], argv, dict(os.environ)), flush=True)
"""


class Tree:
    """A process the test owns, and that starts processes on request: the guard's scope."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", SPAWNER],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.pid = self.proc.pid

    def spawn(self, *argv: str | Path) -> int:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(json.dumps([str(a) for a in argv]) + "\n")
        self.proc.stdin.flush()
        return int(self.proc.stdout.readline())

    def close(self) -> None:
        try:
            children = psutil.Process(self.pid).children(recursive=True)
        except psutil.NoSuchProcess:
            children = []
        for child in children:
            with contextlib.suppress(psutil.NoSuchProcess):
                child.kill()
        self.proc.kill()
        self.proc.wait(10)
        for stream in (self.proc.stdin, self.proc.stdout):
            if stream is not None:
                stream.close()


def alive(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


@pytest.fixture
def tree() -> Iterator[Tree]:
    tree = Tree()
    yield tree
    tree.close()


@pytest.fixture
def programs(tmp_path: Path) -> dict[str, Path]:
    """Renamed copies of sleep and bash: their process names are the names the guard sees."""
    made = {}
    for name, source in [
        ("forbidden-app", "/bin/sleep"),
        ("allowed-app", "/bin/sleep"),
        ("filemgr", "/bin/bash"),
        ("terminal", "/bin/bash"),
        ("allowed-shell", "/bin/bash"),
    ]:
        made[name] = tmp_path / name
        shutil.copy2(source, made[name])
    return made


class Reports:
    def __init__(self) -> None:
        self.items: list[GuardReport] = []
        self._lock = threading.Lock()

    def __call__(self, report: GuardReport) -> None:
        with self._lock:
            self.items.append(report)

    def pids(self) -> list[int]:
        with self._lock:
            return [r.pid for r in self.items]


@pytest.fixture
def reports() -> Reports:
    return Reports()


GuardFactory = Callable[..., ProcessGuard]


@pytest.fixture
def make_guard(tree: Tree, reports: Reports, clock: FakeClock) -> Iterator[GuardFactory]:
    guards: list[ProcessGuard] = []

    def make(**options: Any) -> ProcessGuard:
        assert "scope_pid" not in options, "tests always confine the guard to their own tree"
        settings: dict[str, Any] = {
            "clock": clock,
            "enforce": True,
            "on_report": reports,
            "interval": 0.02,
        }
        settings.update(options)
        guard = ProcessGuard(scope_pid=tree.pid, **settings)
        guards.append(guard)
        return guard

    yield make
    for guard in guards:
        guard.stop()
        guard.end()


def test_forbidden_process_is_killed_and_reported_once(
    make_guard: GuardFactory,
    tree: Tree,
    programs: dict[str, Path],
    reports: Reports,
    wait_until: Any,
) -> None:
    guard = make_guard()
    guard.begin({"allowed-app"})
    guard.start()
    pid = tree.spawn(programs["forbidden-app"], "30")

    # how fast is the benchmark's to say (bench/guard_kill.py): a loaded machine may take longer
    wait_until(lambda: not alive(pid) and pid in reports.pids(), timeout=10.0)
    [report] = reports.items
    assert (report.pid, report.name, report.action) == (pid, "forbidden-app", "killed")
    assert report.exe == str(programs["forbidden-app"])
    assert report.at_mono == 1000.0


def test_thread_is_a_named_daemon(make_guard: GuardFactory) -> None:
    guard = make_guard()
    guard.start()
    [thread] = [t for t in threading.enumerate() if t.name == "epn-guard"]
    assert thread.daemon
    guard.stop()
    assert not thread.is_alive()


def test_allowed_name_survives_beside_a_forbidden_one(
    make_guard: GuardFactory, tree: Tree, programs: dict[str, Path], wait_until: Any
) -> None:
    guard = make_guard()
    guard.begin({"allowed-app"})
    allowed = tree.spawn(programs["allowed-app"], "30")
    forbidden = tree.spawn(programs["forbidden-app"], "30")

    reports = guard.scan_once()

    assert [(r.pid, r.action) for r in reports] == [(forbidden, "killed")]
    wait_until(lambda: not alive(forbidden))
    assert alive(allowed)
    assert guard.scan_once() == []  # verdicts are cached: nobody is reported twice


def test_baseline_process_survives(
    make_guard: GuardFactory, tree: Tree, programs: dict[str, Path]
) -> None:
    before = tree.spawn(programs["forbidden-app"], "30")
    guard = make_guard()
    guard.begin(set())
    after = tree.spawn(programs["forbidden-app"], "30")

    assert [r.pid for r in guard.scan_once()] == [after]
    assert alive(before)


def test_baseline_names_are_never_policed(
    make_guard: GuardFactory, tree: Tree, programs: dict[str, Path]
) -> None:
    guard = make_guard(baseline_names=["forbidden-app"])
    guard.begin(set())
    pid = tree.spawn(programs["forbidden-app"], "30")

    assert guard.scan_once() == []
    assert alive(pid)


def test_protected_pid_is_never_policed(
    make_guard: GuardFactory, tree: Tree, programs: dict[str, Path], reports: Reports
) -> None:
    # The protected process exists before begin() here, but is protected by pid as well.
    protected = tree.spawn(programs["forbidden-app"], "30")
    guard = make_guard(protected_pids=[protected])
    guard.begin(set())
    other = tree.spawn(programs["forbidden-app"], "30")
    guard.scan_once()
    assert alive(protected)
    assert reports.pids() == [other]


def test_report_only_kills_nothing_and_reports_once(
    make_guard: GuardFactory, tree: Tree, programs: dict[str, Path], reports: Reports
) -> None:
    guard = make_guard(enforce=False)
    guard.begin({"allowed-app"})
    pid = tree.spawn(programs["forbidden-app"], "30")

    first = guard.scan_once()
    second = guard.scan_once()

    assert [(r.pid, r.name, r.action) for r in first] == [(pid, "forbidden-app", "reported")]
    assert second == []
    assert reports.pids() == [pid]
    assert alive(pid)


def test_allowed_root_may_run_but_its_forbidden_child_is_killed(
    make_guard: GuardFactory, tree: Tree, programs: dict[str, Path], wait_until: Any
) -> None:
    guard = make_guard()
    guard.begin({"allowed-app"})
    script = f"{programs['forbidden-app']} 30 & {programs['allowed-app']} 30 & wait"
    root = tree.spawn(programs["filemgr"], "-c", script)
    guard.allow_pid(root)
    # both children have exec'd their programs (a loaded machine shows the forks a moment first)
    wait_until(
        lambda: (
            sorted(p.name() for p in psutil.Process(root).children())
            == ["allowed-app", "forbidden-app"]
        )
    )
    children = {p.name(): p.pid for p in psutil.Process(root).children()}

    reports = guard.scan_once()

    assert [r.pid for r in reports] == [children["forbidden-app"]]
    wait_until(lambda: not alive(children["forbidden-app"]))
    assert alive(root)
    assert alive(children["allowed-app"])


@pytest.mark.parametrize(("program", "killed"), [("allowed-app", False), ("forbidden-app", True)])
def test_a_fork_of_an_allowed_root_is_judged_by_the_program_it_execs(
    make_guard: GuardFactory,
    tree: Tree,
    programs: dict[str, Path],
    tmp_path: Path,
    wait_until: Any,
    program: str,
    killed: bool,
) -> None:
    # An app root (allowed by pid, its own name not in the allowlist) forks a child that waits
    # before its exec: until then the child carries the root's name and executable.
    guard = make_guard()
    guard.begin({"allowed-app"})
    go = tmp_path / "go"
    os.mkfifo(go)
    script = f"( read line < {go}; exec {programs[program]} 30 ) & wait"
    root = tree.spawn(programs["filemgr"], "-c", script)
    guard.allow_pid(root)
    wait_until(lambda: len(psutil.Process(root).children()) == 1)
    [child] = psutil.Process(root).children()
    assert child.name() == "filemgr"

    assert guard.scan_once() == []  # the same program as its allowed parent: not killed
    assert alive(child.pid)

    go.write_text("now\n")
    wait_until(lambda: psutil.Process(child.pid).name() == program)
    reports = guard.scan_once()

    assert [r.pid for r in reports] == ([child.pid] if killed else [])
    if killed:  # the root is left alone (its shell then ends, having nothing to wait for)
        wait_until(lambda: not alive(child.pid))
    else:
        assert alive(child.pid)
        assert alive(root)


def test_children_of_a_forbidden_process_are_forbidden_whatever_their_name(
    make_guard: GuardFactory, tree: Tree, programs: dict[str, Path], wait_until: Any
) -> None:
    guard = make_guard()
    guard.begin({"allowed-app"})
    terminal = tree.spawn(programs["terminal"], "-c", f"{programs['allowed-app']} 30 & wait")
    wait_until(lambda: len(psutil.Process(terminal).children()) == 1)
    [child] = psutil.Process(terminal).children()

    reports = guard.scan_once()

    assert sorted(r.pid for r in reports) == sorted([terminal, child.pid])
    wait_until(lambda: not alive(terminal) and not alive(child.pid))


def test_an_allowed_process_that_execs_a_forbidden_program_is_killed(
    make_guard: GuardFactory, tree: Tree, programs: dict[str, Path], tmp_path: Path, wait_until: Any
) -> None:
    guard = make_guard()
    guard.begin({"allowed-shell"})
    go = tmp_path / "go"
    os.mkfifo(go)
    pid = tree.spawn(
        programs["allowed-shell"], "-c", f"read line < {go}; exec {programs['forbidden-app']} 30"
    )
    wait_until(lambda: psutil.Process(pid).name() == "allowed-shell")
    assert guard.scan_once() == []

    go.write_text("now\n")
    wait_until(lambda: psutil.Process(pid).name() == "forbidden-app")
    reports = guard.scan_once()

    assert [(r.pid, r.name, r.action) for r in reports] == [(pid, "forbidden-app", "killed")]
    wait_until(lambda: not alive(pid))


def test_processes_outside_the_scope_are_left_alone(
    make_guard: GuardFactory, programs: dict[str, Path], reports: Reports
) -> None:
    guard = make_guard()
    guard.begin(set())
    outsider = subprocess.Popen([programs["forbidden-app"], "30"])
    try:
        guard.scan_once()
        assert alive(outsider.pid)
        assert outsider.pid not in reports.pids()
    finally:
        outsider.kill()
        outsider.wait(10)


def test_no_policing_outside_a_session(
    make_guard: GuardFactory, tree: Tree, programs: dict[str, Path], reports: Reports
) -> None:
    guard = make_guard()
    assert guard.scan_once() == []  # never began
    guard.begin(set())
    guard.end()
    pid = tree.spawn(programs["forbidden-app"], "30")
    assert guard.scan_once() == []
    assert alive(pid)
    guard.begin(set())  # a new session: that process is now part of the baseline
    assert guard.scan_once() == []
    assert alive(pid)
    assert reports.items == []


def test_sweep_ends_everything_the_session_started_and_forgets_it(
    make_guard: GuardFactory,
    tree: Tree,
    programs: dict[str, Path],
    reports: Reports,
    wait_until: Any,
) -> None:
    before = tree.spawn(programs["allowed-app"], "30")
    guard = make_guard()
    guard.begin({"allowed-app"})
    during = tree.spawn(programs["allowed-app"], "30")
    assert guard.scan_once() == []
    late = tree.spawn(programs["forbidden-app"], "30")  # started after the last pass
    guard.end()

    swept = guard.sweep(grace=0.5)

    assert sorted((r.pid, r.action) for r in swept) == sorted(
        [(during, "killed"), (late, "killed")]
    )
    assert reports.pids() == [late]  # the forbidden one went through on_report too
    wait_until(lambda: not alive(during) and not alive(late))
    assert alive(before)
    assert guard.sweep() == []


def test_sweep_when_not_enforcing_touches_nothing(
    make_guard: GuardFactory, tree: Tree, programs: dict[str, Path]
) -> None:
    guard = make_guard(enforce=False)
    guard.begin({"allowed-app"})
    pid = tree.spawn(programs["allowed-app"], "30")

    swept = guard.sweep()

    assert [(r.pid, r.action) for r in swept] == [(pid, "reported")]
    assert alive(pid)


def test_a_process_that_ignores_sigterm_is_killed_after_grace(
    make_guard: GuardFactory, tree: Tree, programs: dict[str, Path], wait_until: Any
) -> None:
    guard = make_guard(grace=0.05)
    guard.begin(set())
    pid = tree.spawn(programs["terminal"], "-c", "trap '' TERM; while :; do :; done")
    [report] = guard.scan_once()
    assert report.pid == pid
    wait_until(lambda: not alive(pid), timeout=1.0)


def test_enforcing_on_roots_processes_needs_a_scope() -> None:
    if os.geteuid() != 0:
        pytest.skip("only root's processes are refused")
    with pytest.raises(ValueError, match="root"):
        ProcessGuard(clock=FakeClock(), enforce=True, on_report=lambda r: None, user="root")


def test_an_unknown_user_is_refused() -> None:
    with pytest.raises(ValueError, match="no-such-user-epn"):
        ProcessGuard(
            clock=FakeClock(), enforce=False, on_report=lambda r: None, user="no-such-user-epn"
        )


@pytest.mark.parametrize(
    ("name", "key"), [("/usr/lib/firefox/firefox", "firefox"), ("soffice.bin", "soffice.bin")]
)
def test_name_key_is_the_basename(name: str, key: str) -> None:
    assert name_key(name) == key
