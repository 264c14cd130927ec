"""Failed-attempt counting with lockout, for visitor sign-in and staff login.

Counters live in the ``lockouts`` table, so restarting the server resets nothing. Each key
counts failures in a fixed window that opens at its first failure; reaching the rule's limit
inside the window locks the key until ``lock_for`` has passed. A success clears its own key.

Keys and default rules (:data:`DEFAULT_RULES`):

- ``visitor``: a wrong PIN for an identifier. 5 in 15 min → the identifier is locked 15 min.
  Stored as a sha256 digest: the table holds no card number.
- ``station``: identifiers unknown to the server typed on one station. 20 in 15 min → that
  station's sign-ins are locked 5 min. This caps how fast a station can probe card numbers,
  while a visitor mistyping their card a few times is never bothered. A successful sign-in
  does not clear it, or one valid card would reopen the probing.
- ``staff``: a wrong password, or an unknown username (counted alike, so the lock says
  nothing about which usernames exist). 5 in 15 min → 15 min.

A locked key is refused with ``ErrorCode.LOCKED_OUT`` and ``{"retry_after_seconds": N}``;
the API adds a ``Retry-After`` header. Nothing here logs an identifier or a username.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

from sqlite_utils import Database

from admin.errors import Refused
from admin.security import token_digest
from admin.store import Store
from admin.timeutil import Clock, from_iso, to_iso, utc_now
from kiosk.protocol import ErrorCode

log = logging.getLogger("epn.server.lockout")


class LockKind(StrEnum):
    VISITOR = "visitor"
    STATION = "station"
    STAFF = "staff"


@dataclass(frozen=True)
class LockRule:
    max_failures: int
    window: timedelta
    lock_for: timedelta


DEFAULT_RULES: dict[LockKind, LockRule] = {
    LockKind.VISITOR: LockRule(5, timedelta(minutes=15), timedelta(minutes=15)),
    LockKind.STATION: LockRule(20, timedelta(minutes=15), timedelta(minutes=5)),
    LockKind.STAFF: LockRule(5, timedelta(minutes=15), timedelta(minutes=15)),
}


def _key(kind: LockKind, name: str) -> str:
    if kind == LockKind.STATION:
        return f"{kind}:{name}"
    # identifiers are personal data and usernames are half a credential: keep neither
    return f"{kind}:{token_digest(name.strip().casefold())}"


class Lockout:
    def __init__(
        self,
        store: Store,
        clock: Clock = utc_now,
        rules: dict[LockKind, LockRule] | None = None,
    ) -> None:
        self._store = store
        self._clock = clock
        self._rules = {**DEFAULT_RULES, **(rules or {})}

    def rule(self, kind: LockKind) -> LockRule:
        return self._rules[kind]

    def check(self, kind: LockKind, name: str) -> None:
        """Raise ``LOCKED_OUT`` while the key is locked; otherwise do nothing."""
        key = _key(kind, name)
        row = self._store.read(
            lambda db: next(
                db.query("SELECT locked_until FROM lockouts WHERE key = ?", [key]), None
            )
        )
        if row is None or row["locked_until"] is None:
            return
        left = (from_iso(row["locked_until"]) - self._clock()).total_seconds()
        if left > 0:
            raise _locked(kind, left)

    def failed(self, kind: LockKind, name: str) -> bool:
        """Count one failure; True when this failure locked the key."""
        key = _key(kind, name)
        rule = self._rules[kind]
        now = self._clock()

        def write(db: Database) -> bool:
            row = next(db.query("SELECT * FROM lockouts WHERE key = ?", [key]), None)
            fresh = row is None or now - from_iso(row["window_start"]) >= rule.window
            if row is not None and row["locked_until"] and from_iso(row["locked_until"]) > now:
                return False  # an attempt that slipped past check() while locking: no extension
            failures = 1 if fresh or row is None else int(row["failures"]) + 1
            window_start = to_iso(now) if fresh or row is None else row["window_start"]
            locked_until = None
            if failures >= rule.max_failures:
                locked_until = to_iso(now + rule.lock_for)
                failures, window_start = 0, to_iso(now)
            db.execute(
                "INSERT INTO lockouts (key, failures, window_start, locked_until)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET failures = excluded.failures,"
                " window_start = excluded.window_start, locked_until = excluded.locked_until",
                [key, failures, window_start, locked_until],
            )
            return locked_until is not None

        locked = self._store.write(write)
        if locked:
            log.warning("%s sign-in locked for %s after repeated failures", kind, rule.lock_for)
        return locked

    def succeeded(self, kind: LockKind, name: str) -> None:
        """Clear the key's failures; writes only when there is something to clear."""
        key = _key(kind, name)
        present = self._store.read(
            lambda db: next(db.query("SELECT 1 FROM lockouts WHERE key = ?", [key]), None)
        )
        if present is not None:
            self._store.write(lambda db: db.execute("DELETE FROM lockouts WHERE key = ?", [key]))

    def clear(self, kind: LockKind, name: str) -> None:
        """Lift a lock by hand (an admin reset a password, staff checked a visitor's card)."""
        key = _key(kind, name)
        self._store.write(lambda db: db.execute("DELETE FROM lockouts WHERE key = ?", [key]))


def _locked(kind: LockKind, seconds_left: float) -> Refused:
    retry_after = max(1, math.ceil(seconds_left))
    what = {
        LockKind.VISITOR: "too many wrong PINs for this identifier",
        LockKind.STATION: "too many unknown identifiers on this station",
        LockKind.STAFF: "too many failed logins for this user",
    }[kind]
    return Refused(
        ErrorCode.LOCKED_OUT,
        f"{what}; try again in {retry_after} s",
        {"retry_after_seconds": retry_after},
    )
