"""Looking after stations: enrolment codes, revocation, enable/disable, the detailed list.

A new station is enrolled with a one-time code: staff create it for a station name (the
station row is created then, without a usable token), the station sends it to
``POST station/enroll`` and receives its token. A code is single-use and valid
:data:`CODE_TTL`; only its digest is stored. ``epn station add`` still prints a token directly.

A fleet is enrolled with one **site code** (:meth:`StationsAdmin.site_code`): valid for N
enrolments and D days, each PC enrolling under the name it asks for (its host name by default)
if no station has that name yet. The uses left are counted down in the same write as the
enrolment, so two PCs racing for the last use cannot both get it.

Wrong codes are limited per client address (admin/lockouts/limits.py): 429 with Retry-After.

Revoking replaces the token's digest by one of a token nobody knows: the old token gets 401
at once; the station can be enrolled again with a new code.

Disabling and enabling are station commands (:mod:`admin.stations.commands`): the row changes at once
and the station is told through its command long-poll.
"""

from __future__ import annotations

import logging
import re
import secrets
from datetime import datetime, timedelta
from typing import Any

from sqlite_utils import Database

from admin.core import audit
from admin.core.actors import StaffMember
from admin.core.errors import Refused
from admin.core.security import new_token, token_digest
from admin.core.timeutil import Clock, from_iso, to_iso, utc_now
from admin.db.store import Store, like_escape
from admin.directory import site_id_by_name
from admin.lockouts.limits import Lockout, enrolment
from admin.sites.settings import site_row
from admin.stations import alerts, commands
from admin.stations.link import is_offline
from kiosk.protocol.commands import CommandKind, CommandRequest, CommandStatus
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.limits import SITE_CODE_DAYS, SITE_CODE_USES
from kiosk.protocol.room import (
    EnrollCode,
    EnrolmentRefusalReason,
    SiteEnrollCode,
    StationDetails,
)
from kiosk.protocol.station import EnrollResponse, SiteInfo, StationInfo
from kiosk.protocol.text import text_problem

log = logging.getLogger("epn.server.stations_admin")

CODE_TTL = timedelta(hours=24)
CODE_LENGTH = 8
#: No 0/O, 1/I/L: the code is read off a screen and typed on another machine.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
#: A fleet's name pattern: its one run of '#' is the station's number, zero-padded to the run.
NAME_PATTERN_RUN = re.compile(r"#{1,4}")


def _new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def check_station_name(name: str) -> str:
    """The name as kept (outer spaces dropped), or INVALID_REQUEST naming the rule."""
    name = name.strip(" ")
    if not name or len(name) > 64 or text_problem(name, "name"):
        raise Refused(
            ErrorCode.INVALID_REQUEST,
            "station name must be 1 to 64 characters, no control, invisible or bidi"
            " character, no '/' or '\\', not '.' or '..'",
            {"station": name},
        )
    return name


def check_name_pattern(pattern: str) -> str:
    """The pattern as kept, or INVALID_REQUEST: one run of 1 to 4 '#', a valid name around it."""
    pattern = pattern.strip(" ")
    runs = re.findall(r"#+", pattern)
    if len(runs) != 1 or not NAME_PATTERN_RUN.fullmatch(runs[0]):
        raise Refused(
            ErrorCode.INVALID_REQUEST,
            "name pattern needs one run of 1 to 4 '#' for the station's number, e.g. LK-##",
            {"name_pattern": pattern},
        )
    try:
        check_station_name(pattern_name(pattern, 10 ** len(runs[0]) - 1))
    except Refused as refused:
        raise Refused(
            ErrorCode.INVALID_REQUEST,
            f"name pattern: {refused.message}",
            {"name_pattern": pattern},
        ) from None
    return pattern


def pattern_name(pattern: str, number: int) -> str:
    """The station name ``number`` takes in ``pattern`` (``LK-##``, 3 → ``LK-03``)."""
    run = re.search(r"#+", pattern)
    assert run is not None
    return f"{pattern[: run.start()]}{number:0{len(run.group())}d}{pattern[run.end() :]}"


