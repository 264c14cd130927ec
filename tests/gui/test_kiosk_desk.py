"""Staff at the desk act on a running kiosk: a visitor signed in from the desk, a staff lock."""

from __future__ import annotations

import httpx

from admin.sites.settings import SiteService
from kiosk.protocol.paths import Paths
from tests.helpers.kiosk_gui import (
    NO_PIN,
    SITE,
    STAFF_PASSWORD,
    STATION,
    KioskProgram,
    Server,
    session_row,
)


def staff_headers(server: Server) -> dict[str, str]:
    login = httpx.post(
        f"{server.url}{Paths.AUTH_LOGIN}",
        json={"username": "accueil", "password": STAFF_PASSWORD},
    )
    return {"Authorization": f"Bearer {login.json()['token']}"}


def send(server: Server, headers: dict[str, str], **body: str) -> httpx.Response:
    return httpx.post(f"{server.url}{Paths.station_commands(STATION)}", json=body, headers=headers)


def test_a_visitor_signed_in_from_the_desk_gets_the_session_bar(
    qtbot, kiosk: KioskProgram, server: Server
) -> None:
    headers = staff_headers(server)
    qtbot.waitUntil(lambda: kiosk.agent.online, timeout=5000)
    response = send(server, headers, kind="sign_in", identifier=NO_PIN)
    assert response.status_code == 201, response.text
    bar = kiosk.session_bar
    qtbot.waitUntil(bar.isVisible, timeout=5000)
    assert not kiosk.lock_screen.isVisible()
    assert "Fatima" in bar.greeting.full_text
    view = kiosk.agent.view()
    assert view is not None and view.session_id == session_row(server.store)["id"]

    assert send(server, headers, kind="lock").status_code == 201
    qtbot.waitUntil(kiosk.lock_screen.isVisible, timeout=5000)
    assert kiosk.agent.locks.locked
    assert send(server, headers, kind="unlock").status_code == 201
    qtbot.waitUntil(bar.isVisible, timeout=5000)
    assert not kiosk.agent.locks.locked


def test_the_rules_come_first_after_a_desk_sign_in(
    qtbot, kiosk: KioskProgram, server: Server
) -> None:
    sites = SiteService(server.store)
    sites.set_text(SITE, "charter", "fr", "Respectez le matériel.")
    headers = staff_headers(server)
    qtbot.waitUntil(lambda: kiosk.agent.online, timeout=5000)
    assert send(server, headers, kind="sign_in", identifier=NO_PIN).status_code == 201
    charter = kiosk.controller.charter_screen
    qtbot.waitUntil(charter.isVisible, timeout=5000)
    assert not kiosk.session_bar.isVisible()
    assert charter.rules_text.startswith("Respectez le matériel.")
