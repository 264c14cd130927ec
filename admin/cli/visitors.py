"""CLI commands for visitor accounts and guest tickets, straight on the server database.

``epn visitor list|edit|disable|enable|set-pin|import|export`` and ``epn ticket create|list``.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from admin.cli.common import (
    PIN_ENV,
    PIN_HINTS,
    ServerAccess,
    UsageError,
    ask_pin,
    refuse_secret,
    request,
)
from admin.visitors.accounts import AGE_BANDS, GENDERS
from admin.visitors.profile import STATUSES
from admin.visitors.tickets import MAX_BATCH, MAX_MINUTES
from kiosk.protocol.people import (
    ImportReport,
    PinChange,
    TicketBatchRequest,
    TicketInfo,
    VisitorDetail,
    VisitorDisable,
    VisitorUpdate,
)


def register(nouns: Any, groups: dict[str, Any], noun: Any, verb: Any) -> None:
    visitors = groups["visitor"]
    listing = verb(visitors, "list", "list visitors, or search them", _list)
    listing.add_argument(
        "--search", metavar="TEXT", help="identifier starting with TEXT or name containing it"
    )
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")

    edit = verb(visitors, "edit", "change a visitor's fields (an empty value clears one)", _edit)
    edit.add_argument("identifier", help="the visitor's identifier")
    edit.add_argument("--name", help="display name shown on the station")
    edit.add_argument("--category", help="policy category (see the categories table)")
    add_profile_options(edit)
    edit.add_argument("--notes", help="staff notes")

    disable = verb(visitors, "disable", "refuse a visitor's sign-ins, with a reason", _disable)
    disable.add_argument("identifier", help="the visitor's identifier")
    disable.add_argument("--reason", required=True, help="why (shown to staff)")
    disable.add_argument(
        "--until", metavar="DATE", help="last day of the disablement, YYYY-MM-DD (default: none)"
    )

    enable = verb(visitors, "enable", "let a disabled visitor sign in again", _enable)
    enable.add_argument("identifier", help="the visitor's identifier")

    set_pin = verb(visitors, "set-pin", f"set a visitor's PIN (from ${PIN_ENV} or asked)", _set_pin)
    set_pin.add_argument("identifier", help="the visitor's identifier")
    set_pin.add_argument("--remove", action="store_true", help="remove the PIN instead")
    refuse_secret(set_pin, "--pin", f"set ${PIN_ENV}, or type it when asked")

    importing = verb(
        visitors,
        "import",
        "import visitors from CSV (UTF-8, ',' or ';'); all rows or none",
        _import,
    )
    importing.add_argument("file", help="CSV file with a header line; 'identifier' is required")
    importing.add_argument(
        "--dry-run", action="store_true", help="only check the file and list every bad value"
    )
    importing.add_argument("--json", action="store_true", help="print the report as JSON")

    export = verb(visitors, "export", "export visitors to CSV (never the PINs)", _export)
    export.add_argument("file", help="CSV file to write ('-' for standard output)")
    export.add_argument(
        "--excel", action="store_true", help="';' separator and a BOM, for Excel in Belgium"
    )

    tickets = noun(nouns, "ticket", "guest tickets: single-use codes for a site")
    create = verb(tickets, "create", "create a batch of tickets and print their codes", _create)
    create.add_argument("--site", required=True, help="site where the tickets are valid")
    create.add_argument(
        "--count", type=int, required=True, help=f"how many tickets (1-{MAX_BATCH})"
    )
    create.add_argument(
        "--minutes", type=int, required=True, help=f"minutes of each ticket (1-{MAX_MINUTES})"
    )
    create.add_argument(
        "--valid-from", metavar="DATE", help="first valid day, YYYY-MM-DD (default: now)"
    )
    create.add_argument(
        "--valid-to", metavar="DATE", help="last valid day, YYYY-MM-DD (default: the first)"
    )
    create.add_argument("--json", action="store_true", help="print JSON instead of the codes")
    ticket_list = verb(tickets, "list", "list tickets, newest first", _ticket_list)
    ticket_list.add_argument("--site", help="only the tickets of this site")
    ticket_list.add_argument("--json", action="store_true", help="print JSON instead of a table")


# --- helpers --------------------------------------------------------------------------------

#: The profile's options (``epn visitor add`` and ``edit``) by the field each gives.
PROFILE_OPTIONS = {
    "age_band": "--age-band",
    "gender": "--gender",
    "status": "--status",
    "commune": "--commune",
    "birth_year": "--birth-year",
    "first_visit": "--first-visit",
}


def add_profile_options(parser: argparse.ArgumentParser) -> None:
    """The statistics fields, all optional ("not given" when left out; empty clears one)."""
    parser.add_argument("--age-band", help=f"for statistics: one of {', '.join(AGE_BANDS)}")
    parser.add_argument("--gender", help=f"for statistics: one of {', '.join(GENDERS)}")
    parser.add_argument("--status", help=f"for statistics: one of {', '.join(STATUSES)}")
    parser.add_argument(
        "--commune",
        help="for statistics: a commune of the server's list (default: the 19 Brussels"
        " communes and 'outside') or a postcode",
    )
    parser.add_argument(
        "--birth-year",
        metavar="YEAR",
        help="instead of --age-band: the band of each session's date is computed from it",
    )
    parser.add_argument(
        "--first-visit", metavar="DATE", help="first visit, YYYY-MM-DD (default: the first session)"
    )


def profile_values(args: argparse.Namespace) -> dict[str, Any]:
    """The profile options given; an empty birth year or first visit clears it."""
    values: dict[str, Any] = {}
    for field in PROFILE_OPTIONS:
        value = getattr(args, field)
        if value is None:
            continue
        if field in ("birth_year", "first_visit") and not value.strip():
            value = None
        values[field] = value
    return values


def _date(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"epn: {option} must be a date YYYY-MM-DD, not {text!r}") from None


def _state(visitor: VisitorDetail) -> str:
    if visitor.enabled:
        return "enabled"
    return f"disabled until {visitor.disabled_until}" if visitor.disabled_until else "disabled"


# --- visitor handlers -----------------------------------------------------------------------


def _list(args: argparse.Namespace, server: ServerAccess) -> int:
    found = server.services.visitors.search(args.search)
    if args.json:
        print(json.dumps([v.model_dump() for v in found], indent=2, ensure_ascii=False))
        return 0
    print(f"{'IDENTIFIER':<20} {'CATEGORY':<10} {'AGE':<6} {'STATE':<24} NAME")
    for v in found:
        print(
            f"{v.identifier:<20} {v.category:<10} {v.age_band or '-':<6} {_state(v):<24} "
            f"{v.display_name or ''}"
        )
    return 0


def _edit(args: argparse.Namespace, server: ServerAccess) -> int:
    options = {
        "display_name": args.name,
        "category": args.category,
        "notes": args.notes,
    }
    changes = {field: value for field, value in options.items() if value is not None}
    changes |= profile_values(args)
    if not changes:
        raise UsageError("epn visitor edit: give at least one field to change")
    checked = request(
        VisitorUpdate,
        "visitor edit",
        changes,
        options={"display_name": "--name", **PROFILE_OPTIONS},
    )
    server.services.visitors.edit(None, args.identifier, checked.model_dump(exclude_unset=True))
    print(f"visitor {args.identifier!r} changed: {', '.join(sorted(changes))}")
    return 0


def _disable(args: argparse.Namespace, server: ServerAccess) -> int:
    until = _date(args.until, "--until")
    checked = request(VisitorDisable, "visitor disable", {"reason": args.reason, "until": until})
    server.services.visitors.disable(None, args.identifier, checked.reason, checked.until)
    print(f"visitor {args.identifier!r} disabled" + (f" through {until}" if until else ""))
    return 0


def _enable(args: argparse.Namespace, server: ServerAccess) -> int:
    server.services.visitors.enable(None, args.identifier)
    print(f"visitor {args.identifier!r} enabled")
    return 0


def _set_pin(args: argparse.Namespace, server: ServerAccess) -> int:
    pin = None if args.remove else ask_pin()
    checked = request(
        PinChange, "visitor set-pin", {"pin": pin}, options={"pin": "PIN"}, hints=PIN_HINTS
    )
    server.services.visitors.set_pin(None, args.identifier, checked.pin)
    print(f"visitor {args.identifier!r}: PIN {'removed' if pin is None else 'set'}")
    return 0


def _import(args: argparse.Namespace, server: ServerAccess) -> int:
    try:
        data = Path(args.file).read_bytes()
    except OSError as exc:
        raise UsageError(f"epn: cannot read {args.file}: {exc.strerror}") from None
    csv = server.services.visitor_csv
    report = csv.dry_run(data)
    if not args.dry_run and not report.problems:
        report = csv.import_(data)
    _print_report(report, args.json)
    return 1 if report.problems else 0


def _print_report(report: ImportReport, as_json: bool) -> None:
    if as_json:
        print(report.model_dump_json(indent=2))
    for problem in report.problems if not as_json else []:
        print(f"line {problem.line}, {problem.field or '(row)'}: {problem.reason}")
    if report.problems:
        print(
            f"epn: {len(report.problems)} problem(s) in {report.rows} rows, nothing imported",
            file=sys.stderr,
        )
    elif report.dry_run and not as_json:
        print(f"{report.rows} rows, all valid; nothing imported (dry run)")
    elif not as_json:
        print(f"{report.imported} visitors imported")


def _export(args: argparse.Namespace, server: ServerAccess) -> int:
    text = server.services.visitor_csv.export(separator=";" if args.excel else ",", bom=args.excel)
    if args.file == "-":
        sys.stdout.write(text)
        return 0
    try:
        # newline="": the CSV already holds its \r\n line ends
        with open(args.file, "w", encoding="utf-8", newline="") as out:
            out.write(text)
    except OSError as exc:
        raise UsageError(f"epn: cannot write {args.file}: {exc.strerror}") from None
    print(f"{text.count(chr(10)) - 1} visitors exported to {args.file}", file=sys.stderr)
    return 0


# --- ticket handlers ------------------------------------------------------------------------


def _create(args: argparse.Namespace, server: ServerAccess) -> int:
    values = {
        "site": args.site,
        "count": args.count,
        "minutes": args.minutes,
        "valid_from": _date(args.valid_from, "--valid-from"),
        "valid_to": _date(args.valid_to, "--valid-to"),
    }
    asked = request(TicketBatchRequest, "ticket create", values)
    batch = server.services.tickets.create_batch(
        None, asked.site, asked.count, asked.minutes, asked.valid_from, asked.valid_to
    )
    if args.json:
        print(batch.model_dump_json(indent=2))
        return 0
    ticket = batch.tickets[0]
    print(
        f"batch {batch.batch_id}: {len(batch.tickets)} tickets of {args.minutes} min at "
        f"{args.site!r}, valid {ticket.valid_from} to {ticket.valid_to}",
        file=sys.stderr,
    )
    for ticket in batch.tickets:
        print(ticket.code)
    return 0


def _ticket_list(args: argparse.Namespace, server: ServerAccess) -> int:
    found = server.services.tickets.list(None, args.site)
    if args.json:
        print(json.dumps([t.model_dump() for t in found], indent=2, ensure_ascii=False))
        return 0
    print(f"{'CODE':<12} {'STATE':<14} {'MIN':>4} {'SITE':<20} VALID TO")
    for t in found:
        print(f"{t.code:<12} {t.state:<14} {t.minutes:>4} {t.site:<20} {_valid_to(t)}")
    return 0


def _valid_to(ticket: TicketInfo) -> str:
    return ticket.valid_to[:16].replace("T", " ")
