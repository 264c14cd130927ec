"""The yearly label report of a 7-site network over 2,000,000 sessions: p50 / p95 time.

    .venv/bin/python bench/label_report.py --db /tmp/label.db

Seeds a database as ``bench/stats_query.py`` does (7 sites of 30 stations, Monday to Saturday,
about 30.5 sessions per station-day over the year before its "now": about 2,000,000 sessions by
20,000 visitors of every category and age band), gives every session the demographic snapshot
of m029 (gender, age band, status, commune, category, first visit) from its visitor's profile,
then times :meth:`admin.reports.label.LabelReports.report` (what ``GET /api/v1/reports/label``
runs before drawing the file) for the year 2026, a quarter and a month of the network and one
site, and the drawing of the year's PDF and XLSX. Prints wall-clock and CPU times.

``--against OLD/admin/reports/label.py`` times another version of the module too, call by call
in turn in the same process, checks both give the same figures, and prints the median of the
per-pair CPU ratios (as ``bench/stats_query.py --against``).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from stats_query import NOW, load_module, paired, percentiles, seed, timed

from admin.db.store import Store
from admin.reports.label import LabelReports
from admin.reports.label_files import pdf, xlsx
from admin.visitors.profile import DEFAULT_COMMUNES, STATUSES

REPORTS: tuple[tuple[str, dict[str, object]], ...] = (
    ("year, network", {"period": "2026"}),
    ("quarter, network", {"period": "2026-Q3"}),
    ("month, network", {"period": "2026-09"}),
    ("year, one site", {"period": "2026", "site": 1}),
)


def profile(path: Path) -> None:
    """Every visitor a gender, status and commune (some not given), every session the snapshot
    of its visitor, and each visitor's first session marked (m029's backfill, timed)."""
    rng = random.Random(19)
    with Store(path) as store:
        began = time.perf_counter()

        def write(db: object) -> None:
            conn = store._db.conn
            ids = [row[0] for row in conn.execute("SELECT id FROM visitors")]
            conn.executemany(
                "UPDATE visitors SET gender = ?, status = ?, commune = ? WHERE id = ?",
                [
                    (
                        rng.choice(("f", "m", "x", None)),
                        rng.choice((*STATUSES, None)),
                        rng.choice((*DEFAULT_COMMUNES, "1000", None)),
                        v,
                    )
                    for v in ids
                ],
            )
            from admin.db.migrations import _PROFILE_BACKFILL

            for statement in _PROFILE_BACKFILL:
                conn.execute(statement)

        store.write(write)
        store._db.execute("ANALYZE")
        print(f"profile and snapshot backfilled in {time.perf_counter() - began:.1f} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, default=7, help="sites")
    parser.add_argument("--stations", type=int, default=30, help="stations per site")
    parser.add_argument("--days", type=int, default=365, help="days of history")
    parser.add_argument("--per-day", type=float, default=30.5, help="sessions per station-day")
    parser.add_argument("--runs", type=int, default=10, help="timed runs of each report")
    parser.add_argument("--db", type=Path, help="keep the seeded database here, and reuse it")
    parser.add_argument("--against", type=Path, help="another admin/reports/label.py")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "epn.db"
        if not path.exists():
            began = time.perf_counter()
            total = seed(path, args.sites, args.stations, args.days, args.per_day, True)
            print(f"seeded {total:,} sessions in {time.perf_counter() - began:.1f} s")
            profile(path)
        with Store(path) as store:
            count = store.read(lambda db: db.execute("SELECT COUNT(*) FROM sessions").fetchone()[0])
            print(f"{count:,} sessions in the database")
            reports = LabelReports(store, lambda: NOW)
            if args.against:
                other = load_module(args.against).LabelReports(store, lambda: NOW)
                return compare(reports, other, args.runs)
            year = reports.report(None, "2026")
            print(
                f"year 2026, network: {year.total.sessions:,} sessions,"
                f" {len(year.total.visitors):,} visitors, {year.total.new_visitors:,} new"
            )
            for label, kwargs in REPORTS:
                wall, cpu = timed(args.runs, partial(reports.report, None, **kwargs))
                print(f"{label:<18} wall {percentiles(wall)}   cpu {percentiles(cpu)}")
            for name, draw in (
                ("pdf", partial(pdf, year, "fr", "EPN")),
                ("xlsx", partial(xlsx, year, "fr")),
            ):
                wall, cpu = timed(max(1, args.runs // 2), draw)
                print(f"year, {name:<12} wall {percentiles(wall)}   cpu {percentiles(cpu)}")
    return 0


def _figures(report: object) -> object:
    """A report's figures, distinct visitors as their number (a set before m034, a count after)."""
    if isinstance(report, list | tuple):
        return [_figures(item) for item in report]
    if isinstance(report, dict):
        return {key: _figures(value) for key, value in report.items()}
    if isinstance(report, set):
        return len(report)
    if hasattr(report, "__dataclass_fields__"):
        if type(report).__name__ == "Distinct":
            return len(report)  # type: ignore[arg-type]
        return {name: _figures(getattr(report, name)) for name in report.__dataclass_fields__}
    return report


def compare(reports: LabelReports, other: LabelReports, runs: int) -> int:
    for label, kwargs in REPORTS:
        if _figures(reports.report(None, **kwargs)) != _figures(other.report(None, **kwargs)):
            print(f"{label}: the two versions give different figures")
            return 1
        times = paired(
            runs,
            {
                "against": partial(other.report, None, **kwargs),
                "this": partial(reports.report, None, **kwargs),
            },
        )
        for name, (wall, cpu) in times.items():
            print(f"{label:<18} {name:<8} wall {percentiles(wall)}   cpu {percentiles(cpu)}")
        ratios = [new / old for new, old in zip(times["this"][1], times["against"][1], strict=True)]
        print(
            f"{label:<18} this / against, CPU of each pair: median {statistics.median(ratios):.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
