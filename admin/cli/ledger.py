"""CLI commands for the usage ledger and the session rules, run on the server's database.

``epn usage show IDENTIFIER`` (today, this week, recent sessions) and
``epn rules list|show|set|clear`` (warning thresholds and automatic extension per category
and site; see :mod:`admin.rules.session_rules`).
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from admin.cli.common import ServerAccess, UsageError, request
from admin.rules.session_rules import as_dict, parse_warnings
from kiosk.protocol.rules import SessionRuleChange


def register(nouns: Any, groups: dict[str, Any], noun: Any, verb: Any) -> None:
    usage = noun(nouns, "usage", "a visitor's time used today and this week")
    show = verb(usage, "show", "show a visitor's totals and recent sessions", _usage_show)
    show.add_argument("identifier", help="the visitor's card number or identifier")
    show.add_argument("--json", action="store_true", help="print JSON instead of text")

    rules = noun(nouns, "rules", "warning thresholds and automatic extension per category and site")
    listing = verb(rules, "list", "list the rules set, city-wide then per site", _rules_list)
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")

    effective = verb(
        rules, "show", "show what a category gets at a site, defaults applied", _rules_show
    )
    effective.add_argument("category", help="visitor category")
    effective.add_argument("--site", required=True, help="site name")
    effective.add_argument("--json", action="store_true", help="print JSON instead of text")

    change = verb(
        rules,
        "set",
        "set a category's warnings or automatic extension (values not given are kept)",
        _rules_set,
    )
    change.add_argument("category", help="visitor category, or '*' for every other one")
    change.add_argument("--site", help="only at this site (default: city-wide)")
    change.add_argument(
        "--warnings", metavar="SECONDS", help="seconds before the end to warn at, e.g. 300,60"
    )
    change.add_argument(
        "--extend-minutes", type=int, metavar="N", help="minutes added by each automatic extension"
    )
    change.add_argument(
        "--extend-times", type=int, metavar="M", help="automatic extensions per session (0: off)"
    )
    change.add_argument(
        "--min-free", type=int, metavar="K", help="free stations the site needs to extend"
    )

    clear = verb(rules, "clear", "remove a category's row (its values fall through)", _rules_clear)
    clear.add_argument("category", help="visitor category, or '*'")
    clear.add_argument("--site", help="the site's row (default: the city-wide one)")


def _hms(seconds: int) -> str:
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def _usage_show(args: argparse.Namespace, server: ServerAccess) -> int:
    shown = server.services.ledger.show(None, args.identifier)
    if args.json:
        print(json.dumps(shown.model_dump(), indent=2, ensure_ascii=False))
        return 0
    name = f" ({shown.display_name})" if shown.display_name else ""
    print(f"{shown.identifier}{name}, {shown.category}")
    print(f"today ({shown.today}): {_hms(shown.today_seconds)}")
    print(f"this week (from {shown.week_start}): {_hms(shown.week_seconds)}")
    if shown.sessions:
        print(f"{'STARTED':<21} {'STATION':<12} {'STATE':<7} {'USED':>8}  END")
    for session in shown.sessions:
        end = session.end_reason or (f"{_hms(session.seconds_left or 0)} left")
        print(
            f"{session.started_at[:19]:<21} {session.station:<12} {session.state:<7}"
            f" {_hms(session.used_seconds):>8}  {end}"
        )
    return 0


def _rules_list(args: argparse.Namespace, server: ServerAccess) -> int:
    rows = server.services.session_rules.list()
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    print(f"{'SITE':<20} {'CATEGORY':<12} {'WARNINGS':<12} EXTENSION")
    for row in rows:
        warnings = ",".join(map(str, row["warning_seconds"] or [])) or "-"
        extension = "-"
        if any(row[k] is not None for k in ("extend_minutes", "extend_times", "extend_min_free")):
            extension = (
                f"{_or_dash(row['extend_minutes'])} min x {_or_dash(row['extend_times'])},"
                f" {_or_dash(row['extend_min_free'])} free"
            )
        print(f"{row['site'] or '(city)':<20} {row['category']:<12} {warnings:<12} {extension}")
    return 0


def _or_dash(value: int | None) -> str:
    return "-" if value is None else str(value)


def _rules_show(args: argparse.Namespace, server: ServerAccess) -> int:
    rules = server.services.session_rules.effective(args.site, args.category)
    if args.json:
        print(json.dumps(as_dict(rules), indent=2))
        return 0
    print(f"warnings: {', '.join(f'{s} s' for s in rules.warning_seconds)}")
    if rules.auto_extends:
        print(
            f"automatic extension: {rules.extend_minutes} min, up to {rules.extend_times} times,"
            f" while {rules.extend_min_free} stations are free"
        )
    else:
        print("automatic extension: off")
    return 0


def _rules_set(args: argparse.Namespace, server: ServerAccess) -> int:
    warnings = None
    if args.warnings is not None:
        try:
            warnings = parse_warnings(args.warnings)
        except ValueError as exc:
            raise UsageError(f"epn rules set: {exc}") from None
    change = request(
        SessionRuleChange,
        "rules set",
        {
            "warning_seconds": warnings,
            "extend_minutes": args.extend_minutes,
            "extend_times": args.extend_times,
            "extend_min_free": args.min_free,
        },
        options={"warning_seconds": "--warnings", "extend_min_free": "--min-free"},
    )
    row = server.services.session_rules.set(
        args.category,
        site=args.site,
        warning_seconds=change.warning_seconds,
        extend_minutes=change.extend_minutes,
        extend_times=change.extend_times,
        extend_min_free=change.extend_min_free,
    )
    where = f"at {args.site}" if args.site else "city-wide"
    print(f"rules {args.category} {where}: {json.dumps(row)}")
    return 0


def _rules_clear(args: argparse.Namespace, server: ServerAccess) -> int:
    removed = server.services.session_rules.clear(args.category, site=args.site)
    where = f"at {args.site}" if args.site else "city-wide"
    if not removed:
        print(f"no rules for {args.category} {where}")
        return 1
    print(f"rules {args.category} {where} removed")
    return 0
