"""Holds: the grant cut at the next booking, sessions cut, sign-in refused or claimed, expiry,
the queue's order and promotion, bad input, DST; all on a fake clock (Monday 2025-03-10,
09:00 in Brussels)."""

from __future__ import annotations

import json
import threading
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from admin.core.actors import StationIdentity
from admin.core.errors import Refused
from admin.core.timeutil import to_iso
from admin.holds.rules import expected_waits
from admin.services import Service
from kiosk.protocol.commands import CommandRequest
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.holds import BookingRequest, HoldKind, TicketRequest
from kiosk.protocol.station import Event, EventKind
from tests.helpers.clock import FakeClock
from tests.unit.admin.conftest import SITE


def station(service: Service, name: str, site: str = SITE) -> StationIdentity:
    identity = service.stations.authenticate(service.directory.add_station(name, site).token)
    return identity


def seen(service: Service, *stations: StationIdentity) -> None:
    for identity in stations:
        service.store.write(
            lambda db, i=identity: db.execute(
                "UPDATE stations SET last_seen_at = ? WHERE id = ?",
                [to_iso(service.clock()), i.id],
            )
        )


def local(clock: FakeClock, minutes: int) -> str:
    return (clock() + timedelta(minutes=minutes)).isoformat()


def booking(service: Service, clock: FakeClock, start: int, end: int, **fields: Any) -> Any:
    fields.setdefault("visitor", "bob")
    fields.setdefault("stations", ["RC-01"])
    return service.holds.book(
        None,
        BookingRequest(
            site=SITE, starts_at=local(clock, start), ends_at=local(clock, end), **fields
        ),
    )


def ended(seq: int, session_id: str) -> Event:
    return Event(
        event_id=str(uuid.uuid4()),
        seq=seq,
        kind=EventKind.SESSION_ENDED,
        at="2025-03-10T09:00",
        session_id=session_id,
        used_seconds=60,
        reason="visitor",
    )


def refusal(call: Any) -> Refused:
    with pytest.raises(Refused) as caught:
        call()
    return caught.value


def audit_actions(service: Service) -> list[str]:
    return service.store.read(
        lambda db: [r["action"] for r in db.query("SELECT action FROM audit ORDER BY id")]
    )


@pytest.fixture
def room(service: Service, site: str) -> tuple[StationIdentity, StationIdentity]:
    rc01, rc02 = station(service, "RC-01"), station(service, "RC-02")
    for name in ("ann", "bob", "cid", "dee"):
        service.directory.add_visitor(name)
    seen(service, rc01, rc02)
    return rc01, rc02


# --- the grant and running sessions ---------------------------------------------------------


def test_the_grant_ends_at_the_next_booking_of_the_station(
    service: Service, room: Any, clock: FakeClock
) -> None:
    rc01, _ = room
    booking(service, clock, 30, 90)
    grant = service.stations.sign_in(rc01, "ann", None)
    assert grant.granted_seconds == 30 * 60
    assert grant.bound_by == "booking"
    assert grant.next_hold is not None and grant.next_hold.kind == HoldKind.VISITOR
    # the visitor the booking is for is not cut by it
    service.stations.apply_events(rc01, [ended(1, grant.session_id)])
    clock.advance(minutes=1)
    assert service.stations.sign_in(rc01, "bob", None).bound_by != "booking"


def test_a_booking_brings_forward_the_end_of_a_running_session(
    service: Service, room: Any, clock: FakeClock
) -> None:
    rc01, _ = room
    service.stations.sign_in(rc01, "ann", None)  # 60 minutes
    made = booking(service, clock, 20, 80)
    [command] = service.stations.pending_commands(rc01.id, 0)
    assert (command.kind, command.seconds) == ("set_time", 20 * 60)
    hold_id = made.holds[0].id
    assert (
        service.store.read(
            lambda db: next(db.query("SELECT request_id FROM commands"))["request_id"]
        )
        == f"hold:{hold_id}"
    )


