"""Over real HTTP: ``GET /api/v1/stats`` and ``/stats.csv`` with exact figures (a session
split over two hours, the day the clocks go back, an active session), staff scope and the
refusals of bad input."""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest

from admin.core.timeutil import to_iso
from admin.db.store import Store
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.paths import Paths
from tests.helpers.clock import FakeClock
from tests.helpers.csv_cells import DANGEROUS, assert_neutralised, read
from tests.helpers.liveserver import (
    add_site,
    add_staff,
    add_station,
    add_visitor,
    running_server,
)

PASSWORD = "bibliotheque"
LAEKEN, MAROLLES = "EPN Laeken", "EPN Marolles"
#: Wednesday 28 October 2026, 15:00 in Brussels (CET), three days after the clocks went back.
NOW = datetime(2026, 10, 28, 14, 0, tzinfo=UTC)


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def add_session(
    db_path: Path,
    station: str,
    visitor: int,
    started: str,
    ended: str | None,
    used: int,
    **active: Any,
) -> None:
    """A session straight into the database (UTC times), as the station service leaves it."""
    start = utc(started)
    with Store(db_path) as store:
        store.write(
            lambda db: db.execute(
                "INSERT INTO sessions (id, station_id, visitor_id, state, started_at, ended_at,"
                " granted_seconds, used_seconds, remaining_seconds, reported_at, day)"
                " SELECT ?, id, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM stations WHERE name = ?",
                [
                    str(uuid.uuid4()),
                    visitor,
                    "active" if active else "ended",
                    to_iso(start),
                    to_iso(utc(ended)) if ended else None,
                    used + active.get("remaining", 0),
                    used,
                    active.get("remaining", 0),
                    to_iso(utc(active["reported"])) if active else None,
                    start.astimezone(ZoneInfo("Europe/Brussels")).date().isoformat(),
                    station,
                ],
            )
        )


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "epn.db"
    add_site(path, LAEKEN)
    add_site(path, MAROLLES)
    for name, site in (("A1", LAEKEN), ("A2", LAEKEN), ("B1", MAROLLES)):
        add_station(path, name, site=site)
    adult = add_visitor(path, "1001", category="adult")
    senior = add_visitor(path, "1002", category="senior")
    youth = add_visitor(path, "1003", category="youth")
    with Store(path) as store:
        store.write(
            lambda db: db.execute(
                "UPDATE visitors SET age_band = CASE id WHEN ? THEN '25-39' WHEN ? THEN '70+' END",
                [adult, senior],
            )
        )
    add_staff(path, "admin", PASSWORD, role="admin")
    add_staff(path, "anna", PASSWORD, role="staff", sites=[LAEKEN])
    # this week: Wednesday 09:30-10:45 local, split 30 + 45 minutes over two hours
    add_session(path, "A1", adult, "2026-10-28T08:30", "2026-10-28T09:45", 4500)
    # Wednesday 10:00-11:00 local, 55 minutes counted (the span is the station's occupancy)
    add_session(path, "A2", senior, "2026-10-28T09:00", "2026-10-28T10:00", 3300)
    add_session(path, "A1", adult, "2026-10-26T13:00", "2026-10-26T13:30", 1800)  # Monday 14:00
    add_session(path, "B1", senior, "2026-10-27T09:00", "2026-10-27T10:00", 3600)  # Tuesday 10:00
    # active at Marolles since 13:00 local; 6000 s reported 20 minutes ago: 7200 s by now
    add_session(
        path,
        "B1",
        youth,
        "2026-10-28T12:00",
        None,
        6000,
        remaining=3600,
        reported="2026-10-28T13:40",
    )
    # Sunday 25 October, the clocks go back at 03:00 CEST: 02:30 CEST -> 03:30 CET local
    add_session(path, "A1", senior, "2026-10-25T00:30", "2026-10-25T02:30", 7200)
    # from 23:30 on 30 September to 00:30 on 1 October (a Thursday): counts in September
    add_session(path, "A2", adult, "2026-09-30T21:30", "2026-09-30T22:30", 3600)
    return path


@pytest.fixture
def base_url(db_path: Path) -> Iterator[str]:
    with running_server(db_path, clock=FakeClock(NOW)) as url:
        yield url


def login(base_url: str, username: str) -> httpx.Client:
    client = httpx.Client(base_url=base_url, timeout=15)
    response = client.post(Paths.AUTH_LOGIN, json={"username": username, "password": PASSWORD})
    assert response.status_code == 200, response.text
    client.headers["Authorization"] = f"Bearer {response.json()['token']}"
    return client


