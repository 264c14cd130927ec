"""Per site and category: the warning thresholds sent in a grant, and automatic extension.

A row of ``session_rules`` is city-wide (``site_id`` NULL) or one site's, for a category or
'*' (every category without its own row). Each value is looked up on its own, most specific
first: the site's row for the category, the city's, the site's '*', the city's '*', then the
default (warnings at 5 and 1 minutes, no automatic extension). So a site may change only its
warnings and keep the city's extension rule.

Automatic extension (``admin/sessions/auto_extend.py``): ``extend_minutes`` more minutes, at most
``extend_times`` times a session, only while ``extend_min_free`` stations of the site are free.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from sqlite_utils import Database

from admin.core import audit
from admin.core.actors import StaffMember
from admin.core.errors import Refused
from admin.core.timeutil import Clock, to_iso, utc_now
from admin.db.store import Store
from admin.directory import site_id_by_name
from admin.rules.grant import DEFAULT_CATEGORY
from admin.sites.settings import SiteService, check_city_scope
from admin.visitors import accounts as visitors
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.limits import (
    MAX_EXTEND_MIN_FREE,
    MAX_EXTEND_MINUTES,
    MAX_EXTEND_TIMES,
    MAX_WARNING_SECONDS,
    MAX_WARNINGS,
)
from kiosk.protocol.rules import SessionRuleList, SessionRuleRow

log = logging.getLogger("epn.server.rules")

DEFAULT_WARNINGS = (300, 60)
FIELDS = ("warning_seconds", "extend_minutes", "extend_times", "extend_min_free")


@dataclass(frozen=True)
class Rules:
    warning_seconds: tuple[int, ...] = DEFAULT_WARNINGS
    extend_minutes: int = 0
    extend_times: int = 0
    #: Free stations the site must have (besides the one asking) for an extension.
    extend_min_free: int = 1

    @property
    def auto_extends(self) -> bool:
        return self.extend_minutes > 0 and self.extend_times > 0


def parse_warnings(text: str) -> tuple[int, ...]:
    """'300,60' → (300, 60); distinct seconds, largest first. ValueError when not valid."""
    try:
        values = {int(part) for part in text.replace(" ", "").split(",") if part}
    except ValueError:
        raise ValueError(f"{text!r}: give seconds separated by commas, e.g. 300,60") from None
    return check_warnings(values)


def check_warnings(values: Sequence[int] | set[int]) -> tuple[int, ...]:
    values = set(values)
    if len(values) > MAX_WARNINGS or any(not 1 <= v <= MAX_WARNING_SECONDS for v in values):
        raise ValueError(
            f"at most {MAX_WARNINGS} warnings, each 1 to {MAX_WARNING_SECONDS} seconds"
        )
    return tuple(sorted(values, reverse=True))


def resolve(category: str, site_id: int, rows: Sequence[Mapping[str, Any]]) -> Rules:
    """Each value from the most specific row that sets it (pure)."""
    order = [(site_id, category), (None, category), (site_id, DEFAULT_CATEGORY)]
    order.append((None, DEFAULT_CATEGORY))
    by_key = {(row["site_id"], row["category"]): row for row in rows}
    found: dict[str, Any] = {}
    for key in order:
        row = by_key.get(key)
        if row is None:
            continue
        for field in FIELDS:
            if field not in found and row[field] is not None:
                found[field] = row[field]
    if "warning_seconds" in found:
        found["warning_seconds"] = tuple(json.loads(found["warning_seconds"]))
    return Rules(**found)


def load(db: Database, site_id: int, category: str) -> Rules:
    """The rules of a category at a site (inside the caller's transaction)."""
    rows = list(
        db.query(
            "SELECT * FROM session_rules WHERE (site_id IS NULL OR site_id = ?)"
            " AND category IN (?, ?)",
            [site_id, category, DEFAULT_CATEGORY],
        )
    )
    return resolve(category, site_id, rows)


def _row(db: Database, site_id: int | None, category: str) -> dict[str, Any] | None:
    return next(
        db.query(
            "SELECT * FROM session_rules WHERE site_id IS ? AND category = ?", [site_id, category]
        ),
        None,
    )


def _public(row: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if row is None:
        return None
    shown = {field: row[field] for field in FIELDS}
    if shown["warning_seconds"] is not None:
        shown["warning_seconds"] = json.loads(shown["warning_seconds"])
    return shown


class SessionRules:
    """Read, set and clear the rows (the console's API and the admin CLI); every change is
    audited. ``member`` None is the CLI (every site); admins change city-wide rows, staff
    the rows of their own sites."""

    def __init__(self, store: Store, clock: Clock = utc_now) -> None:
        self._store = store
        self._clock = clock

    def set(
        self,
        category: str,
        *,
        site: int | str | None = None,
        warning_seconds: Sequence[int] | None = None,
        extend_minutes: int | None = None,
        extend_times: int | None = None,
        extend_min_free: int | None = None,
        member: StaffMember | None = None,
        replace: bool = False,
    ) -> dict[str, Any]:
        """Change the values given (None: keep; with ``replace``, None: not set by this row,
        it falls through); returns the row as now stored."""
        category = _category(category)
        values = {
            "warning_seconds": warning_seconds,
            "extend_minutes": extend_minutes,
            "extend_times": extend_times,
            "extend_min_free": extend_min_free,
        }
        changes = _checked(values)
        if not any(value is not None for value in changes.values()):
            hint = ": remove the row instead" if replace else ""
            raise Refused(ErrorCode.INVALID_REQUEST, f"nothing to set{hint}")
        if not replace:
            changes = {name: value for name, value in changes.items() if value is not None}
        check_city_scope(member, site, "session rules")
        now = to_iso(self._clock())

        def write(db: Database) -> dict[str, Any]:
            site_id, target = _scope(db, member, site, category)
            _check_known(db, category)
            before = _row(db, site_id, category)
            if before is None:
                db.execute(
                    "INSERT INTO session_rules (site_id, category) VALUES (?, ?)",
                    [site_id, category],
                )
            assignments = ", ".join(f"{name} = ?" for name in changes)
            db.execute(
                f"UPDATE session_rules SET {assignments} WHERE site_id IS ? AND category = ?",
                [*changes.values(), site_id, category],
            )
            after = _public(_row(db, site_id, category))
            audit.record(
                db,
                at=now,
                staff_id=None if member is None else member.id,
                action="rules.set",
                target=target,
                before={"category": category, **(_public(before) or {})},
                after={"category": category, **(after or {})},
                site_id=site_id,
            )
            return after or {}

        result = self._store.write(write)
        log.info("session rules of %s at %s changed", category, site or "every site")
        return result

    def clear(
        self, category: str, *, site: int | str | None = None, member: StaffMember | None = None
    ) -> bool:
        """Remove a row (its values fall through again); False when there was none."""
        category = _category(category)
        check_city_scope(member, site, "session rules")
        now = to_iso(self._clock())

        def write(db: Database) -> bool:
            site_id, target = _scope(db, member, site, category)
            before = _row(db, site_id, category)
            if before is None:
                return False
            db.execute(
                "DELETE FROM session_rules WHERE site_id IS ? AND category = ?",
                [site_id, category],
            )
            audit.record(
                db,
                at=now,
                staff_id=None if member is None else member.id,
                action="rules.clear",
                target=target,
                before={"category": category, **(_public(before) or {})},
                site_id=site_id,
            )
            return True

        return self._store.write(write)

    def list(self) -> list[dict[str, Any]]:
        """Every row, city-wide first, with the site's name."""

        def read(db: Database) -> list[dict[str, Any]]:
            rows = db.query(
                "SELECT r.*, s.name AS site FROM session_rules r LEFT JOIN sites s"
                " ON s.id = r.site_id ORDER BY r.site_id IS NOT NULL, s.name, r.category"
            )
            return [
                {"site": r["site"], "category": r["category"], **(_public(r) or {})} for r in rows
            ]

        return self._store.read(read)

    def rows(self, member: StaffMember | None, site: int | str | None = None) -> SessionRuleList:
        """City-wide rows, then ``site``'s (one the member may see), and the defaults."""

        def read(db: Database) -> SessionRuleList:
            site_id = None if site is None else SiteService._site(db, member, site)["id"]
            rows = db.query(
                "SELECT * FROM session_rules WHERE site_id IS NULL OR site_id IS ?"
                " ORDER BY site_id IS NOT NULL, category",
                [site_id],
            )
            return SessionRuleList(
                rules=[
                    SessionRuleRow(category=r["category"], site_id=r["site_id"], **_public(r) or {})
                    for r in rows
                ],
                defaults=SessionRuleRow(category=DEFAULT_CATEGORY, **as_dict(Rules())),
            )

        return self._store.read(read)

    def effective(self, site: str, category: str) -> Rules:
        """What a visitor of ``category`` gets at ``site``, every fall-through applied."""
        return self._store.read(lambda db: load(db, site_id_by_name(db, site), _category(category)))


def _checked(values: dict[str, Any]) -> dict[str, Any]:
    """The values as stored (warnings as JSON), each checked; Refused when out of range."""
    changes: dict[str, Any] = {}
    warnings = values["warning_seconds"]
    if warnings is not None:
        try:
            changes["warning_seconds"] = json.dumps(list(check_warnings(warnings)))
        except ValueError as exc:
            raise Refused(
                ErrorCode.INVALID_REQUEST, str(exc), {"field": "warning_seconds"}
            ) from None
    else:
        changes["warning_seconds"] = None
    for name, top in (
        ("extend_minutes", MAX_EXTEND_MINUTES),
        ("extend_times", MAX_EXTEND_TIMES),
        ("extend_min_free", MAX_EXTEND_MIN_FREE),
    ):
        value = values[name]
        if value is not None and not 0 <= value <= top:
            raise Refused(ErrorCode.INVALID_REQUEST, f"{name} must be 0 to {top}", {"field": name})
        changes[name] = value
    return changes


def _scope(
    db: Database, member: StaffMember | None, site: int | str | None, category: str
) -> tuple[int | None, str]:
    """The row's site id (None: city-wide) and its audit target; the site is checked first:
    staff learn nothing about other sites."""
    if site is None:
        return None, f"rules:{category}"
    row = SiteService._site(db, member, site)
    return int(row["id"]), f"site:{row['name']}"


def _check_known(db: Database, category: str) -> None:
    known = {*visitors.categories(db), DEFAULT_CATEGORY, visitors.GUEST_CATEGORY}
    if category not in known:
        raise Refused(ErrorCode.NOT_FOUND, f"unknown category {category!r}", {"category": category})


def _category(category: str) -> str:
    category = category.strip()
    if not category or len(category) > 32:
        raise Refused(ErrorCode.INVALID_REQUEST, "category must be 1 to 32 characters")
    return category


def as_dict(rules: Rules) -> dict[str, Any]:
    shown = asdict(rules)
    shown["warning_seconds"] = list(rules.warning_seconds)
    return shown
