"""Automatic extension: the rule (pure) and the commands the server queues from heartbeats."""

from __future__ import annotations

import json
import uuid
from datetime import timedelta
from typing import Any

import pytest

from admin.core.actors import StationIdentity
from admin.core.timeutil import to_iso
from admin.rules.session_rules import Rules, SessionRules
from admin.services import Service
from admin.sessions.auto_extend import EXTEND_BELOW_SECONDS, extension_minutes
from kiosk.protocol.holds import BookingRequest, TicketRequest
from kiosk.protocol.limits import OFFLINE_AFTER_SECONDS
from kiosk.protocol.station import Event, EventKind
from tests.helpers.clock import FakeClock
from tests.unit.admin.conftest import SITE

RULES = Rules(extend_minutes=10, extend_times=2, extend_min_free=1)


def minutes(rules: Rules = RULES, **situation: Any) -> int:
    situation = {
        "remaining": 100,
        "made": 0,
        "pending": False,
        "waiting": 0,
        "allowance_left": None,
        "closing": None,
        **situation,
    }
    return extension_minutes(rules, **situation)


@pytest.mark.parametrize(
    ("rules", "situation", "expected"),
    [
        (RULES, {}, 10),
        (Rules(), {}, 0),  # off by default
        (RULES, {"remaining": EXTEND_BELOW_SECONDS}, 0),  # not near the end yet
        (RULES, {"pending": True}, 0),  # the previous one is not applied yet
        (RULES, {"made": 1}, 10),
        (RULES, {"made": 2}, 0),  # at most twice
        (RULES, {"waiting": 1}, 0),  # someone waits in the queue
        (RULES, {"held_in": 100 + 4 * 60 + 30}, 4),  # ends before the station's next hold
        (RULES, {"held_in": 130}, 0),
        (RULES, {"allowance_left": 100 + 4 * 60 + 59}, 4),  # cut to the daily allowance
        (RULES, {"closing": 100 + 7 * 60}, 7),  # cut at closing time
        (RULES, {"closing": 130}, 0),  # less than a minute would fit
    ],
)
def test_extension_rule(rules: Rules, situation: dict[str, Any], expected: int) -> None:
    assert minutes(rules, **situation) == expected


# --- from heartbeats --------------------------------------------------------------------


def station(service: Service, name: str) -> StationIdentity:
    return service.stations.authenticate(service.directory.add_station(name, "EPN Test").token)


def seen(service: Service, *stations: StationIdentity) -> None:
    for identity in stations:
        service.store.write(
            lambda db, i=identity: db.execute(
                "UPDATE stations SET last_seen_at = ? WHERE id = ?",
                [to_iso(service.clock()), i.id],
            )
        )


def heartbeat(seq: int, session_id: str, remaining: int, used: int = 0) -> Event:
    return Event(
        event_id=str(uuid.uuid4()),
        seq=seq,
        kind=EventKind.HEARTBEAT,
        at="2025-03-10T09:00",
        session_id=session_id,
        used_seconds=used,
        remaining_seconds=remaining,
    )


def applied(seq: int, command_id: int, session_id: str, remaining: int) -> Event:
    return Event(
        event_id=str(uuid.uuid4()),
        seq=seq,
        kind=EventKind.COMMAND_APPLIED,
        at="2025-03-10T09:00",
        command_id=command_id,
        session_id=session_id,
        remaining_seconds=remaining,
        ok=True,
    )


def auto_commands(service: Service) -> list[dict[str, Any]]:
    return service.store.read(
        lambda db: list(
            db.query("SELECT * FROM commands WHERE request_id LIKE 'auto:%' ORDER BY id")
        )
    )


@pytest.fixture
def room(service: Service, site: str) -> tuple[StationIdentity, StationIdentity, str]:
    """RC-01 in use by a youth visitor, RC-02 online and free; youth extend 10 min twice."""
    rc01, rc02 = station(service, "RC-01"), station(service, "RC-02")
    service.directory.add_visitor("kid", category="youth")
    SessionRules(service.store, service.clock).set(
        "youth", site=site, extend_minutes=10, extend_times=2, extend_min_free=1
    )
    session_id = service.stations.sign_in(rc01, "kid", None).session_id
    return rc01, rc02, session_id


