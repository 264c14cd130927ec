"""A whole visit with real processes: server, kiosk under Xvfb typed into with xdotool, admin CLI."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from admin.api.serving import free_port
from tests.helpers.epn import (
    CARD,
    STAFF,
    STATION,
    active_session,
    run_epn,
    seed,
    server_up,
    sign_in_typed,
    staff_env,
)
from tests.helpers.processes import Process, epn_command, wait_until

pytestmark = pytest.mark.e2e


def test_visitor_session_extended_and_ended_by_staff(tmp_path: Path, xvfb_display: str) -> None:
    db = tmp_path / "epn.db"
    token = seed(db)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = Process(
        [*epn_command(), "server", "--db", str(db), "--port", str(port)], dict(os.environ), "server"
    )
    kiosk_env = {**os.environ, "DISPLAY": xvfb_display, "QT_QPA_PLATFORM": "xcb"}
    kiosk_env.pop("EPN_PASSWORD", None)
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
            kiosk_env,
            "kiosk",
        )
        kiosk.wait_for_line("lock screen shown")
        # A barcode scanner types the digits, then Enter; then the PIN.
        sign_in_typed(xvfb_display, kiosk)
        kiosk.wait_for_line("session bar shown")

        wait_until(
            lambda: active_session(db) is not None, message="no active session on the server"
        )
        before = active_session(db)
        assert before is not None and before["visitor"] == CARD

        run_epn(
            "session", "extend", STATION, "10", "--server", url, "--user", STAFF, env=staff_env()
        )
        kiosk.wait_for_line(r"session changed: \+600 s")
        wait_until(
            lambda: (
                (s := active_session(db)) is not None
                and int(s["seconds_left"]) > int(before["seconds_left"]) + 500
            ),  # type: ignore[call-overload]
            message="the server did not see the extension applied",
        )

        run_epn("session", "end", STATION, "--server", url, "--user", STAFF, env=staff_env())
        kiosk.wait_for_line(r"session .* ended \(staff\)")
        kiosk.wait_for_line("lock screen shown")
        wait_until(lambda: active_session(db) is None, message="the session is still active")
    finally:
        kiosk_code = kiosk.stop() if kiosk is not None else 0
        server.stop()

    assert kiosk_code == 0, "\n".join(kiosk.lines if kiosk else [])
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        row = conn.execute(
            "SELECT s.state, s.used_seconds, s.end_reason, s.started_at, s.ended_at"
            " FROM sessions s JOIN stations st ON st.id = s.station_id WHERE st.name = ?",
            (STATION,),
        ).fetchone()
    assert row["state"] == "ended"
    assert row["end_reason"] == "staff"
    assert row["used_seconds"] >= 1
    assert row["ended_at"] > row["started_at"]
