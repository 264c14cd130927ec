"""Usage statistics of a period: sessions, time used, unique visitors, occupancy by hour.

Read only. A period is a run of local calendar days of the site: today, this week (Monday
first), this month, or explicit first and last dates. Two kinds of figures:

- **usage** (sessions, seconds used, unique visitors, by site, category and age band) counts
  the sessions that *started* in the period; a session's whole usage counts on its start day,
  as in the ledger (:mod:`admin.sessions.ledger`). An active session counts its estimated use so far
  (:func:`admin.rules.grant.estimate_used`).
- **occupancy** (by hour, weekday × hour heat map) is station time in use, split over the
  local hours each session covered and clipped to the period, and ``capacity`` the station
  time each cell offered so far: see :mod:`admin.reports.occupancy`.

A calendar month's or year's usage is read from ``usage_rollup`` (m020), the occupancy of
whole-hour zones from ``occupancy_hours`` (m021): both kept by triggers whenever a session is
written, so a report costs the rows of those tables, not the sessions of the period.

With no site given, each site's days are its own timezone's; the dates of the report are those
of the first site's zone (one zone per city in practice).

Errors are those of :mod:`admin.core.errors`: ``Refused(INVALID_REQUEST)`` for a bad period,
``FORBIDDEN`` for another member's site, ``NOT_FOUND`` for no such site.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlite_utils import Database

from admin.core.actors import StaffMember
from admin.core.errors import Refused
from admin.core.timeutil import Clock, to_iso, utc_now
from admin.db.store import Store
from admin.reports.occupancy import (
    ACTIVE_SQL,
    CELLS,
    Zone,
    add_occupancy,
    epoch_iso,
    local_midnight,
)
from admin.reports.occupancy import LocalHours as LocalHours  # re-exported, as before the split
from admin.reports.occupancy import slot_of as _slot  # noqa: F401 (the tests' name for it)
from admin.rules import grant as policy
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.limits import MAX_STATS_DAYS
from kiosk.protocol.reports import StatsBreakdown, StatsPeriod, StatsReport

DEFAULT_TIMEZONE = "Europe/Brussels"
#: The dates a report may cover (beyond them the window's arithmetic would overflow).
FIRST_DAY = date(2000, 1, 1)
LAST_DAY = date(2199, 12, 31)


# --- periods --------------------------------------------------------------------------------


def resolve_period(
    period: str | None, today: date, start: date | None = None, end: date | None = None
) -> tuple[StatsPeriod, date, date]:
    """The period's name, first and last local day (inclusive); ValueError when malformed."""
    if start is not None or end is not None:
        if start is None or end is None:
            raise ValueError("give both start and end dates, or neither")
        if period not in (None, "custom"):
            raise ValueError("start and end replace the period: give one or the other")
        if start < FIRST_DAY or end > LAST_DAY:
            raise ValueError(f"dates must be from {FIRST_DAY} to {LAST_DAY}")
        if end < start:
            raise ValueError("the end date is before the start date")
        if (end - start).days + 1 > MAX_STATS_DAYS:
            raise ValueError(f"a period is at most {MAX_STATS_DAYS} days")
        return "custom", start, end
    if period in (None, "today"):
        return "today", today, today
    if period == "week":
        monday = today - timedelta(days=today.weekday())
        return "week", monday, monday + timedelta(days=6)
    if period == "month":
        first = today.replace(day=1)
        following = (first + timedelta(days=32)).replace(day=1)
        return "month", first, following - timedelta(days=1)
    raise ValueError("period must be today, week or month (or give start and end)")


# --- the report -----------------------------------------------------------------------------

