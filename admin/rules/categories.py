"""Visitor categories: the names policies, profiles and visitor accounts refer to.

Everyone reads them; only admins (and the operator's CLI, ``member`` None) add one. Names
are lower case letters, digits and '-', at most 32 characters; 'guest' is kept for the
visitor rows of guest tickets. Every addition is audited (``category:<name>``).
"""

from __future__ import annotations

import logging
import re

from sqlite_utils import Database

from admin.core import audit
from admin.core.actors import StaffMember
from admin.core.errors import Duplicate, Refused
from admin.core.timeutil import Clock, to_iso, utc_now
from admin.db.store import Store
from admin.visitors.accounts import GUEST_CATEGORY
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.limits import CATEGORY_PATTERN
from kiosk.protocol.rules import CategoryInfo

log = logging.getLogger("epn.server.categories")

_NAME = re.compile(CATEGORY_PATTERN)


def check_name(name: str) -> str:
    """The name, stripped, or Refused when it is not a valid new category name."""
    name = name.strip()
    if not _NAME.match(name):
        raise Refused(
            ErrorCode.INVALID_REQUEST,
            "category name must be 1 to 32 lower case letters, digits or '-'",
            {"field": "name"},
        )
    if name == GUEST_CATEGORY:
        raise Refused(ErrorCode.INVALID_REQUEST, "'guest' is kept for guest tickets")
    return name


class Categories:
    def __init__(self, store: Store, clock: Clock = utc_now) -> None:
        self._store = store
        self._clock = clock

    def list(self) -> list[CategoryInfo]:
        rows = self._store.read(
            lambda db: list(db.query("SELECT name, created_at FROM categories ORDER BY name"))
        )
        return [CategoryInfo(name=row["name"], created_at=row["created_at"]) for row in rows]

    def add(self, member: StaffMember | None, name: str) -> CategoryInfo:
        if member is not None and member.role != "admin":
            raise Refused(ErrorCode.FORBIDDEN, "only admins add categories")
        name = check_name(name)
        now = to_iso(self._clock())

        def write(db: Database) -> None:
            if next(db.query("SELECT 1 FROM categories WHERE name = ?", [name]), None):
                raise Duplicate("category", name)
            db.execute("INSERT INTO categories (name, created_at) VALUES (?, ?)", [name, now])
            audit.record(
                db,
                at=now,
                staff_id=None if member is None else member.id,
                action="category.add",
                target=f"category:{name}",
                after={"name": name},
            )

        self._store.write(write)
        log.info("category %r added", name)
        return CategoryInfo(name=name, created_at=now)
