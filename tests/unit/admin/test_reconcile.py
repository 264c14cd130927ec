"""One truth per session (admin/sessions/reconcile.py): a silent station's session, its return, the
sign-ins meanwhile, staff ending it from the desk, and closing time over extensions."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest

from admin.core.actors import StaffMember, StationIdentity
from admin.core.errors import Refused
from admin.core.timeutil import from_iso, to_iso
from admin.services import Service
from admin.sessions.sweeper import Sweeper
from kiosk.protocol.commands import CommandKind, CommandRequest
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.limits import OFFLINE_AFTER_SECONDS
from kiosk.protocol.station import EndReason, Event, EventKind
from tests.helpers.clock import FakeClock

PASSWORD = "correct horse"


def station(service: Service, name: str = "RC-01", site: str = "EPN Test") -> StationIdentity:
    return service.stations.authenticate(service.directory.add_station(name, site).token)


def seen(service: Service, *stations: StationIdentity) -> None:
    """The stations call in (a heartbeat or a poll): their last_seen_at moves to now."""
    for identity in stations:
        service.store.write(
            lambda db, i=identity: db.execute(
                "UPDATE stations SET last_seen_at = ? WHERE id = ?",
                [to_iso(service.clock()), i.id],
            )
        )


def last_audit(service: Service) -> tuple[str, dict[str, Any]]:
    entry = service.store.read(
        lambda db: next(db.query("SELECT action, after FROM audit ORDER BY id DESC LIMIT 1"))
    )
    return entry["action"], json.loads(entry["after"])


def beat(seq: int, session_id: str | None, used: int = 0, remaining: int = 0) -> Event:
    return Event(
        event_id=str(uuid.uuid4()),
        seq=seq,
        kind=EventKind.HEARTBEAT,
        at="2025-03-10T09:00:00+00:00",
        session_id=session_id,
        used_seconds=used if session_id else None,
        remaining_seconds=remaining if session_id else None,
    )


def ended(seq: int, session_id: str, used: int, at: str, reason: EndReason) -> Event:
    return Event(
        event_id=str(uuid.uuid4()),
        seq=seq,
        kind=EventKind.SESSION_ENDED,
        at=at,
        session_id=session_id,
        used_seconds=used,
        reason=reason,
    )


def row(service: Service, session_id: str) -> dict[str, Any]:
    return service.store.read(
        lambda db: dict(next(db.query("SELECT * FROM sessions WHERE id = ?", [session_id])))
    )


def ledger_total(service: Service) -> int:
    return service.store.read(
        lambda db: next(db.query("SELECT COALESCE(SUM(seconds), 0) AS s FROM visitor_usage"))["s"]
    )


def used_by_sessions(service: Service) -> int:
    return service.store.read(
        lambda db: next(db.query("SELECT COALESCE(SUM(used_seconds), 0) AS s FROM sessions"))["s"]
    )


def pending(service: Service, station_id: int) -> list[dict[str, Any]]:
    return service.store.read(
        lambda db: [
            dict(r)
            for r in db.query(
                "SELECT * FROM commands WHERE station_id = ? AND status = 'pending'", [station_id]
            )
        ]
    )


def member(service: Service, username: str = "desk", role: str = "staff") -> StaffMember:
    sites = ["EPN Test"] if role == "staff" else None
    service.directory.add_staff(username, PASSWORD, role=role, sites=sites)
    return service.staff.authenticate(service.staff.login(username, PASSWORD).token)


class Room:
    """Two stations of the site, a visitor, the sweeper, a fake clock."""

    def __init__(self, service: Service, clock: FakeClock) -> None:
        self.service = service
        self.clock = clock
        self.rc01 = station(service, "RC-01")
        self.rc02 = station(service, "RC-02")
        service.directory.add_visitor("card")
        self.sweeper = Sweeper(service.store, clock)
        self.seq = 0

    def send(self, identity: StationIdentity, *events: Event) -> Any:
        return self.service.stations.apply_events(identity, list(events))

    def next_seq(self) -> int:
        self.seq += 1
        return self.seq

    def go_silent(self, session_id: str, used: int, remaining: int, silence: float) -> str:
        """RC-01 reports, then falls silent for ``silence`` s while RC-02 keeps calling."""
        self.send(self.rc01, beat(self.next_seq(), session_id, used, remaining))
        reported_at = row(self.service, session_id)["reported_at"]
        self.clock.advance(silence)
        seen(self.service, self.rc02)
        self.sweeper.sweep_once()
        return reported_at


@pytest.fixture
def room(service: Service, site: str, clock: FakeClock) -> Room:
    return Room(service, clock)


def test_a_silent_station_s_session_ends_at_its_last_report_never_at_its_start(
    room: Room,
) -> None:
    grant = room.service.stations.sign_in(room.rc01, "card", None)
    room.clock.advance(600)
    reported_at = room.go_silent(grant.session_id, 600, 3000, OFFLINE_AFTER_SECONDS + 5)
    closed = row(room.service, grant.session_id)
    assert closed["state"] == "ended" and closed["end_reason"] == "stale"
    assert closed["ended_at"] == reported_at != closed["started_at"]
    assert closed["end_epoch"] - closed["start_epoch"] == 600  # what the statistics read
    # it may run on its station until its time is up
    assert (from_iso(closed["open_until"]) - from_iso(reported_at)).total_seconds() == 3000


def test_the_station_back_reopens_its_session_when_nothing_contradicts_it(room: Room) -> None:
    grant = room.service.stations.sign_in(room.rc01, "card", None)
    room.clock.advance(60)
    room.go_silent(grant.session_id, 60, 3540, 90)
    assert row(room.service, grant.session_id)["state"] == "ended"
    # the station kept counting through the cut: 150 s used by now
    result = room.send(room.rc01, beat(room.next_seq(), grant.session_id, 150, 3450))
    reopened = row(room.service, grant.session_id)
    assert result.changed and not result.commands_queued
    assert reopened["state"] == "active" and reopened["ended_at"] is None
    assert reopened["open_until"] is None and reopened["end_reason"] is None
    assert reopened["used_seconds"] == 150 and reopened["remaining_seconds"] == 3450
    sessions = room.service.staff.sessions(None)
    assert [(s.id, s.state) for s in sessions] == [(grant.session_id, "active")]
    # staff can act on it again
    status = room.service.staff.create_command(
        None, "RC-01", CommandRequest(kind=CommandKind.EXTEND, minutes=5)
    )
    assert status.kind == CommandKind.EXTEND
    assert ledger_total(room.service) == used_by_sessions(room.service) == 150


def test_a_visitor_never_holds_two_sessions_through_a_cut(room: Room) -> None:
    """30 min a day: the second station waits for the first one's fate (59 min before)."""
    room.service.directory.set_policy("*", session_minutes=30, daily_minutes=30, weekly_minutes=600)
    grant = room.service.stations.sign_in(room.rc01, "card", None)
    assert grant.granted_seconds == 1800
    room.clock.advance(300)
    room.go_silent(grant.session_id, 300, 1500, 60)
    seen(room.service, room.rc02)
    with pytest.raises(Refused) as refused:
        room.service.stations.sign_in(room.rc02, "card", None)
    assert refused.value.code == ErrorCode.SIGNED_IN_ELSEWHERE
    assert refused.value.details == {"station": "RC-01", "silent": True}
    # once the first station's time would be up, it cannot be running any more: its whole
    # grant counts, whatever it reported last
    room.clock.advance(1500)
    seen(room.service, room.rc02)
    with pytest.raises(Refused) as refused:
        room.service.stations.sign_in(room.rc02, "card", None)
    assert refused.value.code == ErrorCode.NO_TIME_LEFT


