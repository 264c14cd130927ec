"""Occupancy of the statistics (:mod:`admin.reports.stats`): station time in use and offered by local
(weekday, hour) cell.

Each session's span, ``started_at`` → ``ended_at`` (an active one: now), is split over the
local hours it covered and clipped to the period's window; ``capacity`` is the site's
stations over its opening hours (:mod:`admin.sites.hours`; none set: around the clock) up to now.
Local hours come from the zone's UTC offsets over the window (:class:`LocalHours`): on the day
the clocks go back the repeated hour fills its cell twice, on the day they go forward the
skipped hour stays empty.

Ended sessions are not read one by one: SQL counts, per slot (a local hour, see
:func:`slot_of`), the spans starting and ending in it and how far into it, and
:func:`_sweep` turns those into seconds in use.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlite_utils import Database

from admin.core.timeutil import from_iso, to_iso
from admin.sites.hours import Schedule
from admin.sites.settings import load_schedule

HOUR = 3600
DAY = 24 * HOUR
CELLS = 7 * 24
#: How far before the period a session may have started and still occupy its first hours.
SPAN_LOOKBACK = timedelta(days=1)
#: 1970-01-01, day 0 of the epoch, was a Thursday.
_EPOCH_WEEKDAY = 3


def local_midnight(day: date, zone: ZoneInfo) -> float:
    """The UTC epoch seconds of a local day's start (resolved through the zone: DST-safe)."""
    return datetime(day.year, day.month, day.day, tzinfo=zone).timestamp()


def epoch_iso(epoch: float) -> str:
    """An epoch as stored timestamps are written (:func:`admin.core.timeutil.to_iso`)."""
    return to_iso(datetime.fromtimestamp(epoch, UTC))


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


@dataclass
class Zone:
    """The sites of one timezone and the period's window there (UTC epoch seconds)."""

    zone: ZoneInfo
    sites: list[int]
    lo: float
    hi: float

    @property
    def marks(self) -> str:
        return ", ".join("?" for _ in self.sites)


ACTIVE_SQL = (
    "SELECT v.category, v.age_band, st.site_id, s.* FROM sessions s"
    " JOIN stations st ON st.id = s.station_id JOIN visitors v ON v.id = s.visitor_id"
    " WHERE s.state = 'active' AND st.site_id IN ({marks})"
)

# The spans of the ended sessions of one zone's sites that started from ``since`` (the
# lookback) to ``until``, clipped to the window [lo, hi): a = MAX(start, lo),
# b = MIN(end, hi), empty ones dropped. ``start_epoch`` and ``end_epoch`` are ``unixepoch`` of
# ``started_at`` and ``ended_at`` (migration m011). Both statements below count, for each slot
# ``n`` of the window (``[n * slot - shift, (n + 1) * slot - shift)``), the spans starting
# (ending) in it and the sum of how far into it, as ``count << 32 | seconds``: the seconds of
# a slot are under 2^12, so exact while under 2^20 spans start (end) in one slot. Each slot
# is a range of an index, read in its order: SQLite's GROUP BY would sort every span, twice.
_SLOTS = "WITH RECURSIVE k(n) AS (SELECT :first UNION ALL SELECT n + 1 FROM k WHERE n < :last)"
_ISO = "'%Y-%m-%dT%H:%M:%S.000000+00:00'"  # to_iso() of a whole second
_IN_ZONE = "s.station_id IN (SELECT id FROM stations WHERE site_id IN ({marks}))"

#: Starts, from the ``started_at`` order of ``sessions_report`` (m011); the first slot also
#: holds the spans that started in the lookback (clipped to ``lo``).
_STARTS_SQL = f"""{_SLOTS}
SELECT n, (
    SELECT (COUNT(*) << 32) + COALESCE(SUM(MAX(s.start_epoch, :lo) + :shift - n * :slot), 0)
    FROM sessions s INDEXED BY sessions_report
    WHERE s.started_at >= IIF(n = :first, :since, strftime({_ISO}, n * :slot - :shift, 'unixepoch'))
      AND s.started_at < strftime({_ISO}, (n + 1) * :slot - :shift, 'unixepoch')
      AND s.state = 'ended'
      AND MIN(COALESCE(s.end_epoch, s.start_epoch + s.used_seconds), :hi) > MAX(s.start_epoch, :lo)
      AND {_IN_ZONE})
FROM k"""

