"""Named schema migrations of the server database, applied in order at start-up.

A migration imports no application code: what it needs (a backfill's rule) is frozen here, so
later changes of the code cannot change history.

Longer than the ~400-line aim: it is the schema's history, one named migration after the other,
each frozen once released; it only grows, and splitting it would only scatter that history.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

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


_SITE_HOURS = [
    # opens/closes are minutes after local midnight; closes may be 1440 (24:00)
    """CREATE TABLE site_hours (
        site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        weekday INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),
        opens INTEGER NOT NULL CHECK (opens BETWEEN 0 AND 1439),
        closes INTEGER NOT NULL CHECK (closes BETWEEN 1 AND 1440),
        CHECK (opens < closes))""",
    "CREATE INDEX site_hours_site ON site_hours (site_id)",
    """CREATE TABLE site_closed_dates (
        site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        reason TEXT,
        PRIMARY KEY (site_id, date))""",
    """CREATE TABLE site_exceptional_hours (
        site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        opens INTEGER NOT NULL CHECK (opens BETWEEN 0 AND 1439),
        closes INTEGER NOT NULL CHECK (closes BETWEEN 1 AND 1440),
        CHECK (opens < closes))""",
    "CREATE INDEX site_exceptional_hours_site ON site_exceptional_hours (site_id, date)",
    """CREATE TABLE site_texts (
        site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('message', 'charter')),
        language TEXT NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (site_id, kind, language))""",
    """CREATE TABLE site_policies (
        site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        category TEXT NOT NULL,
        session_minutes INTEGER NOT NULL CHECK (session_minutes >= 0),
        daily_minutes INTEGER NOT NULL CHECK (daily_minutes >= 0),
        weekly_minutes INTEGER NOT NULL CHECK (weekly_minutes >= 0),
        PRIMARY KEY (site_id, category))""",
]


@MIGRATIONS()
def m002_site_hours(db: Database) -> None:
    for statement in _SITE_HOURS:
        db.execute(statement)


_VISITORS_TICKETS = [
    # visitor fields for statistics use bands, never a birth date
    "ALTER TABLE visitors ADD COLUMN age_band TEXT",
    "ALTER TABLE visitors ADD COLUMN gender TEXT",
    "ALTER TABLE visitors ADD COLUMN status TEXT",
    "ALTER TABLE visitors ADD COLUMN disabled_reason TEXT",
    "ALTER TABLE visitors ADD COLUMN disabled_until TEXT",  # YYYY-MM-DD, disabled through it
    "ALTER TABLE visitors ADD COLUMN notes TEXT",
    """CREATE TABLE categories (
        name TEXT PRIMARY KEY,
        created_at TEXT NOT NULL)""",
    "INSERT INTO categories (name, created_at) SELECT value, datetime('now') FROM json_each("
    """'["adult", "youth", "senior", "jobseeker", "student", "pupil", "teacher"]')""",
    # a ticket's guest gets its own visitor row; the ticket's minutes cap the grant
    "INSERT OR IGNORE INTO policies (category, session_minutes, daily_minutes, weekly_minutes)"
    " VALUES ('guest', 1440, 1440, 10080)",
    """CREATE TABLE tickets (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        site_id INTEGER NOT NULL REFERENCES sites(id),
        minutes INTEGER NOT NULL CHECK (minutes > 0),
        valid_from TEXT NOT NULL,
        valid_to TEXT NOT NULL,
        used_at TEXT,
        used_session_id TEXT,
        visitor_id INTEGER REFERENCES visitors(id),
        batch_id TEXT NOT NULL,
        created_by INTEGER REFERENCES staff(id),
        created_at TEXT NOT NULL)""",
    "CREATE INDEX tickets_site ON tickets (site_id, created_at)",
]


@MIGRATIONS()
def m003_visitors_tickets(db: Database) -> None:
    for statement in _VISITORS_TICKETS:
        db.execute(statement)


_LOCKOUTS_AUDIT = [
    # failed sign-in / login attempts per key (visitor identifier digest, station, staff user)
    """CREATE TABLE lockouts (
        key TEXT PRIMARY KEY,
        failures INTEGER NOT NULL DEFAULT 0,
        window_start TEXT NOT NULL,
        locked_until TEXT)""",
    # the site an audit row concerns, so staff see their sites' entries (NULL: city-wide)
    "ALTER TABLE audit ADD COLUMN site_id INTEGER DEFAULT NULL",
    "CREATE INDEX audit_at ON audit (at)",
]


@MIGRATIONS()
def m004_lockouts_audit(db: Database) -> None:
    for statement in _LOCKOUTS_AUDIT:
        db.execute(statement)


_STATIONS = [
    # commands: the new kinds' arguments and the client's idempotency key
    "ALTER TABLE commands ADD COLUMN seconds INTEGER DEFAULT NULL",
    "ALTER TABLE commands ADD COLUMN text TEXT DEFAULT NULL",
    "ALTER TABLE commands ADD COLUMN reason TEXT DEFAULT NULL",
    "ALTER TABLE commands ADD COLUMN request_id TEXT DEFAULT NULL",
    "CREATE UNIQUE INDEX commands_request ON commands (station_id, request_id)"
    " WHERE request_id IS NOT NULL",
    # stations: why one is out of order, what agent it runs, whether its token was revoked
    "ALTER TABLE stations ADD COLUMN disabled_reason TEXT DEFAULT NULL",
    "ALTER TABLE stations ADD COLUMN agent_version TEXT DEFAULT NULL",
    "ALTER TABLE stations ADD COLUMN enrolled INTEGER NOT NULL DEFAULT 1",
    # one-time enrolment codes, stored as digests like every other secret
    """CREATE TABLE station_enrol_codes (
        code_hash TEXT PRIMARY KEY,
        station_id INTEGER NOT NULL REFERENCES stations(id) ON DELETE CASCADE,
        expires_at TEXT NOT NULL,
        used_at TEXT,
        created_by INTEGER REFERENCES staff(id),
        created_at TEXT NOT NULL)""",
]


@MIGRATIONS()
def m005_stations(db: Database) -> None:
    for statement in _STATIONS:
        db.execute(statement)


_CATALOGUE = [
    # names by language and commands by platform are small JSON objects, processes a JSON list
    """CREATE TABLE apps (
        id TEXT PRIMARY KEY,
        names TEXT NOT NULL DEFAULT '{}',
        icon TEXT DEFAULT NULL,
        commands TEXT NOT NULL DEFAULT '{}',
        processes TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL)""",
    """CREATE TABLE profiles (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL)""",
    """CREATE TABLE profile_apps (
        profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        app_id TEXT NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        PRIMARY KEY (profile_id, app_id))""",
    # site_id NULL: city-wide; category '*': the default profile
    """CREATE TABLE profile_categories (
        profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        category TEXT NOT NULL,
        site_id INTEGER DEFAULT NULL REFERENCES sites(id) ON DELETE CASCADE)""",
    "CREATE UNIQUE INDEX profile_categories_one ON profile_categories"
    " (profile_id, category, COALESCE(site_id, 0))",
    "CREATE INDEX profile_categories_lookup ON profile_categories (category, site_id)",
    """CREATE TABLE visitor_profiles (
        visitor_id INTEGER NOT NULL REFERENCES visitors(id) ON DELETE CASCADE,
        profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        PRIMARY KEY (visitor_id, profile_id))""",
    # the mode outlives the apps listed: an allowlist emptied by removed apps allows nothing
    """CREATE TABLE station_app_modes (
        station_id INTEGER PRIMARY KEY REFERENCES stations(id) ON DELETE CASCADE,
        mode TEXT NOT NULL CHECK (mode IN ('allow', 'deny')))""",
    """CREATE TABLE station_app_list (
        station_id INTEGER NOT NULL REFERENCES station_app_modes(station_id) ON DELETE CASCADE,
        app_id TEXT NOT NULL REFERENCES apps(id) ON DELETE CASCADE,
        PRIMARY KEY (station_id, app_id))""",
    # usage, not identity: no foreign key to apps, the statistics outlive a removed app
    """CREATE TABLE session_apps (
        session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        app_id TEXT NOT NULL,
        seconds INTEGER NOT NULL DEFAULT 0 CHECK (seconds >= 0),
        PRIMARY KEY (session_id, app_id))""",
]


@MIGRATIONS()
def m006_catalogue(db: Database) -> None:
    for statement in _CATALOGUE:
        db.execute(statement)


_LEDGER = [
    # the site's local date the session started on: its whole usage counts on that day
    "ALTER TABLE sessions ADD COLUMN day TEXT DEFAULT NULL",
    # seconds already used when the session was resumed by a new sign-in: the station counts
    # again from 0, so its reports are added to this base (admin/sessions/resume.py)
    "ALTER TABLE sessions ADD COLUMN used_base INTEGER NOT NULL DEFAULT 0",
    # daily totals per visitor; a week is the sum of its days (admin/sessions/ledger.py)
    """CREATE TABLE visitor_usage (
        visitor_id INTEGER NOT NULL REFERENCES visitors(id) ON DELETE CASCADE,
        day TEXT NOT NULL,
        seconds INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (visitor_id, day))""",
    # warning thresholds and automatic extension; site_id NULL: city-wide, category '*': the
    # default; a NULL value falls through to the next less specific row (admin/rules/session_rules.py)
    """CREATE TABLE session_rules (
        site_id INTEGER DEFAULT NULL REFERENCES sites(id) ON DELETE CASCADE,
        category TEXT NOT NULL,
        warning_seconds TEXT DEFAULT NULL,
        extend_minutes INTEGER DEFAULT NULL CHECK (extend_minutes >= 0),
        extend_times INTEGER DEFAULT NULL CHECK (extend_times >= 0),
        extend_min_free INTEGER DEFAULT NULL CHECK (extend_min_free >= 0))""",
    "CREATE UNIQUE INDEX session_rules_one ON session_rules (COALESCE(site_id, 0), category)",
]

# Every change of a session's used seconds moves the visitor's total of the session's day by
# the difference, in the same statement's transaction, whichever code path made it.
_LEDGER_TRIGGERS = [
    """CREATE TRIGGER sessions_ledger_update AFTER UPDATE OF used_seconds ON sessions
    WHEN NEW.used_seconds <> OLD.used_seconds
    BEGIN
        INSERT INTO visitor_usage (visitor_id, day, seconds)
        VALUES (NEW.visitor_id, COALESCE(NEW.day, substr(NEW.started_at, 1, 10)),
                NEW.used_seconds - OLD.used_seconds)
        ON CONFLICT (visitor_id, day) DO UPDATE SET seconds = seconds + excluded.seconds;
    END""",
    """CREATE TRIGGER sessions_ledger_insert AFTER INSERT ON sessions
    WHEN NEW.used_seconds <> 0
    BEGIN
        INSERT INTO visitor_usage (visitor_id, day, seconds)
        VALUES (NEW.visitor_id, COALESCE(NEW.day, substr(NEW.started_at, 1, 10)),
                NEW.used_seconds)
        ON CONFLICT (visitor_id, day) DO UPDATE SET seconds = seconds + excluded.seconds;
    END""",
]


def ledger_backfill(db: Database) -> None:
    """Give every session its local day and rebuild the totals from the sessions (m007).

    The day rule as it stood then (the local date of the start at the station's site), frozen
    here so that a later change of the ledger cannot change what this migration did.
    """
    rows = list(
        db.query(
            "SELECT s.id, s.started_at, si.timezone FROM sessions s"
            " JOIN stations st ON st.id = s.station_id JOIN sites si ON si.id = st.site_id"
        )
    )
    for row in rows:
        started = datetime.fromisoformat(row["started_at"])
        if started.tzinfo is None:
            started = started.replace(tzinfo=UTC)
        day = started.astimezone(ZoneInfo(row["timezone"])).date().isoformat()
        db.execute("UPDATE sessions SET day = ? WHERE id = ?", [day, row["id"]])
    db.execute("DELETE FROM visitor_usage")
    db.execute(
        "INSERT INTO visitor_usage (visitor_id, day, seconds)"
        " SELECT visitor_id, COALESCE(day, substr(started_at, 1, 10)), SUM(used_seconds)"
        " FROM sessions GROUP BY 1, 2 HAVING SUM(used_seconds) > 0"
    )


@MIGRATIONS()
def m007_ledger(db: Database) -> None:
    for statement in _LEDGER:
        db.execute(statement)
    ledger_backfill(db)
    for statement in _LEDGER_TRIGGERS:
        db.execute(statement)


_CHARTER = [
    # NULL: the charter is required when the site has a charter text (admin/sites/charters.py)
    "ALTER TABLE sites ADD COLUMN charter_required INTEGER DEFAULT NULL",
    # a visitor accepted a site's rules on this local day: their next sessions that day skip them
    """CREATE TABLE charter_acceptances (
        visitor_id INTEGER NOT NULL REFERENCES visitors(id) ON DELETE CASCADE,
        site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        day TEXT NOT NULL,
        accepted_at TEXT NOT NULL,
        session_id TEXT,
        PRIMARY KEY (visitor_id, site_id, day))""",
]


@MIGRATIONS()
def m008_charter_acceptances(db: Database) -> None:
    for statement in _CHARTER:
        db.execute(statement)


_STAFF_PIN = [
    # an optional PIN (argon2id) a staff member may type at a kiosk instead of their password
    "ALTER TABLE staff ADD COLUMN pin_hash TEXT DEFAULT NULL",
    # logins made at a station (admin/stations/staff_panel.py): valid on that station only, short-lived
    """CREATE TABLE station_staff_tokens (
        token_hash TEXT PRIMARY KEY,
        staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
        station_id INTEGER NOT NULL REFERENCES stations(id) ON DELETE CASCADE,
        expires_at TEXT NOT NULL)""",
]


@MIGRATIONS()
def m009_staff_pin(db: Database) -> None:
    for statement in _STAFF_PIN:
        db.execute(statement)


_STATION_LIVE = [
    # what the staff console's room view shows of a running session, from the station's
    # heartbeats (locked, app in use) and its process_stopped events (the last one)
    "ALTER TABLE sessions ADD COLUMN locked INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE sessions ADD COLUMN app_id TEXT DEFAULT NULL",
    "ALTER TABLE sessions ADD COLUMN stopped_process TEXT DEFAULT NULL",
    # a desk sign-in (CommandKind.SIGN_IN): the visitor, and the grant the station starts from
    "ALTER TABLE commands ADD COLUMN identifier TEXT DEFAULT NULL",
    "ALTER TABLE commands ADD COLUMN grant_body TEXT DEFAULT NULL",
]


@MIGRATIONS()
def m010_station_live(db: Database) -> None:
    for statement in _STATION_LIVE:
        db.execute(statement)


_STATS_SPANS = [
    # a session's span as epoch seconds (unixepoch of started_at and ended_at), so the
    # statistics' occupancy reads numbers instead of parsing two dates per session
    "ALTER TABLE sessions ADD COLUMN start_epoch INTEGER DEFAULT NULL",
    "ALTER TABLE sessions ADD COLUMN end_epoch INTEGER DEFAULT NULL",
    "UPDATE sessions SET start_epoch = unixepoch(started_at), end_epoch = unixepoch(ended_at)",
    # every column the report reads, in started_at order: the month is one index range, with
    # no lookup of each session's row (it replaces the plain index on started_at)
    "DROP INDEX IF EXISTS sessions_started",
    """CREATE INDEX sessions_report ON sessions (started_at, station_id, visitor_id,
        used_seconds, state, start_epoch, end_epoch)""",
    # whatever writes a session's times; heartbeats set neither, so they fire neither
    """CREATE TRIGGER sessions_epoch_insert AFTER INSERT ON sessions
    BEGIN
        UPDATE sessions SET start_epoch = unixepoch(NEW.started_at),
            end_epoch = unixepoch(NEW.ended_at) WHERE id = NEW.id;
    END""",
    """CREATE TRIGGER sessions_epoch_update AFTER UPDATE OF started_at, ended_at ON sessions
    BEGIN
        UPDATE sessions SET start_epoch = unixepoch(NEW.started_at),
            end_epoch = unixepoch(NEW.ended_at) WHERE id = NEW.id;
    END""",
]


@MIGRATIONS()
def m011_stats_spans(db: Database) -> None:
    for statement in _STATS_SPANS:
        db.execute(statement)


_STATS_ENDS = [
    # the ended sessions in end_epoch order, with what the statistics' occupancy reads: the
    # spans ending in each hour of a period are one range (admin.reports.occupancy), not a sort of
    # the period's sessions. Partial, without used_seconds: heartbeats never touch it (state is
    # a column too, or SQLite 3.40 does not see the index as covering)
    """CREATE INDEX sessions_ends ON sessions (end_epoch, started_at, station_id, start_epoch,
        state) WHERE state = 'ended'""",
]


@MIGRATIONS()
def m012_stats_ends(db: Database) -> None:
    for statement in _STATS_ENDS:
        db.execute(statement)


_SESSION_TRUTH = [
    # a session the server closed without its station's word (the station went silent): the
    # station may still be running it until then. Its station's next report settles it
    # (admin.sessions.reconcile); meanwhile the visitor cannot sign in elsewhere. NULL: settled.
    "ALTER TABLE sessions ADD COLUMN open_until TEXT DEFAULT NULL",
    "CREATE INDEX sessions_open_visitor ON sessions (visitor_id) WHERE open_until IS NOT NULL",
    "CREATE INDEX sessions_open_station ON sessions (station_id) WHERE open_until IS NOT NULL",
    # an administrator let this session run past closing time (an audited override)
    "ALTER TABLE sessions ADD COLUMN after_hours INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE commands ADD COLUMN after_hours INTEGER NOT NULL DEFAULT 0",
    # an extension or a time cut at closing time: the closing instant it was cut to
    "ALTER TABLE commands ADD COLUMN clipped_to TEXT DEFAULT NULL",
    # a 0 s span recorded by the old stale close for a session with reports: its last report
    "UPDATE sessions SET ended_at = reported_at WHERE end_reason = 'stale'"
    " AND reported_at IS NOT NULL AND ended_at < reported_at",
]


@MIGRATIONS()
def m013_session_truth(db: Database) -> None:
    for statement in _SESSION_TRUTH:
        db.execute(statement)


_LOCKOUT_SCOPES = [
    # counters keyed by (card, station), card, station, (account, address), address: the old
    # rows (card or account alone) are dropped, their locks lasted 15 minutes at most
    "DROP TABLE lockouts",
    """CREATE TABLE lockouts (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        subject TEXT,
        hint TEXT,
        station_id INTEGER REFERENCES stations(id) ON DELETE CASCADE,
        address TEXT,
        failures INTEGER NOT NULL,
        last_failure_at TEXT NOT NULL,
        blocked_until TEXT)""",
    "CREATE INDEX lockouts_last_failure ON lockouts (last_failure_at)",
]


@MIGRATIONS()
def m014_lockout_scopes(db: Database) -> None:
    for statement in _LOCKOUT_SCOPES:
        db.execute(statement)


_POLICY_BOUNDS = [
    # allowances written by an older CLI that skipped the API's bounds (a day of 10^12 minutes
    # made every sign-in of the category fail): brought within them. The bounds are frozen
    # here, as every migration's: a day at most 24 h, a week at most 7 days.
    f"UPDATE {table} SET session_minutes = MIN(session_minutes, 1440),"
    " daily_minutes = MIN(daily_minutes, 1440), weekly_minutes = MIN(weekly_minutes, 10080)"
    " WHERE session_minutes > 1440 OR daily_minutes > 1440 OR weekly_minutes > 10080"
    for table in ("policies", "site_policies")
]


@MIGRATIONS()
def m015_policy_bounds(db: Database) -> None:
    for statement in _POLICY_BOUNDS:
        db.execute(statement)


_STATION_ALERTS = [
    # what is wrong with a station that staff must see, one row per code: the alerts its
    # heartbeats raise (unprotected_session, no_screen, ...; cleared when a heartbeat no longer
    # carries them) and "enrolment_refused:<reason>", a PC refused one of its codes. raised_at:
    # when first noted (the server's clock)
    """CREATE TABLE station_alerts (
        station_id INTEGER NOT NULL REFERENCES stations(id) ON DELETE CASCADE,
        code TEXT NOT NULL,
        raised_at TEXT NOT NULL,
        PRIMARY KEY (station_id, code)) WITHOUT ROWID""",
]


@MIGRATIONS()
def m016_station_alerts(db: Database) -> None:
    for statement in _STATION_ALERTS:
        db.execute(statement)


_SITE_ENROL_CODES = [
    # a site's enrolment code for a fleet: one code, `uses_left` enrolments until `expires_at`,
    # each under the name the station asks for; stored as a digest like every other secret
    """CREATE TABLE site_enrol_codes (
        code_hash TEXT PRIMARY KEY,
        site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        uses INTEGER NOT NULL,
        uses_left INTEGER NOT NULL CHECK (uses_left >= 0),
        expires_at TEXT NOT NULL,
        created_by INTEGER REFERENCES staff(id),
        created_at TEXT NOT NULL)""",
]


@MIGRATIONS()
def m017_site_enrol_codes(db: Database) -> None:
    for statement in _SITE_ENROL_CODES:
        db.execute(statement)


@MIGRATIONS()
def m018_site_code_name_pattern(db: Database) -> None:
    # a fleet's code may name its stations itself (LK-## → LK-01, LK-02, …)
    db.execute("ALTER TABLE site_enrol_codes ADD COLUMN name_pattern TEXT")


_STATION_ERRORS = [
    # the errors a station forwards (kiosk/error_reports.py), scrubbed by the station: one row
    # per report, its count raised when the station resends it with a larger one; `at` is the
    # station's clock, `received_at` the server's (retention and order go by it)
    """CREATE TABLE station_errors (
        report_id TEXT PRIMARY KEY,
        station_id INTEGER NOT NULL REFERENCES stations(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        received_at TEXT NOT NULL,
        level TEXT NOT NULL,
        logger TEXT NOT NULL,
        message TEXT NOT NULL,
        count INTEGER NOT NULL)""",
    "CREATE INDEX station_errors_by_station ON station_errors (station_id, received_at)",
]


@MIGRATIONS()
def m019_station_errors(db: Database) -> None:
    for statement in _STATION_ERRORS:
        db.execute(statement)


# Usage of the ended sessions per calendar month and year ("YYYY-MM", "YYYY" of the session's
# local day, as in the ledger), site and visitor: a month's or a year's statistics read these
# rows in (period, site) and (period, visitor) order instead of sorting the period's sessions
# (admin.reports.stats). Triggers keep them in the statement's transaction whatever writes a
# session: its end, a late event correcting its used seconds, a resumption (ended -> active),
# a repair; a row whose sessions fall to 0 is removed (its visitor is no longer counted).
_ROLLUP_KEYS = "(SELECT substr({d}, 1, 7) AS period UNION ALL SELECT substr({d}, 1, 4))"
_ROLLUP_ADD = """INSERT INTO usage_rollup (period, site_id, visitor_id, sessions, seconds)
        SELECT k.period, st.site_id, NEW.visitor_id, 1, NEW.used_seconds
        FROM {keys} k JOIN stations st ON st.id = NEW.station_id WHERE true
        ON CONFLICT (period, site_id, visitor_id) DO UPDATE SET
            sessions = sessions + 1, seconds = seconds + excluded.seconds;""".format(
    keys=_ROLLUP_KEYS.format(d="COALESCE(NEW.day, substr(NEW.started_at, 1, 10))")
)
_ROLLUP_REMOVE = """UPDATE usage_rollup SET sessions = sessions - 1,
            seconds = seconds - OLD.used_seconds
        WHERE period IN {keys} AND visitor_id = OLD.visitor_id
          AND site_id = (SELECT site_id FROM stations WHERE id = OLD.station_id);
        DELETE FROM usage_rollup
        WHERE period IN {keys} AND visitor_id = OLD.visitor_id
          AND site_id = (SELECT site_id FROM stations WHERE id = OLD.station_id)
          AND sessions = 0;""".format(
    keys=_ROLLUP_KEYS.format(d="COALESCE(OLD.day, substr(OLD.started_at, 1, 10))")
)
_USAGE_ROLLUP = [
    """CREATE TABLE usage_rollup (
        period TEXT NOT NULL,
        site_id INTEGER NOT NULL,
        visitor_id INTEGER NOT NULL,
        sessions INTEGER NOT NULL,
        seconds INTEGER NOT NULL,
        PRIMARY KEY (period, site_id, visitor_id)) WITHOUT ROWID""",
    """CREATE INDEX usage_rollup_visitor ON usage_rollup (period, visitor_id, site_id, sessions,
        seconds)""",
    f"""CREATE TRIGGER sessions_rollup_insert AFTER INSERT ON sessions
    WHEN NEW.state = 'ended'
    BEGIN
        {_ROLLUP_ADD}
    END""",
    f"""CREATE TRIGGER sessions_rollup_delete AFTER DELETE ON sessions
    WHEN OLD.state = 'ended'
    BEGIN
        {_ROLLUP_REMOVE}
    END""",
    # heartbeats change an active session's used seconds: the WHEN keeps them out
    f"""CREATE TRIGGER sessions_rollup_leave AFTER UPDATE OF state, used_seconds, visitor_id,
        station_id, started_at, day ON sessions
    WHEN OLD.state = 'ended'
    BEGIN
        {_ROLLUP_REMOVE}
    END""",
    f"""CREATE TRIGGER sessions_rollup_enter AFTER UPDATE OF state, used_seconds, visitor_id,
        station_id, started_at, day ON sessions
    WHEN NEW.state = 'ended'
    BEGIN
        {_ROLLUP_ADD}
    END""",
    # the ended sessions there are now
    """INSERT INTO usage_rollup (period, site_id, visitor_id, sessions, seconds)
    SELECT substr(s.d, 1, n.len), s.site, s.visitor, COUNT(*), SUM(s.used)
    FROM (SELECT COALESCE(s.day, substr(s.started_at, 1, 10)) AS d, st.site_id AS site,
                 s.visitor_id AS visitor, s.used_seconds AS used
          FROM sessions s JOIN stations st ON st.id = s.station_id
          WHERE s.state = 'ended') AS s,
         (SELECT 7 AS len UNION ALL SELECT 4) AS n
    GROUP BY 1, 2, 3""",
]


@MIGRATIONS()
def m020_usage_rollup(db: Database) -> None:
    for statement in _USAGE_ROLLUP:
        db.execute(statement)


# Occupancy of the ended sessions per UTC hour and site: how many spans start and end in the
# hour and the sum of their seconds into it — what admin.reports.occupancy sweeps into station
# time per local hour (for zones whose offsets are whole hours), read in O(hours) instead of
# O(sessions). A span is [start, end) of the epoch seconds (end: ended_at, or start + used
# seconds without one); an empty span has no edges. Kept by triggers like usage_rollup (m020):
# a session leaving the ended state or changing takes its edges back (negative counts).
_EDGES = """INSERT INTO occupancy_hours (hour, site_id, starts, starts_into, ends, ends_into)
        SELECT e.a / 3600, st.site_id, {sign}, {sign} * (e.a % 3600), 0, 0
        FROM {span} e JOIN stations st ON st.id = {row}.station_id WHERE e.b > e.a
        UNION ALL
        SELECT e.b / 3600, st.site_id, 0, 0, {sign}, {sign} * (e.b % 3600)
        FROM {span} e JOIN stations st ON st.id = {row}.station_id WHERE e.b > e.a
        ON CONFLICT (hour, site_id) DO UPDATE SET starts = starts + excluded.starts,
            starts_into = starts_into + excluded.starts_into, ends = ends + excluded.ends,
            ends_into = ends_into + excluded.ends_into;"""
_SPAN = """(SELECT unixepoch({row}.started_at) AS a,
        COALESCE(unixepoch({row}.ended_at), unixepoch({row}.started_at) + {row}.used_seconds)
        AS b)"""
_OCCUPANCY_ADD = _EDGES.format(sign="1", row="NEW", span=_SPAN.format(row="NEW"))
_OCCUPANCY_REMOVE = _EDGES.format(sign="-1", row="OLD", span=_SPAN.format(row="OLD"))
_OCCUPANCY_ROLLUP = [
    """CREATE TABLE occupancy_hours (
        hour INTEGER NOT NULL,
        site_id INTEGER NOT NULL,
        starts INTEGER NOT NULL,
        starts_into INTEGER NOT NULL,
        ends INTEGER NOT NULL,
        ends_into INTEGER NOT NULL,
        PRIMARY KEY (hour, site_id)) WITHOUT ROWID""",
    f"""CREATE TRIGGER sessions_hours_insert AFTER INSERT ON sessions
    WHEN NEW.state = 'ended'
    BEGIN
        {_OCCUPANCY_ADD}
    END""",
    f"""CREATE TRIGGER sessions_hours_delete AFTER DELETE ON sessions
    WHEN OLD.state = 'ended'
    BEGIN
        {_OCCUPANCY_REMOVE}
    END""",
    f"""CREATE TRIGGER sessions_hours_leave AFTER UPDATE OF state, started_at, ended_at,
        used_seconds, station_id ON sessions
    WHEN OLD.state = 'ended'
    BEGIN
        {_OCCUPANCY_REMOVE}
    END""",
    f"""CREATE TRIGGER sessions_hours_enter AFTER UPDATE OF state, started_at, ended_at,
        used_seconds, station_id ON sessions
    WHEN NEW.state = 'ended'
    BEGIN
        {_OCCUPANCY_ADD}
    END""",
    # the ended sessions there are now
    """INSERT INTO occupancy_hours (hour, site_id, starts, starts_into, ends, ends_into)
    SELECT hour, site, SUM(starts), SUM(starts_into), SUM(ends), SUM(ends_into) FROM (
        SELECT e.a / 3600 AS hour, e.site, 1 AS starts, e.a % 3600 AS starts_into, 0 AS ends,
               0 AS ends_into
        FROM spans e WHERE e.b > e.a
        UNION ALL
        SELECT e.b / 3600, e.site, 0, 0, 1, e.b % 3600 FROM spans e WHERE e.b > e.a)
    GROUP BY 1, 2""",
]
_OCCUPANCY_SPANS = """WITH spans(a, b, site) AS MATERIALIZED (
    SELECT s.start_epoch, COALESCE(s.end_epoch, s.start_epoch + s.used_seconds), st.site_id
    FROM sessions s JOIN stations st ON st.id = s.station_id WHERE s.state = 'ended')
"""


@MIGRATIONS()
def m021_occupancy_rollup(db: Database) -> None:
    for statement in _OCCUPANCY_ROLLUP[:-1]:
        db.execute(statement)
    db.execute(_OCCUPANCY_SPANS + _OCCUPANCY_ROLLUP[-1])


#: What a station's token says about it (admin/stations/link.py, ``_IDENTITY_SQL``) is kept in
#: memory by the server; every change to it, from any process (the server, ``epn`` commands on
#: the same file) and any code path, moves this one number, and a moved number empties that
#: memory before the next request is answered. "Last seen" and the agent version are not part
#: of it: heartbeats do not move it.
_IDENTITY_VERSION = [
    """CREATE TABLE station_identity_version (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        version INTEGER NOT NULL)""",
    "INSERT INTO station_identity_version (id, version) VALUES (1, 0)",
    *(
        f"""CREATE TRIGGER {name} {when}
        BEGIN
            UPDATE station_identity_version SET version = version + 1 WHERE id = 1;
        END"""
        for name, when in [
            ("stations_identity_insert", "AFTER INSERT ON stations"),
            ("stations_identity_delete", "AFTER DELETE ON stations"),
            (
                "stations_identity_update",
                "AFTER UPDATE OF id, name, site_id, token_hash, enabled, disabled_reason"
                " ON stations",
            ),
            ("sites_identity_insert", "AFTER INSERT ON sites"),
            ("sites_identity_delete", "AFTER DELETE ON sites"),
            ("sites_identity_update", "AFTER UPDATE OF id, name, timezone ON sites"),
        ]
    ),
]


@MIGRATIONS()
def m022_station_identity_version(db: Database) -> None:
    for statement in _IDENTITY_VERSION:
        db.execute(statement)


@MIGRATIONS()
def m023_desk_calls(db: Database) -> None:
    # one call for the desk per station, from its desk_called event until staff answer it
    # (answer_call) or the station says it is over (desk_call_cancelled)
    db.execute(
        """CREATE TABLE desk_calls (
            station_id INTEGER PRIMARY KEY REFERENCES stations(id) ON DELETE CASCADE,
            called_at TEXT NOT NULL,
            session_id TEXT)"""
    )


_READY_MESSAGES = [
    # the site's language: every ready-made message has a text in it, and the station shows
    # that text when a message has none in the visitor's language
    "ALTER TABLE sites ADD COLUMN language TEXT NOT NULL DEFAULT 'fr'"
    " CHECK (language IN ('fr', 'nl', 'en'))",
    # the messages staff pick instead of retyping, in the order staff keep them; one text per
    # language, NULL where there is none
    """CREATE TABLE site_ready_messages (
        id INTEGER PRIMARY KEY,
        site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        fr TEXT,
        nl TEXT,
        en TEXT)""",
    "CREATE INDEX site_ready_messages_site ON site_ready_messages (site_id, position)",
    # a message command's texts by language (JSON), besides `text` in the site's language
    "ALTER TABLE commands ADD COLUMN texts TEXT DEFAULT NULL",
]

_VISITOR_PREFERENCES = [
    # a visitor's reading preferences, applied at their next sign-in on any station; NULL: not
    # chosen. Personal data: it goes with the visitor (ON DELETE CASCADE).
    """CREATE TABLE visitor_preferences (
        visitor_id INTEGER PRIMARY KEY REFERENCES visitors(id) ON DELETE CASCADE,
        language TEXT CHECK (language IN ('fr', 'nl', 'en')),
        text_size REAL CHECK (text_size IN (1.0, 1.5, 2.0)),
        contrast INTEGER CHECK (contrast IN (0, 1)),
        updated_at TEXT NOT NULL)""",
]


@MIGRATIONS()
def m024_ready_messages(db: Database) -> None:
    for statement in _READY_MESSAGES:
        db.execute(statement)


@MIGRATIONS()
def m025_stopped_action(db: Database) -> None:
    # what the guard did to the stopped process: 'killed', or 'reported' when it only reports
    db.execute("ALTER TABLE sessions ADD COLUMN stopped_action TEXT DEFAULT NULL")


@MIGRATIONS()
def m026_visitor_preferences(db: Database) -> None:
    for statement in _VISITOR_PREFERENCES:
        db.execute(statement)


_HOLDS = [
    # a site's minutes for holds (admin/holds/): a visitor booking is released this long after
    # its start when its card has not claimed it; the queue holds a freed PC this long
    "ALTER TABLE sites ADD COLUMN hold_claim_minutes INTEGER NOT NULL DEFAULT 10"
    " CHECK (hold_claim_minutes BETWEEN 1 AND 120)",
    "ALTER TABLE sites ADD COLUMN queue_hold_minutes INTEGER NOT NULL DEFAULT 5"
    " CHECK (queue_hold_minutes BETWEEN 1 AND 60)",
    # the desk's queue: a number per site and local day, for a card or a name
    """CREATE TABLE queue_tickets (
        id INTEGER PRIMARY KEY,
        site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        day TEXT NOT NULL,
        number INTEGER NOT NULL,
        rank INTEGER NOT NULL,
        visitor_id INTEGER REFERENCES visitors(id) ON DELETE CASCADE,
        name TEXT,
        state TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN
            ('waiting', 'called', 'claimed', 'expired', 'cancelled', 'served')),
        created_by INTEGER REFERENCES staff(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        ended_at TEXT,
        CHECK ((visitor_id IS NULL) <> (name IS NULL)),
        UNIQUE (site_id, day, number))""",
    "CREATE INDEX queue_tickets_open ON queue_tickets (site_id, state, rank)",
    # one open ticket per card and site: a second number the same day is refused
    "CREATE UNIQUE INDEX queue_tickets_once ON queue_tickets (site_id, visitor_id)"
    " WHERE visitor_id IS NOT NULL AND state IN ('waiting', 'called')",
    # who may use which PC when: one row per station and span; holds made together share
    # `booking`. UTC ISO times; the site's zone only for what people read.
    """CREATE TABLE station_holds (
        id INTEGER PRIMARY KEY,
        booking TEXT NOT NULL,
        site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        station_id INTEGER NOT NULL REFERENCES stations(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('visitor', 'group', 'queue', 'workshop')),
        starts_at TEXT NOT NULL,
        ends_at TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'held' CHECK (state IN
            ('held', 'claimed', 'released', 'cancelled', 'expired')),
        label TEXT,
        visitor_id INTEGER REFERENCES visitors(id) ON DELETE CASCADE,
        code TEXT,
        ticket_id INTEGER REFERENCES queue_tickets(id) ON DELETE CASCADE,
        workshop_id INTEGER,
        claim_by TEXT,
        claimed_at TEXT,
        session_id TEXT,
        created_by INTEGER REFERENCES staff(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        ended_at TEXT,
        CHECK (ends_at > starts_at))""",
    "CREATE INDEX station_holds_station ON station_holds (station_id, ends_at)",
    "CREATE INDEX station_holds_booking ON station_holds (booking)",
    "CREATE INDEX station_holds_site ON station_holds (site_id, ends_at)",
    # the cards a group or workshop booking admits
    """CREATE TABLE hold_visitors (
        booking TEXT NOT NULL,
        visitor_id INTEGER NOT NULL REFERENCES visitors(id) ON DELETE CASCADE,
        PRIMARY KEY (booking, visitor_id))""",
]


@MIGRATIONS()
def m027_station_holds(db: Database) -> None:
    for statement in _HOLDS:
        db.execute(statement)


# Workshops (admin/workshops/): a workshop, its dates (each holding its stations through a
# `workshop` booking of station_holds), its registrations (card or name only, waitlist by
# rank) and staff's attendance ticks. Sessions on a workshop's held stations during its slot
# are training, not free access: the ledger's triggers (m007) leave them out of the
# allowance's totals from now on.
_THEMES = {
    "web": ("Internet", "Internet", "The web"),
    "email": ("E-mail", "E-mail", "E-mail"),
    "office": ("Bureautique", "Kantoortoepassingen", "Office software"),
    "multimedia": ("Multimédia", "Multimedia", "Multimedia"),
    "admin-online": (
        "Démarches administratives en ligne",
        "Administratie online",
        "Administrative procedures online",
    ),
    "job-search": ("Recherche d'emploi", "Werk zoeken", "Job search"),
    "content": (
        "Créer du contenu (site, blog)",
        "Inhoud maken (website, blog)",
        "Creating content (site, blog)",
    ),
    "security": ("Sécurité", "Veiligheid", "Security"),
}
_LEDGER_TRAINING = [
    "DROP TRIGGER sessions_ledger_update",
    "DROP TRIGGER sessions_ledger_insert",
    """CREATE TRIGGER sessions_ledger_update AFTER UPDATE OF used_seconds ON sessions
    WHEN NEW.used_seconds <> OLD.used_seconds AND NEW.purpose <> 'training'
    BEGIN
        INSERT INTO visitor_usage (visitor_id, day, seconds)
        VALUES (NEW.visitor_id, COALESCE(NEW.day, substr(NEW.started_at, 1, 10)),
                NEW.used_seconds - OLD.used_seconds)
        ON CONFLICT (visitor_id, day) DO UPDATE SET seconds = seconds + excluded.seconds;
    END""",
    """CREATE TRIGGER sessions_ledger_insert AFTER INSERT ON sessions
    WHEN NEW.used_seconds <> 0 AND NEW.purpose <> 'training'
    BEGIN
        INSERT INTO visitor_usage (visitor_id, day, seconds)
        VALUES (NEW.visitor_id, COALESCE(NEW.day, substr(NEW.started_at, 1, 10)),
                NEW.used_seconds)
        ON CONFLICT (visitor_id, day) DO UPDATE SET seconds = seconds + excluded.seconds;
    END""",
]
_WORKSHOPS = [
    """CREATE TABLE workshop_themes (
        code TEXT PRIMARY KEY,
        label_fr TEXT,
        label_nl TEXT,
        label_en TEXT)""",
    """CREATE TABLE workshops (
        id INTEGER PRIMARY KEY,
        site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('initiation', 'training', 'workshop', 'course')),
        title_fr TEXT, title_nl TEXT, title_en TEXT,
        description_fr TEXT, description_nl TEXT, description_en TEXT,
        theme TEXT NOT NULL REFERENCES workshop_themes(code),
        level TEXT NOT NULL CHECK (level IN ('beginner', 'intermediate', 'advanced', 'all')),
        language TEXT NOT NULL,
        animateur_id INTEGER NOT NULL REFERENCES staff(id),
        animateur_visitor_id INTEGER REFERENCES visitors(id) ON DELETE SET NULL,
        capacity INTEGER NOT NULL CHECK (capacity >= 1),
        walk_ins INTEGER NOT NULL DEFAULT 0,
        code TEXT,
        registration TEXT NOT NULL CHECK (registration IN ('series', 'date')),
        state TEXT NOT NULL DEFAULT 'planned' CHECK (state IN ('planned', 'cancelled')),
        created_by INTEGER REFERENCES staff(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL)""",
    "CREATE INDEX workshops_site ON workshops (site_id)",
    """CREATE TABLE workshop_dates (
        id INTEGER PRIMARY KEY,
        workshop_id INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        starts_at TEXT NOT NULL,
        ends_at TEXT NOT NULL,
        booking TEXT NOT NULL UNIQUE,
        state TEXT NOT NULL DEFAULT 'planned' CHECK (state IN ('planned', 'cancelled')),
        CHECK (ends_at > starts_at))""",
    "CREATE INDEX workshop_dates_workshop ON workshop_dates (workshop_id, starts_at)",
    """CREATE TABLE workshop_registrations (
        id INTEGER PRIMARY KEY,
        workshop_id INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        date_id INTEGER REFERENCES workshop_dates(id) ON DELETE CASCADE,
        visitor_id INTEGER REFERENCES visitors(id) ON DELETE CASCADE,
        name TEXT,
        gender TEXT NOT NULL DEFAULT '',
        age_band TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT '',
        commune TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL CHECK (state IN ('registered', 'waitlisted', 'cancelled')),
        rank INTEGER NOT NULL,
        created_by INTEGER REFERENCES staff(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        cancelled_at TEXT,
        CHECK ((visitor_id IS NULL) <> (name IS NULL)))""",
    "CREATE INDEX workshop_registrations_workshop ON workshop_registrations"
    " (workshop_id, date_id, state, rank)",
    # a card registers once per workshop and date (the series: date NULL)
    "CREATE UNIQUE INDEX workshop_registrations_once ON workshop_registrations"
    " (workshop_id, COALESCE(date_id, 0), visitor_id)"
    " WHERE visitor_id IS NOT NULL AND state <> 'cancelled'",
    "CREATE INDEX workshop_registrations_visitor ON workshop_registrations (visitor_id)",
    """CREATE TABLE workshop_ticks (
        date_id INTEGER NOT NULL REFERENCES workshop_dates(id) ON DELETE CASCADE,
        registration_id INTEGER NOT NULL REFERENCES workshop_registrations(id)
            ON DELETE CASCADE,
        present INTEGER NOT NULL CHECK (present IN (0, 1)),
        staff_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (date_id, registration_id))""",
    # a site's no-show rule: after `noshow_limit` no-shows within `noshow_period_days`,
    # registrations paused for `noshow_pause_days`; NULL limit: off
    "ALTER TABLE sites ADD COLUMN noshow_limit INTEGER DEFAULT NULL"
    " CHECK (noshow_limit IS NULL OR noshow_limit >= 1)",
    "ALTER TABLE sites ADD COLUMN noshow_period_days INTEGER NOT NULL DEFAULT 90"
    " CHECK (noshow_period_days >= 1)",
    "ALTER TABLE sites ADD COLUMN noshow_pause_days INTEGER NOT NULL DEFAULT 30"
    " CHECK (noshow_pause_days >= 1)",
    # a session on a workshop's held station during its slot is training (the date's id)
    "ALTER TABLE sessions ADD COLUMN purpose TEXT NOT NULL DEFAULT 'free'"
    " CHECK (purpose IN ('free', 'training'))",
    "ALTER TABLE sessions ADD COLUMN workshop_date_id INTEGER DEFAULT NULL",
    "CREATE INDEX sessions_workshop_date ON sessions (workshop_date_id)"
    " WHERE workshop_date_id IS NOT NULL",
]


@MIGRATIONS()
def m028_workshops(db: Database) -> None:
    for statement in _WORKSHOPS:
        db.execute(statement)
    for code, (fr, nl, en) in _THEMES.items():
        db.execute(
            "INSERT INTO workshop_themes (code, label_fr, label_nl, label_en) VALUES (?, ?, ?, ?)",
            [code, fr, nl, en],
        )
    for statement in _LEDGER_TRAINING:
        db.execute(statement)


# The visitor profile for statistics in the funders' lists (issue 19), and a demographic
# snapshot on every session row: the label report reads who used a session from the session
# itself, never from visitors, so that its figures stay exact once usage is pseudonymised or
# an account erased. "" is "not given" in the snapshot (counted, never guessed).
#: The former visitor age bands onto the funders' (18-24, 25-39, ...): only the bands that fit
#: one of them whole are carried; the others straddle two and become "not given", their old
#: value kept in the visitor's notes for staff to ask again.
_AGE_BANDS_BEFORE = {"0-11": "0-11", "12-17": "12-17"}
#: The former free-text status onto the statuses (fr/nl/en words staff typed); any other text
#: is "other", the text kept in the notes.
_STATUSES_BEFORE = {
    "school": "school", "student": "school", "studying": "school", "étudiant": "school",
    "etudiant": "school", "élève": "school", "eleve": "school", "student(e)": "school",
    "leerling": "school", "jobseeker": "jobseeker", "job seeker": "jobseeker",
    "demandeur d'emploi": "jobseeker", "werkzoekende": "jobseeker", "chômeur": "jobseeker",
    "employed": "employed", "employé": "employed", "employe": "employed", "salarié": "employed",
    "werknemer": "employed", "retired": "retired", "retraité": "retired", "retraite": "retired",
    "pensioned": "retired", "gepensioneerd": "retired", "pensionné": "retired",
    "other": "other", "autre": "other", "ander": "other",
}  # fmt: skip
_PROFILE = [
    "ALTER TABLE visitors ADD COLUMN commune TEXT",
    # a year of birth instead of a band: the band is then the one of the session's date
    "ALTER TABLE visitors ADD COLUMN birth_year INTEGER",
    "ALTER TABLE visitors ADD COLUMN first_visit TEXT",  # YYYY-MM-DD, the site's local day
    # the site's free-access hours are accompanied (an animateur on hand): the Walloon label
    # counts only those
    "ALTER TABLE sites ADD COLUMN hours_accompanied INTEGER NOT NULL DEFAULT 0"
    " CHECK (hours_accompanied IN (0, 1))",
    "ALTER TABLE sessions ADD COLUMN gender TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE sessions ADD COLUMN age_band TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE sessions ADD COLUMN status TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE sessions ADD COLUMN commune TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE sessions ADD COLUMN category TEXT NOT NULL DEFAULT ''",
    # 1 when this session is the visitor's first ever
    "ALTER TABLE sessions ADD COLUMN first_visit INTEGER NOT NULL DEFAULT 0"
    " CHECK (first_visit IN (0, 1))",
]
_PROFILE_BACKFILL = [
    # first visit: the local day of the visitor's first session
    """UPDATE visitors SET first_visit = (
        SELECT COALESCE(s.day, substr(s.started_at, 1, 10)) FROM sessions s
        WHERE s.visitor_id = visitors.id ORDER BY s.started_at, s.id LIMIT 1)""",
    """UPDATE sessions SET (gender, age_band, status, commune, category) = (
        SELECT COALESCE(v.gender, ''), COALESCE(v.age_band, ''), COALESCE(v.status, ''),
               COALESCE(v.commune, ''), v.category
        FROM visitors v WHERE v.id = sessions.visitor_id)
    WHERE visitor_id IN (SELECT id FROM visitors)""",
    """UPDATE sessions SET first_visit = 1 WHERE id IN (
        SELECT (SELECT s.id FROM sessions s WHERE s.visitor_id = v.id
                ORDER BY s.started_at, s.id LIMIT 1) FROM visitors v)""",
]


def _carry_profile(db: Database) -> None:
    rows = list(db.query("SELECT id, age_band, status, notes FROM visitors"))
    for row in rows:
        band, status, notes = row["age_band"], row["status"], row["notes"]
        kept: list[str] = []
        if band and band not in _AGE_BANDS_BEFORE.values():
            kept.append(f"age band before the funders' bands: {band}")
            band = _AGE_BANDS_BEFORE.get(band)
        if status:
            code = _STATUSES_BEFORE.get(status.strip().lower())
            if code is None:
                kept.append(f"status before the statuses list: {status}")
            status = code or "other"
        if kept:
            notes = "\n".join([notes, *kept] if notes else kept)
        if (band, status, notes) != (row["age_band"], row["status"], row["notes"]):
            db.execute(
                "UPDATE visitors SET age_band = ?, status = ?, notes = ? WHERE id = ?",
                [band, status, notes, row["id"]],
            )


@MIGRATIONS()
def m029_visitor_profile(db: Database) -> None:
    for statement in _PROFILE:
        db.execute(statement)
    _carry_profile(db)
    for statement in _PROFILE_BACKFILL:
        db.execute(statement)


# Privacy (admin/privacy/): usage kept apart from identity for good. Every session carries its
# visitor's random key (visitor_keys: one per visitor, made by a trigger at the visitor's first
# session), so pseudonymising a session is clearing its visitor_id: the key still tells the
# statistics which sessions are one visitor's, before and after. A key dropped from a session
# (retention's second period) leaves a row that counts as a session and hours, not as a visitor.
# sessions.visitor_id becomes nullable: SQLite cannot drop NOT NULL, so the table is rebuilt
# (https://sqlite.org/lang_altertable.html#otheralter, the 12 steps), whatever columns the
# earlier migrations gave it; its indexes and triggers are made again from their own SQL, the
# ledger's and the rollup's with their new rule (who: the key, else the visitor, else 0).
_VISITOR_KEY = "abs(random() % 4611686018427387903) + 1"
_WHO = "COALESCE(-{row}.visitor_key, {row}.visitor_id, 0)"
_PRIVACY_KEYS = [
    """CREATE TABLE visitor_keys (
        visitor_id INTEGER PRIMARY KEY REFERENCES visitors(id) ON DELETE CASCADE,
        key INTEGER NOT NULL UNIQUE,
        created_at TEXT NOT NULL)""",
    f"""INSERT INTO visitor_keys (visitor_id, key, created_at)
        SELECT visitor_id, {_VISITOR_KEY}, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
        FROM sessions GROUP BY visitor_id""",
]
_PRIVACY_TRIGGERS = [
    # the ledger counts a visitor's own usage only: a row without its visitor is nobody's
    "DROP TRIGGER IF EXISTS sessions_ledger_update",
    "DROP TRIGGER IF EXISTS sessions_ledger_insert",
    """CREATE TRIGGER sessions_ledger_update AFTER UPDATE OF used_seconds ON sessions
    WHEN NEW.used_seconds <> OLD.used_seconds AND NEW.purpose <> 'training'
        AND NEW.visitor_id IS NOT NULL
    BEGIN
        INSERT INTO visitor_usage (visitor_id, day, seconds)
        VALUES (NEW.visitor_id, COALESCE(NEW.day, substr(NEW.started_at, 1, 10)),
                NEW.used_seconds - OLD.used_seconds)
        ON CONFLICT (visitor_id, day) DO UPDATE SET seconds = seconds + excluded.seconds;
    END""",
    """CREATE TRIGGER sessions_ledger_insert AFTER INSERT ON sessions
    WHEN NEW.used_seconds <> 0 AND NEW.purpose <> 'training' AND NEW.visitor_id IS NOT NULL
    BEGIN
        INSERT INTO visitor_usage (visitor_id, day, seconds)
        VALUES (NEW.visitor_id, COALESCE(NEW.day, substr(NEW.started_at, 1, 10)),
                NEW.used_seconds)
        ON CONFLICT (visitor_id, day) DO UPDATE SET seconds = seconds + excluded.seconds;
    END""",
    # the visitor's key on every new session (made at their first)
    f"""CREATE TRIGGER sessions_visitor_key AFTER INSERT ON sessions
    WHEN NEW.visitor_id IS NOT NULL AND NEW.visitor_key IS NULL
    BEGIN
        INSERT OR IGNORE INTO visitor_keys (visitor_id, key, created_at)
        VALUES (NEW.visitor_id, {_VISITOR_KEY}, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
        UPDATE sessions SET visitor_key =
            (SELECT key FROM visitor_keys WHERE visitor_id = NEW.visitor_id)
        WHERE id = NEW.id;
    END""",
    # a repair giving a session to another visitor gives it their key
    f"""CREATE TRIGGER sessions_visitor_rekey AFTER UPDATE OF visitor_id ON sessions
    WHEN NEW.visitor_id IS NOT NULL AND NEW.visitor_id IS NOT OLD.visitor_id
    BEGIN
        INSERT OR IGNORE INTO visitor_keys (visitor_id, key, created_at)
        VALUES (NEW.visitor_id, {_VISITOR_KEY}, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
        UPDATE sessions SET visitor_key =
            (SELECT key FROM visitor_keys WHERE visitor_id = NEW.visitor_id)
        WHERE id = NEW.id;
    END""",
    # the rollup (m020) per key: clearing a visitor_id changes nothing there, dropping a key
    # moves the rows to 0 (sessions and seconds, no visitor)
    "DROP TRIGGER IF EXISTS sessions_rollup_insert",
    "DROP TRIGGER IF EXISTS sessions_rollup_delete",
    "DROP TRIGGER IF EXISTS sessions_rollup_leave",
    "DROP TRIGGER IF EXISTS sessions_rollup_enter",
    "DELETE FROM usage_rollup",
]
_ROLLUP_ADD_KEYED = _ROLLUP_ADD.replace("NEW.visitor_id, 1", _WHO.format(row="NEW") + ", 1")
_ROLLUP_REMOVE_KEYED = _ROLLUP_REMOVE.replace("OLD.visitor_id", _WHO.format(row="OLD"))
# Retention dropping keys from many sessions at once moves their rollup rows itself, a batch
# at a time (admin/privacy/retention.py); per row, the triggers would cost several times more.
# Only that exact change is left to it: a key and the visitor both gone, nothing else moved.
_KEY_DROPPED = """(OLD.visitor_key IS NOT NULL AND NEW.visitor_key IS NULL
        AND NEW.visitor_id IS NULL AND NEW.state IS OLD.state
        AND NEW.used_seconds IS OLD.used_seconds AND NEW.station_id IS OLD.station_id
        AND NEW.started_at IS OLD.started_at AND NEW.day IS OLD.day)"""
_PRIVACY_ROLLUP = [
    # erasure and retention find a visitor's pseudonymised sessions by their key
    "CREATE INDEX sessions_visitor_key ON sessions (visitor_key, started_at)"
    " WHERE visitor_key IS NOT NULL",
    f"""CREATE TRIGGER sessions_rollup_insert AFTER INSERT ON sessions
    WHEN NEW.state = 'ended'
    BEGIN
        {_ROLLUP_ADD_KEYED}
    END""",
    f"""CREATE TRIGGER sessions_rollup_delete AFTER DELETE ON sessions
    WHEN OLD.state = 'ended'
    BEGIN
        {_ROLLUP_REMOVE_KEYED}
    END""",
    f"""CREATE TRIGGER sessions_rollup_leave AFTER UPDATE OF state, used_seconds, visitor_key,
        station_id, started_at, day ON sessions
    WHEN OLD.state = 'ended' AND NOT {_KEY_DROPPED}
    BEGIN
        {_ROLLUP_REMOVE_KEYED}
    END""",
    f"""CREATE TRIGGER sessions_rollup_enter AFTER UPDATE OF state, used_seconds, visitor_key,
        station_id, started_at, day ON sessions
    WHEN NEW.state = 'ended' AND NOT {_KEY_DROPPED}
    BEGIN
        {_ROLLUP_ADD_KEYED}
    END""",
    """INSERT INTO usage_rollup (period, site_id, visitor_id, sessions, seconds)
    SELECT substr(s.d, 1, n.len), s.site, s.visitor, COUNT(*), SUM(s.used)
    FROM (SELECT COALESCE(s.day, substr(s.started_at, 1, 10)) AS d, st.site_id AS site,
                 COALESCE(-s.visitor_key, s.visitor_id, 0) AS visitor, s.used_seconds AS used
          FROM sessions s JOIN stations st ON st.id = s.station_id
          WHERE s.state = 'ended') AS s,
         (SELECT 7 AS len UNION ALL SELECT 4) AS n
    GROUP BY 1, 2, 3""",
]


def _rebuild_sessions(db: Database) -> None:
    """Steps 4-10 of SQLite's procedure: sessions again, visitor_id nullable, visitor_key added."""
    table_sql = db.execute("SELECT sql FROM sqlite_master WHERE name = 'sessions'").fetchone()[0]
    old = "visitor_id INTEGER NOT NULL REFERENCES visitors(id)"
    if old not in table_sql:
        raise RuntimeError("m030: sessions.visitor_id is not as m001 made it")
    new_sql = table_sql.replace(old, "visitor_id INTEGER REFERENCES visitors(id)", 1)
    new_sql = new_sql.replace("CREATE TABLE sessions", "CREATE TABLE sessions_m030", 1)
    new_sql = new_sql.rstrip().removesuffix(")") + ", visitor_key INTEGER DEFAULT NULL)"
    dependents = [
        (row[0], row[1])
        for row in db.execute(
            "SELECT type, sql FROM sqlite_master WHERE tbl_name = 'sessions'"
            " AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY type, name"
        )
    ]
    views = db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'view' AND sql LIKE '%sessions%'"
    ).fetchall()
    if views:
        raise RuntimeError(f"m030: views on sessions to recreate: {views}")
    columns = [row[1] for row in db.execute("PRAGMA table_info(sessions)")]
    names = ", ".join(columns)
    db.execute(new_sql)
    db.execute(
        f"INSERT INTO sessions_m030 ({names}, visitor_key) SELECT {names},"
        " (SELECT key FROM visitor_keys k WHERE k.visitor_id = sessions.visitor_id)"
        " FROM sessions"
    )
    db.execute("DROP TABLE sessions")
    db.execute("ALTER TABLE sessions_m030 RENAME TO sessions")
    for kind, sql in dependents:  # indexes first, then triggers (ORDER BY type)
        assert kind in ("index", "trigger")
        db.execute(sql)


@MIGRATIONS(transactional=False)
def m030_privacy_keys(db: Database) -> None:
    # Foreign keys off around the rebuild (step 1): dropping sessions must not cascade to
    # session_apps; they are checked before the commit (step 10). Not transactional for the
    # library (PRAGMA foreign_keys is a no-op inside a transaction): the rebuild is one
    # transaction of its own, and a rerun after a crash before the record finds it done.
    if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'visitor_keys'").fetchone():
        return
    enforced = db.execute("PRAGMA foreign_keys").fetchone()[0]
    db.execute("PRAGMA foreign_keys = OFF")
    try:
        with db.atomic():
            for statement in _PRIVACY_KEYS:
                db.execute(statement)
            _rebuild_sessions(db)
            for statement in _PRIVACY_TRIGGERS + _PRIVACY_ROLLUP:
                db.execute(statement)
            broken = [
                row
                for table in ("sessions", "session_apps", "commands")
                for row in db.execute(f"PRAGMA foreign_key_check({table})").fetchall()
                if "sessions" in (row[0], row[2])  # (table, rowid, parent, fk): this rebuild's
            ]
            if broken:
                raise RuntimeError(f"m030: foreign keys broken by the rebuild: {broken[:5]}")
    finally:
        db.execute(f"PRAGMA foreign_keys = {'ON' if enforced else 'OFF'}")


# A site's public part (the citizens' pages and feeds, admin/public/): one row per site that
# staff configured; a site without a row is public with the defaults (on, no address, the
# city's colour, animateurs' names hidden). The logo is stored here (its bytes, type and a
# digest for its ETag), so a backup of the database keeps it.
_SITE_PUBLIC = [
    """CREATE TABLE site_public (
        site_id INTEGER PRIMARY KEY REFERENCES sites(id) ON DELETE CASCADE,
        enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
        address TEXT, postcode TEXT, commune TEXT, phone TEXT, email TEXT, website TEXT,
        register_fr TEXT, register_nl TEXT, register_en TEXT,
        colour TEXT,
        show_animateurs INTEGER NOT NULL DEFAULT 0 CHECK (show_animateurs IN (0, 1)),
        logo BLOB, logo_type TEXT, logo_digest TEXT,
        CHECK ((logo IS NULL) = (logo_type IS NULL)))""",
]


@MIGRATIONS()
def m031_site_public(db: Database) -> None:
    for statement in _SITE_PUBLIC:
        db.execute(statement)


@MIGRATIONS()
def m032_sign_in_sources(db: Database) -> None:
    # where a visitor signs in from: "local" (the server's own list) or the name of a source of
    # the server config's [auth.sources] (admin/auth/sources.py) that created the account
    db.execute("ALTER TABLE visitors ADD COLUMN source TEXT NOT NULL DEFAULT 'local'")
    # sign-ins and refusals per source ("signed_in" or a refusal's reason): epn auth stats
    db.execute(
        """CREATE TABLE auth_source_stats (
        source TEXT NOT NULL,
        outcome TEXT NOT NULL,
        count INTEGER NOT NULL DEFAULT 0,
        last_at TEXT NOT NULL,
        PRIMARY KEY (source, outcome))"""
    )


# Class sessions (admin/classes/): a `teacher` staff role, a `class` kind of hold that admits
# the pupils' category besides its listed cards, and the classes themselves. Widening the two
# CHECK lists is done in place (SQLite's documented writable_schema procedure for a change that
# leaves every stored row valid): rebuilding `staff` would cascade-delete its tokens and sites.
_CLASS_CHECKS = [
    ("staff", "role IN ('admin', 'staff')", "role IN ('admin', 'staff', 'teacher')"),
    (
        "station_holds",
        "kind IN ('visitor', 'group', 'queue', 'workshop')",
        "kind IN ('visitor', 'group', 'queue', 'workshop', 'class')",
    ),
]
_CLASSES = [
    # a class hold admits every account of this category (the school directory's pupils)
    "ALTER TABLE station_holds ADD COLUMN category TEXT DEFAULT NULL",
    """CREATE TABLE classes (
        id INTEGER PRIMARY KEY,
        site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        teacher_id INTEGER NOT NULL REFERENCES staff(id),
        title TEXT NOT NULL,
        booking TEXT NOT NULL UNIQUE,
        starts_at TEXT NOT NULL,
        ends_at TEXT NOT NULL,
        pupil_category TEXT,
        teacher_visitor_id INTEGER REFERENCES visitors(id) ON DELETE SET NULL,
        ended_at TEXT,
        created_at TEXT NOT NULL,
        CHECK (ends_at > starts_at))""",
    "CREATE INDEX classes_teacher ON classes (teacher_id, ends_at)",
    "CREATE INDEX classes_site ON classes (site_id, ends_at)",
]


@MIGRATIONS()
def m033_classes(db: Database) -> None:
    version = next(iter(db.execute("PRAGMA schema_version").fetchone()))
    db.execute("PRAGMA writable_schema = ON")
    for table, old, new in _CLASS_CHECKS:
        db.execute(
            "UPDATE sqlite_master SET sql = replace(sql, ?, ?) WHERE type = 'table' AND name = ?",
            [old, new, table],
        )
    db.execute(f"PRAGMA schema_version = {int(version) + 1}")
    db.execute("PRAGMA writable_schema = OFF")
    for statement in _CLASSES:
        db.execute(statement)


# The label report's usage (admin/reports/label.py) of the ended sessions per calendar month and
# year of their local day (as usage_rollup, m020), kept by triggers in the statement's
# transaction. Two tables: label_rollup sums sessions, seconds, first visits and the sessions
# of nobody (no key, no visitor) per (period, site, purpose) and per breakdown value (dimension
# gender, age_band, status, commune or category; "" with "" for the site's own row: a year of
# the network is a few hundred rows); label_visitors has one
# row per (period, site, who, snapshot) with its sessions, so distinct visitors over any union of
# periods are a COUNT(DISTINCT who) over far fewer rows than sessions ("who": -key, else the
# visitor's id, as the report counts them; nobody is never a row there). A session is counted
# by its local day at its site then: a site whose timezone changes, or a station moving to
# another site, marks the sites stale (label_rollup_stale) and the report reads their sessions.
# Retention dropping keys moves the rows itself, a batch at a time, as for usage_rollup (m030).
_LABEL_WHO = "COALESCE(-{r}.visitor_key, {r}.visitor_id, 0)"
_LABEL_SNAPSHOT = ("gender", "age_band", "status", "commune", "category")
_LABEL_PERIODS = "(SELECT substr({d}, 1, 7) AS period UNION ALL SELECT substr({d}, 1, 4))"
_LABEL_SUMS_KEY = "period, site_id, purpose, dimension, value"
#: Each session counts once in its site's row (dimension "") and once per breakdown.
_LABEL_DIMENSIONS = " UNION ALL ".join(f"SELECT '{d}' AS name" for d in ("", *_LABEL_SNAPSHOT))


def _label_value(row: str) -> str:
    """The session's value of the breakdown ``d.name`` ("" for the site's own row)."""
    cases = " ".join(f"WHEN '{c}' THEN {row}.{c}" for c in _LABEL_SNAPSHOT)
    return f"CASE d.name {cases} ELSE '' END"


_LABEL_VISITORS_KEY = "period, site_id, who, gender, age_band, status, commune, category"


def _label_change(row: str, sign: str) -> str:
    """The statements adding (sign 1) or taking back (-1) one session ``row`` (NEW, OLD)."""
    who = _LABEL_WHO.format(r=row)
    periods = _LABEL_PERIODS.format(d=f"COALESCE({row}.day, substr({row}.started_at, 1, 10))")
    snapshot = ", ".join(f"{row}.{c}" for c in _LABEL_SNAPSHOT)
    site = f"(SELECT site_id FROM stations WHERE id = {row}.station_id)"
    return f"""INSERT INTO label_rollup ({_LABEL_SUMS_KEY}, sessions, seconds, firsts, nobody)
        SELECT k.period, st.site_id, {row}.purpose, d.name, {_label_value(row)}, {sign},
            {sign} * {row}.used_seconds, {sign} * {row}.first_visit, {sign} * ({who} = 0)
        FROM {periods} k JOIN stations st ON st.id = {row}.station_id
            CROSS JOIN ({_LABEL_DIMENSIONS}) d WHERE true
        ON CONFLICT ({_LABEL_SUMS_KEY}) DO UPDATE SET sessions = sessions + excluded.sessions,
            seconds = seconds + excluded.seconds, firsts = firsts + excluded.firsts,
            nobody = nobody + excluded.nobody;
        DELETE FROM label_rollup WHERE sessions = 0 AND period IN {periods}
            AND site_id = {site} AND purpose = {row}.purpose;
        INSERT INTO label_visitors ({_LABEL_VISITORS_KEY}, sessions)
        SELECT k.period, st.site_id, {who}, {snapshot}, {sign}
        FROM {periods} k JOIN stations st ON st.id = {row}.station_id WHERE {who} <> 0
        ON CONFLICT ({_LABEL_VISITORS_KEY}) DO UPDATE SET sessions = sessions + excluded.sessions;
        DELETE FROM label_visitors WHERE sessions = 0 AND period IN {periods}
            AND site_id = {site} AND who = {who}
            AND (gender, age_band, status, commune, category) = ({snapshot});"""


#: What the rollup counts of a session changed (a heartbeat of an ended session, a visitor's
#: id cleared while their key stays, change nothing).
_LABEL_CHANGED = " OR ".join(
    [
        f"NEW.{c} IS NOT OLD.{c}"
        for c in (
            "state",
            "used_seconds",
            "station_id",
            "started_at",
            "day",
            "purpose",
            *_LABEL_SNAPSHOT,
            "first_visit",
        )
    ]
    + [f"{_LABEL_WHO.format(r='NEW')} IS NOT {_LABEL_WHO.format(r='OLD')}"]
)
#: The one change retention makes itself (admin/privacy/retention.py), as for usage_rollup.
_LABEL_KEY_DROPPED = _KEY_DROPPED.replace(
    "NEW.day IS OLD.day)",
    "NEW.day IS OLD.day AND NEW.purpose IS OLD.purpose AND NEW.first_visit IS OLD.first_visit"
    + "".join(f" AND NEW.{c} IS OLD.{c}" for c in _LABEL_SNAPSHOT)
    + ")",
)
_LABEL_COLUMNS = (
    "state, used_seconds, station_id, started_at, day, purpose, visitor_id, visitor_key,"
    " gender, age_band, status, commune, category, first_visit"
)
_LABEL_ROLLUP = [
    f"""CREATE TABLE label_rollup (
        period TEXT NOT NULL,
        site_id INTEGER NOT NULL,
        purpose TEXT NOT NULL,
        dimension TEXT NOT NULL,
        value TEXT NOT NULL,
        sessions INTEGER NOT NULL,
        seconds INTEGER NOT NULL,
        firsts INTEGER NOT NULL,
        nobody INTEGER NOT NULL,
        PRIMARY KEY ({_LABEL_SUMS_KEY})) WITHOUT ROWID""",
    f"""CREATE TABLE label_visitors (
        period TEXT NOT NULL,
        site_id INTEGER NOT NULL,
        who INTEGER NOT NULL,
        gender TEXT NOT NULL, age_band TEXT NOT NULL, status TEXT NOT NULL,
        commune TEXT NOT NULL, category TEXT NOT NULL,
        sessions INTEGER NOT NULL,
        PRIMARY KEY ({_LABEL_VISITORS_KEY})) WITHOUT ROWID""",
    "CREATE TABLE label_rollup_stale (site_id INTEGER PRIMARY KEY)",
    f"""CREATE TRIGGER sessions_label_insert AFTER INSERT ON sessions
    WHEN NEW.state = 'ended'
    BEGIN
        {_label_change("NEW", "1")}
    END""",
    f"""CREATE TRIGGER sessions_label_delete AFTER DELETE ON sessions
    WHEN OLD.state = 'ended'
    BEGIN
        {_label_change("OLD", "-1")}
    END""",
    *(
        f"""CREATE TRIGGER sessions_label_{name} AFTER UPDATE OF {_LABEL_COLUMNS} ON sessions
    WHEN {row}.state = 'ended' AND ({_LABEL_CHANGED}) AND NOT {_LABEL_KEY_DROPPED}
    BEGIN
        {_label_change(row, sign)}
    END"""
        for name, row, sign in (("leave", "OLD", "-1"), ("enter", "NEW", "1"))
    ),
    """CREATE TRIGGER sites_label_stale AFTER UPDATE OF timezone ON sites
    WHEN NEW.timezone IS NOT OLD.timezone
    BEGIN
        INSERT OR IGNORE INTO label_rollup_stale (site_id) VALUES (NEW.id);
    END""",
    """CREATE TRIGGER stations_label_stale AFTER UPDATE OF site_id ON stations
    WHEN NEW.site_id IS NOT OLD.site_id
    BEGIN
        INSERT OR IGNORE INTO label_rollup_stale (site_id) VALUES (OLD.site_id), (NEW.site_id);
    END""",
]
#: The rollup of the ended sessions there are (m034; tests compare the tables with it).
LABEL_ROLLUP_REBUILD = [
    "DELETE FROM label_rollup",
    "DELETE FROM label_visitors",
    "DELETE FROM label_rollup_stale",
    f"""CREATE TEMP TABLE label_groups AS
    SELECT COALESCE(s.day, substr(s.started_at, 1, 10)) AS d, st.site_id AS site,
           {_LABEL_WHO.format(r="s")} AS who, s.purpose, s.gender, s.age_band, s.status,
           s.commune, s.category, COUNT(*) AS n, SUM(s.used_seconds) AS used,
           SUM(s.first_visit) AS firsts
    FROM sessions s JOIN stations st ON st.id = s.station_id WHERE s.state = 'ended'
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9""",
    f"""INSERT INTO label_rollup ({_LABEL_SUMS_KEY}, sessions, seconds, firsts, nobody)
    SELECT substr(g.d, 1, l.len), g.site, g.purpose, d.name, {_label_value("g")}, SUM(g.n),
           SUM(g.used), SUM(g.firsts), SUM(CASE g.who WHEN 0 THEN g.n ELSE 0 END)
    FROM temp.label_groups g, (SELECT 7 AS len UNION ALL SELECT 4) l, ({_LABEL_DIMENSIONS}) d
    GROUP BY 1, 2, 3, 4, 5""",
    f"""INSERT INTO label_visitors ({_LABEL_VISITORS_KEY}, sessions)
    SELECT substr(g.d, 1, l.len), g.site, g.who, g.gender, g.age_band, g.status, g.commune,
           g.category, SUM(g.n)
    FROM temp.label_groups g, (SELECT 7 AS len UNION ALL SELECT 4) l WHERE g.who <> 0
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8""",
    "DROP TABLE temp.label_groups",
]


@MIGRATIONS()
def m034_label_rollup(db: Database) -> None:
    for statement in _LABEL_ROLLUP + LABEL_ROLLUP_REBUILD:
        db.execute(statement)
