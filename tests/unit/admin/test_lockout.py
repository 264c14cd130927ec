"""Failed-attempt counting and lockout: visitor PINs, unknown identifiers, staff logins."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from admin.errors import Refused
from admin.lockout import DEFAULT_RULES, LockKind, Lockout, LockRule
from admin.service import Service, StationIdentity
from admin.station_service import StationService
from admin.store import Store
from kiosk.protocol import ErrorCode
from tests.helpers.clock import FakeClock

PIN = "4321"
PASSWORD = "correct horse"


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


def test_default_rules_are_the_documented_numbers() -> None:
    assert DEFAULT_RULES[LockKind.VISITOR] == LockRule(
        5, timedelta(minutes=15), timedelta(minutes=15)
    )
    assert DEFAULT_RULES[LockKind.STAFF].max_failures == 5
    assert DEFAULT_RULES[LockKind.STATION].max_failures == 20


def test_five_wrong_pins_lock_the_identifier_for_15_minutes(
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
    locked = refusal(service.stations.sign_in, rc01, "1001", PIN)
    assert locked.details == {"retry_after_seconds": 5 * 60}
    clock.advance(minutes=5)
    assert service.stations.sign_in(rc01, "1001", PIN).granted_seconds > 0


def test_the_lock_is_per_identifier(service: Service, site: str) -> None:
    rc01 = station(service)
    service.directory.add_visitor("1001", pin=PIN)
    service.directory.add_visitor("1002", pin=PIN)
    for _ in range(5):
        refusal(service.stations.sign_in, rc01, "1001", "0000")
    assert refusal(service.stations.sign_in, rc01, "1001", PIN).code == ErrorCode.LOCKED_OUT
    assert service.stations.sign_in(rc01, "1002", PIN).visitor.identifier == "1002"


def test_success_resets_the_counter(service: Service, site: str) -> None:
    rc01 = station(service)
    service.directory.add_visitor("1001", pin=PIN)
    for _ in range(4):
        refusal(service.stations.sign_in, rc01, "1001", "0000")
    grant = service.stations.sign_in(rc01, "1001", PIN)
    end_session(service, grant.session_id)
    for _ in range(4):  # four more: would have locked without the reset
        assert refusal(service.stations.sign_in, rc01, "1001", "0000").code == (
            ErrorCode.BAD_CREDENTIALS
        )
    assert service.stations.sign_in(rc01, "1001", PIN).visitor.identifier == "1001"


def test_failures_outside_the_window_do_not_add_up(
    service: Service, site: str, clock: FakeClock
) -> None:
    rc01 = station(service)
    service.directory.add_visitor("1001", pin=PIN)
    for _ in range(4):
        refusal(service.stations.sign_in, rc01, "1001", "0000")
    clock.advance(minutes=15)
    for _ in range(4):
        assert refusal(service.stations.sign_in, rc01, "1001", "0000").code == (
            ErrorCode.BAD_CREDENTIALS
        )


def test_missing_pin_is_not_a_failure(service: Service, site: str) -> None:
    rc01 = station(service)
    service.directory.add_visitor("1001", pin=PIN)
    for _ in range(8):
        assert refusal(service.stations.sign_in, rc01, "1001", None).code == ErrorCode.PIN_REQUIRED
    assert service.stations.sign_in(rc01, "1001", PIN).granted_seconds > 0


def test_unknown_identifiers_lock_the_station_briefly(
    service: Service, site: str, clock: FakeClock
) -> None:
    rc01, rc02 = station(service, "RC-01"), station(service, "RC-02")
    service.directory.add_visitor("1001")
    for n in range(20):
        assert refusal(service.stations.sign_in, rc01, f"9{n:04d}", None).code == (
            ErrorCode.UNKNOWN_IDENTIFIER
        )
    locked = refusal(service.stations.sign_in, rc01, "1001", None)  # a real card too
    assert locked.code == ErrorCode.LOCKED_OUT
    assert locked.details == {"retry_after_seconds": 5 * 60}
    assert service.stations.sign_in(rc02, "1001", None).granted_seconds > 0  # others unaffected
    clock.advance(minutes=5)
    assert refusal(service.stations.sign_in, rc01, "90000", None).code == (
        ErrorCode.UNKNOWN_IDENTIFIER
    )


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
        {LockKind.VISITOR: LockRule(2, timedelta(minutes=1), timedelta(seconds=30))},
    )
    stations = StationService(fresh_store, clock, lockout=strict)
    for _ in range(2):
        refusal(stations.sign_in, rc01, "1001", "0000")
    assert refusal(stations.sign_in, rc01, "1001", PIN).details == {"retry_after_seconds": 30}


def test_lockout_survives_a_new_service_on_the_same_database(
    db_path: Path, clock: FakeClock
) -> None:
    with Store(db_path) as store:
        service = Service(store, clock=clock)
        service.directory.add_site("EPN Test")
        rc01 = station(service)
        service.directory.add_visitor("1001", pin=PIN)
        service.directory.add_staff("ana", PASSWORD, role="admin")
        for _ in range(5):
            refusal(service.stations.sign_in, rc01, "1001", "0000")
            refusal(service.staff.login, "ana", "wrong password")
    with Store(db_path) as store:  # the server restarted
        again = Service(store, clock=clock)
        assert refusal(again.stations.sign_in, rc01, "1001", PIN).code == ErrorCode.LOCKED_OUT
        assert refusal(again.staff.login, "ana", PASSWORD).code == ErrorCode.LOCKED_OUT


def test_staff_login_lockout(service: Service, site: str, clock: FakeClock) -> None:
    service.directory.add_staff("ana", PASSWORD, role="admin")
    for _ in range(5):
        assert refusal(service.staff.login, "ana", "wrong password").code == ErrorCode.BAD_LOGIN
    locked = refusal(service.staff.login, "ana", PASSWORD)
    assert locked.code == ErrorCode.LOCKED_OUT
    assert locked.details == {"retry_after_seconds": 15 * 60}
    clock.advance(minutes=15)
    assert service.staff.login("ana", PASSWORD).staff.username == "ana"


def test_unknown_usernames_are_counted_and_answered_alike(service: Service, site: str) -> None:
    service.directory.add_staff("ana", PASSWORD, role="admin")
    for _ in range(5):
        assert refusal(service.staff.login, "nobody", PASSWORD).code == ErrorCode.BAD_LOGIN
    unknown = refusal(service.staff.login, "nobody", PASSWORD)
    for _ in range(5):
        refusal(service.staff.login, "ana", "wrong password")
    known = refusal(service.staff.login, "ana", PASSWORD)
    assert unknown.code == known.code == ErrorCode.LOCKED_OUT
    assert unknown.message == known.message and unknown.details == known.details


def test_staff_login_success_resets_the_counter(service: Service, site: str) -> None:
    service.directory.add_staff("ana", PASSWORD, role="admin")
    for _ in range(4):
        refusal(service.staff.login, "ana", "wrong password")
    service.staff.login("ana", PASSWORD)
    for _ in range(4):
        refusal(service.staff.login, "ana", "wrong password")
    assert service.staff.login("ana", PASSWORD).token


def test_no_identifier_or_username_is_stored(service: Service, site: str) -> None:
    rc01 = station(service)
    service.directory.add_visitor("1001", pin=PIN)
    refusal(service.stations.sign_in, rc01, "1001", "0000")
    refusal(service.staff.login, "nobody-here", PASSWORD)
    keys = service.store.read(lambda db: [r["key"] for r in db["lockouts"].rows])
    assert len(keys) == 2
    assert not any("1001" in key or "nobody-here" in key for key in keys)
