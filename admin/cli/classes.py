"""CLI commands of class sessions: ``epn class start|end|list|lock|unlock|message|extend``.

A teacher runs them from their own machine, over the API as themselves (``--server``,
``--user``; the password from $EPN_PASSWORD or asked), so the server checks their scope and
wakes the class's stations at once; the request models are the API's (one validation).
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from admin.cli.common import (
    PASSWORD_INSTEAD,
    ServerAccess,
    UsageError,
    ask_password,
    refuse_secret,
    request,
)
from admin.cli.holds import local_time
from kiosk.protocol.classes import (
    ClassAction,
    ClassCommand,
    ClassInfo,
    ClassRequest,
    ClassState,
)
from kiosk.protocol.trust_options import add_trust_options, trust_from

if TYPE_CHECKING:  # httpx is loaded by the commands that talk HTTP only
    from admin.client.staff_client import StaffClient


def register(nouns: Any, groups: dict[str, Any], noun: Any, verb: Any) -> None:
    classes = noun(nouns, "class", "class sessions: a teacher's class on a room's PCs")
    start = verb(classes, "start", "start a class now (or plan one with --from)", _start, db=None)
    start.add_argument("--site", required=True, help="the site's name")
    start.add_argument("--title", required=True, help="the class's title, e.g. '5e B — Scratch'")
    start.add_argument(
        "--from",
        dest="starts_at",
        metavar="WHEN",
        help="start: 'YYYY-MM-DD HH:MM' at the site's wall clock (default: now)",
    )
    start.add_argument("--to", dest="ends_at", required=True, metavar="WHEN", help="end, as --from")
    start.add_argument(
        "--station",
        action="append",
        default=[],
        metavar="NAME",
        help="a PC of the class (repeat; default: every PC of the site)",
    )
    start.add_argument(
        "--pupil", action="append", default=[], metavar="CARD", help="a pupil's card (repeat)"
    )
    start.add_argument(
        "--pupil-category",
        default="pupil",
        metavar="CATEGORY",
        help="every account of this category is a pupil of the class (default: pupil;"
        " '' for the listed cards only)",
    )
    start.add_argument("--teacher-card", metavar="CARD", help="the teacher's own card")
    start.add_argument("--for", dest="teacher", metavar="USER", help="staff: the class's teacher")
    listing = verb(classes, "list", "the classes you may see, running ones first", _list, db=None)
    listing.add_argument("--state", choices=[s.value for s in ClassState], help="only these")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    end = verb(
        classes, "end", "end a class: every PC's session ends, the PCs are free", _end, db=None
    )
    end.add_argument("id", type=int, help="the class's ID")
    verbs = [start, listing, end]
    for action, text in (
        (ClassAction.LOCK, "lock every screen of the class"),
        (ClassAction.UNLOCK, "unlock every screen of the class"),
        (ClassAction.MESSAGE, "send a message to every PC of the class"),
        (ClassAction.EXTEND, "give every pupil of the class more minutes"),
    ):
        acting = verb(classes, action.value, text, _act, db=None)
        acting.add_argument("id", type=int, help="the class's ID")
        acting.set_defaults(action=action)
        if action == ClassAction.MESSAGE:
            acting.add_argument("text", help="the message")
        if action == ClassAction.EXTEND:
            acting.add_argument("minutes", type=int, help="minutes to add")
        verbs.append(acting)
    for each in verbs:
        each.add_argument(
            "--server", required=True, metavar="URL", help="server base URL, e.g. https://epn:8750"
        )
        add_trust_options(each)
        each.add_argument("--user", required=True, help="your username (a teacher, or staff)")
        refuse_secret(each, "--password", PASSWORD_INSTEAD)


def _client(args: argparse.Namespace) -> StaffClient:
    from admin.client.staff_client import StaffClient  # httpx only for the commands that talk HTTP

    try:
        trust = trust_from(args)
    except ValueError as exc:
        raise UsageError(f"epn class {args.verb}: {exc}") from None
    client = StaffClient(args.server, trust=trust)
    client.login(args.user, ask_password(confirm=False))
    return client


def _print(info: ClassInfo) -> None:
    span = f"{local_time(info.starts_at, info.timezone)} → {local_time(info.ends_at, info.timezone)[-5:]}"
    print(
        f"{info.id:>5} {info.state.value:<8} {span:<24} {info.teacher:<14} {info.site}:"
        f" {', '.join(info.stations)}  « {info.title} »"
    )


def _start(args: argparse.Namespace, server: ServerAccess) -> int:
    checked = request(
        ClassRequest,
        "class start",
        {
            "site": args.site,
            "title": args.title,
            "starts_at": args.starts_at,
            "ends_at": args.ends_at,
            "stations": args.station,
            "pupils": args.pupil,
            "pupil_category": args.pupil_category or None,
            "teacher_card": args.teacher_card,
            "teacher": args.teacher,
        },
        options={
            "starts_at": "--from",
            "ends_at": "--to",
            "stations": "--station",
            "pupils": "--pupil",
            "teacher": "--for",
        },
    )
    with _client(args) as client:
        _print(client.start_class(checked))
    return 0


def _list(args: argparse.Namespace, server: ServerAccess) -> int:
    state = ClassState(args.state) if args.state else None
    with _client(args) as client:
        found = client.classes(state)
    if args.json:
        print(json.dumps([c.model_dump(mode="json") for c in found], indent=2))
    elif not found:
        print("no classes")
    for info in [] if args.json else found:
        _print(info)
    return 0


def _end(args: argparse.Namespace, server: ServerAccess) -> int:
    with _client(args) as client:
        info = client.end_class(args.id)
    print(f"class {info.id} ended: {', '.join(info.stations)} free")
    return 0


def _act(args: argparse.Namespace, server: ServerAccess) -> int:
    argument = request(
        ClassCommand,
        f"class {args.verb}",
        {"text": getattr(args, "text", None), "minutes": getattr(args, "minutes", None)},
    )
    with _client(args) as client:
        result = client.class_action(args.id, args.action, argument)
    print(f"{result.action.value} sent to {', '.join(result.sent) or 'no PC'}")
    if result.skipped:
        print(f"nobody signed in on {', '.join(result.skipped)}")
    return 0
