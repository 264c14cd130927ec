"""The app catalogue over real HTTP: the grant's apps, app usage once, staff scope."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from kiosk.protocol.paths import Paths
from tests.helpers.liveserver import add_site, add_staff, add_station, add_visitor

PASSWORD = "bibliotheque"
SITE = "EPN Test"
OTHER = "EPN Other"

FIREFOX = {
    "id": "firefox",
    "names": {"fr": "Navigateur web", "nl": "Webbrowser", "en": "Web browser"},
    "icon": "firefox",
    "commands": {"linux": "firefox --private-window", "windows": "firefox.exe -private-window"},
    "processes": ["firefox", "firefox-bin", "firefox.exe"],
}
WRITER = {
    "id": "libreoffice-writer",
    "names": {"fr": "Traitement de texte"},
    "commands": {"linux": "libreoffice --writer"},
    "processes": ["soffice", "soffice.bin"],
}
MAIL = {"id": "thunderbird", "names": {"en": "Mail"}, "commands": {"linux": "thunderbird"}}


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def code(response: httpx.Response) -> str:
    return str(response.json()["error"]["code"])


@pytest.fixture
def http(base_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, timeout=15) as client:
        yield client


def login(http: httpx.Client, db_path: Path, username: str, **kwargs: Any) -> dict[str, str]:
    add_staff(db_path, username, PASSWORD, **kwargs)
    response = http.post(Paths.AUTH_LOGIN, json={"username": username, "password": PASSWORD})
    assert response.status_code == 200, response.text
    return bearer(response.json()["token"])


@pytest.fixture
def admin(http: httpx.Client, db_path: Path) -> dict[str, str]:
    headers = login(http, db_path, "admin", role="admin")
    for app in (FIREFOX, WRITER, MAIL):
        response = http.post(Paths.APPS, json=app, headers=headers)
        assert response.status_code == 201, response.text
    return headers


@pytest.fixture
def station(db_path: Path) -> dict[str, str]:
    return bearer(add_station(db_path, "RC-01", site=SITE))


def sign_in(http: httpx.Client, station: dict[str, str], identifier: str) -> dict[str, Any]:
    response = http.post(Paths.STATION_SIGN_IN, json={"identifier": identifier}, headers=station)
    assert response.status_code == 200, response.text
    grant: dict[str, Any] = response.json()
    return grant


def app_used(session_id: str, app_id: str, seconds: int, seq: int) -> dict[str, Any]:
    return {
        "event_id": str(uuid.uuid4()),
        "seq": seq,
        "kind": "app_used",
        "at": "2025-03-10T09:10:00",
        "session_id": session_id,
        "app_id": app_id,
        "used_seconds": seconds,
    }


def test_grant_carries_the_resolved_catalogue(
    http: httpx.Client, db_path: Path, admin: dict[str, str], station: dict[str, str]
) -> None:
    add_visitor(db_path, "2100001236", category="youth")
    profile = {"name": "Jeunes", "apps": ["firefox", "libreoffice-writer", "thunderbird"]}
    assert http.post(Paths.PROFILES, json=profile, headers=admin).status_code == 201
    response = http.post(
        Paths.profile("Jeunes", "assign"), json={"category": "youth"}, headers=admin
    )
    assert response.status_code == 200, response.text
    restrict = {"mode": "deny", "apps": ["thunderbird"]}
    response = http.put(Paths.station_apps("RC-01"), json=restrict, headers=admin)
    assert response.json()["apps"] == ["thunderbird"]

    grant = sign_in(http, station, "2100001236")
    assert [app["id"] for app in grant["apps"]] == ["firefox", "libreoffice-writer"]
    firefox = grant["apps"][0]
    assert firefox["commands"] == FIREFOX["commands"]
    assert firefox["processes"] == FIREFOX["processes"]
    assert firefox["names"]["nl"] == "Webbrowser" and firefox["icon"] == "firefox"


def test_app_usage_is_counted_once(
    http: httpx.Client, db_path: Path, admin: dict[str, str], station: dict[str, str]
) -> None:
    add_visitor(db_path, "2100001234")
    session_id = sign_in(http, station, "2100001234")["session_id"]
    batch = {"events": [app_used(session_id, "firefox", 300, 1)]}
    for _ in range(2):  # the answer was lost: the station sends the same batch again
        response = http.post(Paths.STATION_EVENTS, json=batch, headers=station)
        assert response.status_code == 200, response.text
    more = {"events": [app_used(session_id, "firefox", 60, 2), app_used(session_id, "gimp", 9, 3)]}
    assert http.post(Paths.STATION_EVENTS, json=more, headers=station).status_code == 200
    usage = http.get(Paths.session_apps(session_id), headers=admin).json()
    assert usage == {
        "session_id": session_id,
        "apps": [{"app_id": "firefox", "seconds": 360}, {"app_id": "gimp", "seconds": 9}],
    }


def test_staff_scope_on_the_catalogue(
    http: httpx.Client, db_path: Path, admin: dict[str, str], station: dict[str, str]
) -> None:
    add_site(db_path, OTHER)
    add_station(db_path, "OT-01", site=OTHER)
    add_visitor(db_path, "2100001234")
    staff = login(http, db_path, "anim", role="staff", sites=[SITE])
    outsider = login(http, db_path, "other", role="staff", sites=[OTHER])
    assert http.post(Paths.PROFILES, json={"name": "Office"}, headers=admin).status_code == 201

    # reading is for every staff member, with a valid staff token only
    assert http.get(Paths.APPS, headers=staff).status_code == 200
    assert http.get(Paths.PROFILES).status_code == 401
    assert http.get(Paths.APPS, headers=station).status_code == 401
    # the catalogue itself is for admins
    forbidden = [
        http.post(Paths.APPS, json={**MAIL, "id": "mail2"}, headers=staff),
        http.put(Paths.app("firefox"), json=FIREFOX, headers=staff),
        http.delete(Paths.app("firefox"), headers=staff),
        http.post(Paths.PROFILES, json={"name": "Mine"}, headers=staff),
        http.post(Paths.profile("Office", "apps"), json={"add": ["firefox"]}, headers=staff),
        http.delete(Paths.profile("Office"), headers=staff),
        http.post(Paths.profile("Office", "assign"), json={"category": "adult"}, headers=staff),
        http.post(
            Paths.profile("Office", "assign"),
            json={"category": "adult", "site": OTHER},
            headers=staff,
        ),
    ]
    assert [(r.status_code, code(r)) for r in forbidden] == [(403, "FORBIDDEN")] * len(forbidden)
    # another site's station answers as a missing one
    hidden = [
        http.put(
            Paths.station_apps("OT-01"), json={"mode": "deny", "apps": ["firefox"]}, headers=staff
        ),
        http.get(Paths.station_apps("OT-01"), headers=staff),
    ]
    assert [(r.status_code, code(r)) for r in hidden] == [(404, "NOT_FOUND")] * len(hidden)

    # staff act at their own sites, and give visitors their own profile
    here = {"category": "adult", "site": SITE}
    response = http.post(Paths.profile("Office", "assign"), json=here, headers=staff)
    assert response.status_code == 200, response.text
    assert response.json()["categories"] == [here]
    response = http.post(
        Paths.profile("Office", "assign"), json={"visitor": "2100001234"}, headers=staff
    )
    assert response.json()["visitors"] == ["2100001234"]
    response = http.put(
        Paths.station_apps("RC-01"), json={"mode": "allow", "apps": ["firefox"]}, headers=staff
    )
    assert response.status_code == 200 and response.json()["mode"] == "allow"
    # a session is seen by staff of its site only
    session_id = sign_in(http, station, "2100001234")["session_id"]
    assert http.get(Paths.session_apps(session_id), headers=staff).status_code == 200
    response = http.get(Paths.session_apps(session_id), headers=outsider)
    assert response.status_code == 404  # another site's session: as a missing one
    # and each change is in the audit log of the site it concerns
    entries = http.get(Paths.AUDIT, headers=staff).json()["entries"]
    actions = {(e["action"], e["target"]) for e in entries}
    assert {("profile.assign", "profile:Office"), ("station.apps", "station:RC-01")} <= actions


def test_catalogue_errors_are_4xx_with_a_code(http: httpx.Client, admin: dict[str, str]) -> None:
    duplicate = http.post(Paths.APPS, json=FIREFOX, headers=admin)
    assert duplicate.status_code == 409
    bad_id = http.post(Paths.APPS, json={**FIREFOX, "id": "Fire Fox"}, headers=admin)
    assert (bad_id.status_code, code(bad_id)) == (422, "INVALID_REQUEST")
    no_command = http.post(Paths.APPS, json={"id": "x", "names": {"fr": "X"}}, headers=admin)
    assert no_command.status_code == 422
    mismatch = http.put(Paths.app("thunderbird"), json=FIREFOX, headers=admin)
    assert mismatch.status_code == 422
    unknown = http.post(Paths.PROFILES, json={"name": "P", "apps": ["ghost"]}, headers=admin)
    assert (unknown.status_code, unknown.json()["error"]["details"]) == (404, {"apps": ["ghost"]})
    assert http.delete(Paths.profile("Nope"), headers=admin).status_code == 404
    both = http.post(
        Paths.profile("Nope", "assign"), json={"category": "adult", "visitor": "v"}, headers=admin
    )
    assert (both.status_code, code(both)) == (422, "INVALID_REQUEST")
    replaced = http.put(Paths.app("firefox"), json={**FIREFOX, "icon": None}, headers=admin)
    assert replaced.status_code == 200 and replaced.json()["icon"] is None
    assert http.delete(Paths.app("firefox"), headers=admin).status_code == 204
    ids = [app["id"] for app in http.get(Paths.APPS, headers=admin).json()["apps"]]
    assert ids == ["libreoffice-writer", "thunderbird"]
