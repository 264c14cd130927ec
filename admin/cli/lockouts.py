"""CLI commands for the limits on failed sign-ins: ``epn lockout list``, ``epn lockout clear``.

Run on the server, straight on the database (the operator there is trusted like an admin):
every limit is listed, staff logins and addresses included; cards are shown masked.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from admin.cli.common import ServerAccess, UsageError
from kiosk.protocol.reports import LockoutInfo


def register(nouns: Any, groups: dict[str, Any], noun: Any, verb: Any) -> None:
    lockouts = noun(
        nouns, "lockout", "see and clear the limits on failed sign-ins (PINs, logins, codes)"
    )
    listing = verb(
        lockouts,
        "list",
        "list the limits making someone wait now, longest wait first (cards masked)",
        _list,
    )
    listing.add_argument(
        "--all", action="store_true", help="every counter, also those not making anyone wait"
    )
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    clear = verb(
        lockouts, "clear", "lift one limit now (audited); ID from 'epn lockout list'", _clear
    )
    clear.add_argument("id", type=int, help="the lockout's ID")


def describe(lockout: LockoutInfo) -> str:
    """Who or what is held back, in a few words: card, account, station, address."""
    parts = [
        f"card {lockout.card}" if lockout.card else "",
        f"account {lockout.account}" if lockout.account else "",
        "unknown account" if lockout.kind == "staff_login" and not lockout.account else "",
        f"at station {lockout.station}" if lockout.station else "",
        f"from {lockout.address}" if lockout.address else "",
    ]
    return " ".join(p for p in parts if p) or "-"


def _list(args: argparse.Namespace, server: ServerAccess) -> int:
    lockouts = server.services.lockouts.list(None, every=args.all)
    if args.json:
        print(json.dumps([lockout.model_dump(mode="json") for lockout in lockouts], indent=2))
        return 0
    if not lockouts:
        print("no lockouts" if args.all else "nobody is held back now")
        return 0
    print(f"{'ID':>5} {'KIND':<14} {'FAILURES':>8} {'WAIT':>7}  WHO")
    for lockout in lockouts:
        wait = f"{lockout.retry_after_seconds} s" if lockout.retry_after_seconds else "-"
        print(
            f"{lockout.id:>5} {lockout.kind.value:<14} {lockout.failures:>8} {wait:>7}  "
            f"{describe(lockout)}"
        )
    return 0


def _clear(args: argparse.Namespace, server: ServerAccess) -> int:
    if args.id < 1:
        raise UsageError("epn lockout clear: ID must be a positive number")
    cleared = server.services.lockouts.clear(None, args.id)
    print(f"lockout {cleared.id} cleared ({cleared.kind.value}: {describe(cleared)})")
    return 0
