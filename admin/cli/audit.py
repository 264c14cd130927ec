"""CLI commands for staff accounts and the audit log.

``epn audit list``, ``epn staff list``, ``epn staff passwd`` (run on the server, straight on
the database: the operator there is trusted like an admin).
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from admin.cli.common import (
    PASSWORD_ENV,
    PASSWORD_INSTEAD,
    ServerAccess,
    UsageError,
    new_password,
    refuse_secret,
)
from admin.reports.audit_log import DEFAULT_LIMIT, MAX_LIMIT, AuditFilter, parse_moment


def register(nouns: Any, groups: dict[str, Any], noun: Any, verb: Any) -> None:
    audit = noun(nouns, "audit", "read the audit log (who did what, when, before and after)")
    listing = verb(audit, "list", "list audit entries, newest first", _audit_list)
    listing.add_argument("--since", metavar="DATE", help="from this date or ISO time (UTC)")
    listing.add_argument("--until", metavar="DATE", help="up to this date (inclusive) or time")
    listing.add_argument("--staff", metavar="USER", help="only the actions of this staff member")
    listing.add_argument("--site", metavar="NAME", help="only the entries of this site")
    listing.add_argument(
        "--action", metavar="A", help="only this action, or a prefix: 'command' → command.*"
    )
    listing.add_argument(
        "--limit", type=int, default=DEFAULT_LIMIT, help=f"at most this many (1-{MAX_LIMIT})"
    )
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")

    staff = groups["staff"]
    accounts = verb(staff, "list", "list staff accounts with their role and sites", _staff_list)
    accounts.add_argument("--json", action="store_true", help="print JSON instead of a table")
    passwd = verb(
        staff,
        "passwd",
        f"set a staff member's password (from ${PASSWORD_ENV} or asked); logs them out",
        _staff_passwd,
    )
    passwd.add_argument("username", help="login name of the account")
    refuse_secret(passwd, "--password", PASSWORD_INSTEAD)


def _audit_list(args: argparse.Namespace, server: ServerAccess) -> int:
    if not 1 <= args.limit <= MAX_LIMIT:
        raise UsageError(f"epn audit list: --limit must be between 1 and {MAX_LIMIT}")
    filters = AuditFilter(
        since=None if args.since is None else parse_moment(args.since),
        until=None if args.until is None else parse_moment(args.until, end_of_day=True),
        staff=args.staff,
        action=args.action,
        limit=args.limit,
        site=args.site,
    )
    entries = server.services.audit_log.entries(None, filters)
    if args.json:
        print(json.dumps([e.model_dump() for e in entries], indent=2))
        return 0
    print(f"{'WHEN (UTC)':<19} {'WHO':<12} {'ACTION':<24} {'TARGET':<24} CHANGE")
    for entry in entries:
        change = ""
        if entry.before is not None or entry.after is not None:
            change = f"{_compact(entry.before)} → {_compact(entry.after)}"
        print(
            f"{entry.at[:19]:<19} {entry.staff or '(cli)':<12} {entry.action:<24} "
            f"{entry.target:<24} {change}"
        )
    return 0


def _compact(value: dict[str, Any] | None) -> str:
    return "-" if value is None else json.dumps(value, sort_keys=True, ensure_ascii=False)


def _staff_list(args: argparse.Namespace, server: ServerAccess) -> int:
    accounts = server.services.staff_accounts.all()
    if args.json:
        print(json.dumps([a.model_dump() for a in accounts], indent=2))
        return 0
    print(f"{'USERNAME':<20} {'ROLE':<6} SITES")
    for account in accounts:
        sites = "(all)" if account.role == "admin" else ", ".join(account.sites)
        print(f"{account.username:<20} {account.role:<6} {sites}")
    return 0


def _staff_passwd(args: argparse.Namespace, server: ServerAccess) -> int:
    changed = server.services.staff_accounts.reset(
        None, args.username, new_password("staff passwd")
    )
    print(f"password of {changed.username!r} changed; {changed.tokens_revoked} login(s) ended")
    return 0
