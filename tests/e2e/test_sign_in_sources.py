"""Sign-in through the library system and the school directory, with real processes.

The server (``epn server --config``) asks the test ILS (pysip2's SIP2 server,
tests/helpers/sip2_ils.py) and a real slapd (tests/helpers/slapd.py) for the cards its own
visitor list does not know; the kiosk runs under Xvfb, typed on with xdotool. What it shows is
read from its labels and buttons on captures of the real screen (ui/kiosk/live_checks.py),
what the server did from its API and its database.

1. A library card with fines: the lock screen says so, with the amount, in French.
2. A library card signs in: the session bar shows; the visitor is created with its source.
3. A pupil signs in with a school account: the session bar lists the pupils' apps only.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from admin.api.serving import free_port
from kiosk.protocol.paths import Paths
from tests.helpers.epn import (
    SITE,
    STAFF,
    STAFF_PASSWORD,
    STATION,
    kiosk_env,
    run_epn,
    seed,
    server_up,
    sign_in_typed,
    staff_env,
)
from tests.helpers.live_screen import LiveChecks, wait_after
from tests.helpers.processes import Process, epn_command, wait_until
from tests.helpers.sip2_ils import INSTITUTION, SIP_PASSWORD, SIP_USER, running_ils
from tests.helpers.slapd import BASE, GROUPS, SERVICE_DN, SERVICE_PASSWORD, SLAPD, running_slapd

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(SLAPD is None, reason="slapd")]

APPS = {  # app id: (name, profile)
    "maths-pupils": ("Calcul mental", "Pupils"),
    "grades-teachers": ("Carnet de notes", "Teachers"),
}


@pytest.fixture(scope="module")
def ils() -> Iterator[int]:
    with running_ils() as port:
        yield port


def _toml(value: Any) -> str:
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {_toml(v)}" for k, v in value.items()) + " }"
    return str(value)


def server_config(path: Path, db: Path, ils_port: int, ldaps: str, ca_file: str) -> Path:
    library = {
        "kind": "sip2",
        "host": "127.0.0.1",
        "port": ils_port,
        "login_user": SIP_USER,
        "login_password": SIP_PASSWORD,
        "institution_id": INSTITUTION,
        "fines_limit": "5.00",
    }
    schools = {
        "kind": "ldap",
        "url": ldaps,
        "base_dn": BASE,
        "bind_dn": SERVICE_DN,
        "bind_password": SERVICE_PASSWORD,
        "ca_file": ca_file,
        "user_filter": "(objectClass=inetOrgPerson)",
        "groups": GROUPS,
        "nested_groups": "recursive",  # slapd without the memberOf overlay: groups searched
        "disabled_filter": "(employeeType=disabled)",
    }
    lines = [
        "[server]",
        f"db = {_toml(str(db))}",
        "",
        "[auth.sites]",
        f'{_toml(SITE)} = ["local", "library", "schools"]',
    ]
    for name, table in (("library", library), ("schools", schools)):
        lines += ["", f"[auth.sources.{name}]"]
        lines += [f"{key} = {_toml(value)}" for key, value in table.items()]
    path.write_text("\n".join(lines) + "\n")
    return path


def seed_catalogue(db: Path) -> None:
    for app, (name, _) in APPS.items():
        run_epn("app", "add", app, "--name-fr", name, "--linux", "true", "--db", str(db))
    for profile in ("Pupils", "Teachers"):
        apps = [a for a, (_, p) in APPS.items() if p == profile]
        run_epn("profile", "add", profile, *[f"--app={a}" for a in apps], "--db", str(db))


def app_buttons(answer: dict[str, Any]) -> list[str]:
    return sorted(c["text"] for c in answer["controls"] if c["path"].endswith("AppButton"))


def test_library_card_and_school_account_on_the_kiosk(
    tmp_path: Path, xvfb_display: str, ils: int
) -> None:
    db = tmp_path / "epn.db"
    token = seed(db)
    seed_catalogue(db)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with running_slapd(tmp_path / "slapd") as directory:
        config = server_config(
            tmp_path / "server.toml", db, ils, directory.ldaps, directory.ca_file
        )
        server = Process(
            [*epn_command(), "server", "--config", str(config), "--port", str(port)],
            dict(os.environ),
            "server",
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
                {**kiosk_env(xvfb_display), "EPN_LIVE_CHECKS": str(tmp_path / "live")},
                "kiosk",
            )
            kiosk.wait_for_line("lock screen shown")
            checks = LiveChecks(xvfb_display, tmp_path / "live", tmp_path / "pictures")

            # 1. fines above the site's limit: the sentence with the amount, on the screen
            mark = len(kiosk.lines)
            sign_in_typed(xvfb_display, kiosk, card="1004", pin="1234")
            said = wait_after(kiosk, mark, "lock screen says: Passez à l'accueil : amendes de")
            sentence = said.split("lock screen says: ", 1)[1].strip()
            assert "7,50" in sentence, sentence
            shown = [label["text"] for label in checks.check("fines")["labels"]]
            assert sentence in shown, shown

            # 2. a library card signs in; the visitor is the library's
            mark = len(kiosk.lines)
            sign_in_typed(xvfb_display, kiosk, card="1001", pin="1234")
            wait_after(kiosk, mark, "session bar shown")
            shown_visitor = run_epn("visitor", "show", "1001", "--db", str(db)).stdout
            assert "source:        library" in shown_visitor, shown_visitor
            mark = len(kiosk.lines)
            run_epn("session", "end", STATION, "--server", url, "--user", STAFF, env=staff_env())
            wait_after(kiosk, mark, "lock screen says:")

            # 3. a pupil of the school directory: the pupils' apps, not the teachers'
            mark = len(kiosk.lines)
            sign_in_typed(xvfb_display, kiosk, card="pupil1", pin="pupil-pw")
            wait_after(kiosk, mark, "session bar shown")
            assert app_buttons(checks.check("pupil")) == ["Calcul mental"]

            counts = _source_counts(url)
            assert counts[("library", "fines_due")] == 1
            assert counts[("library", "signed_in")] == 1
            assert counts[("schools", "signed_in")] == 1
        finally:
            kiosk_code = kiosk.stop() if kiosk is not None else 0
            server.stop()

    assert kiosk_code == 0, "\n".join(kiosk.lines if kiosk else [])
    assert not any("Traceback" in line for line in kiosk.lines), "\n".join(kiosk.lines)
    assert not any("Traceback" in line for line in server.lines), "\n".join(server.lines)
    with sqlite3.connect(db) as conn:
        sources = dict(conn.execute("SELECT identifier, source FROM visitors").fetchall())
    assert (sources["1001"], sources["pupil1"]) == ("library", "schools")
    assert "1004" not in sources  # refused: never made a visitor


def _source_counts(url: str) -> dict[tuple[str, str], int]:
    """The staff route's sign-ins and failures per source."""
    with httpx.Client(base_url=url, timeout=10) as http:
        login = http.post(Paths.AUTH_LOGIN, json={"username": STAFF, "password": STAFF_PASSWORD})
        headers = {"Authorization": f"Bearer {login.json()['token']}"}
        body = http.get(Paths.SIGN_IN_SOURCE_STATS, headers=headers).json()
    return {(row["source"], row["outcome"]): row["count"] for row in body["counts"]}
