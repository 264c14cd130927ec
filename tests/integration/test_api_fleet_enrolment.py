"""Enrolling a fleet over real HTTP: one site code for N stations and D days, and a CSV of
one-time codes for a list of names."""

from __future__ import annotations

import csv
import io
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from admin.cli import app as cli
from admin.client.staff_client import StaffClient
from admin.db.store import Store
from admin.stations.management import StationsAdmin
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.paths import Paths
from tests.helpers.clock import FakeClock
from tests.helpers.liveserver import add_staff, running_server

SITE = "EPN Test"  # made by the db_path fixture


def code_of(response: httpx.Response) -> str:
    return str(response.json()["error"]["code"])


@pytest.fixture
def http(base_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, timeout=15) as client:
        yield client


def site_code(db_path: Path, clock: FakeClock, uses: int, days: int) -> str:
    with Store(db_path) as store:
        return StationsAdmin(store, clock).site_code(None, SITE, uses=uses, days=days).code


def enrol(http: httpx.Client, code: str, name: str) -> httpx.Response:
    return http.post(Paths.STATION_ENROLL, json={"code": code, "station": name})


def test_a_site_code_enrols_its_count_then_refuses(
    http: httpx.Client, db_path: Path, clock: FakeClock
) -> None:
    code = site_code(db_path, clock, uses=12, days=7)
    for n in range(1, 13):
        done = enrol(http, code, f"LK-{n:02d}")
        assert done.status_code == 200, done.text
        assert done.json()["station"]["name"] == f"LK-{n:02d}"
        assert done.json()["station"]["site"]["name"] == SITE
        me = http.get(Paths.STATION_ME, headers={"Authorization": f"Bearer {done.json()['token']}"})
        assert me.json()["name"] == f"LK-{n:02d}"
    thirteenth = enrol(http, code, "LK-13")
    assert (thirteenth.status_code, code_of(thirteenth)) == (403, ErrorCode.ENROLMENT_CODE_USED_UP)
    with Store(db_path) as store:
        names = store.read(lambda db: [r["name"] for r in db.query("SELECT name FROM stations")])
        created = store.read(
            lambda db: list(db.query("SELECT * FROM audit WHERE action = 'site.enrol_code'"))
        )
    assert "LK-13" not in names and len([n for n in names if n.startswith("LK-")]) == 12
    # the creation is audited, without the code itself
    assert [(row["target"], code in str(row)) for row in created] == [(f"site:{SITE}", False)]
    assert '"uses": 12' in created[0]["after"]


def test_a_site_code_expires_after_its_days(
    http: httpx.Client, db_path: Path, clock: FakeClock
) -> None:
    code = site_code(db_path, clock, uses=12, days=7)
    assert enrol(http, code, "LK-01").status_code == 200
    clock.advance(days=6, hours=23)
    assert enrol(http, code, "LK-02").status_code == 200
    clock.advance(hours=1)
    late = enrol(http, code, "LK-03")
    assert (late.status_code, code_of(late)) == (403, ErrorCode.ENROLMENT_CODE_EXPIRED)


def test_a_site_code_needs_a_free_name(http: httpx.Client, db_path: Path, clock: FakeClock) -> None:
    code = site_code(db_path, clock, uses=2, days=1)
    assert enrol(http, code, "LK-01").status_code == 200
    taken = enrol(http, code, "LK-01")
    assert (taken.status_code, code_of(taken)) == (409, ErrorCode.STATION_NAME_TAKEN)
    nameless = http.post(Paths.STATION_ENROLL, json={"code": code})
    assert code_of(nameless) == ErrorCode.INVALID_REQUEST
    # neither refusal spent a use
    assert enrol(http, code, "LK-02").status_code == 200
    assert code_of(enrol(http, code, "LK-03")) == ErrorCode.ENROLMENT_CODE_USED_UP