def _first_free_name(db: Database, pattern: str) -> str | None:
    """The pattern's name with the lowest number that no station has; None when all are taken."""
    run = re.search(r"#+", pattern)
    assert run is not None
    taken = {
        row["name"]
        for row in db.query(
            "SELECT name FROM stations WHERE name LIKE ? ESCAPE '\\'",
            [like_escape(pattern[: run.start()]) + "%"],
        )
    }
    for number in range(1, 10 ** len(run.group())):
        name = pattern_name(pattern, number)
        if name not in taken:
            return name
    return None


def normalise_code(code: str) -> str:
    """Accept the code however it was typed: lower case, with spaces or dashes."""
    return "".join(ch for ch in code.upper() if ch.isalnum())


def _no_station(name: str) -> Refused:
    return Refused(ErrorCode.NOT_FOUND, f"no station named {name!r}", {"station": name})


def _station(db: Database, name: str) -> dict[str, Any]:
    row = next(db.query("SELECT * FROM stations WHERE name = ?", [name]), None)
    if row is None:
        raise _no_station(name)
    return dict(row)


def _check_scope(member: StaffMember | None, site_id: int, hidden: Refused) -> None:
    """Another site's station or site answers ``hidden``: exactly what a missing one gets, so
    names cannot be probed."""
    if member is not None and not member.can_see(site_id):
        raise hidden


def _staff_id(member: StaffMember | None) -> int | None:
    return member.id if member is not None else None


def _refusal(code: dict[str, Any], now: datetime) -> tuple[EnrolmentRefusalReason, Refused] | None:
    """Why a known code is refused now (used, then expired), or None: it is good."""
    if code["used_at"] is not None:
        # the same answer as an unknown code: the caller learns nothing of which codes exist
        refused = Refused(ErrorCode.ENROLMENT_CODE_INVALID, "unknown or used enrolment code")
        return EnrolmentRefusalReason.USED, refused
    if from_iso(code["expires_at"]) <= now:
        refused = Refused(ErrorCode.ENROLMENT_CODE_EXPIRED, "this enrolment code has expired")
        return EnrolmentRefusalReason.EXPIRED, refused
    return None


def _write_station_code(
    db: Database, member: StaffMember | None, code: EnrollCode, site: str | None, now: datetime
) -> None:
    """Keep ``code`` for its station (created at ``site`` if new), replacing an unused one."""
    name = code.station
    row = next(db.query("SELECT * FROM stations WHERE name = ?", [name]), None)
    unknown = Refused(ErrorCode.NOT_FOUND, f"no station named {name!r}: give its site")
    if row is None:
        if site is None:
            raise unknown
        site_id = site_id_by_name(db, site)
        _check_scope(
            member,
            site_id,
            Refused(ErrorCode.NOT_FOUND, f"no site named {site!r}", {"site": site}),
        )
        cursor = db.execute(
            "INSERT INTO stations (name, site_id, token_hash, enabled, enrolled,"
            " created_at) VALUES (?, ?, ?, 1, 0, ?)",
            [name, site_id, token_digest(new_token()), to_iso(now)],
        )
        station_id = int(cursor.lastrowid or 0)
    else:
        _check_scope(member, row["site_id"], unknown if site is None else _no_station(name))
        if site is not None and site_id_by_name(db, site) != row["site_id"]:
            raise Refused(ErrorCode.INVALID_REQUEST, f"station {name!r} belongs to another site")
        station_id = row["id"]
    db.execute(
        "DELETE FROM station_enrol_codes WHERE station_id = ? AND used_at IS NULL",
        [station_id],
    )
    db.execute(
        "INSERT INTO station_enrol_codes (code_hash, station_id, expires_at, created_by,"
        " created_at) VALUES (?, ?, ?, ?, ?)",
        [token_digest(code.code), station_id, code.expires_at, _staff_id(member), to_iso(now)],
    )
    # the code itself is a secret: never in the audit
    audit.record(
        db,
        at=to_iso(now),
        staff_id=_staff_id(member),
        action="station.enrol_code",
        target=f"station:{name}",
        before=None if row is None else {"enrolled": bool(row["enrolled"])},
        after={"expires_at": code.expires_at, "new_station": row is None},
    )


