"""The real ``epn`` command for end-to-end tests: a seeded database, the CLI, xdotool typing."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import httpx

from tests.helpers.processes import Process, epn_command, wait_until

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


def seed(db: Path, *, name: str | None = "Jan", timezone: str | None = None) -> str:
    """A site, the station (its token returned), a visitor with a PIN, a staff member."""
    run_epn("site", "add", SITE, "--db", str(db), *(["--timezone", timezone] if timezone else []))
    added = run_epn("station", "add", STATION, "--site", SITE, "--db", str(db))
    visitor = ["visitor", "add", CARD, "--category", "adult", "--db", str(db)]
    if name:
        visitor += ["--name", name]
    run_epn(*visitor, env={**os.environ, "EPN_PIN": PIN})  # never an argument: ps shows them
    staff_env = {**os.environ, "EPN_PASSWORD": STAFF_PASSWORD}
    run_epn(
        "staff", "add", STAFF, "--role", "staff", "--site", SITE, "--db", str(db), env=staff_env
    )
    return added.stdout.splitlines()[-1]


def staff_env() -> dict[str, str]:
    return {**os.environ, "EPN_PASSWORD": STAFF_PASSWORD}


def kiosk_env(display: str) -> dict[str, str]:
    """The kiosk's environment: the X display, and no secret it should not see."""
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    for name in ("EPN_PASSWORD", "EPN_STATION_TOKEN"):
        env.pop(name, None)
    return env


def active_session(db: Path) -> dict[str, object] | None:
    rows = json.loads(run_epn("session", "list", "--db", str(db), "--json").stdout)
    for row in rows:
        if row["station"] == STATION and row["state"] == "active":
            return dict(row)
    return None


def server_up(url: str) -> bool:
    try:
        return httpx.get(f"{url}/api/v1/openapi.json", timeout=1).status_code == 200
    except httpx.HTTPError:
        return False


def focus_kiosk(display: str) -> str:
    """Focus the kiosk's visible window; its X id."""
    window = xdotool(display, "search", "--sync", "--onlyvisible", "--name", "EPN Kiosk")
    window_id = window.split()[0]
    xdotool(display, "windowfocus", "--sync", window_id)
    return window_id


def sign_in_typed(display: str, kiosk: Process, card: str = CARD, pin: str = PIN) -> None:
    """Type the card number as a barcode scanner would, then the PIN, on the lock screen."""
    focus_kiosk(display)
    mark = len(kiosk.lines)  # this sign-in's "PIN asked", not an earlier one's

    def asked() -> bool:
        return any("PIN asked" in line for line in kiosk.lines[mark:])

    xdotool(display, "type", "--delay", "30", card)
    xdotool(display, "key", "Return")
    try:
        wait_until(asked, 15)
    except AssertionError:
        # a screen just up on a loaded machine can drop the first keys: once more, the card
        # field emptied first (nothing was asked, so the keys went to the card field or nowhere)
        focus_kiosk(display)
        xdotool(display, "key", "ctrl+a", "BackSpace")
        xdotool(display, "type", "--delay", "30", card)
        xdotool(display, "key", "Return")
        wait_until(asked, 20, "the kiosk did not ask for the PIN")
    xdotool(display, "type", "--delay", "30", pin)
    xdotool(display, "key", "Return")
