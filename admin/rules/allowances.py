"""Reading and changing the time allowances: city-wide rows and a site's overrides.

The rule that uses them is :mod:`admin.rules.grant` (pure). Admins change city-wide rows; staff
change the overrides of their own sites only; the operator's CLI (``member`` None) may do
both. A category is one of the categories table or '*' (every category without its own row).
Every change is audited with the row before and after.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlite_utils import Database

from admin.core import audit
from admin.core.actors import StaffMember
from admin.core.errors import Refused
from admin.core.timeutil import Clock, to_iso, utc_now
from admin.db.store import Store
from admin.rules.grant import DEFAULT_CATEGORY, Limits
from admin.sites.settings import SiteService, check_city_scope, load_site_limits
from admin.visitors.accounts import categories
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.limits import MAX_DAILY_MINUTES, MAX_SESSION_MINUTES, MAX_WEEKLY_MINUTES
from kiosk.protocol.rules import PolicyRow

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


def _own_row(
    db: Database, member: StaffMember | None, site: int | str | None, category: str
) -> tuple[int | None, str, dict[str, Any] | None]:
    """The scope's site id (None: city-wide), its audit target, and the category's own row
    there (None when it has none). The site is checked first: staff learn nothing about
    other sites, not even their categories."""
    row = None if site is None else SiteService._site(db, member, site)
    if row is None:
        before = next(db.query("SELECT * FROM policies WHERE category = ?", [category]), None)
        return None, f"policy:{category}", before
    old = load_site_limits(db, row["id"]).get(category)
    own = None if old is None else {"category": category, **vars(old)}
    return row["id"], f"site:{row['name']}", own


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
        check_city_scope(member, site, "allowances")
        now = to_iso(self._clock())

        def write(db: Database) -> PolicyRow:
            site_id, target, before = _own_row(db, member, site, category)
            _check_category(db, category)
            values = [limits.session_minutes, limits.daily_minutes, limits.weekly_minutes]
            if site_id is None:
                db.execute(
                    "INSERT INTO policies (category, session_minutes, daily_minutes,"
                    " weekly_minutes) VALUES (?, ?, ?, ?) ON CONFLICT (category) DO UPDATE SET"
                    " session_minutes = excluded.session_minutes,"
                    " daily_minutes = excluded.daily_minutes,"
                    " weekly_minutes = excluded.weekly_minutes",
                    [category, *values],
                )
            else:
                db.execute(
                    "INSERT INTO site_policies (site_id, category, session_minutes, daily_minutes,"
                    " weekly_minutes) VALUES (?, ?, ?, ?, ?) ON CONFLICT (site_id, category)"
                    " DO UPDATE SET session_minutes = excluded.session_minutes,"
                    " daily_minutes = excluded.daily_minutes,"
                    " weekly_minutes = excluded.weekly_minutes",
                    [site_id, category, *values],
                )
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

    def remove(
        self, member: StaffMember | None, category: str, site: int | str | None = None
    ) -> None:
        """Remove a category's own row: at ``site`` the city's row applies again; city-wide
        (admins) the category falls back to '*', which itself cannot be removed."""
        category = category.strip()
        check_city_scope(member, site, "allowances")
        if site is None and category == DEFAULT_CATEGORY:
            raise Refused(
                ErrorCode.INVALID_REQUEST,
                "the '*' row is the default of every category: change it instead",
                {"category": category},
            )
        now = to_iso(self._clock())

        def write(db: Database) -> None:
            site_id, target, before = _own_row(db, member, site, category)
            if before is None:
                where = "city-wide" if site_id is None else "at this site"
                raise Refused(
                    ErrorCode.NOT_FOUND,
                    f"category {category!r} has no allowances of its own {where}",
                    {"category": category},
                )
            if site_id is None:
                db.execute("DELETE FROM policies WHERE category = ?", [category])
            else:
                db.execute(
                    "DELETE FROM site_policies WHERE site_id = ? AND category = ?",
                    [site_id, category],
                )
            audit.record(
                db,
                at=now,
                staff_id=None if member is None else member.id,
                action="policy.remove",
                target=target,
                before=before,
                after=None,
                site_id=site_id,
            )

        self._store.write(write)
        log.info("policy %s removed at %s", category, site or "city level")