def _enrolled(
    db: Database, station_id: int, token: str, agent_version: str | None, now: datetime
) -> StationInfo:
    """The station takes ``token``: enrolled, its notes cleared, audited."""
    db.execute(
        "UPDATE stations SET token_hash = ?, enrolled = 1,"
        " agent_version = COALESCE(?, agent_version) WHERE id = ?",
        [token_digest(token), agent_version, station_id],
    )
    alerts.clear(db, station_id)
    station = next(
        db.query(
            "SELECT st.*, si.name AS site_name FROM stations st"
            " JOIN sites si ON si.id = st.site_id WHERE st.id = ?",
            [station_id],
        )
    )
    audit.record(
        db,
        at=to_iso(now),
        staff_id=None,
        action="station.enroll",
        target=f"station:{station['name']}",
        after={"agent_version": agent_version},
    )
    return StationInfo(
        id=station["id"],
        name=station["name"],
        site=SiteInfo(id=station["site_id"], name=station["site_name"]),
        enabled=bool(station["enabled"]),
        disabled_reason=station["disabled_reason"],
    )


def _use_site_code(
    db: Database, code: dict[str, Any], name: str | None, now: datetime
) -> int | Refused:
    """Take one use of a site's code for a new station called ``name``: its id, or why not.

    The count goes down in the write that enrols, guarded by ``uses_left > 0``: of two PCs
    racing for the last use, one gets it and the other is told the code is used up.
    """
    if from_iso(code["expires_at"]) <= now:
        return Refused(ErrorCode.ENROLMENT_CODE_EXPIRED, "this enrolment code has expired")
    if code["uses_left"] <= 0:
        return Refused(
            ErrorCode.ENROLMENT_CODE_USED_UP,
            f"this site's enrolment code has enrolled its {code['uses']} stations already",
        )
    if code["name_pattern"] is not None:
        asked, name = name, _first_free_name(db, code["name_pattern"])
        if name is None:
            return Refused(
                ErrorCode.ENROLMENT_CODE_USED_UP,
                f"every name of the pattern {code['name_pattern']!r} is taken",
            )
        if asked is not None and asked != name:
            log.info("station asking for %r named %r by its site code's pattern", asked, name)
    if name is None:
        return Refused(
            ErrorCode.INVALID_REQUEST,
            "a site's enrolment code needs the station's name ('station' in the request)",
        )
    try:
        name = check_station_name(name)
    except Refused as refused:
        return refused
    if next(db.query("SELECT 1 FROM stations WHERE name = ?", [name]), None) is not None:
        return Refused(
            ErrorCode.STATION_NAME_TAKEN,
            f"a station named {name!r} exists already: give this PC another name",
            {"station": name},
        )
    taken = db.execute(
        "UPDATE site_enrol_codes SET uses_left = uses_left - 1"
        " WHERE code_hash = ? AND uses_left > 0",
        [code["code_hash"]],
    )
    if taken.rowcount != 1:
        return Refused(ErrorCode.ENROLMENT_CODE_USED_UP, "this site's enrolment code is used up")
    cursor = db.execute(
        "INSERT INTO stations (name, site_id, token_hash, enabled, enrolled, created_at)"
        " VALUES (?, ?, ?, 1, 0, ?)",
        [name, code["site_id"], token_digest(new_token()), to_iso(now)],
    )
    return int(cursor.lastrowid or 0)


