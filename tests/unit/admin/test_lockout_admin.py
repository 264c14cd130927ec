"""Staff see and clear the limits on failed sign-ins: scoped, masked, audited; and the CLI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from admin.cli import app as cli
from admin.core.actors import StaffMember, StationIdentity
from admin.core.errors import Refused
from admin.db.store import Store
from admin.lockouts.review import Lockouts
from admin.services import Service
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.reports import LockoutKind
from tests.helpers.clock import FakeClock

PIN, PASSWORD = "4321", "correct horse"
NORTH, SOUTH = "EPN Nord", "EPN Sud"
CARD = "2000123456781234"

Capture = pytest.CaptureFixture[str]


def refusal(call: Any, *args: Any) -> Refused:
    with pytest.raises(Refused) as info:
        call(*args)
    return info.value


@pytest.fixture
def world(service: Service) -> dict[str, Any]:
    """Two sites with a station each; nina is staff of the north, boss an admin; a card
    guessed on the north station, another on the south one, a console login hammered."""
    directory = service.directory
    for site in (NORTH, SOUTH):
        directory.add_site(site)
    north = service.stations.authenticate(directory.add_station("N-01", NORTH).token)
    south = service.stations.authenticate(directory.add_station("S-01", SOUTH).token)
    directory.add_visitor(CARD, pin=PIN)
    directory.add_visitor("3000999988887777", pin=PIN)
    directory.add_staff("nina", PASSWORD, role="staff", sites=[NORTH])
    directory.add_staff("boss", PASSWORD, role="admin")
    nina = service.staff.authenticate(service.staff.login("nina", PASSWORD).token)
    boss = service.staff.authenticate(service.staff.login("boss", PASSWORD).token)
    for _ in range(5):
        refusal(service.stations.sign_in, north, CARD, "0000")
    for _ in range(5):
        refusal(service.stations.sign_in, south, "3000999988887777", "0000")
    for _ in range(5):
        refusal(service.staff.login, "nina", "guess", "198.51.100.7")
    return {"north": north, "south": south, "nina": nina, "boss": boss}


def kinds(listing: list[Any]) -> set[tuple[str, str | None, str | None]]:
    return {(x.kind.value, x.card, x.station) for x in listing}


def test_staff_see_their_sites_and_the_cards_admins_see_all(
    fresh_store: Store, clock: FakeClock, world: dict[str, Any]
) -> None:
    lockouts = Lockouts(fresh_store, clock)
    nina: StaffMember = world["nina"]
    assert kinds(lockouts.list(nina)) == {
        ("visitor_pin", "••••1234", "N-01"),
        ("visitor_card", "••••1234", None),
        ("visitor_card", "••••7777", None),
    }
    every = lockouts.list(world["boss"])
    assert {x.kind for x in every} == {
        LockoutKind.VISITOR_PIN,
        LockoutKind.VISITOR_CARD,
        LockoutKind.STAFF_LOGIN,
    }
    [login] = [x for x in every if x.kind == LockoutKind.STAFF_LOGIN]
    assert (login.account, login.address, login.failures) == ("nina", "198.51.100.7", 5)
    assert login.retry_after_seconds == 30
    assert CARD not in repr(every)


def test_only_the_limits_making_someone_wait_unless_all(
    fresh_store: Store, clock: FakeClock, world: dict[str, Any]
) -> None:
    lockouts = Lockouts(fresh_store, clock)
    boss = world["boss"]
    assert all(x.retry_after_seconds > 0 for x in lockouts.list(boss))
    every = lockouts.list(boss, every=True)
    assert {x.kind for x in every} >= {LockoutKind.STATION_PROBE, LockoutKind.STAFF_ADDRESS}
    clock.advance(minutes=16)
    assert lockouts.list(boss) == []


def test_clearing_lets_the_card_in_and_is_audited(
    service: Service, fresh_store: Store, clock: FakeClock, world: dict[str, Any]
) -> None:
    lockouts = Lockouts(fresh_store, clock)
    north: StationIdentity = world["north"]
    nina: StaffMember = world["nina"]
    assert refusal(service.stations.sign_in, north, CARD, PIN).code == ErrorCode.LOCKED_OUT
    for lockout in lockouts.list(nina):
        if lockout.card == "••••1234":
            lockouts.clear(nina, lockout.id)
    assert service.stations.sign_in(north, CARD, PIN).granted_seconds > 0
    audit = fresh_store.read(
        lambda db: list(db.query("SELECT * FROM audit WHERE action = 'lockout.clear'"))
    )
    assert len(audit) == 2 and all(row["staff_id"] == nina.id for row in audit)
    assert {json.loads(row["before"])["kind"] for row in audit} == {"visitor_pin", "visitor_card"}
    assert {json.loads(row["before"])["card"] for row in audit} == {"••••1234"}
    assert CARD not in repr(audit)


def test_a_limit_not_yours_is_not_found(
    fresh_store: Store, clock: FakeClock, world: dict[str, Any]
) -> None:
    lockouts = Lockouts(fresh_store, clock)
    nina = world["nina"]
    login = next(x for x in lockouts.list(world["boss"]) if x.kind == LockoutKind.STAFF_LOGIN)
    assert refusal(lockouts.clear, nina, login.id).code == ErrorCode.NOT_FOUND
    assert refusal(lockouts.clear, nina, 9999).code == ErrorCode.NOT_FOUND
    assert lockouts.clear(world["boss"], login.id).account == "nina"


# --- epn lockout ---------------------------------------------------------------------------


def run(capsys: Capture, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_lists_and_clears(db_path: Path, world: dict[str, Any], capsys: Capture) -> None:
    db = str(db_path)
    # the CLI reads the machine's clock, long past the fake one: every counter, with --all
    code, out, err = run(capsys, "lockout", "list", "--all", "--db", db)
    assert code == 0 and err == ""
    assert "card ••••1234 at station N-01" in out and "account nina from 198.51.100.7" in out
    assert CARD not in out
    code, out, _ = run(capsys, "lockout", "list", "--all", "--json", "--db", db)
    entries = json.loads(out)
    first = entries[0]["id"]
    code, out, err = run(capsys, "lockout", "clear", str(first), "--db", db)
    assert code == 0 and f"lockout {first} cleared" in out
    code, _, err = run(capsys, "lockout", "clear", str(first), "--db", db)
    assert code == 1 and f"no lockout {first}" in err
    code, _, err = run(capsys, "lockout", "clear", "0", "--db", db)
    assert code == 2 and "positive" in err
    code, out, _ = run(capsys, "lockout", "--help")
    assert code == 0 and "list" in out and "clear" in out
