"""Bookings and the queue over HTTP: the staff client, the room's read model, the station's
view of its holds and the sign-in refusal, with the real server on a fake clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import httpx
import pytest

from admin.client.staff_client import StaffClient
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.holds import BookingRequest, TicketRequest
from kiosk.protocol.http import ApiError
from kiosk.protocol.paths import Paths
from tests.helpers.clock import FakeClock
from tests.helpers.liveserver import add_staff, add_station, add_visitor

PASSWORD = "bibliotheque"
SITE = "EPN Test"


@pytest.fixture
def http(base_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, timeout=15) as client:
        yield client


@pytest.fixture
def staff(db_path: Path, base_url: str) -> Iterator[StaffClient]:
    add_staff(db_path, "anim", PASSWORD, role="staff", sites=[SITE])
    with StaffClient(base_url) as client:
        client.login("anim", PASSWORD)
        yield client


def test_a_booking_holds_the_station_for_the_room_the_station_and_sign_in(
    http: httpx.Client, db_path: Path, staff: StaffClient, clock: FakeClock
) -> None:
    token = add_station(db_path, "RC-01")
    add_visitor(db_path, "ann")
    add_visitor(db_path, "bob")
    start, end = clock(), clock() + timedelta(hours=2)
    booking = staff.book(
        BookingRequest(
            site=SITE,
            kind="group",
            label="Initiation web",
            stations=["RC-01"],
            visitors=["bob"],
            starts_at=start.isoformat(),
            ends_at=end.isoformat(),
        )
    )
    [hold] = booking.holds
    with pytest.raises(ApiError) as overlap:
        staff.book(
            BookingRequest(
                site=SITE,
                visitor="ann",
                stations=["RC-01"],
                starts_at=start.isoformat(),
                ends_at=end.isoformat(),
            )
        )
    assert overlap.value.code == ErrorCode.HOLD_OVERLAP

    headers = {"Authorization": f"Bearer {token}"}
    me = http.get(Paths.STATION_ME, headers=headers).json()
    assert [h["label"] for h in me["holds"]] == ["Initiation web"]
    refused = http.post(Paths.STATION_SIGN_IN, json={"identifier": "ann"}, headers=headers)
    assert refused.status_code == 403
    error = refused.json()["error"]
    assert error["code"] == "STATION_HELD" and error["details"]["label"] == "Initiation web"
    assert (
        http.post(Paths.STATION_SIGN_IN, json={"identifier": "bob"}, headers=headers).status_code
        == 200
    )

    room = next(s for s in staff.stations().stations if s.name == "RC-01")
    assert room.hold is not None and room.hold.id == hold.id
    assert [h.id for h in staff.holds()] == [hold.id]
    assert staff.cancel_booking(booking.booking).holds[0].state == "cancelled"


def test_the_queue_over_the_api(staff: StaffClient, db_path: Path) -> None:
    add_visitor(db_path, "ann")
    ticket = staff.take_ticket(TicketRequest(site=SITE, visitor="ann"))
    assert (ticket.number, ticket.state, ticket.position) == (1, "waiting", 1)
    with pytest.raises(ApiError) as twice:
        staff.take_ticket(TicketRequest(site=SITE, visitor="ann"))
    assert twice.value.code == ErrorCode.ALREADY_QUEUED
    [queue] = staff.stations().queues
    assert [t.number for t in queue.tickets] == [1]
    with pytest.raises(ApiError) as none_free:
        staff.call_ticket(ticket.id)
    assert none_free.value.code == ErrorCode.NO_FREE_STATION
    assert staff.cancel_ticket(ticket.id).state == "cancelled"
    assert staff.queues() == [] or staff.queues()[0].tickets == []
