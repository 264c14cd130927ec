"""``epn booking …`` and ``epn queue …``: the same service as the API, messages and exit codes.

The CLI runs on the real clock: times are given with their offset, a day ahead, at a site
open around the clock (no hours), so the calendar and the machine's zone do not matter.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from admin.cli import app as cli

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
    for name in ("RC-01", "RC-02"):
        assert run(capsys, "station", "add", name, "--site", SITE, "--db", path)[0] == 0
    for card in ("ann", "bob"):
        assert run(capsys, "visitor", "add", card, "--db", path)[0] == 0
    return path


def ahead(hours: int) -> str:
    tomorrow = datetime.now(UTC).replace(minute=0, second=0, microsecond=0) + timedelta(days=1)
    return (tomorrow + timedelta(hours=hours)).isoformat()


def test_commands_have_help(capsys: Capture) -> None:
    for argv in (
        ["booking", "add"],
        ["booking", "list"],
        ["booking", "cancel"],
        ["queue", "take"],
        ["queue", "list"],
        ["queue", "call"],
        ["queue", "cancel"],
        ["queue", "serve"],
    ):
        code, out, _ = run(capsys, *argv, "--help")
        assert code == 0 and "usage: epn" in out


def test_book_list_and_cancel(capsys: Capture, db: str) -> None:
    code, out, _ = run(
        capsys,
        "booking",
        "add",
        "--site",
        SITE,
        "--station",
        "RC-01",
        "--from",
        ahead(0),
        "--to",
        ahead(2),
        "--visitor",
        "ann",
        "--db",
        db,
    )
    assert code == 0 and "visitor ann" in out
    code, out, err = run(
        capsys,
        "booking",
        "add",
        "--site",
        SITE,
        "--station",
        "RC-01",
        "--from",
        ahead(1),
        "--to",
        ahead(3),
        "--visitor",
        "bob",
        "--db",
        db,
    )
    assert code == 1 and "RC-01 is held then already" in err
    code, out, _ = run(
        capsys,
        "booking",
        "add",
        "--site",
        SITE,
        "--count",
        "1",
        "--group",
        "5e B",
        "--new-code",
        "--from",
        ahead(0),
        "--to",
        ahead(1),
        "--db",
        db,
    )
    assert code == 0 and "RC-02" in out and "« 5e B » code" in out
    code, out, _ = run(capsys, "booking", "list", "--json", "--db", db)
    listed = json.loads(out)
    assert [(h["station"], h["kind"]) for h in listed] == [("RC-01", "visitor"), ("RC-02", "group")]
    code, out, _ = run(capsys, "booking", "cancel", str(listed[0]["id"]), "--db", db)
    assert code == 0 and "cancelled" in out
    code, _, err = run(capsys, "booking", "cancel", str(listed[0]["id"]), "--db", db)
    assert code == 1 and "over" in err


def test_bad_booking_input_is_refused(capsys: Capture, db: str) -> None:
    code, _, err = run(
        capsys,
        "booking",
        "add",
        "--site",
        SITE,
        "--station",
        "RC-01",
        "--from",
        ahead(2),
        "--to",
        ahead(1),
        "--visitor",
        "ann",
        "--db",
        db,
    )
    assert code == 1 and "the end is not after the start" in err
    code, _, err = run(
        capsys,
        "booking",
        "add",
        "--site",
        SITE,
        "--station",
        "RC-01",
        "--from",
        "soon",
        "--to",
        ahead(1),
        "--visitor",
        "ann",
        "--db",
        db,
    )
    assert code == 2 and "--from" in err
    code, _, err = run(
        capsys,
        "booking",
        "add",
        "--site",
        SITE,
        "--count",
        "1",
        "--group",
        "x",
        "--code",
        "no!",
        "--from",
        ahead(0),
        "--to",
        ahead(1),
        "--db",
        db,
    )
    assert code == 2 and "--code" in err


def test_queue_take_list_and_cancel(capsys: Capture, db: str) -> None:
    code, out, _ = run(capsys, "queue", "take", "--site", SITE, "--visitor", "ann", "--db", db)
    assert code == 0 and "number 1" in out and "waiting" in out  # no PC online to call her to
    code, _, err = run(capsys, "queue", "take", "--site", SITE, "--visitor", "ann", "--db", db)
    assert code == 1 and "number 1 already" in err
    run(capsys, "queue", "take", "--site", SITE, "--name", "Ben", "--db", db)
    code, out, _ = run(capsys, "queue", "list", "--json", "--db", db)
    [queue] = json.loads(out)
    assert [(t["number"], t["position"]) for t in queue["tickets"]] == [(1, 1), (2, 2)]
    code, _, err = run(capsys, "queue", "call", str(queue["tickets"][0]["id"]), "--db", db)
    assert code == 1 and "no station is free" in err
    code, out, _ = run(capsys, "queue", "cancel", str(queue["tickets"][0]["id"]), "--db", db)
    assert code == 0 and "cancelled" in out
    # Ben was helped at the desk: his number leaves the line
    code, out, _ = run(capsys, "queue", "serve", str(queue["tickets"][1]["id"]), "--db", db)
    assert code == 0 and "served" in out
    code, out, _ = run(capsys, "queue", "list", "--json", "--db", db)
    assert all(not q["tickets"] for q in json.loads(out))
    code, _, err = run(capsys, "queue", "serve", str(queue["tickets"][1]["id"]), "--db", db)
    assert code == 1 and err  # served already: refused with its message