#: Ends within the window, from the ``end_epoch`` order of ``sessions_ends`` (m012); then the
#: few spans clipped at ``hi`` or without an end time (their end: start + used), grouped.
_ENDS_SQL = f"""{_SLOTS}
SELECT n, (
    SELECT (COUNT(*) << 32) + COALESCE(SUM(s.end_epoch + :shift - n * :slot), 0)
    FROM sessions s INDEXED BY sessions_ends
    WHERE s.state = 'ended'
      AND s.end_epoch >= n * :slot - :shift AND s.end_epoch < (n + 1) * :slot - :shift
      AND s.end_epoch > MAX(s.start_epoch, :lo)
      AND s.started_at >= :since AND s.started_at < :until
      AND {_IN_ZONE})
FROM k
UNION ALL
SELECT (b + :shift) / :slot, (COUNT(*) << 32) + SUM((b + :shift) % :slot) FROM (
    SELECT MIN(COALESCE(s.end_epoch, s.start_epoch + s.used_seconds), :hi) AS b,
           MAX(s.start_epoch, :lo) AS a
    FROM sessions s INDEXED BY sessions_ends
    WHERE s.state = 'ended' AND s.end_epoch IS NULL
      AND s.started_at >= :since AND s.started_at < :until AND {_IN_ZONE}
    UNION ALL
    SELECT :hi, MAX(s.start_epoch, :lo)
    FROM sessions s INDEXED BY sessions_ends
    WHERE s.state = 'ended' AND s.end_epoch >= :hi
      AND s.started_at >= :since AND s.started_at < :until AND {_IN_ZONE})
WHERE b > a GROUP BY 1"""

#: The same figures grouped (and sorted) by SQLite, in one pass: for a few sites of many, and
#: for zones whose offsets differ by other than quarter hours (slots of a minute or a second,
#: too many to read one by one).
_GROUPED_SQL = """
WITH spans(a, b) AS MATERIALIZED (
    SELECT a + :shift, b + :shift FROM (
        SELECT MAX(s.start_epoch, :lo) AS a,
               MIN(COALESCE(s.end_epoch, s.start_epoch + s.used_seconds), :hi) AS b
        FROM sessions s
        WHERE s.state = 'ended' AND s.started_at >= :since AND s.started_at < :until
          AND s.station_id IN (SELECT id FROM stations WHERE site_id IN ({marks})))
    WHERE b > a)
SELECT 0, a / :slot, (COUNT(*) << 32) + SUM(a % :slot) FROM spans GROUP BY 2
UNION ALL
SELECT 1, b / :slot, (COUNT(*) << 32) + SUM(b % :slot) FROM spans GROUP BY 2"""


