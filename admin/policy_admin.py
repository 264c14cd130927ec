"""Reading and changing the time allowances: city-wide rows and a site's overrides.

The rule that uses them is :mod:`admin.policy` (pure). Admins change city-wide rows; staff
change the overrides of their own sites only; the operator's CLI (``member`` None) may do
both. A category is one of the categories table or '*' (every category without its own row).
Every change is audited with the row before and after.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from admin import audit
from admin.errors import Refused
from admin.policy import DEFAULT_CATEGORY, Limits
from admin.sites import SiteService, load_site_limits
from admin.store import Store
from admin.timeutil import Clock, to_iso, utc_now
from admin.visitors import categories
from kiosk.protocol import (
    MAX_DAILY_MINUTES,
    MAX_SESSION_MINUTES,
    MAX_WEEKLY_MINUTES,
    ErrorCode,
    PolicyRow,
)

if TYPE_CHECKING:
    from admin.staff_service import StaffMember

log = logging.getLogger("epn.server.policies")


def _row(category: str, site_id: int | None, row: dict[str, Any] | Limits) -> PolicyRow:
    values = vars(row) if isinstance(row, Limits) else row
    return PolicyRow(
        category=category,
        site_id=site_id,
        session_minutes=values["session_minutes"],
        daily_minutes=values["daily_minutes"],
        weekly_minutes=values["weekly_minutes"],
    )


def _check_limits(limits: Limits) -> None:
    for name, top in (
        ("session_minutes", MAX_SESSION_MINUTES),
        ("daily_minutes", MAX_DAILY_MINUTES),
        ("weekly_minutes", MAX_WEEKLY_MINUTES),
    ):
        if not 0 <= getattr(limits, name) <= top:
            raise Refused(ErrorCode.INVALID_REQUEST, f"{name} must be 0 to {top}")


def _check_category(db: Database, category: str) -> None:
    known = categories(db)
    if category != DEFAULT_CATEGORY and category not in known:
        raise Refused(
            ErrorCode.NOT_FOUND,
            f"unknown category {category!r} (known: {', '.join(known)}, or '*')",
            {"category": category},
        )


def _city_rows(db: Database) -> list[PolicyRow]:
    rows = db.query("SELECT * FROM policies ORDER BY category")
    return [_row(row["category"], None, row) for row in rows]


class PolicyAdmin:
    def __init__(self, store: Store, clock: Clock = utc_now) -> None:
        self._store = store
        self._clock = clock

    def list(self, member: StaffMember | None, site: int | str | None = None) -> list[PolicyRow]:
        """City-wide rows, then the overrides of ``site`` (id or name) when given."""

        def read(db: Database) -> list[PolicyRow]:
            rows = _city_rows(db)
            if site is not None:
                site_id = SiteService._site(db, member, site)["id"]
                overrides = sorted(load_site_limits(db, site_id).items())
                rows += [_row(category, site_id, limits) for category, limits in overrides]
            return rows

        return self._store.read(read)

    def set(
        self,
        member: StaffMember | None,
        category: str,
        limits: Limits,
        site: int | str | None = None,
    ) -> PolicyRow:
        """Set a category's allowances city-wide (``site`` None) or at one site."""
        category = category.strip()
        _check_limits(limits)
        if site is None and member is not None and member.role != "admin":
            raise Refused(ErrorCode.FORBIDDEN, "only admins change the city-wide allowances")
        now = to_iso(self._clock())

        def write(db: Database) -> PolicyRow:
            # scope first: staff learn nothing about other sites, not even their categories
            row = None if site is None else SiteService._site(db, member, site)
            _check_category(db, category)
            values = [limits.session_minutes, limits.daily_minutes, limits.weekly_minutes]
            if row is None:
                before = next(
                    db.query("SELECT * FROM policies WHERE category = ?", [category]), None
                )
                db.execute(
                    "INSERT INTO policies (category, session_minutes, daily_minutes,"
                    " weekly_minutes) VALUES (?, ?, ?, ?) ON CONFLICT (category) DO UPDATE SET"
                    " session_minutes = excluded.session_minutes,"
                    " daily_minutes = excluded.daily_minutes,"
                    " weekly_minutes = excluded.weekly_minutes",
                    [category, *values],
                )
                target, site_id = f"policy:{category}", None
            else:
                site_id = row["id"]
                old = load_site_limits(db, site_id).get(category)
                before = None if old is None else {"category": category, **vars(old)}
                db.execute(
                    "INSERT INTO site_policies (site_id, category, session_minutes, daily_minutes,"
                    " weekly_minutes) VALUES (?, ?, ?, ?, ?) ON CONFLICT (site_id, category)"
                    " DO UPDATE SET session_minutes = excluded.session_minutes,"
                    " daily_minutes = excluded.daily_minutes,"
                    " weekly_minutes = excluded.weekly_minutes",
                    [site_id, category, *values],
                )
                target = f"site:{row['name']}"
            audit.record(
                db,
                at=now,
                staff_id=None if member is None else member.id,
                action="policy.set",
                target=target,
                before=before,
                after={"category": category, **vars(limits)},
                site_id=site_id,
            )
            return _row(category, site_id, limits)

        changed = self._store.write(write)
        log.info("policy %s set at %s", category, site or "city level")
        return changed