#: Usage of the sessions that started in the period, every grouping in one statement: the
#: sessions are summed per visitor and site (``w``: its rows count a site's distinct visitors),
#: then per visitor (``y``, with the visitor's category and age band: its rows count the
#: distinct visitors of a category, a band, the total). No COUNT(DISTINCT), and one lookup of
#: a visitor's row per visitor, not per session: the monthly report stays fast.
_USAGE_SQL = """
WITH w AS MATERIALIZED (
    SELECT COALESCE(-s.visitor_key, s.visitor_id, 0) AS visitor, st.site_id AS site,
           COUNT(*) AS n, SUM(s.used_seconds) AS used
    FROM sessions s JOIN stations st ON st.id = s.station_id
    WHERE s.started_at >= ? AND s.started_at < ? AND ({inside})
    GROUP BY 1, 2),
y AS MATERIALIZED (
    SELECT w.visitor, SUM(w.n) AS n, SUM(w.used) AS used, v.category AS category,
           v.age_band AS band
    FROM w {people} GROUP BY w.visitor)
SELECT 'total', NULL, COALESCE(SUM(n), 0), COALESCE(SUM(used), 0), COALESCE(SUM(visitor <> 0), 0) FROM y
UNION ALL SELECT 'site', site, SUM(n), SUM(used), SUM(visitor <> 0) FROM w GROUP BY 2
UNION ALL SELECT 'category', category, SUM(n), SUM(used), SUM(visitor <> 0) FROM y GROUP BY 2
UNION ALL SELECT 'age_band', band, SUM(n), SUM(used), SUM(visitor <> 0) FROM y GROUP BY 2
"""


@dataclass
class _Totals:
    usage: dict[tuple[str, Any], list[int]] = field(default_factory=dict)
    occupied: list[float] = field(default_factory=lambda: [0.0] * CELLS)
    capacity: list[float] = field(default_factory=lambda: [0.0] * CELLS)
    stations: int = 0

    def breakdowns(self, section: str, names: dict[int, str] | None = None) -> list[StatsBreakdown]:
        """Most used first, ties by key; "not given" (None) always last."""
        rows = [
            StatsBreakdown(
                key=names[key] if names else key, sessions=n, seconds=seconds, visitors=visitors
            )
            for (kind, key), (n, seconds, visitors) in self.usage.items()
            if kind == section
        ]
        return sorted(rows, key=lambda r: (r.key is None, -r.seconds, r.key or ""))

    def cells(self, values: list[float]) -> list[list[int]]:
        return [[round(v) for v in values[d * 24 : d * 24 + 24]] for d in range(7)]


class Stats:
    """Builds :class:`StatsReport`\\ s for staff (their sites), admins and the CLI (all)."""

    def __init__(self, store: Store, clock: Clock = utc_now) -> None:
        self._store = store
        self._clock = clock

    def report(
        self,
        member: StaffMember | None,
        period: str | None = "today",
        *,
        site: int | str | None = None,
        start: date | None = None,
        end: date | None = None,
    ) -> StatsReport:
        """The figures of ``period`` at ``site`` (id, or name for the CLI; None: all in scope)."""
        now = self._clock()
        return self._store.read(lambda db: self._report(db, member, period, site, start, end, now))

    def _report(
        self,
        db: Database,
        member: StaffMember | None,
        period: str | None,
        site: int | str | None,
        start: date | None,
        end: date | None,
        now: datetime,
    ) -> StatsReport:
        sites = _sites_in_scope(db, member, site)
        timezone = sites[0]["timezone"] if sites else DEFAULT_TIMEZONE
        today = now.astimezone(ZoneInfo(timezone)).date()
        try:
            name, first, last = resolve_period(period, today, start, end)
        except ValueError as exc:
            raise Refused(ErrorCode.INVALID_REQUEST, str(exc), {"period": period}) from None
        zones = zones_of(sites, first, last)
        totals = _Totals()
        key = rollup_key(first, last)
        if zones and key is not None:
            _add_rollup_usage(db, totals, zones, key)
        elif zones:
            _add_usage(db, totals, zones)
        if zones:
            _add_active(db, totals, zones, now, key)
        for window in zones:
            totals.stations += add_occupancy(db, window, now, totals.occupied, totals.capacity)
        chosen = sites[0] if site is not None else None
        total = totals.usage.get(("total", None), [0, 0, 0])
        heat_map = totals.cells(totals.occupied)
        return StatsReport(
            period=name,
            start=first.isoformat(),
            end=last.isoformat(),
            timezone=timezone,
            site_id=chosen["id"] if chosen else None,
            site_name=chosen["name"] if chosen else None,
            generated_at=to_iso(now),
            sessions=total[0],
            seconds_used=total[1],
            unique_visitors=total[2],
            stations=totals.stations,
            by_site=totals.breakdowns("site", {r["id"]: r["name"] for r in sites}),
            by_category=totals.breakdowns("category"),
            by_age_band=totals.breakdowns("age_band"),
            by_hour=[sum(row[h] for row in heat_map) for h in range(24)],
            heat_map=heat_map,
            capacity=totals.cells(totals.capacity),
        )


