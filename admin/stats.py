"""Usage statistics of a period: sessions, time used, unique visitors, occupancy by hour.

Read only. A period is a run of local calendar days of the site: today, this week (Monday
first), this month, or explicit first and last dates. Two kinds of figures:

- **usage** (sessions, seconds used, unique visitors, by site, category and age band) counts
  the sessions that *started* in the period; a session's whole usage counts on its start day,
  as in the ledger (:mod:`admin.ledger`). An active session counts its estimated use so far
  (:func:`admin.policy.estimate_used`).
- **occupancy** (by hour, weekday × hour heat map) is station time in use: each session's
  span, ``started_at`` → ``ended_at`` (an active one: now), is split over the local hours it
  covered and clipped to the period, so a session that began the evening before still fills
  the first hours of the period. ``capacity`` is the station time each cell offered so far:
  the site's stations over its opening hours (:mod:`admin.hours`; none set: around the
  clock) up to now.

Local hours come from the zone's UTC offsets over the period (:class:`LocalHours`): on the day
the clocks go back the repeated hour fills its cell twice, on the day they go forward the
skipped hour stays empty. With no site given, each site's days are its own timezone's; the
dates of the report are those of the first site's zone (one zone per city in practice).

Errors are those of :mod:`admin.errors`: ``Refused(INVALID_REQUEST)`` for a bad period,
``FORBIDDEN`` for another member's site, ``NOT_FOUND`` for no such site.
"""

from __future__ import annotations

import csv
import io
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlite_utils import Database

from admin import policy
from admin.errors import Refused
from admin.hours import Schedule
from admin.sites import load_schedule
from admin.store import Store
from admin.timeutil import Clock, from_iso, to_iso, utc_now
from kiosk.protocol import MAX_STATS_DAYS, ErrorCode, StatsBreakdown, StatsPeriod, StatsReport

if TYPE_CHECKING:
    from admin.staff_service import StaffMember

HOUR = 3600
DAY = 24 * HOUR
CELLS = 7 * 24
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
#: How far before the period a session may have started and still occupy its first hours.
SPAN_LOOKBACK = timedelta(days=1)
#: 1970-01-01, day 0 of the epoch, was a Thursday.
_EPOCH_WEEKDAY = 3
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


def local_midnight(day: date, zone: ZoneInfo) -> float:
    """The UTC epoch seconds of a local day's start (resolved through the zone: DST-safe)."""
    return datetime(day.year, day.month, day.day, tzinfo=zone).timestamp()


# --- local hours ----------------------------------------------------------------------------


