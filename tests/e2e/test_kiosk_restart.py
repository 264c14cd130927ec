"""Fail closed: the kiosk killed mid-session is back within 3 s, without giving time back.

Real processes: the server, ``epn kiosk --config`` (its supervisor and the kiosk child) under
Xvfb, a visitor typed in with xdotool, the child killed with SIGKILL.
"""

from __future__ import annotations

import os
import re
import signal
import time
from pathlib import Path

import psutil
import pytest

from admin.api.serving import free_port
from tests.helpers.epn import (
    STAFF,
    STATION,
    active_session,
    kiosk_env,
    run_epn,
    seed,
    server_up,
    sign_in_typed,
    staff_env,
)
from tests.helpers.processes import Process, epn_command, wait_until

pytestmark = pytest.mark.e2e


def wait_for_new_line(process: Process, pattern: str, after: int, timeout: float) -> re.Match[str]:
    """The first line printed after line number ``after`` that matches ``pattern``."""
    regex = re.compile(pattern)
    deadline = time.monotonic() + timeout
    while True:
        for line in process.lines[after:]:
            if match := regex.search(line):
                return match
        if time.monotonic() > deadline:
            raise AssertionError(
                f"{process.name} printed no line matching {pattern!r} in {timeout} s; output:\n"
                + "\n".join(process.lines)
            )
        time.sleep(0.02)


def test_killed_kiosk_resumes_the_session_within_3_seconds(
    tmp_path: Path, xvfb_display: str
) -> None:
    db = tmp_path / "epn.db"
    token = seed(db)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    config = tmp_path / "station.toml"
    config.write_text(
        f'[server]\nurl = "{url}"\ntoken = "{token}"\n'
        f'[paths]\nstate_dir = "{tmp_path / "station"}"\n',
        encoding="utf-8",
    )
    server = Process(
        [*epn_command(), "server", "--db", str(db), "--port", str(port)], dict(os.environ), "server"
    )
    kiosk: Process | None = None
    children: list[psutil.Process] = []
    try:
        wait_until(lambda: server_up(url), message="the server did not answer")
        kiosk = Process(
            [*epn_command(), "kiosk", "--config", str(config)], kiosk_env(xvfb_display), "kiosk"
        )
        kiosk.wait_for_line("lock screen shown")
        sign_in_typed(xvfb_display, kiosk)
        shown = re.search(
            r"session shown: (\S+), (\d+) s left", kiosk.wait_for_line("session shown: ")
        )
        started_at = time.monotonic()
        assert shown is not None
        session_id, granted = shown.group(1), int(shown.group(2))
        wait_until(lambda: active_session(db) is not None, message="no session on the server")

        # some of the session goes by, so that giving time back would show
        wait_until(lambda: time.monotonic() - started_at > 3.0, timeout=10)
        supervisor = psutil.Process(kiosk.proc.pid)
        children = supervisor.children()
        assert len(children) == 1, children
        first = children[0]
        before = len(kiosk.lines)
        os.kill(first.pid, signal.SIGKILL)
        killed_at = time.monotonic()

        resumed = wait_for_new_line(
            kiosk, rf"session shown: {re.escape(session_id)}, (\d+) s left", before, timeout=3.0
        )
        back_at = time.monotonic()
        assert back_at - killed_at < 3.0
        assert wait_for_new_line(kiosk, r"kiosk died \(SIGKILL\); restarting", before, 1.0)
        left = int(resumed.group(1))
        assert abs(left - (granted - (back_at - started_at))) <= 2.0, (granted, left)
        children = supervisor.children()
        assert [child.pid for child in children] != [first.pid] and len(children) == 1
        assert not first.is_running()
        run_epn("session", "end", STATION, "--server", url, "--user", STAFF, env=staff_env())
        wait_for_new_line(kiosk, r"session .* ended \(staff\)", before, 20.0)
        wait_until(lambda: active_session(db) is None, message="the session is still active")
    finally:
        kiosk_code = kiosk.stop() if kiosk is not None else 0
        server.stop()
        for child in children:  # a kiosk that outlived its supervisor would hold the screen
            if child.is_running():
                child.kill()

    assert kiosk_code == 0, "\n".join(kiosk.lines if kiosk else [])
    sessions = run_epn("session", "list", "--db", str(db), "--json").stdout
    assert sessions.count(f'"{STATION}"') == 1, sessions  # resumed, not a second session
