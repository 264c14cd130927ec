"""The label report: what a labelled EPN reports to its funder for a period (issue 19).

For a month (``2026-07``), a quarter (``2026-Q3``), a year (``2026``) or any first and last
dates, at one site or the whole network (the sites in the member's scope):

- **offer**, per site: opening hours per week against the thresholds (Brussels label: at least
  15 h a week open to all and at least 6 computers; Walloon model: at least 6 h of training and
  6 h of free access a week, free access counted only where the site marks its hours
  accompanied, ``epn site accompanied``), the computers (the site's enabled stations now);
- **use**: sessions, free-access and training hours used (``sessions.purpose``), unique and new
  visitors, and the same by gender, age band, status, commune and category, by site; the
  workshops: their hours (the dates', clipped to the period), the participants registered
  (anonymous ones with the statistics fields they gave) and the same per animateur;
- **occupancy**: station time in use and offered per local weekday and hour
  (:mod:`admin.reports.occupancy`, as the statistics: exact on the days the clocks change, a
  session crossing midnight or the period's edge split where it ran).

Usage counts the sessions that *started* in the period, each whole (as the ledger and the
statistics do); occupancy is station time within the period. Demographics and "new" come
from each session's own snapshot (m029), never from the visitors table, so a report stays
exact once usage is pseudonymised or an account erased: a visitor is counted by their
pseudonymous key when the database has one (``sessions.visitor_key``, m030), else their id; a
session with neither counts as a session and its hours but not as a visitor (the report says
so in a note). A report never holds an identifier or a visitor's name: only the animateurs'
(staff) names in their own table.

Errors: ``Refused(INVALID_REQUEST)`` for a malformed period, reversed dates or a period starting
after today; ``FORBIDDEN`` for a site outside the member's scope; ``NOT_FOUND``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlite_utils import Database

from admin.core.actors import StaffMember
from admin.core.errors import Refused
from admin.core.timeutil import Clock, from_iso, to_iso, utc_now
from admin.db.store import Store
from admin.reports.occupancy import (
    CELLS,
    Zone,
    _opening_spans,
    add_occupancy,
    epoch_iso,
)
from admin.reports.stats import (
    DEFAULT_TIMEZONE,
    FIRST_DAY,
    _sites_in_scope,
    local_midnight,
    zones_of,
)
from admin.sites.settings import load_schedule
from admin.visitors.profile import AGE_BANDS, STATUSES
from kiosk.protocol.errors import ErrorCode

#: The network's name on the report's cover when the server config gives none.
DEFAULT_NETWORK_NAME = "EPN"
#: The label thresholds (per week, and computers).
BRUSSELS_HOURS = 15
BRUSSELS_COMPUTERS = 6
WALLOON_TRAINING_HOURS = 6
WALLOON_FREE_HOURS = 6
#: The longest period a report covers (a few years: funders ask for one).
MAX_LABEL_DAYS = 5 * 366
#: The breakdowns by the session's snapshot, in the report's order.
DIMENSIONS = ("gender", "age_band", "status", "commune", "category")
GENDER_ORDER = ("f", "m", "x")

_PERIOD = re.compile(r"^(\d{4})(?:-(\d{2})|-Q([1-4]))?$")


def resolve_label_period(
    period: str | None, start: date | None, end: date | None, today: date
) -> tuple[str, date, date]:
    """The period's label and its first and last local days; ValueError(field, message,
    reason) when malformed, reversed or starting after ``today``: the reason (``format``,
    ``both``, ``missing``, ``reversed``, ``year``, ``too_early``, ``future``, ``too_long``) is
    what the console says in the member's language."""
    if start is not None or end is not None:
        if period is not None:
            raise ValueError("period", "give a period or dates (from, to), not both", "both")
        if start is None or end is None:
            raise ValueError(
                "from" if start is None else "to", "give both dates, from and to", "missing"
            )
        if end < start:
            raise ValueError("to", "the last day is before the first", "reversed")
        label, first, last = f"{start.isoformat()}/{end.isoformat()}", start, end
    else:
        match = _PERIOD.match(period or "")
        if match is None:
            raise ValueError(
                "period",
                "period must be a year (2026), a month (2026-07) or a quarter (2026-Q3)",
                "format",
            )
        year = int(match[1])
        if year < FIRST_DAY.year or year > 2199:
            raise ValueError("period", f"the year must be from {FIRST_DAY.year} to 2199", "year")
        if match[2]:
            month = int(match[2])
            if not 1 <= month <= 12:
                raise ValueError("period", "the month must be 01 to 12", "format")
            first = date(year, month, 1)
            last = _month_end(first, 1)
        elif match[3]:
            first = date(year, 3 * int(match[3]) - 2, 1)
            last = _month_end(first, 3)
        else:
            first, last = date(year, 1, 1), date(year, 12, 31)
        label = period or ""
    if first < FIRST_DAY:
        raise ValueError("from", f"dates start on {FIRST_DAY}", "too_early")
    if first > today:
        raise ValueError("period" if period else "from", "the period has not started yet", "future")
    if (last - first).days + 1 > MAX_LABEL_DAYS:
        raise ValueError("to", f"a report covers at most {MAX_LABEL_DAYS} days", "too_long")
    return label, first, last


