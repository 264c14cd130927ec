"""The errors stations forward (``kiosk/error_reports.py``), kept for staff.

Each report is kept once (its ``report_id``); a station resends a report whose count rose,
and the larger count is kept. Retention: per station the last :data:`KEEP_PER_STATION`
reports, none older than :data:`KEEP_DAYS` days (pruned as reports arrive). Staff of the
station's site read them newest first; the room's tiles show how many arrived in the last
:data:`RECENT`.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from sqlite_utils import Database

from admin.core.actors import StaffMember, StationIdentity
from admin.core.errors import Refused
from admin.core.timeutil import Clock, to_iso
from admin.db.store import Store
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.station_errors import (
    MAX_ERROR_LISTING,
    ErrorReport,
    StationError,
    StationErrorList,
)

log = logging.getLogger("epn.server.station_errors")

KEEP_PER_STATION = 200
KEEP_DAYS = 30
#: Errors received within this are "recent": the console marks the station.
RECENT = timedelta(hours=24)


class StationErrors:
    """Stores the stations' error reports and lists them for staff."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock

    def record(self, station: StationIdentity, reports: list[ErrorReport]) -> list[str]:
        """Keep the reports (a resent one keeps its larger count); the ids now held."""
        now = self._clock()
        received_at = to_iso(now)
        oldest = to_iso(now - timedelta(days=KEEP_DAYS))

        def write(db: Database) -> None:
            for r in reports:
                db.execute(
                    "INSERT INTO station_errors (report_id, station_id, at, received_at, level,"
                    " logger, message, count) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT (report_id) DO UPDATE SET count = max(count, excluded.count),"
                    " received_at = excluded.received_at"
                    " WHERE station_errors.station_id = excluded.station_id",
                    [
                        r.report_id,
                        station.id,
                        r.at,
                        received_at,
                        r.level,
                        r.logger,
                        r.message,
                        r.count,
                    ],
                )
            db.execute(
                "DELETE FROM station_errors WHERE station_id = ? AND (received_at < ? OR"
                " report_id NOT IN (SELECT report_id FROM station_errors WHERE station_id = ?"
                " ORDER BY received_at DESC, rowid DESC LIMIT ?))",
                [station.id, oldest, station.id, KEEP_PER_STATION],
            )

        self._store.write(write)
        if reports:
            log.info("station %s forwarded %d error report(s)", station.name, len(reports))
        return [r.report_id for r in reports]

    def list(
        self, member: StaffMember | None, name: str, limit: int = MAX_ERROR_LISTING
    ) -> StationErrorList:
        """The station's reports, newest first; another site's station is "no such station"."""

        def read(db: Database) -> list[dict[str, Any]] | None:
            row = next(db.query("SELECT id, site_id FROM stations WHERE name = ?", [name]), None)
            if row is None or (member is not None and not member.can_see(row["site_id"])):
                return None
            return list(
                db.query(
                    "SELECT at, received_at, level, logger, message, count FROM station_errors"
                    " WHERE station_id = ? ORDER BY received_at DESC, rowid DESC LIMIT ?",
                    [row["id"], limit],
                )
            )

        rows = self._store.read(read)
        if rows is None:
            raise Refused(ErrorCode.NOT_FOUND, f"no station named {name!r}", {"station": name})
        return StationErrorList(station=name, errors=[StationError(**row) for row in rows])
