"""Sites over real HTTP: hours and texts for staff, closing time for stations."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from admin.core.timeutil import to_iso
from admin.db.store import Store
from admin.sites.settings import SiteService
from kiosk.protocol.paths import Paths
from tests.helpers.liveserver import add_site, add_staff, add_station, add_visitor

# The server's clock starts on Monday 10 March 2025, 09:00 in Brussels (08:00 UTC).
PASSWORD = "bibliotheque"
SITE = "EPN Test"
OTHER = "EPN Other"


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def error(response: httpx.Response) -> dict[str, Any]:
    body: dict[str, Any] = response.json()["error"]
    return body


@pytest.fixture
def http(base_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, timeout=15) as client:
        yield client


@pytest.fixture
def station_token(db_path: Path) -> str:
    return add_station(db_path, "RC-01", site=SITE)


@pytest.fixture
def other_site_id(db_path: Path) -> int:
    return add_site(db_path, OTHER)


def login(http: httpx.Client, db_path: Path, username: str, **kwargs: Any) -> dict[str, str]:
    add_staff(db_path, username, PASSWORD, **kwargs)
    response = http.post(Paths.AUTH_LOGIN, json={"username": username, "password": PASSWORD})
    assert response.status_code == 200, response.text
    return bearer(response.json()["token"])


@pytest.fixture
def admin(http: httpx.Client, db_path: Path) -> dict[str, str]:
    return login(http, db_path, "admin", role="admin")


def site_id(http: httpx.Client, headers: dict[str, str], name: str) -> int:
    sites = http.get(Paths.SITES, headers=headers).json()["sites"]
    return int(next(site["id"] for site in sites if site["name"] == name))


def set_day(db_path: Path, weekday: str, intervals: str) -> None:
    with Store(db_path) as store:
        SiteService(store).set_day(SITE, weekday, intervals)


def test_station_me_has_hours_closing_and_message(
    http: httpx.Client, db_path: Path, station_token: str
) -> None:
    set_day(db_path, "mon", "08:00-12:30,13:30-18:00")
    with Store(db_path) as store:
        SiteService(store).set_text(SITE, "message", "nl", "Welkom")
    info = http.get(Paths.STATION_ME, headers=bearer(station_token)).json()
    assert info["timezone"] == "Europe/Brussels"
    assert info["today_hours"] == ["08:00-12:30", "13:30-18:00"]
    assert info["closes_at"] == to_iso(datetime(2025, 3, 10, 11, 30, tzinfo=UTC))
    assert info["message"] == {"nl": "Welkom"}


def test_sign_in_when_closed_says_when_it_opens(
    http: httpx.Client, db_path: Path, station_token: str
) -> None:
    set_day(db_path, "mon", "13:30-18:00")
    add_visitor(db_path, "1001")
    response = http.post(
        Paths.STATION_SIGN_IN, json={"identifier": "1001"}, headers=bearer(station_token)
    )
    assert response.status_code == 403
    assert error(response)["code"] == "CLOSED"
    assert error(response)["details"] == {
        "opens_at": to_iso(datetime(2025, 3, 10, 12, 30, tzinfo=UTC))
    }


def test_grant_stops_at_closing_time(http: httpx.Client, db_path: Path, station_token: str) -> None:
    set_day(db_path, "mon", "08:00-09:20")
    add_visitor(db_path, "1001")
    response = http.post(
        Paths.STATION_SIGN_IN, json={"identifier": "1001"}, headers=bearer(station_token)
    )
    assert response.status_code == 200, response.text
    assert response.json()["granted_seconds"] == 20 * 60


def test_admin_puts_and_gets_hours(
    http: httpx.Client, db_path: Path, admin: dict[str, str]
) -> None:
    target = site_id(http, admin, SITE)
    schedule = {
        "weekly": {"tue": ["13:30-18:00", "09:00-12:30"], "sat": ["10:00-13:00"]},
        "closed": [{"date": "2025-12-25", "reason": "Noël"}],
        "exceptions": [{"date": "2025-12-24", "hours": ["09:00-12:00"]}],
    }
    response = http.put(Paths.site(target, "hours"), json=schedule, headers=admin)
    assert response.status_code == 200, response.text
    stored = http.get(Paths.site(target, "hours"), headers=admin).json()
    assert stored["weekly"] == {"tue": ["09:00-12:30", "13:30-18:00"], "sat": ["10:00-13:00"]}
    assert stored["closed"] == [{"date": "2025-12-25", "reason": "Noël"}]
    assert stored["exceptions"] == [{"date": "2025-12-24", "hours": ["09:00-12:00"]}]
    # Monday morning: not a day in the new schedule
    listed = http.get(Paths.SITES, headers=admin).json()["sites"]
    assert [s["open_now"] for s in listed if s["id"] == target] == [False]
    with Store(db_path) as store:
        row = store.read(
            lambda db: next(db.query("SELECT * FROM audit WHERE action = 'site.hours'"))
        )
    assert json.loads(row["before"])["weekly"] == {}
    assert json.loads(row["after"])["weekly"]["sat"] == ["10:00-13:00"]
    assert row["staff_id"] is not None


def test_texts_round_trip_and_reach_the_station(
    http: httpx.Client, admin: dict[str, str], station_token: str
) -> None:
    target = site_id(http, admin, SITE)
    texts = {"message": {"fr": "Fermé demain", "en": "Closed tomorrow"}, "charter": {"nl": "..."}}
    response = http.put(Paths.site(target, "texts"), json=texts, headers=admin)
    assert response.status_code == 200, response.text
    assert http.get(Paths.site(target, "texts"), headers=admin).json() == {
        **texts,
        "charter_required": None,
    }
    info = http.get(Paths.STATION_ME, headers=bearer(station_token)).json()
    assert info["message"] == {"en": "Closed tomorrow", "fr": "Fermé demain"}


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"weekly": {"mon": ["09:00-13:00", "12:00-18:00"]}}, "mon"),
        ({"weekly": {"mon": ["18:00-09:00"]}}, "mon"),
        # refused by the model's pattern: pydantic's loc says where, not a field
        ({"weekly": {"mon": ["9h-12h"]}}, None),
        ({"weekly": {"funday": ["09:00-12:00"]}}, None),
        ({"closed": [{"date": "2025-02-30"}]}, "2025-02-30"),
        ({"closed": [{"date": "2025-03-11"}, {"date": "2025-03-11"}]}, "2025-03-11"),
        ({"exceptions": [{"date": "2025-03-11", "hours": []}]}, None),
        (
            {"exceptions": [{"date": "2025-03-11", "hours": ["09:00-12:00"]}] * 2},
            "2025-03-11",
        ),
    ],
)
def test_bad_schedule_is_422_names_the_day_and_changes_nothing(
    http: httpx.Client, admin: dict[str, str], body: dict[str, Any], field: str | None
) -> None:
    target = site_id(http, admin, SITE)
    response = http.put(Paths.site(target, "hours"), json=body, headers=admin)
    assert response.status_code == 422
    assert error(response)["code"] == "INVALID_REQUEST"
    assert error(response).get("details", {}).get("field") == field
    assert http.get(Paths.site(target, "hours"), headers=admin).json()["weekly"] == {}


def test_texts_in_unknown_language_are_refused(http: httpx.Client, admin: dict[str, str]) -> None:
    target = site_id(http, admin, SITE)
    response = http.put(Paths.site(target, "texts"), json={"message": {"de": "x"}}, headers=admin)
    assert response.status_code == 422


def test_authorization(
    http: httpx.Client, db_path: Path, station_token: str, other_site_id: int
) -> None:
    staff = login(http, db_path, "anim", role="staff", sites=[OTHER])
    admin = login(http, db_path, "admin", role="admin")
    target = site_id(http, admin, SITE)
    hours = Paths.site(target, "hours")
    assert http.get(hours).status_code == 401
    assert http.get(hours, headers=bearer("not-a-token")).status_code == 401
    assert http.get(hours, headers=bearer(station_token)).status_code == 401
    forbidden = http.put(hours, json={"weekly": {"mon": ["09:00-10:00"]}}, headers=staff)
    assert forbidden.status_code == 403
    assert error(forbidden)["code"] == "FORBIDDEN"
    assert http.get(Paths.site(target, "texts"), headers=staff).status_code == 403
    assert http.get(Paths.site(999, "hours"), headers=staff).status_code == 403
    assert http.get(Paths.site(999, "hours"), headers=admin).status_code == 404
    assert http.get(Paths.site(2**63, "hours"), headers=admin).status_code == 422
    # staff list and change only their own sites
    listed = http.get(Paths.SITES, headers=staff).json()["sites"]
    assert [site["name"] for site in listed] == [OTHER]
    own = http.put(
        Paths.site(other_site_id, "hours"), json={"weekly": {"mon": ["09:00-10:00"]}}, headers=staff
    )
    assert own.status_code == 200
    assert http.get(hours, headers=admin).json()["weekly"] == {}
