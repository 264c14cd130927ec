"""Staff at a station, over real HTTP: sign-in with the station's token, actions, audit, PIN."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.limits import STATION_STAFF_TTL_SECONDS
from kiosk.protocol.paths import Paths
from tests.helpers.clock import FakeClock
from tests.helpers.liveserver import add_site, add_staff, add_station, add_visitor

PASSWORD = "bibliotheque"
SITE_A = "EPN Test"  # made by the db_path fixture
SITE_B = "EPN Laeken"


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def error_of(response: httpx.Response) -> tuple[int, str]:
    return response.status_code, str(response.json()["error"]["code"])


@dataclass
class Desk:
    http: httpx.Client
    station: dict[str, str]  # the Authorization header of station RC-01 (site A)
    other_station: dict[str, str]  # LK-01, site B
    admin: dict[str, str]

    def login(self, username: str, secret: str = PASSWORD, **kw: Any) -> httpx.Response:
        headers = kw.get("headers", self.station)
        body = {"username": username, "secret": secret}
        return self.http.post(Paths.STATION_STAFF_LOGIN, json=body, headers=headers)

    def token(self, username: str = "ana", secret: str = PASSWORD) -> str:
        response = self.login(username, secret)
        assert response.status_code == 200, response.text
        return str(response.json()["token"])

    def act(self, token: str, kind: str, **fields: Any) -> httpx.Response:
        headers = fields.pop("headers", self.station)
        body = {"token": token, "kind": kind, **fields}
        return self.http.post(Paths.STATION_STAFF_ACTION, json=body, headers=headers)

    def audit(self, action: str) -> list[dict[str, Any]]:
        response = self.http.get(Paths.AUDIT, params={"action": action}, headers=self.admin)
        assert response.status_code == 200, response.text
        return list(response.json()["entries"])


@pytest.fixture
def desk(db_path: Path, base_url: str) -> Iterator[Desk]:
    """Station RC-01 at site A, LK-01 at B; ana is staff of A, bert of B; an admin."""
    add_site(db_path, SITE_B)
    station = add_station(db_path, "RC-01", site=SITE_A)
    other = add_station(db_path, "LK-01", site=SITE_B)
    add_staff(db_path, "admin", PASSWORD, role="admin")
    add_staff(db_path, "ana", PASSWORD, role="staff", sites=[SITE_A])
    add_staff(db_path, "bert", PASSWORD, role="staff", sites=[SITE_B])
    add_visitor(db_path, "1001", display_name="Fatima")
    with httpx.Client(base_url=base_url, timeout=15) as http:
        response = http.post(Paths.AUTH_LOGIN, json={"username": "admin", "password": PASSWORD})
        assert response.status_code == 200
        yield Desk(http, bearer(station), bearer(other), bearer(response.json()["token"]))


def sign_in_visitor(desk: Desk) -> str:
    response = desk.http.post(
        Paths.STATION_SIGN_IN, json={"identifier": "1001"}, headers=desk.station
    )
    assert response.status_code == 200, response.text
    return str(response.json()["session_id"])


# --- sign-in ----------------------------------------------------------------------------------


def test_staff_of_the_site_signs_in_and_it_is_audited(desk: Desk) -> None:
    response = desk.login("ana")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["station"] == "RC-01"
    assert body["staff"] == {"username": "ana", "role": "staff", "site_ids": [1]}
    assert len(body["token"]) >= 32
    [entry] = desk.audit("auth.station_login")
    assert (entry["staff"], entry["target"]) == ("ana", "station:RC-01")
    # an admin signs in at any site's station
    assert desk.login("admin", headers=desk.other_station).status_code == 200


def test_wrong_password_and_unknown_user_get_the_same_refusal(desk: Desk) -> None:
    assert error_of(desk.login("ana", "not-the-password")) == (401, ErrorCode.BAD_LOGIN)
    assert error_of(desk.login("nobody", PASSWORD)) == (401, ErrorCode.BAD_LOGIN)
    assert desk.audit("auth.station_login") == []


def test_staff_of_another_site_get_the_same_refusal_as_a_wrong_password(desk: Desk) -> None:
    """Before: 403 for a right password of another site's staff, 401 for a wrong one."""
    wrong = desk.login("ana", "not-the-password")
    other_site = desk.login("bert")
    assert error_of(other_site) == error_of(wrong) == (401, ErrorCode.BAD_LOGIN)
    assert other_site.json()["error"]["message"] == wrong.json()["error"]["message"]
    assert desk.audit("auth.station_login") == []
    # ... while bert signs in at the station of their own site
    assert desk.login("bert", headers=desk.other_station).status_code == 200


