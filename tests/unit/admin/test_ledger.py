"""Sessions and ledger: resume on the same station, the daily totals, the stale sweeper,
the warning thresholds of a grant, and ``epn usage`` / ``epn rules``."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from admin.cli import app as cli
from admin.core.actors import StationIdentity
from admin.core.errors import Refused
from admin.core.notify import STATIONS_TOPIC, Notifier
from admin.core.timeutil import to_iso, utc_now
from admin.db.migrations import ledger_backfill
from admin.db.store import Store
from admin.rules.session_rules import SessionRules, parse_warnings
from admin.services import Service
from admin.sessions import ledger
from admin.sessions.sweeper import Sweeper
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.limits import OFFLINE_AFTER_SECONDS
from kiosk.protocol.station import EndReason, Event, EventKind
from tests.helpers.clock import FakeClock
from tests.helpers.liveserver import wait_until

Capture = pytest.CaptureFixture[str]


def station(service: Service, name: str = "RC-01", site: str = "EPN Test") -> StationIdentity:
    return service.stations.authenticate(service.directory.add_station(name, site).token)


def seen(service: Service, identity: StationIdentity) -> None:
    service.store.write(
        lambda db: db.execute(
            "UPDATE stations SET last_seen_at = ? WHERE id = ?",
            [to_iso(service.clock()), identity.id],
        )
    )


def event(kind: EventKind, seq: int, **fields: Any) -> Event:
    return Event(event_id=str(uuid.uuid4()), seq=seq, kind=kind, at="2025-03-10T09:00", **fields)


def heartbeat(seq: int, session_id: str, used: int, remaining: int) -> Event:
    return event(
        EventKind.HEARTBEAT,
        seq,
        session_id=session_id,
        used_seconds=used,
        remaining_seconds=remaining,
    )


def ended(seq: int, session_id: str, used: int) -> Event:
    return event(
        EventKind.SESSION_ENDED,
        seq,
        session_id=session_id,
        used_seconds=used,
        reason=EndReason.VISITOR,
    )


def row(service: Service, session_id: str) -> dict[str, Any]:
    return service.store.read(
        lambda db: next(db.query("SELECT * FROM sessions WHERE id = ?", [session_id]))
    )


def totals(service: Service) -> dict[tuple[int, str], int]:
    return service.store.read(
        lambda db: {
            (r["visitor_id"], r["day"]): r["seconds"]
            for r in db.query("SELECT * FROM visitor_usage WHERE seconds != 0")
        }
    )


def sums_of_sessions(service: Service) -> dict[tuple[int, str], int]:
    return service.store.read(
        lambda db: {
            (r["visitor_id"], r["day"]): r["used"]
            for r in db.query(
                "SELECT visitor_id, day, SUM(used_seconds) AS used FROM sessions"
                " GROUP BY 1, 2 HAVING used != 0"
            )
        }
    )


# --- resume -----------------------------------------------------------------------------


def test_same_visitor_on_the_same_station_resumes_the_session(
    service: Service, site: str, clock: FakeClock
) -> None:
    rc01 = station(service)
    service.directory.add_visitor("card")
    first = service.stations.sign_in(rc01, "card", None)
    clock.advance(600)
    service.stations.apply_events(rc01, [heartbeat(1, first.session_id, 600, 3000)])
    clock.advance(60)  # the station lost the session; the minute since its report counts
    again = service.stations.sign_in(rc01, "card", None)

    assert again.session_id == first.session_id
    assert again.granted_seconds == 3000 - 60  # what was left, not a new allowance
    resumed = row(service, first.session_id)
    assert resumed["state"] == "active" and resumed["used_seconds"] == 660
    assert service.store.read(lambda db: db["sessions"].count) == 1

    # the station counts again from 0: its reports add to what was used before
    clock.advance(100)
    service.stations.apply_events(rc01, [heartbeat(2, first.session_id, 100, 2840)])
    assert row(service, first.session_id)["used_seconds"] == 760
    service.stations.apply_events(rc01, [ended(3, first.session_id, 130)])
    assert row(service, first.session_id)["used_seconds"] == 790
    assert totals(service) == sums_of_sessions(service) == {(1, "2025-03-10"): 790}


def test_a_resumed_session_with_no_time_left_gives_way_to_a_new_grant(
    service: Service, site: str, clock: FakeClock
) -> None:
    rc01 = station(service)
    service.directory.add_visitor("card")
    first = service.stations.sign_in(rc01, "card", None)
    clock.advance(3590)
    service.stations.apply_events(rc01, [heartbeat(1, first.session_id, 3590, 10)])
    clock.advance(60)
    second = service.stations.sign_in(rc01, "card", None)
    assert second.session_id != first.session_id
    old = row(service, first.session_id)
    assert old["state"] == "ended" and old["end_reason"] == "stale"
    assert second.granted_seconds == 3600  # 7200 a day - 3590 used leaves more than a session


def test_resume_is_cut_at_closing_time(service: Service, site: str, clock: FakeClock) -> None:
    rc01 = station(service)
    service.directory.add_visitor("card")
    first = service.stations.sign_in(rc01, "card", None)
    service.sites.set_day(site, "mon", "08:00-09:30")  # it is 09:00 in Brussels
    again = service.stations.sign_in(rc01, "card", None)
    assert again.session_id == first.session_id and again.granted_seconds == 1800


# --- ledger -----------------------------------------------------------------------------


def test_totals_follow_heartbeats_ends_and_ignore_replays(
    service: Service, site: str, clock: FakeClock
) -> None:
    rc01, rc02 = station(service, "RC-01"), station(service, "RC-02")
    service.directory.add_visitor("a")
    service.directory.add_visitor("b")
    a = service.stations.sign_in(rc01, "a", None)
    b = service.stations.sign_in(rc02, "b", None)
    batch_a = [heartbeat(1, a.session_id, 300, 3300), ended(2, a.session_id, 420)]
    service.stations.apply_events(rc01, batch_a)
    service.stations.apply_events(rc02, [heartbeat(1, b.session_id, 50, 3550)])
    # a heartbeat reporting less than already known (out of order) lowers nothing
    service.stations.apply_events(rc02, [heartbeat(2, b.session_id, 40, 3560)])
    before = totals(service)
    assert before == sums_of_sessions(service) == {(1, "2025-03-10"): 420, (2, "2025-03-10"): 50}

    service.stations.apply_events(rc01, batch_a)  # replayed whole: nothing changes
    service.stations.apply_events(rc01, list(reversed(batch_a)))
    assert totals(service) == before


def test_the_grant_reads_the_daily_totals(service: Service, site: str) -> None:
    rc01 = station(service)
    visitor_id = service.directory.add_visitor("card")
    # no session at all, only the ledger says 7000 s were used today (e.g. a backfilled day)
    service.store.write(
        lambda db: db.execute(
            "INSERT INTO visitor_usage (visitor_id, day, seconds) VALUES (?, '2025-03-10', 7000)",
            [visitor_id],
        )
    )
    assert service.stations.sign_in(rc01, "card", None).granted_seconds == 200


def test_a_session_across_midnight_counts_on_its_start_day(
    service: Service, site: str, clock: FakeClock
) -> None:
    clock.set(datetime(2025, 3, 10, 22, 50, tzinfo=UTC))  # Monday 23:50 in Brussels
    rc01 = station(service)
    service.directory.add_visitor("card")
    grant = service.stations.sign_in(rc01, "card", None)
    clock.advance(minutes=20)  # Tuesday 00:10
    seen(service, rc01)
    service.stations.apply_events(rc01, [ended(1, grant.session_id, 1200)])
    assert totals(service) == {(1, "2025-03-10"): 1200}
    used = service.store.read(lambda db: ledger.usage(db, 1, clock(), "Europe/Brussels"))
    assert (used.today_seconds, used.week_seconds) == (0, 1200)
    assert service.stations.sign_in(rc01, "card", None).granted_seconds == 3600


def test_the_migrations_backfill_rebuilds_the_totals_from_the_sessions(
    service: Service, site: str, clock: FakeClock
) -> None:
    rc01 = station(service)
    service.directory.add_visitor("card")
    grant = service.stations.sign_in(rc01, "card", None)
    service.stations.apply_events(rc01, [ended(1, grant.session_id, 900)])
    expected = totals(service)

    def wipe_and_backfill(db: Database) -> None:
        db.execute("UPDATE sessions SET day = NULL")
        db.execute("DELETE FROM visitor_usage")
        ledger_backfill(db)

    service.store.write(wipe_and_backfill)
    assert totals(service) == expected == {(1, "2025-03-10"): 900}


# --- stale sessions ---------------------------------------------------------------------


def test_sweeper_closes_sessions_of_silent_stations_at_their_last_report(
    service: Service, site: str, clock: FakeClock
) -> None:
    rc01, rc02 = station(service, "RC-01"), station(service, "RC-02")
    service.directory.add_visitor("a")
    service.directory.add_visitor("b")
    silent = service.stations.sign_in(rc01, "a", None)
    alive = service.stations.sign_in(rc02, "b", None)
    clock.advance(60)
    seen(service, rc01)
    seen(service, rc02)
    service.stations.apply_events(rc01, [heartbeat(1, silent.session_id, 60, 3540)])
    reported_at = row(service, silent.session_id)["reported_at"]
    notifier = Notifier()
    sweeper = Sweeper(service.store, clock, notifier)
    version = notifier.version(STATIONS_TOPIC)

    assert sweeper.sweep_once() == []  # nobody silent yet
    clock.advance(OFFLINE_AFTER_SECONDS + 5)
    seen(service, rc02)
    assert sweeper.sweep_once() == [silent.session_id]
    closed = row(service, silent.session_id)
    assert closed["state"] == "ended" and closed["end_reason"] == "stale"
    assert closed["ended_at"] == reported_at and closed["used_seconds"] == 60
    assert row(service, alive.session_id)["state"] == "active"
    assert notifier.version(STATIONS_TOPIC) > version
    assert sweeper.sweep_once() == []


def test_a_station_back_after_a_stale_close_gets_its_real_end_counted_once(
    service: Service, site: str, clock: FakeClock
) -> None:
    rc01 = station(service)
    service.directory.add_visitor("card")
    grant = service.stations.sign_in(rc01, "card", None)
    service.stations.apply_events(rc01, [heartbeat(1, grant.session_id, 60, 3540)])
    clock.advance(OFFLINE_AFTER_SECONDS + 60)
    Sweeper(service.store, clock).sweep_once()
    # back online: the outbox replays what it counted offline, twice over: the session ran
    # on (reopened by the heartbeat), then the visitor ended it
    late = [heartbeat(2, grant.session_id, 120, 3480), ended(3, grant.session_id, 150)]
    first = service.stations.apply_events(rc01, late)
    assert first.changed
    for _ in range(2):
        result = service.stations.apply_events(rc01, late)
        closed = row(service, grant.session_id)
        assert closed["state"] == "ended" and closed["end_reason"] == EndReason.VISITOR
        assert closed["used_seconds"] == 150 and closed["open_until"] is None
        assert totals(service) == {(1, "2025-03-10"): 150}
        assert not result.changed


def test_sweeper_thread_sweeps_until_stopped(service: Service, site: str, clock: FakeClock) -> None:
    rc01 = station(service)
    service.directory.add_visitor("card")
    grant = service.stations.sign_in(rc01, "card", None)
    clock.advance(OFFLINE_AFTER_SECONDS + 1)
    with Sweeper(service.store, clock, interval=0.01) as sweeper:
        wait_until(lambda: row(service, grant.session_id)["state"] == "ended", what="swept")
    sweeps = sweeper.sweeps
    assert sweeps >= 1 and sweeper.sweeps == sweeps  # stopped


# --- warnings ---------------------------------------------------------------------------


def test_warning_thresholds_per_site_and_category_reach_the_grant(
    service: Service, site: str
) -> None:
    service.directory.add_site("EPN Other")
    rc01, other = station(service, "RC-01"), station(service, "OT-01", "EPN Other")
    for identifier, category in (("adult", "adult"), ("youth", "youth"), ("y2", "youth")):
        service.directory.add_visitor(identifier, category=category)
    assert service.stations.sign_in(rc01, "adult", None).warning_seconds == [300, 60]

    rules = SessionRules(service.store, service.clock)
    rules.set("*", warning_seconds=[60, 600, 120])
    rules.set("youth", site=site, warning_seconds=[180])
    rules.set("youth", extend_minutes=5)  # sets no warnings: the city's '*' ones still apply
    assert service.stations.sign_in(rc01, "youth", None).warning_seconds == [180]
    assert service.stations.sign_in(other, "y2", None).warning_seconds == [600, 120, 60]
    assert rules.clear("youth", site=site)
    assert rules.effective(site, "youth").warning_seconds == (600, 120, 60)


@pytest.mark.parametrize("text", ["abc", "0", "1,2,3,4,5,6", "7200"])
def test_bad_warnings_are_refused(text: str, service: Service) -> None:
    with pytest.raises(ValueError):
        parse_warnings(text)
    with pytest.raises(Refused) as info:
        SessionRules(service.store).set("*", warning_seconds=[0])
    assert info.value.code == ErrorCode.INVALID_REQUEST


# --- CLI --------------------------------------------------------------------------------


def run(capsys: Capture, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_usage_show_from_the_cli(
    service: Service, site: str, db_path: Path, capsys: Capture, clock: FakeClock
) -> None:
    clock.set(utc_now())  # the CLI reads the real clock
    rc01 = station(service)
    service.directory.add_visitor("card", display_name="Fatima")
    grant = service.stations.sign_in(rc01, "card", None)
    service.stations.apply_events(rc01, [ended(1, grant.session_id, 754)])
    db = str(db_path)

    code, out, _ = run(capsys, "usage", "show", "card", "--json", "--db", db)
    shown = json.loads(out)
    assert code == 0 and shown["today_seconds"] == shown["week_seconds"] == 754
    assert [(s["station"], s["used_seconds"]) for s in shown["sessions"]] == [("RC-01", 754)]
    code, out, _ = run(capsys, "usage", "show", "card", "--db", db)
    assert code == 0 and f"today ({shown['today']}): 0:12:34" in out and "RC-01" in out
    code, _, err = run(capsys, "usage", "show", "nobody", "--db", db)
    assert code == 1 and err.strip() == "epn: no such visitor"


def test_rules_from_the_cli(service: Service, site: str, db_path: Path, capsys: Capture) -> None:
    db = str(db_path)
    code, out, _ = run(
        capsys, "rules", "set", "youth", "--site", site, "--warnings", "120,600", "--db", db
    )
    assert code == 0
    assert (
        run(
            capsys, "rules", "set", "*", "--extend-minutes", "10", "--extend-times", "2", "--db", db
        )[0]
        == 0
    )
    code, out, _ = run(capsys, "rules", "list", "--json", "--db", db)
    listed = json.loads(out)
    assert [(r["site"], r["category"]) for r in listed] == [(None, "*"), (site, "youth")]
    assert listed[1]["warning_seconds"] == [600, 120]
    code, out, _ = run(capsys, "rules", "show", "youth", "--site", site, "--json", "--db", db)
    assert json.loads(out) == {
        "warning_seconds": [600, 120],
        "extend_minutes": 10,
        "extend_times": 2,
        "extend_min_free": 1,
    }
    assert run(capsys, "rules", "list", "--db", db)[1].count("\n") == 3
    bad = run(capsys, "rules", "set", "youth", "--warnings", "soon", "--db", db)
    assert bad[0] == 2 and len(bad[2].strip().splitlines()) == 1
    assert run(capsys, "rules", "set", "youth", "--db", db)[0] == 1  # nothing to set
    assert run(capsys, "rules", "clear", "youth", "--site", site, "--db", db)[0] == 0
    assert run(capsys, "rules", "clear", "youth", "--site", site, "--db", db)[0] == 1
    entries = Store(db_path).read(lambda d: [r["action"] for r in d.query("SELECT * FROM audit")])
    assert entries.count("rules.set") == 2 and entries.count("rules.clear") == 1
