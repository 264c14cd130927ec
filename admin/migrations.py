"""Named schema migrations of the server database, applied in order at start-up."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATIONS = Migrations("epn-server")

_INITIAL = [
    """CREATE TABLE sites (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        timezone TEXT NOT NULL DEFAULT 'Europe/Brussels',
        created_at TEXT NOT NULL)""",
    """CREATE TABLE stations (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        site_id INTEGER NOT NULL REFERENCES sites(id),
        token_hash TEXT NOT NULL UNIQUE,
        enabled INTEGER NOT NULL DEFAULT 1,
        last_seen_at TEXT,
        created_at TEXT NOT NULL)""",
    # identity: kept apart from usage, sessions only hold visitor_id
    """CREATE TABLE visitors (
        id INTEGER PRIMARY KEY,
        identifier TEXT NOT NULL UNIQUE,
        pin_hash TEXT,
        display_name TEXT,
        category TEXT NOT NULL DEFAULT 'adult',
        enabled INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL)""",
    """CREATE TABLE policies (
        category TEXT PRIMARY KEY,
        session_minutes INTEGER NOT NULL CHECK (session_minutes >= 0),
        daily_minutes INTEGER NOT NULL CHECK (daily_minutes >= 0),
        weekly_minutes INTEGER NOT NULL CHECK (weekly_minutes >= 0))""",
    "INSERT INTO policies (category, session_minutes, daily_minutes, weekly_minutes)"
    " VALUES ('*', 60, 120, 600)",
    """CREATE TABLE staff (
        id INTEGER PRIMARY KEY,
        username TEXT NOT NULL UNIQUE,
        password_hash TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('admin', 'staff')),
        created_at TEXT NOT NULL)""",
    """CREATE TABLE staff_sites (
        staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
        site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        PRIMARY KEY (staff_id, site_id))""",
    """CREATE TABLE staff_tokens (
        token_hash TEXT PRIMARY KEY,
        staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
        expires_at TEXT NOT NULL)""",
    """CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        station_id INTEGER NOT NULL REFERENCES stations(id),
        visitor_id INTEGER NOT NULL REFERENCES visitors(id),
        state TEXT NOT NULL CHECK (state IN ('active', 'ended')),
        started_at TEXT NOT NULL,
        ended_at TEXT,
        granted_seconds INTEGER NOT NULL,
        used_seconds INTEGER NOT NULL DEFAULT 0,
        remaining_seconds INTEGER NOT NULL,
        reported_at TEXT,
        end_reason TEXT)""",
    "CREATE INDEX sessions_visitor_started ON sessions (visitor_id, started_at)",
    "CREATE INDEX sessions_station_active ON sessions (station_id) WHERE state = 'active'",
    "CREATE INDEX sessions_started ON sessions (started_at)",
    """CREATE TABLE events (
        station_id INTEGER NOT NULL REFERENCES stations(id),
        event_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        kind TEXT NOT NULL,
        received_at TEXT NOT NULL,
        body TEXT NOT NULL,
        UNIQUE (station_id, event_id))""",
    """CREATE TABLE commands (
        id INTEGER PRIMARY KEY,
        station_id INTEGER NOT NULL REFERENCES stations(id),
        session_id TEXT REFERENCES sessions(id),
        kind TEXT NOT NULL,
        minutes INTEGER,
        status TEXT NOT NULL DEFAULT 'pending'
            CHECK (status IN ('pending', 'applied', 'failed')),
        created_by INTEGER REFERENCES staff(id),
        created_at TEXT NOT NULL,
        applied_at TEXT)""",
    "CREATE INDEX commands_station_pending ON commands (station_id, id) WHERE status = 'pending'",
    """CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        staff_id INTEGER REFERENCES staff(id),
        action TEXT NOT NULL,
        target TEXT NOT NULL,
        before TEXT,
        after TEXT)""",
]


@MIGRATIONS()
def m001_initial(db: Database) -> None:
    for statement in _INITIAL:
        db.execute(statement)
