"""``epn workshop …``: the same service as the API, messages and exit codes.

The CLI runs on the real clock: the first date is a week ahead at 14:00 in the site's zone,
at a site open around the clock (no hours), so the calendar and the machine's zone do not
matter.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from admin.cli import app as cli

Capture = pytest.CaptureFixture[str]
SITE = "EPN Laeken"


def run(capsys: Capture, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch) -> str:
    path = str(tmp_path / "epn.db")
    assert run(capsys, "site", "add", SITE, "--db", path)[0] == 0
    for name in ("RC-01", "RC-02"):
        assert run(capsys, "station", "add", name, "--site", SITE, "--db", path)[0] == 0
    for card in ("ann", "bob", "cid"):
        assert run(capsys, "visitor", "add", card, "--db", path)[0] == 0
    monkeypatch.setenv("EPN_PASSWORD", "animateur-pass")
    assert (
        run(capsys, "staff", "add", "anim", "--role", "staff", "--site", SITE, "--db", path)[0] == 0
    )
    return path


def first_date() -> str:
    day = datetime.now(ZoneInfo("Europe/Brussels")).date() + timedelta(days=7)
    return f"{day.isoformat()} 14:00"


def add(capsys: Capture, db: str, *extra: str) -> tuple[int, str, str]:
    return run(
        capsys,
        "workshop", "add", "--site", SITE, "--kind", "initiation", "--title-fr", "Mon CV",
        "--theme", "job-search", "--animateur", "anim", "--capacity", "1",
        "--station", "RC-01", "--from", first_date(), "--minutes", "90", "--db", db, *extra,
    )  # fmt: skip


def test_a_workshop_from_the_command_line(capsys: Capture, db: str) -> None:
    code, out, _ = add(capsys, db, "--weeks", "2", "--walk-ins", "--code", "cv2025")
    assert code == 0 and "workshop 1: « Mon CV »" in out and "code CV2025" in out
    assert out.count("RC-01") == 2 and "14:00 to 15:30" in out

    code, out, _ = run(capsys, "workshop", "list", "--json", "--db", db)
    [listed] = json.loads(out)
    assert code == 0 and listed["id"] == 1 and len(listed["dates"]) == 2

    assert (
        run(capsys, "workshop", "register", "1", "--visitor", "ann", "--db", db)[1].split()[1]
        == "registered"
    )
    code, out, _ = run(capsys, "workshop", "register", "1", "--visitor", "bob", "--db", db)
    assert code == 0 and "waitlisted" in out and "place 1" in out
    code, _, err = run(capsys, "workshop", "register", "1", "--visitor", "ann", "--db", db)
    assert code == 1 and "registered already" in err
    code, out, _ = run(
        capsys, "workshop", "register", "1", "--name", "Zoé", "--age-band", "60-69",
        "--commune", "jette", "--db", db,
    )  # fmt: skip
    assert code == 0 and "Zoé" in out

    assert run(capsys, "workshop", "cancel", "1", "--registration", "1", "--db", db)[0] == 0
    code, out, _ = run(capsys, "workshop", "registrations", "1", "--json", "--db", db)
    assert [(r["visitor"] or r["name"], r["state"]) for r in json.loads(out)] == [
        ("bob", "registered"),
        ("Zoé", "waitlisted"),
    ]
    code, _, err = run(
        capsys, "workshop", "attend", "1", "--date", "1", "--registration", "2", "--db", db
    )
    assert code == 1 and "has not started" in err
    code, out, _ = run(capsys, "workshop", "attendance", "1", "--db", db)
    assert code == 0 and "bob" in out

    code, out, _ = run(capsys, "workshop", "cancel", "1", "--db", db)
    assert code == 0 and "cancelled" in out


def test_bad_workshop_input_is_refused(capsys: Capture, db: str) -> None:
    code, _, err = add(capsys, db, "--kind", "party")
    assert code == 2 and "--kind" in err
    code, _, err = run(
        capsys, "workshop", "add", "--site", SITE, "--kind", "course", "--title-nl", "Cv",
        "--theme", "web", "--animateur", "anim", "--capacity", "2", "--from", first_date(),
        "--minutes", "60", "--db", db,
    )  # fmt: skip
    assert code == 1 and "site's language (fr)" in err
    code, _, err = add(capsys, db, "--theme", "cooking")
    assert code == 1 and "no theme 'cooking'" in err
    code, _, err = add(capsys, db, "--code", "ABCD")
    assert code == 2 and "walk_ins" in err
    code, out, _ = run(capsys, "workshop", "list", "--db", db)
    assert out.strip() == "no workshops"
    code, _, err = run(capsys, "workshop", "register", "1", "--db", db)
    assert code == 2 and "--visitor" in err


def test_themes_and_the_no_show_rule(capsys: Capture, db: str) -> None:
    code, out, _ = run(capsys, "workshop", "themes", "--json", "--db", db)
    assert code == 0 and "security" in [t["code"] for t in json.loads(out)]
    code, _, _ = run(capsys, "workshop", "theme-set", "cooking", "--fr", "Cuisine", "--db", db)
    assert code == 0
    assert add(capsys, db, "--theme", "cooking")[0] == 0
    code, _, err = run(capsys, "workshop", "theme-remove", "cooking", "--db", db)
    assert code == 1 and "1 workshops have the theme" in err
    code, out, _ = run(capsys, "workshop", "no-show-rule", "--site", SITE, "--db", db)
    assert "off" in out
    code, out, _ = run(
        capsys, "workshop", "no-show-rule", "--site", SITE, "--limit", "3", "--pause", "30",
        "--db", db,
    )  # fmt: skip
    assert code == 0 and "after 3 no-shows within 90 days" in out
    code, _, err = run(
        capsys, "workshop", "no-show-rule", "--site", SITE, "--limit", "0", "--db", db
    )
    assert code == 2 and "--limit" in err
