"""CLI command for usage statistics, run on the server's database: ``epn stats``.

Prints the figures of today, this week or this month (or explicit dates) for one site or all;
``--csv`` prints the same CSV as ``GET /api/v1/stats.csv``, ``--json`` the API's report.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from admin.cli.common import ServerAccess
from admin.reports.occupancy import HOUR
from kiosk.protocol.csv_format import stats_csv
from kiosk.protocol.reports import StatsBreakdown, StatsReport

BAR_WIDTH = 40


def register(nouns: Any, groups: dict[str, Any], noun: Any, verb: Any) -> None:
    help_text = "usage statistics: sessions, hours used, visitors, occupancy by hour"
    stats = nouns.add_parser("stats", help=help_text, description=help_text)
    stats.set_defaults(handler=_stats, database_use="existing")
    stats.add_argument("--db", required=True, metavar="PATH", help="server database file")
    stats.add_argument(
        "--period",
        choices=["today", "week", "month"],
        help="today (default), this week (Monday first) or this month, in the site's time",
    )
    stats.add_argument("--site", help="site name (default: all sites)")
    stats.add_argument("--start", type=_date, help="first day YYYY-MM-DD (with --end)")
    stats.add_argument("--end", type=_date, help="last day YYYY-MM-DD, inclusive")
    output = stats.add_mutually_exclusive_group()
    output.add_argument("--csv", action="store_true", help="print CSV (every figure)")
    output.add_argument("--json", action="store_true", help="print JSON")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {text!r}") from None


def _stats(args: argparse.Namespace, server: ServerAccess) -> int:
    report = server.services.stats.report(
        None, args.period, site=args.site, start=args.start, end=args.end
    )
    if args.csv:
        print(stats_csv(report), end="")
    elif args.json:
        print(json.dumps(report.model_dump(), indent=2, ensure_ascii=False))
    else:
        _print(report)
    return 0


def hours_text(seconds: int) -> str:
    """Seconds as H:MM."""
    minutes = round(seconds / 60)
    return f"{minutes // 60}:{minutes % 60:02d}"


def _print(report: StatsReport) -> None:
    where = report.site_name or "all sites"
    print(f"{where}, {report.period}: {report.start} to {report.end} ({report.timezone})")
    capacity = sum(map(sum, report.capacity))
    rate = f"{100 * sum(report.by_hour) / capacity:.1f} %" if capacity else "-"
    for label, value in (
        ("sessions", str(report.sessions)),
        ("hours used", hours_text(report.seconds_used)),
        ("unique visitors", str(report.unique_visitors)),
        ("stations", str(report.stations)),
        ("occupancy", rate),
    ):
        print(f"  {label:<16} {value}")
    for title, rows in (
        ("SITE", report.by_site if report.site_id is None else []),
        ("CATEGORY", report.by_category),
        ("AGE BAND", report.by_age_band),
    ):
        if rows:
            print()
            _table(title, rows)
    print()
    print("HOUR  STATION-HOURS IN USE")
    top = max(report.by_hour) or 1
    for hour, seconds in enumerate(report.by_hour):
        bar = "#" * round(BAR_WIDTH * seconds / top)
        print(f"{hour:02d}    {seconds / HOUR:7.1f} {bar}")


def _table(title: str, rows: list[StatsBreakdown]) -> None:
    print(f"{title:<20} {'SESSIONS':>8} {'HOURS':>8} {'VISITORS':>8}")
    for row in rows:
        key = row.key if row.key is not None else "(not given)"
        print(f"{key:<20} {row.sessions:>8} {hours_text(row.seconds):>8} {row.visitors:>8}")
