"""The ledger: seconds of use per visitor and local day, kept from the sessions.

``visitor_usage(visitor_id, day, seconds)`` holds, for each visitor and date, the sum of the
used seconds of their sessions that **started** that day in the site's timezone
(``sessions.day``). A session that crosses midnight counts wholly on its start day: the sites
close in the evening, and it matches how a grant is cut (one allowance per sign-in). A week
is the sum of its seven days (ISO week, Monday first).

The totals are maintained by SQLite triggers (``admin/db/migrations.py``, m007): every change of
``sessions.used_seconds`` moves the day's total by the difference, in the same transaction,
whatever wrote it (heartbeat, session end, a late report after a stale close). The station
service dedupes events by id and only ever raises ``used_seconds`` (``MAX``), so a replayed
event changes nothing and a stale close (which keeps the last report) adds nothing.

The totals count what stations reported; the grant reads them once the visitor's other
sessions are closed, so nothing unreported is missing then.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlite_utils import Database

from admin.core.actors import StaffMember
from admin.core.errors import Refused
from admin.core.timeutil import Clock, utc_now
from admin.db.store import Store
from admin.rules import grant as policy
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.people import UsageSession, VisitorUsage

#: Sessions listed by ``epn usage show`` and the usage route.
RECENT_SESSIONS = 20


def day_of(moment: datetime, timezone: str) -> str:
    """The local date of ``moment`` at a site, as YYYY-MM-DD (the ledger's day key)."""
    return moment.astimezone(ZoneInfo(timezone)).date().isoformat()


def _period(now: datetime, timezone: str) -> tuple[date, date]:
    today = now.astimezone(ZoneInfo(timezone)).date()
    return today, today - timedelta(days=today.weekday())


def usage(db: Database, visitor_id: int, now: datetime, timezone: str) -> policy.Usage:
    """The visitor's seconds today and this week (site time), from the daily totals."""
    today, monday = _period(now, timezone)
    row = next(
        db.query(
            "SELECT COALESCE(SUM(CASE WHEN day = ? THEN seconds END), 0) AS today,"
            " COALESCE(SUM(seconds), 0) AS week"
            " FROM visitor_usage WHERE visitor_id = ? AND day >= ? AND day <= ?",
            [today.isoformat(), visitor_id, monday.isoformat(), today.isoformat()],
        )
    )
    return policy.Usage(today_seconds=int(row["today"]), week_seconds=int(row["week"]))


class Ledger:
    """A visitor's usage as staff see it: today, this week, their recent sessions."""

    def __init__(self, store: Store, clock: Clock = utc_now, timezone: str = "Europe/Brussels"):
        self._store = store
        self._clock = clock
        #: Visitors are city-wide: "today" is the city's day, one timezone for every site.
        self._timezone = timezone

    def show(self, member: StaffMember | None, identifier: str) -> VisitorUsage:
        """Totals city-wide (any staff may read them); sessions of the member's sites only."""
        now = self._clock()

        def read(db: Database) -> VisitorUsage:
            visitor = next(
                db.query(
                    "SELECT id, identifier, display_name, category FROM visitors"
                    " WHERE identifier = ?",
                    [identifier],
                ),
                None,
            )
            if visitor is None:
                raise Refused(ErrorCode.NOT_FOUND, "no such visitor")
            timezone = self._timezone_of(db, visitor["id"])
            today, monday = _period(now, timezone)
            used = usage(db, visitor["id"], now, timezone)
            rows = list(
                db.query(
                    "SELECT s.*, st.name AS station, st.site_id, si.name AS site, si.timezone AS site_timezone"
                    " FROM sessions s"
                    " JOIN stations st ON st.id = s.station_id JOIN sites si ON si.id = st.site_id"
                    " WHERE s.visitor_id = ? ORDER BY s.started_at DESC LIMIT ?",
                    [visitor["id"], RECENT_SESSIONS * 5],
                )
            )
            visible = [r for r in rows if member is None or member.can_see(r["site_id"])]
            return VisitorUsage(
                identifier=visitor["identifier"],
                display_name=visitor["display_name"],
                category=visitor["category"],
                today=today.isoformat(),
                week_start=monday.isoformat(),
                today_seconds=used.today_seconds,
                week_seconds=used.week_seconds,
                sessions=[_session(row, now) for row in visible[:RECENT_SESSIONS]],
            )

        return self._store.read(read)

    def _timezone_of(self, db: Database, visitor_id: int) -> str:
        """The timezone of the visitor's last site (the city's one, in practice)."""
        row = next(
            db.query(
                "SELECT si.timezone FROM sessions s JOIN stations st ON st.id = s.station_id"
                " JOIN sites si ON si.id = st.site_id WHERE s.visitor_id = ?"
                " ORDER BY s.started_at DESC LIMIT 1",
                [visitor_id],
            ),
            None,
        )
        return self._timezone if row is None else str(row["timezone"])


def _session(row: dict[str, Any], now: datetime) -> UsageSession:
    return UsageSession(
        id=row["id"],
        station=row["station"],
        site=row["site"],
        state=row["state"],
        day=row["day"] or row["started_at"][:10],
        started_at=row["started_at"],
        ended_at=row["ended_at"],
        timezone=row["site_timezone"],
        used_seconds=int(row["used_seconds"]),
        seconds_left=policy.estimate_left(row, now) if row["state"] == "active" else None,
        end_reason=row["end_reason"],
    )
