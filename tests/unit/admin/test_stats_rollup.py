"""The rollups of the statistics: usage per month, year, site and visitor (migration m020,
read by admin/reports/stats.py for a month or a year) and span edges per UTC hour and site
(m021, read by admin/reports/occupancy.py): written in the transaction of whatever ends a
session, corrects it or opens it again, so they always equal the ended sessions summed."""

from __future__ import annotations

from typing import Any

import pytest

from admin.core.timeutil import to_iso
from admin.db.migrations import _OCCUPANCY_ROLLUP, _OCCUPANCY_SPANS, _PRIVACY_ROLLUP
from admin.reports.stats import Stats
from admin.services import Service
from kiosk.protocol.station import EndReason
from tests.helpers.clock import FakeClock
from tests.unit.admin.test_reconcile import Room, beat, ended, row


def rollup(service: Service) -> list[tuple[Any, ...]]:
    return service.store.read(
        lambda db: [
            tuple(r)
            for r in db.execute("SELECT * FROM usage_rollup ORDER BY period, site_id, visitor_id")
        ]
    )


def rebuilt(service: Service) -> list[tuple[Any, ...]]:
    """The rollup computed afresh from the sessions (the backfill of m030, which keys it)."""
    backfill = _PRIVACY_ROLLUP[-1].split("(period, site_id, visitor_id, sessions, seconds)", 1)[1]
    return service.store.read(lambda db: sorted(tuple(r) for r in db.execute(backfill).fetchall()))


def hours(service: Service) -> list[tuple[Any, ...]]:
    """The hourly edges, without the rows taken back to nothing."""
    return service.store.read(
        lambda db: [
            tuple(r)
            for r in db.execute(
                "SELECT * FROM occupancy_hours WHERE starts OR starts_into OR ends OR ends_into"
                " ORDER BY hour, site_id"
            )
        ]
    )


def hours_rebuilt(service: Service) -> list[tuple[Any, ...]]:
    backfill = _OCCUPANCY_ROLLUP[-1].split("ends_into)", 1)[1]
    return service.store.read(
        lambda db: sorted(tuple(r) for r in db.execute(_OCCUPANCY_SPANS + backfill).fetchall())
    )


def consistent(service: Service) -> bool:
    return rollup(service) == rebuilt(service) and hours(service) == hours_rebuilt(service)


@pytest.fixture
def room(service: Service, site: str, clock: FakeClock) -> Room:
    return Room(service, clock)


