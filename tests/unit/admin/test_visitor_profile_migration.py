"""m029: the visitors' former age bands and free-text statuses carried onto the funders' lists
(nothing guessed: a band straddling two becomes "not given", its old value kept in the notes),
first visits found, and the demographic snapshot written on the sessions there already are."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from admin.db.migrations import MIGRATIONS
from admin.db.store import Store


def test_m029_carries_the_profile_and_snapshots_existing_sessions(db_path: Path) -> None:
    db = Database(sqlite3.connect(str(db_path)))
    MIGRATIONS.apply(db, stop_before="m029_visitor_profile")
    db.execute("INSERT INTO sites (id, name, created_at) VALUES (1, 'EPN Test', '2026-01-01')")
    db.execute(
        "INSERT INTO stations (id, name, site_id, token_hash, created_at)"
        " VALUES (1, 'RC-01', 1, 'x', '2026-01-01')"
    )
    visitors = [
        (1, "1001", "12-17", "f", "Étudiant", None),
        (2, "1002", "26-44", "m", "CPAS", "speaks Dutch"),
        (3, "1003", None, None, None, None),
        (4, "1004", "65+", "x", "retired", None),
    ]
    for vid, identifier, band, gender, status, notes in visitors:
        db.execute(
            "INSERT INTO visitors (id, identifier, category, created_at, age_band, gender,"
            " status, notes) VALUES (?, ?, 'adult', '2026-01-01', ?, ?, ?, ?)",
            [vid, identifier, band, gender, status, notes],
        )
    sessions = [
        ("a", 1, "2026-03-01T22:30:00+00:00", "2026-03-01"),  # 23:30 local: that day
        ("b", 1, "2026-03-05T09:00:00+00:00", "2026-03-05"),
        ("c", 2, "2026-04-01T09:00:00+00:00", "2026-04-01"),
        ("d", 2, "2026-02-01T09:00:00+00:00", "2026-02-01"),
    ]
    for sid, vid, started, day in sessions:
        db.execute(
            "INSERT INTO sessions (id, station_id, visitor_id, state, started_at, ended_at,"
            " granted_seconds, used_seconds, remaining_seconds, day)"
            " VALUES (?, 1, ?, 'ended', ?, ?, 3600, 600, 0, ?)",
            [sid, vid, started, started, day],
        )
    db.conn.commit()
    db.conn.close()
    with Store(db_path) as store:
        people = store.read(
            lambda db: {
                r["id"]: (r["age_band"], r["gender"], r["status"], r["notes"], r["first_visit"])
                for r in db.query("SELECT * FROM visitors ORDER BY id")
            }
        )
        rows = store.read(
            lambda db: {
                r["id"]: (r["gender"], r["age_band"], r["status"], r["category"], r["first_visit"])
                for r in db.query("SELECT * FROM sessions")
            }
        )
    assert people == {
        1: ("12-17", "f", "school", None, "2026-03-01"),
        2: (
            None,
            "m",
            "other",
            "speaks Dutch\nage band before the funders' bands: 26-44\n"
            "status before the statuses list: CPAS",
            "2026-02-01",
        ),
        3: (None, None, None, None, None),
        4: (None, "x", "retired", "age band before the funders' bands: 65+", None),
    }
    assert rows == {
        "a": ("f", "12-17", "school", "adult", 1),
        "b": ("f", "12-17", "school", "adult", 0),
        "c": ("m", "", "other", "adult", 0),
        "d": ("m", "", "other", "adult", 1),
    }