def _month_end(first: date, months: int) -> date:
    month = first.month - 1 + months
    return date(first.year + month // 12, month % 12 + 1, 1) - timedelta(days=1)


# --- the report's figures -------------------------------------------------------------------


@dataclass(frozen=True)
class Distinct:
    """How many distinct visitors a group holds (``len()``, as of the keys it counts)."""

    count: int = 0

    def __len__(self) -> int:
        return self.count


@dataclass
class Usage:
    """Sessions, seconds (free access, training) and distinct visitors of one group."""

    sessions: int = 0
    free_seconds: int = 0
    training_seconds: int = 0
    new_visitors: int = 0
    visitors: Distinct = field(default_factory=Distinct)
    participants: int = 0  # anonymous workshop participants (breakdowns only)

    def add(self, row: dict[str, Any]) -> None:
        self.sessions += row["n"]
        if row["purpose"] == "training":
            self.training_seconds += row["used"]
        else:
            self.free_seconds += row["used"]
        self.new_visitors += row["firsts"]


@dataclass
class SiteFigures:
    name: str
    computers: int
    accompanied: bool
    open_seconds: float = 0.0
    workshop_seconds: float = 0.0
    occupied_seconds: float = 0.0
    offered_seconds: float = 0.0
    usage: Usage = field(default_factory=Usage)


@dataclass
class AnimateurFigures:
    workshops: set[int] = field(default_factory=set)
    dates: int = 0
    seconds: float = 0.0
    participants: int = 0


@dataclass
class LabelReport:
    """Every figure of one report; :mod:`admin.reports.label_files` writes it as PDF, CSV, XLSX."""

    period: str
    first: date
    last: date
    timezone: str
    site: str | None  # None: the network
    generated_at: str
    sites: list[SiteFigures]
    total: Usage
    breakdowns: dict[str, dict[str, Usage]]
    animateurs: dict[str, AnimateurFigures]
    occupied: list[float]  # per weekday * 24 + hour, seconds
    capacity: list[float]
    workshop_dates: int
    participants: int
    anonymous_participants: int
    #: sessions without a visitor or a key: in sessions and hours, not in visitors
    sessions_without_visitor: int

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def weeks(self) -> float:
        return self.days / 7

    @property
    def empty(self) -> bool:
        return self.total.sessions == 0 and self.workshop_dates == 0 and self.participants == 0


#: Usage per (site, purpose, snapshot) and distinct visitors per group, of the ended sessions
#: of whole calendar months from their rollup (m034: ``label_rollup``, ``label_visitors``), of
#: the other days of the period, and of the sites whose rollup is stale, from the sessions;
#: plus the sessions not ended yet of those months. "who": the visitor's key (m030), else
#: their id, else 0 (nobody: a session and its hours, not a visitor).
_WHO = "COALESCE(-s.visitor_key, s.visitor_id, 0)"
_SNAPSHOT = "gender, age_band, status, commune, category"
_SESSIONS_SQL = """SELECT st.site_id AS site, {who} AS who, s.purpose, s.gender, s.age_band,
       s.status, s.commune, s.category, 1 AS n, s.used_seconds AS used, s.first_visit AS firsts
FROM sessions s {index} JOIN stations st ON st.id = s.station_id
WHERE s.started_at >= ? AND s.started_at < ? AND st.site_id IN ({marks}){more}"""
_SUMS_SQL = """WITH u AS MATERIALIZED ({parts})
SELECT 'total' AS dimension, NULL AS value, purpose, SUM(n) AS n, SUM(used) AS used,
       SUM(firsts) AS firsts, SUM(nobody) AS nobody FROM u WHERE dimension = '' GROUP BY 3
UNION ALL SELECT 'site', site, purpose, SUM(n), SUM(used), SUM(firsts), 0 FROM u
    WHERE dimension = '' GROUP BY 2, 3
UNION ALL SELECT dimension, value, purpose, SUM(n), SUM(used), SUM(firsts), 0 FROM u
    WHERE dimension <> '' GROUP BY 1, 2, 3"""
_ROLLUP_SUMS = """SELECT site_id AS site, purpose, dimension, value, sessions AS n,
       seconds AS used, firsts, nobody FROM label_rollup
WHERE period IN ({periods}) AND site_id IN ({marks})"""
#: A session's rows for the sums: its site's (dimension "") and one per breakdown.
_EXPLODED = """SELECT site, purpose, d.name AS dimension,
       CASE d.name {cases} ELSE '' END AS value, n, used, firsts, (who = 0) AS nobody
FROM ({sql}) CROSS JOIN (SELECT '' AS name {names}) d""".format(
    cases=" ".join(f"WHEN '{d}' THEN {d}" for d in DIMENSIONS),
    names=" ".join(f"UNION ALL SELECT '{d}'" for d in DIMENSIONS),
    sql="{sql}",
)
_VISITORS_SQL = """WITH v AS MATERIALIZED ({parts}),
n AS MATERIALIZED (SELECT DISTINCT who, {snapshot} FROM v)
SELECT 'total' AS dimension, NULL AS value, COUNT(DISTINCT who) AS n FROM n
UNION ALL SELECT 'site', site, COUNT(DISTINCT who) FROM v GROUP BY 2
{dimensions}"""
_ROLLUP_VISITORS = """SELECT site_id AS site, who, {snapshot} FROM label_visitors
WHERE period IN ({periods}) AND site_id IN ({marks})"""


@dataclass
class _Parts:
    """The sources of a report's usage: rollup periods per set of sites, session windows."""

    rollup: list[tuple[list[str], list[int]]] = field(default_factory=list)
    #: (from, to, sites, only the active sessions)
    windows: list[tuple[str, str, list[int], bool]] = field(default_factory=list)

    def sessions(self, visitors: bool) -> tuple[list[str], list[Any]]:
        sqls, params = [], []
        for lo, hi, sites, active in self.windows:
            sql = _SESSIONS_SQL.format(
                who=_WHO,
                index=f"INDEXED BY sessions_{'station_active' if active else 'report'}",
                marks=", ".join("?" for _ in sites),
                more=" AND s.state = 'active'" if active else "",
            )
            if visitors:
                sql = f"SELECT site, who, {_SNAPSHOT} FROM ({sql}) WHERE who <> 0"
            else:
                sql = _EXPLODED.format(sql=sql)
            sqls.append(sql)
            params += [lo, hi, *sites]
        return sqls, params

    def query(self, template: str, rollup: str, visitors: bool) -> tuple[str, list[Any]]:
        sqls, params = [], []
        for periods, sites in self.rollup:
            sqls.append(
                rollup.format(
                    snapshot=_SNAPSHOT,
                    periods=", ".join("?" for _ in periods),
                    marks=", ".join("?" for _ in sites),
                )
            )
            params += [*periods, *sites]
        more, more_params = self.sessions(visitors)
        parts = " UNION ALL ".join(sqls + more) or (
            "SELECT NULL AS site, NULL AS who, NULL AS purpose, '' AS dimension, '' AS value,"
            f" {_SNAPSHOT}, 0 AS n, 0 AS used, 0 AS firsts, 0 AS nobody FROM label_visitors"
            " WHERE false"
        )
        dimensions = "\n".join(
            f"UNION ALL SELECT '{d}', {d}, COUNT(DISTINCT who) FROM n GROUP BY 2"
            for d in DIMENSIONS
        )
        sql = template.format(parts=parts, snapshot=_SNAPSHOT, dimensions=dimensions)
        return sql, params + more_params


def _whole_months(first: date, last: date) -> tuple[date, date, list[str]] | None:
    """The calendar months wholly in [first, last]: their first and last days and rollup
    periods ("YYYY" for a whole year, "YYYY-MM" for the other months); None if none."""
    start = first if first.day == 1 else _month_end(first, 1) + timedelta(days=1)
    end = _month_end(last.replace(day=1), 1)
    end = last if end == last else last.replace(day=1) - timedelta(days=1)
    if end < start:
        return None
    periods: list[str] = []
    month = start
    while month <= end:
        if month.month == 1 and date(month.year, 12, 31) <= end:
            periods.append(f"{month.year:04d}")
            month = date(month.year + 1, 1, 1)
        else:
            periods.append(f"{month.year:04d}-{month.month:02d}")
            month = _month_end(month, 1) + timedelta(days=1)
    return start, end, periods


def _parts(db: Database, zones: list[Zone], first: date, last: date) -> _Parts:
    stale = {row[0] for row in db.execute("SELECT site_id FROM label_rollup_stale")}
    parts = _Parts()
    months = _whole_months(first, last)
    for zone in zones:
        lo, hi = epoch_iso(zone.lo), epoch_iso(zone.hi)
        fresh = [site for site in zone.sites if site not in stale]
        if len(fresh) < len(zone.sites):
            parts.windows.append((lo, hi, [s for s in zone.sites if s in stale], False))
        if not fresh:
            continue
        if months is None:
            parts.windows.append((lo, hi, fresh, False))
            continue
        start, end, periods = months
        a = epoch_iso(local_midnight(start, zone.zone))
        b = epoch_iso(local_midnight(end + timedelta(days=1), zone.zone))
        parts.rollup.append((periods, fresh))
        parts.windows.append((a, b, fresh, True))
        for x, y in ((lo, a), (b, hi)):
            if x < y:
                parts.windows.append((x, y, fresh, False))
    return parts


class LabelReports:
    """Builds :class:`LabelReport`\\ s for staff (their sites), admins and the CLI (all)."""

    def __init__(self, store: Store, clock: Clock = utc_now) -> None:
        self._store = store
        self._clock = clock

    def report(
        self,
        member: StaffMember | None,
        period: str | None = None,
        *,
        site: int | str | None = None,
        start: date | None = None,
        end: date | None = None,
    ) -> LabelReport:
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
    ) -> LabelReport:
        sites = _sites_in_scope(db, member, site)
        timezone = sites[0]["timezone"] if sites else DEFAULT_TIMEZONE
        today = now.astimezone(ZoneInfo(timezone)).date()
        try:
            label, first, last = resolve_label_period(period, start, end, today)
        except ValueError as exc:
            where, message, reason = exc.args
            details = {"field": where, "reason": reason}
            raise Refused(ErrorCode.INVALID_REQUEST, message, details) from None
        figures: dict[int, SiteFigures] = {}
        total = Usage()
        breakdowns: dict[str, dict[str, Usage]] = {d: defaultdict(Usage) for d in DIMENSIONS}
        occupied = [0.0] * CELLS
        capacity = [0.0] * CELLS
        without = 0
        zones = zones_of(sites, first, last)
        for zone in zones:
            for row in _site_rows(db, zone.sites):
                figures[row["id"]] = SiteFigures(
                    name=row["name"],
                    computers=row["computers"],
                    accompanied=bool(row["hours_accompanied"]),
                )
        parts = _parts(db, zones, first, last)
        for row in db.query(*parts.query(_SUMS_SQL, _ROLLUP_SUMS, visitors=False)):
            if row["dimension"] == "total":
                total.add(row)
                without += row["nobody"]
            elif row["dimension"] == "site":
                figures[row["value"]].usage.add(row)
            else:
                breakdowns[row["dimension"]][row["value"] or ""].add(row)
        for row in db.query(*parts.query(_VISITORS_SQL, _ROLLUP_VISITORS, visitors=True)):
            distinct = Distinct(row["n"])
            if row["dimension"] == "total":
                total.visitors = distinct
            elif row["dimension"] == "site":
                figures[row["value"]].usage.visitors = distinct
            else:
                breakdowns[row["dimension"]][row["value"] or ""].visitors = distinct
        for zone in zones:
            for site_id in zone.sites:
                one = Zone(zone.zone, [site_id], zone.lo, zone.hi)
                site_occupied, site_capacity = [0.0] * CELLS, [0.0] * CELLS
                add_occupancy(db, one, now, site_occupied, site_capacity)
                figures[site_id].occupied_seconds = sum(site_occupied)
                figures[site_id].offered_seconds = sum(site_capacity)
                occupied = [a + b for a, b in zip(occupied, site_occupied, strict=True)]
                capacity = [a + b for a, b in zip(capacity, site_capacity, strict=True)]
                figures[site_id].open_seconds = sum(
                    b - a for a, b in _clipped(_opening_spans(load_schedule(db, site_id), one), one)
                )
        animateurs: dict[str, AnimateurFigures] = defaultdict(AnimateurFigures)
        dates, participants, anonymous = _workshops(db, zones, figures, animateurs, breakdowns)
        return LabelReport(
            period=label,
            first=first,
            last=last,
            timezone=timezone,
            site=sites[0]["name"] if site is not None else None,
            generated_at=to_iso(now),
            sites=[figures[row["id"]] for row in sites],
            total=total,
            breakdowns={d: dict(rows) for d, rows in breakdowns.items()},
            animateurs=dict(animateurs),
            occupied=occupied,
            capacity=capacity,
            workshop_dates=dates,
            participants=participants,
            anonymous_participants=anonymous,
            sessions_without_visitor=without,
        )


