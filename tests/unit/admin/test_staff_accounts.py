"""Staff accounts: password change and reset, the account list, the audit log and its scope."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from admin.core.actors import StaffMember
from admin.core.errors import Refused
from admin.reports.audit_log import AuditFilter, AuditLog, parse_moment
from admin.services import Service
from admin.staff.accounts import StaffAccounts
from kiosk.protocol.commands import CommandKind, CommandRequest
from kiosk.protocol.errors import ErrorCode
from tests.helpers.clock import FakeClock

PASSWORD = "correct horse"
NEW = "battery staple"


def login(service: Service, username: str, password: str = PASSWORD) -> tuple[StaffMember, str]:
    token = service.staff.login(username, password).token
    return service.staff.authenticate(token), token


def refusal(call: Any, *args: Any) -> Refused:
    with pytest.raises(Refused) as info:
        call(*args)
    return info.value


@pytest.fixture
def accounts(service: Service) -> StaffAccounts:
    return StaffAccounts(service.store, service.clock)


def test_change_own_password_revokes_the_other_tokens(
    service: Service, site: str, accounts: StaffAccounts
) -> None:
    service.directory.add_staff("ana", PASSWORD, role="staff", sites=[site])
    ana, current = login(service, "ana")
    _, other = login(service, "ana")
    changed = accounts.change_own(ana, PASSWORD, NEW, current)
    assert changed.tokens_revoked == 1
    assert service.staff.authenticate(current).username == "ana"
    assert refusal(service.staff.authenticate, other).code == ErrorCode.UNAUTHENTICATED
    assert refusal(service.staff.login, "ana", PASSWORD).code == ErrorCode.BAD_LOGIN
    assert service.staff.login("ana", NEW).staff.username == "ana"


def test_change_needs_the_right_old_password_and_a_long_new_one(
    service: Service, site: str, accounts: StaffAccounts
) -> None:
    service.directory.add_staff("ana", PASSWORD, role="admin")
    ana, token = login(service, "ana")
    assert refusal(accounts.change_own, ana, "not it", NEW, token).code == ErrorCode.WRONG_PASSWORD
    short = refusal(accounts.change_own, ana, PASSWORD, "short", token)
    assert short.code == ErrorCode.INVALID_REQUEST
    assert service.staff.login("ana", PASSWORD).token  # unchanged


def test_wrong_old_passwords_count_toward_the_login_lockout(
    service: Service, site: str, accounts: StaffAccounts
) -> None:
    service.directory.add_staff("ana", PASSWORD, role="admin")
    ana, token = login(service, "ana")
    for _ in range(5):
        refusal(accounts.change_own, ana, "guess guess", NEW, token)
    assert refusal(accounts.change_own, ana, PASSWORD, NEW, token).code == ErrorCode.LOCKED_OUT
    assert refusal(service.staff.login, "ana", PASSWORD).code == ErrorCode.LOCKED_OUT


def test_admin_reset_revokes_every_token_and_lifts_the_lock(
    service: Service, site: str, accounts: StaffAccounts
) -> None:
    service.directory.add_staff("boss", PASSWORD, role="admin")
    service.directory.add_staff("ana", PASSWORD, role="staff", sites=[site])
    boss, _ = login(service, "boss")
    _, ana_token = login(service, "ana")
    for _ in range(5):
        refusal(service.staff.login, "ana", "wrong password")
    assert accounts.reset(boss, "ana", NEW).tokens_revoked == 1
    assert refusal(service.staff.authenticate, ana_token).code == ErrorCode.UNAUTHENTICATED
    assert service.staff.login("ana", NEW).staff.username == "ana"


def test_only_admins_reset_and_only_existing_accounts(
    service: Service, site: str, accounts: StaffAccounts
) -> None:
    service.directory.add_staff("boss", PASSWORD, role="admin")
    service.directory.add_staff("ana", PASSWORD, role="staff", sites=[site])
    ana, _ = login(service, "ana")
    boss, _ = login(service, "boss")
    assert refusal(accounts.reset, ana, "boss", NEW).code == ErrorCode.FORBIDDEN
    assert refusal(accounts.reset, boss, "nobody", NEW).code == ErrorCode.NOT_FOUND
    assert service.staff.login("boss", PASSWORD).token


def test_password_changes_are_audited_without_secrets(
    service: Service, site: str, accounts: StaffAccounts
) -> None:
    service.directory.add_staff("ana", PASSWORD, role="admin")
    ana, token = login(service, "ana")
    accounts.change_own(ana, PASSWORD, NEW, token)
    accounts.reset(None, "ana", PASSWORD)
    rows = service.store.read(
        lambda db: list(db.query("SELECT * FROM audit WHERE action LIKE 'staff.password%'"))
    )
    assert [(r["action"], r["staff_id"]) for r in rows] == [
        ("staff.password_change", ana.id),
        ("staff.password_reset", None),
    ]
    dump = repr(rows)
    assert PASSWORD not in dump and NEW not in dump


def test_account_list(service: Service, site: str, accounts: StaffAccounts) -> None:
    service.directory.add_site("EPN Nord")
    service.directory.add_staff("zoe", PASSWORD, role="staff", sites=["EPN Nord", site])
    service.directory.add_staff("boss", PASSWORD, role="admin")
    listed = accounts.all()
    assert [(a.username, a.role, a.sites) for a in listed] == [
        ("boss", "admin", []),
        ("zoe", "staff", ["EPN Nord", "EPN Test"]),
    ]


# --- audit log ----------------------------------------------------------------------------


def test_audit_rows_name_their_site(service: Service, site: str) -> None:
    service.directory.add_station("RC-01", site)
    rows = service.store.read(
        lambda db: [(r["action"], r["site_id"]) for r in db.query("SELECT * FROM audit")]
    )
    site_id = service.store.read(lambda db: next(db.query("SELECT id FROM sites"))["id"])
    assert rows == [("site.add", site_id), ("station.add", site_id)]


def _seed_two_sites(service: Service, clock: FakeClock) -> tuple[StaffMember, StaffMember]:
    """Nina works at EPN Nord; each site has a station with a visitor signed in."""
    for site_name, station_name in (("EPN Nord", "N-01"), ("EPN Sud", "S-01")):
        service.directory.add_site(site_name)
        token = service.directory.add_station(station_name, site_name).token
        service.directory.add_visitor(f"v-{station_name}")
        service.stations.sign_in(service.stations.authenticate(token), f"v-{station_name}", None)
    service.directory.add_staff("nina", PASSWORD, role="staff", sites=["EPN Nord"])
    service.directory.add_staff("boss", PASSWORD, role="admin")
    clock.advance(minutes=1)
    boss, _ = login(service, "boss")
    nina, _ = login(service, "nina")
    service.staff.create_command(boss, "S-01", CommandRequest(kind=CommandKind.EXTEND, minutes=10))
    service.staff.create_command(nina, "N-01", CommandRequest(kind=CommandKind.END))
    return boss, nina


def test_admin_sees_everything_staff_their_sites_and_own_actions(
    service: Service, clock: FakeClock
) -> None:
    boss, nina = _seed_two_sites(service, clock)
    log = AuditLog(service.store)
    everything = log.entries(boss, AuditFilter())
    assert {"site.add", "staff.add", "command.extend", "command.end"} <= {
        e.action for e in everything
    }
    assert log.entries(None, AuditFilter()) == everything
    seen = log.entries(nina, AuditFilter())
    targets = {e.target for e in seen}
    assert {"site:EPN Nord", "station:N-01"} <= targets
    assert not any("S-01" in t or t == "site:EPN Sud" for t in targets)
    assert ("auth.login", "nina") in {(e.action, e.staff) for e in seen}
    assert "boss" not in {e.staff for e in seen}  # boss acted only on the other site


def test_audit_filters(service: Service, clock: FakeClock) -> None:
    _seed_two_sites(service, clock)
    log = AuditLog(service.store)
    commands = log.entries(None, AuditFilter(action="command"))
    assert [(e.action, e.staff) for e in commands] == [
        ("command.end", "nina"),
        ("command.extend", "boss"),
    ]
    assert commands[1].before is not None and commands[1].after == {
        "command_id": commands[1].after["command_id"],
        "minutes": 10,
    }
    assert [e.action for e in log.entries(None, AuditFilter(action="command.end"))] == [
        "command.end"
    ]
    assert {e.staff for e in log.entries(None, AuditFilter(staff="nina"))} == {"nina"}
    late = log.entries(None, AuditFilter(since=clock()))
    assert {e.action for e in late} == {"auth.login", "command.extend", "command.end"}
    early = log.entries(None, AuditFilter(until=parse_moment("2025-03-10T08:00:30")))
    assert early and not {e.action for e in early} & {"command.end", "auth.login"}
    assert len(log.entries(None, AuditFilter(limit=2))) == 2
    assert refusal(log.entries, None, AuditFilter(limit=0)).code == ErrorCode.INVALID_REQUEST


def test_parse_moment() -> None:
    assert parse_moment("2025-03-10") == datetime(2025, 3, 10, tzinfo=UTC)
    assert parse_moment("2025-03-10", end_of_day=True).hour == 23
    assert parse_moment("2025-03-10T09:30:00+01:00") == datetime(2025, 3, 10, 8, 30, tzinfo=UTC)
    assert refusal(parse_moment, "yesterday").code == ErrorCode.INVALID_REQUEST


def test_admin_reset_lifts_the_login_limits_at_every_address(
    service: Service, site: str, accounts: StaffAccounts
) -> None:
    service.directory.add_staff("ana", PASSWORD, role="staff", sites=[site])
    for address in ("192.0.2.1", "192.0.2.2"):
        for _ in range(5):
            refusal(service.staff.login, "ana", "wrong password", address)
        assert refusal(service.staff.login, "ana", PASSWORD, address).code == ErrorCode.LOCKED_OUT
    accounts.reset(None, "ana", NEW)
    for address in ("192.0.2.1", "192.0.2.2"):
        assert service.staff.login("ana", NEW, address).staff.username == "ana"
