"""Retention (admin/privacy/retention.py) with a fake clock: old usage pseudonymised with the
counts unchanged, keys dropped later, unused accounts erased after a warning, old audit
entries deleted, nothing else touched, and a dry run that changes nothing."""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlite_utils import Database

from admin.core.timeutil import to_iso
from admin.db.migrations import _PRIVACY_ROLLUP
from admin.privacy.retention import RetentionJob, RetentionSweeper
from admin.privacy.settings import Retention, RetentionError, add_options, from_args
from admin.services import Service
from tests.helpers.clock import FakeClock

NOW = datetime(2026, 12, 15, 10, 0, tzinfo=UTC)
CARDS = ("1001", "1002", "1003")


def _insert(db: Database, n: int, station: int, visitor: int, at: datetime, used: int) -> None:
    db.execute(
        "INSERT INTO sessions (id, station_id, visitor_id, state, started_at, ended_at,"
        " granted_seconds, used_seconds, remaining_seconds, day)"
        " VALUES (?, ?, ?, 'ended', ?, ?, 3600, ?, 0, ?)",
        [
            f"s{n}",
            station,
            visitor,
            to_iso(at),
            to_iso(at + timedelta(seconds=used)),
            used,
            at.date().isoformat(),
        ],
    )


@pytest.fixture
def world(service: Service, site: str, clock: FakeClock) -> dict[str, int]:
    """Three cards; sessions every 9 days for 30 months; rows of every other table."""
    clock.set(NOW - timedelta(days=1000))  # the accounts' creation
    service.directory.add_station("RC-01", site)
    ids = {card: service.directory.add_visitor(card, display_name=f"Name {card}") for card in CARDS}
    clock.set(NOW)

    def fill(db: Database) -> None:
        station = db.execute("SELECT id FROM stations").fetchone()[0]
        site_id = db.execute("SELECT id FROM sites").fetchone()[0]
        at, n = NOW - timedelta(days=900), 0
        while at < NOW - timedelta(days=1):
            for i, card in enumerate(CARDS[:2] if at.month % 2 else CARDS):
                n += 1
                _insert(db, n, station, ids[card], at + timedelta(hours=i), 600 + 60 * i)
            at += timedelta(days=9)
        # the last use of 1003 is 11 months and a half ago: erased within a month
        db.execute(
            "DELETE FROM sessions WHERE visitor_id = ? AND started_at > ?",
            [ids["1003"], to_iso(NOW - timedelta(days=350))],
        )
        old, recent = (NOW - timedelta(days=500)), (NOW - timedelta(days=20))
        for when in (old, recent):
            db.execute(
                "INSERT INTO charter_acceptances (visitor_id, site_id, day, accepted_at)"
                " VALUES (?, ?, ?, ?)",
                [ids["1001"], site_id, when.date().isoformat(), to_iso(when)],
            )
            db.execute(
                "INSERT INTO audit (at, action, target) VALUES (?, 'visitor.edit', ?)",
                [
                    to_iso(when - timedelta(days=1500 if when == old else 1300)),
                    f"visitor:{ids['1001']}",
                ],
            )
            db.execute(
                "INSERT INTO events (station_id, event_id, seq, kind, received_at, body)"
                " VALUES (?, ?, 1, 'session_started', ?, ?)",
                [station, f"e{when.day}", to_iso(when), '{"identifier": "1001"}'],
            )

    service.store.write(fill)
    return ids


def monthly(service: Service) -> dict[str, tuple[int, int, int]]:
    """Per month: sessions, seconds, distinct visitors (by key, else id), from the rows."""
    rows = service.store.read(
        lambda db: db.execute(
            "SELECT substr(day, 1, 7), COUNT(*), SUM(used_seconds),"
            " COUNT(DISTINCT COALESCE(-visitor_key, visitor_id)) FROM sessions GROUP BY 1"
        ).fetchall()
    )
    return {r[0]: (r[1], r[2], r[3]) for r in rows}