class LocalHours:
    """Splits UTC spans over the local (weekday, hour) cells of one zone, within a window.

    The window's UTC offsets are found once (sampled hourly, each change pinned to the second);
    within a stretch of constant offset a local hour is plain arithmetic, which keeps the
    monthly report fast.
    """

    def __init__(self, zone: ZoneInfo, lo: float, hi: float) -> None:
        self.lo = lo
        self.hi = hi
        self._starts, self._offsets = _offset_stretches(zone, int(lo), int(hi) + 1)

    @property
    def offsets(self) -> list[int]:
        """The UTC offsets (seconds) the zone has within the window."""
        return self._offsets

    def cell(self, t: float) -> int:
        """The index ``weekday * 24 + hour`` of the local hour holding the instant ``t``."""
        offset = self._offsets[bisect_right(self._starts, t) - 1]
        day, hour = divmod(int((t + offset) // HOUR), 24)
        return (day + _EPOCH_WEEKDAY) % 7 * 24 + hour

    def split(self, a: float, b: float, cells: list[float]) -> None:
        """Add the seconds of ``[a, b)`` (epoch) to ``cells[weekday * 24 + hour]``."""
        t, stop = max(a, self.lo), min(b, self.hi)
        starts, offsets = self._starts, self._offsets
        i = bisect_right(starts, t) - 1
        while t < stop:
            offset = offsets[i]
            stretch_end = starts[i + 1] if i + 1 < len(starts) else stop
            end = min(stop, stretch_end)
            while t < end:
                hour_index = int((t + offset) // HOUR)
                following = min(end, (hour_index + 1) * HOUR - offset)
                day, hour = divmod(hour_index, 24)
                cells[(day + _EPOCH_WEEKDAY) % 7 * 24 + hour] += following - t
                t = following
            i += 1


def _offset(zone: ZoneInfo, t: int) -> int:
    delta = datetime.fromtimestamp(t, zone).utcoffset()
    return int(delta.total_seconds()) if delta is not None else 0


def _offset_stretches(zone: ZoneInfo, lo: int, hi: int) -> tuple[list[int], list[int]]:
    """Where the zone's offset changes in ``[lo, hi)``: sorted starts and their offsets."""
    starts, offsets = [lo], [_offset(zone, lo)]
    previous = lo
    for t in range(lo + HOUR, hi + HOUR, HOUR):
        t = min(t, hi)
        current = _offset(zone, t)
        if current != offsets[-1]:
            low, high = previous, t  # offset(low) is the old one, offset(high) the new
            while high - low > 1:
                middle = (low + high) // 2
                if _offset(zone, middle) == offsets[-1]:
                    low = middle
                else:
                    high = middle
            starts.append(high)
            offsets.append(current)
        previous = t
    return starts, offsets


# --- the report -----------------------------------------------------------------------------

#: Usage of the sessions that started in the period, every grouping in one statement: the
#: sessions are summed per visitor and site (``w``: its rows count a site's distinct visitors),
#: then per visitor (``y``, with the visitor's category and age band: its rows count the
#: distinct visitors of a category, a band, the total). No COUNT(DISTINCT), and one lookup of
#: a visitor's row per visitor, not per session: the monthly report stays fast.
_USAGE_SQL = """
WITH w AS MATERIALIZED (
    SELECT s.visitor_id AS visitor, st.site_id AS site, COUNT(*) AS n, SUM(s.used_seconds) AS used
    FROM sessions s JOIN stations st ON st.id = s.station_id
    WHERE s.started_at >= ? AND s.started_at < ? AND ({inside})
    GROUP BY 1, 2),
y AS MATERIALIZED (
    SELECT w.visitor, SUM(w.n) AS n, SUM(w.used) AS used, v.category AS category,
           v.age_band AS band
    FROM w JOIN visitors v ON v.id = w.visitor GROUP BY w.visitor)
SELECT 'total', NULL, COALESCE(SUM(n), 0), COALESCE(SUM(used), 0), COUNT(*) FROM y
UNION ALL SELECT 'site', site, SUM(n), SUM(used), COUNT(*) FROM w GROUP BY 2
UNION ALL SELECT 'category', category, SUM(n), SUM(used), COUNT(*) FROM y GROUP BY 2
UNION ALL SELECT 'age_band', band, SUM(n), SUM(used), COUNT(*) FROM y GROUP BY 2
"""

#: Occupancy of the ended sessions of one zone's sites, as two small tables: how many of the
#: spans (clipped to the window) start in each slot, and how far into it, and the same for
#: their ends; :func:`_sweep` turns them into the seconds in use in each slot. Slots are local
#: hours (see :func:`_slot`). ``start_epoch`` and ``end_epoch`` are ``unixepoch`` of
#: ``started_at`` and ``ended_at`` (to the second), kept by triggers (migration m011); the index
#: ``sessions_report`` holds every column read here, and the empty spans are dropped before
#: the spans are stored for their two groupings.
_OCCUPANCY_SQL = """
WITH spans(a, b) AS MATERIALIZED (
    SELECT a + :shift, b + :shift FROM (
        SELECT MAX(s.start_epoch, :lo) AS a,
               MIN(COALESCE(s.end_epoch, s.start_epoch + s.used_seconds), :hi) AS b
        FROM sessions s
        WHERE s.state = 'ended' AND s.started_at >= :since AND s.started_at < :until
          AND s.station_id IN (SELECT id FROM stations WHERE site_id IN ({marks})))
    WHERE b > a)
SELECT 0, a / :slot, COUNT(*), SUM(a % :slot) FROM spans GROUP BY 2
UNION ALL
SELECT 1, b / :slot, COUNT(*), SUM(b % :slot) FROM spans GROUP BY 2
"""

_ACTIVE_SQL = (
    "SELECT s.*, st.site_id, v.category, v.age_band FROM sessions s"
    " JOIN stations st ON st.id = s.station_id JOIN visitors v ON v.id = s.visitor_id"
    " WHERE s.state = 'active' AND st.site_id IN ({marks})"
)


@dataclass
class _Zone:
    """The sites of one timezone and the period's window there (UTC epoch seconds)."""

    zone: ZoneInfo
    sites: list[int]
    lo: float
    hi: float

    @property
    def marks(self) -> str:
        return ", ".join("?" for _ in self.sites)


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
        zones: dict[str, _Zone] = {}
        for row in sites:
            if row["timezone"] not in zones:
                zone = ZoneInfo(row["timezone"])
                lo = local_midnight(first, zone)
                hi = local_midnight(last + timedelta(days=1), zone)
                zones[row["timezone"]] = _Zone(zone, [], lo, hi)
            zones[row["timezone"]].sites.append(row["id"])
        totals = _Totals()
        if zones:
            _add_usage(db, totals, list(zones.values()), now)
        for window in zones.values():
            _add_occupancy(db, totals, window, now)
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


def _add_usage(db: Database, totals: _Totals, zones: list[_Zone], now: datetime) -> None:
    """Sessions, seconds and distinct visitors of the sessions started in each zone's window;
    an active session's seconds are estimated up to now (:func:`admin.policy.estimate_used`)."""
    inside, params = [], []
    for zone in zones:
        inside.append(f"(st.site_id IN ({zone.marks}) AND s.started_at >= ? AND s.started_at < ?)")
        params += [*zone.sites, _iso(zone.lo), _iso(zone.hi)]
    bounds = [_iso(min(z.lo for z in zones)), _iso(max(z.hi for z in zones))]
    sql = _USAGE_SQL.format(inside=" OR ".join(inside))
    for section, key, sessions, seconds, visitors in db.execute(sql, [*bounds, *params]):
        totals.usage[(section, key)] = [sessions, seconds, visitors]
    for zone in zones:
        for row in db.query(_ACTIVE_SQL.format(marks=zone.marks), zone.sites):
            if not _iso(zone.lo) <= row["started_at"] < _iso(zone.hi):
                continue
            more = policy.estimate_used(row, now) - int(row["used_seconds"])
            keys = [
                ("total", None),
                ("site", row["site_id"]),
                ("category", row["category"]),
                ("age_band", row["age_band"]),
            ]
            for key in keys:
                totals.usage[key][1] += more


def _add_occupancy(db: Database, totals: _Totals, zone: _Zone, now: datetime) -> None:
    """Station time in use and offered, by local (weekday, hour), in one zone's window."""
    now_epoch = now.timestamp()
    hours = LocalHours(zone.zone, zone.lo, zone.hi)
    slot, shift = _slot(hours)
    lookback = datetime.fromtimestamp(zone.lo, UTC) - SPAN_LOOKBACK
    sql = _OCCUPANCY_SQL.replace("{marks}", ", ".join(f":s{i}" for i in range(len(zone.sites))))
    params: dict[str, Any] = {f"s{i}": site for i, site in enumerate(zone.sites)}
    params.update(
        lo=int(zone.lo),
        hi=int(zone.hi),
        since=to_iso(lookback),
        until=_iso(zone.hi),
        slot=slot,
        shift=shift,
    )
    for k, seconds in _sweep(db.execute(sql, params).fetchall(), slot):
        totals.occupied[hours.cell(k * slot - shift)] += seconds
    for row in db.query(_ACTIVE_SQL.format(marks=zone.marks), zone.sites):
        begin = from_iso(row["started_at"]).timestamp()
        since = from_iso(row["reported_at"] or row["started_at"]).timestamp()
        # never past its time: a silent station's session is not in use until now
        hours.split(begin, min(now_epoch, since + row["remaining_seconds"]), totals.occupied)
    counts = dict(
        db.execute(
            f"SELECT site_id, COUNT(*) FROM stations WHERE site_id IN ({zone.marks})"
            " GROUP BY site_id",
            zone.sites,
        ).fetchall()
    )
    until = min(zone.hi, now_epoch)
    for site_id in zone.sites:
        offered = [0.0] * CELLS
        for opens, closes in _opening_spans(load_schedule(db, site_id), zone):
            hours.split(opens, min(closes, until), offered)
        stations = counts.get(site_id, 0)
        for i, open_seconds in enumerate(offered):
            totals.capacity[i] += open_seconds * stations
        totals.stations += stations


def _opening_spans(schedule: Schedule, zone: _Zone) -> Iterator[tuple[float, float]]:
    """The site's opening hours within the window, as epoch spans (a schedule without weekly
    hours is open around the clock, but not on its closed dates)."""
    day = datetime.fromtimestamp(zone.lo, zone.zone).date()
    while local_midnight(day, zone.zone) < zone.hi:
        for interval in schedule.intervals_on(day):
            yield _wall(day, interval.opens, zone.zone), _wall(day, interval.closes, zone.zone)
        day += timedelta(days=1)


def _wall(day: date, minutes: int, zone: ZoneInfo) -> float:
    """The epoch of a local wall time (24:00: the next midnight; a time skipped by the clock
    change: the same minutes after it)."""
    if minutes >= 24 * 60:
        return local_midnight(day + timedelta(days=1), zone)
    return datetime(
        day.year, day.month, day.day, minutes // 60, minutes % 60, tzinfo=zone
    ).timestamp()


def _sweep(edges: list[tuple[int, int, int, int]], slot: int) -> Iterator[tuple[int, int]]:
    """Seconds in use per slot from ``(is_end, slot, count, seconds into the slot)`` rows.

    A slot holds the spans running through it whole, plus the rest of the slot for each span
    starting in it, minus the rest of the slot for each span ending in it.
    """
    starts: dict[int, tuple[int, int]] = {}
    ends: dict[int, tuple[int, int]] = {}
    for is_end, k, count, into in edges:
        (ends if is_end else starts)[k] = (count, into)
    if not starts:
        return
    running = 0
    for k in range(min(starts), max(ends) + 1):
        began, began_into = starts.get(k, (0, 0))
        ended, ended_into = ends.get(k, (0, 0))
        seconds = running * slot + (began * slot - began_into) - (ended * slot - ended_into)
        running += began - ended
        if seconds:
            yield k, seconds


def _slot(hours: LocalHours) -> tuple[int, int]:
    """Slot length and shift such that every slot ``[k*slot - shift, (k+1)*slot - shift)``
    lies within one local hour of the window: hours when the offsets agree modulo an hour
    (every zone with whole-hour offsets, or a constant half hour), else quarter hours, else
    minutes."""
    for slot in (HOUR, 900, 60):
        remainders = {offset % slot for offset in hours.offsets}
        if len(remainders) == 1:
            return slot, remainders.pop()
    return 1, 0


def _iso(epoch: float) -> str:
    return to_iso(datetime.fromtimestamp(epoch, UTC))


# --- CSV ------------------------------------------------------------------------------------

CSV_COLUMNS = (
    "period",
    "start",
    "end",
    "site",
    "section",
    "key",
    "sessions",
    "seconds",
    "hours",
    "visitors",
    "stations",
    "occupied_seconds",
    "capacity_seconds",
)


def to_csv(report: StatsReport, delimiter: str = ",") -> str:
    """Every figure of a report as CSV, one header row; sections: total, site, category,
    age_band (empty key: not given), hour (00-23), weekday_hour (mon-00 … sun-23)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    head = [report.period, report.start, report.end, report.site_name or ""]

    def usage(section: str, key: str, sessions: int, seconds: int, visitors: int) -> list[Any]:
        return [*head, section, key, sessions, seconds, f"{seconds / HOUR:.2f}", visitors]

    writer.writerow(
        [
            *usage("total", "", report.sessions, report.seconds_used, report.unique_visitors),
            report.stations,
            sum(report.by_hour),
            sum(map(sum, report.capacity)),
        ]
    )
    for section, rows in (
        ("site", report.by_site),
        ("category", report.by_category),
        ("age_band", report.by_age_band),
    ):
        for row in rows:
            writer.writerow(usage(section, row.key or "", row.sessions, row.seconds, row.visitors))
    blank = [""] * 5
    for hour in range(24):
        capacity = sum(report.capacity[d][hour] for d in range(7))
        writer.writerow([*head, "hour", f"{hour:02d}", *blank, report.by_hour[hour], capacity])
    for day, name in enumerate(WEEKDAYS):
        for hour in range(24):
            writer.writerow(
                [
                    *head,
                    "weekday_hour",
                    f"{name}-{hour:02d}",
                    *blank,
                    report.heat_map[day][hour],
                    report.capacity[day][hour],
                ]
            )
    return out.getvalue()
