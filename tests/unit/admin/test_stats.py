"""Statistics: periods, the split of a span over local hours (DST days included), the
report's figures over a real database, the CSV and ``epn stats``."""

from __future__ import annotations

import csv
import io
import json
import random
import uuid
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from admin.cli import app as cli
from admin.core.errors import Refused
from admin.core.timeutil import to_iso
from admin.db.store import Store
from admin.reports.stats import (
    CELLS,
    LocalHours,
    Stats,
    _slot,
    local_midnight,
    resolve_period,
)
from admin.services import Service
from kiosk.protocol.csv_format import stats_csv
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.reports import StatsBreakdown
from tests.helpers.clock import FakeClock
from tests.helpers.csv_cells import DANGEROUS, assert_neutralised, read

BRUSSELS = ZoneInfo("Europe/Brussels")
Capture = pytest.CaptureFixture[str]


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def split(start: str, end: str, first: date, last: date) -> dict[tuple[int, int], float]:
    """The non-empty (weekday, hour) cells of a UTC span, within local days first..last."""
    lo = local_midnight(first, BRUSSELS)
    hi = local_midnight(date.fromordinal(last.toordinal() + 1), BRUSSELS)
    cells = [0.0] * CELLS
    LocalHours(BRUSSELS, lo, hi).split(utc(start).timestamp(), utc(end).timestamp(), cells)
    return {divmod(i, 24): v for i, v in enumerate(cells) if v}


# --- periods --------------------------------------------------------------------------------


def test_periods_are_local_calendar_days() -> None:
    wednesday = date(2026, 10, 28)
    assert resolve_period("today", wednesday) == ("today", wednesday, wednesday)
    assert resolve_period(None, wednesday) == ("today", wednesday, wednesday)
    assert resolve_period("week", wednesday) == ("week", date(2026, 10, 26), date(2026, 11, 1))
    assert resolve_period("month", wednesday) == ("month", date(2026, 10, 1), date(2026, 10, 31))
    assert resolve_period("month", date(2028, 2, 29))[1:] == (date(2028, 2, 1), date(2028, 2, 29))
    assert resolve_period("month", date(2026, 12, 31))[2] == date(2026, 12, 31)
    assert resolve_period(None, wednesday, date(2026, 1, 1), date(2026, 1, 31)) == (
        "custom",
        date(2026, 1, 1),
        date(2026, 1, 31),
    )


@pytest.mark.parametrize(
    ("period", "start", "end"),
    [
        ("year", None, None),
        (None, date(2026, 1, 1), None),
        (None, None, date(2026, 1, 1)),
        (None, date(2026, 2, 1), date(2026, 1, 31)),
        ("week", date(2026, 1, 1), date(2026, 1, 2)),
        (None, date(2025, 1, 1), date(2026, 1, 2)),  # 367 days
        (None, date(9999, 12, 31), date(9999, 12, 31)),
        (None, date(1, 1, 1), date(1, 1, 1)),
    ],
)
def test_bad_periods_are_refused(period: str | None, start: date | None, end: date | None) -> None:
    with pytest.raises(ValueError):
        resolve_period(period, date(2026, 10, 28), start, end)


# --- splitting a span over local hours --------------------------------------------------------


def test_a_span_is_split_over_the_local_hours_it_covers() -> None:
    # Wednesday 28 October 2026, CET (UTC+1): 09:30 -> 10:45 local
    cells = split("2026-10-28T08:30", "2026-10-28T09:45", date(2026, 10, 26), date(2026, 11, 1))
    assert cells == {(2, 9): 1800, (2, 10): 2700}


def test_a_span_crossing_midnight_fills_two_weekdays() -> None:
    # Friday 23:30 -> Saturday 00:15 local (CET)
    cells = split("2026-10-30T22:30", "2026-10-30T23:15", date(2026, 10, 26), date(2026, 11, 1))
    assert cells == {(4, 23): 1800, (5, 0): 900}


def test_the_repeated_hour_fills_its_cell_twice_when_clocks_go_back() -> None:
    # Sunday 25 October 2026: 03:00 CEST becomes 02:00 CET at 01:00 UTC.
    # 00:30 -> 02:30 UTC is 02:30 CEST -> 02:00 CET -> 03:30 CET local.
    cells = split("2026-10-25T00:30", "2026-10-25T02:30", date(2026, 10, 25), date(2026, 10, 25))
    assert cells == {(6, 2): 5400, (6, 3): 1800}


def test_the_skipped_hour_stays_empty_when_clocks_go_forward() -> None:
    # Sunday 29 March 2026: 02:00 CET becomes 03:00 CEST at 01:00 UTC.
    cells = split("2026-03-29T00:30", "2026-03-29T01:30", date(2026, 3, 29), date(2026, 3, 29))
    assert cells == {(6, 1): 1800, (6, 3): 1800}


