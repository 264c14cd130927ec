"""Every CLI command that writes checks its values as the API does, and takes no secret as an
argument: bad values give one line and a non-zero exit, and leave the database as it was."""

from __future__ import annotations

import io
import sqlite3
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path
from typing import NamedTuple

import pytest

from admin.cli import app as cli
from admin.core.security import verify_secret
from admin.db.store import Store
from admin.services import Service
from admin.sites.settings import SiteService
from kiosk.protocol.limits import MAX_SITE_DATES
from kiosk.protocol.sites import ClosedDate, SiteHours

Capture = pytest.CaptureFixture[str]
SITE = "EPN Laeken"
CARD = "2100001"


class _Terminal(io.StringIO):
    """Standard input that says it is a terminal, so the CLI may prompt."""

    def isatty(self) -> bool:
        return True


def run(capsys: Capture, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def dump(db: str) -> list[str]:
    with closing(sqlite3.connect(db)) as conn:
        return list(conn.iterdump())


class World(NamedTuple):
    db: str
    token: str  # of the station LK-01


@pytest.fixture
def world(tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch) -> World:
    """A site, its station, a visitor of category adult, an app, a profile and an admin."""
    path = str(tmp_path / "epn.db")
    monkeypatch.setenv(cli.PASSWORD_ENV, "bibliotheque")
    token = ""
    for argv in (
        ["site", "add", SITE],
        ["station", "add", "LK-01", "--site", SITE],
        ["visitor", "add", CARD, "--category", "adult"],
        ["app", "add", "firefox", "--name-fr", "Firefox", "--linux", "firefox"],
        ["profile", "add", "Web", "--app", "firefox"],
        ["staff", "add", "boss", "--role", "admin"],
    ):
        code, out, err = run(capsys, *argv, "--db", path)
        assert code == 0, err
        token = token or (out.splitlines()[-1] if argv[0] == "station" else "")
    monkeypatch.delenv(cli.PASSWORD_ENV)
    return World(path, token)


@pytest.fixture
def db(world: World) -> str:
    return world.db


def sign_in(world: World) -> int:
    """The adult visitor signs in at LK-01 as the station would ask: the granted seconds."""
    with Store(world.db) as store:
        service = Service(store)
        station = service.stations.authenticate(world.token)
        return service.stations.sign_in(station, CARD, None).granted_seconds


@pytest.mark.parametrize("option", ["--session", "--daily", "--weekly"])
@pytest.mark.parametrize("where", [[], ["--site", SITE]])
def test_policy_set_refuses_minutes_past_the_api_limits(
    world: World, capsys: Capture, option: str, where: list[str]
) -> None:
    db = world.db
    limits = {"--session": "60", "--daily": "120", "--weekly": "600"}
    limits[option] = "1000000000000"
    argv = ["policy", "set", "adult", *(x for pair in limits.items() for x in pair), *where]
    before = dump(db)
    code, out, err = run(capsys, *argv, "--db", db)
    assert code == 2 and out == ""
    assert err.startswith(f"epn policy set: {option}: ") and "less than or equal to" in err
    assert len(err.strip().splitlines()) == 1
    assert dump(db) == before
    # the category's sign-ins still work (they answered 500 after such a value was stored)
    assert sign_in(world) == 60 * 60


THIRTEEN = ",".join(f"{hour:02d}:00-{hour:02d}:30" for hour in range(8, 21))
APPS_201 = [f"app{n}" for n in range(201)]


@pytest.mark.parametrize(
    ("argv", "exit_code", "message"),
    [
        # city-wide and site rows of a category that does not exist
        (
            ["policy", "set", "martian", "--session", "60", "--daily", "60", "--weekly", "60"],
            1,
            "unknown category 'martian'",
        ),
        (
            [
                "policy",
                "set",
                "martian",
                "--session",
                "60",
                "--daily",
                "60",
                "--weekly",
                "60",
                "--site",
                SITE,
            ],
            1,
            "unknown category 'martian'",
        ),
        # a traceback before: the API's limits of a schedule were not checked
        (
            ["site", "hours", SITE, "--day", "mon", "--set", THIRTEEN],
            1,
            "weekly.mon: list should have at most 12 items",
        ),
        (
            ["site", "open-exception", SITE, "2030-01-02", "--set", THIRTEEN],
            1,
            "hours: list should have at most 12 items",
        ),
        (
            ["site", "close", SITE, "2030-01-01", "--reason", "x" * 201],
            1,
            "reason: at most 200 characters",
        ),
        # more apps than the API takes in one request
        (
            ["profile", "add", "Many", *(x for app in APPS_201 for x in ("--app", app))],
            2,
            "--app: list should have at most 200 items",
        ),
        (
            ["profile", "apps", "Web", *(x for app in APPS_201 for x in ("--add", app))],
            2,
            "--add: list should have at most 200 items",
        ),
        (
            ["station", "restrict", "LK-01", "--allow", *APPS_201],
            2,
            "--allow: list should have at most 200 items",
        ),
    ],
)
def test_values_the_api_refuses_are_refused(
    world: World, capsys: Capture, argv: list[str], exit_code: int, message: str
) -> None:
    before = dump(world.db)
    code, out, err = run(capsys, *argv, "--db", world.db)
    assert (code, out) == (exit_code, "")
    assert message in err and err.startswith("epn") and len(err.strip().splitlines()) == 1
    assert dump(world.db) == before


def test_one_closed_date_past_the_api_limit_is_refused(world: World, capsys: Capture) -> None:
    with Store(world.db) as store:
        days = [date(2030, 1, 1) + timedelta(days=n) for n in range(MAX_SITE_DATES)]
        SiteService(store).put_hours(
            None, SITE, SiteHours(closed=[ClosedDate(date=d.isoformat()) for d in days])
        )
    before = dump(world.db)
    code, _, err = run(capsys, "site", "close", SITE, "2035-01-01", "--db", world.db)
    assert code == 1 and f"closed: list should have at most {MAX_SITE_DATES} items" in err
    assert dump(world.db) == before
    # the schedule is still readable (a 1001st date made every read of it fail)
    assert run(capsys, "site", "show", SITE, "--db", world.db)[0] == 0


@pytest.mark.parametrize(
    "command", [["staff", "add", "new", "--role", "admin"], ["staff", "passwd", "boss"]]
)
def test_a_password_the_api_could_never_accept_is_refused(
    world: World, capsys: Capture, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, "x" * 257)  # logins take at most 256 characters
    before = dump(world.db)
    code, _, err = run(capsys, *command, "--db", world.db)
    assert code == 2 and "password: string should have at most 256 characters" in err
    assert "x" * 257 not in err
    assert dump(world.db) == before


# --- secrets ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "instead"),
    [
        (["visitor", "add", "2100002", "--pin", "4321"], "set $EPN_PIN, or give --ask-pin"),
        (["visitor", "add", "2100002", "--pin=4321"], "set $EPN_PIN, or give --ask-pin"),
        (["visitor", "set-pin", CARD, "--pin", "4321"], "set $EPN_PIN, or type it when asked"),
        (["staff", "add", "new", "--role", "admin", "--password", "4321-4321"], "EPN_PASSWORD"),
        (["staff", "passwd", "boss", "--password", "4321-4321"], "set $EPN_PASSWORD"),
    ],
)
def test_a_secret_given_as_an_argument_is_refused(
    world: World, capsys: Capture, argv: list[str], instead: str
) -> None:
    before = dump(world.db)
    code, out, err = run(capsys, *argv, "--db", world.db)
    assert (code, out) == (2, "")
    assert "is refused" in err and "shell history" in err and instead in err
    assert "4321" not in err and len(err.strip().splitlines()) == 1
    assert dump(world.db) == before


