"""The visitor profile for statistics (issue 19): one check for the staff API's service, the
CLI, the CSV import and workshop participants; the snapshot each new session carries."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from admin.cli import app as cli
from admin.cli.server_config import configured_communes
from admin.core.errors import Refused
from admin.services import Service
from admin.visitors.accounts import Visitors
from admin.visitors.csv_files import VisitorCsv
from admin.visitors.profile import DEFAULT_COMMUNES, band_of_birth_year, communes_option
from kiosk.protocol.errors import ErrorCode
from tests.helpers.clock import FakeClock

Capture = pytest.CaptureFixture[str]


@pytest.fixture
def visitors(service: Service, clock: FakeClock) -> Visitors:
    return Visitors(service.store, clock)


def test_every_profile_field_is_stored_and_shown(visitors: Visitors) -> None:
    created = visitors.create(
        None,
        "card",
        gender="x",
        birth_year=1990,
        status="retired",
        commune="ixelles",
        first_visit=date(2025, 3, 1),
    )
    assert (created.birth_year, created.status, created.commune, created.first_visit) == (
        1990,
        "retired",
        "ixelles",
        "2025-03-01",
    )
    edited = visitors.edit(None, "card", {"commune": "1050", "birth_year": None})
    assert (edited.commune, edited.birth_year) == ("1050", None)


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"status": "CPAS"}, "status"),
        ({"commune": "paris"}, "commune"),
        ({"commune": "0999"}, "commune"),
        ({"birth_year": 1850}, "birth_year"),
        ({"birth_year": "19x0"}, "birth_year"),
        ({"first_visit": "2099-01-01"}, "first_visit"),  # after the clock's today
        ({"first_visit": "yesterday"}, "first_visit"),
        ({"age_band": "26-44"}, "age_band"),  # a former band
    ],
)
def test_bad_profile_values_are_refused(
    visitors: Visitors, fields: dict[str, object], field: str
) -> None:
    with pytest.raises(Refused) as caught:
        visitors.create(None, "card", **fields)
    assert (caught.value.code, caught.value.details) == (
        ErrorCode.INVALID_REQUEST,
        {"field": field},
    )


def test_the_server_list_of_communes_is_the_one_checked(service: Service, clock: FakeClock) -> None:
    visitors = Visitors(service.store, clock, communes=("namur", "outside"))
    assert visitors.create(None, "a", commune="namur").commune == "namur"
    with pytest.raises(Refused):
        visitors.create(None, "b", commune="ixelles")


def test_the_csv_import_checks_the_profile(service: Service, clock: FakeClock) -> None:
    data = (
        b"identifier;status;commune;birth_year;first_visit\n"
        b"A1;jobseeker;uccle;2001;2025-01-02\n"
        b"A2;CPAS;nowhere;3000;2025-13-01\n"
    )
    report = VisitorCsv(service.store, clock).dry_run(data)
    assert [(p.line, p.field) for p in report.problems] == [
        (3, "status"),
        (3, "commune"),
        (3, "birth_year"),
        (3, "first_visit"),
    ]
    VisitorCsv(service.store, clock).import_(data.rsplit(b"A2", 1)[0])
    imported = Visitors(service.store, clock).get("A1")
    assert (imported.commune, imported.birth_year, imported.first_visit) == (
        "uccle",
        2001,
        "2025-01-02",
    )


def test_cli_add_and_edit_take_the_profile(tmp_path: Path, capsys: Capture) -> None:
    db = str(tmp_path / "epn.db")
    assert cli.main(["site", "add", "EPN Laeken", "--db", db]) == 0
    code = cli.main(
        ["visitor", "add", "2100001", "--status", "school", "--commune", "jette", "--birth-year",
         "2010", "--gender", "f", "--db", db]
    )  # fmt: skip
    assert code == 0
    assert cli.main(["visitor", "edit", "2100001", "--birth-year", "", "--db", db]) == 0
    capsys.readouterr()
    assert cli.main(["visitor", "edit", "2100001", "--commune", "lyon", "--db", db]) == 1
    assert "commune must be a postcode or one of anderlecht" in capsys.readouterr().err
    assert cli.main(["visitor", "edit", "2100001", "--status", "CPAS", "--db", db]) == 2
    assert "--status" in capsys.readouterr().err
    assert cli.main(["visitor", "list", "--json", "--db", db]) == 0
    shown = capsys.readouterr().out
    assert '"commune": "jette"' in shown and '"birth_year": null' in shown


def test_band_of_a_year_of_birth_is_the_age_reached_that_year() -> None:
    assert band_of_birth_year(2014, date(2026, 1, 1)) == "12-17"
    assert band_of_birth_year(2015, date(2026, 12, 31)) == "0-11"
    assert band_of_birth_year(1956, date(2026, 6, 1)) == "70+"
    assert band_of_birth_year(1957, date(2026, 6, 1)) == "60-69"


def test_the_communes_option_and_the_config_file(tmp_path: Path) -> None:
    assert communes_option("namur, liege ,outside") == ("namur", "liege", "outside")
    with pytest.raises(ValueError, match="lower-case"):
        communes_option("Namur")
    config = tmp_path / "server.toml"
    assert configured_communes(config) == DEFAULT_COMMUNES  # no file
    config.write_text('[server]\ncommunes = "namur,outside"\n')
    assert configured_communes(config) == ("namur", "outside")


def _session_profile(service: Service) -> list[tuple[object, ...]]:
    return service.store.read(
        lambda db: [
            tuple(r)
            for r in db.execute(
                "SELECT gender, age_band, status, commune, category, first_visit FROM sessions"
                " ORDER BY started_at"
            )
        ]
    )


def test_a_new_session_carries_the_profile_of_its_moment(
    service: Service, clock: FakeClock
) -> None:
    from datetime import UTC, datetime

    clock.set(datetime(2026, 12, 31, 22, 30, tzinfo=UTC))  # 23:30 in Brussels: still 2026
    service.directory.add_site("EPN Laeken")
    identity = service.stations.authenticate(
        service.directory.add_station("A1", "EPN Laeken").token
    )
    service.directory.add_visitor("1001", category="senior")
    service.visitors.edit(None, "1001", {"birth_year": 2015, "status": "school", "gender": "f"})
    first = service.stations.sign_in(identity, "1001", None).session_id
    service.store.write(lambda db: db.execute("UPDATE sessions SET state = 'ended'"))
    clock.set(datetime(2026, 12, 31, 23, 30, tzinfo=UTC))  # 00:30 on 1 January 2027: 12 now
    service.visitors.edit(None, "1001", {"commune": "evere"})
    second = service.stations.sign_in(identity, "1001", None).session_id
    assert first != second
    assert _session_profile(service) == [
        ("f", "0-11", "school", "", "senior", 1),
        ("f", "12-17", "school", "evere", "senior", 0),
    ]
    assert service.visitors.get("1001").first_visit == "2026-12-31"
