"""The sessions' epoch seconds the statistics read (migration m011): the backfill of an
existing database, the triggers that keep them whatever writes a session's times, and the
report's figures over them."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from admin.core.timeutil import to_iso
from admin.db.migrations import MIGRATIONS
from admin.db.store import Store
from admin.reports.stats import Stats
from admin.services import Service
from kiosk.protocol.station import EndReason, Event, EventKind
from tests.helpers.clock import FakeClock


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def epoch(text: str) -> int:
    return int(utc(text).timestamp())


def insert(db: Database, station: int, visitor: int, started: str, ended: str | None) -> str:
    session_id = str(uuid.uuid4())
    db.execute(
        "INSERT INTO sessions (id, station_id, visitor_id, state, started_at, ended_at,"
        " granted_seconds, used_seconds, remaining_seconds) VALUES (?, ?, ?, ?, ?, ?, 3600, 600, 0)",
        [
            session_id,
            station,
            visitor,
            "ended" if ended else "active",
            to_iso(utc(started)),
            to_iso(utc(ended)) if ended else None,
        ],
    )
    return session_id


def spans(db: Database) -> dict[str, tuple[Any, Any]]:
    rows = db.execute("SELECT id, start_epoch, end_epoch FROM sessions").fetchall()
    return {r[0]: (r[1], r[2]) for r in rows}


def test_the_migration_fills_in_the_epochs_of_existing_sessions(db_path: Path) -> None:
    db = Database(sqlite3.connect(str(db_path)))
    MIGRATIONS.apply(db, stop_before="m011_stats_spans")
    db.execute("INSERT INTO sites (id, name, created_at) VALUES (1, 'EPN', '2026-01-01')")
    db.execute(
        "INSERT INTO stations (id, name, site_id, token_hash, created_at)"
        " VALUES (1, 'A1', 1, 'x', '2026-01-01')"
    )
    db.execute("INSERT INTO visitors (id, identifier, created_at) VALUES (1, '1001', '2026-01-01')")
    ended = insert(db, 1, 1, "2026-10-28T08:30:00.250", "2026-10-28T09:45:59.900")
    active = insert(db, 1, 1, "2026-10-28T12:00", None)
    db.conn.commit()
    db.conn.close()

    with Store(db_path) as store:
        assert store.read(spans) == {
            # to the second, as unixepoch() rounds them
            ended: (epoch("2026-10-28T08:30"), epoch("2026-10-28T09:45:59")),
            active: (epoch("2026-10-28T12:00"), None),
        }
        indexes = store.read(lambda db: {i.name for i in db["sessions"].indexes})
        assert "sessions_report" in indexes and "sessions_started" not in indexes


def test_triggers_keep_the_epochs_of_new_and_changed_sessions(fresh_store: Store) -> None:
    def setup(db: Database) -> None:
        db.execute("INSERT INTO sites (id, name, created_at) VALUES (1, 'EPN', '2026-01-01')")
        db.execute(
            "INSERT INTO stations (id, name, site_id, token_hash, created_at)"
            " VALUES (1, 'A1', 1, 'x', '2026-01-01')"
        )
        db.execute(
            "INSERT INTO visitors (id, identifier, created_at) VALUES (1, '1001', '2026-01-01')"
        )

    fresh_store.write(setup)
    session = fresh_store.write(lambda db: insert(db, 1, 1, "2026-10-28T12:00", None))
    assert fresh_store.read(spans)[session] == (epoch("2026-10-28T12:00"), None)

    fresh_store.write(
        lambda db: db.execute(
            "UPDATE sessions SET used_seconds = 900, reported_at = ? WHERE id = ?",
            [to_iso(utc("2026-10-28T12:15")), session],
        )
    )
    assert fresh_store.read(spans)[session] == (epoch("2026-10-28T12:00"), None)

    fresh_store.write(
        lambda db: db.execute(
            "UPDATE sessions SET state = 'ended', ended_at = ? WHERE id = ?",
            [to_iso(utc("2026-10-28T12:20")), session],
        )
    )
    assert fresh_store.read(spans)[session] == (
        epoch("2026-10-28T12:00"),
        epoch("2026-10-28T12:20"),
    )

    fresh_store.write(
        lambda db: db.execute(
            "UPDATE sessions SET started_at = ? WHERE id = ?",
            [to_iso(utc("2026-10-28T11:50")), session],
        )
    )
    assert fresh_store.read(spans)[session] == (
        epoch("2026-10-28T11:50"),
        epoch("2026-10-28T12:20"),
    )


def event(kind: EventKind, seq: int, session_id: str, **fields: Any) -> Event:
    return Event(
        event_id=str(uuid.uuid4()),
        seq=seq,
        kind=kind,
        at="2026-10-28T12:00",
        session_id=session_id,
        **fields,
    )


def test_a_session_run_by_the_station_service_is_in_the_report(
    service: Service, clock: FakeClock
) -> None:
    """Sign-in, heartbeats and the end through the real code paths: the span the report
    reads follows the session's own times, and its used seconds follow the heartbeats."""
    clock.set(utc("2026-10-28T12:00"))  # Wednesday 13:00 CET
    service.directory.add_site("EPN Laeken")
    token = service.directory.add_station("A1", "EPN Laeken").token
    identity = service.stations.authenticate(token)
    service.directory.add_visitor("1001", category="senior")
    session = service.stations.sign_in(identity, "1001", None).session_id
    stats = Stats(service.store, clock)
    clock.advance(600)
    service.stations.apply_events(
        identity, [event(EventKind.HEARTBEAT, 1, session, used_seconds=600, remaining_seconds=60)]
    )
    assert service.store.read(spans)[session] == (epoch("2026-10-28T12:00"), None)
    clock.advance(1200)
    service.stations.apply_events(
        identity,
        [event(EventKind.SESSION_ENDED, 2, session, used_seconds=1800, reason=EndReason.VISITOR)],
    )
    assert service.store.read(spans)[session] == (
        epoch("2026-10-28T12:00"),
        epoch("2026-10-28T12:30"),
    )
    report = stats.report(None, "today")
    assert (report.sessions, report.seconds_used, report.unique_visitors) == (1, 1800, 1)
    assert report.heat_map[2][13] == 1800  # 13:00-13:30 local
    assert [(b.key, b.seconds) for b in report.by_category] == [("senior", 1800)]

    # the report counts a visitor under their category of now, as it always has
    service.store.write(
        lambda db: db.execute("UPDATE visitors SET category = 'adult', age_band = '70+'")
    )
    report = stats.report(None, "today")
    assert [(b.key, b.visitors) for b in report.by_category] == [("adult", 1)]
    assert [(b.key, b.sessions) for b in report.by_age_band] == [("70+", 1)]
