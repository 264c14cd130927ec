"""``epn audit list``, ``epn staff list``, ``epn staff passwd``."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from admin.cli import app as cli
from admin.db.store import Store
from admin.services import Service

Capture = pytest.CaptureFixture[str]
PASSWORD = "correct horse"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def run(capsys: Capture, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "epn.db")
    with Store(path) as store:
        directory = Service(store).directory
        directory.add_site("EPN Laeken")
        directory.add_station("RC-01", "EPN Laeken")
        directory.add_staff("ana", PASSWORD, role="staff", sites=["EPN Laeken"])
        directory.add_staff("boss", PASSWORD, role="admin")
    return path


def test_commands_are_listed_with_help() -> None:
    names = {name for name, _, _ in _parsers()}
    assert {"epn audit list", "epn staff list", "epn staff passwd"} <= names


def _parsers() -> list[tuple[str, object, object]]:
    from tests.unit.admin.test_cli import _all_parsers

    return list(_all_parsers(cli.build_parser()))


def test_audit_list_table_and_json(db: str, capsys: Capture) -> None:
    code, out, err = run(capsys, "audit", "list", "--db", db)
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].startswith("WHEN (UTC)")
    assert "station.add" in out and "station:RC-01" in out and "(cli)" in out
    code, out, _ = run(capsys, "audit", "list", "--action", "staff", "--json", "--db", db)
    entries = json.loads(out)
    assert code == 0
    assert [e["target"] for e in entries] == ["staff:boss", "staff:ana"]
    assert entries[1]["after"] == {"role": "staff", "sites": ["EPN Laeken"]}


def test_audit_list_filters_by_staff_and_dates(db: str, capsys: Capture) -> None:
    with Store(db) as store:
        Service(store).staff.login("ana", PASSWORD)
    code, out, _ = run(capsys, "audit", "list", "--staff", "ana", "--json", "--db", db)
    assert code == 0 and [e["action"] for e in json.loads(out)] == ["auth.login"]
    code, out, _ = run(capsys, "audit", "list", "--until", "2000-01-01", "--json", "--db", db)
    assert code == 0 and json.loads(out) == []
    code, out, _ = run(capsys, "audit", "list", "--since", "2000-01-01", "--json", "--db", db)
    assert len(json.loads(out)) == 5


def test_audit_list_of_one_site(db: str, capsys: Capture) -> None:
    code, out, _ = run(capsys, "audit", "list", "--site", "EPN Laeken", "--json", "--db", db)
    entries = json.loads(out)
    assert code == 0 and "station:RC-01" in {e["target"] for e in entries}
    assert {e["site_id"] for e in entries} == {1}


@pytest.mark.parametrize(
    ("argv", "exit_code"),
    [
        (["audit", "list", "--since", "last tuesday"], 1),
        (["audit", "list", "--limit", "0"], 2),
        (["audit", "list", "--limit", "many"], 2),
        (["audit", "list", "--site", "EPN Nowhere"], 1),
    ],
)
def test_audit_list_bad_input(db: str, capsys: Capture, argv: list[str], exit_code: int) -> None:
    code, out, err = run(capsys, *argv, "--db", db)
    assert code == exit_code and out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_missing_database_is_a_usage_error(tmp_path: Path, capsys: Capture) -> None:
    for noun in ("audit", "staff"):
        code, _, err = run(capsys, noun, "list", "--db", str(tmp_path / "none.db"))
        assert code == 2 and "no database" in err
    assert not (tmp_path / "none.db").exists()


def test_staff_list(db: str, capsys: Capture) -> None:
    code, out, _ = run(capsys, "staff", "list", "--db", db)
    assert code == 0
    assert out.splitlines()[1:] == [
        f"{'ana':<20} {'staff':<6} EPN Laeken",
        f"{'boss':<20} {'admin':<6} (all)",
    ]
    code, out, _ = run(capsys, "staff", "list", "--json", "--db", db)
    assert [(a["username"], a["sites"]) for a in json.loads(out)] == [
        ("ana", ["EPN Laeken"]),
        ("boss", []),
    ]


def test_staff_passwd_from_environment(
    db: str, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store(db) as store:
        token = Service(store).staff.login("ana", PASSWORD).token
    monkeypatch.setenv(cli.PASSWORD_ENV, "a brand new one")
    code, out, err = run(capsys, "staff", "passwd", "ana", "--db", db)
    assert code == 0 and err == ""
    assert "1 login(s) ended" in out
    with Store(db) as store:
        service = Service(store)
        assert service.staff.login("ana", "a brand new one").token
        with pytest.raises(Exception, match="UNAUTHENTICATED"):
            service.staff.authenticate(token)


def test_staff_passwd_prompted_twice(
    db: str, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter(["typed password", "typed password"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    monkeypatch.setattr("sys.stdin", _Terminal())
    assert run(capsys, "staff", "passwd", "boss", "--db", db)[0] == 0
    with Store(db) as store:
        assert Service(store).staff.login("boss", "typed password").token


@pytest.mark.parametrize(
    ("username", "password", "exit_code", "message"),
    [
        ("nobody", "long enough", 1, "no staff account"),
        ("ana", "short", 2, "password: string should have at least 8 characters"),
        # the API refuses a login with a longer one: the account could never sign in
        ("ana", "x" * 257, 2, "password: string should have at most 256 characters"),
    ],
)
def test_staff_passwd_refusals(
    db: str,
    capsys: Capture,
    monkeypatch: pytest.MonkeyPatch,
    username: str,
    password: str,
    exit_code: int,
    message: str,
) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, password)
    code, out, err = run(capsys, "staff", "passwd", username, "--db", db)
    assert code == exit_code and out == "" and message in err
    assert len(err.strip().splitlines()) == 1
    with Store(db) as store:
        assert Service(store).staff.login("ana", PASSWORD).token  # unchanged
