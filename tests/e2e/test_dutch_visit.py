"""A whole visit in Dutch with real processes: the kiosk under Xvfb, driven by the keyboard only.

The visitor switches the lock screen to Nederlands, signs in with a card and a PIN (a wrong
one first), works, is given more time and is signed out by the staff; every sentence the lock
screen shows is read from the kiosk's log, and the session from the server's database.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from admin.api.serving import free_port
from tests.helpers.epn import (
    CARD,
    PIN,
    STAFF,
    STATION,
    active_session,
    focus_kiosk,
    kiosk_env,
    run_epn,
    seed,
    server_up,
    staff_env,
    xdotool,
)
from tests.helpers.processes import Process, epn_command, wait_until

pytestmark = pytest.mark.e2e


def keys(display: str, *names: str) -> None:
    for name in names:
        xdotool(display, "key", name)


def test_a_whole_session_in_dutch(tmp_path: Path, xvfb_display: str) -> None:
    db = tmp_path / "epn.db"
    token = seed(db)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = Process(
        [*epn_command(), "server", "--db", str(db), "--port", str(port)], dict(os.environ), "server"
    )
    kiosk: Process | None = None
    try:
        wait_until(lambda: server_up(url), message="the server did not answer")
        kiosk = Process(
            [
                *epn_command(),
                "kiosk",
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
        kiosk.wait_for_line("lock screen shown")
        focus_kiosk(xvfb_display)

        # From the card number field, Tab reaches "Sign in", "I have a guest ticket", then the
        # languages: Français, Nederlands. Space presses the focused button.
        keys(xvfb_display, "Tab", "Tab", "Tab", "Tab", "space")
        kiosk.wait_for_line("language: nl")
        keys(xvfb_display, "shift+Tab", "shift+Tab", "shift+Tab", "shift+Tab")

        xdotool(xvfb_display, "type", "--delay", "30", CARD)
        keys(xvfb_display, "Return")
        kiosk.wait_for_line("lock screen asks for the PIN")
        xdotool(xvfb_display, "type", "--delay", "30", "0000")
        keys(xvfb_display, "Return")
        kiosk.wait_for_line("lock screen says: Kaartnummer of pincode niet herkend.")
        xdotool(xvfb_display, "type", "--delay", "30", PIN)
        keys(xvfb_display, "Return")
        kiosk.wait_for_line("session bar shown")
        wait_until(lambda: active_session(db) is not None, message="no session on the server")

        run_epn(
            "session", "extend", STATION, "10", "--server", url, "--user", STAFF, env=staff_env()
        )
        kiosk.wait_for_line(r"session changed: \+600 s")

        run_epn("session", "end", STATION, "--server", url, "--user", STAFF, env=staff_env())
        kiosk.wait_for_line("lock screen says: Het personeel heeft uw sessie beëindigd. Bedankt!")
        kiosk.wait_for_line("language: fr")  # the next visitor starts in French again
        wait_until(lambda: active_session(db) is None, message="the session is still active")
    finally:
        kiosk_code = kiosk.stop() if kiosk is not None else 0
        server.stop()

    assert kiosk_code == 0, "\n".join(kiosk.lines if kiosk else [])
    assert not any("Traceback" in line for line in kiosk.lines), "\n".join(kiosk.lines)
    with sqlite3.connect(db) as conn:
        row = conn.execute(
            "SELECT s.state, s.end_reason, s.used_seconds, s.granted_seconds FROM sessions s"
            " JOIN stations st ON st.id = s.station_id WHERE st.name = ?",
            (STATION,),
        ).fetchone()
    assert row[0:2] == ("ended", "staff")
    assert row[2] >= 1
