"""Limits on failed sign-ins: each key slows its own guesser, never the owner elsewhere.

A key counts failures (:class:`LockKey`, made by the functions below). Its first ``free``
failures cost nothing; each further one makes the key wait before its next attempt: first
``first_wait``, doubling at each failure up to ``max_wait``. A key with no failure for
``forget_after`` starts again from zero; a success clears the keys it proved. While a key
waits, every attempt through it (even a right secret) is refused with
``ErrorCode.LOCKED_OUT`` and ``{"retry_after_seconds": N}``, which the API answers as 429 with
a ``Retry-After`` header, and is not counted. :meth:`Lockout.failed` says, per key, how many
failures it still takes before the key must wait (:class:`Counted`), so a refusal can warn
before the wait.

Keys and default rules (:data:`DEFAULT_RULES`; docs/ARCHITECTURE.md, "Lockouts"):

===============  ===============================  =====  ==========  =========  ======
kind             counts                           free   first wait  max wait   forget
===============  ===============================  =====  ==========  =========  ======
visitor_pin      wrong PINs of a card, one        4      15 min      15 min     1 h
                 station
visitor_card     wrong PINs of a card, every      4      15 s        5 min      1 h
                 station (slowed, never blocked)
station_probe    unanswered identities at one     19     5 min       5 min      15 min
                 station (unknown, PIN asked,
                 wrong PIN)
staff_login      console logins of an account     4      30 s        15 min     1 h
                 from one client address
staff_address    console logins of any account    19     1 min       15 min     1 h
                 from one client address
station_staff    staff sign-ins at one station    4      30 s        15 min     1 h
enrolment        enrolment codes from one client  4      30 s        15 min     1 h
                 address
===============  ===============================  =====  ==========  =========  ======

Counters live in the ``lockouts`` table, so restarting the server resets nothing. Cards and
usernames are kept as sha256 digests (``subject``); a card also keeps a masked hint
(``••••1234``) for staff to recognise it. Nothing here logs an identifier or a username.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlite_utils import Database

from admin.core.errors import Refused
from admin.core.security import token_digest
from admin.core.timeutil import Clock, from_iso, to_iso, utc_now
from admin.db.store import Store
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.reports import LockoutKind

log = logging.getLogger("epn.server.lockout")

#: A client address longer than this is cut (it is only a key and a hint for staff).
MAX_ADDRESS_LENGTH = 64


#: What a limit counts; declared once, in the protocol, for the console to name it.
LockKind = LockoutKind


@dataclass(frozen=True)
class LockRule:
    free: int
    first_wait: timedelta
    max_wait: timedelta
    forget_after: timedelta

    def wait(self, failures: int) -> timedelta:
        """How long the key waits after its ``failures``-th failure."""
        over = failures - self.free
        if over <= 0:
            return timedelta(0)
        # the doubling is capped before it is computed: 2 ** a large number is no problem
        # for Python, but a timedelta that large overflows
        doublings = min(over - 1, 40)
        return min(self.max_wait, self.first_wait * (2**doublings))


_MINUTE = timedelta(minutes=1)
_HOUR = timedelta(hours=1)

DEFAULT_RULES: dict[LockKind, LockRule] = {
    LockKind.VISITOR_PIN: LockRule(4, 15 * _MINUTE, 15 * _MINUTE, _HOUR),
    LockKind.VISITOR_CARD: LockRule(4, timedelta(seconds=15), 5 * _MINUTE, _HOUR),
    LockKind.STATION_PROBE: LockRule(19, 5 * _MINUTE, 5 * _MINUTE, 15 * _MINUTE),
    LockKind.STAFF_LOGIN: LockRule(4, timedelta(seconds=30), 15 * _MINUTE, _HOUR),
    LockKind.STAFF_ADDRESS: LockRule(19, _MINUTE, 15 * _MINUTE, _HOUR),
    LockKind.STATION_STAFF: LockRule(4, timedelta(seconds=30), 15 * _MINUTE, _HOUR),
    LockKind.ENROLMENT: LockRule(4, timedelta(seconds=30), 15 * _MINUTE, _HOUR),
}

#: What the refusal says, per kind: the same sentence whether the card or account exists.
_REFUSED = {
    LockKind.VISITOR_PIN: "too many wrong PINs for this card on this station",
    LockKind.VISITOR_CARD: "too many wrong PINs for this card",
    LockKind.STATION_PROBE: "too many unknown cards or PINs on this station",
    LockKind.STAFF_LOGIN: "too many failed logins for this user from this address",
    LockKind.STAFF_ADDRESS: "too many failed logins from this address",
    LockKind.STATION_STAFF: "too many failed staff sign-ins on this station",
    LockKind.ENROLMENT: "too many wrong enrolment codes from this address",
}


@dataclass(frozen=True)
class Counted:
    """One key after a failure: the failures it still takes before a wait, and its wait now."""

    tries_left: int
    wait: timedelta


@dataclass(frozen=True)
class LockKey:
    """One counter: its unique key, and what staff may be shown of it."""

    kind: LockKind
    key: str
    subject: str | None = None  # digest of the card or account
    hint: str | None = None
    station_id: int | None = None
    address: str | None = None


def subject_digest(name: str) -> str:
    """A card number or username as stored: its digest (usernames are half a credential)."""
    return token_digest(name.strip().casefold())


def mask_card(identifier: str) -> str:
    """A card number staff can recognise without reading it: ``••••1234``."""
    text = identifier.strip()
    shown = 4 if len(text) >= 8 else 2 if len(text) >= 4 else 0
    return "••••" + (text[-shown:] if shown else "")


def _address(address: str | None) -> str:
    return (address or "unknown")[:MAX_ADDRESS_LENGTH]


def visitor_pin(identifier: str, station_id: int) -> LockKey:
    digest = subject_digest(identifier)
    return LockKey(
        LockKind.VISITOR_PIN,
        f"{LockKind.VISITOR_PIN}:{digest}:{station_id}",
        digest,
        mask_card(identifier),
        station_id=station_id,
    )


def visitor_card(identifier: str) -> LockKey:
    digest = subject_digest(identifier)
    return LockKey(
        LockKind.VISITOR_CARD, f"{LockKind.VISITOR_CARD}:{digest}", digest, mask_card(identifier)
    )


def station_probe(station_id: int) -> LockKey:
    return LockKey(
        LockKind.STATION_PROBE, f"{LockKind.STATION_PROBE}:{station_id}", station_id=station_id
    )


def staff_login(username: str, address: str | None) -> LockKey:
    digest, where = subject_digest(username), _address(address)
    return LockKey(
        LockKind.STAFF_LOGIN, f"{LockKind.STAFF_LOGIN}:{digest}:{where}", digest, address=where
    )


def staff_address(address: str | None) -> LockKey:
    where = _address(address)
    return LockKey(LockKind.STAFF_ADDRESS, f"{LockKind.STAFF_ADDRESS}:{where}", address=where)


def station_staff(station_id: int) -> LockKey:
    return LockKey(
        LockKind.STATION_STAFF, f"{LockKind.STATION_STAFF}:{station_id}", station_id=station_id
    )


def enrolment(address: str | None) -> LockKey:
    where = _address(address)
    return LockKey(LockKind.ENROLMENT, f"{LockKind.ENROLMENT}:{where}", address=where)


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
        self._forget = max(rule.forget_after for rule in self._rules.values())

    def rule(self, kind: LockKind) -> LockRule:
        return self._rules[kind]

    def check(self, *keys: LockKey) -> None:
        """Raise ``LOCKED_OUT`` while any of the keys waits (the longest wait is given)."""
        if not keys:
            return
        marks = ", ".join("?" for _ in keys)
        rows = self._store.read(
            lambda db: list(
                db.query(
                    f"SELECT kind, blocked_until FROM lockouts WHERE key IN ({marks})"
                    " AND blocked_until IS NOT NULL",
                    [k.key for k in keys],
                )
            )
        )
        now = self._clock()
        waits = [((from_iso(r["blocked_until"]) - now).total_seconds(), r["kind"]) for r in rows]
        longest = max(waits, default=None)
        if longest is not None and longest[0] > 0:
            raise _locked(LockKind(longest[1]), longest[0])

    def failed(self, *keys: LockKey) -> dict[LockKind, Counted]:
        """Count one failure on each key; a key that now must wait is logged (kind only).

        Returns each key's :class:`Counted` by kind (the last key of a kind if several).
        """
        now = self._clock()

        def write(db: Database) -> dict[LockKind, Counted]:
            db.execute(
                "DELETE FROM lockouts WHERE last_failure_at < ?"
                " AND (blocked_until IS NULL OR blocked_until < ?)",
                [to_iso(now - self._forget), to_iso(now)],
            )
            return {key.kind: self._count(db, key, now) for key in keys}

        counted = self._store.write(write)
        for kind, count in counted.items():
            if count.wait:
                log.warning(
                    "%s: next attempt in %d s after repeated failures",
                    kind,
                    count.wait.total_seconds(),
                )
        return counted

    def _count(self, db: Database, key: LockKey, now: datetime) -> Counted:
        rule = self._rules[key.kind]
        row = next(db.query("SELECT * FROM lockouts WHERE key = ?", [key.key]), None)
        if row is not None and row["blocked_until"] and from_iso(row["blocked_until"]) > now:
            # an attempt that slipped past check(): neither counted nor extended
            return Counted(0, timedelta(0))
        forgotten = row is None or now - from_iso(row["last_failure_at"]) >= rule.forget_after
        failures = 1 if forgotten or row is None else int(row["failures"]) + 1
        wait = rule.wait(failures)
        db.execute(
            "INSERT INTO lockouts (key, kind, subject, hint, station_id, address, failures,"
            " last_failure_at, blocked_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (key) DO UPDATE SET failures = excluded.failures,"
            " last_failure_at = excluded.last_failure_at,"
            " blocked_until = excluded.blocked_until",
            [
                key.key,
                key.kind.value,
                key.subject,
                key.hint,
                key.station_id,
                key.address,
                failures,
                to_iso(now),
                to_iso(now + wait) if wait else None,
            ],
        )
        return Counted(max(0, rule.free + 1 - failures), wait)

    def succeeded(self, *keys: LockKey) -> None:
        """Clear the keys a success proved; writes only when there is something to clear."""
        if not keys:
            return
        marks = ", ".join("?" for _ in keys)
        names = [k.key for k in keys]
        present = self._store.read(
            lambda db: next(db.query(f"SELECT 1 FROM lockouts WHERE key IN ({marks})", names), None)
        )
        if present is not None:
            self._store.write(
                lambda db: db.execute(f"DELETE FROM lockouts WHERE key IN ({marks})", names)
            )

    def clear_account(self, username: str) -> None:
        """Lift every login limit of a staff account, from any address (a password reset)."""
        self._store.write(
            lambda db: db.execute(
                "DELETE FROM lockouts WHERE kind = ? AND subject = ?",
                [LockKind.STAFF_LOGIN.value, subject_digest(username)],
            )
        )


def _locked(kind: LockKind, seconds_left: float) -> Refused:
    retry_after = max(1, math.ceil(seconds_left))
    return Refused(
        ErrorCode.LOCKED_OUT,
        f"{_REFUSED[kind]}; try again in {retry_after} s",
        {"retry_after_seconds": retry_after},
    )
