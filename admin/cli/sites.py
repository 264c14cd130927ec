"""CLI commands for sites and policies: opening hours, closed dates, texts, limits.

``epn site list|show|hours|close|open-exception|message|charter|charter-required``, the
ready-made staff messages (``ready-messages``, ``ready-message-add|edit|remove|language``) and
``epn policy set|list``, run on the server straight on the database (the operator there is
trusted like an admin).
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import Any

from admin.cli.common import ServerAccess, UsageError, request
from admin.rules import grant as policy
from admin.sites.settings import LANGUAGES
from kiosk.protocol import hours_text
from kiosk.protocol.rules import PolicyChange
from kiosk.protocol.sites import WEEKDAYS, SiteHours, SiteReadyMessages


def register(nouns: Any, groups: dict[str, Any], noun: Any, verb: Any) -> None:
    site = groups["site"]
    listing = verb(site, "list", "list sites, with whether each is open now", _list)
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")

    show = verb(site, "show", "show a site's hours, closed dates, texts and policies", _show)
    show.add_argument("site", help="site name")
    show.add_argument("--json", action="store_true", help="print JSON instead of text")

    day = verb(site, "hours", "set a site's opening hours for one weekday", _hours)
    day.add_argument("site", help="site name")
    day.add_argument("--day", required=True, choices=WEEKDAYS, help="weekday")
    day.add_argument(
        "--set",
        required=True,
        metavar="HOURS",
        help="intervals, e.g. 09:00-12:30,13:30-18:00; 'closed' for none",
    )

    close = verb(site, "close", "close a site for a whole date (holiday, works)", _close)
    close.add_argument("site", help="site name")
    close.add_argument("date", help="date YYYY-MM-DD")
    close.add_argument("--reason", help="why it is closed, shown to staff")

    exception = verb(
        site, "open-exception", "give a date its own hours instead of its weekday's", _exception
    )
    exception.add_argument("site", help="site name")
    exception.add_argument("date", help="date YYYY-MM-DD")
    exception.add_argument(
        "--set", required=True, metavar="HOURS", help="intervals, e.g. 10:00-14:00"
    )

    message = verb(site, "message", "set the message shown on the lock screen", _message)
    message.add_argument("site", help="site name")
    message.add_argument("--lang", required=True, choices=LANGUAGES, help="language")
    message.add_argument("text", help="the message; an empty text removes it")

    ready = verb(site, "ready-messages", "list a site's ready-made staff messages", _ready_list)
    ready.add_argument("site", help="site name")
    ready.add_argument("--json", action="store_true", help="print JSON instead of text")
    ready_add = verb(
        site, "ready-message-add", "add a ready-made staff message (fr, nl, en)", _ready_add
    )
    ready_add.add_argument("site", help="site name")
    _language_options(ready_add)
    ready_edit = verb(
        site, "ready-message-edit", "change a ready-made message's texts", _ready_edit
    )
    ready_edit.add_argument("site", help="site name")
    ready_edit.add_argument("id", type=int, help="the message's id (see ready-messages)")
    _language_options(ready_edit)
    ready_remove = verb(site, "ready-message-remove", "remove a ready-made message", _ready_remove)
    ready_remove.add_argument("site", help="site name")
    ready_remove.add_argument("id", type=int, help="the message's id (see ready-messages)")
    ready_language = verb(
        site,
        "ready-message-language",
        "set the site's language: every ready-made message has a text in it",
        _ready_language,
    )
    ready_language.add_argument("site", help="site name")
    ready_language.add_argument("language", choices=LANGUAGES, help="fr, nl or en")

    charter = verb(site, "charter", "set the rules/charter text from a UTF-8 file", _charter)
    charter.add_argument("site", help="site name")
    charter.add_argument("--lang", required=True, choices=LANGUAGES, help="language")
    charter.add_argument("--file", required=True, metavar="PATH", help="UTF-8 text file")

    required = verb(
        site,
        "charter-required",
        "whether visitors accept the charter once a day before their first session",
        _charter_required,
    )
    required.add_argument("site", help="site name")
    required.add_argument(
        "choice",
        choices=("yes", "no", "auto"),
        help="yes, no, or auto (yes when the site has a charter text)",
    )

    accompanied = verb(
        site,
        "accompanied",
        "whether the site's free-access hours are accompanied (an animateur on hand); the"
        " label report counts them apart",
        _accompanied,
    )
    accompanied.add_argument("site", help="site name")
    accompanied.add_argument("choice", choices=("yes", "no"), help="yes or no")

    policies = noun(nouns, "policy", "set time allowances per visitor category")
    limits = verb(
        policies,
        "set",
        "set a category's minutes per session, day and week (city-wide, or one site's)",
        _policy_set,
    )
    limits.add_argument("category", help="visitor category, or '*' for every other one")
    limits.add_argument("--session", type=int, required=True, metavar="M", help="minutes/session")
    limits.add_argument("--daily", type=int, required=True, metavar="M", help="minutes per day")
    limits.add_argument("--weekly", type=int, required=True, metavar="M", help="minutes per week")
    limits.add_argument("--site", help="only at this site (overrides the city-wide row)")
    unset = verb(
        policies,
        "unset",
        "remove a category's own allowances: at a site the city-wide row applies again,"
        " city-wide the '*' row does",
        _policy_unset,
    )
    unset.add_argument("category", help="visitor category")
    unset.add_argument("--site", help="remove this site's own row (else the city-wide one)")
    listing = verb(
        policies, "list", "list the city-wide allowances, and a site's own rows", _policy_list
    )
    listing.add_argument("--site", help="also list this site's overrides")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")


def _policy_unset(args: argparse.Namespace, server: ServerAccess) -> int:
    server.services.policies.remove(None, args.category, args.site)
    if args.site:
        print(f"policy {args.category} at {args.site}: the city-wide allowances apply again")
    else:
        print(f"policy {args.category}: removed, the '*' allowances apply to it")
    return 0


def _intervals(args: argparse.Namespace) -> str:
    try:
        return ",".join(hours_text.format_day(hours_text.parse_intervals(args.set))) or "closed"
    except ValueError as exc:
        raise UsageError(f"epn site {args.verb}: {exc}") from None


def _date(args: argparse.Namespace) -> str:
    try:
        return date.fromisoformat(args.date).isoformat()
    except ValueError:
        raise UsageError(f"epn site {args.verb}: {args.date!r} is not a date YYYY-MM-DD") from None


def _list(args: argparse.Namespace, server: ServerAccess) -> int:
    sites = server.services.sites.list_sites(None)
    if args.json:
        print(json.dumps([site.model_dump() for site in sites], indent=2))
        return 0
    print(f"{'SITE':<24} {'TIMEZONE':<18} {'NOW':<7} TODAY")
    for site in sites:
        state = "open" if site.open_now else "closed"
        today = ", ".join(site.today_hours) or "closed"
        print(f"{site.name:<24} {site.timezone:<18} {state:<7} {today}")
    return 0


def _show(args: argparse.Namespace, server: ServerAccess) -> int:
    shown = server.services.sites.show(args.site)
    if args.json:
        print(json.dumps(shown, indent=2, ensure_ascii=False))
        return 0
    state = "open now" if shown["open_now"] else "closed now"
    print(f"{shown['name']} ({shown['timezone']}), {state}")
    _print_hours(SiteHours.model_validate(shown["hours"]))
    for kind in ("message", "charter"):
        for language, text in shown["texts"][kind].items():
            first = text.strip().splitlines()[0] if text.strip() else ""
            print(f"{kind} [{language}]: {first}")
    for category, limits in shown["policies"].items():
        print(
            f"policy {category}: {limits['session_minutes']} min/session,"
            f" {limits['daily_minutes']}/day, {limits['weekly_minutes']}/week"
        )
    return 0


def _print_hours(schedule: SiteHours) -> None:
    if not schedule.weekly:
        print("hours: open around the clock")
    for day in WEEKDAYS:
        if schedule.weekly:
            print(f"{day}: {', '.join(schedule.weekly.get(day, [])) or 'closed'}")
    for row in schedule.exceptions:
        print(f"{row.date}: {', '.join(row.hours)} (exceptional)")
    for closed in schedule.closed:
        print(f"{closed.date}: closed" + (f" ({closed.reason})" if closed.reason else ""))


def _hours(args: argparse.Namespace, server: ServerAccess) -> int:
    intervals = _intervals(args)
    server.services.sites.set_day(args.site, args.day, intervals)
    print(f"{args.site}: {args.day} {intervals}")
    return 0


def _close(args: argparse.Namespace, server: ServerAccess) -> int:
    day = _date(args)
    server.services.sites.close_date(args.site, day, args.reason)
    print(f"{args.site}: closed on {day}")
    return 0


def _exception(args: argparse.Namespace, server: ServerAccess) -> int:
    day = _date(args)
    intervals = _intervals(args)
    if intervals == "closed":
        raise UsageError("epn site open-exception: give hours; use 'epn site close' for a day off")
    server.services.sites.open_exception(args.site, day, intervals)
    print(f"{args.site}: {day} open {intervals}")
    return 0


def _message(args: argparse.Namespace, server: ServerAccess) -> int:
    server.services.sites.set_text(args.site, "message", args.lang, args.text)
    print(f"{args.site}: lock-screen message [{args.lang}] set")
    return 0


def _language_options(parser: argparse.ArgumentParser) -> None:
    for language in LANGUAGES:
        parser.add_argument(
            f"--{language}", metavar="TEXT", help=f"the text in {language} (empty: none)"
        )


def _given_texts(args: argparse.Namespace) -> dict[str, str]:
    return {lang: getattr(args, lang) for lang in LANGUAGES if getattr(args, lang) is not None}


def _print_ready(messages: SiteReadyMessages) -> None:
    print(f"language: {messages.language}")
    for message in messages.messages:
        for language, text in message.texts.items():
            print(f"{message.id}\t{language}\t{text.splitlines()[0] if text else ''}")


def _ready_list(args: argparse.Namespace, server: ServerAccess) -> int:
    messages = server.services.ready_messages.get(None, args.site)
    if args.json:
        print(messages.model_dump_json(indent=2))
    else:
        _print_ready(messages)
    return 0


def _ready_add(args: argparse.Namespace, server: ServerAccess) -> int:
    messages = server.services.ready_messages.add(args.site, _given_texts(args))
    print(f"{args.site}: ready-made message {messages.messages[-1].id} added")
    return 0


def _ready_edit(args: argparse.Namespace, server: ServerAccess) -> int:
    server.services.ready_messages.edit(args.site, args.id, _given_texts(args))
    print(f"{args.site}: ready-made message {args.id} changed")
    return 0


def _ready_remove(args: argparse.Namespace, server: ServerAccess) -> int:
    server.services.ready_messages.remove(args.site, args.id)
    print(f"{args.site}: ready-made message {args.id} removed")
    return 0


def _ready_language(args: argparse.Namespace, server: ServerAccess) -> int:
    server.services.ready_messages.set_language(args.site, args.language)
    print(f"{args.site}: language {args.language}")
    return 0


def _charter(args: argparse.Namespace, server: ServerAccess) -> int:
    try:
        text = Path(args.file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"epn site charter: cannot read {args.file}: {exc}") from None
    server.services.sites.set_text(args.site, "charter", args.lang, text)
    print(f"{args.site}: charter [{args.lang}] set ({len(text)} characters)")
    return 0


def _accompanied(args: argparse.Namespace, server: ServerAccess) -> int:
    server.services.sites.set_accompanied(args.site, args.choice == "yes")
    print(f"site {args.site!r}: free-access hours accompanied: {args.choice}")
    return 0


def _charter_required(args: argparse.Namespace, server: ServerAccess) -> int:
    required = {"yes": True, "no": False, "auto": None}[args.choice]
    server.services.sites.set_charter_required(args.site, required)
    print(f"{args.site}: charter required {args.choice}")
    return 0


def _policy_list(args: argparse.Namespace, server: ServerAccess) -> int:
    rows = server.services.policies.list(None, args.site)
    if args.json:
        print(json.dumps([row.model_dump() for row in rows], indent=2))
        return 0
    print(f"{'CATEGORY':<12} {'WHERE':<24} {'SESSION':>7} {'DAILY':>6} {'WEEKLY':>6}")
    for row in rows:
        where = "city-wide" if row.site_id is None else args.site
        print(
            f"{row.category:<12} {where:<24} {row.session_minutes:>7} {row.daily_minutes:>6}"
            f" {row.weekly_minutes:>6}"
        )
    return 0


def _policy_set(args: argparse.Namespace, server: ServerAccess) -> int:
    change = request(
        PolicyChange,
        "policy set",
        {
            "session_minutes": args.session,
            "daily_minutes": args.daily,
            "weekly_minutes": args.weekly,
        },
        options={
            "session_minutes": "--session",
            "daily_minutes": "--daily",
            "weekly_minutes": "--weekly",
        },
    )
    limits = policy.Limits(change.session_minutes, change.daily_minutes, change.weekly_minutes)
    # what PUT /policies/{category} does: a known category, city-wide or at the site
    server.services.policies.set(None, args.category, limits, args.site)
    where = f"at {args.site}" if args.site else "city-wide"
    print(f"policy {args.category} {where}: {args.session}/{args.daily}/{args.weekly} minutes")
    return 0
