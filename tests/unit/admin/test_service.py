from __future__ import annotations

import json
import uuid
from typing import Any

import pytest

from admin.core.actors import StaffMember, StationIdentity
from admin.core.errors import Duplicate, Refused
from admin.core.timeutil import to_iso
from admin.rules import grant as grant_rule
from admin.services import Service
from admin.sessions import reconcile
from kiosk.protocol.commands import CommandKind, CommandRequest
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.limits import OFFLINE_AFTER_SECONDS
from kiosk.protocol.room import StationState
from kiosk.protocol.station import EndReason, Event, EventKind
from tests.helpers.clock import FakeClock

PASSWORD = "correct horse"


def station(service: Service, name: str = "RC-01", site: str = "EPN Test") -> StationIdentity:
    token = service.directory.add_station(name, site).token
    return service.stations.authenticate(token)


def seen(service: Service, identity: StationIdentity) -> None:
    """The station calls in again (a heartbeat or a poll): its last_seen_at moves to now."""
    service.store.write(
        lambda db: db.execute(
            "UPDATE stations SET last_seen_at = ? WHERE id = ?",
            [to_iso(service.clock()), identity.id],
        )
    )


def event(kind: EventKind, seq: int = 1, **fields: Any) -> Event:
    return Event(event_id=str(uuid.uuid4()), seq=seq, kind=kind, at="2025-03-10T09:00:00", **fields)


def session_row(service: Service, session_id: str) -> dict[str, Any]:
    return service.store.read(
        lambda db: next(db.query("SELECT * FROM sessions WHERE id = ?", [session_id]))
    )


def member(service: Service, username: str = "admin", **kwargs: Any) -> StaffMember:
    kwargs.setdefault("role", "admin")
    service.directory.add_staff(username, PASSWORD, **kwargs)
    return service.staff.authenticate(service.staff.login(username, PASSWORD).token)


def refused(code: ErrorCode) -> Any:
    return pytest.raises(Refused, match=code.value)


# --- stations ----------------------------------------------------------------------------


def test_unknown_station_token_is_refused(service: Service, site: str) -> None:
    with refused(ErrorCode.UNAUTHENTICATED):
        service.stations.authenticate("not-a-token")


def test_authenticate_records_last_seen_and_coming_online(
    service: Service, site: str, clock: FakeClock
) -> None:
    token = service.directory.add_station("RC-01", site).token
    first = service.stations.authenticate(token)
    assert first.came_online and first.name == "RC-01" and first.site_name == site
    assert not service.stations.authenticate(token).came_online
    clock.advance(OFFLINE_AFTER_SECONDS + 1)
    assert service.stations.authenticate(token).came_online


# --- sign-in -----------------------------------------------------------------------------


def test_sign_in_grants_the_default_session(service: Service, site: str) -> None:
    rc01 = station(service)
    service.directory.add_visitor("2100001234", display_name="Fatima")
    grant = service.stations.sign_in(rc01, "2100001234", None)
    assert grant.granted_seconds == 3600
    assert grant.visitor.display_name == "Fatima"
    row = session_row(service, grant.session_id)
    assert row["state"] == "active" and row["station_id"] == rc01.id
    assert row["remaining_seconds"] == 3600