def test_staff_time_never_runs_a_session_into_the_next_booking(
    service: Service, room: Any, clock: FakeClock
) -> None:
    rc01, _ = room
    service.stations.sign_in(rc01, "ann", None)  # 60 minutes
    booking(service, clock, 90, 150)  # held from 90 minutes on: nothing to cut yet
    assert service.stations.pending_commands(rc01.id, 0) == []
    extend = service.staff.create_command(None, "RC-01", CommandRequest(kind="extend", minutes=60))
    [command] = service.stations.pending_commands(rc01.id, 0)
    assert (command.id, command.kind, command.seconds) == (extend.id, "set_time", 90 * 60)
    longer = CommandRequest(kind="set_time", seconds=3 * 3600)
    service.staff.create_command(None, "RC-01", longer)
    assert service.stations.pending_commands(rc01.id, extend.id)[0].seconds == 90 * 60
    booking(service, clock, 20, 40)  # sooner: the session's end is brought to it, nothing more
    refused = refusal(
        lambda: service.staff.create_command(
            None, "RC-01", CommandRequest(kind="extend", minutes=15, request_id=str(uuid.uuid4()))
        )
    )
    assert refused.code == ErrorCode.STATION_HELD and "starts_at" in refused.details


# --- sign-in on a held station --------------------------------------------------------------


def test_a_held_station_refuses_others_and_the_card_claims_it(
    service: Service, room: Any, clock: FakeClock
) -> None:
    rc01, rc02 = room
    made = booking(service, clock, 0, 60, label=None)
    refused = refusal(lambda: service.stations.sign_in(rc01, "ann", None))
    assert refused.code == ErrorCode.STATION_HELD
    assert refused.details["kind"] == "visitor"
    assert refused.details["until"] == made.holds[0].ends_at
    assert refused.details["timezone"] == "Europe/Brussels"
    # bob's PC is RC-01: a free one tells him so
    elsewhere = refusal(lambda: service.stations.sign_in(rc02, "bob", None))
    assert elsewhere.code == ErrorCode.HOLD_ELSEWHERE and elsewhere.details["station"] == "RC-01"
    grant = service.stations.sign_in(rc01, "bob", None)
    [hold] = service.holds.listing(None).holds
    assert hold.state == "claimed" and hold.claimed_at is not None
    assert "hold.claim" in audit_actions(service)
    assert grant.granted_seconds == 60 * 60


def test_an_unclaimed_booking_is_released_after_the_claim_minutes(
    service: Service, room: Any, clock: FakeClock
) -> None:
    rc01, _ = room
    booking(service, clock, 0, 60)
    clock.advance(minutes=9)
    service.holds.tick()
    assert service.holds.listing(None).holds[0].state == "held"
    clock.advance(minutes=1)
    service.holds.tick()
    assert service.holds.listing(None).holds == []
    assert "hold.released" in audit_actions(service)
    assert service.stations.sign_in(rc01, "ann", None).granted_seconds > 0


def test_a_group_admits_its_cards_and_its_code(
    service: Service, room: Any, clock: FakeClock
) -> None:
    rc01, rc02 = room
    made = booking(
        service,
        clock,
        0,
        120,
        kind="group",
        visitor=None,
        label="5e B",
        stations=["RC-01", "RC-02"],
        visitors=["ann"],
        code="math5b",
    )
    assert {h.station for h in made.holds} == {"RC-01", "RC-02"}
    refused = refusal(lambda: service.stations.sign_in(rc02, "cid", None))
    assert refused.details["label"] == "5e B" and refused.details["code_accepted"] is True
    service.stations.sign_in(rc01, "ann", None)
    assert service.stations.sign_in(rc02, "cid", None, hold_code="MATH5B").granted_seconds > 0


