"""Offline sign-in: admit visitors verified online recently, against a cached credential.

The agent signs visitors in through :func:`sign_in`: after every successful online sign-in
it calls :meth:`OfflineDesk.remember`; when the server cannot be reached it calls
:meth:`OfflineDesk.admit`, which follows the station's
:class:`OfflinePolicy`: ``refuse`` (the default) admits nobody; ``cached`` admits a visitor
verified online on this station within ``verified_days``, with their PIN checked against the
cached argon2id hash, for at most ``max_minutes`` and never more than the allowance they had
left (their full daily allowance on a later day). Nobody unverified is ever admitted, and
guest tickets never are: a ticket is single use, only the server can consume it.

What the ``credentials`` table (kiosk/store.py, m002) holds per visitor:

- ``key``: HMAC-SHA256 of the identifier with a random salt of this station (kept in the
  store), so the table does not hold card numbers and a key is useless on another station;
- ``visitor``: the VisitorInfo without the identifier (display name and category: the
  station holds them anyway in its session snapshot); the identifier the visitor types
  offline completes it, which is what the replayed session_started event carries;
- ``pin_hash``: argon2id of the PIN (the server's cost profile), NULL when they have none;
- their catalogue, ``verified_at`` (UTC), the local ``day`` and ``remaining_seconds`` left
  that day (lowered by :meth:`OfflineDesk.session_used` at each session end), the daily
  allowance, and the wrong-PIN counter (5 in 15 min lock the identifier 15 min, as on the
  server). Rows verified too long ago to admit anyone are deleted.

Known limits: the weekly allowance is not tracked offline (a later day restores the daily
allowance, capped by ``max_minutes``); a session is counted on the day it ends, the server
counts it on the day it started.

Errors (refusals are ApiErrors, so the UI's translation of refusal codes applies)::

    kiosk.protocol.http.ApiError
     └── OfflineRefused   OFFLINE (policy refuse, unknown or stale verification), PIN_REQUIRED,
                          BAD_CREDENTIALS, LOCKED_OUT, NO_TIME_LEFT
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import math
import secrets
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Literal
from zoneinfo import ZoneInfo

from kiosk import visitor_preferences
from kiosk.clock import Clock
from kiosk.pin_hash import hash_pin, verify_pin
from kiosk.protocol import lite
from kiosk.protocol.enums import ErrorCode
from kiosk.protocol.error_details import wrong_pin_details
from kiosk.protocol.http import ServerUnreachable
from kiosk.protocol.limits import GUEST_CATEGORY
from kiosk.refusals import OfflineRefused
from kiosk.store import LocalStore

if TYPE_CHECKING:  # records of kiosk/protocol/lite.py at run time (the models name them)
    from kiosk.client import StationApi
    from kiosk.protocol.preferences import VisitorPreferences
    from kiosk.protocol.station import Grant

log = logging.getLogger("epn.kiosk.offline")

#: The station's salt for the credential keys, in the store's kv table.
SALT_KEY = "offline_salt"
#: Wrong PINs in FAILURE_WINDOW that lock an identifier for LOCK_FOR (the server's rule).
MAX_FAILURES = 5
FAILURE_WINDOW = timedelta(minutes=15)
LOCK_FOR = timedelta(minutes=15)
#: Below this, NO_TIME_LEFT rather than a useless session (admin.rules.grant.MIN_GRANT_SECONDS).
MIN_GRANT_SECONDS = 60


@dataclass(frozen=True)
class OfflinePolicy:
    """How a station signs visitors in while the server is unreachable."""

    mode: Literal["refuse", "cached"] = "refuse"
    verified_days: int = 14
    max_minutes: int = 30
    warning_seconds: tuple[int, ...] = (300, 60)

    def __post_init__(self) -> None:
        if self.mode not in ("refuse", "cached"):
            raise ValueError(f"offline mode must be 'refuse' or 'cached', not {self.mode!r}")
        if self.verified_days < 0 or self.max_minutes < 1:
            raise ValueError("verified_days must be >= 0 and max_minutes >= 1")


def _iso(moment: datetime) -> str:
    # fixed width, UTC: stored timestamps compare correctly as text
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def sign_in(
    client: StationApi,
    desk: OfflineDesk | None,
    identifier: str,
    pin: str | None,
    preferences: VisitorPreferences | None = None,
    hold_code: str | None = None,
) -> tuple[Grant, bool]:
    """The server's grant, or the desk's while the server is unreachable (then True).

    Without a desk ServerUnreachable is raised untouched; with one, its refusal
    (OfflineRefused). A grant from the server is cached for a later offline sign-in.
    """
    try:
        if hold_code is None:  # the call every client knows
            grant = client.sign_in(identifier, pin, preferences)
        else:
            grant = client.sign_in(identifier, pin, preferences, hold_code=hold_code)
    except ServerUnreachable:
        if desk is None:
            raise
        grant = desk.admit(identifier, pin)
        if preferences is not None:  # the server keeps them when the station reports them
            visitor = grant.visitor
            chosen = visitor_preferences.over(preferences, visitor.preferences)
            data = lite.jsonable(grant)
            data["visitor"] = lite.jsonable(visitor_preferences.with_preferences(visitor, chosen))
            grant = lite.read_record("Grant", data)
        return grant, True
    if desk is not None:
        try:
            desk.remember(identifier, pin, grant)
        except sqlite3.Error:
            log.warning("could not cache the credential for offline sign-in")
    return grant, False


class OfflineDesk:
    """Caches credentials after online sign-ins; admits from that cache when offline.

    ``timezone`` is the site's: the allowance left is per local day.
    """

    def __init__(
        self,
        store: LocalStore,
        clock: Clock,
        policy: OfflinePolicy,
        timezone: str = "Europe/Brussels",
    ) -> None:
        self._store = store
        self._clock = clock
        self._policy = policy
        self._zone = ZoneInfo(timezone)
        self._salt: bytes | None = None

    @property
    def policy(self) -> OfflinePolicy:
        return self._policy

    def remember(self, identifier: str, pin: str | None, grant: Grant) -> None:
        """Cache what a successful online sign-in proved (guests: forget them instead)."""
        key = self._key(identifier)
        if grant.visitor.category == GUEST_CATEGORY:
            with self._store.write() as db:
                db.execute("DELETE FROM credentials WHERE key = ?", [key])
            return
        # hashed before taking the store lock: argon2 is slow on purpose
        pin_hash = hash_pin(pin) if pin else None
        now = self._clock.now()
        # a server that does not send the allowance: the grant is what it surely allowed
        remaining = (
            grant.allowance_seconds
            if grant.allowance_seconds is not None
            else grant.granted_seconds
        )
        daily = grant.daily_seconds if grant.daily_seconds is not None else remaining
        stale = _iso(now - timedelta(days=self._policy.verified_days))
        with self._store.write() as db:
            db.execute("DELETE FROM credentials WHERE verified_at < ?", [stale])
            db.execute(
                """
                INSERT OR REPLACE INTO credentials (key, visitor, pin_hash, apps, verified_at,
                    day, remaining_seconds, daily_seconds, failures, window_start, locked_until)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, NULL, NULL)
                """,
                [
                    key,
                    lite.dumps(grant.visitor, exclude=frozenset({"identifier"})),
                    pin_hash,
                    json.dumps(
                        lite.jsonable(grant.apps), separators=(",", ":"), ensure_ascii=False
                    ),
                    _iso(now),
                    self._today(),
                    remaining,
                    daily,
                ],
            )
        log.debug("credential cached for session %s", grant.session_id)

    def session_used(self, identifier: str, seconds: int) -> None:
        """Count a finished session's seconds against the cached allowance (if cached)."""
        key = self._key(identifier)
        today = self._today()
        with self._store.write() as db:
            row = next(
                db.query(
                    "SELECT day, remaining_seconds, daily_seconds FROM credentials WHERE key = ?",
                    [key],
                ),
                None,
            )
            if row is None:
                return
            left = row["remaining_seconds"] if row["day"] == today else row["daily_seconds"]
            db.execute(
                "UPDATE credentials SET day = ?, remaining_seconds = ? WHERE key = ?",
                [today, max(0, int(left) - max(0, seconds)), key],
            )

    def admit(self, identifier: str, pin: str | None) -> Grant:
        """A grant for a session opened offline, or raise :class:`OfflineRefused`."""
        policy = self._policy
        if policy.mode != "cached":
            raise OfflineRefused(ErrorCode.OFFLINE, "this station does not admit visitors offline")
        key = self._key(identifier)
        with self._store.read() as db:
            row = next(db.query("SELECT * FROM credentials WHERE key = ?", [key]), None)
        now = self._clock.now()
        if row is None:
            raise OfflineRefused(ErrorCode.OFFLINE, "not verified online on this station")
        if now - datetime.fromisoformat(row["verified_at"]) > timedelta(days=policy.verified_days):
            raise OfflineRefused(ErrorCode.OFFLINE, "verified online too long ago")
        if row["locked_until"] is not None:
            left = (datetime.fromisoformat(row["locked_until"]) - now).total_seconds()
            if left > 0:
                retry_after = max(1, math.ceil(left))
                raise OfflineRefused(
                    ErrorCode.LOCKED_OUT,
                    f"too many wrong PINs for this identifier; try again in {retry_after} s",
                    {"retry_after_seconds": retry_after},
                )
        if row["pin_hash"] is not None:
            if not pin:
                raise OfflineRefused(ErrorCode.PIN_REQUIRED, "this visitor has a PIN")
            if not _verify(row["pin_hash"], pin):
                tries_left = self._failed(key, now)
                lock = round(LOCK_FOR.total_seconds())
                raise OfflineRefused(
                    ErrorCode.BAD_CREDENTIALS,
                    "wrong PIN",
                    wrong_pin_details(tries_left, lock, 0 if tries_left else lock),
                )
            if row["failures"] or row["locked_until"] is not None:
                with self._store.write() as db:
                    db.execute(
                        "UPDATE credentials SET failures = 0, window_start = NULL,"
                        " locked_until = NULL WHERE key = ?",
                        [key],
                    )
        today = self._today()
        remaining = int(row["remaining_seconds"] if row["day"] == today else row["daily_seconds"])
        if remaining < MIN_GRANT_SECONDS:
            raise OfflineRefused(ErrorCode.NO_TIME_LEFT, "no time left today")
        visitor = {**json.loads(row["visitor"]), "identifier": identifier.strip()}
        grant: Grant = lite.station_record(
            "Grant",
            session_id=str(uuid.uuid4()),
            visitor=visitor,
            granted_seconds=min(policy.max_minutes * 60, remaining),
            warning_seconds=list(policy.warning_seconds),
            apps=json.loads(row["apps"]),
            allowance_seconds=remaining,
            daily_seconds=int(row["daily_seconds"]),
        )
        return grant

    def _failed(self, key: str, now: datetime) -> int:
        """Count a wrong PIN; the MAX_FAILURES-th inside the window locks the identifier.

        Returns the wrong PINs it still takes before the lock (0: this one locked it).
        """
        with self._store.write() as db:
            row = next(
                db.query("SELECT failures, window_start FROM credentials WHERE key = ?", [key]),
                None,
            )
            if row is None:
                return MAX_FAILURES
            fresh = row["window_start"] is None or (
                now - datetime.fromisoformat(row["window_start"]) >= FAILURE_WINDOW
            )
            failures = 1 if fresh else int(row["failures"]) + 1
            window_start = _iso(now) if fresh else row["window_start"]
            locked_until = None
            if failures >= MAX_FAILURES:
                locked_until = _iso(now + LOCK_FOR)
                failures, window_start = 0, None
                log.warning("offline sign-in locked for %s after repeated wrong PINs", LOCK_FOR)
            db.execute(
                "UPDATE credentials SET failures = ?, window_start = ?, locked_until = ?"
                " WHERE key = ?",
                [failures, window_start, locked_until, key],
            )
        return 0 if locked_until is not None else MAX_FAILURES - failures

    def _key(self, identifier: str) -> str:
        # the server strips the identifier too (SignInRequest); it matches it exactly
        return hmac.new(
            self._station_salt(), identifier.strip().encode(), hashlib.sha256
        ).hexdigest()

    def _station_salt(self) -> bytes:
        if self._salt is None:
            with self._store.write() as db:
                db.execute(
                    "INSERT OR IGNORE INTO kv (key, value) VALUES (?, ?)",
                    [SALT_KEY, secrets.token_hex(32)],
                )
                value = db.execute("SELECT value FROM kv WHERE key = ?", [SALT_KEY]).fetchone()[0]
            self._salt = bytes.fromhex(value)
        return self._salt

    def _today(self) -> str:
        return self._clock.now().astimezone(self._zone).date().isoformat()


def _verify(pin_hash: str, pin: str) -> bool:
    return verify_pin(pin_hash, pin)
