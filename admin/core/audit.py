"""The audit log: who did what to which target, and the state before and after.

Each row also names the site it concerns (``site_id``), so staff read the entries of their
sites only. Callers may pass it; otherwise it is found from the target when the target is a
site (``site:NAME``) or a station (``station:NAME``), and left NULL (city-wide: admins only)
for anything else.
"""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database


def _site_of(db: Database, target: str) -> int | None:
    kind, _, name = target.partition(":")
    if kind == "site":
        sql = "SELECT id FROM sites WHERE name = ?"
    elif kind == "station":
        sql = "SELECT site_id AS id FROM stations WHERE name = ?"
    else:
        return None
    row = next(db.query(sql, [name]), None)
    return None if row is None else int(row["id"])


def record(
    db: Database,
    *,
    at: str,
    staff_id: int | None,
    action: str,
    target: str,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    site_id: int | None = None,
) -> None:
    """Append one audit row inside the caller's transaction (``staff_id`` None: the CLI)."""
    if site_id is None:
        site_id = _site_of(db, target)
    db.execute(
        "INSERT INTO audit (at, staff_id, action, target, before, after, site_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            at,
            staff_id,
            action,
            target,
            None if before is None else json.dumps(before, sort_keys=True),
            None if after is None else json.dumps(after, sort_keys=True),
            site_id,
        ],
    )
