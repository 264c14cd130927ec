"""Setting up the world: sites, stations, visitors, staff and policies.

The CLI uses it for what the API cannot do (add a site, a station with its token, a staff
account); the demo data and the tests use the rest to seed a database. Values a person types
go through the API's models and services instead (``Visitors``, ``PolicyAdmin``…), whose checks
are stricter: ``add_visitor`` and ``set_policy`` here are for seeding only.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlite_utils import Database

from admin.core import audit
from admin.core.errors import Duplicate, Refused
from admin.core.security import hash_secret, new_token, token_digest
from admin.core.timeutil import Clock, to_iso, utc_now
from admin.db.store import Store
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.limits import MAX_IDENTIFIER_LENGTH, MAX_PIN_LENGTH
from kiosk.protocol.text import text_problem

log = logging.getLogger("epn.server.directory")

MIN_PASSWORD_LENGTH = 8


@dataclass(frozen=True)
class NewStation:
    id: int
    name: str
    token: str  # shown once, only its digest is stored


def _invalid(message: str) -> Refused:
    return Refused(ErrorCode.INVALID_REQUEST, message)


def _clean_name(kind: str, name: str, max_length: int = 100) -> str:
    name = name.strip(" ")
    if not name or len(name) > max_length:
        raise _invalid(f"{kind} name must be 1 to {max_length} characters")
    if problem := text_problem(name, "name"):
        raise _invalid(f"{kind} name {problem}")
    return name


def site_id_by_name(db: Database, name: str) -> int:
    row = next(db.query("SELECT id FROM sites WHERE name = ?", [name]), None)
    if row is None:
        raise Refused(ErrorCode.NOT_FOUND, f"no site named {name!r}", {"site": name})
    return int(row["id"])


def _exists(db: Database, table: str, column: str, value: str) -> bool:
    sql = f"SELECT 1 FROM {table} WHERE {column} = ?"
    return next(db.query(sql, [value]), None) is not None


class Directory:
    """Creates the rows the rest of the server works on; every change is audited."""

    def __init__(self, store: Store, clock: Clock = utc_now) -> None:
        self._store = store
        self._clock = clock

    def add_site(self, name: str, timezone: str = "Europe/Brussels") -> int:
        name = _clean_name("site", name)
        try:
            ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise _invalid(f"unknown timezone {timezone!r}") from exc
        now = to_iso(self._clock())

        def write(db: Database) -> int:
            if _exists(db, "sites", "name", name):
                raise Duplicate("site", name)
            cursor = db.execute(
                "INSERT INTO sites (name, timezone, created_at) VALUES (?, ?, ?)",
                [name, timezone, now],
            )
            audit.record(
                db,
                at=now,
                staff_id=None,
                action="site.add",
                target=f"site:{name}",
                after={"name": name, "timezone": timezone},
            )
            return int(cursor.lastrowid or 0)

        site_id = self._store.write(write)
        log.info("site %r added", name)
        return site_id

    def add_station(self, name: str, site: str) -> NewStation:
        """Enroll a station; returns its token, which is never stored nor shown again."""
        name = _clean_name("station", name, 64)
        token = new_token()
        now = to_iso(self._clock())

        def write(db: Database) -> int:
            site_id = site_id_by_name(db, site)
            if _exists(db, "stations", "name", name):
                raise Duplicate("station", name)
            cursor = db.execute(
                "INSERT INTO stations (name, site_id, token_hash, enabled, created_at)"
                " VALUES (?, ?, ?, 1, ?)",
                [name, site_id, token_digest(token), now],
            )
            audit.record(
                db,
                at=now,
                staff_id=None,
                action="station.add",
                target=f"station:{name}",
                after={"name": name, "site": site},
            )
            return int(cursor.lastrowid or 0)

        station_id = self._store.write(write)
        log.info("station %r enrolled at site %r", name, site)
        return NewStation(station_id, name, token)

    def add_visitor(
        self,
        identifier: str,
        *,
        pin: str | None = None,
        category: str = "adult",
        display_name: str | None = None,
        enabled: bool = True,
    ) -> int:
        identifier = identifier.strip()
        if not identifier or len(identifier) > MAX_IDENTIFIER_LENGTH:
            raise _invalid(f"identifier must be 1 to {MAX_IDENTIFIER_LENGTH} characters")
        if problem := text_problem(identifier, "name"):
            raise _invalid(f"identifier {problem}")
        if pin is not None and not (1 <= len(pin) <= MAX_PIN_LENGTH):
            raise _invalid(f"PIN must be 1 to {MAX_PIN_LENGTH} characters")
        category = _clean_name("category", category, 32)
        pin_hash = hash_secret(pin) if pin is not None else None
        now = to_iso(self._clock())

        def write(db: Database) -> int:
            if _exists(db, "visitors", "identifier", identifier):
                raise Duplicate("visitor", identifier)
            cursor = db.execute(
                "INSERT INTO visitors (identifier, pin_hash, display_name, category, enabled,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?)",
                [identifier, pin_hash, display_name, category, int(enabled), now],
            )
            visitor_id = int(cursor.lastrowid or 0)
            # the audit names the row, not the person
            audit.record(
                db,
                at=now,
                staff_id=None,
                action="visitor.add",
                target=f"visitor:{visitor_id}",
                after={"category": category, "has_pin": pin is not None},
            )
            return visitor_id

        return self._store.write(write)

    def add_staff(
        self,
        username: str,
        password: str,
        *,
        role: Literal["admin", "staff", "teacher"],
        sites: list[str] | None = None,
    ) -> int:
        username = _clean_name("user", username, 64)
        if role not in ("admin", "staff", "teacher"):
            raise _invalid("role must be 'admin', 'staff' or 'teacher'")
        if role != "admin" and not sites:
            raise _invalid(f"a {role} account needs at least one site")
        if len(password) < MIN_PASSWORD_LENGTH:
            raise _invalid(f"password must have at least {MIN_PASSWORD_LENGTH} characters")
        password_hash = hash_secret(password)
        now = to_iso(self._clock())

        def write(db: Database) -> int:
            site_ids = [site_id_by_name(db, site) for site in sites or []]
            if _exists(db, "staff", "username", username):
                raise Duplicate("user", username)
            cursor = db.execute(
                "INSERT INTO staff (username, password_hash, role, created_at) VALUES (?, ?, ?, ?)",
                [username, password_hash, role, now],
            )
            staff_id = int(cursor.lastrowid or 0)
            for site_id in site_ids:
                db.execute(
                    "INSERT INTO staff_sites (staff_id, site_id) VALUES (?, ?)", [staff_id, site_id]
                )
            audit.record(
                db,
                at=now,
                staff_id=None,
                action="staff.add",
                target=f"staff:{username}",
                after={"role": role, "sites": sites or []},
            )
            return staff_id

        staff_id = self._store.write(write)
        log.info("staff account %r added (%s)", username, role)
        return staff_id

    def set_policy(
        self, category: str, *, session_minutes: int, daily_minutes: int, weekly_minutes: int
    ) -> None:
        values = (session_minutes, daily_minutes, weekly_minutes)
        if any(v < 0 for v in values):
            raise _invalid("minutes cannot be negative")
        now = to_iso(self._clock())

        def write(db: Database) -> None:
            row = next(db.query("SELECT * FROM policies WHERE category = ?", [category]), None)
            db.execute(
                "INSERT INTO policies (category, session_minutes, daily_minutes, weekly_minutes)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (category) DO UPDATE SET"
                " session_minutes = excluded.session_minutes,"
                " daily_minutes = excluded.daily_minutes,"
                " weekly_minutes = excluded.weekly_minutes",
                [category, *values],
            )
            after: dict[str, Any] = dict(
                zip(("session_minutes", "daily_minutes", "weekly_minutes"), values, strict=True)
            )
            audit.record(
                db,
                at=now,
                staff_id=None,
                action="policy.set",
                target=f"policy:{category}",
                before=row,
                after=after,
            )

        self._store.write(write)

    def set_station_enabled(self, name: str, enabled: bool) -> None:
        now = to_iso(self._clock())

        def write(db: Database) -> None:
            cursor = db.execute(
                "UPDATE stations SET enabled = ? WHERE name = ?", [int(enabled), name]
            )
            if cursor.rowcount == 0:
                raise Refused(ErrorCode.NOT_FOUND, f"no station named {name!r}")
            audit.record(
                db,
                at=now,
                staff_id=None,
                action="station.enable",
                target=f"station:{name}",
                after={"enabled": enabled},
            )

        self._store.write(write)

    def set_visitor_enabled(self, identifier: str, enabled: bool) -> None:
        now = to_iso(self._clock())

        def write(db: Database) -> None:
            row = next(
                db.query("SELECT id, enabled FROM visitors WHERE identifier = ?", [identifier]),
                None,
            )
            if row is None:
                raise Refused(ErrorCode.NOT_FOUND, "no such visitor")
            db.execute("UPDATE visitors SET enabled = ? WHERE id = ?", [int(enabled), row["id"]])
            audit.record(
                db,
                at=now,
                staff_id=None,
                action="visitor.enable",
                target=f"visitor:{row['id']}",
                before={"enabled": bool(row["enabled"])},
                after={"enabled": enabled},
            )

        self._store.write(write)
