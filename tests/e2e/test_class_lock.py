"""A teacher's class with real processes: the server, two kiosks of the class under Xvfb (pupils'
cards and PINs typed with xdotool), a third PC outside the class; the teacher runs ``epn class``
over the API. Lock all shows the lock on both class PCs and leaves the third alone; ending the
class ends both sessions, cleans up the PCs and frees them."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
import pytest

from admin.api.serving import free_port
from kiosk.protocol.paths import Paths
from tests.helpers.epn import kiosk_env, run_epn, server_up, sign_in_typed
from tests.helpers.processes import Process, epn_command, wait_until

pytestmark = pytest.mark.e2e

SITE = "Ecole Laeken"
TEACHER = "mme-dupont"
TEACHER_PASSWORD = "classe-de-5e-b"
PUPILS = {"PC-A": ("5100000001", "1357"), "PC-B": ("5100000002", "2468")}
ADULT = "2100009999"
#: A grown-up who comes in once the class is over.
NEXT = "2100008888"


def teacher_env() -> dict[str, str]:
    return {**os.environ, "EPN_PASSWORD": TEACHER_PASSWORD}


def epn_class(url: str, *args: str) -> str:
    command = ["class", *args, "--server", url, "--user", TEACHER]
    return run_epn(*command, env=teacher_env()).stdout


def seed(db: Path) -> dict[str, str]:
    """The school's site, three PCs (their tokens), two pupils with PINs, an adult, a teacher."""
    run_epn("site", "add", SITE, "--db", str(db))
    tokens = {}
    for name in ("PC-A", "PC-B", "PC-C"):
        added = run_epn("station", "add", name, "--site", SITE, "--db", str(db))
        tokens[name] = added.stdout.splitlines()[-1]
    for card, pin in PUPILS.values():
        run_epn(
            "visitor",
            "add",
            card,
            "--category",
            "pupil",
            "--db",
            str(db),
            env={**os.environ, "EPN_PIN": pin},
        )
    for card in (ADULT, NEXT):
        run_epn("visitor", "add", card, "--category", "adult", "--db", str(db))
    run_epn(
        "staff", "add", TEACHER, "--role", "teacher", "--site", SITE, "--db", str(db),
        env=teacher_env(),
    )  # fmt: skip
    return tokens


def commands_of(url: str, token: str) -> list[str]:
    answer = httpx.get(
        f"{url}{Paths.STATION_COMMANDS}", headers={"Authorization": f"Bearer {token}"}, timeout=10
    )
    assert answer.status_code == 200, answer.text
    return [c["kind"] for c in answer.json()["commands"]]


def sessions(db: Path) -> dict[str, str]:
    """Each station's latest session state, from the admin CLI."""
    rows = json.loads(run_epn("session", "list", "--db", str(db), "--json").stdout)
    found: dict[str, str] = {}
    for row in rows:
        found.setdefault(row["station"], row["state"])
        if row["state"] == "active":
            found[row["station"]] = "active"
    return found


@pytest.fixture
def displays(xvfb_display: str, second_xvfb_display: str) -> Iterator[dict[str, str]]:
    yield {"PC-A": xvfb_display, "PC-B": second_xvfb_display}


def test_a_teachers_class_locks_its_screens_and_ends_with_every_pc_free(
    tmp_path: Path, displays: dict[str, str]
) -> None:
    db = tmp_path / "epn.db"
    tokens = seed(db)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = Process(
        [*epn_command(), "server", "--db", str(db), "--port", str(port)], dict(os.environ), "server"
    )
    kiosks: dict[str, Process] = {}
    try:
        wait_until(lambda: server_up(url), message="the server did not answer")
        for name, display in displays.items():
            kiosks[name] = Process(
                [
                    *epn_command(),
                    "kiosk",
                    "--server",
                    url,
                    "--token",
                    tokens[name],
                    "--state-dir",
                    str(tmp_path / name),
                ],
                kiosk_env(display),
                f"kiosk {name}",
            )
        for kiosk in kiosks.values():
            kiosk.wait_for_line("lock screen shown")
        # an adult on the PC outside the class
        outside = httpx.post(
            f"{url}{Paths.STATION_SIGN_IN}",
            json={"identifier": ADULT},
            headers={"Authorization": f"Bearer {tokens['PC-C']}"},
            timeout=10,
        )
        assert outside.status_code == 200, outside.text

        until = datetime.now(ZoneInfo("Europe/Brussels")) + timedelta(minutes=40)
        started = epn_class(
            url,
            "start",
            "--site",
            SITE,
            "--title",
            "5e B",
            "--to",
            until.strftime("%Y-%m-%d %H:%M"),
            "--station",
            "PC-A",
            "--station",
            "PC-B",
        )
        assert "running" in started and "PC-A, PC-B" in started
        [running] = json.loads(epn_class(url, "list", "--state", "running", "--json"))
        class_id = str(running["id"])

        # the pupils sign in on the class's PCs with their cards and PINs
        for name, (card, pin) in PUPILS.items():
            sign_in_typed(displays[name], kiosks[name], card, pin)
            kiosks[name].wait_for_line("session bar shown")
        wait_until(
            lambda: sessions(db) == {"PC-A": "active", "PC-B": "active", "PC-C": "active"},
            message="the pupils' sessions did not open",
        )

        out = epn_class(url, "lock", class_id)
        assert "lock sent to PC-A, PC-B" in out
        for kiosk in kiosks.values():
            kiosk.wait_for_line(r"session \S+ locked by the staff")
        assert commands_of(url, tokens["PC-C"]) == []  # the third PC is untouched

        out = epn_class(url, "end", class_id)
        assert "ended" in out
        for kiosk in kiosks.values():
            kiosk.wait_for_line(r"session \S+ ended \(staff\)")
            kiosk.wait_for_line(r"cleanup: |session \S+ cleaned up")
        wait_until(
            lambda: sessions(db) == {"PC-A": "ended", "PC-B": "ended", "PC-C": "active"},
            message="the class's sessions did not end",
        )
        # both PCs free again: the holds released, anyone may sign in
        [ended] = json.loads(epn_class(url, "list", "--json"))
        assert ended["state"] == "ended"
        free = httpx.post(
            f"{url}{Paths.STATION_SIGN_IN}",
            json={"identifier": NEXT},
            headers={"Authorization": f"Bearer {tokens['PC-B']}"},
            timeout=10,
        )
        assert free.status_code == 200, free.text
    finally:
        codes = {name: kiosk.stop() for name, kiosk in kiosks.items()}
        server.stop()
    for name, code in codes.items():
        assert code == 0, "\n".join(kiosks[name].lines)
