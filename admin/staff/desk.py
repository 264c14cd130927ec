"""What staff ask of the server: log in, see their stations and sessions, send commands."""

from __future__ import annotations

import json
import logging
from datetime import datetime, timedelta
from typing import Any, Literal

from sqlite_utils import Database

from admin.core import audit
from admin.core.actors import StaffMember
from admin.core.errors import Refused
from admin.core.security import new_token, token_digest, verify_secret
from admin.core.timeutil import Clock, from_iso, to_iso, utc_now
from admin.db.store import Store
from admin.holds import gate
from admin.lockouts.limits import Lockout, staff_address, staff_login
from admin.rules import grant as policy
from admin.stations import alerts, commands, desk_calls
from admin.stations import errors as station_errors
from admin.stations.link import StationService, is_offline
from kiosk.protocol.commands import CommandRequest, CommandStatus
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.room import SessionSummary, StationState, StationStatus
from kiosk.protocol.staff import LoginResponse
from kiosk.protocol.station import SiteInfo

log = logging.getLogger("epn.server.staff")

DEFAULT_TOKEN_TTL = timedelta(hours=8)
SESSION_LIST_LIMIT = 500


def _scope_sql(member: StaffMember | None, column: str) -> tuple[str, list[Any]]:
    """A WHERE fragment limiting rows to the member's sites (None: the CLI sees all)."""
    if member is None or member.role == "admin":
        return "1", []
    marks = ", ".join("?" for _ in member.site_ids) or "NULL"
    return f"{column} IN ({marks})", list(member.site_ids)


def _app_names(names: str | None) -> dict[str, str]:
    """The app's names by language, as the catalogue stores them (JSON)."""
    try:
        by_language = json.loads(names) if names else {}
    except ValueError:
        return {}
    if not isinstance(by_language, dict):
        return {}
    return {str(k): str(v) for k, v in by_language.items() if isinstance(v, str) and v}


def _app_name(app_id: str | None, names: str | None) -> str | None:
    """The app's French name, else its first name in another language, else its id."""
    if app_id is None:
        return None
    try:
        by_language = json.loads(names) if names else {}
    except ValueError:
        by_language = {}
    if not isinstance(by_language, dict):
        return app_id
    name = (
        by_language.get("fr")
        or by_language.get("en")
        or next((n for n in by_language.values() if n), None)
    )
    return str(name) if name else app_id


