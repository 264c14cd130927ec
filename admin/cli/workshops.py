"""CLI commands for workshops: ``epn workshop add|list|show|edit|register|registrations|cancel|
attend|attendance|sheet|certificate|themes|theme-set|theme-remove|no-show-rule``.

Run on the server, straight on the database (the operator there acts on every site), through
the API's request models and the service its routes call (admin/workshops/service.py). Times
are given and printed at the site's wall clock.
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from admin.cli.common import ServerAccess, UsageError, request
from admin.workshops.printing import Printed
from kiosk.protocol.workshops import (
    AttendanceMark,
    NoShowRule,
    Registration,
    RegistrationRequest,
    Titles,
    Workshop,
    WorkshopKind,
    WorkshopLevel,
    WorkshopRequest,
    WorkshopUpdate,
)


def register(nouns: Any, groups: dict[str, Any], noun: Any, verb: Any) -> None:
    workshops = noun(nouns, "workshop", "workshops: initiations, trainings and courses on held PCs")
    add = verb(workshops, "add", "plan a workshop: one date or a weekly series", _add)
    add.add_argument("--site", required=True, help="the site's name")
    add.add_argument(
        "--kind", required=True, help=f"one of {', '.join(k.value for k in WorkshopKind)}"
    )
    for lang in ("fr", "nl", "en"):
        add.add_argument(f"--title-{lang}", metavar="TEXT", help=f"the title in {lang}")
        add.add_argument(f"--description-{lang}", metavar="TEXT", help=f"the description in {lang}")
    add.add_argument("--theme", required=True, help="a theme's code (see 'epn workshop themes')")
    add.add_argument(
        "--level", default="beginner", help=f"one of {', '.join(v.value for v in WorkshopLevel)}"
    )
    add.add_argument("--language", default="fr", help="the language it is given in (fr, nl, ...)")
    add.add_argument("--animateur", required=True, metavar="USERNAME", help="the staff account")
    add.add_argument(
        "--animateur-card", metavar="CARD", help="the visitor card the animateur signs in with"
    )
    add.add_argument("--capacity", type=int, required=True, help="places before the waitlist")
    add.add_argument(
        "--station", action="append", default=[], metavar="NAME", help="a PC to hold (repeat)"
    )
    add.add_argument("--stations", type=int, dest="station_count", help="hold this many free PCs")
    add.add_argument(
        "--walk-ins", action="store_true", help="admit anyone with the session code too"
    )
    add.add_argument("--code", help="the walk-ins' session code (made up when not given)")
    add.add_argument(
        "--per-date", action="store_true", help="register per date, not for the whole series"
    )
    add.add_argument(
        "--from",
        dest="starts_at",
        required=True,
        metavar="WHEN",
        help="the first date: 'YYYY-MM-DD HH:MM' at the site's wall clock",
    )
    add.add_argument("--minutes", type=int, required=True, help="how long each date lasts")
    add.add_argument("--weeks", type=int, default=1, help="repeat weekly, this many dates in all")

    listing = verb(workshops, "list", "the workshops with a date not over, first first", _list)
    listing.add_argument("--site", help="only this site")
    listing.add_argument("--since", metavar="WHEN", help="with a date ending after (default now)")
    listing.add_argument("--until", metavar="WHEN", help="with a date starting before")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")

    show = verb(workshops, "show", "a workshop, its dates and its registrations", _show)
    show.add_argument("id", type=int, help="the workshop's ID")
    show.add_argument("--json", action="store_true", help="print JSON")

    edit = verb(workshops, "edit", "change a workshop's title, theme, level or capacity", _edit)
    edit.add_argument("id", type=int, help="the workshop's ID")
    for lang in ("fr", "nl", "en"):
        edit.add_argument(f"--title-{lang}", metavar="TEXT", help=f"the title in {lang}")
    edit.add_argument("--theme", help="a theme's code")
    edit.add_argument("--level", help="the level")
    edit.add_argument("--language", help="the language it is given in")
    edit.add_argument("--capacity", type=int, help="places (more promote the waitlist)")

    reg = verb(workshops, "register", "register a card or a name (waitlisted when full)", _register)
    reg.add_argument("id", type=int, help="the workshop's ID")
    who = reg.add_mutually_exclusive_group(required=True)
    who.add_argument("--visitor", metavar="CARD", help="the visitor's card")
    who.add_argument("--name", help="a name, for someone without a card")
    reg.add_argument("--date", type=int, dest="date_id", help="the date's ID (per-date workshops)")
    reg.add_argument("--gender", default="", help="f, m or x (a name only)")
    reg.add_argument("--age-band", default="", help="0-11, 12-17, 18-24, 25-39, 40-59, 60-69, 70+")
    reg.add_argument("--status", default="", help="school, jobseeker, employed, retired or other")
    reg.add_argument("--commune", default="", help="a Brussels commune, or 'outside'")

    people = verb(workshops, "registrations", "who is registered and on the waitlist", _people)
    people.add_argument("id", type=int, help="the workshop's ID")
    people.add_argument("--all", action="store_true", help="also the cancelled registrations")
    people.add_argument("--json", action="store_true", help="print JSON instead of a table")

    cancel = verb(
        workshops, "cancel", "cancel a registration, a date or the whole workshop", _cancel
    )
    cancel.add_argument("id", type=int, help="the workshop's ID")
    which = cancel.add_mutually_exclusive_group()
    which.add_argument("--registration", type=int, metavar="ID", help="cancel this registration")
    which.add_argument("--date", type=int, metavar="ID", help="cancel this date only")

    attend = verb(workshops, "attend", "tick or untick a participant at a date", _attend)
    attend.add_argument("id", type=int, help="the workshop's ID")
    attend.add_argument("--date", type=int, required=True, metavar="ID", help="the date's ID")
    attend.add_argument(
        "--registration", type=int, required=True, metavar="ID", help="the registration's ID"
    )
    state = attend.add_mutually_exclusive_group()
    state.add_argument("--absent", action="store_true", help="untick: not there")
    state.add_argument("--clear", action="store_true", help="take the tick back")

    attendance = verb(workshops, "attendance", "who came to each date, with minutes", _attendance)
    attendance.add_argument("id", type=int, help="the workshop's ID")
    attendance.add_argument("--json", action="store_true", help="print JSON instead of a table")

    sheet = verb(workshops, "sheet", "write the attendance sheet (PDF)", _sheet)
    sheet.add_argument("id", type=int, help="the workshop's ID")
    _pdf_options(sheet)
    cert = verb(
        workshops, "certificate", "write a participant's certificate of attendance (PDF)", _cert
    )
    cert.add_argument("id", type=int, help="the workshop's ID")
    cert.add_argument("registration", type=int, help="the registration's ID")
    _pdf_options(cert)

    themes = verb(workshops, "themes", "the list of workshop themes", _themes)
    themes.add_argument("--json", action="store_true", help="print JSON instead of a table")
    theme_set = verb(workshops, "theme-set", "add a theme or rename one", _theme_set)
    theme_set.add_argument("code", help="the theme's code (lower-case letters, digits, dashes)")
    for lang in ("fr", "nl", "en"):
        theme_set.add_argument(f"--{lang}", metavar="TEXT", help=f"its name in {lang}")
    theme_remove = verb(workshops, "theme-remove", "remove a theme no workshop has", _theme_remove)
    theme_remove.add_argument("code", help="the theme's code")

    rule = verb(workshops, "no-show-rule", "show or set a site's no-show rule", _no_show_rule)
    rule.add_argument("--site", required=True, help="the site's name")
    rule.add_argument("--limit", type=int, help="no-shows that pause registrations")
    rule.add_argument("--period", type=int, metavar="DAYS", help="within this many days")
    rule.add_argument("--pause", type=int, metavar="DAYS", help="paused this many days")
    rule.add_argument("--off", action="store_true", help="turn the rule off")


def _local(moment: str, timezone: str) -> str:
    return datetime.fromisoformat(moment).astimezone(ZoneInfo(timezone)).strftime("%Y-%m-%d %H:%M")


def _title(workshop: Workshop) -> str:
    texts = workshop.title.model_dump()
    return next((t for t in texts.values() if t), "")


def _print_workshop(workshop: Workshop) -> None:
    print(
        f"workshop {workshop.id}: « {_title(workshop)} » ({workshop.kind.value}, {workshop.theme},"
        f" {workshop.level.value}, {workshop.language}) at {workshop.site},"
        f" animateur {workshop.animateur}, {workshop.capacity} places, {workshop.state}"
    )
    if workshop.code:
        print(f"  walk-ins with the code {workshop.code}")
    for date in workshop.dates:
        print(
            f"  date {date.id:>4}: {_local(date.starts_at, workshop.timezone)}"
            f" to {_local(date.ends_at, workshop.timezone)[11:]} {date.state:<9}"
            f" {', '.join(date.stations)}  {date.registered} registered,"
            f" {date.waitlisted} waiting"
        )


def _print_registration(item: Registration) -> None:
    where = f" place {item.position}" if item.position else ""
    date = f" date {item.date_id}" if item.date_id else ""
    print(f"{item.id:>5} {item.state.value:<10} {item.visitor or item.name}{date}{where}")


def _add(args: argparse.Namespace, server: ServerAccess) -> int:
    titles = {lang: getattr(args, f"title_{lang}") for lang in ("fr", "nl", "en")}
    descriptions = {lang: getattr(args, f"description_{lang}") for lang in ("fr", "nl", "en")}
    checked = request(
        WorkshopRequest,
        "workshop add",
        {
            "site": args.site,
            "kind": args.kind,
            "title": {k: v for k, v in titles.items() if v is not None},
            "description": {k: v for k, v in descriptions.items() if v is not None},
            "theme": args.theme,
            "level": args.level,
            "language": args.language,
            "animateur": args.animateur,
            "animateur_card": args.animateur_card,
            "capacity": args.capacity,
            "stations": args.station,
            "station_count": args.station_count,
            "walk_ins": args.walk_ins,
            "code": args.code,
            "registration": "date" if args.per_date else "series",
            "starts_at": args.starts_at,
            "minutes": args.minutes,
            "weeks": args.weeks,
        },
        options={
            "starts_at": "--from",
            "stations": "--station",
            "station_count": "--stations",
            "title": "--title-fr/--title-nl/--title-en",
            "registration": "--per-date",
        },
    )
    _print_workshop(server.services.workshops.add(None, checked))
    return 0


def _list(args: argparse.Namespace, server: ServerAccess) -> int:
    found = server.services.workshops.listing(None, args.site, args.since, args.until).workshops
    if args.json:
        print(json.dumps([w.model_dump(mode="json") for w in found], indent=2))
        return 0
    if not found:
        print("no workshops")
        return 0
    for workshop in found:
        first = workshop.dates[0]
        print(
            f"{workshop.id:>5} {_local(first.starts_at, workshop.timezone)}"
            f" {len(workshop.dates):>2} dates {workshop.site:<16} {workshop.kind.value:<10}"
            f" « {_title(workshop)} »"
        )
    return 0


def _show(args: argparse.Namespace, server: ServerAccess) -> int:
    workshop = server.services.workshops.show(None, args.id)
    people = server.services.workshops.registrations(None, args.id).registrations
    if args.json:
        body = {
            "workshop": workshop.model_dump(mode="json"),
            "registrations": [r.model_dump(mode="json") for r in people],
        }
        print(json.dumps(body, indent=2))
        return 0
    _print_workshop(workshop)
    for item in people:
        _print_registration(item)
    return 0


def _edit(args: argparse.Namespace, server: ServerAccess) -> int:
    values: dict[str, Any] = {}
    titles = {lang: getattr(args, f"title_{lang}") for lang in ("fr", "nl", "en")}
    if any(v is not None for v in titles.values()):
        current = server.services.workshops.show(None, args.id).title.model_dump()
        values["title"] = {**current, **{k: v for k, v in titles.items() if v is not None}}
    for field in ("theme", "level", "language", "capacity"):
        if getattr(args, field) is not None:
            values[field] = getattr(args, field)
    if not values:
        raise UsageError("epn workshop edit: give something to change")
    checked = request(WorkshopUpdate, "workshop edit", values)
    _print_workshop(server.services.workshops.update(None, args.id, checked))
    return 0


def _register(args: argparse.Namespace, server: ServerAccess) -> int:
    checked = request(
        RegistrationRequest,
        "workshop register",
        {
            "visitor": args.visitor,
            "name": args.name,
            "date_id": args.date_id,
            "gender": args.gender,
            "age_band": args.age_band,
            "status": args.status,
            "commune": args.commune,
        },
        options={"date_id": "--date"},
    )
    _print_registration(server.services.workshops.register(None, args.id, checked))
    return 0


def _people(args: argparse.Namespace, server: ServerAccess) -> int:
    found = server.services.workshops.registrations(None, args.id, args.all).registrations
    if args.json:
        print(json.dumps([r.model_dump(mode="json") for r in found], indent=2))
        return 0
    if not found:
        print("nobody registered")
    for item in found:
        _print_registration(item)
    return 0


def _cancel(args: argparse.Namespace, server: ServerAccess) -> int:
    if args.registration is not None:
        _print_registration(server.services.workshops.unregister(None, args.id, args.registration))
        return 0
    _print_workshop(server.services.workshops.cancel(None, args.id, args.date))
    return 0


def _attend(args: argparse.Namespace, server: ServerAccess) -> int:
    present = None if args.clear else not args.absent
    mark = request(
        AttendanceMark,
        "workshop attend",
        {"date_id": args.date, "registration_id": args.registration, "present": present},
        options={"date_id": "--date", "registration_id": "--registration"},
    )
    server.services.workshops.mark(None, args.id, mark)
    print(
        f"registration {args.registration} at date {args.date}: "
        + ("tick taken back" if present is None else ("present" if present else "absent"))
    )
    return 0


def _attendance(args: argparse.Namespace, server: ServerAccess) -> int:
    found = server.services.workshops.attendance(None, args.id)
    if args.json:
        print(json.dumps(found.model_dump(mode="json"), indent=2))
        return 0
    for date in found.dates:
        print(f"date {date.date_id}: {_local(date.starts_at, found.timezone)}")
        for person in date.attendees:
            state = "present" if person.present else ("no-show" if person.no_show else "-")
            extra = " walk-in" if person.walk_in else ""
            extra += " (ticked)" if person.ticked is not None else ""
            print(
                f"  {person.visitor or person.name:<24} {state:<8} {person.minutes:>4} min{extra}"
            )
    return 0


def _pdf_options(parser: Any) -> None:
    parser.add_argument(
        "--language", help="the reader's language: fr, nl or en (default: the site's)"
    )
    parser.add_argument(
        "--out", type=Path, metavar="FILE", help="where to write it (default: its name, here)"
    )
    parser.add_argument("--force", action="store_true", help="overwrite FILE if it exists")


def _write_pdf(args: argparse.Namespace, command: str, printed: Printed) -> int:
    """Write the PDF, never over a file unless --force; nothing half-written."""
    out: Path = args.out if args.out is not None else Path(printed.filename)
    try:
        with out.open("wb" if args.force else "xb") as file:
            file.write(printed.content)
    except FileExistsError:
        raise UsageError(
            f"epn workshop {command}: {out} exists: give --force to overwrite it"
        ) from None
    except OSError as exc:
        raise UsageError(f"epn workshop {command}: {out}: {exc.strerror}") from None
    print(f"wrote {out} ({len(printed.content)} bytes)")
    return 0


def _check_out(args: argparse.Namespace, command: str) -> None:
    # before drawing the PDF: a file in the way is said at once
    if args.out is not None and args.out.exists() and not args.force:
        raise UsageError(f"epn workshop {command}: {args.out} exists: give --force to overwrite it")


def _sheet(args: argparse.Namespace, server: ServerAccess) -> int:
    _check_out(args, "sheet")
    printed = server.services.workshops.sheet(None, args.id, args.language)
    return _write_pdf(args, "sheet", printed)


def _cert(args: argparse.Namespace, server: ServerAccess) -> int:
    _check_out(args, "certificate")
    printed = server.services.workshops.certificate(None, args.id, args.registration, args.language)
    return _write_pdf(args, "certificate", printed)


def _themes(args: argparse.Namespace, server: ServerAccess) -> int:
    found = server.services.workshops.themes().themes
    if args.json:
        print(json.dumps([t.model_dump(mode="json") for t in found], indent=2))
        return 0
    for theme in found:
        labels = theme.labels
        print(f"{theme.code:<16} {labels.fr or '-'} / {labels.nl or '-'} / {labels.en or '-'}")
    return 0


def _theme_set(args: argparse.Namespace, server: ServerAccess) -> int:
    labels = request(
        Titles, "workshop theme-set", {k: getattr(args, k) for k in ("fr", "nl", "en")}
    )
    theme = server.services.workshops.put_theme(None, args.code, labels)
    print(f"theme {theme.code}")
    return 0


def _theme_remove(args: argparse.Namespace, server: ServerAccess) -> int:
    print(f"theme {server.services.workshops.remove_theme(None, args.code).code} removed")
    return 0


def _no_show_rule(args: argparse.Namespace, server: ServerAccess) -> int:
    service = server.services.workshops
    rule = service.no_show_rule(None, args.site)
    if args.off or any(v is not None for v in (args.limit, args.period, args.pause)):
        values = rule.model_dump()
        values["limit"] = None if args.off else (rule.limit if args.limit is None else args.limit)
        if args.period is not None:
            values["period_days"] = args.period
        if args.pause is not None:
            values["pause_days"] = args.pause
        checked = request(
            NoShowRule,
            "workshop no-show-rule",
            values,
            options={"period_days": "--period", "pause_days": "--pause"},
        )
        rule = service.put_no_show_rule(None, args.site, checked)
    if rule.limit is None:
        print(f"{args.site}: no-show rule off")
    else:
        print(
            f"{args.site}: after {rule.limit} no-shows within {rule.period_days} days,"
            f" registrations paused for {rule.pause_days} days"
        )
    return 0