def reports(service: Service) -> list[tuple[int, int, int]]:
    """The statistics' figures of a month (the rollup) and of a 60-day span (the sessions)."""
    found = []
    for start, end in (
        (date(2025, 10, 1), date(2025, 10, 31)),
        (date(2025, 11, 10), date(2026, 1, 8)),
    ):
        report = service.stats.report(None, None, start=start, end=end)
        found.append((report.sessions, report.seconds_used, report.unique_visitors))
    return found


def snapshot(service: Service, table: str) -> list[tuple[Any, ...]]:
    return service.store.read(lambda db: [tuple(r) for r in db.execute(f"SELECT * FROM {table}")])


def job(service: Service, clock: FakeClock, **periods: int) -> RetentionJob:
    return RetentionJob(service.store, Retention(**periods), clock, batch=7, pause=0)


def test_old_usage_loses_its_visitor_and_every_count_stays(
    service: Service, world: dict[str, int], clock: FakeClock
) -> None:
    before, figures = monthly(service), reports(service)
    untouched = {t: snapshot(service, t) for t in ("stations", "sites", "occupancy_hours")}
    counts = job(service, clock, key_months=36).run()  # keys kept: every month as it was
    assert monthly(service) == before
    assert reports(service) == figures
    assert {t: snapshot(service, t) for t in untouched} == untouched
    cutoff = "2025-12-01"
    named = service.store.read(
        lambda db: db.execute(
            "SELECT COUNT(*) FROM sessions WHERE visitor_id IS NOT NULL AND started_at < ?",
            [cutoff],
        ).fetchone()[0]
    )
    assert named == 0
    kept = service.store.read(
        lambda db: db.execute(
            "SELECT COUNT(*) FROM sessions WHERE visitor_id IS NOT NULL AND started_at >= ?",
            [cutoff],
        ).fetchone()[0]
    )
    assert kept > 0 and counts.sessions_pseudonymised > 0
    # the ledger's old days, an old charter acceptance, an old event are gone; recent ones stay
    assert [r[2] for r in snapshot(service, "charter_acceptances")] == ["2026-11-25"]
    assert len(snapshot(service, "events")) == 1
    assert counts.charter_acceptances_deleted == 1 and counts.events_deleted == 1
    old_days = service.store.read(
        lambda db: db.execute(
            "SELECT COUNT(*) FROM visitor_usage WHERE day < ?", [cutoff]
        ).fetchone()[0]
    )
    assert old_days == 0 and counts.ledger_days_deleted > 0
    # a second run has nothing left to do but the audit row of the first stays
    again = job(service, clock, key_months=36).run()
    assert again.sessions_pseudonymised == 0 and again.ledger_days_deleted == 0


def rollup_consistent(service: Service) -> bool:
    """The usage rollup (m020, kept per key by m030) equals the one rebuilt from the sessions."""
    backfill = _PRIVACY_ROLLUP[-1].split("(period, site_id, visitor_id, sessions, seconds)", 1)[1]
    kept = service.store.read(
        lambda db: sorted(tuple(r) for r in db.execute("SELECT * FROM usage_rollup"))
    )
    return kept == service.store.read(
        lambda db: sorted(tuple(r) for r in db.execute(backfill).fetchall())
    )


def test_the_key_goes_after_its_own_period(
    service: Service, world: dict[str, int], clock: FakeClock
) -> None:
    before = monthly(service)
    counts = job(service, clock).run()
    assert rollup_consistent(service)
    keyed = service.store.read(
        lambda db: db.execute(
            "SELECT MIN(started_at) FROM sessions WHERE visitor_key IS NOT NULL"
        ).fetchone()[0]
    )
    assert keyed >= "2024-12-01" and counts.sessions_keys_dropped > 0
    after = monthly(service)
    for month, (n, seconds, visitors) in before.items():
        # sessions and hours still count; visitors only while the key is there
        assert after[month][:2] == (n, seconds)
        assert after[month][2] == (visitors if month >= "2024-12" else 0)