def test_staff_end_a_silent_session_at_the_desk_and_the_visitor_moves(room: Room) -> None:
    desk = member(room.service)
    grant = room.service.stations.sign_in(room.rc01, "card", None)
    room.clock.advance(600)
    room.go_silent(grant.session_id, 600, 3000, 60)
    status = room.service.staff.create_command(desk, "RC-01", CommandRequest(kind=CommandKind.END))
    assert status.status == "pending"  # the station ends it when it comes back
    settled = row(room.service, grant.session_id)
    assert settled["open_until"] is None and settled["end_reason"] == "staff"
    seen(room.service, room.rc02)
    second = room.service.stations.sign_in(room.rc02, "card", None)
    assert second.granted_seconds == 3600  # 10 min of a 120 min day used; session limit 60
    # RC-01 comes back still running it: told to end, and the settled session never grows
    result = room.send(room.rc01, beat(room.next_seq(), grant.session_id, 700, 2900))
    assert not result.commands_queued  # the staff's end is already waiting
    assert [c["kind"] for c in pending(room.service, room.rc01.id)] == [CommandKind.END]
    moment = to_iso(room.clock())
    room.send(room.rc01, ended(room.next_seq(), grant.session_id, 701, moment, EndReason.STAFF))
    assert row(room.service, grant.session_id)["used_seconds"] == 600
    assert ledger_total(room.service) == used_by_sessions(room.service) == 600


