"""``epn site …`` and ``epn policy set``: hours, closed dates, texts and limits from the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from admin.cli import app as cli
from admin.db.store import Store
from admin.sites.settings import SiteService

Capture = pytest.CaptureFixture[str]
SITE = "EPN Laeken"


def run(capsys: Capture, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path, capsys: Capture) -> str:
    path = str(tmp_path / "epn.db")
    assert run(capsys, "site", "add", SITE, "--db", path)[0] == 0
    return path


def shown(capsys: Capture, db: str) -> dict[str, object]:
    code, out, _ = run(capsys, "site", "show", SITE, "--json", "--db", db)
    assert code == 0
    result: dict[str, object] = json.loads(out)
    return result


def test_commands_are_registered() -> None:
    parser = cli.build_parser()
    for argv in (
        ["site", "list", "--db", "x"],
        ["site", "show", "S", "--db", "x"],
        ["site", "hours", "S", "--day", "mon", "--set", "closed", "--db", "x"],
        ["site", "close", "S", "2025-01-01", "--db", "x"],
        ["site", "open-exception", "S", "2025-01-01", "--set", "10:00-12:00", "--db", "x"],
        ["site", "message", "S", "--lang", "fr", "t", "--db", "x"],
        ["site", "charter", "S", "--lang", "nl", "--file", "f", "--db", "x"],
        ["policy", "set", "*", "--session", "1", "--daily", "1", "--weekly", "1", "--db", "x"],
    ):
        assert parser.parse_args(argv).handler is not None


def test_hours_close_and_exception(capsys: Capture, db: str) -> None:
    code, out, _ = run(
        capsys,
        "site",
        "hours",
        SITE,
        "--day",
        "mon",
        "--set",
        "13:30-18:00,09:00-12:30",
        "--db",
        db,
    )
    assert code == 0
    assert "09:00-12:30,13:30-18:00" in out
    assert run(capsys, "site", "close", SITE, "2025-12-25", "--reason", "Noël", "--db", db)[0] == 0
    code, _, _ = run(
        capsys, "site", "open-exception", SITE, "2025-12-24", "--set", "09:00-12:00", "--db", db
    )
    assert code == 0
    hours = shown(capsys, db)["hours"]
    assert hours == {
        "weekly": {"mon": ["09:00-12:30", "13:30-18:00"]},
        "closed": [{"date": "2025-12-25", "reason": "Noël"}],
        "exceptions": [{"date": "2025-12-24", "hours": ["09:00-12:00"]}],
        "accompanied": False,
    }
    assert run(capsys, "site", "accompanied", SITE, "yes", "--db", db)[0] == 0
    assert shown(capsys, db)["hours"]["accompanied"] is True
    code, out, _ = run(capsys, "site", "show", SITE, "--db", db)
    assert "mon: 09:00-12:30, 13:30-18:00" in out
    assert "tue: closed" in out
    assert "2025-12-25: closed (Noël)" in out


def test_message_and_charter(capsys: Capture, db: str, tmp_path: Path) -> None:
    assert run(capsys, "site", "message", SITE, "--lang", "fr", "Bienvenue", "--db", db)[0] == 0
    charter = tmp_path / "charte.txt"
    charter.write_text("Respectez le matériel.\nPas de nourriture.", encoding="utf-8")
    code, _, _ = run(
        capsys, "site", "charter", SITE, "--lang", "nl", "--file", str(charter), "--db", db
    )
    assert code == 0
    texts = shown(capsys, db)["texts"]
    assert texts == {
        "message": {"fr": "Bienvenue"},
        "charter": {"nl": "Respectez le matériel.\nPas de nourriture."},
        "charter_required": None,
    }


def test_charter_required_is_set_and_audited(capsys: Capture, db: str) -> None:
    for choice, stored in (("no", False), ("yes", True), ("auto", None)):
        code, out, _ = run(capsys, "site", "charter-required", SITE, choice, "--db", db)
        assert code == 0
        assert f"charter required {choice}" in out
        assert shown(capsys, db)["texts"]["charter_required"] == stored  # type: ignore[index]
    with Store(db) as store:
        rows = store.read(
            lambda d: list(d.query("SELECT after FROM audit WHERE action = 'site.texts'"))
        )
    assert [json.loads(row["after"])["charter_required"] for row in rows] == [False, True, None]


def test_list_json_and_table(capsys: Capture, db: str) -> None:
    run(capsys, "site", "add", "EPN Anneessens", "--db", db)
    run(capsys, "site", "hours", SITE, "--day", "sun", "--set", "10:00-12:00", "--db", db)
    code, out, _ = run(capsys, "site", "list", "--json", "--db", db)
    assert code == 0
    sites = json.loads(out)
    assert [s["name"] for s in sites] == ["EPN Anneessens", SITE]
    assert sites[0]["open_now"] is True  # no hours: always open
    code, out, _ = run(capsys, "site", "list", "--db", db)
    assert code == 0
    assert "EPN Anneessens" in out and "00:00-24:00" in out


def test_policy_set_city_wide_and_per_site(capsys: Capture, db: str) -> None:
    code, out, _ = run(
        capsys, "policy", "set", "youth", "--session", "45", "--daily", "90", "--weekly", "300",
        "--db", db,
    )  # fmt: skip
    assert code == 0 and "city-wide" in out
    code, _, _ = run(
        capsys, "policy", "set", "*", "--session", "20", "--daily", "60", "--weekly", "200",
        "--site", SITE, "--db", db,
    )  # fmt: skip
    assert code == 0
    with Store(db) as store:
        rows = store.read(
            lambda d: list(d.query("SELECT * FROM policies WHERE category = 'youth'"))
        )
        assert rows[0]["session_minutes"] == 45
    assert shown(capsys, db)["policies"] == {
        "*": {"session_minutes": 20, "daily_minutes": 60, "weekly_minutes": 200}
    }


def test_policy_unset_at_a_site_and_city_wide(capsys: Capture, db: str) -> None:
    run(
        capsys, "policy", "set", "youth", "--session", "45", "--daily", "90", "--weekly", "300",
        "--site", SITE, "--db", db,
    )  # fmt: skip
    code, out, _ = run(capsys, "policy", "unset", "youth", "--site", SITE, "--db", db)
    assert code == 0 and "city-wide allowances apply again" in out
    assert shown(capsys, db)["policies"] == {}
    code, _, err = run(capsys, "policy", "unset", "youth", "--site", SITE, "--db", db)
    assert code == 1 and "no allowances of its own at this site" in err
    code, _, err = run(capsys, "policy", "unset", "*", "--db", db)
    assert code == 1 and "'*' row is the default" in err
    run(
        capsys,
        "policy",
        "set",
        "youth",
        "--session",
        "1",
        "--daily",
        "2",
        "--weekly",
        "3",
        "--db",
        db,
    )
    code, out, _ = run(capsys, "policy", "unset", "youth", "--db", db)
    assert code == 0 and "'*' allowances apply" in out
    with Store(db) as store:
        assert store.read(lambda d: d["policies"].count_where("category = 'youth'")) == 0
        actions = store.read(lambda d: [r["action"] for r in d.query("SELECT action FROM audit")])
    assert actions.count("policy.remove") == 2


@pytest.mark.parametrize(
    ("argv", "expected_code"),
    [
        (["site", "hours", SITE, "--day", "mon", "--set", "9h-12h"], 2),
        (["site", "hours", SITE, "--day", "mon", "--set", "09:00-13:00,12:00-14:00"], 2),
        (["site", "hours", SITE, "--day", "xyz", "--set", "09:00-12:00"], 2),
        (["site", "close", SITE, "2025-02-30"], 2),
        (["site", "open-exception", SITE, "2025-03-01", "--set", "closed"], 2),
        (["site", "message", SITE, "--lang", "de", "Hallo"], 2),
        (["site", "charter", SITE, "--lang", "fr", "--file", "/nonexistent/charte.txt"], 2),
        (["policy", "set", "*", "--session", "-1", "--daily", "1", "--weekly", "1"], 2),
        (["site", "hours", "Nowhere", "--day", "mon", "--set", "09:00-12:00"], 1),
        (
            [
                "policy",
                "set",
                "*",
                "--session",
                "1",
                "--daily",
                "1",
                "--weekly",
                "1",
                "--site",
                "X",
            ],
            1,
        ),
        (["site", "show", "Nowhere"], 1),
    ],
)
def test_bad_input_is_one_line_and_writes_nothing(
    capsys: Capture, db: str, argv: list[str], expected_code: int
) -> None:
    code, _, err = run(capsys, *argv, "--db", db)
    assert code == expected_code
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err
    with Store(db) as store:
        assert SiteService(store).hours(None, SITE).weekly == {}


def test_missing_database_is_not_created(capsys: Capture, tmp_path: Path) -> None:
    missing = tmp_path / "nope.db"
    code, _, err = run(capsys, "site", "list", "--db", str(missing))
    assert code == 2
    assert "no database" in err
    assert not missing.exists()


def test_ready_made_messages_from_the_cli(capsys: Capture, db: str) -> None:
    code, out, _ = run(
        capsys, "site", "ready-message-add", SITE, "--fr", "On ferme", "--nl", "We sluiten",
        "--db", db,
    )  # fmt: skip
    assert code == 0 and "added" in out
    code, out, _ = run(capsys, "site", "ready-messages", SITE, "--json", "--db", db)
    stored = json.loads(out)
    (message,) = stored["messages"]
    assert stored["language"] == "fr"
    assert message["texts"] == {"fr": "On ferme", "nl": "We sluiten"}
    ident = str(message["id"])
    assert run(capsys, "site", "ready-message-edit", SITE, ident, "--en", "Closing", "--nl", "",
               "--db", db)[0] == 0  # fmt: skip
    code, out, _ = run(capsys, "site", "ready-messages", SITE, "--json", "--db", db)
    assert json.loads(out)["messages"][0]["texts"] == {"fr": "On ferme", "en": "Closing"}
    assert run(capsys, "site", "ready-message-remove", SITE, ident, "--db", db)[0] == 0
    code, out, _ = run(capsys, "site", "ready-messages", SITE, "--json", "--db", db)
    assert json.loads(out)["messages"] == []


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        # the same rules as the API: a text in the site's language, lengths, a known message
        (["ready-message-add", SITE, "--nl", "Welkom"], "site's language"),
        (["ready-message-add", SITE, "--fr", "x" * 501], "at most 500 characters"),
        (["ready-message-add", SITE, "--fr", "   "], "empty"),
        (["ready-message-edit", SITE, "99", "--fr", "Salut"], "no ready-made message 99"),
        (["ready-message-remove", SITE, "99"], "no ready-made message 99"),
    ],
)
def test_bad_ready_made_messages_are_refused(
    capsys: Capture, db: str, argv: list[str], says: str
) -> None:
    code, _, err = run(capsys, "site", *argv, "--db", db)
    assert code != 0
    assert says in err and len(err.strip().splitlines()) == 1
    code, out, _ = run(capsys, "site", "ready-messages", SITE, "--json", "--db", db)
    assert json.loads(out)["messages"] == []


def test_the_sites_language_decides_which_text_is_required(capsys: Capture, db: str) -> None:
    assert run(capsys, "site", "ready-message-language", SITE, "nl", "--db", db)[0] == 0
    assert run(capsys, "site", "ready-message-add", SITE, "--nl", "Welkom", "--db", db)[0] == 0
    # French is no longer required, but the Dutch message keeps the site from going French
    code, _, err = run(capsys, "site", "ready-message-language", SITE, "fr", "--db", db)
    assert code != 0 and "site's language (fr)" in err