def test_a_span_is_clipped_to_the_window() -> None:
    # from Sunday 23:00 local (before the week) to Monday 01:30 local
    cells = split("2026-10-25T22:00", "2026-10-26T00:30", date(2026, 10, 26), date(2026, 11, 1))
    assert cells == {(0, 0): 3600, (0, 1): 1800}


def test_a_day_of_each_kind_has_its_own_number_of_hours() -> None:
    for day, hours in ((date(2026, 10, 25), 25), (date(2026, 3, 29), 23), (date(2026, 6, 1), 24)):
        lo = local_midnight(day, BRUSSELS)
        hi = local_midnight(date.fromordinal(day.toordinal() + 1), BRUSSELS)
        cells = [0.0] * CELLS
        LocalHours(BRUSSELS, lo, hi).split(lo, hi, cells)
        assert sum(cells) == hours * 3600
        assert sum(1 for v in cells if v) == (24 if hours != 23 else 23)


def test_a_zone_with_a_half_hour_offset() -> None:
    kolkata = ZoneInfo("Asia/Kolkata")  # UTC+05:30: local hours start at :30 UTC
    lo = local_midnight(date(2026, 10, 28), kolkata)
    cells = [0.0] * CELLS
    start = utc("2026-10-28T04:00").timestamp()  # 09:30 local
    LocalHours(kolkata, lo, lo + 86400).split(start, start + 3600, cells)
    assert {divmod(i, 24): v for i, v in enumerate(cells) if v} == {(2, 9): 1800, (2, 10): 1800}


# --- the report over a database ----------------------------------------------------------------


def add_session(
    store: Store,
    station_id: int,
    visitor_id: int,
    started: str,
    ended: str | None,
    used: int,
    *,
    remaining: int = 0,
    reported: str | None = None,
) -> None:
    start = utc(started)

    def day(db: Any) -> str:
        """The local date of the start at the station's site, as a sign-in writes it."""
        zone = db.execute(
            "SELECT timezone FROM sites JOIN stations ON stations.site_id = sites.id"
            " WHERE stations.id = ?",
            [station_id],
        ).fetchone()[0]
        return start.astimezone(ZoneInfo(zone)).date().isoformat()

    store.write(
        lambda db: db.execute(
            "INSERT INTO sessions (id, station_id, visitor_id, state, started_at, ended_at,"
            " granted_seconds, used_seconds, remaining_seconds, reported_at, day)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                str(uuid.uuid4()),
                station_id,
                visitor_id,
                "ended" if ended else "active",
                to_iso(start),
                to_iso(utc(ended)) if ended else None,
                used + remaining,
                used,
                remaining,
                to_iso(utc(reported)) if reported else None,
                day(db),
            ],
        )
    )


@pytest.fixture
def seeded(service: Service, fresh_store: Store, clock: FakeClock) -> Stats:
    clock.set(utc("2026-10-28T14:00"))  # Wednesday 15:00 CET
    service.directory.add_site("EPN Laeken")
    service.directory.add_site("EPN Marolles")
    service.directory.add_station("A1", "EPN Laeken")
    service.directory.add_station("B1", "EPN Marolles")
    adult = service.directory.add_visitor("1001", category="adult")
    senior = service.directory.add_visitor("1002", category="senior")
    fresh_store.write(
        lambda db: db.execute("UPDATE visitors SET age_band = '70+' WHERE id = ?", [senior])
    )
    add_session(fresh_store, 1, adult, "2026-10-28T08:30", "2026-10-28T09:45", 4500)
    add_session(fresh_store, 1, senior, "2026-10-26T13:00", "2026-10-26T13:30", 1800)
    # active at Marolles since 13:00 local; last report at 13:40 UTC, 20 minutes ago
    add_session(
        fresh_store,
        2,
        adult,
        "2026-10-28T12:00",
        None,
        6000,
        remaining=3600,
        reported="2026-10-28T13:40",
    )
    return Stats(fresh_store, clock)


def test_the_week_report_counts_sessions_started_in_the_week(seeded: Stats) -> None:
    report = seeded.report(None, "week")
    assert (report.start, report.end, report.period) == ("2026-10-26", "2026-11-01", "week")
    assert report.sessions == 3
    assert report.seconds_used == 4500 + 1800 + 7200  # the active one estimated up to now
    assert report.unique_visitors == 2
    assert report.stations == 2
    assert [(b.key, b.sessions, b.seconds, b.visitors) for b in report.by_category] == [
        ("adult", 2, 11700, 1),
        ("senior", 1, 1800, 1),
    ]
    assert [(b.key, b.seconds) for b in report.by_age_band] == [("70+", 1800), (None, 11700)]
    assert [(b.key, b.sessions) for b in report.by_site] == [("EPN Marolles", 1), ("EPN Laeken", 2)]
    assert report.heat_map[2][9] == 1800 and report.heat_map[2][10] == 2700
    assert report.heat_map[2][13] == 3600 and report.heat_map[2][14] == 3600
    assert report.heat_map[0][14] == 1800
    assert report.by_hour[14] == 5400 and sum(report.by_hour) == 4500 + 1800 + 7200
    # two stations, Monday and Tuesday whole, Wednesday up to 15:00
    assert report.capacity[0] == [7200] * 24 and report.capacity[1] == [7200] * 24
    assert report.capacity[2] == [7200] * 15 + [0] * 9
    assert report.capacity[3] == [0] * 24


