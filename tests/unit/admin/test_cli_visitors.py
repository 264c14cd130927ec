"""epn visitor … and epn ticket … on a database file."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from admin.cli import app as cli
from tests.helpers.csv_cells import STORABLE, add_formula_visitors, assert_neutralised, read

Capture = pytest.CaptureFixture[str]


def run(capsys: Capture, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path, capsys: Capture) -> str:
    path = str(tmp_path / "epn.db")
    assert run(capsys, "site", "add", "EPN Laeken", "--db", path)[0] == 0
    for identifier, name in (("2100001", "Fatima"), ("2100002", "Jan")):
        assert run(capsys, "visitor", "add", identifier, "--name", name, "--db", path)[0] == 0
    return path


def test_list_search_and_json(db: str, capsys: Capture) -> None:
    code, out, _ = run(capsys, "visitor", "list", "--search", "jan", "--db", db)
    assert code == 0 and "2100002" in out and "2100001" not in out
    code, out, _ = run(capsys, "visitor", "list", "--json", "--db", db)
    assert [v["identifier"] for v in json.loads(out)] == ["2100001", "2100002"]


def test_edit_disable_enable(db: str, capsys: Capture) -> None:
    assert run(capsys, "visitor", "edit", "2100001", "--age-band", "70+", "--db", db)[0] == 0
    code, _, err = run(capsys, "visitor", "edit", "2100001", "--age-band", "old", "--db", db)
    assert code == 2 and err.count("\n") == 1 and "--age-band" in err
    assert run(capsys, "visitor", "edit", "2100001", "--db", db)[0] == 2
    code, _, err = run(
        capsys, "visitor", "disable", "2100001", "--reason", "x", "--until", "soon", "--db", db
    )
    assert code == 2 and "YYYY-MM-DD" in err
    assert run(capsys, "visitor", "disable", "2100001", "--reason", "lost card", "--db", db)[0] == 0
    rows = json.loads(run(capsys, "visitor", "list", "--json", "--db", db)[1])
    assert (rows[0]["age_band"], rows[0]["enabled"], rows[0]["disabled_reason"]) == (
        "70+",
        False,
        "lost card",
    )
    assert run(capsys, "visitor", "enable", "2100001", "--db", db)[0] == 0
    assert json.loads(run(capsys, "visitor", "list", "--json", "--db", db)[1])[0]["enabled"]


def test_set_pin_from_the_environment(
    db: str, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # not a terminal
    code, _, err = run(capsys, "visitor", "set-pin", "2100001", "--db", db)
    assert code == 2 and "EPN_PIN" in err
    monkeypatch.setenv("EPN_PIN", "2468")
    assert run(capsys, "visitor", "set-pin", "2100001", "--db", db)[0] == 0
    rows = json.loads(run(capsys, "visitor", "list", "--json", "--db", db)[1])
    assert rows[0]["has_pin"] is True and "2468" not in json.dumps(rows)


def test_import_dry_run_then_import_then_export(db: str, capsys: Capture, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("identifier;category\n2100001;adult\nB2;astronaut\n", encoding="utf-8")
    code, out, err = run(capsys, "visitor", "import", str(bad), "--dry-run", "--db", db)
    assert code == 1
    assert out.splitlines() == [
        "line 2, identifier: already in the database",
        "line 3, category: unknown category (known: adult, jobseeker, pupil, senior, student,"
        " teacher, youth)",
    ]
    assert "nothing imported" in err
    good = tmp_path / "good.csv"
    good.write_bytes("\ufeffidentifier;display_name\nB1;Élodie\n".encode())
    code, out, _ = run(capsys, "visitor", "import", str(good), "--dry-run", "--db", db)
    assert code == 0 and "dry run" in out
    assert len(json.loads(run(capsys, "visitor", "list", "--json", "--db", db)[1])) == 2
    assert run(capsys, "visitor", "import", str(good), "--db", db)[0] == 0
    exported = tmp_path / "out.csv"
    assert run(capsys, "visitor", "export", str(exported), "--db", db)[0] == 0
    lines = exported.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("identifier,display_name,category")
    assert [line.split(",")[0] for line in lines[1:]] == ["2100001", "2100002", "B1"]
    assert run(capsys, "visitor", "import", str(tmp_path / "none.csv"), "--db", db)[0] == 2


def test_ticket_create_and_list(db: str, capsys: Capture) -> None:
    code, out, err = run(
        capsys,
        "ticket",
        "create",
        "--site",
        "EPN Laeken",
        "--count",
        "3",
        "--minutes",
        "60",
        "--db",
        db,
    )
    assert code == 0 and "3 tickets of 60 min" in err
    codes = out.split()
    assert len(codes) == 3 and all(len(c) == 10 for c in codes)
    listed = json.loads(run(capsys, "ticket", "list", "--json", "--db", db)[1])
    assert sorted(t["code"] for t in listed) == sorted(codes)
    assert {t["state"] for t in listed} == {"valid"}
    code, _, err = run(
        capsys,
        "ticket",
        "create",
        "--site",
        "EPN Laeken",
        "--count",
        "0",
        "--minutes",
        "60",
        "--db",
        db,
    )
    assert code == 2 and err.count("\n") == 1
    code, _, err = run(
        capsys,
        "ticket",
        "create",
        "--site",
        "Nowhere",
        "--count",
        "1",
        "--minutes",
        "60",
        "--db",
        db,
    )
    assert code == 1 and "Nowhere" in err


@pytest.mark.parametrize("excel", [False, True])
def test_export_neutralises_formulas_and_imports_back(
    db: str, capsys: Capture, tmp_path: Path, excel: bool
) -> None:
    values = add_formula_visitors(db, STORABLE)
    flavour = ["--excel"] if excel else []
    code, out, _ = run(capsys, "visitor", "export", "-", *flavour, "--db", db)
    assert code == 0
    assert_neutralised(read(out, ";" if excel else ","), values)
    exported = tmp_path / "out.csv"
    assert run(capsys, "visitor", "export", str(exported), *flavour, "--db", db)[0] == 0
    copy = str(tmp_path / "copy.db")
    assert run(capsys, "site", "add", "EPN Laeken", "--db", copy)[0] == 0
    code, out, err = run(capsys, "visitor", "import", str(exported), "--db", copy)
    assert code == 0, out + err
    shown = json.loads(run(capsys, "visitor", "list", "--json", "--db", copy)[1])
    names = {row["identifier"]: row["display_name"] for row in shown}
    assert [names[f"F{n}"] for n in range(len(STORABLE))] == list(STORABLE)
    assert names["=1+1"] == "-12"
