"""Guest tickets: unique codes, single use, validity window, site, and sign-in with a code."""

from __future__ import annotations

from datetime import date

import pytest

from admin.core.actors import StationIdentity
from admin.core.errors import Refused
from admin.services import Service
from admin.visitors.tickets import ALPHABET, CODE_LENGTH, Tickets, looks_like_code, new_code
from kiosk.protocol.errors import ErrorCode
from tests.helpers.clock import FakeClock

OTHER_SITE = "EPN Other"


@pytest.fixture
def tickets(service: Service, clock: FakeClock, site: str) -> Tickets:
    return Tickets(service.store, clock)


def station(service: Service, name: str = "RC-01", site: str = "EPN Test") -> StationIdentity:
    return service.stations.authenticate(service.directory.add_station(name, site).token)


def test_codes_are_random_from_the_alphabet_without_look_alikes() -> None:
    codes = {new_code() for _ in range(2000)}
    assert len(codes) == 2000
    for code in codes:
        assert len(code) == CODE_LENGTH and set(code) <= set(ALPHABET)
        assert not set(code) & set("0O1IL")
        assert looks_like_code(code.lower())
        assert looks_like_code(f" {code[:5]} {code[5:]} ")  # typed as printed, in two groups
        assert looks_like_code(f"{code[:5]}-{code[5:]}".lower())
    assert not looks_like_code("2345678923")  # a card number, not a ticket


def test_batch_codes_unique_and_listed(tickets: Tickets, service: Service) -> None:
    batch = tickets.create_batch(None, "EPN Test", 50, 45)
    codes = [t.code for t in batch.tickets]
    assert len(set(codes)) == 50
    assert {t.minutes for t in batch.tickets} == {45}
    assert {t.state for t in batch.tickets} == {"valid"}
    assert {t.created_by for t in batch.tickets} == {None}  # the admin CLI
    assert [t.code for t in tickets.list(None, "EPN Test")] == codes
    audit = service.store.read(
        lambda db: list(db.query("SELECT target FROM audit WHERE action = 'ticket.create'"))
    )
    assert audit == [{"target": "site:EPN Test"}]


def test_default_validity_is_the_rest_of_the_site_day(tickets: Tickets) -> None:
    ticket = tickets.create_batch(None, "EPN Test", 1, 60).tickets[0]
    assert ticket.valid_from.startswith("2025-03-10T08:00:00")
    assert ticket.valid_to.startswith("2025-03-10T23:00:00")  # midnight in Brussels (CET)


def test_batch_refusals(tickets: Tickets) -> None:
    with pytest.raises(Refused, match="already be expired"):
        tickets.create_batch(None, "EPN Test", 1, 60, date(2025, 3, 1), date(2025, 3, 9))
    with pytest.raises(Refused, match="before the first"):
        tickets.create_batch(None, "EPN Test", 1, 60, date(2025, 3, 12), date(2025, 3, 11))
    with pytest.raises(Refused, match=ErrorCode.NOT_FOUND.value):
        tickets.create_batch(None, "Nowhere", 1, 60)
    with pytest.raises(Refused, match="count"):
        tickets.create_batch(None, "EPN Test", 0, 60)


def test_staff_only_at_their_sites(tickets: Tickets, service: Service) -> None:
    service.directory.add_site(OTHER_SITE)
    service.directory.add_staff("anna", "long enough", role="staff", sites=[OTHER_SITE])
    login = service.staff.login("anna", "long enough")
    anna = service.staff.authenticate(login.token)
    # another site answers as a missing one
    with pytest.raises(Refused, match=ErrorCode.NOT_FOUND.value):
        tickets.create_batch(anna, "EPN Test", 1, 60)
    tickets.create_batch(None, "EPN Test", 2, 60)
    mine = tickets.create_batch(anna, OTHER_SITE, 1, 60)
    assert [t.code for t in tickets.list(anna)] == [mine.tickets[0].code]
    with pytest.raises(Refused, match=ErrorCode.NOT_FOUND.value):
        tickets.list(anna, "EPN Test")