def test_one_site_and_today(seeded: Stats) -> None:
    report = seeded.report(None, "today", site="EPN Laeken")
    assert (report.site_name, report.sessions, report.seconds_used) == ("EPN Laeken", 1, 4500)
    assert report.stations == 1


def test_a_staff_member_sees_only_their_sites(seeded: Stats, service: Service) -> None:
    service.directory.add_staff("anna", "bibliotheque", role="staff", sites=["EPN Laeken"])
    member = service.staff.authenticate(service.staff.login("anna", "bibliotheque").token)
    assert seeded.report(member, "week").sessions == 2
    with pytest.raises(Refused) as refused:
        seeded.report(member, "week", site=2)
    assert refused.value.code == ErrorCode.FORBIDDEN
    with pytest.raises(Refused) as refused:
        seeded.report(None, "week", site=99)
    assert refused.value.code == ErrorCode.NOT_FOUND
    with pytest.raises(Refused) as refused:
        seeded.report(None, "year")
    assert refused.value.code == ErrorCode.INVALID_REQUEST


def test_the_csv_holds_every_figure(seeded: Stats) -> None:
    report = seeded.report(None, "week")
    rows = list(csv.DictReader(io.StringIO(stats_csv(report))))
    total = rows[0]
    assert (total["section"], total["sessions"], total["seconds"]) == ("total", "3", "13500")
    assert (total["hours"], total["visitors"], total["stations"]) == ("3.75", "2", "2")
    assert {r["key"] for r in rows if r["section"] == "category"} == {"adult", "senior"}
    assert [r["key"] for r in rows if r["section"] == "age_band"] == ["70+", ""]
    hours = [r for r in rows if r["section"] == "hour"]
    assert len(hours) == 24 and hours[14]["occupied_seconds"] == "5400"
    cells = {r["key"]: r for r in rows if r["section"] == "weekday_hour"}
    assert len(cells) == 168 and cells["wed-10"]["occupied_seconds"] == "2700"
    assert cells["wed-10"]["capacity_seconds"] == "7200"


