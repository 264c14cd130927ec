"""A whole visit with real processes: server, kiosk under Xvfb typed into with xdotool, admin CLI."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
from pathlib import Path

import httpx
import pytest

from admin.serving import free_port
from tests.helpers.processes import Process, epn_command, wait_until

pytestmark = pytest.mark.e2e

SITE = "EPN Laeken"
STATION = "LK-01"
CARD = "2100005678"
PIN = "2468"
STAFF = "accueil"
STAFF_PASSWORD = "bibliotheque-laeken"


def run_epn(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [*epn_command(), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, f"epn {' '.join(args)} failed:\n{result.stdout}{result.stderr}"
    return result


def xdotool(display: str, *args: str) -> str:
    env = {**os.environ, "DISPLAY": display}
    result = subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, f"xdotool {' '.join(args)}: {result.stderr}"
    return result.stdout


def active_session(db: Path) -> dict[str, object] | None:
    rows = json.loads(run_epn("session", "list", "--db", str(db), "--json").stdout)
    for row in rows:
        if row["station"] == STATION and row["state"] == "active":
            return dict(row)
    return None


def test_visitor_session_extended_and_ended_by_staff(tmp_path: Path, xvfb_display: str) -> None:
    db = tmp_path / "epn.db"
    run_epn("site", "add", SITE, "--db", str(db))
    token = run_epn("station", "add", STATION, "--site", SITE, "--db", str(db)).stdout.splitlines()[
        -1
    ]
    run_epn(
        "visitor",
        "add",
        CARD,
        "--pin",
        PIN,
        "--category",
        "adult",
        "--name",
        "Jan",
        "--db",
        str(db),
    )
    staff_env = {**os.environ, "EPN_PASSWORD": STAFF_PASSWORD}
    run_epn(
        "staff", "add", STAFF, "--role", "staff", "--site", SITE, "--db", str(db), env=staff_env
    )

    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = Process(
        [*epn_command(), "server", "--db", str(db), "--port", str(port)], dict(os.environ), "server"
    )
    kiosk_env = {**os.environ, "DISPLAY": xvfb_display, "QT_QPA_PLATFORM": "xcb"}
    kiosk_env.pop("EPN_PASSWORD", None)
    kiosk: Process | None = None
    try:
        wait_until(lambda: _up(url), message="the server did not answer")
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
        window = xdotool(xvfb_display, "search", "--sync", "--onlyvisible", "--name", "EPN Kiosk")
        window_id = window.split()[0]
        xdotool(xvfb_display, "windowfocus", "--sync", window_id)

        # A barcode scanner types the digits, then Enter.
        xdotool(xvfb_display, "type", "--delay", "30", CARD)
        xdotool(xvfb_display, "key", "Return")
        kiosk.wait_for_line("PIN asked")
        xdotool(xvfb_display, "type", "--delay", "30", PIN)
        xdotool(xvfb_display, "key", "Return")
        kiosk.wait_for_line("session bar shown")

        wait_until(
            lambda: active_session(db) is not None, message="no active session on the server"
        )
        before = active_session(db)
        assert before is not None and before["visitor"] == CARD

        run_epn("session", "extend", STATION, "10", "--server", url, "--user", STAFF, env=staff_env)
        kiosk.wait_for_line(r"session changed: \+600 s")
        wait_until(
            lambda: (
                (s := active_session(db)) is not None
                and int(s["seconds_left"]) > int(before["seconds_left"]) + 500
            ),  # type: ignore[call-overload]
            message="the server did not see the extension applied",
        )

        run_epn("session", "end", STATION, "--server", url, "--user", STAFF, env=staff_env)
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


def _up(url: str) -> bool:
    try:
        return httpx.get(f"{url}/api/v1/openapi.json", timeout=1).status_code == 200
    except httpx.HTTPError:
        return False
