"""Visitors and guest tickets over the real HTTP API (uvicorn on a free port)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.paths import Paths
from tests.helpers.csv_cells import add_formula_visitors, assert_neutralised, read
from tests.helpers.liveserver import add_site, add_staff, add_station, add_visitor

PASSWORD = "bibliotheque"
OTHER = "EPN Other"


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def code_of(response: httpx.Response) -> str:
    return str(response.json()["error"]["code"])


@pytest.fixture
def http(base_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, timeout=15) as client:
        yield client


def login(http: httpx.Client, username: str) -> dict[str, str]:
    response = http.post(Paths.AUTH_LOGIN, json={"username": username, "password": PASSWORD})
    assert response.status_code == 200
    return bearer(response.json()["token"])


@pytest.fixture
def admin(http: httpx.Client, db_path: Path) -> dict[str, str]:
    add_staff(db_path, "admin", PASSWORD, role="admin")
    return login(http, "admin")


@pytest.fixture
def other_staff(http: httpx.Client, db_path: Path) -> dict[str, str]:
    add_site(db_path, OTHER)
    add_staff(db_path, "anna", PASSWORD, role="staff", sites=[OTHER])
    return login(http, "anna")


def test_sign_in_with_a_ticket(http: httpx.Client, db_path: Path, admin: dict[str, str]) -> None:
    station = bearer(add_station(db_path, "RC-01"))
    created = http.post(
        Paths.TICKETS, json={"site": "EPN Test", "count": 2, "minutes": 20}, headers=admin
    )
    assert created.status_code == 201
    code = created.json()["tickets"][0]["code"]
    granted = http.post(Paths.STATION_SIGN_IN, json={"identifier": code}, headers=station)
    assert granted.status_code == 200
    assert granted.json()["granted_seconds"] == 1200
    assert granted.json()["visitor"]["category"] == "guest"
    again = http.post(Paths.STATION_SIGN_IN, json={"identifier": code}, headers=station)
    assert again.status_code == 403 and code_of(again) == ErrorCode.TICKET_INVALID
    assert again.json()["error"]["details"] == {"reason": "used"}
    listed = http.get(Paths.TICKETS, headers=admin).json()["tickets"]
    assert sorted(t["state"] for t in listed) == ["used", "valid"]
    assert {t["created_by"] for t in listed} == {"admin"}
    sessions = http.get(Paths.SESSIONS, headers=admin).json()["sessions"]
    assert [s["visitor_identifier"] for s in sessions] == [code]


def test_tickets_scoped_to_the_staff_sites(
    http: httpx.Client, admin: dict[str, str], other_staff: dict[str, str]
) -> None:
    refused = http.post(
        Paths.TICKETS, json={"site": "EPN Test", "count": 1, "minutes": 20}, headers=other_staff
    )
    # another site answers as a missing one
    assert refused.status_code == 404 and code_of(refused) == ErrorCode.NOT_FOUND
    http.post(Paths.TICKETS, json={"site": "EPN Test", "count": 1, "minutes": 20}, headers=admin)
    assert http.get(Paths.TICKETS, headers=other_staff).json() == {"tickets": []}
    assert http.get(Paths.TICKETS).status_code == 401


def test_visitor_lifecycle(http: httpx.Client, db_path: Path, admin: dict[str, str]) -> None:
    body = {"identifier": "2100001", "display_name": "Fatima", "age_band": "25-39"}
    created = http.post(Paths.VISITORS, json=body, headers=admin)
    assert created.status_code == 201 and created.json()["has_pin"] is False
    duplicate = http.post(Paths.VISITORS, json=body, headers=admin)
    assert duplicate.status_code == 409
    bad = http.post(Paths.VISITORS, json={"identifier": "x", "age_band": "30"}, headers=admin)
    assert bad.status_code == 422 and code_of(bad) == ErrorCode.INVALID_REQUEST
    edited = http.patch(Paths.visitor("2100001"), json={"category": "senior"}, headers=admin)
    assert edited.json()["category"] == "senior" and edited.json()["display_name"] == "Fatima"
    found = http.get(Paths.VISITORS, params={"search": "fati"}, headers=admin).json()
    assert [v["identifier"] for v in found["visitors"]] == ["2100001"]
    disabled = http.post(
        Paths.visitor("2100001", "disable"),
        json={"reason": "lost card", "until": "2025-03-12"},
        headers=admin,
    )
    assert disabled.json()["enabled"] is False
    station = bearer(add_station(db_path, "RC-01"))
    refused = http.post(Paths.STATION_SIGN_IN, json={"identifier": "2100001"}, headers=station)
    assert code_of(refused) == ErrorCode.ACCOUNT_DISABLED
    pin = http.post(Paths.visitor("2100001", "pin"), json={"pin": "13579"}, headers=admin)
    assert pin.json()["has_pin"] is True
    short = http.post(Paths.visitor("2100001", "pin"), json={"pin": "1"}, headers=admin)
    assert short.status_code == 422
    enabled = http.post(Paths.visitor("2100001", "enable"), headers=admin)
    assert enabled.json()["enabled"] is True
    missing = http.post(Paths.visitor("nobody", "enable"), headers=admin)
    assert missing.status_code == 404 and code_of(missing) == ErrorCode.NOT_FOUND
    audit = [a["action"] for a in http.get(Paths.AUDIT, headers=admin).json()["entries"]]
    assert {"visitor.add", "visitor.edit", "visitor.disable", "visitor.pin"} <= set(audit)


def test_import_dry_run_import_and_export(
    http: httpx.Client, db_path: Path, admin: dict[str, str], other_staff: dict[str, str]
) -> None:
    add_visitor(db_path, "OLD")
    bad = b"identifier;category\nOLD;adult\nN1;astronaut\n"
    headers = {**admin, "Content-Type": "text/csv"}
    dry = http.post(Paths.VISITORS_IMPORT, params={"dry_run": True}, content=bad, headers=headers)
    assert dry.status_code == 200
    assert [(p["line"], p["field"]) for p in dry.json()["problems"]] == [
        (2, "identifier"),
        (3, "category"),
    ]
    real = http.post(Paths.VISITORS_IMPORT, content=bad, headers=headers)
    assert real.status_code == 422 and len(real.json()["error"]["details"]["problems"]) == 2
    good = "\ufeffidentifier;display_name\nN1;Élodie\nN2;Jan\n".encode()
    done = http.post(Paths.VISITORS_IMPORT, content=good, headers=headers)
    assert done.status_code == 200 and done.json()["imported"] == 2
    export = http.get(Paths.VISITORS_EXPORT, headers=admin)
    assert export.status_code == 200 and export.headers["content-type"].startswith("text/csv")
    assert [line.split(",")[0] for line in export.text.splitlines()[1:]] == ["N1", "N2", "OLD"]
    assert "Élodie" in export.text
    forbidden = http.get(Paths.VISITORS_EXPORT, headers=other_staff)
    assert forbidden.status_code == 403 and code_of(forbidden) == ErrorCode.FORBIDDEN


def test_a_city_sized_import_fits_and_other_bodies_stay_small(
    http: httpx.Client, admin: dict[str, str]
) -> None:
    rows = "".join(f"21{n:08d};Visiteur {n};adult\n" for n in range(5000))
    data = ("identifier;display_name;category\n" + rows).encode()
    assert len(data) > 64 * 1024  # over the limit of every other route
    headers = {**admin, "Content-Type": "text/csv"}
    dry = http.post(Paths.VISITORS_IMPORT, params={"dry_run": True}, content=data, headers=headers)
    assert dry.status_code == 200 and dry.json()["problems"] == []
    elsewhere = http.post(Paths.VISITORS, content=data, headers=headers)
    assert elsewhere.status_code == 413 and code_of(elsewhere) == ErrorCode.PAYLOAD_TOO_LARGE
    huge = http.post(Paths.VISITORS_IMPORT, content=b"x" * (9 * 1024 * 1024), headers=headers)
    assert huge.status_code == 413 and huge.json()["error"]["details"]["max_bytes"] == 8 * 2**20


def test_an_identifier_with_a_slash_is_refused(http: httpx.Client, admin: dict[str, str]) -> None:
    response = http.post(Paths.VISITORS, json={"identifier": "21/0001"}, headers=admin)
    assert response.status_code == 422 and code_of(response) == ErrorCode.INVALID_REQUEST
    headers = {**admin, "Content-Type": "text/csv"}
    dry = http.post(
        Paths.VISITORS_IMPORT,
        params={"dry_run": True},
        content=b"identifier\n21/0001\n",
        headers=headers,
    )
    assert [(p["line"], p["field"]) for p in dry.json()["problems"]] == [(2, "identifier")]


@pytest.mark.parametrize("excel", [False, True])
def test_the_export_neutralises_formulas(
    http: httpx.Client, db_path: Path, admin: dict[str, str], excel: bool
) -> None:
    # one through the API as staff type it, the others stored as they are (tab or CR first)
    created = http.post(
        Paths.VISITORS,
        json={"identifier": "API1", "display_name": "@SUM(1+9)", "notes": "=cmd|' /C calc'!A0"},
        headers=admin,
    )
    assert created.status_code == 201
    values = add_formula_visitors(db_path)
    export = http.get(Paths.VISITORS_EXPORT, params={"excel": excel}, headers=admin)
    assert export.status_code == 200
    assert export.text.startswith("\ufeff") == excel
    rows = read(export.text, ";" if excel else ",")
    assert_neutralised(rows, [*values, "@SUM(1+9)", "=cmd|' /C calc'!A0"])