def test_failed_staff_sign_ins_hold_back_the_station_not_the_account(
    desk: Desk, clock: FakeClock
) -> None:
    """Before: five wrong passwords at a kiosk locked the account out of the console too."""
    for _ in range(5):
        assert error_of(desk.login("ana", "wrong-password")) == (401, ErrorCode.BAD_LOGIN)
    held = desk.login("ana")  # even the right password, on this station
    assert error_of(held) == (429, ErrorCode.LOCKED_OUT)
    assert held.headers["Retry-After"] == "30"
    assert error_of(desk.login("admin")) == (429, ErrorCode.LOCKED_OUT)  # any account here
    # the console's login and the other stations are not held back
    console = desk.http.post(Paths.AUTH_LOGIN, json={"username": "ana", "password": PASSWORD})
    assert console.status_code == 200, console.text
    assert desk.login("admin", headers=desk.other_station).status_code == 200
    clock.advance(seconds=30)
    assert desk.login("ana").status_code == 200


def test_a_station_login_is_refused_elsewhere_and_after_it_expires(
    desk: Desk, clock: FakeClock
) -> None:
    token = desk.token("admin")
    # on another station, and as a console token, it opens nothing
    wrong_station = desk.act(token, "quit", headers=desk.other_station)
    assert error_of(wrong_station) == (401, ErrorCode.UNAUTHENTICATED)
    assert error_of(desk.http.get(Paths.AUTH_ME, headers=bearer(token))) == (
        401,
        ErrorCode.UNAUTHENTICATED,
    )
    clock.advance(seconds=STATION_STAFF_TTL_SECONDS + 1)
    assert error_of(desk.act(token, "quit")) == (401, ErrorCode.TOKEN_EXPIRED)
    assert desk.audit("station.quit") == []


def test_sign_out_revokes_the_station_login(desk: Desk) -> None:
    token = desk.token()
    response = desk.http.post(
        Paths.STATION_STAFF_LOGOUT, json={"token": token}, headers=desk.station
    )
    assert response.status_code == 204
    assert error_of(desk.act(token, "quit")) == (401, ErrorCode.UNAUTHENTICATED)


# --- actions ----------------------------------------------------------------------------------


def test_extend_and_end_are_commands_audited_under_the_staff_member(desk: Desk) -> None:
    session_id = sign_in_visitor(desk)
    token = desk.token()
    extended = desk.act(token, "extend", minutes=15, request_id="panel-1")
    assert extended.status_code == 200, extended.text
    command = extended.json()["command"]
    assert (command["kind"], command["minutes"], command["status"]) == ("extend", 15, "pending")
    # the station receives it through its usual command path
    pending = desk.http.get(Paths.STATION_COMMANDS, headers=desk.station).json()["commands"]
    assert [(c["kind"], c["minutes"], c["session_id"]) for c in pending] == [
        ("extend", 15, session_id)
    ]
    ended = desk.act(token, "end")
    assert ended.status_code == 200 and ended.json()["command"]["kind"] == "end"
    for action in ("command.extend", "command.end"):
        [entry] = desk.audit(action)
        assert (entry["staff"], entry["target"]) == ("ana", "station:RC-01")
    [extend_entry] = desk.audit("command.extend")
    assert extend_entry["after"]["minutes"] == 15
    assert extend_entry["before"]["session_id"] == session_id


def test_extend_without_a_session_is_refused(desk: Desk) -> None:
    token = desk.token()
    assert error_of(desk.act(token, "extend", minutes=5)) == (409, ErrorCode.NO_ACTIVE_SESSION)