def zones_of(sites: list[dict[str, Any]], first: date, last: date) -> list[Zone]:
    """The sites grouped by timezone, each group with the window of ``first`` to ``last``
    (local days, inclusive) in its zone."""
    zones: dict[str, Zone] = {}
    for row in sites:
        if row["timezone"] not in zones:
            zone = ZoneInfo(row["timezone"])
            lo = local_midnight(first, zone)
            hi = local_midnight(last + timedelta(days=1), zone)
            zones[row["timezone"]] = Zone(zone, [], lo, hi)
        zones[row["timezone"]].sites.append(row["id"])
    return list(zones.values())


def _sites_in_scope(
    db: Database, member: StaffMember | None, site: int | str | None
) -> list[dict[str, Any]]:
    """The sites of the report, by id; FORBIDDEN for another member's site, NOT_FOUND."""
    if site is None:
        rows = list(db.query("SELECT id, name, timezone FROM sites ORDER BY id"))
        return [r for r in rows if member is None or member.can_see(r["id"])]
    column = "id" if isinstance(site, int) else "name"
    row = next(db.query(f"SELECT id, name, timezone FROM sites WHERE {column} = ?", [site]), None)
    # staff learn nothing about sites that are not theirs, not even that they exist
    hidden = row is None or (member is not None and not member.can_see(row["id"]))
    if member is not None and member.role != "admin" and hidden:
        raise Refused(ErrorCode.FORBIDDEN, "this site is not one of yours")
    if row is None:
        raise Refused(ErrorCode.NOT_FOUND, f"no site {site!r}", {"site": site})
    return [row]


def rollup_key(first: date, last: date) -> str | None:
    """The ``usage_rollup`` period (migration m020) of a whole calendar month ("YYYY-MM") or
    year ("YYYY"); None for any other period."""
    if first.day != 1:
        return None
    if first.month == 1 and last == date(first.year, 12, 31):
        return f"{first.year:04d}"
    following = (first + timedelta(days=32)).replace(day=1)
    if last == following - timedelta(days=1):
        return f"{first.year:04d}-{first.month:02d}"
    return None


#: Usage of the ended sessions of a month or a year from their rollup (m020): the rows of a
#: period are in (site, visitor) order in the table and in (visitor, site) order in its index,
#: so both groupings are read in order, without sorting anything.
_ROLLUP_SITES_SQL = """
SELECT 'site', site_id, SUM(sessions), SUM(seconds), SUM(visitor_id <> 0) FROM usage_rollup
WHERE period = ? AND site_id IN ({marks}) GROUP BY site_id"""
_ROLLUP_VISITORS_SQL = """
WITH y AS MATERIALIZED (
    SELECT r.visitor_id AS visitor, SUM(r.sessions) AS n, SUM(r.seconds) AS used,
           v.category AS category, v.age_band AS band
    FROM usage_rollup r INDEXED BY usage_rollup_visitor {people}
    WHERE r.period = ? AND r.site_id IN ({marks}) GROUP BY r.visitor_id)
SELECT 'total', NULL, COALESCE(SUM(n), 0), COALESCE(SUM(used), 0), SUM(visitor <> 0) FROM y
UNION ALL SELECT 'category', category, SUM(n), SUM(used), SUM(visitor <> 0) FROM y GROUP BY 2
UNION ALL SELECT 'age_band', band, SUM(n), SUM(used), SUM(visitor <> 0) FROM y GROUP BY 2
"""