def test_staff_end_an_offline_station_s_active_session(room: Room) -> None:
    grant = room.service.stations.sign_in(room.rc01, "card", None)
    room.clock.advance(120)
    room.send(room.rc01, beat(room.next_seq(), grant.session_id, 120, 3480))
    room.clock.advance(OFFLINE_AFTER_SECONDS + 1)  # offline, not swept yet
    room.service.staff.create_command(None, "RC-01", CommandRequest(kind=CommandKind.END))
    closed = row(room.service, grant.session_id)
    assert closed["state"] == "ended" and closed["end_reason"] == "staff"
    assert closed["used_seconds"] == 120 and closed["open_until"] is None
    seen(room.service, room.rc02)
    room.service.stations.sign_in(room.rc02, "card", None)


@pytest.mark.parametrize(
    ("contradiction", "reason"),
    [
        ("elsewhere", EndReason.ELSEWHERE),
        ("closed", EndReason.CLOSING),
        ("no time", EndReason.NO_TIME),
    ],
)
def test_the_station_back_is_told_to_end_what_cannot_go_on(
    room: Room, contradiction: str, reason: EndReason
) -> None:
    room.service.sites.set_day("EPN Test", "mon", "09:00-10:00")
    grant = room.service.stations.sign_in(room.rc01, "card", None)
    room.clock.advance(300)
    room.go_silent(grant.session_id, 300, 3300, 60)
    if contradiction == "elsewhere":
        # RC-02, cut off too, admitted the visitor on its own (offline sign-in) and says so
        offline = Event(
            event_id=str(uuid.uuid4()),
            seq=1,
            kind=EventKind.SESSION_STARTED,
            at=to_iso(room.clock()),
            session_id=str(uuid.uuid4()),
            identifier="card",
            granted_seconds=1200,
        )
        assert room.send(room.rc02, offline).changed
    elif contradiction == "closed":
        room.clock.advance(3300)  # 10:00 passed while the station was silent
    else:
        room.service.directory.set_policy(
            "*", session_minutes=60, daily_minutes=5, weekly_minutes=600
        )
    used = 360 if contradiction != "closed" else 3360
    result = room.send(room.rc01, beat(room.next_seq(), grant.session_id, used, 60))
    assert result.commands_queued
    [command] = pending(room.service, room.rc01.id)
    assert command["kind"] == CommandKind.END and command["reason"] == reason.value
    assert command["session_id"] == grant.session_id
    still = row(room.service, grant.session_id)
    assert still["state"] == "ended" and still["open_until"] is not None
    # the station applies it and reports the real end; replays change nothing
    end = ended(room.next_seq(), grant.session_id, used + 1, to_iso(room.clock()), reason)
    for _ in range(2):
        room.send(room.rc01, end)
        final = row(room.service, grant.session_id)
        assert final["used_seconds"] == used + 1 and final["open_until"] is None
        assert final["end_reason"] == reason.value
        assert final["ended_at"] == to_iso(room.clock())
    late = room.send(room.rc01, beat(room.next_seq(), grant.session_id, used + 50, 10))
    assert not late.changed and row(room.service, grant.session_id)["used_seconds"] == used + 1
    assert ledger_total(room.service) == used_by_sessions(room.service)
    action, after = last_audit(room.service)
    assert action == "command.end" and after["reason"] == reason.value


def test_a_rebooted_station_settles_its_silent_session_with_its_snapshot(room: Room) -> None:
    grant = room.service.stations.sign_in(room.rc01, "card", None)
    room.clock.advance(100)
    room.go_silent(grant.session_id, 100, 3500, 300)
    at = to_iso(room.clock())
    # its outbox first: the session closed at the last snapshot, then a free heartbeat
    room.send(
        room.rc01,
        ended(room.next_seq(), grant.session_id, 130, at, EndReason.REBOOT),
        beat(room.next_seq(), None),
    )
    final = row(room.service, grant.session_id)
    assert final["used_seconds"] == 130 and final["open_until"] is None
    assert final["end_reason"] == EndReason.REBOOT
    seen(room.service, room.rc02)
    room.service.stations.sign_in(room.rc02, "card", None)


def test_a_free_heartbeat_settles_what_its_station_was_running(room: Room) -> None:
    grant = room.service.stations.sign_in(room.rc01, "card", None)
    room.clock.advance(100)
    room.go_silent(grant.session_id, 100, 3500, 60)
    room.send(room.rc01, beat(room.next_seq(), None))
    assert row(room.service, grant.session_id)["open_until"] is None
    seen(room.service, room.rc02)
    grant2 = room.service.stations.sign_in(room.rc02, "card", None)
    assert grant2.granted_seconds == 3600


def test_the_same_station_resumes_a_silent_session_with_the_time_since_counted(
    room: Room,
) -> None:
    grant = room.service.stations.sign_in(room.rc01, "card", None)
    room.clock.advance(100)
    room.go_silent(grant.session_id, 100, 3500, 60)
    again = room.service.stations.sign_in(room.rc01, "card", None)
    assert again.session_id == grant.session_id
    assert again.granted_seconds == 3500 - 60  # never gives time back
    resumed = row(room.service, grant.session_id)
    assert resumed["state"] == "active" and resumed["open_until"] is None


