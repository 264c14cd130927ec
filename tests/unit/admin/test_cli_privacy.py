"""epn retention … and epn visitor export-data / erase on a database file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from admin.cli.app import build_parser
from admin.cli.server_config import load_server_config
from tests.unit.admin.test_cli_visitors import Capture, db, run

__all__ = ["db"]  # the fixture: two visitors, Fatima (2100001) and Jan (2100002)


def test_retention_run_prints_its_counts_and_a_dry_run_says_nothing_changed(
    db: str, tmp_path: Path, capsys: Capture
) -> None:
    config = tmp_path / "server.toml"
    config.write_text("[server]\nretention_usage_months = 6\n")
    code, out, _ = run(capsys, "retention", "run", "--dry-run", "--config", str(config), "--db", db)
    assert code == 0 and "dry run: nothing changed" in out and "sessions pseudonymised: 0" in out
    code, out, _ = run(capsys, "retention", "run", "--db", db, "--config", str(config))
    assert code == 0 and "retention applied" in out
    code, out, _ = run(capsys, "audit", "list", "--json", "--db", db)
    runs = [e for e in json.loads(out) if e["action"] == "retention.run"]
    assert len(runs) == 1 and runs[0]["after"]["settings"]["usage_months"] == 6


def test_retention_upcoming_lists_nothing_for_new_accounts(db: str, capsys: Capture) -> None:
    code, out, _ = run(capsys, "retention", "upcoming", "--db", db)
    assert (code, out.strip()) == (0, "no account to be deleted within a month")
    code, out, _ = run(capsys, "retention", "upcoming", "--json", "--db", db)
    assert json.loads(out) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--retention-usage-months", "0"], "current month"),
        (["--retention-audit-months", "-3"], "current month"),
        (["--retention-key-months", "6"], "at least usage_months"),
    ],
)
def test_bad_periods_are_refused_on_the_command_line(
    db: str, capsys: Capture, args: list[str], message: str
) -> None:
    code, _, err = run(capsys, "retention", "run", *args, "--db", db)
    assert code == 2 and message in err


def test_a_bad_period_in_the_server_config_is_refused_with_its_key(tmp_path: Path) -> None:
    config = tmp_path / "server.toml"
    config.write_text('[server]\ndb = "x.db"\nretention_usage_months = 0\n')
    with pytest.raises(ValueError, match=r"retention_usage_months.*current month"):
        load_server_config(config, build_parser().nouns.choices["server"])


def test_the_server_refuses_periods_that_contradict_each_other(
    tmp_path: Path, capsys: Capture
) -> None:
    code, _, err = run(
        capsys, "server", "--db", str(tmp_path / "x.db"), "--retention-account-months", "36"
    )
    assert code == 2 and "at most key_months" in err


def test_export_data_then_erase(db: str, tmp_path: Path, capsys: Capture) -> None:
    code, out, _ = run(capsys, "visitor", "export-data", "2100001", "--db", db)
    data = json.loads(out)
    assert code == 0 and data["visitor"]["display_name"] == "Fatima" and "Jan" not in out
    pdf = tmp_path / "data.pdf"
    code, _, err = run(
        capsys,
        "visitor",
        "export-data",
        "2100001",
        "--pdf",
        str(pdf),
        "--language",
        "nl",
        "--out",
        str(tmp_path / "data.json"),
        "--db",
        db,
    )
    assert code == 0 and pdf.read_bytes().startswith(b"%PDF") and "wrote" in err
    code, _, err = run(capsys, "visitor", "erase", "2100001", "--db", db)
    assert code == 2 and "--yes" in err
    code, out, _ = run(capsys, "visitor", "erase", "2100001", "--yes", "--db", db)
    assert code == 0 and "visitor erased (receipt" in out
    code, _, err = run(capsys, "visitor", "erase", "2100001", "--yes", "--db", db)
    assert code == 1 and "no visitor with the identifier '2100001'" in err
    code, out, _ = run(capsys, "visitor", "list", "--json", "--db", db)
    assert [v["identifier"] for v in json.loads(out)] == ["2100002"]
