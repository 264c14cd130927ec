"""Seeing and clearing the limits on failed sign-ins over real HTTP, with the staff client."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from admin.client.staff_client import StaffClient
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.http import ApiError
from kiosk.protocol.paths import Paths
from kiosk.protocol.reports import LockoutKind
from tests.helpers.clock import FakeClock
from tests.helpers.liveserver import add_site, add_staff, add_station, add_visitor

PASSWORD = "bibliotheque"
CARD, PIN = "2000123456781234", "4321"


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def http(base_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, timeout=15) as client:
        yield client


@pytest.fixture
def guessed(db_path: Path, http: httpx.Client) -> str:
    """Five wrong PINs for CARD on RC-01 (EPN Test); returns RC-01's token."""
    add_site(db_path, "EPN Sud")
    token = add_station(db_path, "RC-01")
    add_visitor(db_path, CARD, pin=PIN)
    add_staff(db_path, "nina", PASSWORD, role="staff", sites=["EPN Test"])
    add_staff(db_path, "sud", PASSWORD, role="staff", sites=["EPN Sud"])
    add_staff(db_path, "boss", PASSWORD, role="admin")
    for _ in range(5):
        response = http.post(
            Paths.STATION_SIGN_IN, json={"identifier": CARD, "pin": "0000"}, headers=bearer(token)
        )
        assert response.status_code == 403
    return token


def sign_in(http: httpx.Client, token: str) -> httpx.Response:
    return http.post(
        Paths.STATION_SIGN_IN, json={"identifier": CARD, "pin": PIN}, headers=bearer(token)
    )


def test_staff_list_and_clear_a_visitors_lockout(
    base_url: str, http: httpx.Client, guessed: str
) -> None:
    assert sign_in(http, guessed).status_code == 429
    with StaffClient(base_url) as nina:
        nina.login("nina", PASSWORD)
        listed = nina.lockouts()
        raw = httpx.get(f"{base_url}{Paths.LOCKOUTS}", headers=bearer(nina.token or ""))
        assert CARD not in raw.text and raw.json()["lockouts"][0]["card"] == "••••1234"
        assert {(x.kind, x.card, x.station) for x in listed} == {
            (LockoutKind.VISITOR_PIN, "••••1234", "RC-01"),
            (LockoutKind.VISITOR_CARD, "••••1234", None),
        }
        for lockout in listed:
            assert nina.clear_lockout(lockout.id).id == lockout.id
        assert nina.lockouts() == []
        cleared = nina.audit(action="lockout.clear")
    assert sign_in(http, guessed).status_code == 200
    assert [e.staff for e in cleared] == ["nina", "nina"]


def test_staff_of_another_site_see_the_card_but_not_the_station(
    base_url: str, guessed: str
) -> None:
    with StaffClient(base_url) as sud:
        sud.login("sud", PASSWORD)
        [card] = sud.lockouts()
        assert (card.kind, card.station) == (LockoutKind.VISITOR_CARD, None)
    with StaffClient(base_url) as boss:
        boss.login("boss", PASSWORD)
        station = next(x for x in boss.lockouts() if x.kind == LockoutKind.VISITOR_PIN)
    with StaffClient(base_url) as sud:
        sud.login("sud", PASSWORD)
        with pytest.raises(ApiError) as info:
            sud.clear_lockout(station.id)
    assert (info.value.status, info.value.code) == (404, ErrorCode.NOT_FOUND)


def test_admins_see_console_logins_and_all(
    base_url: str, http: httpx.Client, guessed: str, clock: FakeClock
) -> None:
    for _ in range(5):
        http.post(Paths.AUTH_LOGIN, json={"username": "nina", "password": "guess"})
    with StaffClient(base_url) as boss:
        boss.login("boss", PASSWORD)
        login = next(x for x in boss.lockouts() if x.kind == LockoutKind.STAFF_LOGIN)
        assert (login.account, login.address) == ("nina", "127.0.0.1")
        assert {x.kind for x in boss.lockouts(every=True)} >= {
            LockoutKind.STATION_PROBE,
            LockoutKind.STAFF_ADDRESS,
        }
        boss.clear_lockout(login.id)
    with StaffClient(base_url) as nina:
        assert nina.login("nina", PASSWORD).staff.username == "nina"
        assert all(x.kind != LockoutKind.STAFF_LOGIN for x in nina.lockouts(every=True))


def test_the_routes_need_a_staff_token_and_a_valid_id(http: httpx.Client, guessed: str) -> None:
    assert http.get(Paths.LOCKOUTS).status_code == 401
    assert http.get(Paths.LOCKOUTS, headers=bearer(guessed)).status_code == 401
    token = http.post(Paths.AUTH_LOGIN, json={"username": "boss", "password": PASSWORD})
    headers = bearer(token.json()["token"])
    assert http.delete(Paths.lockout(0), headers=headers).status_code == 422
    assert http.delete(Paths.lockout("x"), headers=headers).status_code == 422
    assert http.delete(Paths.lockout(999), headers=headers).status_code == 404
