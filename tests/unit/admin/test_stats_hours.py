"""Occupancy of the statistics (admin.reports.occupancy): the heat map read slot by slot from the
indexes (every site of the city) and grouped by SQLite (one site of several) both equal each
span split hour by hour, over a month with a clock change, spans from the day before, spans
past the period's end, ended sessions without an end time and empty spans."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlite_utils import Database

from admin.core.timeutil import to_iso
from admin.db.store import Store
from admin.reports.occupancy import CELLS, LocalHours, local_midnight
from admin.reports.stats import Stats
from tests.unit.admin.test_stats import BRUSSELS

FIRST, LAST = date(2026, 10, 1), date(2026, 10, 31)  # the clocks go back on the 25th
NOW = datetime(2026, 11, 3, 12, tzinfo=UTC)
#: Site 1 has fewer than half the stations: its own report is grouped by SQLite.
STATIONS = {1: [11, 12, 13], 2: [21, 22, 23], 3: [31]}


def seed(db: Database, rng: random.Random) -> list[tuple[int, float, float]]:
    """Random ended sessions around October; (site, start, end) of each, as epoch seconds."""
    db.execute("INSERT INTO visitors (id, identifier, created_at) VALUES (1, '1001', '2026-01-01')")
    for site, stations in STATIONS.items():
        db.execute(
            "INSERT INTO sites (id, name, timezone, created_at) VALUES (?, ?, ?, '2026-01-01')",
            [site, f"EPN {site}", "Europe/Brussels"],
        )
        for station in stations:
            db.execute(
                "INSERT INTO stations (id, name, site_id, token_hash, created_at)"
                " VALUES (?, ?, ?, ?, '2026-01-01')",
                [station, f"S{station}", site, uuid.uuid4().hex],
            )
    site_of = {station: site for site, stations in STATIONS.items() for station in stations}
    begin = datetime(2026, 9, 28, tzinfo=UTC)
    spans = []
    for _ in range(600):
        station = rng.choice(list(site_of))
        start = begin + timedelta(seconds=rng.randrange(0, 37 * 86400))
        if rng.random() < 0.2:  # on an hour, or an hour and a whole number of hours later
            start = start.replace(minute=0, second=0)
            length = 3600 * rng.randrange(0, 4)
        else:
            length = rng.choice([0, 59, 3599, 3600, 7200, 40000, 90000]) + rng.randrange(0, 900)
        used = rng.randrange(0, length + 1)
        has_end = rng.random() < 0.9
        end = start + timedelta(seconds=length if has_end else used)
        db.execute(
            "INSERT INTO sessions (id, station_id, visitor_id, state, started_at, ended_at,"
            " granted_seconds, used_seconds, remaining_seconds)"
            " VALUES (?, ?, 1, 'ended', ?, ?, 3600, ?, 0)",
            [uuid.uuid4().hex, station, to_iso(start), to_iso(end) if has_end else None, used],
        )
        spans.append((site_of[station], start.timestamp(), end.timestamp()))
    return spans


def expected(spans: list[tuple[int, float, float]], sites: set[int]) -> list[list[int]]:
    lo = local_midnight(FIRST, BRUSSELS)
    hi = local_midnight(LAST + timedelta(days=1), BRUSSELS)
    hours = LocalHours(BRUSSELS, lo, hi)
    cells = [0.0] * CELLS
    for site, start, end in spans:
        # the report looks back a day for the sessions still running when the period begins
        if site in sites and lo - 86400 <= start < hi:
            hours.split(start, end, cells)
    return [[round(v) for v in cells[d * 24 : d * 24 + 24]] for d in range(7)]


@pytest.mark.parametrize("seed_value", [1, 2, 3])
def test_the_heat_map_is_each_span_split_hour_by_hour(fresh_store: Store, seed_value: int) -> None:
    spans = fresh_store.write(lambda db: seed(db, random.Random(seed_value)))
    stats = Stats(fresh_store, lambda: NOW)
    every_site = stats.report(None, None, start=FIRST, end=LAST)
    assert every_site.heat_map == expected(spans, {1, 2, 3})
    assert sum(every_site.by_hour) > 0
    for site in STATIONS:
        report = stats.report(None, None, start=FIRST, end=LAST, site=site)
        assert report.heat_map == expected(spans, {site})


def test_the_ends_index_leaves_out_what_heartbeats_change(fresh_store: Store) -> None:
    index = next(i for i in fresh_store._db["sessions"].indexes if i.name == "sessions_ends")
    assert index.columns[0] == "end_epoch"
    assert "used_seconds" not in index.columns and "remaining_seconds" not in index.columns
