"""A visitor's rights: everything held about them (export), and their erasure.

The tables are found from the schema, not listed by hand: every table with a foreign key to
``visitors`` is part of the export, and of the erasure (its rows go with the account when the
key cascades, else the column is cleared), so a table added later cannot be forgotten. Besides
those: the sessions that carry the visitor's key (pseudonymised usage), their applications,
the desk sign-in commands and station events that carry the card, the sign-in limits of the
card (a digest), and the audit entries that name the visitor.

Erasing (:func:`erase_in`) keeps every count: sessions keep the visitor's key and lose the
visitor, then the key's mapping goes with the account, so the usage still counts as one
(anonymous) visitor; workshop registrations keep their profile fields and lose the person.
Audit entries that named the visitor are redacted (their action and time stay); the entry of
the erasure itself names nobody: its id is the receipt given to the visitor.

Refusals: NOT_FOUND (no such card), VISITOR_IN_SESSION (a session runs or is unsettled).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from admin.core import audit
from admin.core.errors import Refused
from admin.core.timeutil import to_iso
from admin.lockouts.limits import subject_digest
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.privacy import Erasure, VisitorData

#: What replaces a name or card in a redacted audit entry.
ERASED = "(erased)"
#: Columns never exported (secrets: a digest proves nothing to the visitor and helps an attacker).
_SECRETS = {"pin_hash"}


def last_use_sql() -> str:
    """Every account with its last use (the latest of its creation, its own sessions, the
    sessions of its key, its registrations) and whether it is in session now."""
    return """
    SELECT v.id, v.identifier, v.display_name,
        MAX(v.created_at,
            COALESCE((SELECT MAX(s.started_at) FROM sessions s WHERE s.visitor_id = v.id), ''),
            COALESCE((SELECT MAX(s.started_at) FROM sessions s INDEXED BY sessions_visitor_key
                      WHERE s.visitor_key = k.key), ''),
            COALESCE((SELECT MAX(r.created_at) FROM workshop_registrations r
                      WHERE r.visitor_id = v.id), '')) AS last_use,
        v.id IN (SELECT s.visitor_id FROM sessions s INDEXED BY sessions_station_active
                 WHERE s.state = 'active'
                 UNION ALL SELECT s.visitor_id FROM sessions s WHERE s.open_until IS NOT NULL)
            AS in_session
    FROM visitors v LEFT JOIN visitor_keys k ON k.visitor_id = v.id"""


# in_session: the few sessions running or not yet settled, found once through their partial
# indexes (sessions_station_active, sessions_open_visitor), not each visitor's every session


def visitor_row(db: Database, identifier: str) -> dict[str, Any]:
    row = next(db.query("SELECT * FROM visitors WHERE identifier = ?", [identifier]), None)
    if row is None:
        raise Refused(ErrorCode.NOT_FOUND, f"no visitor with the identifier {identifier!r}")
    return row


def references(db: Database) -> Iterator[tuple[str, str, str]]:
    """(table, column, on_delete) of every foreign key to ``visitors``."""
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in sorted(tables):
        for fk in db.execute(f"PRAGMA foreign_key_list({table})").fetchall():
            # (id, seq, table, from, to, on_update, on_delete, match)
            if fk[2] == "visitors":
                yield table, fk[3], fk[6]


def _audit_where(visitor: dict[str, Any]) -> tuple[str, list[Any]]:
    needles = [json.dumps(visitor["identifier"]), json.dumps(f"visitor:{visitor['id']}")]
    if visitor.get("display_name"):
        needles.append(json.dumps(visitor["display_name"]))
    found = " OR ".join("instr(before, ?) OR instr(after, ?)" for _ in needles)
    return f"target = ? OR {found}", [
        f"visitor:{visitor['id']}",
        *[n for needle in needles for n in (needle, needle)],
    ]


def _rows(db: Database, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    return [{k: v for k, v in row.items() if k not in _SECRETS} for row in db.query(sql, params)]


def collect(db: Database, identifier: str, now: datetime) -> VisitorData:
    """Everything held about the visitor, table by table (nothing about anyone else)."""
    visitor = visitor_row(db, identifier)
    vid = visitor["id"]
    key_row = db.execute("SELECT key FROM visitor_keys WHERE visitor_id = ?", [vid]).fetchone()
    key = None if key_row is None else key_row[0]
    tables: dict[str, list[dict[str, Any]]] = {}
    for table, column, _ in references(db):
        if table in ("visitors", "sessions"):
            continue
        rows = _rows(db, f"SELECT * FROM {table} WHERE {column} = ?", [vid])
        if rows:
            tables.setdefault(table, []).extend(rows)
    tables["sessions"] = _rows(
        db,
        "SELECT s.*, st.name AS station, si.name AS site FROM sessions s"
        " JOIN stations st ON st.id = s.station_id JOIN sites si ON si.id = st.site_id"
        " WHERE s.visitor_id = ?1 OR (?2 IS NOT NULL AND s.visitor_key = ?2)"
        " ORDER BY s.started_at",
        [vid, key],
    )
    tables["session_apps"] = _rows(
        db,
        "SELECT a.* FROM session_apps a JOIN sessions s ON s.id = a.session_id"
        " WHERE s.visitor_id = ?1 OR (?2 IS NOT NULL AND s.visitor_key = ?2)",
        [vid, key],
    )
    tables["commands"] = _rows(
        db,
        "SELECT id, station_id, session_id, kind, status, created_at, applied_at, identifier"
        " FROM commands WHERE identifier = ?",
        [identifier],
    )
    tables["events"] = _rows(
        db,
        "SELECT station_id, event_id, kind, received_at, body FROM events"
        " WHERE json_valid(body) AND json_extract(body, '$.identifier') = ?",
        [identifier],
    )
    tables["lockouts"] = _rows(
        db, "SELECT * FROM lockouts WHERE subject = ?", [subject_digest(identifier)]
    )
    where, params = _audit_where(visitor)
    tables["audit"] = _rows(db, f"SELECT * FROM audit WHERE {where} ORDER BY id", params)
    profile = {k: v for k, v in visitor.items() if k not in _SECRETS}
    profile["has_pin"] = visitor["pin_hash"] is not None
    return VisitorData(
        generated_at=to_iso(now),
        visitor=profile,
        tables={name: rows for name, rows in sorted(tables.items()) if rows},
    )


def _redact(value: Any, needles: set[str]) -> Any:
    if isinstance(value, str):
        return ERASED if value in needles else value
    if isinstance(value, list):
        return [_redact(v, needles) for v in value]
    if isinstance(value, dict):
        return {k: _redact(v, needles) for k, v in value.items()}
    return value


def erase_in(
    db: Database,
    visitor_id: int,
    now: datetime,
    *,
    staff_id: int | None,
    log_it: bool = True,
    reason: str = "request",
) -> Erasure:
    """Erase the visitor inside the caller's transaction; their usage still counts."""
    visitor = next(db.query("SELECT * FROM visitors WHERE id = ?", [visitor_id]))
    busy = db.execute(
        "SELECT 1 FROM sessions WHERE visitor_id = ? AND (state = 'active'"
        " OR open_until IS NOT NULL) LIMIT 1",
        [visitor_id],
    ).fetchone()
    if busy:
        raise Refused(
            ErrorCode.VISITOR_IN_SESSION,
            "the visitor is in session: erase them once the session has ended",
        )
    changes = db.conn.total_changes
    db.execute(
        "INSERT OR IGNORE INTO visitor_keys (visitor_id, key, created_at)"
        " SELECT ?, abs(random() % 4611686018427387903) + 1, ?"
        " WHERE EXISTS (SELECT 1 FROM sessions WHERE visitor_id = ?)",
        [visitor_id, to_iso(now), visitor_id],
    )
    sessions = db.execute(
        "UPDATE sessions SET visitor_key = COALESCE(visitor_key,"
        " (SELECT key FROM visitor_keys k WHERE k.visitor_id = sessions.visitor_id)),"
        " visitor_id = NULL WHERE visitor_id = ?",
        [visitor_id],
    ).rowcount
    registrations = db.execute(
        "UPDATE workshop_registrations SET visitor_id = NULL, name = '' WHERE visitor_id = ?",
        [visitor_id],
    ).rowcount
    for table, column, on_delete in references(db):
        if table in ("visitors", "sessions", "workshop_registrations"):
            continue
        if on_delete not in ("CASCADE", "SET NULL"):
            db.execute(f"UPDATE {table} SET {column} = NULL WHERE {column} = ?", [visitor_id])
    identifier = visitor["identifier"]
    db.execute(
        "UPDATE commands SET identifier = NULL, grant_body = NULL WHERE identifier = ?",
        [identifier],
    )
    db.execute(
        "DELETE FROM events WHERE json_valid(body) AND json_extract(body, '$.identifier') = ?",
        [identifier],
    )
    db.execute("DELETE FROM lockouts WHERE subject = ?", [subject_digest(identifier)])
    needles = {identifier, f"visitor:{visitor_id}"}
    if visitor["display_name"]:
        needles.add(visitor["display_name"])
    where, params = _audit_where(visitor)
    redacted = 0
    for row in list(db.query(f"SELECT id, target, before, after FROM audit WHERE {where}", params)):
        values = [
            None if row[k] is None else json.dumps(_redact(json.loads(row[k]), needles))
            for k in ("before", "after")
        ]
        target = "visitor:erased" if row["target"] in needles else row["target"]
        db.execute(
            "UPDATE audit SET target = ?, before = ?, after = ? WHERE id = ?",
            [target, *values, row["id"]],
        )
        redacted += 1
    db.execute("DELETE FROM visitors WHERE id = ?", [visitor_id])  # its own rows cascade
    deleted = db.conn.total_changes - changes - sessions - registrations - redacted
    erasure = Erasure(
        receipt=0,
        sessions_pseudonymised=sessions,
        registrations_anonymised=registrations,
        rows_deleted=max(deleted, 0),
        audit_entries_redacted=redacted,
    )
    if log_it:
        # names nobody: what was done, when, by whom, why; its id is the visitor's receipt
        audit.record(
            db,
            at=to_iso(now),
            staff_id=staff_id,
            action="visitor.erase",
            target="visitor:erased",
            after={"reason": reason, **erasure.model_dump(exclude={"receipt"})},
        )
        erasure.receipt = int(db.execute("SELECT last_insert_rowid()").fetchone()[0])
    return erasure
