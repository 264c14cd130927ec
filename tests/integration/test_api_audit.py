"""Password change and reset, the audit log, and lockouts, over real HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from admin.client.staff_client import StaffClient
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.http import ApiError
from kiosk.protocol.paths import Paths
from tests.helpers.clock import FakeClock
from tests.helpers.liveserver import add_site, add_staff, add_station, add_visitor

PASSWORD = "bibliotheque"
NEW = "mediatheque"


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def code_of(response: httpx.Response) -> str:
    return str(response.json()["error"]["code"])


@pytest.fixture
def http(base_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, timeout=15) as client:
        yield client


def login(http: httpx.Client, username: str, password: str = PASSWORD) -> str:
    response = http.post(Paths.AUTH_LOGIN, json={"username": username, "password": password})
    assert response.status_code == 200, response.text
    return str(response.json()["token"])


@pytest.fixture
def two_sites(db_path: Path) -> None:
    """EPN Test (from the fixture) with RC-01 and nina; EPN Sud with S-01; boss is admin."""
    add_site(db_path, "EPN Sud")
    add_station(db_path, "RC-01")
    add_station(db_path, "S-01", site="EPN Sud")
    add_staff(db_path, "nina", PASSWORD, role="staff", sites=["EPN Test"])
    add_staff(db_path, "boss", PASSWORD, role="admin")


def test_password_change_revokes_other_tokens(http: httpx.Client, two_sites: None) -> None:
    current, other = login(http, "nina"), login(http, "nina")
    response = http.post(
        Paths.AUTH_PASSWORD,
        json={"old_password": PASSWORD, "new_password": NEW},
        headers=bearer(current),
    )
    assert response.status_code == 200
    assert response.json() == {"username": "nina", "tokens_revoked": 1}
    assert http.get(Paths.AUTH_ME, headers=bearer(current)).status_code == 200
    revoked = http.get(Paths.AUTH_ME, headers=bearer(other))
    assert revoked.status_code == 401 and code_of(revoked) == ErrorCode.UNAUTHENTICATED
    assert login(http, "nina", NEW)


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({"old_password": "not mine", "new_password": NEW}, 403, ErrorCode.WRONG_PASSWORD),
        ({"old_password": PASSWORD, "new_password": "short"}, 422, ErrorCode.INVALID_REQUEST),
        ({"new_password": NEW}, 422, ErrorCode.INVALID_REQUEST),
    ],
)
def test_password_change_refusals(
    http: httpx.Client, two_sites: None, body: dict[str, str], status: int, code: str
) -> None:
    token = login(http, "nina")
    response = http.post(Paths.AUTH_PASSWORD, json=body, headers=bearer(token))
    assert (response.status_code, code_of(response)) == (status, code)
    assert PASSWORD not in response.text and NEW not in response.text
    assert login(http, "nina")  # unchanged


def test_admin_resets_a_password(http: httpx.Client, two_sites: None) -> None:
    nina = login(http, "nina")
    boss = login(http, "boss")
    refused = http.post(
        Paths.staff_password("boss"), json={"new_password": NEW}, headers=bearer(nina)
    )
    assert (refused.status_code, code_of(refused)) == (403, ErrorCode.FORBIDDEN)
    missing = http.post(
        Paths.staff_password("nobody"), json={"new_password": NEW}, headers=bearer(boss)
    )
    assert (missing.status_code, code_of(missing)) == (404, ErrorCode.NOT_FOUND)
    done = http.post(Paths.staff_password("nina"), json={"new_password": NEW}, headers=bearer(boss))
    assert done.status_code == 200 and done.json()["tokens_revoked"] == 1
    assert http.get(Paths.AUTH_ME, headers=bearer(nina)).status_code == 401
    accounts = http.get(Paths.STAFF_ACCOUNTS, headers=bearer(boss)).json()
    assert [a["username"] for a in accounts] == ["boss", "nina"]


def test_audit_is_scoped(http: httpx.Client, two_sites: None) -> None:
    nina, boss = login(http, "nina"), login(http, "boss")
    everything = http.get(Paths.AUDIT, headers=bearer(boss)).json()["entries"]
    assert {"site:EPN Sud", "station:S-01", "station:RC-01"} <= {e["target"] for e in everything}
    mine = http.get(Paths.AUDIT, headers=bearer(nina)).json()["entries"]
    targets = {e["target"] for e in mine}
    assert "station:RC-01" in targets
    assert not targets & {"site:EPN Sud", "station:S-01", "staff:boss"}
    logins = http.get(
        Paths.AUDIT, params={"action": "auth", "staff": "boss"}, headers=bearer(boss)
    ).json()["entries"]
    assert [(e["action"], e["staff"]) for e in logins] == [("auth.login", "boss")]


def test_audit_of_one_site(http: httpx.Client, two_sites: None) -> None:
    nina, boss = login(http, "nina"), login(http, "boss")
    sud = http.get(Paths.AUDIT, params={"site": 2}, headers=bearer(boss)).json()["entries"]
    assert sud and {e["site_id"] for e in sud} == {2}
    assert "station:S-01" in {e["target"] for e in sud}
    test = http.get(Paths.AUDIT, params={"site": 1}, headers=bearer(nina)).json()["entries"]
    assert test and {e["site_id"] for e in test} == {1}
    # another site, or one that does not exist, looks the same to staff: nothing leaks
    for site in ("2", "99"):
        refused = http.get(Paths.AUDIT, params={"site": site}, headers=bearer(nina))
        assert (refused.status_code, code_of(refused)) == (403, ErrorCode.FORBIDDEN)
    missing = http.get(Paths.AUDIT, params={"site": 99}, headers=bearer(boss))
    assert (missing.status_code, code_of(missing)) == (404, ErrorCode.NOT_FOUND)


@pytest.mark.parametrize(
    "params",
    [
        {"since": "not a date"},
        {"limit": "0"},
        {"limit": "5000"},
        {"until": "x" * 100},
        {"site": "0"},
        {"site": "Sud"},
    ],
)
def test_audit_bad_filters(http: httpx.Client, two_sites: None, params: dict[str, str]) -> None:
    response = http.get(Paths.AUDIT, params=params, headers=bearer(login(http, "boss")))
    assert (response.status_code, code_of(response)) == (422, ErrorCode.INVALID_REQUEST)


def test_audit_needs_a_staff_token(http: httpx.Client, db_path: Path, two_sites: None) -> None:
    station_token = add_station(db_path, "RC-09")
    for headers in ({}, bearer("made-up"), bearer(station_token)):
        response = http.get(Paths.AUDIT, headers=headers)
        assert (response.status_code, code_of(response)) == (401, ErrorCode.UNAUTHENTICATED)


def test_sign_in_lockout_is_429_with_retry_after(
    http: httpx.Client, db_path: Path, clock: FakeClock
) -> None:
    token = add_station(db_path, "RC-01")
    add_visitor(db_path, "1001", pin="4321")

    def sign_in(pin: str) -> httpx.Response:
        return http.post(
            Paths.STATION_SIGN_IN, json={"identifier": "1001", "pin": pin}, headers=bearer(token)
        )

    for _ in range(5):
        assert code_of(sign_in("0000")) == ErrorCode.BAD_CREDENTIALS
    locked = sign_in("4321")
    assert locked.status_code == 429
    assert locked.headers["Retry-After"] == "900"
    assert locked.json()["error"]["details"] == {"retry_after_seconds": 900}
    clock.advance(minutes=15)
    assert sign_in("4321").status_code == 200


def test_staff_login_lockout_reaches_the_client(base_url: str, db_path: Path) -> None:
    add_staff(db_path, "ana", PASSWORD)
    with StaffClient(base_url) as client:
        for _ in range(5):
            with pytest.raises(ApiError) as info:
                client.login("ana", "wrong password")
            assert info.value.code == ErrorCode.BAD_LOGIN
        with pytest.raises(ApiError) as info:
            client.login("ana", PASSWORD)
    assert info.value.code == ErrorCode.LOCKED_OUT and info.value.status == 429
    assert info.value.details["retry_after_seconds"] == 30


def test_failed_logins_from_another_address_do_not_lock_the_owner_out(
    base_url: str, db_path: Path, clock: FakeClock
) -> None:
    """Before: anyone, from anywhere, could keep an account out of the console."""
    add_staff(db_path, "ana", PASSWORD)
    # a stranger on another machine (any 127.x.y.z is this machine: a real second address)
    stranger = httpx.Client(
        base_url=base_url, timeout=15, transport=httpx.HTTPTransport(local_address="127.0.0.2")
    )
    with stranger:
        failures = 0
        while failures < 8:
            response = stranger.post(
                Paths.AUTH_LOGIN, json={"username": "ana", "password": "guess"}
            )
            if response.status_code == 429:  # the stranger waits as told, and tries again
                assert response.json()["error"]["code"] == ErrorCode.LOCKED_OUT
                clock.advance(seconds=int(response.headers["Retry-After"]))
                continue
            assert response.status_code == 401
            failures += 1
        held = stranger.post(Paths.AUTH_LOGIN, json={"username": "ana", "password": PASSWORD})
        assert held.status_code == 429 and int(held.headers["Retry-After"]) >= 60
    with StaffClient(base_url) as desk:  # the owner at the desk PC (127.0.0.1)
        assert desk.login("ana", PASSWORD).staff.username == "ana"


def test_expired_token_reaches_the_client_as_token_expired(
    base_url: str, db_path: Path, clock: FakeClock
) -> None:
    add_staff(db_path, "ana", PASSWORD)
    with StaffClient(base_url) as client:
        client.login("ana", PASSWORD)
        clock.advance(hours=8, seconds=1)
        with pytest.raises(ApiError) as info:
            client.me()
    assert (info.value.code, info.value.status) == (ErrorCode.TOKEN_EXPIRED, 401)