def _site_rows(db: Database, site_ids: list[int]) -> Iterable[dict[str, Any]]:
    marks = ", ".join("?" for _ in site_ids)
    return db.query(
        "SELECT si.id, si.name, si.hours_accompanied,"
        " (SELECT COUNT(*) FROM stations st WHERE st.site_id = si.id AND st.enabled = 1)"
        f" AS computers FROM sites si WHERE si.id IN ({marks})",
        site_ids,
    )


def _clipped(spans: Iterable[tuple[float, float]], zone: Zone) -> Iterable[tuple[float, float]]:
    for a, b in spans:
        a, b = max(a, zone.lo), min(b, zone.hi)
        if b > a:
            yield a, b


def _workshops(
    db: Database,
    zones: list[Zone],
    figures: dict[int, SiteFigures],
    animateurs: dict[str, AnimateurFigures],
    breakdowns: dict[str, dict[str, Usage]],
) -> tuple[int, int, int]:
    """The workshops' dates in the period (hours, per site and animateur) and their
    participants: each registration (not cancelled, not waitlisted) of a workshop with a date
    in the period counts once; anonymous ones add the fields they gave to the breakdowns."""
    dates = participants = anonymous = 0
    for zone in zones:
        marks = ", ".join("?" for _ in zone.sites)
        rows = db.query(
            "SELECT d.id, d.workshop_id, d.starts_at, d.ends_at, w.site_id, w.registration,"
            " sf.username AS animateur FROM workshop_dates d"
            " JOIN workshops w ON w.id = d.workshop_id JOIN staff sf ON sf.id = w.animateur_id"
            f" WHERE w.site_id IN ({marks}) AND d.state = 'planned' AND w.state = 'planned'"
            " AND d.starts_at < ? AND d.ends_at > ?",
            [*zone.sites, epoch_iso(zone.hi), epoch_iso(zone.lo)],
        )
        held: dict[int, list[int | None]] = defaultdict(list)
        for row in rows:
            a = max(from_iso(row["starts_at"]).timestamp(), zone.lo)
            b = min(from_iso(row["ends_at"]).timestamp(), zone.hi)
            if b <= a:
                continue
            dates += 1
            figures[row["site_id"]].workshop_seconds += b - a
            person = animateurs[row["animateur"]]
            person.workshops.add(row["workshop_id"])
            person.dates += 1
            person.seconds += b - a
            held[row["workshop_id"]].append(None if row["registration"] == "series" else row["id"])
        for workshop_id, date_ids in held.items():
            scope = (
                "date_id IS NULL"
                if None in date_ids
                else "date_id IN ({})".format(
                    ", ".join(str(int(d)) for d in date_ids if d is not None)
                )
            )
            registrations = list(
                db.query(
                    "SELECT r.visitor_id, r.gender, r.age_band, r.status, r.commune,"
                    " sf.username AS animateur FROM workshop_registrations r"
                    " JOIN workshops w ON w.id = r.workshop_id JOIN staff sf ON sf.id ="
                    f" w.animateur_id WHERE r.workshop_id = ? AND r.state = 'registered'"
                    f" AND {scope}",
                    [workshop_id],
                )
            )
            for registration in registrations:
                participants += 1
                animateurs[registration["animateur"]].participants += 1
                if registration["visitor_id"] is None:
                    anonymous += 1
                    for dimension in ("gender", "age_band", "status", "commune"):
                        breakdowns[dimension][registration[dimension] or ""].participants += 1
    return dates, participants, anonymous


def ordered_keys(dimension: str, keys: Iterable[str]) -> list[str]:
    """A breakdown's values in the report's order: the funders' lists as listed, others by
    name, "not given" last."""
    known: tuple[str, ...] = {
        "gender": GENDER_ORDER,
        "age_band": AGE_BANDS,
        "status": STATUSES,
    }.get(dimension, ())
    present = set(keys)
    first = [k for k in known if k in present]
    rest = sorted(k for k in present if k not in known and k)
    return first + rest + ([""] if "" in present else [])