def test_a_pseudonymised_session_is_no_longer_the_visitor_s_own_usage(
    service: Service, world: dict[str, int], clock: FakeClock
) -> None:
    card = world["1001"]
    job(service, clock).run()
    own = service.store.read(
        lambda db: db.execute(
            "SELECT MIN(started_at), COUNT(*) FROM sessions WHERE visitor_id = ?", [card]
        ).fetchone()
    )
    assert own[0] >= "2025-12-01" and own[1] > 0
    ledger = service.store.read(
        lambda db: db.execute(
            "SELECT MIN(day) FROM visitor_usage WHERE visitor_id = ?", [card]
        ).fetchone()[0]
    )
    assert ledger >= "2025-12-01"


def test_unused_accounts_are_listed_a_month_ahead_then_erased(
    service: Service, world: dict[str, int], clock: FakeClock
) -> None:
    retention = job(service, clock)
    upcoming = retention.upcoming()
    assert [u.identifier for u in upcoming] == ["1003"]
    assert upcoming[0].display_name == "Name 1003"
    assert retention.run().accounts_deleted == 0  # not yet
    clock.set(datetime.fromisoformat(upcoming[0].deleted_from))
    before = monthly(service)
    counts = job(service, clock).run()
    assert counts.accounts_deleted == 1
    assert monthly(service) == before  # its usage still counts
    cards = [r[1] for r in snapshot(service, "visitors")]
    assert cards == ["1001", "1002"]


def test_old_audit_entries_go_after_their_own_period(
    service: Service, world: dict[str, int], clock: FakeClock
) -> None:
    counts = job(service, clock, audit_months=48).run()
    assert counts.audit_deleted == 1  # the 2021 entry; 2023's is within 48 months
    left = [r[1] for r in snapshot(service, "audit")]
    assert all(at >= "2022" for at in left)


def test_a_dry_run_counts_the_same_and_changes_nothing(
    service: Service, world: dict[str, int], clock: FakeClock
) -> None:
    tables = ("sessions", "visitor_usage", "visitors", "audit", "events", "usage_rollup")
    before = {t: snapshot(service, t) for t in tables}
    dry = job(service, clock).run(dry_run=True)
    assert {t: snapshot(service, t) for t in tables} == before
    real = job(service, clock).run()
    assert dry == real


@pytest.mark.parametrize(
    ("periods", "message"),
    [
        ({"usage_months": 0}, "current month"),
        ({"audit_months": 0}, "current month"),
        ({"usage_months": 24, "key_months": 12}, "at least usage_months"),
        ({"account_months": 36}, "at most key_months"),
    ],
)
def test_periods_that_would_touch_the_current_month_or_contradict_are_refused(
    periods: dict[str, int], message: str
) -> None:
    with pytest.raises(RetentionError, match=message):
        Retention(**periods).checked()


def test_the_command_line_refuses_a_period_of_zero() -> None:
    parser = argparse.ArgumentParser(exit_on_error=False)
    add_options(parser)
    with pytest.raises(argparse.ArgumentError, match="current month"):
        parser.parse_args(["--retention-usage-months", "0"])
    assert from_args(parser.parse_args([])) == Retention()


def test_the_server_runs_it_once_a_day(
    service: Service, world: dict[str, int], clock: FakeClock
) -> None:
    sweeper = RetentionSweeper(job(service, clock), clock)
    assert sweeper.run_if_due() is None  # an hour after start, not at once
    clock.advance(3600)
    assert sweeper.run_if_due() is not None
    clock.advance(3600)
    assert sweeper.run_if_due() is None
    clock.advance(86400)
    assert sweeper.run_if_due() is not None
    runs = [r for r in snapshot(service, "audit") if r[3] == "retention.run"]
    assert len(runs) == 2
