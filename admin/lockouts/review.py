"""Staff see and clear the limits on failed sign-ins (:mod:`admin.lockouts.limits`).

Staff see the limits of their sites' stations (a card at a station, a station's unknown
cards, its staff panel) and the cards' city-wide slowing; admins see every limit, the console
logins and enrolment by client address included. ``member`` None is the admin CLI: all.

Cards are stored as digests: staff see the masked hint (``••••1234``). A staff login limit
names its account only when the digest is one of an existing account (admins only); an
unknown username is never stored, so it cannot be shown. Clearing is audited as
``lockout.clear``, with what was cleared (masked) in ``before``.
"""

from __future__ import annotations

import logging
import math
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from admin.core import audit
from admin.core.actors import StaffMember
from admin.core.errors import Refused
from admin.core.timeutil import Clock, from_iso, to_iso, utc_now
from admin.db.store import Store
from admin.lockouts.limits import subject_digest
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.reports import LockoutInfo, LockoutKind

log = logging.getLogger("epn.server.lockout")

LIST_LIMIT = 500

#: Limits about a card, seen by the staff of every site (a visitor may come to any of them).
_CITY_WIDE_FOR_STAFF = (LockoutKind.VISITOR_CARD.value,)

_SELECT = (
    "SELECT l.*, st.name AS station, st.site_id, si.name AS site FROM lockouts l"
    " LEFT JOIN stations st ON st.id = l.station_id LEFT JOIN sites si ON si.id = st.site_id"
)


def _scope(member: StaffMember | None) -> tuple[str, list[Any]]:
    if member is None or member.role == "admin":
        return "1", []
    marks = ", ".join("?" for _ in member.site_ids) or "NULL"
    kinds = ", ".join("?" for _ in _CITY_WIDE_FOR_STAFF)
    return (
        f"(st.site_id IN ({marks}) OR (l.station_id IS NULL AND l.kind IN ({kinds})))",
        [*member.site_ids, *_CITY_WIDE_FOR_STAFF],
    )


def _accounts(db: Database) -> dict[str, str]:
    """Username by digest, for the staff accounts that exist."""
    return {
        subject_digest(r["username"]): r["username"] for r in db.query("SELECT username FROM staff")
    }


class Lockouts:
    def __init__(self, store: Store, clock: Clock = utc_now) -> None:
        self._store = store
        self._clock = clock

    def list(self, member: StaffMember | None, *, every: bool = False) -> list[LockoutInfo]:
        """The limits that make someone wait now, longest wait first (``every``: all counters)."""
        now = self._clock()
        where, params = _scope(member)
        if not every:
            where += " AND l.blocked_until > ?"
            params.append(to_iso(now))

        def read(db: Database) -> tuple[list[dict[str, Any]], dict[str, str]]:
            rows = list(
                db.query(
                    f"{_SELECT} WHERE {where}"
                    " ORDER BY l.blocked_until IS NULL, l.blocked_until DESC,"
                    " l.last_failure_at DESC LIMIT ?",
                    [*params, LIST_LIMIT],
                )
            )
            accounts = (
                _accounts(db) if any(r["kind"] == LockoutKind.STAFF_LOGIN for r in rows) else {}
            )
            return rows, accounts

        rows, accounts = self._store.read(read)
        return [_info(row, accounts, now) for row in rows]

    def clear(self, member: StaffMember | None, lockout_id: int) -> LockoutInfo:
        """Lift one limit now; NOT_FOUND for one that is gone or not the member's to see."""
        now = self._clock()
        where, params = _scope(member)

        def write(db: Database) -> LockoutInfo:
            row = next(
                db.query(f"{_SELECT} WHERE l.id = ? AND {where}", [lockout_id, *params]), None
            )
            if row is None:
                raise Refused(ErrorCode.NOT_FOUND, f"no lockout {lockout_id}")
            info = _info(row, _accounts(db), now)
            db.execute("DELETE FROM lockouts WHERE id = ?", [lockout_id])
            audit.record(
                db,
                at=to_iso(now),
                staff_id=None if member is None else member.id,
                action="lockout.clear",
                target=f"lockout:{lockout_id}",
                before=info.model_dump(
                    mode="json",
                    include={"kind", "card", "account", "station", "address", "failures"},
                    exclude_none=True,
                )
                | {"blocked_until": info.blocked_until},
                site_id=row["site_id"],
            )
            return info

        info = self._store.write(write)
        who = member.username if member is not None else "cli"
        log.info("staff %r cleared lockout %d (%s)", who, lockout_id, info.kind)
        return info


def _info(row: dict[str, Any], accounts: dict[str, str], now: datetime) -> LockoutInfo:
    kind = LockoutKind(row["kind"])
    blocked = row["blocked_until"]
    left = 0 if blocked is None else max(0, math.ceil((from_iso(blocked) - now).total_seconds()))
    return LockoutInfo(
        id=row["id"],
        kind=kind,
        card=row["hint"] if kind in (LockoutKind.VISITOR_PIN, LockoutKind.VISITOR_CARD) else None,
        account=accounts.get(row["subject"]) if kind == LockoutKind.STAFF_LOGIN else None,
        station=row["station"],
        site=row["site"],
        address=row["address"],
        failures=row["failures"],
        last_failure_at=row["last_failure_at"],
        blocked_until=blocked,
        retry_after_seconds=left,
    )
