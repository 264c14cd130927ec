"""The monthly statistics report over a year of sessions: p50 / p95 time of the query.

    .venv/bin/python bench/stats_query.py --sites 20 --stations 30 --days 365 --per-day 2.7

Seeds a database (schema by the real migrations; a temporary one, or ``--db PATH`` to keep it
and reuse it on the next run) with ``sites × stations`` stations and, for each open day (Monday
to Saturday) of the year before the benchmark's "now", about ``per-day`` sessions per station
between 09:00 and 18:00 Brussels time, of 10 to 120 minutes, by 20,000 visitors of every
category and age band (the defaults: about 509,000 sessions). Then times
:meth:`admin.stats.Stats.report` (what ``GET /api/v1/stats`` runs, without HTTP) for this month
of every site, this month of one site, and this week of every site. Prints wall-clock and CPU
times: on a shared machine the CPU time is the steadier figure."""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from admin.stats import Stats
from admin.store import Store
from admin.timeutil import to_iso

BRUSSELS = ZoneInfo("Europe/Brussels")
#: Late in the month, so "this month" holds nearly a full month of sessions.
NOW = datetime(2026, 10, 29, 16, 0, tzinfo=UTC)
CATEGORIES = ("adult", "youth", "senior", "jobseeker", "student", "pupil", "guest")
AGE_BANDS = ("0-11", "12-17", "18-25", "26-44", "45-64", "65+", None)
VISITORS = 20_000


def seed(path: Path, sites: int, stations: int, days: int, per_day: float) -> int:
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
        station_ids = [s * 1000 + n for s in range(1, sites + 1) for n in range(1, stations + 1)]
        today = NOW.astimezone(BRUSSELS).date()
        total = 0
        for offset in range(days, -1, -1):
            day = today - timedelta(days=offset)
            if day.weekday() == 6:
                continue
            rows = list(_day_sessions(rng, day, station_ids, per_day))
            total += len(rows)
            store.write(
                lambda db, rows=rows: store._db.conn.executemany(
                    "INSERT INTO sessions (id, station_id, visitor_id, state, started_at,"
                    " ended_at, granted_seconds, used_seconds, remaining_seconds, day)"
                    " VALUES (?, ?, ?, 'ended', ?, ?, ?, ?, 0, ?)",
                    rows,
                )
            )
        store._db.execute("ANALYZE")
    return total


def _day_sessions(
    rng: random.Random, day: date, station_ids: list[int], per_day: float
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
                    rng.randrange(1, VISITORS + 1),
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, default=20, help="sites")
    parser.add_argument("--stations", type=int, default=30, help="stations per site")
    parser.add_argument("--days", type=int, default=365, help="days of history")
    parser.add_argument("--per-day", type=float, default=2.7, help="sessions per station-day")
    parser.add_argument("--runs", type=int, default=20, help="timed runs of each report")
    parser.add_argument(
        "--db", type=Path, help="keep the seeded database here, and reuse it if it exists"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "epn.db"
        if not path.exists():
            began = time.perf_counter()
            total = seed(path, args.sites, args.stations, args.days, args.per_day)
            print(f"seeded {total:,} sessions in {time.perf_counter() - began:.1f} s")
        with Store(path) as store:
            count = store.read(lambda db: db.execute("SELECT COUNT(*) FROM sessions").fetchone()[0])
            print(f"{count:,} sessions in the database")
            stats = Stats(store, lambda: NOW)
            month = stats.report(None, "month")
            print(
                f"this month, every site: {month.sessions:,} sessions,"
                f" {month.seconds_used / 3600:,.0f} h, {month.unique_visitors:,} visitors"
            )
            for label, call in (
                ("month, every site", lambda: stats.report(None, "month")),
                ("month, one site", lambda: stats.report(None, "month", site=1)),
                ("week, every site", lambda: stats.report(None, "week")),
            ):
                wall, cpu = timed(args.runs, call)
                print(f"{label:<20} wall {percentiles(wall)}   cpu {percentiles(cpu)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