class StaffService:
    def __init__(
        self,
        store: Store,
        clock: Clock = utc_now,
        token_ttl: timedelta = DEFAULT_TOKEN_TTL,
        lockout: Lockout | None = None,
        stations: StationService | None = None,
    ) -> None:
        self._store = store
        self._clock = clock
        self._token_ttl = token_ttl
        self._lockout = lockout or Lockout(store, clock)
        #: Opens the session of a desk sign-in with the kiosk's rules.
        self._stations = stations or StationService(store, clock, self._lockout)

    # --- authentication -----------------------------------------------------------------

    def login(self, username: str, password: str, address: str | None = None) -> LoginResponse:
        """A login token; failures are limited per (account, address) and per address.

        ``address`` is the client's (the API passes ``request.client.host``): someone else's
        failures from another address never hold the owner back.
        """
        account, everyone = staff_login(username, address), staff_address(address)
        self._lockout.check(account, everyone)
        row = self._store.read(
            lambda db: next(
                db.query("SELECT id, password_hash FROM staff WHERE username = ?", [username]), None
            )
        )
        # same answer, and about the same time, for an unknown user and a wrong password
        if row is None or not verify_secret(row["password_hash"], password):
            if row is None:
                verify_secret(None, password)
            self._lockout.failed(account, everyone)
            raise Refused(ErrorCode.BAD_LOGIN, "wrong username or password")
        self._lockout.succeeded(account)
        token = new_token()
        now = self._clock()
        expires_at = to_iso(now + self._token_ttl)

        def write(db: Database) -> None:
            db.execute(
                "DELETE FROM staff_tokens WHERE staff_id = ? AND expires_at < ?",
                [row["id"], to_iso(now)],
            )
            db.execute(
                "INSERT INTO staff_tokens (token_hash, staff_id, expires_at) VALUES (?, ?, ?)",
                [token_digest(token), row["id"], expires_at],
            )
            audit.record(
                db,
                at=to_iso(now),
                staff_id=row["id"],
                action="auth.login",
                target=f"staff:{username}",
            )

        self._store.write(write)
        member = self._member(row["id"])
        log.info("staff %r logged in", username)
        return LoginResponse(token=token, expires_at=expires_at, staff=member.info())

    def authenticate(self, token: str) -> StaffMember:
        row = self._store.read(
            lambda db: next(
                db.query(
                    "SELECT staff_id, expires_at FROM staff_tokens WHERE token_hash = ?",
                    [token_digest(token)],
                ),
                None,
            )
        )
        if row is None:
            raise Refused(ErrorCode.UNAUTHENTICATED, "unknown or revoked login token")
        if from_iso(row["expires_at"]) <= self._clock():
            raise Refused(ErrorCode.TOKEN_EXPIRED, "login token expired, log in again")
        return self._member(row["staff_id"])

    def _member(self, staff_id: int) -> StaffMember:
        def read(db: Database) -> StaffMember:
            row = next(db.query("SELECT id, username, role FROM staff WHERE id = ?", [staff_id]))
            sites = [
                r["site_id"]
                for r in db.query(
                    "SELECT site_id FROM staff_sites WHERE staff_id = ? ORDER BY site_id",
                    [staff_id],
                )
            ]
            return StaffMember(row["id"], row["username"], row["role"], tuple(sites))

        return self._store.read(read)

    # --- commands -----------------------------------------------------------------------

    def create_command(
        self, member: StaffMember | None, station: str, asked: CommandRequest
    ) -> CommandStatus:
        """Queue a command for a station; the rules of each kind are in :mod:`admin.stations.commands`."""
        request = commands.normalise(asked)
        now = self._clock()
        status, created = self._store.write(
            lambda db: commands.create(
                db,
                member,
                station,
                request,
                now,
                open_session=self._stations.desk_sign_in,
                clip=gate.clip_to_hold,
            )
        )
        who = member.username if member is not None else "cli"
        log.info("staff %r: %s on %s%s", who, request.kind, station, "" if created else " (again)")
        return status

    def command(self, member: StaffMember | None, station: str, command_id: int) -> CommandStatus:
        """What became of a command: pending, applied or failed."""
        return self._store.read(lambda db: commands.get(db, member, station, command_id))

    # --- views --------------------------------------------------------------------------

    def stations(self, member: StaffMember | None) -> list[StationStatus]:
        now = self._clock()
        where, params = _scope_sql(member, "st.site_id")

        recent_since = to_iso(now - station_errors.RECENT)

        def read(
            db: Database,
        ) -> tuple[
            list[dict[str, Any]],
            list[dict[str, Any]],
            dict[int, alerts.StationAlerts],
            dict[int, int],
            dict[int, str],
        ]:
            stations = list(
                db.query(
                    "SELECT st.id, st.name, st.site_id, si.name AS site_name, si.timezone,"
                    " st.last_seen_at,"
                    " st.enabled, st.disabled_reason,"
                    " s.id AS session_id, s.state, s.started_at, s.used_seconds, s.remaining_seconds,"
                    " s.reported_at, s.granted_seconds, s.locked, s.app_id, s.stopped_process,"
                    " s.stopped_action,"
                    " a.names AS app_names, v.identifier, v.display_name"
                    " FROM stations st JOIN sites si ON si.id = st.site_id"
                    " LEFT JOIN sessions s ON s.station_id = st.id AND s.state = 'active'"
                    " LEFT JOIN visitors v ON v.id = s.visitor_id"
                    " LEFT JOIN apps a ON a.id = s.app_id"
                    f" WHERE {where} ORDER BY si.name, st.name, s.started_at DESC",
                    params,
                )
            )
            pending = list(
                db.query(
                    "SELECT c.*, st.name AS station FROM commands c"
                    " JOIN stations st ON st.id = c.station_id"
                    f" WHERE c.status = 'pending' AND {where} ORDER BY c.id",
                    params,
                )
            )
            # one grouped query for the room: the index on (station_id, received_at) serves it
            recent = {
                r["station_id"]: r["n"]
                for r in db.query(
                    "SELECT e.station_id, COUNT(*) AS n FROM station_errors e"
                    " JOIN stations st ON st.id = e.station_id"
                    f" WHERE e.received_at >= ? AND {where} GROUP BY e.station_id",
                    [recent_since, *params],
                )
            }
            calls = desk_calls.load(db, where, params)
            return stations, pending, alerts.load(db, where, params), recent, calls

        rows, pending_rows, noted, recent, calls = self._store.read(read)
        pending: dict[int, list[CommandStatus]] = {}
        for command in pending_rows:
            pending.setdefault(command["station_id"], []).append(
                commands.status_of(command, command["station"])
            )
        seen: set[int] = set()
        result = []
        for row in rows:
            if row["id"] in seen:
                continue
            seen.add(row["id"])
            result.append(
                self._status(
                    row,
                    now,
                    pending.get(row["id"], []),
                    noted.get(row["id"]),
                    recent.get(row["id"], 0),
                    calls.get(row["id"]),
                )
            )
        return result

    @staticmethod
    def _status(
        row: dict[str, Any],
        now: datetime,
        pending: list[CommandStatus],
        noted: alerts.StationAlerts | None,
        recent_errors: int = 0,
        called_at: str | None = None,
    ) -> StationStatus:
        in_use = row["session_id"] is not None
        locked = in_use and bool(row["locked"])
        enabled = bool(row["enabled"])
        if is_offline(row["last_seen_at"], now):
            state = StationState.OFFLINE
        elif not enabled:
            state = StationState.OUT_OF_ORDER
        elif locked:
            state = StationState.LOCKED
        else:
            state = StationState.IN_USE if in_use else StationState.FREE
        return StationStatus(
            id=row["id"],
            name=row["name"],
            site=SiteInfo(id=row["site_id"], name=row["site_name"]),
            state=state,
            last_seen_at=row["last_seen_at"],
            session_id=row["session_id"],
            visitor_identifier=row["identifier"],
            visitor_name=row["display_name"],
            seconds_left=policy.estimate_left(row, now) if in_use else None,
            pending_commands=len(pending),
            enabled=enabled,
            disabled_reason=row["disabled_reason"],
            locked=locked,
            app_id=row["app_id"],
            app_name=_app_name(row["app_id"], row["app_names"]),
            app_names=_app_names(row["app_names"]),
            stopped_process=row["stopped_process"],
            stopped_action=row["stopped_action"],
            granted_seconds=row["granted_seconds"],
            started_at=row["started_at"],
            pending=pending,
            alerts=noted.alerts if noted else [],
            enrolment_refused=noted.enrolment_refused if noted else None,
            recent_errors=recent_errors,
            desk_call=desk_calls.status(called_at, now, row["timezone"]),
        )

    def sessions(
        self, member: StaffMember | None, state: Literal["active", "ended"] | None = None
    ) -> list[SessionSummary]:
        """Active sessions first, then the most recent ended ones."""
        now = self._clock()
        where, params = _scope_sql(member, "st.site_id")
        if state is not None:
            where += " AND s.state = ?"
            params.append(state)
        rows = self._store.read(
            lambda db: list(
                db.query(
                    "SELECT s.*, st.name AS station, v.identifier, v.display_name FROM sessions s"
                    " JOIN stations st ON st.id = s.station_id JOIN visitors v ON v.id = s.visitor_id"
                    f" WHERE {where} ORDER BY s.state = 'active' DESC, s.started_at DESC LIMIT ?",
                    [*params, SESSION_LIST_LIMIT],
                )
            )
        )
        return [
            SessionSummary(
                id=row["id"],
                station=row["station"],
                visitor_identifier=row["identifier"],
                visitor_name=row["display_name"],
                state=row["state"],
                started_at=row["started_at"],
                ended_at=row["ended_at"],
                granted_seconds=row["granted_seconds"],
                used_seconds=policy.estimate_used(row, now),
                seconds_left=policy.estimate_left(row, now) if row["state"] == "active" else None,
                end_reason=row["end_reason"],
            )
            for row in rows
        ]
