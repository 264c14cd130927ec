"""Calls for the desk: one per station, from the visitor's call until it is answered or over.

The station's ``desk_called`` event opens it (a later call replaces it: one at a time), its
``desk_call_cancelled`` ends it unanswered; staff answer it with an ``answer_call`` command
(admin/stations/commands.py), which removes it. The room's live list shows it
(``StationStatus.desk_call``). Every function runs in the caller's transaction.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlite_utils import Database

from admin.core.timeutil import from_iso, seconds_between, to_iso
from kiosk.protocol.room import DeskCall


def called(db: Database, station_id: int, session_id: str | None, at: str, now: str) -> bool:
    """Record the station's call, made at ``at`` by its clock: never in the server's future
    (a station's clock ahead would make a visitor wait less than nothing)."""
    try:
        made = min(from_iso(at), from_iso(now))
    except ValueError:
        made = from_iso(now)  # the station's clock said nonsense: the receipt is close
    db.execute(
        "INSERT OR REPLACE INTO desk_calls (station_id, called_at, session_id) VALUES (?, ?, ?)",
        [station_id, to_iso(made), session_id],
    )
    return True


def clear(db: Database, station_id: int) -> bool:
    """The call is over (cancelled, or answered); False when there was none."""
    return db.execute("DELETE FROM desk_calls WHERE station_id = ?", [station_id]).rowcount > 0


def current(db: Database, station_id: int) -> dict[str, Any] | None:
    row = next(db.query("SELECT * FROM desk_calls WHERE station_id = ?", [station_id]), None)
    return dict(row) if row is not None else None


def load(db: Database, where: str, params: list[Any]) -> dict[int, str]:
    """When each station of the staff's scope called (``where`` over ``st``), by station id."""
    return {
        row["station_id"]: row["called_at"]
        for row in db.query(
            "SELECT d.station_id, d.called_at FROM desk_calls d"
            f" JOIN stations st ON st.id = d.station_id WHERE {where}",
            params,
        )
    }


def status(called_at: str | None, now: datetime, timezone: str) -> DeskCall | None:
    if called_at is None:
        return None
    waited = seconds_between(called_at, now) or 0
    return DeskCall(since=called_at, waited_seconds=max(0, int(waited)), timezone=timezone)