# --- closing time -------------------------------------------------------------------------


@pytest.fixture
def closing_room(room: Room) -> Room:
    room.service.sites.set_day("EPN Test", "mon", "09:00-18:00")
    room.clock.advance(hours=8, minutes=21)  # 17:21 in Brussels: 39 min to closing
    return room


def test_an_extension_past_closing_is_cut_to_closing(closing_room: Room) -> None:
    room = closing_room
    desk = member(room.service)
    room.service.directory.set_policy(
        "*", session_minutes=30, daily_minutes=120, weekly_minutes=600
    )
    grant = room.service.stations.sign_in(room.rc01, "card", None)
    assert grant.granted_seconds == 30 * 60  # ends 9 min before closing
    room.clock.advance(60)
    status = room.service.staff.create_command(
        desk, "RC-01", CommandRequest(kind=CommandKind.EXTEND, minutes=60, request_id="r1")
    )
    assert status.kind == CommandKind.SET_TIME and status.seconds == 38 * 60
    assert status.clipped_to == "2025-03-10T17:00:00.000000+00:00"  # 18:00 in Brussels
    [command] = room.service.stations.pending_commands(room.rc01.id, 0)
    assert command.kind == CommandKind.SET_TIME and command.seconds == 38 * 60
    assert not command.after_hours
    assert last_audit(room.service)[1]["clipped_to_closing"] == status.clipped_to
    # sent again (a retry): the same command, not a refusal
    again = room.service.staff.create_command(
        desk, "RC-01", CommandRequest(kind=CommandKind.EXTEND, minutes=60, request_id="r1")
    )
    assert again.id == status.id
    # set_time past closing is cut too; an extension when it already ends at closing: refused
    cut = room.service.staff.create_command(
        desk, "RC-01", CommandRequest(kind=CommandKind.SET_TIME, seconds=36000)
    )
    assert cut.seconds == 38 * 60 and cut.clipped_to == status.clipped_to
    # the station applied it: its session now ends at closing
    room.send(room.rc01, beat(room.next_seq(), grant.session_id, 60, 38 * 60))
    with pytest.raises(Refused) as refused:
        room.service.staff.create_command(
            desk, "RC-01", CommandRequest(kind=CommandKind.EXTEND, minutes=5)
        )
    assert refused.value.code == ErrorCode.CLOSED


def test_a_cut_extension_says_the_closing_instant_itself(closing_room: Room) -> None:
    room = closing_room
    room.service.directory.set_policy(
        "*", session_minutes=30, daily_minutes=120, weekly_minutes=600
    )
    room.service.stations.sign_in(room.rc01, "card", None)
    room.clock.advance(60.25)  # a request arrives at any fraction of a second
    status = room.service.staff.create_command(
        None, "RC-01", CommandRequest(kind=CommandKind.EXTEND, minutes=60)
    )
    assert status.kind == CommandKind.SET_TIME and status.seconds == 38 * 60  # rounded up
    assert status.clipped_to == "2025-03-10T17:00:00.000000+00:00"  # 18:00 sharp, not 18:00:00.75
    assert last_audit(room.service)[1]["clipped_to_closing"] == status.clipped_to


def test_an_extension_within_opening_hours_is_not_touched(closing_room: Room) -> None:
    room = closing_room
    room.service.directory.set_policy(
        "*", session_minutes=30, daily_minutes=120, weekly_minutes=600
    )
    room.service.stations.sign_in(room.rc01, "card", None)
    status = room.service.staff.create_command(
        None, "RC-01", CommandRequest(kind=CommandKind.EXTEND, minutes=9)
    )
    assert status.kind == CommandKind.EXTEND and status.minutes == 9
    assert status.clipped_to is None


def test_after_hours_is_an_audited_administrator_override(closing_room: Room) -> None:
    room = closing_room
    desk = member(room.service)
    admin = member(room.service, "coordination", role="admin")
    room.service.stations.sign_in(room.rc01, "card", None)
    with pytest.raises(Refused) as refused:
        room.service.staff.create_command(
            desk, "RC-01", CommandRequest(kind=CommandKind.EXTEND, minutes=60, after_hours=True)
        )
    assert refused.value.code == ErrorCode.FORBIDDEN
    status = room.service.staff.create_command(
        admin, "RC-01", CommandRequest(kind=CommandKind.EXTEND, minutes=60, after_hours=True)
    )
    assert status.kind == CommandKind.EXTEND and status.minutes == 60 and status.after_hours
    [command] = room.service.stations.pending_commands(room.rc01.id, 0)
    assert command.after_hours
    assert last_audit(room.service)[1]["after_hours"] is True
