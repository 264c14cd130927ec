"""The real kiosk blocks the escape keys while locked and gives them back during a session.

Real processes under Xvfb: the server and ``epn kiosk`` (full screen, not windowed), a probe
window of another X client that records the keys reaching it, input typed with xdotool.
"""

from __future__ import annotations

import os
from pathlib import Path

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
    xdotool,
)
from tests.helpers.processes import Process, epn_command, wait_until
from tests.helpers.xprobe import ProbeWindow

pytestmark = pytest.mark.e2e


def lock_window_visible(display: str) -> bool:
    found = xdotool(display, "search", "--onlyvisible", "--name", "^EPN Kiosk$")
    return bool(found.split())


def test_escape_keys_are_blocked_while_locked_and_free_during_a_session(
    tmp_path: Path, xvfb_display: str
) -> None:
    db = tmp_path / "epn.db"
    token = seed(db)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = Process(
        [*epn_command(), "server", "--db", str(db), "--port", str(port)], dict(os.environ), "server"
    )
    kiosk: Process | None = None
    probe: ProbeWindow | None = None
    try:
        wait_until(lambda: server_up(url), message="the server did not answer")
        kiosk = Process(
            [
                *epn_command(),
                "kiosk",
                "--no-supervisor",
                "--server",
                url,
                "--token",
                token,
                "--state-dir",
                str(tmp_path / "station"),
            ],
            kiosk_env(xvfb_display),
            "kiosk",
        )
        kiosk.wait_for_line("lockdown engaged")
        kiosk.wait_for_line("lock screen shown")

        # Alt+F4 on the lock screen itself: it stays
        xdotool(xvfb_display, "key", "alt+F4", "super", "alt+Tab")
        assert lock_window_visible(xvfb_display)
        assert kiosk.proc.poll() is None

        # nor does any other program get the escape keys while the station is locked
        probe = ProbeWindow(xvfb_display)
        xdotool(xvfb_display, "key", "alt+F4", "super", "ctrl+Escape", "alt+Tab", "a", "b")
        typed = probe.presses_until("b")
        for blocked in ("F4", "Super_L", "Escape", "Tab"):
            assert probe.keycode(blocked) not in typed, blocked
        assert probe.keycode("a") in typed

        # a visitor's session: their keys are theirs
        sign_in_typed(xvfb_display, kiosk)
        kiosk.wait_for_line("session bar shown")
        kiosk.wait_for_line("lockdown released")
        probe.focus()
        xdotool(xvfb_display, "key", "alt+F4", "b")
        assert probe.keycode("F4") in probe.presses_until("b")

        # the session ends: blocked again
        before = len(kiosk.lines)
        run_epn("session", "end", STATION, "--server", url, "--user", STAFF, env=staff_env())
        wait_until(
            lambda: any("lockdown engaged" in line for line in kiosk.lines[before:]),
            message="the escape keys were not blocked again",
        )
        wait_until(lambda: active_session(db) is None, message="the session is still active")
        probe.focus()
        xdotool(xvfb_display, "key", "alt+F4", "b")
        assert probe.keycode("F4") not in probe.presses_until("b")
    finally:
        if probe is not None:
            probe.close()
        kiosk_code = kiosk.stop() if kiosk is not None else 0
        server.stop()
    assert kiosk_code == 0, "\n".join(kiosk.lines if kiosk else [])
