from __future__ import annotations

import argparse
import io
import json
import sqlite3
from pathlib import Path

import pytest

from admin.api.serving import free_port
from admin.cli import app as cli

Capture = pytest.CaptureFixture[str]


class _Terminal(io.StringIO):
    """Standard input that says it is a terminal, so the CLI may prompt."""

    def isatty(self) -> bool:
        return True


def run(capsys: Capture, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "epn.db")


@pytest.fixture
def with_site(db: str, capsys: Capture) -> str:
    assert run(capsys, "site", "add", "EPN Laeken", "--db", db)[0] == 0
    return db


def _all_parsers(
    parser: argparse.ArgumentParser, path: str = "epn"
) -> list[tuple[str, argparse.ArgumentParser, str | None]]:
    found: list[tuple[str, argparse.ArgumentParser, str | None]] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help for a in action._choices_actions}
            for name, sub in action.choices.items():
                found.append((f"{path} {name}", sub, helps.get(name)))
                found.extend(_all_parsers(sub, f"{path} {name}"))
    return found


def test_every_command_has_help_and_description() -> None:
    parsers = _all_parsers(cli.build_parser())
    names = {name for name, _, _ in parsers}
    assert {
        "epn server",
        "epn site add",
        "epn station add",
        "epn visitor add",
        "epn staff add",
        "epn session list",
        "epn session extend",
        "epn session end",
    } <= names
    for name, parser, help_text in parsers:
        assert help_text, f"{name} has no help text"
        assert parser.description, f"{name} has no description"
        for action in parser._actions:
            if not isinstance(action, argparse._SubParsersAction):
                assert action.help, f"{name} {action.dest} has no help text"


@pytest.mark.parametrize(
    "argv", [[], ["site"], ["site", "add", "--help"], ["session", "extend", "--help"]]
)
def test_help_is_printed(capsys: Capture, argv: list[str]) -> None:
    code, out, _ = run(capsys, *argv, "--help")
    assert code == 0
    assert "usage: epn" in out


def test_site_and_station_add(with_site: str, capsys: Capture) -> None:
    code, out, _ = run(capsys, "station", "add", "LK-01", "--site", "EPN Laeken", "--db", with_site)
    assert code == 0
    token = out.splitlines()[-1]
    assert len(token) >= 40 and " " not in token
    with sqlite3.connect(with_site) as conn:
        stored = conn.execute("SELECT token_hash FROM stations").fetchone()[0]
    assert stored != token and len(stored) == 64


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["site", "add", "EPN Laeken"], "already exists"),
        (["station", "add", "LK-01", "--site", "Nowhere"], "no site named 'Nowhere'"),
        (["visitor", "add", "2100001", "--category", "martian"], "category: unknown category"),
    ],
)
def test_refusals_are_one_line_with_exit_1(
    with_site: str, capsys: Capture, argv: list[str], message: str
) -> None:
    code, _, err = run(capsys, *argv, "--db", with_site)
    assert code == 1
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_duplicate_station(with_site: str, capsys: Capture) -> None:
    argv = ["station", "add", "LK-01", "--site", "EPN Laeken", "--db", with_site]
    assert run(capsys, *argv)[0] == 0
    code, _, err = run(capsys, *argv)
    assert code == 1 and "station 'LK-01' already exists" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["bogus"],
        ["site"],
        ["site", "add"],
        ["staff", "add", "x", "--role", "boss", "--db", "d"],
        ["session", "extend", "RC-01", "ten", "--server", "http://x", "--user", "u"],
    ],
)
def test_bad_usage_exits_2(capsys: Capture, argv: list[str]) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert err.startswith("epn") and len(err.strip().splitlines()) == 1


def test_unopenable_database(tmp_path: Path, capsys: Capture) -> None:
    code, _, err = run(capsys, "site", "add", "X", "--db", str(tmp_path / "no" / "dir.db"))
    assert code == 1 and "cannot open database" in err


