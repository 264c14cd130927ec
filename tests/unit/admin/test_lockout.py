"""Limits on failed sign-ins: visitor PINs per card and station, staff logins per address."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from admin.core.actors import StationIdentity
from admin.core.errors import Refused
from admin.db.store import Store
from admin.lockouts.limits import DEFAULT_RULES, LockKind, Lockout, LockRule, mask_card
from admin.services import Service
from admin.stations.link import StationService
from kiosk.protocol.errors import ErrorCode
from tests.helpers.clock import FakeClock

PIN = "4321"
PASSWORD = "correct horse"
DESK, HALL = "192.0.2.10", "198.51.100.7"


def station(service: Service, name: str = "RC-01", site: str = "EPN Test") -> StationIdentity:
    return service.stations.authenticate(service.directory.add_station(name, site).token)


def refusal(call: Any, *args: Any) -> Refused:
    with pytest.raises(Refused) as info:
        call(*args)
    return info.value


def end_session(service: Service, session_id: str) -> None:
    service.store.write(
        lambda db: db.execute("UPDATE sessions SET state = 'ended' WHERE id = ?", [session_id])
    )


# --- the rules ---------------------------------------------------------------------------


def test_default_rules_are_the_documented_numbers() -> None:
    minute, hour = timedelta(minutes=1), timedelta(hours=1)
    documented = {
        LockKind.VISITOR_PIN: LockRule(4, 15 * minute, 15 * minute, hour),
        LockKind.VISITOR_CARD: LockRule(4, timedelta(seconds=15), 5 * minute, hour),
        LockKind.STATION_PROBE: LockRule(19, 5 * minute, 5 * minute, 15 * minute),
        LockKind.STAFF_LOGIN: LockRule(4, timedelta(seconds=30), 15 * minute, hour),
        LockKind.STAFF_ADDRESS: LockRule(19, minute, 15 * minute, hour),
        LockKind.STATION_STAFF: LockRule(4, timedelta(seconds=30), 15 * minute, hour),
        LockKind.ENROLMENT: LockRule(4, timedelta(seconds=30), 15 * minute, hour),
    }
    assert documented == DEFAULT_RULES


def test_the_wait_is_free_then_doubles_up_to_its_cap() -> None:
    rule = DEFAULT_RULES[LockKind.VISITOR_CARD]
    waits = [rule.wait(n).total_seconds() for n in range(1, 11)]
    assert waits == [0, 0, 0, 0, 15, 30, 60, 120, 240, 300]
    assert rule.wait(10_000) == timedelta(minutes=5)


def test_cards_are_masked_for_staff() -> None:
    assert mask_card("2000123456781234") == "••••1234"
    assert mask_card("1001") == "••••01"
    assert mask_card("ab") == "••••"


# --- visitor PINs --------------------------------------------------------------------------


def test_five_wrong_pins_lock_the_card_on_that_station_for_15_minutes(
    service: Service, site: str, clock: FakeClock
) -> None:
    rc01 = station(service)
    service.directory.add_visitor("1001", pin=PIN)
    for _ in range(5):
        assert refusal(service.stations.sign_in, rc01, "1001", "0000").code == (
            ErrorCode.BAD_CREDENTIALS
        )
    locked = refusal(service.stations.sign_in, rc01, "1001", PIN)  # even the right PIN
    assert locked.code == ErrorCode.LOCKED_OUT
    assert locked.details == {"retry_after_seconds": 15 * 60}
    clock.advance(minutes=10)
    assert refusal(service.stations.sign_in, rc01, "1001", PIN).details == {
        "retry_after_seconds": 5 * 60
    }
    clock.advance(minutes=5)
    assert service.stations.sign_in(rc01, "1001", PIN).granted_seconds > 0


def test_each_wrong_pin_says_how_many_tries_are_left_before_the_lock(
    service: Service, site: str
) -> None:
    """Before: a wrong PIN said nothing of the lock coming; the right sixth PIN was refused."""
    rc01 = station(service)
    service.directory.add_visitor("1001", pin=PIN)
    details = [refusal(service.stations.sign_in, rc01, "1001", "0000").details for _ in range(5)]
    assert [d["tries_left"] for d in details] == [4, 3, 2, 1, 0]
    assert all(d["lock_seconds"] == 15 * 60 for d in details)
    assert "retry_after_seconds" not in details[3]
    assert details[4]["retry_after_seconds"] == 15 * 60  # the fifth says the card is now blocked


def test_wrong_pins_on_one_station_only_slow_the_owner_briefly_on_another(
    service: Service, site: str, clock: FakeClock
) -> None:
    """Before: five wrong PINs anywhere locked the card everywhere for 15 minutes."""
    rc01, desk = station(service, "RC-01"), station(service, "DESK-PC")
    service.directory.add_visitor("1001", pin=PIN)
    for _ in range(5):
        refusal(service.stations.sign_in, rc01, "1001", "0000")
    slowed = refusal(service.stations.sign_in, desk, "1001", PIN)
    assert slowed.code == ErrorCode.LOCKED_OUT
    assert slowed.details == {"retry_after_seconds": 15}
    clock.advance(seconds=15)
    assert service.stations.sign_in(desk, "1001", PIN).granted_seconds > 0
    # the owner's success clears the card's slowing; the station it was guessed on stays locked
    assert refusal(service.stations.sign_in, rc01, "1001", PIN).code == ErrorCode.LOCKED_OUT


def test_across_stations_a_card_is_slowed_never_blocked_for_long(
    service: Service, site: str, clock: FakeClock
) -> None:
    service.directory.add_visitor("1001", pin=PIN)
    stations = [station(service, f"RC-{n:02d}") for n in range(12)]
    waits = []
    for rc in stations:  # a guesser going from station to station, as fast as allowed
        error = refusal(service.stations.sign_in, rc, "1001", "0000")
        if error.code == ErrorCode.LOCKED_OUT:
            waits.append(error.details["retry_after_seconds"])
            clock.advance(seconds=error.details["retry_after_seconds"])
            assert refusal(service.stations.sign_in, rc, "1001", "0000").code == (
                ErrorCode.BAD_CREDENTIALS
            )
    assert waits == [15, 30, 60, 120, 240, 300, 300]
    last = stations[-1]
    clock.advance(minutes=5)  # the longest the owner ever waits at a fresh station
    assert service.stations.sign_in(station(service, "DESK-PC"), "1001", PIN).granted_seconds
    assert last.enabled


def test_unknown_card_wrong_pin_and_disabled_card_get_the_same_answers(
    service: Service, site: str
) -> None:
    """Before: UNKNOWN_IDENTIFIER told a stranger which card numbers do not exist."""
    rc01 = station(service)
    service.directory.add_visitor("2001", pin=PIN)
    service.directory.add_visitor("2002", pin=PIN, enabled=False)
    answers = []
    for card in ("2000", "2001", "2002"):  # unknown, known, disabled
        asked = refusal(service.stations.sign_in, rc01, card, None)
        wrong = [refusal(service.stations.sign_in, rc01, card, "0000") for _ in range(5)]
        locked = refusal(service.stations.sign_in, rc01, card, "0000")
        answers.append(
            [(e.code, e.message, e.details) for e in (asked, *wrong, locked)],
        )
    assert answers[0] == answers[1] == answers[2]
    assert [code for code, _, _ in answers[0]] == [
        ErrorCode.PIN_REQUIRED,
        *[ErrorCode.BAD_CREDENTIALS] * 5,
        ErrorCode.LOCKED_OUT,
    ]


def test_a_disabled_card_says_so_once_its_pin_is_right(service: Service, site: str) -> None:
    rc01 = station(service)
    service.directory.add_visitor("2002", pin=PIN, enabled=False)
    assert refusal(service.stations.sign_in, rc01, "2002", PIN).code == ErrorCode.ACCOUNT_DISABLED


def test_success_resets_the_counters(service: Service, site: str) -> None:
    rc01 = station(service)
    service.directory.add_visitor("1001", pin=PIN)
    for _ in range(4):
        refusal(service.stations.sign_in, rc01, "1001", "0000")
    grant = service.stations.sign_in(rc01, "1001", PIN)
    end_session(service, grant.session_id)
    for _ in range(4):  # four more: would have slowed the card without the reset
        assert refusal(service.stations.sign_in, rc01, "1001", "0000").code == (
            ErrorCode.BAD_CREDENTIALS
        )
    assert service.stations.sign_in(rc01, "1001", PIN).visitor.identifier == "1001"


def test_failures_are_forgotten_after_a_quiet_hour(
    service: Service, site: str, clock: FakeClock
) -> None:
    rc01 = station(service)
    service.directory.add_visitor("1001", pin=PIN)
    for _ in range(4):
        refusal(service.stations.sign_in, rc01, "1001", "0000")
    clock.advance(hours=1)
    for _ in range(4):
        assert refusal(service.stations.sign_in, rc01, "1001", "0000").code == (
            ErrorCode.BAD_CREDENTIALS
        )


def test_asking_for_the_pin_is_not_a_pin_failure(service: Service, site: str) -> None:
    rc01 = station(service)
    service.directory.add_visitor("1001", pin=PIN)
    for _ in range(8):
        assert refusal(service.stations.sign_in, rc01, "1001", None).code == ErrorCode.PIN_REQUIRED
    assert service.stations.sign_in(rc01, "1001", PIN).granted_seconds > 0


def test_unknown_cards_lock_the_station_briefly(
    service: Service, site: str, clock: FakeClock
) -> None:
    rc01, rc02 = station(service, "RC-01"), station(service, "RC-02")
    service.directory.add_visitor("1001")
    for n in range(20):
        assert refusal(service.stations.sign_in, rc01, f"9{n:04d}", None).code == (
            ErrorCode.PIN_REQUIRED
        )
    locked = refusal(service.stations.sign_in, rc01, "1001", None)  # a real card too
    assert locked.code == ErrorCode.LOCKED_OUT
    assert locked.details == {"retry_after_seconds": 5 * 60}
    assert service.stations.sign_in(rc02, "1001", None).granted_seconds > 0  # others unaffected
    clock.advance(minutes=5)
    assert refusal(service.stations.sign_in, rc01, "90000", None).code == ErrorCode.PIN_REQUIRED


def test_the_station_cap_counts_known_and_unknown_cards_alike(service: Service, site: str) -> None:
    """Which answer locks the station must not tell which cards exist."""
    rc01 = station(service)
    service.directory.add_visitor("1001", pin=PIN)
    for n in range(19):
        card = "1001" if n % 2 else f"9{n:04d}"
        refusal(service.stations.sign_in, rc01, card, None)
    refusal(service.stations.sign_in, rc01, "1001", None)  # the 20th: a known card
    assert refusal(service.stations.sign_in, rc01, "9999", None).code == ErrorCode.LOCKED_OUT


def test_a_few_mistyped_cards_never_lock(service: Service, site: str) -> None:
    rc01 = station(service)
    service.directory.add_visitor("1001")
    for n in range(10):
        refusal(service.stations.sign_in, rc01, f"9{n}", None)
    assert service.stations.sign_in(rc01, "1001", None).granted_seconds > 0


def test_rules_are_configurable(
    fresh_store: Store, clock: FakeClock, service: Service, site: str
) -> None:
    rc01 = station(service)
    service.directory.add_visitor("1001", pin=PIN)
    strict = Lockout(
        fresh_store,
        clock,
        {LockKind.VISITOR_PIN: LockRule(1, timedelta(seconds=30), timedelta(minutes=1), _hour())},
    )
    stations = StationService(fresh_store, clock, lockout=strict)
    for _ in range(2):
        refusal(stations.sign_in, rc01, "1001", "0000")
    assert refusal(stations.sign_in, rc01, "1001", PIN).details == {"retry_after_seconds": 30}


def _hour() -> timedelta:
    return timedelta(hours=1)


def test_limits_survive_a_new_service_on_the_same_database(db_path: Path, clock: FakeClock) -> None:
    with Store(db_path) as store:
        service = Service(store, clock=clock)
        service.directory.add_site("EPN Test")
        rc01 = station(service)
        service.directory.add_visitor("1001", pin=PIN)
        service.directory.add_staff("ana", PASSWORD, role="admin")
        for _ in range(5):
            refusal(service.stations.sign_in, rc01, "1001", "0000")
            refusal(service.staff.login, "ana", "wrong password", HALL)
    with Store(db_path) as store:  # the server restarted
        again = Service(store, clock=clock)
        assert refusal(again.stations.sign_in, rc01, "1001", PIN).code == ErrorCode.LOCKED_OUT
        assert refusal(again.staff.login, "ana", PASSWORD, HALL).code == ErrorCode.LOCKED_OUT


# --- staff logins --------------------------------------------------------------------------


def test_failures_from_another_address_never_hold_the_owner_back(
    service: Service, site: str, clock: FakeClock
) -> None:
    """Before: five wrong passwords from anywhere locked the account everywhere."""
    service.directory.add_staff("ana", PASSWORD, role="admin")
    for _ in range(5):
        assert refusal(service.staff.login, "ana", "wrong password", HALL).code == (
            ErrorCode.BAD_LOGIN
        )
    held = refusal(service.staff.login, "ana", PASSWORD, HALL)
    assert held.code == ErrorCode.LOCKED_OUT
    assert held.details == {"retry_after_seconds": 30}
    assert service.staff.login("ana", PASSWORD, DESK).staff.username == "ana"


def test_staff_login_waits_double_up_to_15_minutes(
    service: Service, site: str, clock: FakeClock
) -> None:
    service.directory.add_staff("ana", PASSWORD, role="admin")
    for _ in range(5):
        refusal(service.staff.login, "ana", "wrong password", HALL)
    waits = []
    for _ in range(7):
        wait = refusal(service.staff.login, "ana", PASSWORD, HALL).details["retry_after_seconds"]
        waits.append(wait)
        clock.advance(seconds=wait)
        refusal(service.staff.login, "ana", "wrong password", HALL)
    assert waits == [30, 60, 120, 240, 480, 900, 900]
    clock.advance(minutes=15)
    assert service.staff.login("ana", PASSWORD, HALL).token


def test_one_address_trying_many_accounts_is_slowed(service: Service, site: str) -> None:
    service.directory.add_staff("ana", PASSWORD, role="admin")
    for n in range(20):
        assert refusal(service.staff.login, f"user{n}", PASSWORD, HALL).code == ErrorCode.BAD_LOGIN
    held = refusal(service.staff.login, "ana", PASSWORD, HALL)
    assert held.code == ErrorCode.LOCKED_OUT and held.details == {"retry_after_seconds": 60}
    assert service.staff.login("ana", PASSWORD, DESK).token


def test_unknown_usernames_are_counted_and_answered_alike(service: Service, site: str) -> None:
    service.directory.add_staff("ana", PASSWORD, role="admin")
    for _ in range(5):
        assert refusal(service.staff.login, "nobody", PASSWORD, HALL).code == ErrorCode.BAD_LOGIN
    unknown = refusal(service.staff.login, "nobody", PASSWORD, HALL)
    for _ in range(5):
        refusal(service.staff.login, "ana", "wrong password", DESK)
    known = refusal(service.staff.login, "ana", PASSWORD, DESK)
    assert unknown.code == known.code == ErrorCode.LOCKED_OUT
    assert unknown.message == known.message and unknown.details == known.details


def test_staff_login_success_resets_the_counter(service: Service, site: str) -> None:
    service.directory.add_staff("ana", PASSWORD, role="admin")
    for _ in range(4):
        refusal(service.staff.login, "ana", "wrong password", DESK)
    service.staff.login("ana", PASSWORD, DESK)
    for _ in range(4):
        refusal(service.staff.login, "ana", "wrong password", DESK)
    assert service.staff.login("ana", PASSWORD, DESK).token


def test_no_identifier_or_username_is_stored(service: Service, site: str) -> None:
    rc01 = station(service)
    service.directory.add_visitor("20001001", pin=PIN)
    refusal(service.stations.sign_in, rc01, "20001001", "0000")
    refusal(service.staff.login, "nobody-here", PASSWORD, HALL)
    rows = service.store.read(lambda db: list(db["lockouts"].rows))
    assert {row["kind"] for row in rows} == {
        "visitor_pin",
        "visitor_card",
        "station_probe",
        "staff_login",
        "staff_address",
    }
    text = repr(rows)
    assert "20001001" not in text and "nobody-here" not in text
    assert {row["hint"] for row in rows if row["kind"].startswith("visitor")} == {"••••1001"}


def test_no_identifier_or_username_is_logged(
    service: Service, site: str, caplog: pytest.LogCaptureFixture
) -> None:
    rc01 = station(service)
    service.directory.add_visitor("20001001", pin=PIN)
    with caplog.at_level("DEBUG"):
        for _ in range(6):
            refusal(service.stations.sign_in, rc01, "20001001", "0000")
            refusal(service.stations.sign_in, rc01, "20009999", "0000")
            refusal(service.staff.login, "nobody-here", PASSWORD, HALL)
    assert "locked" in caplog.text or "next attempt" in caplog.text
    assert "2000" not in caplog.text and "nobody-here" not in caplog.text
