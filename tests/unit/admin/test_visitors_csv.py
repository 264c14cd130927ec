"""CSV import (dry run, all or nothing, separators, BOM) and export of visitors."""

from __future__ import annotations

from pathlib import Path

import pytest

from admin.core.errors import Refused
from admin.core.security import verify_secret
from admin.db.store import Store
from admin.services import Service
from admin.visitors.accounts import Visitors
from admin.visitors.csv_files import VisitorCsv
from kiosk.protocol.csv_format import EXPORT_COLUMNS
from tests.helpers.clock import FakeClock
from tests.helpers.csv_cells import (
    STORABLE,
    add_formula_visitors,
    assert_neutralised,
    read,
)


@pytest.fixture
def csv(service: Service, clock: FakeClock) -> VisitorCsv:
    return VisitorCsv(service.store, clock)


def _count(service: Service) -> int:
    return service.store.read(lambda db: db["visitors"].count)


BAD = (
    "identifier,pin,display_name,category,age_band\n"
    "A1,1234,Fatima,adult,25-39\n"  # line 2: fine
    "A1,,Jan,adult,\n"  # 3: duplicate of line 2
    "OLD,,,,\n"  # 4: already in the database
    "A4,,,astronaut,\n"  # 5: unknown category
    "A5,,,,30-40\n"  # 6: bad age band
    "A6,12,,,\n"  # 7: PIN too short
    "A7,12ab5,,,\n"  # 8: PIN not digits
    f"A8,,{'x' * 101},,\n"  # 9: name too long
    ",,Nobody,,\n"  # 10: missing identifier
    f"{'9' * 65},,,,\n"  # 11: identifier too long
)


def test_dry_run_reports_every_bad_row_and_imports_nothing(
    csv: VisitorCsv, service: Service
) -> None:
    Visitors(service.store).create(None, "OLD")
    report = csv.dry_run(BAD.encode())
    found = [(p.line, p.field) for p in report.problems]
    assert found == [
        (3, "identifier"),
        (4, "identifier"),
        (5, "category"),
        (6, "age_band"),
        (7, "pin"),
        (8, "pin"),
        (9, "display_name"),
        (10, "identifier"),
        (11, "identifier"),
    ]
    reasons = {p.line: p.reason for p in report.problems}
    assert reasons[3] == "duplicate of line 2"
    assert reasons[4] == "already in the database"
    assert reasons[10] == "missing"
    assert report.rows == 10 and report.imported == 0 and report.dry_run
    assert _count(service) == 1


def test_real_import_of_a_bad_file_imports_nothing(csv: VisitorCsv, service: Service) -> None:
    with pytest.raises(Refused) as caught:
        csv.import_(BAD.encode())
    assert len(caught.value.details["problems"]) == 8  # no OLD visitor here
    assert _count(service) == 0


def test_clean_file_imported_in_one_go(csv: VisitorCsv, service: Service) -> None:
    data = (
        b"identifier,pin,display_name,category,age_band,gender,status,notes\n"
        b"A1,2468,Fatima,jobseeker,25-39,f,jobseeker,\n"
        b"\n"
        b"A2,,Jan,senior,70+,m,,needs glasses\n"
    )
    assert csv.dry_run(data).problems == []
    assert _count(service) == 0
    report = csv.import_(data)
    assert (report.rows, report.imported, report.dry_run) == (2, 2, False)
    rows = service.store.read(
        lambda db: {r["identifier"]: r for r in db.query("SELECT * FROM visitors")}
    )
    assert rows["A1"]["category"] == "jobseeker" and verify_secret(rows["A1"]["pin_hash"], "2468")
    assert rows["A2"]["pin_hash"] is None and rows["A2"]["notes"] == "needs glasses"
    audit = service.store.read(
        lambda db: list(db.query("SELECT after FROM audit WHERE action = 'visitor.import'"))
    )
    assert audit == [{"after": '{"count": 2}'}]


def test_semicolon_separator_bom_and_crlf(csv: VisitorCsv, service: Service) -> None:
    data = "\ufeffIdentifier;Display_Name;Category\r\nB1;Élodie, Marie;youth\r\n".encode()
    report = csv.import_(data)
    assert report.imported == 1
    visitor = Visitors(service.store).get("B1")
    assert (visitor.display_name, visitor.category) == ("Élodie, Marie", "youth")


@pytest.mark.parametrize(
    ("data", "line", "field"),
    [
        (b"display_name,category\nx,adult\n", 1, "identifier"),
        (b"identifier,colour\nx,red\n", 1, "colour"),
        (b"", 1, ""),
        (b"identifier\n\xff\xfe\n", 1, ""),
        (b"identifier,category\nx,adult,extra\n", 2, ""),
    ],
)
def test_file_level_problems(csv: VisitorCsv, data: bytes, line: int, field: str) -> None:
    problems = csv.dry_run(data).problems
    assert (problems[0].line, problems[0].field) == (line, field)


def test_export_round_trip_without_pins(
    csv: VisitorCsv, service: Service, clock: FakeClock, tmp_path: Path
) -> None:
    visitors = Visitors(service.store, clock)
    visitors.create(None, "A1", pin="2468", display_name="Fatima; El", category="senior")
    visitors.create(None, "A2", age_band="12-17", notes='says "hi"\nand, bye')
    visitors.disable(None, "A2", "lost card")
    original = csv.export()
    assert original.splitlines()[0] == ",".join(EXPORT_COLUMNS)
    assert "$argon2" not in original
    for excel in (False, True):
        text = csv.export(separator=";" if excel else ",", bom=excel)
        assert text.startswith("\ufeffidentifier;") == excel
        with Store(tmp_path / f"copy-{excel}.db") as store:
            assert VisitorCsv(store, clock).import_(text.encode()).imported == 2
            assert VisitorCsv(store, clock).export() == original
            copied = Visitors(store, clock).get("A2")
            assert not copied.enabled and copied.disabled_reason == "lost card"


@pytest.mark.parametrize("excel", [False, True])
def test_the_export_neutralises_formulas_and_imports_back_to_the_same_values(
    csv: VisitorCsv, db_path: Path, clock: FakeClock, tmp_path: Path, excel: bool
) -> None:
    values = add_formula_visitors(db_path, STORABLE)
    text = csv.export(separator=";" if excel else ",", bom=excel)
    rows = read(text, ";" if excel else ",")
    assert_neutralised(rows, values)
    assert ["'=1+1", "-12"] in [row[:2] for row in rows]  # a plain number stays as it is
    with Store(tmp_path / "copy.db") as store:
        assert VisitorCsv(store, clock).import_(text.encode()).imported == len(STORABLE) + 1
        copy = {v.identifier: v for v in Visitors(store, clock).search(None)}
        for number, value in enumerate(STORABLE):
            visitor = copy[f"F{number}"]
            assert (visitor.display_name, visitor.notes) == (value, value)
            assert (visitor.status, visitor.disabled_reason) == (None, value)
        assert copy["=1+1"].display_name == "-12"
        assert VisitorCsv(store, clock).export(separator=";" if excel else ",", bom=excel) == text