@pytest.mark.parametrize("verb", [["extend", "LK-01", "10"], ["end", "LK-01"]])
def test_a_password_argument_is_refused_before_any_connection(
    capsys: Capture, verb: list[str]
) -> None:
    argv = ["session", *verb, "--server", "http://127.0.0.1:9", "--user", "boss"]
    code, _, err = run(capsys, *argv, "--password", "bibliotheque")
    assert code == 2 and "--password is refused" in err and "EPN_PASSWORD" in err


def test_the_pin_from_epn_pin(
    world: World, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EPN_PIN", "4321")
    assert run(capsys, "visitor", "add", "2100002", "--db", world.db)[0] == 0
    with closing(sqlite3.connect(world.db)) as conn:
        stored = conn.execute("SELECT pin_hash FROM visitors WHERE identifier = '2100002'")
        assert verify_secret(stored.fetchone()[0], "4321")
    with Store(world.db) as store:
        station = Service(store).stations.authenticate(world.token)
        assert Service(store).stations.sign_in(station, "2100002", "4321").granted_seconds > 0


def test_the_pin_typed_after_ask_pin(
    world: World, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("EPN_PIN", raising=False)
    code, _, err = run(capsys, "visitor", "add", "2100002", "--ask-pin", "--db", world.db)
    assert code == 2 and "no terminal to ask the PIN on: set EPN_PIN" in err
    answers = iter(["2580", "2580"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    monkeypatch.setattr("sys.stdin", _Terminal())
    assert run(capsys, "visitor", "add", "2100002", "--ask-pin", "--db", world.db)[0] == 0
    with closing(sqlite3.connect(world.db)) as conn:
        stored = conn.execute("SELECT pin_hash FROM visitors WHERE identifier = '2100002'")
        assert verify_secret(stored.fetchone()[0], "2580")
    # without EPN_PIN nor --ask-pin: no PIN, as before
    assert run(capsys, "visitor", "add", "2100003", "--db", world.db)[0] == 0
    with closing(sqlite3.connect(world.db)) as conn:
        stored = conn.execute("SELECT pin_hash FROM visitors WHERE identifier = '2100003'")
        assert stored.fetchone()[0] is None