def test_concurrent_claims_admit_exactly_one(service: Service, room: Any, clock: FakeClock) -> None:
    rc01, _ = room
    booking(service, clock, 0, 60)
    outcomes: list[str] = []
    barrier = threading.Barrier(4)

    def sign_in(identifier: str) -> None:
        barrier.wait()
        try:
            service.stations.sign_in(rc01, identifier, None)
            outcomes.append(identifier)
        except Refused as exc:
            outcomes.append(exc.code)

    threads = [threading.Thread(target=sign_in, args=(n,)) for n in ("bob", "ann", "cid", "dee")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == sorted(["bob", *[ErrorCode.STATION_HELD] * 3])
    assert audit_actions(service).count("hold.claim") == 1


# --- bad input --------------------------------------------------------------------------------


def test_an_overlapping_booking_is_refused_and_nothing_is_written(
    service: Service, room: Any, clock: FakeClock
) -> None:
    booking(service, clock, 60, 120, stations=["RC-02"])
    refused = refusal(
        lambda: booking(
            service,
            clock,
            90,
            150,
            kind="group",
            visitor=None,
            label="club",
            stations=["RC-01", "RC-02"],
        )
    )
    assert refused.code == ErrorCode.HOLD_OVERLAP and refused.details["station"] == "RC-02"
    assert refused.details["timezone"] == "Europe/Brussels"  # the times said at the site
    assert [h.station for h in service.holds.listing(None).holds] == ["RC-02"]


@pytest.mark.parametrize(
    ("start", "end", "code"),
    [
        (60, 30, ErrorCode.HOLD_BAD_TIME),  # end before start
        (-120, -60, ErrorCode.HOLD_BAD_TIME),  # in the past
        (8 * 60, 9 * 60 + 30, ErrorCode.HOLD_OUTSIDE_HOURS),  # past 18:00
    ],
)
def test_bad_times_are_refused(
    service: Service, room: Any, clock: FakeClock, start: int, end: int, code: ErrorCode
) -> None:
    service.sites.set_day(SITE, "mon", "09:00-18:00")
    assert refusal(lambda: booking(service, clock, start, end)).code == code


def test_a_closed_day_and_another_sites_station_are_refused(
    service: Service, room: Any, clock: FakeClock
) -> None:
    service.sites.close_date(SITE, "2025-03-11", "training")
    refused = refusal(lambda: booking(service, clock, 24 * 60, 25 * 60))
    assert refused.code == ErrorCode.HOLD_OUTSIDE_HOURS
    assert refused.details["reason"] == "closed_day"
    service.directory.add_site("Other")
    station(service, "OT-01", "Other")
    assert refusal(lambda: booking(service, clock, 10, 20, stations=["OT-01"])).code == (
        ErrorCode.NOT_FOUND
    )


def test_a_booking_keeps_its_wall_clock_across_the_spring_forward_day(
    service: Service, room: Any, clock: FakeClock
) -> None:
    def book_on(day: str) -> str:
        made = service.holds.book(
            None,
            BookingRequest(
                site=SITE,
                visitor="bob",
                stations=["RC-01"],
                starts_at=f"{day}T14:00",
                ends_at=f"{day}T16:00",
            ),
        )
        return made.holds[0].starts_at

    assert book_on("2025-03-29") == "2025-03-29T13:00:00.000000+00:00"  # CET
    assert book_on("2025-03-30") == "2025-03-30T12:00:00.000000+00:00"  # CEST
    gap = refusal(
        lambda: service.holds.book(
            None,
            BookingRequest(
                site=SITE,
                visitor="bob",
                stations=["RC-02"],
                starts_at="2025-03-30T02:30",
                ends_at="2025-03-30T04:00",
            ),
        )
    )
    assert gap.code == ErrorCode.HOLD_BAD_TIME


# --- the queue ----------------------------------------------------------------------------


def test_the_queue_promotes_in_order_and_expires_to_the_next(
    service: Service, room: Any, clock: FakeClock
) -> None:
    rc01, rc02 = room
    first = service.stations.sign_in(rc01, "ann", None)
    service.stations.sign_in(rc02, "dee", None)
    t1 = service.holds.take(None, TicketRequest(site=SITE, visitor="bob"))
    t2 = service.holds.take(None, TicketRequest(site=SITE, visitor="cid"))
    assert (t1.number, t1.position, t2.number, t2.position) == (1, 1, 2, 2)
    assert t1.expected_wait_seconds == 3600 and t2.expected_wait_seconds == 3600
    again = refusal(lambda: service.holds.take(None, TicketRequest(site=SITE, visitor="bob")))
    assert again.code == ErrorCode.ALREADY_QUEUED and again.details["number"] == 1

    service.stations.apply_events(rc01, [ended(1, first.session_id)])  # RC-01 is free
    tickets = service.holds.queues(None, SITE).queues[0].tickets
    assert [(t.number, t.state, t.station) for t in tickets] == [
        (1, "called", "RC-01"),
        (2, "waiting", None),
    ]
    held = refusal(lambda: service.stations.sign_in(rc01, "cid", None))
    assert held.details["number"] == 1

    clock.advance(minutes=5)
    seen(service, rc01, rc02)
    service.holds.tick()  # number 1 did not come: RC-01 goes to number 2
    tickets = service.holds.queues(None, SITE).queues[0].tickets
    assert [(t.number, t.state, t.station) for t in tickets] == [(2, "called", "RC-01")]
    service.stations.sign_in(rc01, "cid", None)
    assert service.holds.queues(None, SITE).queues[0].tickets == []
    assert audit_actions(service).count("queue.call") == 2
    assert "hold.expired" in audit_actions(service)


def test_staff_skip_and_cancel_pass_the_pc_on(
    service: Service, room: Any, clock: FakeClock
) -> None:
    _rc01, rc02 = room
    service.stations.sign_in(rc02, "dee", None)
    ana = service.holds.take(None, TicketRequest(site=SITE, name="Ana"))
    ben = service.holds.take(None, TicketRequest(site=SITE, name="Ben"))
    assert (ana.state, ana.station, ben.state) == ("called", "RC-01", "waiting")
    service.holds.skip(None, ana.id)  # not here: RC-01 to Ben, Ana behind him
    tickets = service.holds.queues(None, SITE).queues[0].tickets
    assert [(t.name, t.state) for t in tickets] == [("Ben", "called"), ("Ana", "waiting")]
    service.holds.cancel_ticket(None, ben.id)
    tickets = service.holds.queues(None, SITE).queues[0].tickets
    assert [(t.name, t.state, t.station) for t in tickets] == [("Ana", "called", "RC-01")]
    assert refusal(lambda: service.holds.cancel_ticket(None, ben.id)).code == (
        ErrorCode.TICKET_CLOSED
    )


def test_expected_waits() -> None:
    assert expected_waits(4, 1, [600, 120], 3600) == [0, 120, 600, 3720]
    assert expected_waits(1, 0, [], 3600) == [None]


def test_the_station_reads_its_holds_of_today(
    service: Service, room: Any, clock: FakeClock
) -> None:
    rc01, _ = room
    booking(service, clock, 300, 360, kind="group", visitor=None, label="Initiation web")
    booking(service, clock, 24 * 60, 25 * 60, stations=["RC-01"])  # tomorrow: not shown
    [notice] = service.holds.station_notices(rc01)
    assert notice.label == "Initiation web"
    assert datetime.fromisoformat(notice.starts_at) == datetime(2025, 3, 10, 13, 0, tzinfo=UTC)
    rows = service.store.read(
        lambda db: list(db.query("SELECT * FROM audit WHERE action = ?", ["hold.create"]))
    )
    assert json.loads(rows[0]["after"])["stations"] == ["RC-01"]
