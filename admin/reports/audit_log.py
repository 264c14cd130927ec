"""Reading the audit log, filtered and scoped, for the API and ``epn audit list``.

Scope: an admin (and the CLI) reads every entry; a staff member reads the entries of their
sites and their own actions (their logins, their password changes), never city-wide rows.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from sqlite_utils import Database

from admin.core.actors import StaffMember
from admin.core.errors import Refused
from admin.core.timeutil import to_iso
from admin.db.store import Store, like_escape
from admin.sites.settings import SiteService
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.reports import AuditEntry

DEFAULT_LIMIT = 100
MAX_LIMIT = 1000


def parse_moment(text: str, *, end_of_day: bool = False) -> datetime:
    """A date (``2025-03-10``) or an ISO 8601 datetime; naive values are UTC.

    A bare date as an upper bound means the end of that day, so ``--until 2025-03-10``
    includes the 10th.
    """
    text = text.strip()
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            moment = datetime.combine(day, time.max if end_of_day else time.min)
        else:
            moment = datetime.fromisoformat(text)
    except ValueError:
        raise Refused(
            ErrorCode.INVALID_REQUEST,
            f"not a date or ISO 8601 time: {text[:40]!r}",
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@dataclass(frozen=True)
class AuditFilter:
    since: datetime | None = None
    until: datetime | None = None
    staff: str | None = None  # username
    action: str | None = None  # exact, or a prefix before a dot: "command" → "command.*"
    limit: int = DEFAULT_LIMIT
    site: int | str | None = None  # id, or name (the CLI): only the entries of this site


def _json(text: str | None) -> dict[str, Any] | None:
    if text is None:
        return None
    value = json.loads(text)
    return value if isinstance(value, dict) else {"value": value}


class AuditLog:
    def __init__(self, store: Store) -> None:
        self._store = store

    def entries(self, member: StaffMember | None, filters: AuditFilter) -> list[AuditEntry]:
        if not 1 <= filters.limit <= MAX_LIMIT:
            raise Refused(ErrorCode.INVALID_REQUEST, f"limit must be 1 to {MAX_LIMIT}")
        where: list[str] = []
        params: list[Any] = []
        if member is not None and member.role != "admin":
            marks = ", ".join("?" for _ in member.site_ids) or "NULL"
            where.append(f"(a.site_id IN ({marks}) OR a.staff_id = ?)")
            params += [*member.site_ids, member.id]
        if filters.since is not None:
            where.append("a.at >= ?")
            params.append(to_iso(filters.since))
        if filters.until is not None:
            where.append("a.at <= ?")
            params.append(to_iso(filters.until))
        if filters.staff is not None:
            where.append("s.username = ?")
            params.append(filters.staff)
        if filters.action is not None:
            where.append("(a.action = ? OR a.action LIKE ? ESCAPE '\\')")
            params += [filters.action, f"{like_escape(filters.action)}.%"]

        def read(db: Database) -> list[dict[str, Any]]:
            site_where, site_params = [], []
            if filters.site is not None:
                site_where, site_params = (
                    ["a.site_id = ?"],
                    [SiteService._site(db, member, filters.site)["id"]],
                )
            sql = (
                "SELECT a.*, s.username FROM audit a LEFT JOIN staff s ON s.id = a.staff_id"
                f" WHERE {' AND '.join(site_where + where) or '1'}"
                " ORDER BY a.at DESC, a.id DESC LIMIT ?"
            )
            return list(db.query(sql, [*site_params, *params, filters.limit]))

        rows = self._store.read(read)
        return [
            AuditEntry(
                id=row["id"],
                at=row["at"],
                staff=row["username"],
                action=row["action"],
                target=row["target"],
                site_id=row["site_id"],
                before=_json(row["before"]),
                after=_json(row["after"]),
            )
            for row in rows
        ]
