"""App usage per session, from the stations' app_used events: for staff and statistics.

The events are applied in :func:`admin.catalogue.loaders.record_usage`; this module reads the totals.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from admin.core.actors import StaffMember
from admin.core.errors import Refused
from admin.db.store import Store
from admin.directory import site_id_by_name
from kiosk.protocol.catalogue import AppUsage, SessionApps
from kiosk.protocol.errors import ErrorCode


class AppUsageReport:
    def __init__(self, store: Store) -> None:
        self._store = store

    def session_apps(self, member: StaffMember | None, session_id: str) -> SessionApps:
        def read(db: Database) -> SessionApps:
            session = next(
                db.query(
                    "SELECT st.site_id FROM sessions s JOIN stations st ON st.id = s.station_id"
                    " WHERE s.id = ?",
                    [session_id],
                ),
                None,
            )
            # another site's session answers exactly like a missing one
            if session is None or (member is not None and not member.can_see(session["site_id"])):
                raise Refused(ErrorCode.NOT_FOUND, "no such session")
            usage = db.query(
                "SELECT app_id, seconds FROM session_apps WHERE session_id = ?"
                " ORDER BY seconds DESC, app_id",
                [session_id],
            )
            return SessionApps(session_id=session_id, apps=[AppUsage(**row) for row in usage])

        return self._store.read(read)

    def usage_totals(self, site: str | None = None) -> list[dict[str, Any]]:
        """Seconds and sessions per app, over all sessions or one site's (CLI)."""

        def read(db: Database) -> list[dict[str, Any]]:
            where, params = "1", []
            if site is not None:
                where, params = "st.site_id = ?", [site_id_by_name(db, site)]
            return list(
                db.query(
                    "SELECT sa.app_id, SUM(sa.seconds) AS seconds, COUNT(*) AS sessions"
                    " FROM session_apps sa JOIN sessions s ON s.id = sa.session_id"
                    f" JOIN stations st ON st.id = s.station_id WHERE {where}"
                    " GROUP BY sa.app_id ORDER BY seconds DESC, sa.app_id",
                    params,
                )
            )

        return self._store.read(read)
