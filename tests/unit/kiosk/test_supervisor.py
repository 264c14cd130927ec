"""The watchdog with real child processes: restarts, deliberate quit, signals forwarded."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kiosk.supervisor import Supervisor, describe_exit

REPO = Path(__file__).resolve().parents[3]

# Marks each start and each stop signal with a file named after its pid, then waits.
CHILD = """
import os, signal, sys, time
from pathlib import Path

out, mode = Path(sys.argv[1]), sys.argv[2]

def stop(signum, frame):
    (out / f"{os.getpid()}.{signal.Signals(signum).name}").touch()
    sys.exit(0)

if mode == "ignore-term":
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
else:
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
(out / f"{os.getpid()}.started").touch()
if mode.startswith("exit"):
    sys.exit(int(mode[4:]))
while True:
    signal.pause()
"""


def poll(predicate: Callable[[], object], timeout: float = 5.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.01)


def started(out: Path) -> list[int]:
    return sorted(int(p.name.split(".")[0]) for p in out.glob("*.started"))


@pytest.fixture
def child_argv(tmp_path: Path) -> Callable[[str], list[str]]:
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    return lambda mode: [sys.executable, str(script), str(out), mode]


class Running:
    """A Supervisor's run() in a thread (signals are for the main thread: use stop())."""

    def __init__(self, supervisor: Supervisor) -> None:
        self.supervisor = supervisor
        self.result: int | None = None
        self.thread = threading.Thread(target=self._run, name="supervisor", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        self.result = self.supervisor.run()

    def join(self, timeout: float = 10.0) -> int:
        self.thread.join(timeout)
        assert not self.thread.is_alive(), "the supervisor did not return"
        assert self.result is not None
        return self.result


@pytest.fixture
def supervise() -> Iterator[Callable[..., Running]]:
    runs: list[Running] = []

    def start(argv: list[str], **options: float) -> Running:
        run = Running(Supervisor(argv, **options))  # type: ignore[arg-type]
        runs.append(run)
        return run

    yield start
    for run in runs:  # never leave a child behind, even when a test fails
        if run.thread.is_alive():
            run.supervisor.stop()
            run.supervisor.stop()
            run.thread.join(10)


def test_a_killed_kiosk_is_back_within_3_seconds(
    tmp_path: Path,
    child_argv: Callable[[str], list[str]],
    supervise: Callable[..., Running],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, "epn.kiosk.supervisor")
    out = tmp_path / "out"
    run = supervise(child_argv("sleep"))
    poll(lambda: len(started(out)) == 1, what="the first kiosk")
    first = started(out)[0]
    assert run.supervisor.child_pid == first

    os.kill(first, signal.SIGKILL)
    killed_at = time.monotonic()
    poll(lambda: len(started(out)) == 2, timeout=3.0, what="a new kiosk")

    assert time.monotonic() - killed_at < 3.0
    second = next(pid for pid in started(out) if pid != first)
    assert run.supervisor.child_pid == second
    assert run.supervisor.restarts == 1
    assert "kiosk died (SIGKILL); restarting" in caplog.text

    run.supervisor.stop()
    assert run.join() == 0
    assert (out / f"{second}.SIGTERM").exists()


def test_exit_0_is_a_deliberate_quit(
    tmp_path: Path, child_argv: Callable[[str], list[str]], supervise: Callable[..., Running]
) -> None:
    run = supervise(child_argv("exit0"))

    assert run.join() == 0
    assert len(started(tmp_path / "out")) == 1
    assert run.supervisor.restarts == 0


def test_a_crash_loop_keeps_restarting_with_capped_delays(
    tmp_path: Path,
    child_argv: Callable[[str], list[str]],
    supervise: Callable[..., Running],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, "epn.kiosk.supervisor")
    run = supervise(child_argv("exit1"), min_restart_delay=0.05, max_restart_delay=0.1)

    poll(lambda: len(started(tmp_path / "out")) >= 5, what="five starts")
    run.supervisor.stop()
    run.join()  # 0 or 1: the last kiosk may crash on its own before it sees the stop

    assert run.supervisor.restarts >= 4
    assert "kiosk died (exit 1); restarting in 0.1 s" in caplog.text
    assert "restarting in 0.2 s" not in caplog.text


def test_restart_delays_are_immediate_then_double_up_to_the_cap() -> None:
    supervisor = Supervisor(["true"])

    delays = [supervisor.restart_delay(n) for n in range(1, 8)]

    assert delays == [0.0, 0.2, 0.4, 0.8, 1.0, 1.0, 1.0]
    assert max(supervisor.restart_delay(n) for n in range(1, 200)) == 1.0


def test_a_kiosk_that_lived_long_is_restarted_at_once(
    tmp_path: Path,
    child_argv: Callable[[str], list[str]],
    supervise: Callable[..., Running],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, "epn.kiosk.supervisor")
    out = tmp_path / "out"
    # every run counts as stable: no crash-loop delay however often it dies
    run = supervise(child_argv("sleep"), min_restart_delay=5.0, stable_seconds=0.0)
    seen: set[int] = set()
    for count in (1, 2, 3):
        poll(lambda count=count: len(started(out)) == count, timeout=3.0, what=f"kiosk {count}")
        newest = (set(started(out)) - seen).pop()
        seen.add(newest)
        os.kill(newest, signal.SIGKILL)
    poll(lambda: len(started(out)) == 4, timeout=3.0, what="kiosk 4")

    assert "restarting in" not in caplog.text
    run.supervisor.stop()
    assert run.join() == 0


def test_exit_2_is_a_configuration_error_not_restarted(
    tmp_path: Path, child_argv: Callable[[str], list[str]], supervise: Callable[..., Running]
) -> None:
    run = supervise(child_argv("exit2"))

    assert run.join() == 2
    assert len(started(tmp_path / "out")) == 1


def test_stop_cuts_a_restart_delay_short(
    tmp_path: Path, child_argv: Callable[[str], list[str]], supervise: Callable[..., Running]
) -> None:
    run = supervise(child_argv("exit1"), min_restart_delay=30.0, max_restart_delay=30.0)
    poll(lambda: len(started(tmp_path / "out")) == 2, what="the immediate restart")
    poll(lambda: run.supervisor.restarts == 2, what="the second death")

    run.supervisor.stop()

    assert run.join(timeout=3.0) == 0
    assert len(started(tmp_path / "out")) == 2


def test_a_second_stop_kills_a_kiosk_that_ignores_the_first(
    tmp_path: Path, child_argv: Callable[[str], list[str]], supervise: Callable[..., Running]
) -> None:
    run = supervise(child_argv("ignore-term"))
    poll(lambda: started(tmp_path / "out"), what="the kiosk ignoring SIGTERM")
    run.supervisor.stop()
    assert run.thread.is_alive()  # the kiosk ignores SIGTERM: the supervisor keeps waiting

    run.supervisor.stop()

    assert run.join() == 1  # not a clean stop
    with pytest.raises(ProcessLookupError):
        os.kill(started(tmp_path / "out")[0], 0)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_to_the_supervisor_is_forwarded(
    tmp_path: Path, child_argv: Callable[[str], list[str]], signum: signal.Signals
) -> None:
    code = (
        "import logging, sys\n"
        "logging.basicConfig(level=logging.INFO)\n"
        "from kiosk.supervisor import Supervisor\n"
        "sys.exit(Supervisor(sys.argv[1:]).run())\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    supervisor = subprocess.Popen(
        [sys.executable, "-c", code, *child_argv("sleep")],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    out = tmp_path / "out"
    try:
        poll(lambda: started(out), what="the kiosk")
        child = started(out)[0]

        supervisor.send_signal(signum)
        _, errors = supervisor.communicate(timeout=10)
    finally:
        if supervisor.poll() is None:
            supervisor.kill()
            supervisor.wait()

    assert supervisor.returncode == 0, errors
    assert (out / f"{child}.{signum.name}").exists()
    assert f"{signum.name}: kiosk stopped (exit 0); supervisor exiting" in errors
    with pytest.raises(ProcessLookupError):
        os.kill(child, 0)


def test_describe_exit() -> None:
    assert describe_exit(-9) == "SIGKILL"
    assert describe_exit(-15) == "SIGTERM"
    assert describe_exit(3) == "exit 3"


def test_the_supervising_process_loads_no_qt_nor_the_agent() -> None:
    # what `epn kiosk` imports before it starts the supervisor: it must stay small
    code = (
        "import sys, ui.main, kiosk.config, kiosk.supervisor\n"
        "heavy = ('PySide6', 'pydantic', 'httpx', 'psutil', 'sqlite_utils')\n"
        "print(','.join(m for m in heavy if m in sys.modules))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
