"""The label report's rollup (m034) stays what the sessions say through sign-ins, heartbeats,
session ends, offline sessions, retention (pseudonymisation, then the keys dropped), a site's
timezone changing and a station moving; the report read from it equals the report read from the
sessions, over months, quarters, years and any dates."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from admin.core.timeutil import to_iso
from admin.services import Service
from kiosk.protocol.station import EndReason, Event, EventKind
from tests.helpers.clock import FakeClock
from tests.helpers.label_rollup import reports_agree, rollup_consistent
from tests.unit.admin.test_privacy_retention import job, world  # noqa: F401 (the fixture)
from tests.unit.admin.test_reconcile import Room, beat, ended, room  # noqa: F401 (the fixture)


def test_sign_ins_heartbeats_ends_and_offline_sessions(room: Room) -> None:  # noqa: F811
    service, clock = room.service, room.clock
    room.service.directory.add_visitor("other")
    first = service.stations.sign_in(room.rc01, "card", None)
    clock.advance(600)
    room.send(room.rc01, beat(room.next_seq(), first.session_id, 600, 3000))
    room.send(
        room.rc01, ended(room.next_seq(), first.session_id, 700, to_iso(clock()), EndReason.VISITOR)
    )
    # an offline session on RC-02, reported when the station is back, then ended
    offline = str(uuid.uuid4())
    started = Event(
        event_id=str(uuid.uuid4()),
        seq=room.next_seq(),
        kind=EventKind.SESSION_STARTED,
        at=to_iso(clock() - timedelta(minutes=5)),
        session_id=offline,
        identifier="other",
        granted_seconds=1200,
    )
    assert room.send(room.rc02, started).changed
    room.send(room.rc02, ended(room.next_seq(), offline, 400, to_iso(clock()), EndReason.VISITOR))
    # a late event correcting the used seconds of an ended session
    room.send(
        room.rc01, ended(room.next_seq(), first.session_id, 760, to_iso(clock()), EndReason.VISITOR)
    )
    # one still running: in the report, not in the rollup
    clock.advance(60)
    running = service.stations.sign_in(room.rc01, "card", None)
    room.send(room.rc01, beat(room.next_seq(), running.session_id, 120, 3000))
    assert rollup_consistent(service)
    today = clock().date()
    month = f"{today.year:04d}-{today.month:02d}"
    [figures] = reports_agree(service, clock, month)
    assert figures["total"][0] == 3 and figures["total"][4] == 2
    reports_agree(service, clock, str(today.year), (today.replace(day=1), today))


def test_retention_pseudonymising_then_dropping_the_keys(
    service: Service,
    world: dict[str, int],  # noqa: F811
    clock: FakeClock,
) -> None:
    periods: list[str | tuple[date, date]] = [
        "2024",
        "2024-06",
        "2025",
        "2025-Q4",
        "2025-02",
        (date(2024, 11, 20), date(2025, 3, 3)),
        (date(2025, 6, 1), date(2025, 6, 30)),
    ]
    before = reports_agree(service, clock, *periods)
    assert rollup_consistent(service)
    job(service, clock, key_months=36).run()  # pseudonymised, the keys kept
    assert rollup_consistent(service)
    assert reports_agree(service, clock, *periods) == before
    counts = job(service, clock).run()  # the keys older than 24 months dropped
    assert counts.sessions_keys_dropped > 0
    assert rollup_consistent(service)
    after = reports_agree(service, clock, *periods)
    # sessions and hours stay; the usage of 2024 before December is nobody's now
    assert [f["total"][:4] for f in after] == [f["total"][:4] for f in before]
    assert after[0]["without"] > 0 and after[0]["total"][4] == before[0]["total"][4]
    assert before[1]["total"][4] > 0 and after[1]["total"][4] == 0
    assert after[1]["without"] == after[1]["total"][0]
    assert after[2] == before[2]


def test_a_timezone_changed_or_a_station_moved_reads_the_sessions(
    service: Service,
    world: dict[str, int],  # noqa: F811
    clock: FakeClock,
) -> None:
    service.directory.add_site("EPN Autre")
    service.store.write(
        lambda db: db.execute("UPDATE sites SET timezone = 'Europe/London' WHERE id = 1")
    )
    reports_agree(service, clock, "2025", "2025-03", (date(2025, 3, 10), date(2025, 5, 2)))
    service.store.write(lambda db: db.execute("UPDATE stations SET site_id = 2"))
    [moved] = reports_agree(service, clock, "2025")
    assert moved["sites"][0][1][0] == 0 and moved["sites"][1][1][0] > 0