def test_a_session_end_writes_its_month_and_year(room: Room) -> None:
    grant = room.service.stations.sign_in(room.rc01, "card", None)
    room.clock.advance(300)
    room.send(room.rc01, beat(room.next_seq(), grant.session_id, 300, 3300))
    assert rollup(room.service) == []  # active: heartbeats leave it alone
    at = to_iso(room.clock())
    room.send(room.rc01, ended(room.next_seq(), grant.session_id, 320, at, EndReason.VISITOR))
    day = row(room.service, grant.session_id)["day"]
    visitor = -row(room.service, grant.session_id)["visitor_key"]  # the visitor's key (m030)
    site = room.rc01.site_id
    assert rollup(room.service) == [
        (day[:4], site, visitor, 1, 320),
        (day[:7], site, visitor, 1, 320),
    ]
    start = row(room.service, grant.session_id)["start_epoch"]
    end = row(room.service, grant.session_id)["end_epoch"]
    edges = [(start // 3600, site, 1, start % 3600, 0, 0), (end // 3600, site, 0, 0, 1, end % 3600)]
    if start // 3600 == end // 3600:
        edges = [(start // 3600, site, 1, start % 3600, 1, end % 3600)]
    assert hours(room.service) == edges
    assert consistent(room.service)


def test_a_late_report_corrects_an_ended_session_s_seconds(room: Room) -> None:
    grant = room.service.stations.sign_in(room.rc01, "card", None)
    room.clock.advance(100)
    room.go_silent(grant.session_id, 100, 3500, 300)
    assert row(room.service, grant.session_id)["state"] == "ended"
    assert [r[4] for r in rollup(room.service)] == [100, 100]
    # the station comes back with its outbox: the session ended at 130 s
    at = to_iso(room.clock())
    room.send(
        room.rc01,
        ended(room.next_seq(), grant.session_id, 130, at, EndReason.REBOOT),
        beat(room.next_seq(), None),
    )
    assert [r[3:] for r in rollup(room.service)] == [(1, 130), (1, 130)]
    assert consistent(room.service)


def test_a_reopened_session_leaves_the_rollup_until_it_ends_again(room: Room) -> None:
    grant = room.service.stations.sign_in(room.rc01, "card", None)
    room.clock.advance(60)
    room.go_silent(grant.session_id, 60, 3540, 90)
    assert len(rollup(room.service)) == 2
    # the station kept counting through the cut: the session is active again
    room.send(room.rc01, beat(room.next_seq(), grant.session_id, 150, 3450))
    assert row(room.service, grant.session_id)["state"] == "active"
    assert rollup(room.service) == []  # its visitor is no longer counted from the rollup
    assert hours(room.service) == []
    at = to_iso(room.clock())
    room.send(room.rc01, ended(room.next_seq(), grant.session_id, 200, at, EndReason.VISITOR))
    assert [r[3:] for r in rollup(room.service)] == [(1, 200), (1, 200)]
    assert consistent(room.service)


def test_a_session_resumed_by_a_new_sign_in_leaves_the_rollup(room: Room) -> None:
    grant = room.service.stations.sign_in(room.rc01, "card", None)
    room.clock.advance(100)
    room.go_silent(grant.session_id, 100, 3500, 60)
    assert len(rollup(room.service)) == 2
    again = room.service.stations.sign_in(room.rc01, "card", None)
    assert again.session_id == grant.session_id
    assert rollup(room.service) == [] == hours(room.service)
    assert consistent(room.service)


def test_two_sessions_of_a_visitor_add_up_and_a_changed_visitor_or_deletion_moves_them(
    room: Room,
) -> None:
    for identity in (room.rc01, room.rc02):
        grant = room.service.stations.sign_in(identity, "card", None)
        room.clock.advance(600)
        at = to_iso(room.clock())
        room.send(identity, ended(room.next_seq(), grant.session_id, 600, at, EndReason.VISITOR))
    assert [r[3:] for r in rollup(room.service)] == [(2, 1200), (2, 1200)]
    other = room.service.directory.add_visitor("other")
    # a repair giving one session to another visitor (a merge), then erasing it
    room.service.store.write(
        lambda db: db.execute(
            "UPDATE sessions SET visitor_id = ? WHERE id = ?", [other, grant.session_id]
        )
    )
    assert [r[3:] for r in rollup(room.service)] == [(1, 600)] * 4
    assert consistent(room.service)
    room.service.store.write(
        lambda db: db.execute("DELETE FROM sessions WHERE id = ?", [grant.session_id])
    )
    assert [r[3:] for r in rollup(room.service)] == [(1, 600)] * 2
    assert consistent(room.service)


def test_the_month_counts_active_sessions_and_their_visitors_once(room: Room) -> None:
    """The rollup holds ended sessions only: an active one adds its session, its time so far
    and its visitor unless that visitor is counted already."""
    first = room.service.stations.sign_in(room.rc01, "card", None)
    room.clock.advance(600)
    at = to_iso(room.clock())
    room.send(room.rc01, ended(room.next_seq(), first.session_id, 600, at, EndReason.VISITOR))
    room.service.stations.sign_in(room.rc02, "card", None)  # the same visitor, active now
    room.clock.advance(300)
    report = Stats(room.service.store, room.clock).report(None, "month")
    assert (report.sessions, report.unique_visitors) == (2, 1)
    assert report.seconds_used == 600 + 300
    assert [(b.sessions, b.visitors) for b in report.by_site] == [(2, 1)]
    assert [(b.key, b.sessions, b.visitors) for b in report.by_category] == [("adult", 2, 1)]
    one_site = Stats(room.service.store, room.clock).report(None, "month", site=1)
    assert (one_site.sessions, one_site.unique_visitors, one_site.seconds_used) == (2, 1, 900)
