"""A visitor's call for the desk over real HTTP: the station's events, the room's live list,
staff answering it (rights, validation codes, audit), and a real agent end to end."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from admin.client.staff_client import StaffClient
from admin.core.notify import STATIONS_TOPIC, Notifier
from admin.core.timeutil import to_iso
from kiosk.protocol.commands import CommandKind, CommandRequest
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.http import ApiError
from kiosk.protocol.paths import Paths
from kiosk.protocol.room import StationStatus
from tests.helpers.clock import FakeClock
from tests.helpers.liveserver import add_site, add_staff, add_station

PASSWORD = "bibliotheque"
ANSWER = CommandRequest(kind=CommandKind.ANSWER_CALL)


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def http(base_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, timeout=15) as client:
        yield client


@pytest.fixture
def staff(db_path: Path, base_url: str) -> Iterator[StaffClient]:
    add_staff(db_path, "admin", PASSWORD, role="admin")
    with StaffClient(base_url) as client:
        client.login("admin", PASSWORD)
        yield client


class Station:
    def __init__(self, http: httpx.Client, token: str) -> None:
        self.http = http
        self.token = token
        self.seq = 0

    def post(self, kind: str, at: str, **fields: Any) -> httpx.Response:
        self.seq += 1
        event = {"event_id": str(uuid.uuid4()), "seq": self.seq, "at": at, "kind": kind}
        return self.http.post(
            Paths.STATION_EVENTS,
            json={"events": [event | fields]},
            headers=bearer(self.token),
        )


def status(staff: StaffClient, name: str = "RC-01") -> StationStatus:
    return next(s for s in staff.stations().stations if s.name == name)


def test_a_call_lights_the_room_until_staff_answer_it_audited(
    http: httpx.Client, db_path: Path, staff: StaffClient, clock: FakeClock, notifier: Notifier
) -> None:
    station = Station(http, add_station(db_path, "RC-01"))
    assert status(staff).desk_call is None
    called = clock()
    before = notifier.version(STATIONS_TOPIC)
    # the station's clock is an hour ahead: the call is never in the server's future
    ahead = to_iso(called.replace(hour=(called.hour + 1) % 24))
    assert station.post("desk_called", ahead, session_id=None).status_code == 200
    assert notifier.version(STATIONS_TOPIC) > before  # the console's long-poll wakes
    clock.advance(seconds=185)
    call = status(staff).desk_call
    assert call is not None
    assert (call.since, call.waited_seconds, call.timezone) == (
        to_iso(called),
        185,
        "Europe/Brussels",
    )

    answered = staff.post_command("RC-01", ANSWER)
    assert answered.kind == CommandKind.ANSWER_CALL and answered.status == "pending"
    assert status(staff).desk_call is None  # cleared at once, not when the station hears it
    [entry] = staff.audit(action="command.answer_call")
    assert entry.staff == "admin" and entry.target == "station:RC-01"
    assert entry.before == {"called_at": to_iso(called), "waited_seconds": 185}
    # the station hears it on its long-poll
    polled = http.get(Paths.STATION_COMMANDS, headers=bearer(station.token)).json()
    assert [c["kind"] for c in polled["commands"]] == ["answer_call"]

    with pytest.raises(ApiError) as refused:
        staff.post_command("RC-01", ANSWER)  # nothing to answer any more
    assert (refused.value.status, refused.value.code) == (409, ErrorCode.NO_DESK_CALL)


def test_a_cancelled_call_clears_the_tile(
    http: httpx.Client, db_path: Path, staff: StaffClient, clock: FakeClock
) -> None:
    station = Station(http, add_station(db_path, "RC-01"))
    station.post("desk_called", to_iso(clock()))
    assert status(staff).desk_call is not None
    response = station.post("desk_call_cancelled", to_iso(clock()), detail="visitor")
    assert response.status_code == 200
    assert status(staff).desk_call is None
    # a malformed event is refused like any other
    bad = station.post("desk_called", to_iso(clock()), detail="x" * 10_000)
    assert bad.status_code == 422 and bad.json()["error"]["code"] == ErrorCode.INVALID_REQUEST


def test_staff_answer_only_at_their_sites(
    http: httpx.Client, db_path: Path, base_url: str, clock: FakeClock
) -> None:
    add_site(db_path, "Laeken")
    station = Station(http, add_station(db_path, "LK-01", site="Laeken"))
    station.post("desk_called", to_iso(clock()))
    add_staff(db_path, "ana", PASSWORD, role="staff", sites=["EPN Test"])
    with StaffClient(base_url) as ana:
        ana.login("ana", PASSWORD)
        assert [s.name for s in ana.stations().stations if s.desk_call] == []
        with pytest.raises(ApiError) as refused:
            ana.post_command("LK-01", ANSWER)
        assert (refused.value.status, refused.value.code) == (404, ErrorCode.NOT_FOUND)
    # a body that is not a command at all
    add_staff(db_path, "boss", PASSWORD, role="admin")
    with StaffClient(base_url) as boss:
        boss.login("boss", PASSWORD)
        assert boss.stations().stations[0].desk_call is not None
        token = boss.token
    answer = http.post(
        Paths.station_commands("LK-01"), json={"kind": "answer_calls"}, headers=bearer(token)
    )
    assert answer.status_code == 422