#: The visitor behind a row's "who" (migration m030: ``-key``, else the visitor's id, else 0 for
#: usage whose key was dropped): their category and age band while their account exists.
_PEOPLE = """LEFT JOIN visitor_keys k ON k.key = -{who}
    LEFT JOIN visitors v ON v.id = COALESCE(k.visitor_id, NULLIF(MAX({who}, 0), 0))"""


def _add_rollup_usage(db: Database, totals: _Totals, zones: list[Zone], key: str) -> None:
    """Sessions, seconds and distinct visitors of the ended sessions of a month or a year."""
    sites = [site for zone in zones for site in zone.sites]
    marks = ", ".join("?" for _ in sites)
    for sql in (_ROLLUP_SITES_SQL, _ROLLUP_VISITORS_SQL):
        for section, k, sessions, seconds, visitors in db.execute(
            sql.format(marks=marks, people=_PEOPLE.format(who="r.visitor_id")), [key, *sites]
        ):
            totals.usage[(section, k)] = [sessions, seconds, visitors]


def _add_usage(db: Database, totals: _Totals, zones: list[Zone]) -> None:
    """Sessions, seconds and distinct visitors of the sessions started in each zone's window
    (an active one at its used seconds so far)."""
    inside, params = [], []
    for zone in zones:
        inside.append(f"(st.site_id IN ({zone.marks}) AND s.started_at >= ? AND s.started_at < ?)")
        params += [*zone.sites, epoch_iso(zone.lo), epoch_iso(zone.hi)]
    bounds = [epoch_iso(min(z.lo for z in zones)), epoch_iso(max(z.hi for z in zones))]
    sql = _USAGE_SQL.format(inside=" OR ".join(inside), people=_PEOPLE.format(who="w.visitor"))
    for section, key, sessions, seconds, visitors in db.execute(sql, [*bounds, *params]):
        totals.usage[(section, key)] = [sessions, seconds, visitors]


def _add_active(
    db: Database, totals: _Totals, zones: list[Zone], now: datetime, key: str | None
) -> None:
    """The active sessions started in each zone's window: their estimated use so far
    (:func:`admin.rules.grant.estimate_used`); from a rollup (``key``), which holds only ended
    sessions, also the session itself and its visitor when not counted yet."""
    totals.usage.setdefault(("total", None), [0, 0, 0])
    pairs: set[tuple[int, int]] = set()
    visitors: set[int] = set()
    sites = [site for zone in zones for site in zone.sites]
    for zone in zones:
        for row in db.query(ACTIVE_SQL.format(marks=zone.marks), zone.sites):
            if not epoch_iso(zone.lo) <= row["started_at"] < epoch_iso(zone.hi):
                continue
            more = policy.estimate_used(row, now) - int(row["used_seconds"])
            keys = [
                ("total", None),
                ("site", row["site_id"]),
                ("category", row["category"]),
                ("age_band", row["age_band"]),
            ]
            if key is not None:
                more += int(row["used_seconds"])
                # who the rollup counts (m030): the visitor's key, else their id
                who = -row["visitor_key"] if row["visitor_key"] else row["visitor_id"]
                new_pair = (who, row["site_id"]) not in pairs and not _in_rollup(
                    db, key, who, [row["site_id"]]
                )
                new_visitor = who not in visitors and not _in_rollup(db, key, who, sites)
                pairs.add((who, row["site_id"]))
                visitors.add(who)
                for k in keys:
                    figures = totals.usage.setdefault(k, [0, 0, 0])
                    figures[0] += 1
                    figures[2] += new_pair if k[0] == "site" else new_visitor
            for k in keys:
                totals.usage[k][1] += more


def _in_rollup(db: Database, key: str, visitor: int, sites: list[int]) -> bool:
    marks = ", ".join("?" for _ in sites)
    sql = (
        "SELECT 1 FROM usage_rollup INDEXED BY usage_rollup_visitor"
        f" WHERE period = ? AND visitor_id = ? AND site_id IN ({marks})"
    )
    return db.execute(sql, [key, visitor, *sites]).fetchone() is not None
