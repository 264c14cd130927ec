"""The audit log: who did what to which target, and the state before and after."""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database


def record(
    db: Database,
    *,
    at: str,
    staff_id: int | None,
    action: str,
    target: str,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    """Append one audit row inside the caller's transaction (``staff_id`` None: the CLI)."""
    db.execute(
        "INSERT INTO audit (at, staff_id, action, target, before, after) VALUES (?, ?, ?, ?, ?, ?)",
        [
            at,
            staff_id,
            action,
            target,
            None if before is None else json.dumps(before, sort_keys=True),
            None if after is None else json.dumps(after, sort_keys=True),
        ],
    )
