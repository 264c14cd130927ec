"""Staff at a station: sign in at the kiosk, then act on that station in their own name.

The station authenticates itself with its token; the member adds their username and their
password or station PIN. The answer is a login valid on that station only, for
:data:`~kiosk.protocol.limits.STATION_STAFF_TTL_SECONDS`, and only for a member of the station's site
(admins: any site). Each action goes through it:

- extend and end are queued as staff commands (:mod:`admin.stations.commands`), so the station applies
  them exactly like the console's, and each is audited as ``command.<kind>`` by the member;
- maintenance (the desktop unlocked for N minutes) and quit (the kiosk stopped) are audited as
  ``station.maintenance`` and ``station.quit`` with the station as target.

Failed sign-ins count toward the station's limit (:func:`admin.lockouts.limits.station_staff`), never
the account's: a visitor at the staff panel cannot hold the desk out of the console. Every
failure, a right secret of another site's member included, gets the same BAD_LOGIN.
A PIN is 4 to 12 digits, hashed with argon2id; it is tried only when the password does not
match, so a member without a PIN signs in with their password alone.

Errors (all :class:`admin.core.errors.Refused`): BAD_LOGIN, LOCKED_OUT, FORBIDDEN (the member's
sites changed after they signed in), UNAUTHENTICATED (unknown or revoked station login, or one made on another station),
TOKEN_EXPIRED, and those of :mod:`admin.stations.commands` (NO_ACTIVE_SESSION, ...).
"""

from __future__ import annotations

import logging
import re
from datetime import timedelta

from sqlite_utils import Database

from admin.core import audit
from admin.core.actors import StaffMember, StationIdentity
from admin.core.errors import Refused
from admin.core.security import hash_secret, new_token, token_digest, verify_secret
from admin.core.timeutil import Clock, from_iso, to_iso, utc_now
from admin.db.store import Store
from admin.lockouts.limits import Lockout, staff_address, staff_login, station_staff
from admin.staff.desk import StaffService
from kiosk.protocol.commands import CommandKind, CommandRequest
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.limits import MAX_MAINTENANCE_MINUTES, PIN_PATTERN, STATION_STAFF_TTL_SECONDS
from kiosk.protocol.staff import (
    StaffPinSet,
    StationStaffAction,
    StationStaffDone,
    StationStaffKind,
    StationStaffLogin,
)

log = logging.getLogger("epn.server.station_staff")

_PIN = re.compile(PIN_PATTERN)


def _member(db: Database, staff_id: int) -> StaffMember:
    row = next(db.query("SELECT id, username, role FROM staff WHERE id = ?", [staff_id]))
    sites = tuple(
        r["site_id"]
        for r in db.query(
            "SELECT site_id FROM staff_sites WHERE staff_id = ? ORDER BY site_id", [staff_id]
        )
    )
    return StaffMember(row["id"], row["username"], row["role"], sites)