def add_occupancy(
    db: Database, zone: Zone, now: datetime, occupied: list[float], capacity: list[float]
) -> int:
    """Add the station time in use and offered in one zone's window, by local (weekday, hour),
    to ``occupied`` and ``capacity``; the number of the zone's stations."""
    now_epoch = now.timestamp()
    hours = LocalHours(zone.zone, zone.lo, zone.hi)
    slot, shift = slot_of(hours)
    lookback = datetime.fromtimestamp(zone.lo, UTC) - SPAN_LOOKBACK
    marks = ", ".join(f":s{i}" for i in range(len(zone.sites)))
    params: dict[str, Any] = {f"s{i}": site for i, site in enumerate(zone.sites)}
    params.update(
        lo=int(zone.lo),
        hi=int(zone.hi),
        since=to_iso(lookback),
        until=epoch_iso(zone.hi),
        slot=slot,
        shift=shift,
        first=(int(zone.lo) + shift) // slot,
        last=(int(zone.hi) + shift) // slot - 1,
    )
    counts = dict(
        db.execute(
            f"SELECT site_id, COUNT(*) FROM stations WHERE site_id IN ({zone.marks})"
            " GROUP BY site_id",
            zone.sites,
        ).fetchall()
    )
    stations = sum(counts.values())
    everywhere = db.execute("SELECT COUNT(*) FROM stations").fetchone()[0]
    # hour slots on UTC hours: the hourly rollup (m021) has every slot's edges; else slot by
    # slot reads every site's spans twice, grouping sorts the zone's own: the first is
    # cheaper for the sites of most stations (every site of the city, the usual monthly report)
    if slot == HOUR and shift == 0:
        rows = _rolled_up(db, marks, params)
    elif slot >= 900 and 2 * stations >= everywhere:
        rows = [
            (is_end, k, packed)
            for is_end, sql in enumerate((_STARTS_SQL, _ENDS_SQL))
            for k, packed in db.execute(sql.replace("{marks}", marks), params).fetchall()
        ]
    else:
        rows = db.execute(_GROUPED_SQL.replace("{marks}", marks), params).fetchall()
    edges = [(is_end, k, *divmod(packed, 1 << 32)) for is_end, k, packed in rows if packed]
    for k, seconds in _sweep(edges, slot):
        occupied[hours.cell(k * slot - shift)] += seconds
    for row in db.query(ACTIVE_SQL.format(marks=zone.marks), zone.sites):
        begin = from_iso(row["started_at"]).timestamp()
        since = from_iso(row["reported_at"] or row["started_at"]).timestamp()
        # never past its time: a silent station's session is not in use until now
        hours.split(begin, min(now_epoch, since + row["remaining_seconds"]), occupied)
    until = min(zone.hi, now_epoch)
    for site_id in zone.sites:
        offered = [0.0] * CELLS
        for opens, closes in _opening_spans(load_schedule(db, site_id), zone):
            hours.split(opens, min(closes, until), offered)
        for i, open_seconds in enumerate(offered):
            capacity[i] += open_seconds * counts.get(site_id, 0)
    return stations


#: The edges of the ended sessions' spans per UTC hour (migration m021), summed over the
#: zone's sites, in the table's (hour, site) order; and the spans started before the window
#: and still running at its start (every earlier start less every earlier end).
_HOURS_SQL = """
SELECT hour, SUM(starts), SUM(starts_into), SUM(ends), SUM(ends_into) FROM occupancy_hours
WHERE hour >= :first AND hour <= :last AND site_id IN ({marks}) GROUP BY hour"""
_RUNNING_SQL = """
SELECT COALESCE(SUM(starts) - SUM(ends), 0) FROM occupancy_hours
WHERE hour < :first AND site_id IN ({marks})"""


def _rolled_up(db: Database, marks: str, params: dict[str, Any]) -> list[tuple[int, int, int]]:
    """Rows ``(is_end, slot, count << 32 | seconds into it)`` of the ended sessions' spans
    clipped to the window, from the hourly rollup: the spans running at its start start in its
    first slot, those running at its end end in the slot after its last."""
    running = db.execute(_RUNNING_SQL.format(marks=marks), params).fetchone()[0]
    rows = [(0, params["first"], running << 32)] if running else []
    for hour, starts, starts_into, ends, ends_into in db.execute(
        _HOURS_SQL.format(marks=marks), params
    ):
        rows += [(0, hour, (starts << 32) + starts_into), (1, hour, (ends << 32) + ends_into)]
        running += starts - ends
    if running:
        rows.append((1, params["last"] + 1, running << 32))
    return rows


def _opening_spans(schedule: Schedule, zone: Zone) -> Iterator[tuple[float, float]]:
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
    """Seconds in use per slot from ``(is_end, slot, count, seconds into the slot)`` rows
    (a slot may have several rows of each kind).

    A slot holds the spans running through it whole, plus the rest of the slot for each span
    starting in it, minus the rest of the slot for each span ending in it.
    """
    starts: dict[int, tuple[int, int]] = {}
    ends: dict[int, tuple[int, int]] = {}
    for is_end, k, count, into in edges:
        side = ends if is_end else starts
        before, before_into = side.get(k, (0, 0))
        side[k] = (before + count, before_into + into)
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


def slot_of(hours: LocalHours) -> tuple[int, int]:
    """Slot length and shift such that every slot ``[k*slot - shift, (k+1)*slot - shift)``
    lies within one local hour of the window: hours when the offsets agree modulo an hour
    (every zone with whole-hour offsets, or a constant half hour), else quarter hours, else
    minutes."""
    for slot in (HOUR, 900, 60):
        remainders = {offset % slot for offset in hours.offsets}
        if len(remainders) == 1:
            return slot, remainders.pop()
    return 1, 0