def test_a_sign_in_reads_limits_and_usage_once(
    service: Service, site: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The grant of a new session and the allowance the station caches come from one reading."""
    calls = {"usage": 0, "allowances": 0}
    read_usage, count_terms = reconcile.with_possible_use, grant_rule.allowances

    def counted_usage(*args: Any) -> Any:
        calls["usage"] += 1
        return read_usage(*args)

    def counted_terms(*args: Any) -> Any:
        calls["allowances"] += 1
        return count_terms(*args)

    monkeypatch.setattr(reconcile, "with_possible_use", counted_usage)
    monkeypatch.setattr(grant_rule, "allowances", counted_terms)
    rc01 = station(service)
    service.directory.add_visitor("card")
    granted = service.stations.sign_in(rc01, "card", None)
    assert (granted.granted_seconds, granted.allowance_seconds) == (3600, 7200)
    assert calls == {"usage": 1, "allowances": 1}


def test_sign_in_uses_the_category_policy(service: Service, site: str) -> None:
    service.directory.set_policy("youth", session_minutes=45, daily_minutes=90, weekly_minutes=300)
    service.directory.add_visitor("kid", category="youth")
    assert service.stations.sign_in(station(service), "kid", None).granted_seconds == 45 * 60


@pytest.mark.parametrize(
    ("pin", "code"),
    [
        (None, ErrorCode.PIN_REQUIRED),
        ("", ErrorCode.PIN_REQUIRED),
        ("9999", ErrorCode.BAD_CREDENTIALS),
    ],
)
def test_pin_refusals(service: Service, site: str, pin: str | None, code: ErrorCode) -> None:
    service.directory.add_visitor("card", pin="1234")
    with refused(code):
        service.stations.sign_in(station(service), "card", pin)


def test_right_pin_signs_in(service: Service, site: str) -> None:
    service.directory.add_visitor("card", pin="1234")
    assert service.stations.sign_in(station(service), "card", "1234").granted_seconds > 0


def test_sign_in_refusals(service: Service, site: str) -> None:
    rc01 = station(service)
    with refused(ErrorCode.PIN_REQUIRED):  # an unknown card is answered like one with a PIN
        service.stations.sign_in(rc01, "nobody", None)
    service.directory.add_visitor("off", enabled=False)
    with refused(ErrorCode.ACCOUNT_DISABLED):
        service.stations.sign_in(rc01, "off", None)
    service.directory.add_visitor("ok")
    token = service.directory.add_station("RC-02", site).token
    service.directory.set_station_enabled("RC-02", False)
    disabled = service.stations.authenticate(token)
    assert not disabled.enabled
    with refused(ErrorCode.STATION_DISABLED):
        service.stations.sign_in(disabled, "ok", None)


def test_signed_in_elsewhere_while_the_other_station_is_online(service: Service, site: str) -> None:
    rc01, rc02 = station(service, "RC-01"), station(service, "RC-02")
    service.directory.add_visitor("card")
    service.stations.sign_in(rc01, "card", None)
    with pytest.raises(Refused) as info:
        service.stations.sign_in(rc02, "card", None)
    assert info.value.code == ErrorCode.SIGNED_IN_ELSEWHERE
    assert info.value.details == {"station": "RC-01", "silent": False}


def test_a_silent_station_keeps_its_visitor_from_signing_in_elsewhere(
    service: Service, site: str, clock: FakeClock
) -> None:
    rc01, rc02 = station(service, "RC-01"), station(service, "RC-02")
    service.directory.add_visitor("card")
    first = service.stations.sign_in(rc01, "card", None)
    clock.advance(60)
    service.stations.apply_events(
        rc01,
        [
            event(
                EventKind.HEARTBEAT,
                session_id=first.session_id,
                used_seconds=60,
                remaining_seconds=3540,
            )
        ],
    )
    clock.advance(OFFLINE_AFTER_SECONDS + 5)  # RC-01 goes silent: its session may still run
    seen(service, rc02)
    with pytest.raises(Refused) as info:
        service.stations.sign_in(rc02, "card", None)
    assert info.value.code == ErrorCode.SIGNED_IN_ELSEWHERE
    assert info.value.details == {"station": "RC-01", "silent": True}
    assert session_row(service, first.session_id)["state"] == "active"  # nothing closed


def test_station_that_lost_its_session_closes_it_at_the_next_sign_in(
    service: Service, site: str, clock: FakeClock
) -> None:
    rc01 = station(service)
    service.directory.add_visitor("a")
    service.directory.add_visitor("b")
    lost = service.stations.sign_in(rc01, "a", None)
    clock.advance(120)
    service.stations.sign_in(rc01, "b", None)
    row = session_row(service, lost.session_id)
    assert row["state"] == "ended" and row["ended_at"] == row["started_at"]


def test_no_time_left_once_the_day_is_used(service: Service, site: str, clock: FakeClock) -> None:
    rc01 = station(service)
    service.directory.add_visitor("card")
    grant = service.stations.sign_in(rc01, "card", None)
    clock.advance(3600)
    service.stations.apply_events(
        rc01,
        [
            event(
                EventKind.SESSION_ENDED,
                session_id=grant.session_id,
                used_seconds=3600,
                reason=EndReason.TIME_UP,
            )
        ],
    )
    second = service.stations.sign_in(rc01, "card", None)
    assert second.granted_seconds == 3600
    clock.advance(3600 - 30)
    service.stations.apply_events(
        rc01,
        [
            event(
                EventKind.SESSION_ENDED,
                session_id=second.session_id,
                used_seconds=3600 - 30,
                reason=EndReason.VISITOR,
            )
        ],
    )
    with pytest.raises(Refused) as info:
        service.stations.sign_in(rc01, "card", None)
    assert info.value.code == ErrorCode.NO_TIME_LEFT
    assert info.value.details["allowances"]["daily"] == 30
    clock.advance(hours=24)  # a new day, same week
    seen(service, rc01)
    assert service.stations.sign_in(rc01, "card", None).granted_seconds == 3600


# --- events ------------------------------------------------------------------------------


def test_events_are_applied_exactly_once(service: Service, site: str) -> None:
    rc01 = station(service)
    service.directory.add_visitor("card")
    grant = service.stations.sign_in(rc01, "card", None)
    batch = [
        event(
            EventKind.HEARTBEAT,
            1,
            session_id=grant.session_id,
            used_seconds=100,
            remaining_seconds=3500,
        ),
        event(
            EventKind.SESSION_ENDED,
            2,
            session_id=grant.session_id,
            used_seconds=130,
            reason=EndReason.VISITOR,
        ),
    ]
    first = service.stations.apply_events(rc01, batch)
    again = service.stations.apply_events(rc01, batch)
    assert first.accepted == again.accepted == [e.event_id for e in batch]
    assert first.changed and not again.changed
    row = session_row(service, grant.session_id)
    assert row["state"] == "ended" and row["used_seconds"] == 130
    assert row["end_reason"] == "visitor"
    count = service.store.read(lambda db: db["events"].count)
    assert count == 2


def test_events_of_another_station_do_not_touch_the_session(service: Service, site: str) -> None:
    rc01, rc02 = station(service, "RC-01"), station(service, "RC-02")
    service.directory.add_visitor("card")
    grant = service.stations.sign_in(rc01, "card", None)
    service.stations.apply_events(
        rc02,
        [
            event(
                EventKind.SESSION_ENDED,
                session_id=grant.session_id,
                used_seconds=5,
                reason=EndReason.VISITOR,
            )
        ],
    )
    assert session_row(service, grant.session_id)["state"] == "active"


# --- staff -------------------------------------------------------------------------------


def test_login_and_token_expiry(service: Service, site: str, clock: FakeClock) -> None:
    service.directory.add_staff("ana", PASSWORD, role="staff", sites=[site])
    login = service.staff.login("ana", PASSWORD)
    assert login.staff.role == "staff" and len(login.staff.site_ids) == 1
    assert service.staff.authenticate(login.token).username == "ana"
    stored = service.store.read(lambda db: [r["token_hash"] for r in db["staff_tokens"].rows])
    assert login.token not in stored
    clock.advance(hours=8, seconds=1)
    with refused(ErrorCode.TOKEN_EXPIRED):
        service.staff.authenticate(login.token)
    with refused(ErrorCode.UNAUTHENTICATED):
        service.staff.authenticate("made-up")


def test_bad_login_says_the_same_for_user_and_password(service: Service, site: str) -> None:
    service.directory.add_staff("ana", PASSWORD, role="admin")
    messages = []
    for username, password in [("ana", "wrong password"), ("nobody", PASSWORD)]:
        with pytest.raises(Refused) as info:
            service.staff.login(username, password)
        assert info.value.code == ErrorCode.BAD_LOGIN
        messages.append(info.value.message)
    assert messages[0] == messages[1]


def test_command_needs_an_active_session(service: Service, site: str) -> None:
    station(service)
    admin = member(service)
    with refused(ErrorCode.NO_ACTIVE_SESSION):
        service.staff.create_command(admin, "RC-01", CommandRequest(kind=CommandKind.END))
    with refused(ErrorCode.NOT_FOUND):
        service.staff.create_command(admin, "RC-99", CommandRequest(kind=CommandKind.END))


def test_staff_acts_only_on_their_sites(service: Service, site: str) -> None:
    service.directory.add_site("BruSurf")
    rc01 = station(service)
    service.directory.add_visitor("card")
    service.stations.sign_in(rc01, "card", None)
    other = member(service, "bru", role="staff", sites=["BruSurf"])
    with refused(ErrorCode.NOT_FOUND):  # another site's station: as a missing one
        service.staff.create_command(
            other, "RC-01", CommandRequest(kind=CommandKind.EXTEND, minutes=10)
        )
    assert service.staff.stations(other) == []
    assert service.staff.sessions(other) == []
    local = member(service, "rc", role="staff", sites=[site])
    assert [s.name for s in service.staff.stations(local)] == ["RC-01"]


def test_command_lifecycle_is_audited_and_applied(
    service: Service, site: str, clock: FakeClock
) -> None:
    rc01 = station(service)
    service.directory.add_visitor("card")
    grant = service.stations.sign_in(rc01, "card", None)
    admin = member(service)
    extend = service.staff.create_command(
        admin, "RC-01", CommandRequest(kind=CommandKind.EXTEND, minutes=15)
    )
    assert extend.status == "pending" and extend.minutes == 15
    end = service.staff.create_command(
        admin, "RC-01", CommandRequest(kind=CommandKind.END, minutes=5)
    )
    assert end.minutes is None
    assert [c.id for c in service.stations.pending_commands(rc01.id, 0)] == [extend.id, end.id]
    assert [c.id for c in service.stations.pending_commands(rc01.id, extend.id)] == [end.id]
    audit = service.store.read(
        lambda db: list(db.query("SELECT * FROM audit WHERE action LIKE 'command.%' ORDER BY id"))
    )
    assert [a["action"] for a in audit] == ["command.extend", "command.end"]
    assert audit[0]["staff_id"] == admin.id
    assert json.loads(audit[0]["before"])["seconds_left"] == 3600
    assert json.loads(audit[0]["after"]) == {"command_id": extend.id, "minutes": 15}

    clock.advance(10)
    applied = event(
        EventKind.COMMAND_APPLIED,
        command_id=extend.id,
        session_id=grant.session_id,
        remaining_seconds=3590 + 900,
        ok=True,
    )
    assert service.stations.apply_events(rc01, [applied]).changed
    service.stations.apply_events(rc01, [applied])  # a replay adds nothing
    row = session_row(service, grant.session_id)
    assert row["remaining_seconds"] == 4490 and row["granted_seconds"] == 4500
    assert [c.id for c in service.stations.pending_commands(rc01.id, 0)] == [end.id]
    failed = event(EventKind.COMMAND_APPLIED, command_id=end.id, ok=False)
    service.stations.apply_events(rc01, [failed])
    status = service.store.read(
        lambda db: next(db.query("SELECT status FROM commands WHERE id = ?", [end.id]))
    )
    assert status["status"] == "failed"


def test_extend_needs_minutes(service: Service, site: str) -> None:
    with refused(ErrorCode.INVALID_REQUEST):
        service.staff.create_command(
            member(service), "RC-01", CommandRequest(kind=CommandKind.EXTEND, minutes=None)
        )


def test_station_states_and_estimated_time_left(
    service: Service, site: str, clock: FakeClock
) -> None:
    rc01, rc02 = station(service, "RC-01"), station(service, "RC-02")
    service.directory.add_station("RC-03", site)  # never seen
    service.directory.add_visitor("card", display_name="Jan")
    grant = service.stations.sign_in(rc01, "card", None)
    clock.advance(100)
    seen(service, rc01)
    seen(service, rc02)
    admin = member(service)
    service.staff.create_command(admin, "RC-01", CommandRequest(kind=CommandKind.EXTEND, minutes=5))
    by_name = {s.name: s for s in service.staff.stations(admin)}
    assert by_name["RC-01"].state == StationState.IN_USE
    assert by_name["RC-01"].session_id == grant.session_id
    assert by_name["RC-01"].visitor_identifier == "card"
    assert by_name["RC-01"].visitor_name == "Jan"
    assert by_name["RC-01"].seconds_left == 3500
    assert by_name["RC-01"].pending_commands == 1
    assert by_name["RC-02"].state == StationState.FREE and by_name["RC-02"].seconds_left is None
    assert by_name["RC-03"].state == StationState.OFFLINE
    clock.advance(OFFLINE_AFTER_SECONDS + 1)
    assert {s.state for s in service.staff.stations(admin)} == {StationState.OFFLINE}


def test_sessions_list_active_first(service: Service, site: str, clock: FakeClock) -> None:
    rc01, rc02 = station(service, "RC-01"), station(service, "RC-02")
    for card in ("a", "b"):
        service.directory.add_visitor(card)
    done = service.stations.sign_in(rc01, "a", None)
    service.stations.apply_events(
        rc01,
        [
            event(
                EventKind.SESSION_ENDED,
                session_id=done.session_id,
                used_seconds=42,
                reason=EndReason.VISITOR,
            )
        ],
    )
    clock.advance(5)
    service.stations.sign_in(rc02, "b", None)
    clock.advance(5)
    rows = service.staff.sessions(None)
    assert [(r.station, r.state) for r in rows] == [("RC-02", "active"), ("RC-01", "ended")]
    assert rows[0].seconds_left == 3595 and rows[1].used_seconds == 42
    assert [r.state for r in service.staff.sessions(None, "ended")] == ["ended"]


# --- directory ---------------------------------------------------------------------------


def test_duplicates_are_refused(service: Service, site: str) -> None:
    with pytest.raises(Duplicate):
        service.directory.add_site(site)
    station(service)
    with pytest.raises(Duplicate):
        service.directory.add_station("RC-01", site)
    service.directory.add_visitor("card")
    with pytest.raises(Duplicate):
        service.directory.add_visitor("card")


def test_a_failed_write_leaves_nothing_behind(service: Service, site: str) -> None:
    with refused(ErrorCode.NOT_FOUND):
        service.directory.add_staff("ana", PASSWORD, role="staff", sites=[site, "Nowhere"])
    assert service.store.read(lambda db: db["staff"].count) == 0
    assert service.store.read(lambda db: db["staff_sites"].count) == 0


@pytest.mark.parametrize("kwargs", [{"role": "staff"}, {"role": "admin", "password": "short"}])
def test_invalid_staff_accounts(service: Service, site: str, kwargs: dict[str, Any]) -> None:
    password = kwargs.pop("password", PASSWORD)
    with refused(ErrorCode.INVALID_REQUEST):
        service.directory.add_staff("ana", password, **kwargs)


def test_directory_changes_are_audited(service: Service, site: str) -> None:
    station(service)
    actions = service.store.read(lambda db: [r["action"] for r in db["audit"].rows])
    assert actions == ["site.add", "station.add"]