class StationStaff:
    def __init__(
        self,
        store: Store,
        staff: StaffService,
        clock: Clock = utc_now,
        lockout: Lockout | None = None,
        ttl: timedelta = timedelta(seconds=STATION_STAFF_TTL_SECONDS),
    ) -> None:
        self._store = store
        self._staff = staff
        self._clock = clock
        self._lockout = lockout or Lockout(store, clock)
        self._ttl = ttl

    # --- sign-in at the station -----------------------------------------------------------

    def login(self, station: StationIdentity, username: str, secret: str) -> StationStaffLogin:
        """A login on this station; every failure gets the same BAD_LOGIN and counts toward
        the station's limit (not the account's: the console login is not held back)."""
        limit = station_staff(station.id)
        self._lockout.check(limit)
        row = self._store.read(
            lambda db: next(
                db.query(
                    "SELECT id, password_hash, pin_hash FROM staff WHERE username = ?", [username]
                ),
                None,
            )
        )
        if row is None:
            verify_secret(None, secret)  # an unknown user costs the time of a wrong password
            matches = False
        else:
            matches = verify_secret(row["password_hash"], secret) or (
                row["pin_hash"] is not None
                and _PIN.fullmatch(secret) is not None
                and verify_secret(row["pin_hash"], secret)
            )
        member = None if row is None else self._store.read(lambda db: _member(db, row["id"]))
        # a right secret of another site's member is answered like a wrong one: the station
        # learns nothing about who has an account where
        # a teacher runs their classes from the console: no staff panel on a public PC
        if (
            member is None
            or member.role == "teacher"
            or not matches
            or not member.can_see(station.site_id)
        ):
            self._lockout.failed(limit)
            raise Refused(ErrorCode.BAD_LOGIN, "wrong username, password or PIN for this station")
        self._lockout.succeeded(limit)
        token = new_token()
        now = self._clock()
        expires_at = to_iso(now + self._ttl)

        def write(db: Database) -> None:
            db.execute("DELETE FROM station_staff_tokens WHERE expires_at < ?", [to_iso(now)])
            db.execute(
                "INSERT INTO station_staff_tokens (token_hash, staff_id, station_id, expires_at)"
                " VALUES (?, ?, ?, ?)",
                [token_digest(token), member.id, station.id, expires_at],
            )
            audit.record(
                db,
                at=to_iso(now),
                staff_id=member.id,
                action="auth.station_login",
                target=f"station:{station.name}",
            )

        self._store.write(write)
        log.info("staff %r signed in at station %s", username, station.name)
        return StationStaffLogin(
            token=token, expires_at=expires_at, staff=member.info(), station=station.name
        )

    def member(self, station: StationIdentity, token: str) -> StaffMember:
        """Who holds this station login; refused when it belongs to another station."""
        row = self._store.read(
            lambda db: next(
                db.query(
                    "SELECT staff_id, station_id, expires_at FROM station_staff_tokens"
                    " WHERE token_hash = ?",
                    [token_digest(token)],
                ),
                None,
            )
        )
        if row is None or row["station_id"] != station.id:
            raise Refused(ErrorCode.UNAUTHENTICATED, "unknown or revoked station staff login")
        if from_iso(row["expires_at"]) <= self._clock():
            raise Refused(ErrorCode.TOKEN_EXPIRED, "station staff login expired, sign in again")
        member = self._store.read(lambda db: _member(db, row["staff_id"]))
        if not member.can_see(station.site_id):  # their sites changed since they signed in
            raise Refused(ErrorCode.FORBIDDEN, "this station is not at one of your sites")
        return member

    def logout(self, station: StationIdentity, token: str) -> None:
        """Revoke a station login; unknown tokens are ignored (signing out twice is harmless)."""
        self._store.write(
            lambda db: db.execute(
                "DELETE FROM station_staff_tokens WHERE token_hash = ? AND station_id = ?",
                [token_digest(token), station.id],
            )
        )

    # --- actions --------------------------------------------------------------------------

    def act(self, station: StationIdentity, request: StationStaffAction) -> StationStaffDone:
        member = self.member(station, request.token)
        kind = request.kind
        if kind in (StationStaffKind.EXTEND, StationStaffKind.END):
            asked = CommandRequest(
                kind=CommandKind(kind.value),
                minutes=request.minutes if kind == StationStaffKind.EXTEND else None,
                request_id=request.request_id,
            )
            command = self._staff.create_command(member, station.name, asked)
            return StationStaffDone(
                kind=kind, staff=member.username, station=station.name, command=command
            )
        after: dict[str, object] = {"at_station": True}
        if kind == StationStaffKind.MAINTENANCE:
            if request.minutes is None or request.minutes > MAX_MAINTENANCE_MINUTES:
                raise Refused(
                    ErrorCode.INVALID_REQUEST,
                    f"maintenance needs minutes, at most {MAX_MAINTENANCE_MINUTES}",
                    {"field": "minutes"},
                )
            after["minutes"] = request.minutes
        now = to_iso(self._clock())
        self._store.write(
            lambda db: audit.record(
                db,
                at=now,
                staff_id=member.id,
                action=f"station.{kind.value}",
                target=f"station:{station.name}",
                after=after,
            )
        )
        log.info("staff %r: %s at station %s", member.username, kind.value, station.name)
        return StationStaffDone(kind=kind, staff=member.username, station=station.name)

    # --- the station PIN ------------------------------------------------------------------

    def set_own_pin(
        self, member: StaffMember, password: str, pin: str | None, address: str | None = None
    ) -> StaffPinSet:
        """Set or clear the member's PIN; a wrong password counts like a failed login from
        ``address``."""
        account, everyone = staff_login(member.username, address), staff_address(address)
        self._lockout.check(account, everyone)
        stored = self._store.read(
            lambda db: next(db.query("SELECT password_hash FROM staff WHERE id = ?", [member.id]))
        )
        if not verify_secret(stored["password_hash"], password):
            self._lockout.failed(account, everyone)
            raise Refused(ErrorCode.WRONG_PASSWORD, "the current password is wrong")
        self._lockout.succeeded(account)
        return self._set_pin(member.id, member.username, pin)

    def reset_pin(self, actor: StaffMember, username: str, pin: str | None) -> StaffPinSet:
        if actor.role != "admin":
            raise Refused(ErrorCode.FORBIDDEN, "only an admin can set another member's PIN")
        return self._set_pin(actor.id, username, pin)

    def _set_pin(self, actor_id: int, username: str, pin: str | None) -> StaffPinSet:
        pin_hash = None if pin is None else hash_secret(pin)  # outside the store lock
        now = to_iso(self._clock())

        def write(db: Database) -> None:
            row = next(db.query("SELECT id FROM staff WHERE username = ?", [username]), None)
            if row is None:
                raise Refused(ErrorCode.NOT_FOUND, f"no staff account {username!r}")
            db.execute("UPDATE staff SET pin_hash = ? WHERE id = ?", [pin_hash, row["id"]])
            audit.record(
                db,
                at=now,
                staff_id=actor_id,
                action="staff.pin_set" if pin is not None else "staff.pin_cleared",
                target=f"staff:{username}",
            )

        self._store.write(write)
        log.info("station PIN of staff %r %s", username, "set" if pin else "cleared")
        return StaffPinSet(username=username, has_pin=pin is not None)