def test_sign_in_with_a_ticket_is_single_use(tickets: Tickets, service: Service) -> None:
    code = tickets.create_batch(None, "EPN Test", 1, 30).tickets[0].code
    rc01 = station(service)
    grant = service.stations.sign_in(rc01, code.lower(), None)
    assert grant.granted_seconds == 30 * 60  # the ticket's minutes, below the policy
    assert (grant.visitor.identifier, grant.visitor.category) == (code, "guest")
    assert tickets.list(None)[0].state == "used"
    rc02 = station(service, "RC-02")
    with pytest.raises(Refused) as caught:
        service.stations.sign_in(rc02, code, None)
    assert caught.value.code == ErrorCode.TICKET_INVALID
    assert caught.value.details == {"reason": "used"}


def test_a_long_ticket_is_still_cut_by_the_policy(tickets: Tickets, service: Service) -> None:
    service.directory.set_policy("guest", session_minutes=90, daily_minutes=90, weekly_minutes=90)
    code = tickets.create_batch(None, "EPN Test", 1, 240).tickets[0].code
    assert service.stations.sign_in(station(service), code, None).granted_seconds == 90 * 60


@pytest.mark.parametrize(
    ("first", "last", "advance_days", "reason"),
    [
        (date(2025, 3, 11), date(2025, 3, 11), 0, "not_yet_valid"),
        (None, None, 1, "expired"),
    ],
)
def test_ticket_outside_its_window(
    tickets: Tickets,
    service: Service,
    clock: FakeClock,
    first: date | None,
    last: date | None,
    advance_days: int,
    reason: str,
) -> None:
    code = tickets.create_batch(None, "EPN Test", 1, 30, first, last).tickets[0].code
    clock.advance(days=advance_days)
    with pytest.raises(Refused) as caught:
        service.stations.sign_in(station(service), code, None)
    assert (caught.value.code, caught.value.details) == (
        ErrorCode.TICKET_INVALID,
        {"reason": reason},
    )
    assert tickets.list(None)[0].used_at is None


def test_ticket_refused_at_another_site_and_unknown_codes(
    tickets: Tickets, service: Service
) -> None:
    service.directory.add_site(OTHER_SITE)
    code = tickets.create_batch(None, "EPN Test", 1, 30).tickets[0].code
    elsewhere = station(service, "OT-01", OTHER_SITE)
    with pytest.raises(Refused) as caught:
        service.stations.sign_in(elsewhere, code, None)
    assert caught.value.details == {"reason": "wrong_site"}
    with pytest.raises(Refused) as caught:
        service.stations.sign_in(elsewhere, "ABCDEFGHJK", None)
    assert (caught.value.code, caught.value.details) == (
        ErrorCode.TICKET_INVALID,
        {"reason": "unknown"},
    )
    # what is neither a visitor nor shaped like a ticket is answered like a card with a PIN
    with pytest.raises(Refused) as caught:
        service.stations.sign_in(elsewhere, "nobody", None)
    assert caught.value.code == ErrorCode.PIN_REQUIRED
    with pytest.raises(Refused) as caught:
        service.stations.sign_in(elsewhere, "nobody", "1234")
    assert caught.value.code == ErrorCode.BAD_CREDENTIALS
    # the failed attempts consumed nothing: the ticket still works at its own site
    assert service.stations.sign_in(station(service), code, None).granted_seconds == 1800


def test_disabled_visitor_signs_in_after_the_last_day(
    service: Service, clock: FakeClock, site: str
) -> None:
    from admin.visitors.accounts import Visitors

    visitors = Visitors(service.store, clock)
    visitors.create(None, "card")
    visitors.disable(None, "card", "lost card", date(2025, 3, 10))
    rc01 = station(service)
    with pytest.raises(Refused, match=ErrorCode.ACCOUNT_DISABLED.value):
        service.stations.sign_in(rc01, "card", None)
    clock.advance(hours=15)  # 00:00 on Tuesday in Brussels
    assert service.stations.sign_in(rc01, "card", None).granted_seconds > 0