def test_visitor_add_hashes_the_pin_from_the_environment(
    with_site: str, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EPN_PIN", "2468")
    argv = [
        "visitor",
        "add",
        "2100001234",
        "--category",
        "senior",
        "--name",
        "Jan",
        "--db",
        with_site,
    ]
    assert run(capsys, *argv)[0] == 0
    with sqlite3.connect(with_site) as conn:
        pin_hash, category, name = conn.execute(
            "SELECT pin_hash, category, display_name FROM visitors"
        ).fetchone()
    assert pin_hash.startswith("$argon2id$") and category == "senior" and name == "Jan"


def test_staff_add_with_password_from_env(
    with_site: str, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EPN_PASSWORD", "bibliotheque")
    code, out, _ = run(
        capsys,
        "staff",
        "add",
        "accueil",
        "--role",
        "staff",
        "--site",
        "EPN Laeken",
        "--db",
        with_site,
    )
    assert code == 0 and "accueil" in out
    with sqlite3.connect(with_site) as conn:
        assert conn.execute("SELECT COUNT(*) FROM staff_sites").fetchone()[0] == 1


def test_staff_role_needs_a_site(
    with_site: str, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EPN_PASSWORD", "bibliotheque")
    code, _, err = run(capsys, "staff", "add", "x", "--role", "staff", "--db", with_site)
    assert code == 2 and "--site" in err


def test_staff_password_prompted_twice(
    with_site: str, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter(["first-password", "other-password"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    monkeypatch.setattr("sys.stdin", _Terminal())
    code, _, err = run(capsys, "staff", "add", "boss", "--role", "admin", "--db", with_site)
    assert code == 2 and "do not match" in err
    answers = iter(["same-password", "same-password"])
    assert run(capsys, "staff", "add", "boss", "--role", "admin", "--db", with_site)[0] == 0


def test_session_list(with_site: str, capsys: Capture) -> None:
    from admin.db.store import Store
    from admin.services import Service

    with Store(with_site) as store:
        service = Service(store)
        token = service.directory.add_station("LK-01", "EPN Laeken").token
        service.directory.add_visitor("2100005678")
        station = service.stations.authenticate(token)
        service.stations.sign_in(station, "2100005678", None)
    code, out, _ = run(capsys, "session", "list", "--db", with_site)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["STATION", "STATE", "VISITOR", "TIME"]
    assert lines[1].split()[:3] == ["LK-01", "active", "2100005678"]
    assert lines[1].endswith("left")
    code, out, _ = run(capsys, "session", "list", "--db", with_site, "--json")
    rows = json.loads(out)
    assert rows[0]["station"] == "LK-01" and rows[0]["visitor"] == "2100005678"
    assert 3500 <= rows[0]["seconds_left"] <= 3600


def test_session_extend_without_server_fails_cleanly(
    capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    from admin.api.serving import free_port

    monkeypatch.setenv("EPN_PASSWORD", "whatever1")
    code, _, err = run(
        capsys,
        "session",
        "extend",
        "RC-01",
        "10",
        "--server",
        f"http://127.0.0.1:{free_port()}",
        "--user",
        "u",
    )
    assert code == 1 and len(err.strip().splitlines()) == 1


def test_session_extend_minutes_range(capsys: Capture) -> None:
    code, _, err = run(
        capsys, "session", "extend", "RC-01", "0", "--server", "http://x", "--user", "u"
    )
    assert code == 2 and "between 1 and 600" in err


def test_session_list_needs_an_existing_database(tmp_path: Path, capsys: Capture) -> None:
    code, _, err = run(capsys, "session", "list", "--db", str(tmp_path / "missing.db"))
    assert code == 2
    assert "no database at" in err
    assert not (tmp_path / "missing.db").exists()


def test_password_without_terminal_or_environment_is_a_clear_error(
    capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("EPN_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, _, err = run(
        capsys, "session", "end", "LK-01", "--server", "http://127.0.0.1:9", "--user", "x"
    )
    assert code == 2
    assert "set EPN_PASSWORD" in err


def test_unreachable_server_is_a_clear_error(
    capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EPN_PASSWORD", "whatever-password")
    port = free_port()
    code, _, err = run(
        capsys,
        "session",
        "extend",
        "LK-01",
        "5",
        "--server",
        f"http://127.0.0.1:{port}",
        "--user",
        "x",
    )
    assert code == 1
    assert err.startswith("epn: cannot reach the server")
    assert "Traceback" not in err


def test_enroll_code_for_a_site_needs_count_and_days(with_site: str, capsys: Capture) -> None:
    db = with_site
    code, out, _ = run(
        capsys,
        "station",
        "enroll-code",
        "--site",
        "EPN Laeken",
        "--count",
        "12",
        "--days",
        "7",
        "--db",
        db,
    )
    assert code == 0 and "for 12 new stations of 'EPN Laeken'" in out
    assert len(out.strip().splitlines()[-1]) == 8
    code, _, err = run(capsys, "station", "enroll-code", "--site", "EPN Laeken", "--db", db)
    assert code != 0 and "--count and --days" in err
    code, _, err = run(
        capsys,
        "station",
        "enroll-code",
        "LK-01",
        "--site",
        "EPN Laeken",
        "--count",
        "3",
        "--db",
        db,
    )
    assert code != 0 and "single-use" in err
    code, _, err = run(
        capsys,
        "station",
        "enroll-code",
        "--site",
        "EPN Laeken",
        "--count",
        "0",
        "--days",
        "7",
        "--db",
        db,
    )
    assert code != 0 and "count must be 1 to 1000" in err


def test_enroll_code_for_a_site_with_a_name_pattern(with_site: str, capsys: Capture) -> None:
    db = with_site
    site = ["station", "enroll-code", "--site", "EPN Laeken", "--db", db]
    code, out, _ = run(capsys, *site, "--count", "12", "--days", "7", "--name-pattern", "LK-##")
    assert code == 0 and "for 12 new stations of 'EPN Laeken', named LK-##" in out
    code, _, err = run(capsys, *site, "--count", "12", "--days", "7", "--name-pattern", "LK-#")
    assert code == 1 and "the pattern 'LK-#' names at most 9 stations: add a '#'" in err
    code, _, err = run(capsys, *site, "--count", "2", "--days", "7", "--name-pattern", "LK")
    assert code == 1 and "one run of 1 to 4 '#'" in err
    code, _, err = run(
        capsys, "station", "enroll-code", "LK-01", "--name-pattern", "LK-##", "--db", db
    )
    assert code == 2 and "--name-pattern are for a site's code" in err


def test_enroll_codes_refuses_a_name_given_twice_and_makes_none(
    with_site: str, tmp_path: Path, capsys: Capture
) -> None:
    names = tmp_path / "names.txt"
    names.write_text("LK-01\nLK-02\nLK-01\n", encoding="utf-8")
    code, out, err = run(
        capsys,
        "station",
        "enroll-codes",
        "--site",
        "EPN Laeken",
        "--csv",
        str(names),
        "--db",
        with_site,
    )
    assert code != 0 and "given twice: LK-01" in err and out == ""
    with sqlite3.connect(with_site) as db:
        assert db.execute("SELECT COUNT(*) FROM stations").fetchone()[0] == 0