@pytest.fixture
def admin(base_url: str) -> Iterator[httpx.Client]:
    client = login(base_url, "admin")
    yield client
    client.close()


def stats(client: httpx.Client, **params: Any) -> dict[str, Any]:
    response = client.get(Paths.STATS, params=params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def rows(breakdowns: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [(b["key"], b["sessions"], b["seconds"], b["visitors"]) for b in breakdowns]


def cells(report: dict[str, Any]) -> dict[tuple[int, int], int]:
    return {
        (day, hour): seconds
        for day, row in enumerate(report["heat_map"])
        for hour, seconds in enumerate(row)
        if seconds
    }


def test_the_week_of_every_site(admin: httpx.Client) -> None:
    report = stats(admin, period="week")
    assert (report["period"], report["start"], report["end"]) == (
        "week",
        "2026-10-26",
        "2026-11-01",
    )
    assert (report["site_id"], report["timezone"], report["stations"]) == (
        None,
        "Europe/Brussels",
        3,
    )
    assert report["sessions"] == 5
    assert report["seconds_used"] == 4500 + 3300 + 1800 + 3600 + 7200
    assert report["unique_visitors"] == 3
    assert rows(report["by_site"]) == [(MAROLLES, 2, 10800, 2), (LAEKEN, 3, 9600, 2)]
    assert rows(report["by_category"]) == [
        ("youth", 1, 7200, 1),
        ("senior", 2, 6900, 1),
        ("adult", 2, 6300, 1),
    ]
    assert rows(report["by_age_band"]) == [
        ("70+", 2, 6900, 1),
        ("25-39", 2, 6300, 1),
        (None, 1, 7200, 1),
    ]
    assert cells(report) == {
        (0, 14): 1800,  # Monday
        (1, 10): 3600,  # Tuesday
        (2, 9): 1800,  # Wednesday: 09:30-10:45 split 30 + 45 minutes
        (2, 10): 2700 + 3600,
        (2, 13): 3600,  # the active session, 13:00 to now (15:00)
        (2, 14): 3600,
    }
    assert report["by_hour"][9:15] == [1800, 9900, 0, 0, 3600, 5400]
    # three stations: Monday and Tuesday whole, Wednesday up to 15:00, nothing after
    hour = 3 * 3600
    assert report["capacity"][0] == [hour] * 24
    assert report["capacity"][2] == [hour] * 15 + [0] * 9
    assert report["capacity"][4] == [0] * 24


def test_today_and_the_month_across_the_clock_change(admin: httpx.Client) -> None:
    today = stats(admin, period="today")
    assert (today["start"], today["end"]) == ("2026-10-28", "2026-10-28")
    assert (today["sessions"], today["seconds_used"]) == (3, 4500 + 3300 + 7200)
    month = stats(admin, period="month")
    assert (month["start"], month["end"]) == ("2026-10-01", "2026-10-31")
    # the session of 30 September counts there, but occupies Thursday 1 October 00:00-00:30
    assert (month["sessions"], month["seconds_used"]) == (6, 20400 + 7200)
    found = cells(month)
    assert found[(3, 0)] == 1800
    assert (found[(6, 2)], found[(6, 3)]) == (5400, 1800)  # 02:00 twice on 25 October
    # Sundays 4, 11, 18, 25 October; 25 October has two hours 02:00; three stations
    assert month["capacity"][6][2] == 5 * 3600 * 3
    assert month["capacity"][6][1] == 4 * 3600 * 3


def test_explicit_dates_and_one_site(admin: httpx.Client) -> None:
    sunday = stats(admin, start="2026-10-25", end="2026-10-25")
    assert (sunday["period"], sunday["sessions"], sunday["seconds_used"]) == ("custom", 1, 7200)
    assert sum(map(sum, sunday["capacity"])) == 25 * 3600 * 3  # a 25-hour day
    marolles = stats(admin, period="week", site=2)
    assert (marolles["site_id"], marolles["site_name"], marolles["stations"]) == (2, MAROLLES, 1)
    assert (marolles["sessions"], marolles["seconds_used"], marolles["unique_visitors"]) == (
        2,
        10800,
        2,
    )


def test_staff_see_only_their_sites(base_url: str) -> None:
    with closing(login(base_url, "anna")) as anna:
        report = stats(anna, period="week")
        assert (report["sessions"], report["seconds_used"], report["stations"]) == (3, 9600, 2)
        assert [b["key"] for b in report["by_site"]] == [LAEKEN]
        assert stats(anna, period="week", site=1)["sessions"] == 3
        for site in (2, 99):  # another site, and one that does not exist: the same answer
            response = anna.get(Paths.STATS, params={"period": "week", "site": site})
            assert response.status_code == 403
            assert response.json()["error"]["code"] == ErrorCode.FORBIDDEN
            response = anna.get(Paths.STATS_CSV, params={"period": "week", "site": site})
            assert response.status_code == 403


@pytest.mark.parametrize(
    ("params", "status", "code"),
    [
        ({"period": "year"}, 422, ErrorCode.INVALID_REQUEST),
        ({"start": "2026-10-01"}, 422, ErrorCode.INVALID_REQUEST),
        ({"start": "2026-10-31", "end": "2026-10-01"}, 422, ErrorCode.INVALID_REQUEST),
        ({"start": "2025-01-01", "end": "2026-10-01"}, 422, ErrorCode.INVALID_REQUEST),
        ({"start": "2026-02-30", "end": "2026-03-01"}, 422, ErrorCode.INVALID_REQUEST),
        (
            {"period": "week", "start": "2026-10-01", "end": "2026-10-02"},
            422,
            ErrorCode.INVALID_REQUEST,
        ),
        ({"start": "9999-12-31", "end": "9999-12-31"}, 422, ErrorCode.INVALID_REQUEST),
        ({"site": "0"}, 422, ErrorCode.INVALID_REQUEST),
        ({"site": "x"}, 422, ErrorCode.INVALID_REQUEST),
        ({"site": str(2**40)}, 422, ErrorCode.INVALID_REQUEST),
        ({"site": "99"}, 404, ErrorCode.NOT_FOUND),
    ],
)
def test_bad_input_is_a_4xx_with_a_code(
    admin: httpx.Client, params: dict[str, str], status: int, code: ErrorCode
) -> None:
    response = admin.get(Paths.STATS, params=params)
    assert response.status_code == status, response.text
    assert response.json()["error"]["code"] == code


def test_a_login_is_required(base_url: str) -> None:
    response = httpx.get(f"{base_url}{Paths.STATS}", params={"period": "week"})
    assert response.status_code == 401
    assert response.json()["error"]["code"] == ErrorCode.UNAUTHENTICATED


def test_the_csv_export(admin: httpx.Client) -> None:
    response = admin.get(Paths.STATS_CSV, params={"period": "week"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert "epn-stats-2026-10-26-2026-11-01.csv" in response.headers["content-disposition"]
    table = list(csv.DictReader(io.StringIO(response.text)))
    total = table[0]
    assert (total["section"], total["sessions"], total["seconds"], total["visitors"]) == (
        "total",
        "5",
        "20400",
        "3",
    )
    by = {(r["section"], r["key"]): r for r in table}
    assert by[("site", LAEKEN)]["seconds"] == "9600"
    assert by[("age_band", "")]["sessions"] == "1"
    assert by[("hour", "10")]["occupied_seconds"] == "9900"
    assert by[("weekday_hour", "wed-09")]["occupied_seconds"] == "1800"
    assert by[("weekday_hour", "wed-09")]["capacity_seconds"] == str(3 * 3600)


def test_the_staff_client(base_url: str) -> None:
    from datetime import date

    from admin.client.staff_client import StaffClient

    with StaffClient(base_url) as client:
        client.login("anna", PASSWORD)
        report = client.stats("week")
        assert (report.sessions, report.seconds_used) == (3, 9600)
        sunday = client.stats(None, 1, start=date(2026, 10, 25), end=date(2026, 10, 25))
        assert sunday.heat_map[6][2] == 5400
        assert client.stats_csv("week").startswith("period,start,end,site,section")


def test_the_csv_export_neutralises_formulas_in_names(admin: httpx.Client, db_path: Path) -> None:
    """Site names, categories and age bands that a spreadsheet would run come back quoted."""
    sites, categories, bands = DANGEROUS[:2], DANGEROUS[2:5], DANGEROUS[5:]
    with Store(db_path) as store:

        def rename(db: Any) -> None:
            for site_id, name in enumerate(sites, start=1):
                db.execute("UPDATE sites SET name = ? WHERE id = ?", [name, site_id])
            for identifier, category, band in zip(
                ("1001", "1002", "1003"), categories, [*bands, None], strict=True
            ):
                db.execute(
                    "UPDATE visitors SET category = ?, age_band = ? WHERE identifier = ?",
                    [category, band, identifier],
                )

        store.write(rename)
    response = admin.get(Paths.STATS_CSV, params={"period": "week"})
    assert response.status_code == 200
    table = read(response.text)
    assert_neutralised(table, DANGEROUS)
    one_site = admin.get(Paths.STATS_CSV, params={"period": "week", "site": 1})
    assert {row[3] for row in read(one_site.text)[1:]} == {"'" + sites[0]}