class StationsAdmin:
    """Enrolment, revocation, enabled state and the administrators' list of stations."""

    def __init__(
        self, store: Store, clock: Clock = utc_now, lockout: Lockout | None = None
    ) -> None:
        self._store = store
        self._clock = clock
        self._lockout = lockout or Lockout(store, clock)

    def enrol_code(
        self, member: StaffMember | None, name: str, *, site: str | None = None
    ) -> EnrollCode:
        """A new one-time code for the station; creates the station at ``site`` if new.

        An older unused code of the station stops working.
        """
        return self.enrol_codes(member, [name], site=site)[0]

    def enrol_codes(
        self, member: StaffMember | None, names: list[str], *, site: str | None = None
    ) -> list[EnrollCode]:
        """A one-time code for each station, all or none (a rollout's list of names)."""
        checked = [check_station_name(name) for name in names]
        twice = sorted({name for name in checked if checked.count(name) > 1})
        if twice:
            raise Refused(
                ErrorCode.INVALID_REQUEST, f"station names given twice: {', '.join(twice)}"
            )
        now = self._clock()
        expires_at = to_iso(now + CODE_TTL)
        codes = [
            EnrollCode(station=name, code=_new_code(), expires_at=expires_at) for name in checked
        ]

        def write(db: Database) -> None:
            for code in codes:
                _write_station_code(db, member, code, site, now)

        self._store.write(write)
        for code in codes:
            log.info("enrolment code created for station %r", code.station)
        return codes

    def site_code(
        self,
        member: StaffMember | None,
        site: str | int,
        *,
        uses: int,
        days: int,
        name_pattern: str | None = None,
    ) -> SiteEnrollCode:
        """One code that enrols up to ``uses`` new stations of ``site`` (name or id) for ``days``
        days; named from ``name_pattern`` when given, else as each PC asks."""
        for value, (low, high), what in (
            (uses, SITE_CODE_USES, "count"),
            (days, SITE_CODE_DAYS, "days"),
        ):
            if not low <= value <= high:
                raise Refused(
                    ErrorCode.INVALID_REQUEST, f"{what} must be {low} to {high}", {what: value}
                )
        if name_pattern is not None:
            name_pattern = check_name_pattern(name_pattern)
            numbers = 10 ** name_pattern.count("#") - 1
            if uses > numbers:
                raise Refused(
                    ErrorCode.INVALID_REQUEST,
                    f"the pattern {name_pattern!r} names at most {numbers} stations: add a '#'",
                    {"count": uses, "name_pattern": name_pattern},
                )
        code = _new_code()
        now = self._clock()
        expires_at = to_iso(now + timedelta(days=days))

        def write(db: Database) -> str:
            row = site_row(db, member, site)
            site_id, site_name = int(row["id"]), str(row["name"])
            db.execute(
                "INSERT INTO site_enrol_codes (code_hash, site_id, uses, uses_left, expires_at,"
                " created_by, created_at, name_pattern) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    token_digest(code),
                    site_id,
                    uses,
                    uses,
                    expires_at,
                    _staff_id(member),
                    to_iso(now),
                    name_pattern,
                ],
            )
            audit.record(
                db,
                at=to_iso(now),
                staff_id=_staff_id(member),
                action="site.enrol_code",
                target=f"site:{site_name}",
                after={"uses": uses, "expires_at": expires_at, "name_pattern": name_pattern},
            )
            return site_name

        site_name = self._store.write(write)
        log.info("site enrolment code created for %r: %d uses, %d days", site_name, uses, days)
        return SiteEnrollCode(
            site=site_name, code=code, uses=uses, expires_at=expires_at, name_pattern=name_pattern
        )

    def enroll(
        self,
        code: str,
        agent_version: str | None = None,
        address: str | None = None,
        station: str | None = None,
    ) -> EnrollResponse:
        """Exchange a one-time code for the station's token (shown this once).

        Wrong codes are limited per client ``address`` (:func:`admin.lockouts.limits.enrolment`).
        """
        limit = enrolment(address)
        self._lockout.check(limit)
        digest = token_digest(normalise_code(code))
        token = new_token()
        now = self._clock()

        def write(db: Database) -> StationInfo | Refused:
            row = next(
                db.query("SELECT * FROM station_enrol_codes WHERE code_hash = ?", [digest]), None
            )
            if row is None:
                site_row = next(
                    db.query("SELECT * FROM site_enrol_codes WHERE code_hash = ?", [digest]), None
                )
                if site_row is None:
                    return Refused(
                        ErrorCode.ENROLMENT_CODE_INVALID, "unknown or used enrolment code"
                    )
                taken = _use_site_code(db, site_row, station, now)
                if isinstance(taken, Refused):
                    return taken
                return _enrolled(db, taken, token, agent_version, now)
            refusal = _refusal(row, now)
            if refusal is not None:
                # a known code: IT sees on its station that a PC tried it (kept, not rolled back)
                reason, refused = refusal
                alerts.record_refused_enrolment(db, row["station_id"], reason, to_iso(now))
                name = db.execute(
                    "SELECT name FROM stations WHERE id = ?", [row["station_id"]]
                ).fetchone()[0]
                log.warning("enrolment refused for station %r: code %s", name, reason)
                return refused
            db.execute(
                "UPDATE station_enrol_codes SET used_at = ? WHERE code_hash = ?",
                [to_iso(now), digest],
            )
            return _enrolled(db, row["station_id"], token, agent_version, now)

        info = self._store.write(write)
        if isinstance(info, Refused):
            if info.code != ErrorCode.STATION_NAME_TAKEN:  # a right code, a wrong name
                self._lockout.failed(limit)
            raise info
        self._lockout.succeeded(limit)
        log.info("station %r enrolled with a code", info.name)
        return EnrollResponse(token=token, station=info)

    def revoke(self, member: StaffMember | None, name: str) -> StationDetails:
        """The station's token stops working now; its unused codes too."""
        now = to_iso(self._clock())

        def write(db: Database) -> None:
            row = _station(db, name)
            _check_scope(member, row["site_id"], _no_station(name))
            db.execute(
                "UPDATE stations SET token_hash = ?, enrolled = 0 WHERE id = ?",
                [token_digest(new_token()), row["id"]],
            )
            db.execute(
                "DELETE FROM station_enrol_codes WHERE station_id = ? AND used_at IS NULL",
                [row["id"]],
            )
            audit.record(
                db,
                at=now,
                staff_id=_staff_id(member),
                action="station.revoke",
                target=f"station:{name}",
                before={"enrolled": bool(row["enrolled"])},
                after={"enrolled": False},
            )

        self._store.write(write)
        log.info("station %r: token revoked", name)
        return self.details(member, name)

    def set_enabled(
        self,
        member: StaffMember | None,
        name: str,
        enabled: bool,
        *,
        reason: str | None = None,
        request_id: str | None = None,
    ) -> CommandStatus:
        """Enable or disable the station; the station is told by a command (push it)."""
        kind = CommandKind.ENABLE if enabled else CommandKind.DISABLE
        request = commands.normalise(
            CommandRequest(kind=kind, reason=reason, request_id=request_id)
        )
        now = self._clock()
        status, _ = self._store.write(lambda db: commands.create(db, member, name, request, now))
        log.info("station %r %s", name, "enabled" if enabled else "disabled")
        return status

    def details(self, member: StaffMember | None, name: str) -> StationDetails:
        for station in self.list(member, name=name):
            return station
        raise Refused(ErrorCode.NOT_FOUND, f"no station named {name!r}", {"station": name})

    def list(self, member: StaffMember | None, *, name: str | None = None) -> list[StationDetails]:
        """Stations of the member's sites (all for the CLI), by site then name."""
        now = self._clock()
        where = "1"
        params: list[Any] = []
        if member is not None and member.role != "admin":
            marks = ", ".join("?" for _ in member.site_ids) or "NULL"
            where = f"st.site_id IN ({marks})"
            params = list(member.site_ids)
        if name is not None:
            where += " AND st.name = ?"
            params.append(name)

        def read(db: Database) -> tuple[list[dict[str, Any]], dict[int, alerts.StationAlerts]]:
            rows = db.query(
                "SELECT st.*, si.name AS site_name FROM stations st"
                f" JOIN sites si ON si.id = st.site_id WHERE {where}"
                " ORDER BY si.name, st.name",
                params,
            )
            return list(rows), alerts.load(db, where, params)

        rows, noted = self._store.read(read)
        none = alerts.StationAlerts()
        return [
            StationDetails(
                id=row["id"],
                name=row["name"],
                site=SiteInfo(id=row["site_id"], name=row["site_name"]),
                online=not is_offline(row["last_seen_at"], now),
                last_seen_at=row["last_seen_at"],
                agent_version=row["agent_version"],
                enabled=bool(row["enabled"]),
                disabled_reason=row["disabled_reason"],
                enrolled=bool(row["enrolled"]),
                alerts=noted.get(row["id"], none).alerts,
                enrolment_refused=noted.get(row["id"], none).enrolment_refused,
            )
            for row in rows
        ]
