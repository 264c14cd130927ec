"""CLI command for the label report, run on the server's database: ``epn report label``.

Writes the report of a period (``--period 2026-Q3``, ``2026-07``, ``2026``, or ``--from`` and
``--to``) for one site or the network as PDF, a ZIP of CSV files or XLSX, in French, Dutch or
English: the same file as ``GET /api/v1/reports/label`` (admin/reports/label.py).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from admin.cli.common import ServerAccess, UsageError
from admin.cli.server_config import configured_network_name
from admin.cli.stats import _date
from admin.core.wording import LANGUAGES
from admin.reports.label_files import FORMATS, render


def register(nouns: Any, groups: dict[str, Any], noun: Any, verb: Any) -> None:
    reports = noun(nouns, "report", "reports for funders: the EPN label report")
    label = verb(
        reports,
        "label",
        "write the label report of a period: offer against the label thresholds, usage,"
        " visitors and new visitors, breakdowns, workshops, occupancy",
        _label,
    )
    label.add_argument("--period", help="a year (2026), a month (2026-07) or a quarter (2026-Q3)")
    label.add_argument("--from", dest="start", type=_date, help="first day YYYY-MM-DD")
    label.add_argument("--to", dest="end", type=_date, help="last day YYYY-MM-DD, inclusive")
    label.add_argument("--site", help="site name (default: the whole network)")
    label.add_argument(
        "--format",
        dest="file_format",
        choices=FORMATS,
        default="pdf",
        help="pdf (default), csv (a ZIP of one CSV file per table) or xlsx",
    )
    label.add_argument("--lang", choices=LANGUAGES, default="fr", help="language (default fr)")
    label.add_argument("--out", required=True, type=Path, metavar="FILE", help="file to write")


def _label(args: argparse.Namespace, server: ServerAccess) -> int:
    if args.period is None and args.start is None and args.end is None:
        raise UsageError("epn report label: give --period, or --from and --to")
    if not args.out.parent.is_dir():
        raise UsageError(f"epn report label: --out: no folder {args.out.parent}")
    report = server.services.label_reports.report(
        None, args.period, site=args.site, start=args.start, end=args.end
    )
    data = render(report, args.file_format, args.lang, configured_network_name())
    args.out.write_bytes(data)
    said = " (empty: no activity in this period)" if report.empty else ""
    print(f"label report {report.period} written to {args.out}{said}")
    return 0
