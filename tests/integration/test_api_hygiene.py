"""Input hygiene over real HTTP: unsafe names refused where they are created, private
answers never cached or sniffed, and OPTIONS answered with the path's real methods."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.paths import API_PREFIX, Paths
from tests.helpers.liveserver import add_staff, add_station, add_visitor

PASSWORD = "bibliotheque"
UNSAFE = ["12\x0034", "12\u202e34", "12\u200b34", "12\r34", "12\n34", "12/34", ".", ".."]


@pytest.fixture
def http(base_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, timeout=15) as client:
        yield client


@pytest.fixture
def admin(db_path: Path, http: httpx.Client) -> dict[str, str]:
    add_staff(db_path, "admin", PASSWORD, role="admin")
    response = http.post(Paths.AUTH_LOGIN, json={"username": "admin", "password": PASSWORD})
    return {"Authorization": f"Bearer {response.json()['token']}"}


def _refused(response: httpx.Response) -> bool:
    return response.status_code == 422 and (
        response.json()["error"]["code"] == ErrorCode.INVALID_REQUEST
    )


@pytest.mark.parametrize("value", UNSAFE)
def test_unsafe_identifiers_and_names_are_refused_where_they_are_created(
    http: httpx.Client, admin: dict[str, str], value: str
) -> None:
    visitor = http.post(Paths.VISITORS, json={"identifier": value}, headers=admin)
    assert _refused(visitor), visitor.text
    profile = http.post(Paths.PROFILES, json={"name": value}, headers=admin)
    assert _refused(profile), profile.text
    named = http.post(
        Paths.VISITORS, json={"identifier": "N-1", "display_name": value}, headers=admin
    )
    if value in ("12/34", ".", ".."):  # a person's name is no path segment
        assert named.status_code == 201, named.text
    else:
        assert _refused(named), named.text
    # a station is created by its first enrolment code: the name is in the path
    station = http.post(
        Paths.station_admin(value, "enroll-code"), params={"site": "EPN Test"}, headers=admin
    )
    assert station.status_code in (404, 422), station.text
    listed = http.get(Paths.VISITORS, headers=admin).json()["visitors"]
    assert [v["identifier"] for v in listed] == (["N-1"] if named.status_code == 201 else [])
    assert http.get(Paths.PROFILES, headers=admin).json()["profiles"] == []
    names = [s["name"] for s in http.get(Paths.STATION_ADMIN, headers=admin).json()["stations"]]
    assert names == []


def test_a_scanned_card_number_loses_its_trailing_return(
    db_path: Path, http: httpx.Client, admin: dict[str, str]
) -> None:
    created = http.post(Paths.VISITORS, json={"identifier": "0042\r\n"}, headers=admin)
    assert created.status_code == 201 and created.json()["identifier"] == "0042"
    station = add_station(db_path, "RC-01")
    signed = http.post(
        Paths.STATION_SIGN_IN,
        json={"identifier": "0042\t"},
        headers={"Authorization": f"Bearer {station}"},
    )
    assert signed.status_code == 200, signed.text


def test_a_dot_dot_name_stays_in_its_path_segment(
    db_path: Path, http: httpx.Client, admin: dict[str, str]
) -> None:
    add_visitor(db_path, "1001")
    # Paths quotes the dots: the request reaches /visitors/{identifier}/disable, not /disable
    response = http.post(Paths.visitor("..", "disable"), json={"reason": "x"}, headers=admin)
    assert (response.status_code, response.json()["error"]["code"]) == (404, "NOT_FOUND")


# --- private answers --------------------------------------------------------------------------


def _private(response: httpx.Response) -> bool:
    return (
        response.headers.get("x-content-type-options") == "nosniff"
        and response.headers.get("cache-control") == "no-store"
    )


def test_answers_with_tokens_or_personal_data_are_never_cached_nor_sniffed(
    db_path: Path, http: httpx.Client, admin: dict[str, str]
) -> None:
    add_visitor(db_path, "1001", display_name="Marie")
    login = http.post(Paths.AUTH_LOGIN, json={"username": "admin", "password": PASSWORD})
    refused = http.post(Paths.AUTH_LOGIN, json={"username": "admin", "password": "wrong-one"})
    me = http.get(Paths.AUTH_ME, headers=admin)
    export = http.get(Paths.VISITORS_EXPORT, headers=admin)
    stations = http.get(Paths.STATIONS, params={"since": 0, "wait": 0}, headers=admin)
    assert login.status_code == 200 and me.status_code == 200 and export.status_code == 200
    assert "Marie" in export.text
    for response in (login, refused, me, export, stations):
        assert _private(response), (response.request.url, dict(response.headers))


# --- OPTIONS and methods a path does not serve ------------------------------------------------


def test_options_lists_every_method_of_the_path(http: httpx.Client) -> None:
    schema: dict[str, Any] = http.get(f"{API_PREFIX}/openapi.json").json()
    assert len(schema["paths"]) > 40
    for path, operations in schema["paths"].items():
        url = path
        for name in ("station", "identifier", "name", "app_id", "category", "username"):
            url = url.replace(f"{{{name}}}", "x")
        url = url.replace("{site_id}", "1").replace("{command_id}", "1")
        url = url.replace("{session_id}", "s")
        response = http.options(url)
        declared = {method.upper() for method in operations}
        assert response.status_code == 405, (path, response.status_code)
        allowed = {m.strip() for m in response.headers["allow"].split(",")}
        assert allowed == declared, (path, allowed, declared)