def test_a_heartbeat_near_the_end_queues_one_extension_at_a_time(
    service: Service, room: tuple[StationIdentity, StationIdentity, str], clock: FakeClock
) -> None:
    rc01, _, session_id = room
    assert not service.stations.apply_events(rc01, [heartbeat(1, session_id, 300)]).commands_queued

    near_end = heartbeat(2, session_id, 100, used=3500)
    result = service.stations.apply_events(rc01, [near_end])
    assert result.commands_queued and result.changed
    [first] = auto_commands(service)
    assert (first["kind"], first["minutes"], first["status"]) == ("extend", 10, "pending")
    assert first["request_id"] == f"auto:{session_id}:1" and first["created_by"] is None
    assert [c.id for c in service.stations.pending_commands(rc01.id, 0)] == [first["id"]]

    # replayed, or another heartbeat while the first is pending: nothing more
    assert not service.stations.apply_events(rc01, [near_end]).commands_queued
    assert not service.stations.apply_events(rc01, [heartbeat(3, session_id, 90)]).commands_queued
    assert len(auto_commands(service)) == 1

    service.stations.apply_events(rc01, [applied(4, first["id"], session_id, 690)])
    assert not service.stations.apply_events(rc01, [heartbeat(5, session_id, 600)]).commands_queued
    assert service.stations.apply_events(rc01, [heartbeat(6, session_id, 110)]).commands_queued
    second = auto_commands(service)[1]
    assert second["request_id"] == f"auto:{session_id}:2"
    service.stations.apply_events(rc01, [applied(7, second["id"], session_id, 710)])
    assert not service.stations.apply_events(rc01, [heartbeat(8, session_id, 100)]).commands_queued
    assert len(auto_commands(service)) == 2  # at most twice a session

    audit = service.store.read(
        lambda db: list(db.query("SELECT * FROM audit WHERE action = 'command.extend'"))
    )
    assert [(a["staff_id"], json.loads(a["after"])["request_id"]) for a in audit] == [
        (None, f"auto:{session_id}:1"),
        (None, f"auto:{session_id}:2"),
    ]


def test_no_extension_while_someone_waits_in_the_queue(
    service: Service, room: tuple[StationIdentity, StationIdentity, str], clock: FakeClock
) -> None:
    rc01, _rc02, session_id = room
    clock.advance(OFFLINE_AFTER_SECONDS + 1)
    seen(service, rc01)  # RC-02 went silent: nobody can be called to it
    service.holds.take(None, TicketRequest(site=SITE, name="Ana"))
    assert not service.stations.apply_events(rc01, [heartbeat(1, session_id, 100)]).commands_queued
    assert auto_commands(service) == []


def test_a_full_room_with_nobody_waiting_is_extended(
    service: Service, room: tuple[StationIdentity, StationIdentity, str], clock: FakeClock
) -> None:
    rc01, rc02, session_id = room
    service.directory.add_visitor("adult")
    seen(service, rc01, rc02)
    service.stations.sign_in(rc02, "adult", None)  # no station free, and nobody waits
    assert service.stations.apply_events(rc01, [heartbeat(1, session_id, 100)]).commands_queued


def test_extension_ends_before_the_next_booking_of_the_station(
    service: Service, room: tuple[StationIdentity, StationIdentity, str], clock: FakeClock
) -> None:
    rc01, _, session_id = room
    service.directory.add_visitor("other")
    start = clock() + timedelta(seconds=100 + 6 * 60 + 30)
    service.holds.book(
        None,
        BookingRequest(
            site=SITE,
            visitor="other",
            stations=["RC-01"],
            starts_at=start.isoformat(),
            ends_at=(start + timedelta(hours=1)).isoformat(),
        ),
    )
    service.stations.apply_events(rc01, [heartbeat(1, session_id, 100)])
    assert [c["minutes"] for c in auto_commands(service)] == [6]


def test_other_categories_and_sites_are_not_extended(
    service: Service, room: tuple[StationIdentity, StationIdentity, str]
) -> None:
    _, rc02, _ = room
    service.directory.add_visitor("adult")
    station(service, "RC-03")  # so one station stays free
    session_id = service.stations.sign_in(rc02, "adult", None).session_id
    assert not service.stations.apply_events(rc02, [heartbeat(1, session_id, 60)]).commands_queued


def test_extension_stays_within_the_daily_allowance(
    service: Service, room: tuple[StationIdentity, StationIdentity, str]
) -> None:
    rc01, _, session_id = room
    service.directory.set_policy("youth", session_minutes=60, daily_minutes=63, weekly_minutes=600)
    # 3500 s used, 100 left: the day allows 3780 s, so 180 s more, 3 minutes
    service.stations.apply_events(rc01, [heartbeat(1, session_id, 100, used=3500)])
    assert [c["minutes"] for c in auto_commands(service)] == [3]