def test_two_pcs_racing_for_the_last_use_one_wins(
    base_url: str, db_path: Path, clock: FakeClock
) -> None:
    code = site_code(db_path, clock, uses=1, days=1)
    start = threading.Barrier(2)
    answers: dict[str, httpx.Response] = {}

    def pc(name: str) -> None:
        with httpx.Client(base_url=base_url, timeout=15) as client:
            start.wait()
            answers[name] = enrol(client, code, name)

    threads = [threading.Thread(target=pc, args=(name,)) for name in ("LK-01", "LK-02")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    statuses = sorted(
        (response.status_code, response.json().get("error", {}).get("code"))
        for response in answers.values()
    )
    assert statuses == [(200, None), (403, ErrorCode.ENROLMENT_CODE_USED_UP)]
    with Store(db_path) as store:
        count = store.read(
            lambda db: db.execute("SELECT COUNT(*) FROM stations WHERE enrolled = 1").fetchone()[0]
        )
    assert count == 1


def test_csv_of_codes_round_trip(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    names = tmp_path / "names.csv"
    # a spreadsheet's export: a name column among others, and a name a spreadsheet would run
    names.write_text("room;name\nA;LK-01\nB;=LK-02\n", encoding="utf-8")
    assert (
        cli.main(
            ["station", "enroll-codes", "--site", SITE, "--csv", str(names), "--db", str(db_path)]
        )
        == 0
    )
    out = capsys.readouterr().out
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [row["name"] for row in rows] == ["LK-01", "'=LK-02"]  # spreadsheet-safe cell
    assert len({row["code"] for row in rows}) == 2
    # the server's clock is the CLI's: the codes were made just now
    with (
        running_server(db_path, clock=FakeClock(datetime.now(UTC))) as url,
        httpx.Client(base_url=url, timeout=15) as http,
    ):
        for row, name in zip(rows, ["LK-01", "=LK-02"], strict=True):
            done = http.post(Paths.STATION_ENROLL, json={"code": row["code"]})
            assert done.status_code == 200, done.text
            assert done.json()["station"]["name"] == name


# --- a site code that names its stations -------------------------------------------------------


def admin_client(base_url: str, db_path: Path) -> StaffClient:
    add_staff(db_path, "it", "correct horse battery", role="admin")
    client = StaffClient(base_url)
    client.login("it", "correct horse battery")
    return client


def site_id(db_path: Path) -> int:
    with Store(db_path) as store:
        return int(store.read(lambda db: db.execute("SELECT id FROM sites").fetchone()[0]))


def test_a_site_code_with_a_pattern_names_the_pcs_itself_skipping_taken_names(
    http: httpx.Client, base_url: str, db_path: Path
) -> None:
    with Store(db_path) as store:  # LK-02 exists already (a replacement PC's code): skipped
        StationsAdmin(store).enrol_code(None, "LK-02", site=SITE)
    with admin_client(base_url, db_path) as staff:
        code = staff.site_enroll_code(site_id(db_path), count=3, days=7, name_pattern="LK-##")
    assert (code.uses, code.name_pattern, code.site) == (3, "LK-##", SITE)
    names = []
    for host in ("DESKTOP-8F3K2", "DESKTOP-8F3K2", None):
        body = {"code": code.code} | ({"station": host} if host else {})
        done = http.post(Paths.STATION_ENROLL, json=body)
        assert done.status_code == 200, done.text
        names.append(done.json()["station"]["name"])
    assert names == ["LK-01", "LK-03", "LK-04"]
    assert code_of(enrol(http, code.code, "X")) == ErrorCode.ENROLMENT_CODE_USED_UP


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"count": 3, "days": 7, "name_pattern": "LK-"}, "name_pattern"),
        ({"count": 3, "days": 7, "name_pattern": "LK-##-#"}, "name_pattern"),
        ({"count": 3, "days": 7, "name_pattern": "LK-#####"}, "name_pattern"),
        ({"count": 3, "days": 7, "name_pattern": "LK/##"}, "name_pattern"),
        ({"count": 10, "days": 7, "name_pattern": "LK-#"}, "name_pattern"),
        ({"count": 0, "days": 7}, "count"),
        ({"count": 3, "days": 91}, "days"),
    ],
)
def test_a_bad_site_code_request_is_refused_naming_the_field(
    base_url: str, db_path: Path, body: dict[str, object], field: str
) -> None:
    with admin_client(base_url, db_path) as staff:
        response = staff._http.post(
            Paths.site(site_id(db_path), "enroll-code"),
            json=body,
            headers={"Authorization": f"Bearer {staff.token}"},
        )
    assert response.status_code == 422, response.text
    error = response.json()["error"]
    assert error["code"] == ErrorCode.INVALID_REQUEST and field in str(error["details"])
    with Store(db_path) as store:
        assert (
            store.read(lambda db: db.execute("SELECT COUNT(*) FROM site_enrol_codes").fetchone()[0])
            == 0
        )