def test_epn_stats_prints_the_figures(seeded: Stats, db_path: Path, capsys: Capture) -> None:
    # the CLI reads the real clock: explicit dates keep the figures fixed
    argv = ["stats", "--db", str(db_path), "--start", "2026-10-26", "--end", "2026-11-01"]
    assert cli.main(argv) == 0
    out = capsys.readouterr().out
    assert "all sites, custom: 2026-10-26 to 2026-11-01" in out
    # the active session is estimated up to the real now: its whole remaining hour counts
    assert "sessions         3" in out and "4:25" in out  # 4500 + 1800 + 6000 + 3600 s
    assert cli.main([*argv, "--site", "EPN Laeken", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert (shown["site_name"], shown["sessions"], shown["seconds_used"]) == ("EPN Laeken", 2, 6300)
    assert cli.main([*argv, "--csv"]) == 0
    assert capsys.readouterr().out.startswith("period,start,end,site,section,key,sessions")
    assert cli.main(["stats", "--db", str(db_path), "--start", "2026-13-01"]) == 2


def test_capacity_counts_the_opening_hours(seeded: Stats, fresh_store: Store) -> None:
    def write(db: object) -> None:
        conn = fresh_store._db
        for weekday in range(6):  # Laeken: Monday to Saturday 09:00-18:00
            conn.execute(
                "INSERT INTO site_hours (site_id, weekday, opens, closes) VALUES (1, ?, 540, 1080)",
                [weekday],
            )
        conn.execute("INSERT INTO site_closed_dates (site_id, date) VALUES (1, '2026-10-27')")

    fresh_store.write(write)
    report = seeded.report(None, "week")
    # Marolles has no hours (open around the clock): its station always counts
    assert report.capacity[0] == [3600] * 9 + [7200] * 9 + [3600] * 6
    assert report.capacity[1] == [3600] * 24  # Laeken closed that Tuesday
    assert report.capacity[2] == [3600] * 9 + [7200] * 6 + [0] * 9  # up to now, 15:00
    laeken = seeded.report(None, "week", site="EPN Laeken")
    assert sum(map(sum, laeken.capacity)) == (9 + 6) * 3600


@pytest.mark.parametrize("zone", ["Europe/Brussels", "Asia/Kolkata", "Australia/Lord_Howe"])
def test_the_sql_sweep_matches_splitting_each_span(
    service: Service, fresh_store: Store, clock: FakeClock, zone: str
) -> None:
    """Hundreds of random sessions: the report's occupancy equals the spans split one by one
    (Kolkata: local hours start at half past UTC ones; Lord Howe: its clocks move by half an
    hour on 4 October, so the query works in quarter hours)."""
    clock.set(utc("2026-10-28T14:00"))
    service.directory.add_site("EPN Far", zone)
    service.directory.add_station("F1", "EPN Far")
    visitor = service.directory.add_visitor("2001")
    rng = random.Random(zone)
    spans = []
    for _ in range(300):
        start = utc("2026-09-29T00:00").timestamp() + rng.randrange(0, 29 * 86400)
        end = start + rng.randrange(60, 6 * 3600)
        spans.append((start, end))
        add_session(
            fresh_store,
            1,
            visitor,
            datetime.fromtimestamp(start, UTC).isoformat()[:19],
            datetime.fromtimestamp(end, UTC).isoformat()[:19],
            int(end - start),
        )
    report = Stats(fresh_store, clock).report(None, "month")
    local = ZoneInfo(zone)
    lo = local_midnight(date(2026, 10, 1), local)
    hi = local_midnight(date(2026, 11, 1), local)
    expected = [0.0] * CELLS
    hours = LocalHours(local, lo, hi)
    for start, end in spans:
        hours.split(start, end, expected)
    assert _slot(hours) == {"Europe/Brussels": (3600, 0), "Asia/Kolkata": (3600, 1800)}.get(
        zone, (900, 0)
    )
    assert report.heat_map == [[round(v) for v in expected[d * 24 : d * 24 + 24]] for d in range(7)]
    assert report.sessions == sum(1 for start, _ in spans if lo <= start < hi)


def test_the_csv_quotes_names_a_spreadsheet_would_run_and_leaves_figures(
    seeded: Stats, fresh_store: Store
) -> None:
    report = seeded.report(None, "week").model_copy(
        update={
            "site_name": DANGEROUS[0],
            "by_category": [
                StatsBreakdown(key=k, sessions=1, seconds=-60, visitors=1) for k in DANGEROUS
            ],
            "by_age_band": [StatsBreakdown(key="-12", sessions=-1, seconds=0, visitors=0)],
        }
    )
    for delimiter in (",", ";"):
        rows = read(stats_csv(report, delimiter=delimiter), delimiter)
        assert_neutralised(rows, DANGEROUS)
        category = [row for row in rows if row[4] == "category"]
        assert [row[5] for row in category] == ["'" + k for k in DANGEROUS]
        assert {(row[6], row[7], row[8]) for row in category} == {("1", "-60", "-0.02")}
        assert [row[5:8] for row in rows if row[4] == "age_band"] == [["-12", "-1", "0"]]


def test_epn_stats_csv_quotes_a_formula_in_a_site_name(
    seeded: Stats, fresh_store: Store, db_path: Path, capsys: Capture
) -> None:
    fresh_store.write(
        lambda db: db.execute("UPDATE sites SET name = ? WHERE id = 1", [DANGEROUS[4]])
    )
    argv = ["stats", "--db", str(db_path), "--start", "2026-10-26", "--end", "2026-11-01"]
    assert cli.main([*argv, "--site", DANGEROUS[4], "--csv"]) == 0
    rows = read(capsys.readouterr().out)
    assert_neutralised(rows, [DANGEROUS[4]])
    assert {row[3] for row in rows[1:]} == {"'" + DANGEROUS[4]}


def test_occupancy_counts_the_spans_crossing_the_period_s_edges(
    service: Service, fresh_store: Store, clock: FakeClock
) -> None:
    """A day's heat map holds the part of each span within the day: a session from the evening
    before to the morning after fills the whole day, and so does one begun 30 h earlier (the
    hourly rollup keeps every span, however long)."""
    clock.set(utc("2026-10-29T22:30"))  # Thursday, 23:30 in Brussels
    service.directory.add_site("EPN Nuit")
    service.directory.add_station("N1", "EPN Nuit")
    service.directory.add_station("N2", "EPN Nuit")
    visitor = service.directory.add_visitor("3001")
    add_session(fresh_store, 1, visitor, "2026-10-28T21:15", "2026-10-29T23:45", 95400)
    add_session(fresh_store, 2, visitor, "2026-10-27T15:00", "2026-10-29T23:00", 201600)
    report = Stats(fresh_store, clock).report(None, "today")
    thursday = report.heat_map[3]
    assert thursday == [7200] * 24  # both stations in use the whole (local) day
    assert sum(map(sum, report.heat_map)) == sum(thursday)
