"""The launcher against real processes (renamed copies of sleep and bash)."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psutil
import pytest

from kiosk.clock import FakeClock
from kiosk.launcher import (
    AppRun,
    Launcher,
    LaunchError,
    LaunchReason,
    allowed_names,
    current_platform,
)
from kiosk.protocol.station import AppEntry

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="real Linux processes")


def gone(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


def app(command: str, app_id: str = "viewer", processes: list[str] | None = None) -> AppEntry:
    return AppEntry(id=app_id, commands={"linux": command}, processes=processes or [])


@pytest.fixture
def bin_dir(tmp_path: Path) -> Path:
    made = tmp_path / "bin"
    made.mkdir()
    shutil.copy2("/bin/sleep", made / "app-sleep")
    shutil.copy2("/bin/bash", made / "app-shell")
    shutil.copy2("/bin/true", made / "app-quick")
    return made


@pytest.fixture
def launcher(clock: FakeClock, bin_dir: Path) -> Iterator[Launcher]:
    env = {"PATH": f"{bin_dir}:{os.environ.get('PATH', '/usr/bin:/bin')}", "EPN_TEST": "yes"}
    launcher = Launcher(clock=clock, platform="linux", env=env)
    yield launcher
    launcher.stop_all(grace=0.2)


@linux_only
def test_launch_starts_the_app_in_its_own_session_and_tracks_it(
    launcher: Launcher, wait_until: Any
) -> None:
    run = launcher.launch(app("app-sleep 30"))

    proc = psutil.Process(run.pid)
    # the child runs the app once it has exec'd it: a loaded machine may show it a moment later
    wait_until(lambda: proc.name() == "app-sleep")
    assert proc.cmdline()[1:] == ["30"]
    assert os.getsid(run.pid) == run.pid  # a new session, hence a new process group
    assert os.getpgid(run.pid) == run.pid
    assert (run.app_id, run.started_mono, run.ended_mono) == ("viewer", 1000.0, None)
    assert launcher.pids() == {run.pid}
    assert [r.pid for r in launcher.running()] == [run.pid]


@linux_only
def test_running_counts_seconds_so_far(launcher: Launcher, clock: FakeClock) -> None:
    run = launcher.launch(app("app-sleep 30"))
    clock.advance(65.9)
    [now] = launcher.running()
    assert (now.pid, now.seconds, now.ended_mono) == (run.pid, 65, None)


@linux_only
def test_stop_all_ends_the_whole_group_and_is_idempotent(
    launcher: Launcher, clock: FakeClock, bin_dir: Path, wait_until: Any
) -> None:
    run = launcher.launch(app(f"app-shell -c '{bin_dir / 'app-sleep'} 30 & wait'", "shell"))
    wait_until(lambda: len(psutil.Process(run.pid).children()) == 1)
    [grandchild] = psutil.Process(run.pid).children()
    clock.advance(42.5)

    stopped = launcher.stop_all(grace=0.5)

    assert [(r.pid, r.app_id, r.seconds, r.ended_mono) for r in stopped] == [
        (run.pid, "shell", 42, 1042.5)
    ]
    assert gone(run.pid)
    wait_until(lambda: gone(grandchild.pid), timeout=1.0)
    assert launcher.pids() == set()
    assert launcher.running() == []
    assert launcher.stop_all() == []


@linux_only
def test_stop_all_kills_an_app_that_ignores_sigterm(launcher: Launcher) -> None:
    run = launcher.launch(app("app-shell -c \"trap '' TERM; while :; do :; done\""))

    [stopped] = launcher.stop_all(grace=0.1)

    assert stopped.pid == run.pid
    assert gone(run.pid)


@linux_only
def test_poll_returns_finished_runs_once_with_their_seconds(
    launcher: Launcher, clock: FakeClock, wait_until: Any
) -> None:
    quick = launcher.launch(app("app-quick", "quick"))
    slow = launcher.launch(app("app-sleep 30", "slow"))
    clock.advance(7.9)

    finished: list[AppRun] = []

    def quick_finished() -> bool:
        finished.extend(launcher.poll())
        return bool(finished)

    wait_until(quick_finished)
    assert [(r.app_id, r.pid, r.seconds, r.ended_mono) for r in finished] == [
        ("quick", quick.pid, 7, 1007.9)
    ]
    assert launcher.poll() == []
    assert launcher.pids() == {slow.pid}


@linux_only
def test_a_run_that_exits_between_two_looks_is_reaped(launcher: Launcher, wait_until: Any) -> None:
    run = launcher.launch(app("app-quick", "quick"))
    wait_until(lambda: gone(run.pid))  # a zombie: exited, not reaped yet
    popen = launcher._runs[run.pid].popen
    popen.poll = lambda: None  # type: ignore[method-assign]  # as if it exited just after
    [ended] = launcher.poll()
    assert ended.pid == run.pid
    assert popen.returncode == 0  # reaped: no zombie left, no ResourceWarning later
    assert launcher.pids() == set()


@linux_only
def test_the_command_is_split_like_a_shell_and_gets_the_environment(
    launcher: Launcher, tmp_path: Path, wait_until: Any
) -> None:
    out = tmp_path / "out file.txt"
    launcher.launch(app(f"app-shell -c 'echo \"$EPN_TEST\" > \"$0\"' '{out}'"))
    wait_until(lambda: out.exists() and out.read_text() == "yes\n")


def test_no_command_for_this_platform() -> None:
    launcher = Launcher(clock=FakeClock(), platform="linux")
    entry = AppEntry(id="paint", commands={"windows": "mspaint.exe"})
    with pytest.raises(LaunchError, match="paint") as caught:
        launcher.launch(entry)
    assert caught.value.reason == LaunchReason.NO_COMMAND == "no_command"
    assert caught.value.app_id == "paint"


@pytest.mark.parametrize("command", ["/nonexistent/dir/editor --new", "no-such-program-epn"])
def test_missing_executable(command: str) -> None:
    launcher = Launcher(clock=FakeClock(), platform="linux", env={"PATH": "/nonexistent"})
    with pytest.raises(LaunchError, match=r"app .editor.*not found") as caught:
        launcher.launch(app(command, "editor"))
    assert caught.value.reason == LaunchReason.NOT_FOUND
    assert launcher.pids() == set()


@linux_only
def test_an_executable_the_system_refuses_to_start(tmp_path: Path) -> None:
    broken = tmp_path / "broken-app"
    broken.write_bytes(b"\x00\x01 not a program")
    broken.chmod(0o755)
    launcher = Launcher(clock=FakeClock(), platform="linux")
    with pytest.raises(LaunchError, match="broken") as caught:
        launcher.launch(app(str(broken), "broken"))
    assert caught.value.reason == LaunchReason.FAILED
    assert launcher.pids() == set()


def test_current_platform_names_this_machine() -> None:
    expected = {"linux": "linux", "win32": "windows", "darwin": "darwin"}.get(sys.platform)
    assert current_platform() == expected
    assert Launcher(clock=FakeClock()).platform == expected


def test_allowed_names_are_the_executables_and_the_declared_processes() -> None:
    apps = [
        AppEntry(
            id="browser",
            commands={
                "linux": "/usr/bin/firefox --private-window",
                "windows": '"C:\\Program Files\\Mozilla Firefox\\firefox.exe" -private',
            },
            processes=["/usr/lib/firefox/firefox-bin", "crashreporter"],
        ),
        AppEntry(
            id="writer", commands={"linux": "libreoffice --writer"}, processes=["soffice.bin"]
        ),
        AppEntry(id="paint", commands={"windows": "mspaint.exe"}, processes=["MSPaint.EXE"]),
    ]
    assert allowed_names(apps, "linux") == {
        "firefox",
        "firefox-bin",
        "crashreporter",
        "libreoffice",
        "soffice.bin",
    }
    assert allowed_names(apps, "windows") == {
        "firefox.exe",
        "firefox-bin",
        "crashreporter",
        "mspaint.exe",
    }
