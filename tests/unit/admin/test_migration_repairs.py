"""Migrations that repair what older versions wrote: a stale session's 0 s span (m013) and
allowances past the API's bounds written by an older CLI (m015)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from admin.db.migrations import MIGRATIONS
from admin.db.store import Store
from admin.services import Service
from tests.helpers.clock import FakeClock


def old_database(db_path: Path, stop_before: str) -> Database:
    db = Database(sqlite3.connect(str(db_path)))
    MIGRATIONS.apply(db, stop_before=stop_before)
    db.execute("INSERT INTO sites (id, name, created_at) VALUES (1, 'EPN Test', '2026-01-01')")
    return db


def test_stale_sessions_with_reports_end_at_their_last_report(db_path: Path) -> None:
    db = old_database(db_path, "m013_session_truth")
    db.execute(
        "INSERT INTO stations (id, name, site_id, token_hash, created_at)"
        " VALUES (1, 'RC-01', 1, 'x', '2026-01-01')"
    )
    db.execute("INSERT INTO visitors (id, identifier, created_at) VALUES (1, '1001', '2026-01-01')")
    for session_id, reported in (("reported", "2026-10-28T08:40:00"), ("silent", None)):
        db.execute(
            "INSERT INTO sessions (id, station_id, visitor_id, state, started_at, ended_at,"
            " granted_seconds, used_seconds, remaining_seconds, reported_at, end_reason)"
            " VALUES (?, 1, 1, 'ended', '2026-10-28T08:30:00', '2026-10-28T08:30:00', 3600,"
            " 600, 0, ?, 'stale')",
            [session_id, reported],
        )
    db.conn.commit()
    db.conn.close()
    with Store(db_path) as store:
        ends = store.read(
            lambda db: dict(db.execute("SELECT id, ended_at FROM sessions").fetchall())
        )
    # the span the statistics read is the one reported, not 0 s; a session never reported
    # keeps its start (nothing says it ran)
    assert ends == {"reported": "2026-10-28T08:40:00", "silent": "2026-10-28T08:30:00"}


def test_allowances_past_the_api_bounds_are_brought_within_them(db_path: Path) -> None:
    db = old_database(db_path, "m015_policy_bounds")
    db.execute(
        "INSERT INTO policies (category, session_minutes, daily_minutes, weekly_minutes)"
        " VALUES ('adult', 60, 1000000000000, 1000000000000)"
    )
    db.execute(
        "INSERT INTO site_policies (site_id, category, session_minutes, daily_minutes,"
        " weekly_minutes) VALUES (1, 'senior', 99999, 120, 600)"
    )
    db.conn.commit()
    db.conn.close()
    with Store(db_path) as store:
        rows = store.read(
            lambda db: db.execute(
                "SELECT category, session_minutes, daily_minutes, weekly_minutes FROM policies"
                " WHERE category = 'adult' UNION ALL SELECT category, session_minutes,"
                " daily_minutes, weekly_minutes FROM site_policies"
            ).fetchall()
        )
        assert rows == [("adult", 60, 1440, 10080), ("senior", 1440, 120, 600)]
        # and a visitor of that category signs in again (a 500 before)
        service = Service(store, clock=FakeClock())
        token = service.directory.add_station("RC-01", "EPN Test").token
        service.directory.add_visitor("2100001234", category="adult")
        grant = service.stations.sign_in(service.stations.authenticate(token), "2100001234", None)
        assert grant.granted_seconds == 3600