def test_maintenance_and_quit_are_audited_with_the_station(desk: Desk) -> None:
    token = desk.token()
    unlocked = desk.act(token, "maintenance", minutes=20)
    assert unlocked.status_code == 200, unlocked.text
    assert unlocked.json() == {
        "kind": "maintenance",
        "staff": "ana",
        "station": "RC-01",
        "command": None,
    }
    assert desk.act(token, "quit").status_code == 200
    [maintenance] = desk.audit("station.maintenance")
    assert (maintenance["staff"], maintenance["target"]) == ("ana", "station:RC-01")
    assert maintenance["after"] == {"at_station": True, "minutes": 20}
    [quit_entry] = desk.audit("station.quit")
    assert (quit_entry["staff"], quit_entry["target"]) == ("ana", "station:RC-01")
    # staff of the site read them too (the rows carry the station's site)
    ana = desk.http.post(Paths.AUTH_LOGIN, json={"username": "ana", "password": PASSWORD})
    seen = desk.http.get(
        Paths.AUDIT, params={"action": "station"}, headers=bearer(ana.json()["token"])
    )
    assert {"station.maintenance", "station.quit"} <= {e["action"] for e in seen.json()["entries"]}


def test_maintenance_needs_minutes_within_bounds(desk: Desk) -> None:
    token = desk.token()
    assert error_of(desk.act(token, "maintenance")) == (422, ErrorCode.INVALID_REQUEST)
    assert error_of(desk.act(token, "maintenance", minutes=241)) == (422, ErrorCode.INVALID_REQUEST)
    assert desk.audit("station.maintenance") == []


# --- the station PIN --------------------------------------------------------------------------


def test_a_member_sets_a_pin_and_signs_in_with_it(desk: Desk) -> None:
    ana = desk.http.post(Paths.AUTH_LOGIN, json={"username": "ana", "password": PASSWORD})
    headers = bearer(ana.json()["token"])
    assert error_of(desk.login("ana", "482913")) == (401, ErrorCode.BAD_LOGIN)  # no PIN yet
    wrong = desk.http.post(
        Paths.AUTH_PIN, json={"password": "nope", "pin": "482913"}, headers=headers
    )
    assert error_of(wrong) == (403, ErrorCode.WRONG_PASSWORD)
    set_pin = desk.http.post(
        Paths.AUTH_PIN, json={"password": PASSWORD, "pin": "482913"}, headers=headers
    )
    assert set_pin.status_code == 200 and set_pin.json() == {"username": "ana", "has_pin": True}
    assert desk.login("ana", "482913").status_code == 200
    assert desk.login("ana", PASSWORD).status_code == 200  # the password still works
    bad_pin = desk.http.post(
        Paths.AUTH_PIN, json={"password": PASSWORD, "pin": "12a4"}, headers=headers
    )
    assert error_of(bad_pin) == (422, ErrorCode.INVALID_REQUEST)
    [entry] = desk.audit("staff.pin_set")
    assert (entry["staff"], entry["target"]) == ("ana", "staff:ana")
    assert "482913" not in str(entry)


def test_only_an_admin_sets_or_clears_another_members_pin(desk: Desk) -> None:
    ana = desk.http.post(Paths.AUTH_LOGIN, json={"username": "ana", "password": PASSWORD})
    refused = desk.http.post(
        Paths.staff_pin("bert"), json={"pin": "1234"}, headers=bearer(ana.json()["token"])
    )
    assert error_of(refused) == (403, ErrorCode.FORBIDDEN)
    done = desk.http.post(Paths.staff_pin("ana"), json={"pin": "5678"}, headers=desk.admin)
    assert done.status_code == 200
    assert desk.login("ana", "5678").status_code == 200
    cleared = desk.http.post(Paths.staff_pin("ana"), json={"pin": None}, headers=desk.admin)
    assert cleared.json() == {"username": "ana", "has_pin": False}
    assert error_of(desk.login("ana", "5678")) == (401, ErrorCode.BAD_LOGIN)
    missing = desk.http.post(Paths.staff_pin("nobody"), json={"pin": "5678"}, headers=desk.admin)
    assert error_of(missing) == (404, ErrorCode.NOT_FOUND)
