"""The monthly statistics report over a year of sessions: p50 / p95 time of the query.

    .venv/bin/python bench/stats_query.py --sites 20 --stations 30 --days 365 --per-day 2.7

Seeds a database (schema by the real migrations; a temporary one, or ``--db PATH`` to keep it
and reuse it on the next run) with ``sites × stations`` stations and, for each open day (Monday
to Saturday) of the year before the benchmark's "now", about ``per-day`` sessions per station
between 09:00 and 18:00 Brussels time, of 10 to 120 minutes, by 20,000 visitors of every
category and age band, any of them at any site (``--regulars``: mostly the site's own, some
often) (the defaults: about 509,000 sessions). Then times
:meth:`admin.reports.stats.Stats.report` (what ``GET /api/v1/stats`` runs, without HTTP) for this month
of every site, this month of one site, this week of every site and this calendar year of every
site (a custom period: ``--days 302 --per-day 12.9`` puts 2,000,000 sessions in it). Prints
wall-clock and CPU times: on a shared machine the CPU time is the steadier figure.

``--against OLD/admin/reports/stats.py`` times another version of the module (and of the
``occupancy.py`` beside it) too, call by call in turn with this one in the same process (the machine's swings hit both alike), checks that both
give the same reports and prints the median of the per-pair CPU ratios."""

from __future__ import annotations

import argparse
import importlib.util
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from functools import partial
from pathlib import Path
from types import ModuleType
from zoneinfo import ZoneInfo

from admin.core.timeutil import to_iso
from admin.db.migrations import _OCCUPANCY_ROLLUP, _OCCUPANCY_SPANS, _USAGE_ROLLUP
from admin.db.store import Store
from admin.reports.stats import Stats

BRUSSELS = ZoneInfo("Europe/Brussels")
#: Late in the month, so "this month" holds nearly a full month of sessions.
NOW = datetime(2026, 10, 29, 16, 0, tzinfo=UTC)
CATEGORIES = ("adult", "youth", "senior", "jobseeker", "student", "pupil", "guest")
AGE_BANDS = ("0-11", "12-17", "18-24", "25-39", "40-59", "60-69", "70+", None)
VISITORS = 20_000
#: The reports timed: this month, this week, and this year so far (what the console asks for
#: as a custom period of the year's dates: the server has no "year" period).
REPORTS: tuple[tuple[str, dict[str, object]], ...] = (
    ("month, every site", {"period": "month"}),
    ("month, one site", {"period": "month", "site": 1}),
    ("week, every site", {"period": "week"}),
    (
        "year, every site",
        {"period": "custom", "start": date(2026, 1, 1), "end": date(2026, 12, 31)},
    ),
)


def seed(
    path: Path, sites: int, stations: int, days: int, per_day: float, regulars: bool = False
) -> int:
    rng = random.Random(2026)
    with Store(path) as store:
        now = to_iso(NOW)

        def setup(db: object) -> None:
            conn = store._db.conn  # the benchmark seeds in bulk, straight through sqlite3
            conn.executemany(
                "INSERT INTO sites (id, name, timezone, created_at) VALUES (?, ?, ?, ?)",
                [(s, f"EPN {s:02d}", "Europe/Brussels", now) for s in range(1, sites + 1)],
            )
            conn.executemany(
                "INSERT INTO stations (id, name, site_id, token_hash, created_at)"
                " VALUES (?, ?, ?, ?, ?)",
                [
                    (s * 1000 + n, f"S{s:02d}-{n:02d}", s, uuid.uuid4().hex, now)
                    for s in range(1, sites + 1)
                    for n in range(1, stations + 1)
                ],
            )
            conn.executemany(
                "INSERT INTO visitors (id, identifier, category, age_band, created_at)"
                " VALUES (?, ?, ?, ?, ?)",
                [
                    (v, f"{v:08d}", rng.choice(CATEGORIES), rng.choice(AGE_BANDS), now)
                    for v in range(1, VISITORS + 1)
                ],
            )

        store.write(setup)
        # the ledger's triggers keep daily totals the report does not read: off for the bulk
        # seeding of this throwaway database (the epoch triggers of m011 stay: it reads those)
        for trigger in ("sessions_ledger_insert", "sessions_ledger_update"):
            store._db.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        # the rollups of m021 and m022 are rebuilt in one statement at the end (its backfill, timed)
        rollup = list(
            store._db.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
                " AND (name LIKE 'sessions_rollup_%' OR name LIKE 'sessions_hours_%')"
            )
        )
        for name, _ in rollup:
            store._db.execute(f"DROP TRIGGER {name}")
        station_ids = [s * 1000 + n for s in range(1, sites + 1) for n in range(1, stations + 1)]
        today = NOW.astimezone(BRUSSELS).date()
        total = 0
        for offset in range(days, -1, -1):
            day = today - timedelta(days=offset)
            if day.weekday() == 6:
                continue
            rows = list(_day_sessions(rng, day, station_ids, per_day, regulars))
            total += len(rows)
            store.write(
                lambda db, rows=rows: store._db.conn.executemany(
                    "INSERT INTO sessions (id, station_id, visitor_id, state, started_at,"
                    " ended_at, granted_seconds, used_seconds, remaining_seconds, day)"
                    " VALUES (?, ?, ?, 'ended', ?, ?, ?, ?, 0, ?)",
                    rows,
                )
            )
        began = time.perf_counter()
        store.write(lambda db: db.execute(_USAGE_ROLLUP[-1]))
        store.write(lambda db: db.execute(_OCCUPANCY_SPANS + _OCCUPANCY_ROLLUP[-1]))
        for _, sql in rollup:
            store._db.execute(sql)
        print(f"rollups (m021, m022 backfills) built in {time.perf_counter() - began:.1f} s")
        store._db.execute("ANALYZE")
    return total


