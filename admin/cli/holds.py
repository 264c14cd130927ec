"""CLI commands for held stations and the desk's queue: ``epn booking add|list|cancel``,
``epn queue take|list|call|skip|cancel|serve``.

Run on the server, straight on the database (the operator there acts on every site), through
the API's request models and the services its routes call (admin/holds/service.py). Times are
printed at the site's wall clock.
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from admin.cli.common import ServerAccess, UsageError, request
from kiosk.protocol.holds import BookingRequest, Hold, HoldKind, Ticket, TicketRequest


def register(nouns: Any, groups: dict[str, Any], noun: Any, verb: Any) -> None:
    bookings = noun(nouns, "booking", "hold stations ahead of time: a visitor's PC, a group's PCs")
    add = verb(bookings, "add", "book one PC for a visitor, or PCs for a group (--group)", _add)
    add.add_argument("--site", required=True, help="the site's name")
    add.add_argument(
        "--from",
        dest="starts_at",
        required=True,
        metavar="WHEN",
        help="start: 'YYYY-MM-DD HH:MM' at the site's wall clock, or ISO 8601 with an offset",
    )
    add.add_argument("--to", dest="ends_at", required=True, metavar="WHEN", help="end, as --from")
    add.add_argument(
        "--station",
        action="append",
        default=[],
        metavar="NAME",
        help="a station to hold (repeat for several)",
    )
    add.add_argument("--count", type=int, help="hold this many free stations instead")
    who = add.add_mutually_exclusive_group(required=True)
    who.add_argument("--visitor", metavar="CARD", help="the visitor a PC is booked for")
    who.add_argument("--group", metavar="LABEL", help="a group booking's label (a class, a club)")
    add.add_argument(
        "--card",
        action="append",
        default=[],
        metavar="CARD",
        help="a card the group booking admits (repeat)",
    )
    add.add_argument("--code", help="the group's session code (4 to 12 letters or digits)")
    add.add_argument("--new-code", action="store_true", help="make up a session code")
    listing = verb(bookings, "list", "list the holds not over yet, in time order", _list)
    listing.add_argument("--site", help="only this site")
    listing.add_argument("--all", action="store_true", help="also released and cancelled ones")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    cancel = verb(bookings, "cancel", "cancel one hold, or a whole booking (--booking)", _cancel)
    cancel.add_argument("id", help="the hold's ID, or with --booking the booking's")
    cancel.add_argument("--booking", action="store_true", help="ID is a booking: cancel all")

    tickets = noun(nouns, "queue", "the desk's queue: numbers, calls to a free PC")
    take = verb(tickets, "take", "take a number for a visitor's card or a name", _take)
    take.add_argument("--site", required=True, help="the site's name")
    person = take.add_mutually_exclusive_group(required=True)
    person.add_argument("--visitor", metavar="CARD", help="the visitor's card")
    person.add_argument("--name", help="a name, for someone without a card")
    queue_list = verb(tickets, "list", "the tickets waiting or called, in order", _queue_list)
    queue_list.add_argument("--site", help="only this site")
    queue_list.add_argument("--json", action="store_true", help="print JSON instead of a table")
    call = verb(tickets, "call", "call a waiting ticket now to a free PC", _call)
    call.add_argument("id", type=int, help="the ticket's ID")
    call.add_argument("--station", help="this PC rather than the first free one")
    skip = verb(tickets, "skip", "send a ticket to the end of the line", _skip)
    skip.add_argument("id", type=int, help="the ticket's ID")
    cancel_ticket = verb(tickets, "cancel", "take a ticket out of the line", _cancel_ticket)
    cancel_ticket.add_argument("id", type=int, help="the ticket's ID")
    serve = verb(tickets, "serve", "the visitor was helped: the ticket leaves the line", _serve)
    serve.add_argument("id", type=int, help="the ticket's ID")


def local_time(moment: str | None, timezone: str) -> str:
    if moment is None:
        return "-"
    return datetime.fromisoformat(moment).astimezone(ZoneInfo(timezone)).strftime("%Y-%m-%d %H:%M")


def _who(hold: Hold) -> str:
    if hold.kind == HoldKind.QUEUE:
        return f"number {hold.number}"
    if hold.kind == HoldKind.VISITOR:
        return f"visitor {hold.visitor}"
    return f"« {hold.label} »" + (f" code {hold.code}" if hold.code else "")


def _print_holds(holds: list[Hold]) -> None:
    print(f"{'ID':>5} {'STATION':<10} {'KIND':<9} {'STATE':<9} {'FROM':<16} {'TO':<16} FOR")
    for hold in holds:
        print(
            f"{hold.id:>5} {hold.station:<10} {hold.kind.value:<9} {hold.state.value:<9}"
            f" {local_time(hold.starts_at, hold.timezone):<16} {local_time(hold.ends_at, hold.timezone):<16}"
            f" {_who(hold)}"
        )


def _add(args: argparse.Namespace, server: ServerAccess) -> int:
    kind = HoldKind.GROUP if args.group else HoldKind.VISITOR
    checked = request(
        BookingRequest,
        "booking add",
        {
            "site": args.site,
            "kind": kind,
            "starts_at": args.starts_at,
            "ends_at": args.ends_at,
            "stations": args.station,
            "count": args.count,
            "visitor": args.visitor,
            "visitors": args.card,
            "label": args.group,
            "code": args.code,
            "new_code": args.new_code,
        },
        options={
            "starts_at": "--from",
            "ends_at": "--to",
            "stations": "--station",
            "visitors": "--card",
            "label": "--group",
        },
    )
    booking = server.services.holds.book(None, checked)
    print(f"booking {booking.booking}:")
    _print_holds(booking.holds)
    return 0


def _list(args: argparse.Namespace, server: ServerAccess) -> int:
    holds = server.services.holds.listing(None, args.site, every=args.all).holds
    if args.json:
        print(json.dumps([hold.model_dump(mode="json") for hold in holds], indent=2))
        return 0
    if not holds:
        print("no holds")
        return 0
    _print_holds(holds)
    return 0


def _cancel(args: argparse.Namespace, server: ServerAccess) -> int:
    if args.booking:
        cancelled = server.services.holds.cancel_booking(None, args.id).holds
    else:
        if not args.id.isdigit() or int(args.id) < 1:
            raise UsageError("epn booking cancel: ID must be a positive number (or give --booking)")
        cancelled = [server.services.holds.cancel(None, int(args.id))]
    for hold in cancelled:
        print(f"hold {hold.id} on {hold.station}: {hold.state.value}")
    return 0


def _print_ticket(ticket: Ticket, timezone: str | None = None) -> None:
    where = ""
    if ticket.station:
        until = local_time(ticket.hold_until, timezone) if timezone else ticket.hold_until
        where = f" → {ticket.station} until {until}"
    elif ticket.position is not None:
        wait = ticket.expected_wait_seconds
        where = f" place {ticket.position}" + (f", about {wait // 60} min" if wait else "")
    who = ticket.visitor or ticket.name
    print(f"{ticket.id:>5} number {ticket.number:<4} {ticket.state.value:<8} {who}{where}")


def _take(args: argparse.Namespace, server: ServerAccess) -> int:
    checked = request(
        TicketRequest,
        "queue take",
        {"site": args.site, "visitor": args.visitor, "name": args.name},
    )
    _print_ticket(server.services.holds.take(None, checked))
    return 0


def _queue_list(args: argparse.Namespace, server: ServerAccess) -> int:
    queues = server.services.holds.queues(None, args.site).queues
    if args.json:
        print(json.dumps([queue.model_dump(mode="json") for queue in queues], indent=2))
        return 0
    for queue in queues:
        print(f"{queue.site}: {len(queue.tickets) or 'nobody'} in line")
        for ticket in queue.tickets:
            _print_ticket(ticket, queue.timezone)
    return 0


def _call(args: argparse.Namespace, server: ServerAccess) -> int:
    _print_ticket(server.services.holds.call(None, args.id, args.station))
    return 0


def _skip(args: argparse.Namespace, server: ServerAccess) -> int:
    _print_ticket(server.services.holds.skip(None, args.id))
    return 0


def _serve(args: argparse.Namespace, server: ServerAccess) -> int:
    _print_ticket(server.services.holds.serve(None, args.id))
    return 0


def _cancel_ticket(args: argparse.Namespace, server: ServerAccess) -> int:
    _print_ticket(server.services.holds.cancel_ticket(None, args.id))
    return 0
