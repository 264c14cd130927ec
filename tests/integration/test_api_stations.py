"""Station enrolment, revocation, enable/disable and the new command kinds over real HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from admin.db.store import Store
from admin.stations.management import StationsAdmin
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.paths import Paths
from tests.helpers.clock import FakeClock
from tests.helpers.liveserver import add_site, add_staff, add_station, add_visitor

PASSWORD = "bibliotheque"


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def code_of(response: httpx.Response) -> str:
    return str(response.json()["error"]["code"])


@pytest.fixture
def http(base_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, timeout=15) as client:
        yield client


def login(http: httpx.Client, db_path: Path, username: str = "admin", **kw: Any) -> dict[str, str]:
    add_staff(db_path, username, PASSWORD, **kw)
    response = http.post(Paths.AUTH_LOGIN, json={"username": username, "password": PASSWORD})
    return bearer(response.json()["token"])


def enrol_code(db_path: Path, name: str, clock: FakeClock) -> str:
    with Store(db_path) as store:
        return StationsAdmin(store, clock).enrol_code(None, name, site="EPN Test").code


def test_enrolment_code_is_exchanged_once(
    http: httpx.Client, db_path: Path, clock: FakeClock
) -> None:
    code = enrol_code(db_path, "RC-07", clock)
    body = {"code": code, "agent_version": "0.1.0"}
    first = http.post(Paths.STATION_ENROLL, json=body)
    assert first.status_code == 200
    token = first.json()["token"]
    me = http.get(Paths.STATION_ME, headers=bearer(token))
    assert me.json()["name"] == "RC-07" and me.json()["enabled"] is True
    again = http.post(Paths.STATION_ENROLL, json=body)
    assert again.status_code == 403 and code_of(again) == ErrorCode.ENROLMENT_CODE_INVALID

    expired = enrol_code(db_path, "RC-08", clock)
    clock.advance(hours=25)
    late = http.post(Paths.STATION_ENROLL, json={"code": expired})
    assert code_of(late) == ErrorCode.ENROLMENT_CODE_EXPIRED
    assert http.post(Paths.STATION_ENROLL, json={}).status_code == 422


def test_enrolment_guesses_are_limited_per_address(
    http: httpx.Client, base_url: str, db_path: Path, clock: FakeClock
) -> None:
    """Before: 300 guesses in 0.6 s, all 403, none slowed."""
    code = enrol_code(db_path, "RC-07", clock)
    for n in range(5):
        guess = http.post(Paths.STATION_ENROLL, json={"code": f"WRONG{n:03d}"})
        assert (guess.status_code, code_of(guess)) == (403, ErrorCode.ENROLMENT_CODE_INVALID)
    held = http.post(Paths.STATION_ENROLL, json={"code": code})  # even the right code
    assert (held.status_code, code_of(held)) == (429, ErrorCode.LOCKED_OUT)
    assert held.headers["Retry-After"] == "30"
    # another address is not held back by these guesses
    elsewhere = httpx.Client(
        base_url=base_url, timeout=15, transport=httpx.HTTPTransport(local_address="127.0.0.2")
    )
    with elsewhere:
        assert elsewhere.post(Paths.STATION_ENROLL, json={"code": code}).status_code == 200


def test_revoked_station_gets_401(http: httpx.Client, db_path: Path) -> None:
    token = add_station(db_path, "RC-01")
    staff = login(http, db_path)
    assert http.get(Paths.STATION_ME, headers=bearer(token)).status_code == 200
    revoked = http.post(Paths.station_admin("RC-01", "revoke"), headers=staff)
    assert revoked.status_code == 200 and revoked.json()["enrolled"] is False
    me = http.get(Paths.STATION_ME, headers=bearer(token))
    assert me.status_code == 401 and code_of(me) == ErrorCode.UNAUTHENTICATED


def test_disable_is_pushed_and_refuses_sign_in(http: httpx.Client, db_path: Path) -> None:
    token = add_station(db_path, "RC-01")
    add_visitor(db_path, "card")
    staff = login(http, db_path)
    signed = http.post(Paths.STATION_SIGN_IN, json={"identifier": "card"}, headers=bearer(token))
    session_id = signed.json()["session_id"]
    disabled = http.post(
        Paths.station_admin("RC-01", "disable"), json={"reason": "en panne"}, headers=staff
    )
    assert disabled.status_code == 201 and disabled.json()["kind"] == "disable"
    polled = http.get(Paths.STATION_COMMANDS, params={"wait": 0}, headers=bearer(token))
    [command] = polled.json()["commands"]
    assert (command["kind"], command["session_id"], command["reason"]) == (
        "disable",
        session_id,
        "en panne",
    )
    me = http.get(Paths.STATION_ME, headers=bearer(token)).json()
    assert (me["enabled"], me["disabled_reason"]) == (False, "en panne")
    refused = http.post(Paths.STATION_SIGN_IN, json={"identifier": "card"}, headers=bearer(token))
    assert refused.status_code == 403 and code_of(refused) == ErrorCode.STATION_DISABLED
    listed = http.get(Paths.STATION_ADMIN, headers=staff).json()["stations"]
    assert [(s["name"], s["enabled"], s["online"]) for s in listed] == [("RC-01", False, True)]
    assert http.post(Paths.station_admin("RC-01", "enable"), headers=staff).status_code == 201
    assert http.get(Paths.STATION_ME, headers=bearer(token)).json()["enabled"] is True


def test_commands_over_http_idempotent_and_session_rules(http: httpx.Client, db_path: Path) -> None:
    token = add_station(db_path, "RC-01")
    add_visitor(db_path, "card")
    staff = login(http, db_path)
    path = Paths.station_commands("RC-01")
    lock = http.post(path, json={"kind": "lock"}, headers=staff)
    assert lock.status_code == 409 and code_of(lock) == ErrorCode.NO_ACTIVE_SESSION
    message = http.post(path, json={"kind": "message", "text": "Bonjour"}, headers=staff)
    assert message.status_code == 201
    http.post(Paths.STATION_SIGN_IN, json={"identifier": "card"}, headers=bearer(token))
    body = {"kind": "set_time", "seconds": 900, "request_id": "console-42"}
    first = http.post(path, json=body, headers=staff)
    second = http.post(path, json=body, headers=staff)
    assert first.status_code == second.status_code == 201
    assert first.json()["id"] == second.json()["id"] and first.json()["seconds"] == 900
    too_long = http.post(path, json={"kind": "message", "text": "x" * 501}, headers=staff)
    assert too_long.status_code == 422 and code_of(too_long) == ErrorCode.INVALID_REQUEST
    polled = http.get(Paths.STATION_COMMANDS, params={"wait": 0}, headers=bearer(token))
    assert [c["kind"] for c in polled.json()["commands"]] == ["message", "set_time"]


def test_staff_of_another_site_is_refused(http: httpx.Client, db_path: Path) -> None:
    add_station(db_path, "RC-01")
    add_site(db_path, "BruSurf")
    other = login(http, db_path, "bru", role="staff", sites=["BruSurf"])
    assert http.get(Paths.STATION_ADMIN, headers=other).json()["stations"] == []
    for action in ("disable", "enable", "revoke", "enroll-code"):
        response = http.post(Paths.station_admin("RC-01", action), headers=other)
        # another site's station answers as a missing one
        assert response.status_code == 404, action
        assert code_of(response) == ErrorCode.NOT_FOUND
    assert http.get(Paths.STATION_ADMIN).status_code == 401