def _visitor(rng: random.Random, station: int, regulars: bool) -> int:
    """Anyone of the city (``regulars`` False), or mostly one of the site's own visitors, some
    of them much more often than others (a tenth of the sessions: anyone)."""
    if not regulars or rng.random() < 0.1:
        return rng.randrange(1, VISITORS + 1)
    site = station // 1000
    pool = VISITORS // 20  # each site's regulars: 1,000 of the 20,000 (20 sites)
    return (site - 1) % 20 * pool + min(int(rng.paretovariate(1.2)), pool)


def _day_sessions(
    rng: random.Random, day: date, station_ids: list[int], per_day: float, regulars: bool
) -> list[tuple[object, ...]]:
    opening = datetime(day.year, day.month, day.day, 9, tzinfo=BRUSSELS)
    rows = []
    for station in station_ids:
        count = int(per_day) + (rng.random() < per_day % 1)
        for _ in range(count):
            start = opening + timedelta(minutes=rng.randrange(0, 8 * 60))
            minutes = rng.randrange(10, 121)
            end = start + timedelta(minutes=minutes)
            used = minutes * 60 - rng.randrange(0, 120)
            rows.append(
                (
                    uuid.uuid4().hex,
                    station,
                    _visitor(rng, station, regulars),
                    to_iso(start),
                    to_iso(end),
                    minutes * 60,
                    used,
                    day.isoformat(),
                )
            )
    return rows


def timed(runs: int, call: Callable[[], object]) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU seconds of each run (CPU time: less noisy on a shared machine)."""
    wall, cpu = [], []
    for _ in range(runs):
        began, began_cpu = time.perf_counter(), time.process_time()
        call()
        wall.append(time.perf_counter() - began)
        cpu.append(time.process_time() - began_cpu)
    return wall, cpu


def percentiles(times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)]
    return f"p50 {statistics.median(ordered) * 1000:5.0f} ms  p95 {p95 * 1000:5.0f} ms"


def load_module(path: Path) -> ModuleType:
    """Another version of ``admin/reports/stats.py``, importing the rest of ``admin`` from this
    tree but for the ``occupancy.py`` beside it, if any."""
    beside = path.parent / "occupancy.py"
    occupancy = _load(beside, "occupancy_against") if beside.exists() else None
    ours = sys.modules["admin.reports.occupancy"]
    if occupancy is not None:
        sys.modules["admin.reports.occupancy"] = occupancy
    try:
        return _load(path, "stats_against")
    finally:
        sys.modules["admin.reports.occupancy"] = ours


def _load(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def paired(runs: int, calls: dict[str, Callable[[], object]]) -> dict[str, tuple[list[float], ...]]:
    """Wall-clock and CPU seconds of each call, the versions alternating (first one, then the
    other first)."""
    times: dict[str, tuple[list[float], ...]] = {name: ([], []) for name in calls}
    order = list(calls)
    for i in range(runs):
        for name in order if i % 2 == 0 else order[::-1]:
            wall, cpu = timed(1, calls[name])
            times[name][0].extend(wall)
            times[name][1].extend(cpu)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, default=20, help="sites")
    parser.add_argument("--stations", type=int, default=30, help="stations per site")
    parser.add_argument("--days", type=int, default=365, help="days of history")
    parser.add_argument("--per-day", type=float, default=2.7, help="sessions per station-day")
    parser.add_argument(
        "--regulars",
        action="store_true",
        help="visitors mostly of one site, some often (default: anyone, anywhere, at random)",
    )
    parser.add_argument("--runs", type=int, default=20, help="timed runs of each report")
    parser.add_argument(
        "--db", type=Path, help="keep the seeded database here, and reuse it if it exists"
    )
    parser.add_argument(
        "--against", type=Path, help="another admin/reports/stats.py to time in turn with this one"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "epn.db"
        if not path.exists():
            began = time.perf_counter()
            total = seed(path, args.sites, args.stations, args.days, args.per_day, args.regulars)
            print(f"seeded {total:,} sessions in {time.perf_counter() - began:.1f} s")
        with Store(path) as store:
            count = store.read(lambda db: db.execute("SELECT COUNT(*) FROM sessions").fetchone()[0])
            print(f"{count:,} sessions in the database")
            stats = Stats(store, lambda: NOW)
            if args.against:
                return compare(stats, load_module(args.against).Stats(store, lambda: NOW), args)
            month = stats.report(None, "month")
            print(
                f"this month, every site: {month.sessions:,} sessions,"
                f" {month.seconds_used / 3600:,.0f} h, {month.unique_visitors:,} visitors"
            )
            for label, kwargs in REPORTS:
                wall, cpu = timed(args.runs, partial(stats.report, None, **kwargs))
                print(f"{label:<20} wall {percentiles(wall)}   cpu {percentiles(cpu)}")
    return 0


def compare(stats: Stats, other: Stats, args: argparse.Namespace) -> int:
    for label, kwargs in REPORTS:
        if stats.report(None, **kwargs) != other.report(None, **kwargs):
            print(f"{label}: the two versions give different reports")
            return 1
        times = paired(
            args.runs,
            {
                "against": partial(other.report, None, **kwargs),
                "this": partial(stats.report, None, **kwargs),
            },
        )
        for name, (wall, cpu) in times.items():
            print(f"{label:<20} {name:<8} wall {percentiles(wall)}   cpu {percentiles(cpu)}")
        ratios = [new / old for new, old in zip(times["this"][1], times["against"][1], strict=True)]
        print(
            f"{label:<20} this / against, CPU of each pair: median {statistics.median(ratios):.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
