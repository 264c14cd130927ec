"""CLI commands for the app catalogue, profiles and station restrictions.

``epn app add|list|remove|preview|usage``, ``epn profile add|apps|assign|list|remove`` and
``epn station restrict``, run on the server straight on the database (the operator there is
trusted like an admin). A change reaches a station at the visitor's next sign-in.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from pydantic import ValidationError

from admin.catalogue.editing import Mode
from admin.cli.common import ServerAccess, UsageError, request
from admin.core.errors import problem_text
from kiosk.protocol.catalogue import (
    AppSpec,
    ProfileAppsChange,
    ProfileAssignment,
    ProfileCreate,
    ProfileInfo,
    StationAppsChange,
)
from kiosk.protocol.station import AppEntry

#: What a bad app id is told, rather than the pattern.
APP_ID_HINT = "app ids are lower case letters, digits, '.', '_' and '-' (e.g. firefox)"


def register(nouns: Any, groups: dict[str, Any], noun: Any, verb: Any) -> None:
    apps = noun(nouns, "app", "manage the app catalogue visitors launch")
    add = verb(apps, "add", "add an app to the catalogue (or change one with --replace)", _app_add)
    add.add_argument("id", help="app id: lower case, digits, '.', '_', '-' (e.g. firefox)")
    for language, label in (("fr", "French"), ("nl", "Dutch"), ("en", "English")):
        add.add_argument(f"--name-{language}", metavar="NAME", help=f"name shown in {label}")
    add.add_argument("--linux", metavar="CMD", help="command line on Linux stations")
    add.add_argument("--windows", metavar="CMD", help="command line on Windows stations")
    add.add_argument(
        "--process",
        action="append",
        default=[],
        metavar="NAME",
        help="process name or executable path the app may spawn (repeat for several)",
    )
    add.add_argument("--icon", help="icon name of the desktop theme, or a path on the station")
    add.add_argument("--replace", action="store_true", help="change the existing app with this id")

    listing = verb(apps, "list", "list the apps of the catalogue", _app_list)
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")

    remove = verb(
        apps, "remove", "remove an app from the catalogue, profiles and stations", _app_remove
    )
    remove.add_argument("id", help="app id")

    preview = verb(
        apps, "preview", "show the apps a visitor would get on a station, and why", _app_preview
    )
    preview.add_argument("--station", required=True, help="station name")
    preview.add_argument("--visitor", required=True, help="visitor identifier")
    preview.add_argument("--json", action="store_true", help="print JSON instead of a table")

    usage = verb(apps, "usage", "total time of use per app (from the stations' reports)", _usage)
    usage.add_argument("--site", help="only the sessions of this site")
    usage.add_argument("--json", action="store_true", help="print JSON instead of a table")

    profiles = noun(nouns, "profile", "manage profiles: named sets of apps given to visitors")
    add = verb(profiles, "add", "add a profile", _profile_add)
    add.add_argument("name", help="profile name, unique (e.g. 'Job search')")
    add.add_argument(
        "--app", action="append", default=[], metavar="ID", help="app of the profile (repeatable)"
    )

    change = verb(profiles, "apps", "add apps to a profile or take them out", _profile_apps)
    change.add_argument("name", help="profile name")
    change.add_argument(
        "--add", action="append", default=[], metavar="ID", help="app to add (repeatable)"
    )
    change.add_argument(
        "--remove", action="append", default=[], metavar="ID", help="app to take out (repeatable)"
    )

    assign = verb(
        profiles,
        "assign",
        "give a profile to a visitor category (city-wide or at a site) or to one visitor",
        _profile_assign,
    )
    assign.add_argument("name", help="profile name")
    target = assign.add_mutually_exclusive_group(required=True)
    target.add_argument("--category", help="visitor category; '*' makes it the default profile")
    target.add_argument("--visitor", metavar="IDENTIFIER", help="one visitor's own profile")
    assign.add_argument("--site", help="only at this site (with --category)")
    assign.add_argument("--remove", action="store_true", help="take the profile back instead")

    listing = verb(profiles, "list", "list profiles, their apps and who has them", _profile_list)
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")

    remove = verb(profiles, "remove", "remove a profile and its assignments", _profile_remove)
    remove.add_argument("name", help="profile name")

    restrict = verb(
        groups["station"],
        "restrict",
        "restrict the apps of a station: an allowlist, a denylist, or none",
        _restrict,
    )
    restrict.add_argument("name", help="station name")
    mode = restrict.add_mutually_exclusive_group(required=True)
    mode.add_argument("--allow", nargs="+", metavar="ID", help="only these apps on the station")
    mode.add_argument("--deny", nargs="+", metavar="ID", help="every app but these")
    mode.add_argument("--clear", action="store_true", help="lift the restriction")


def _spec(args: argparse.Namespace) -> AppSpec:
    names = {lang: getattr(args, f"name_{lang}") for lang in ("fr", "nl", "en")}
    commands = {"linux": args.linux, "windows": args.windows}
    data = {
        "id": args.id,
        "names": {k: v for k, v in names.items() if v is not None},
        "icon": args.icon,
        "commands": {k: v for k, v in commands.items() if v is not None},
        "processes": args.process,
    }
    # the model refuses these too; the options to give are the clearer sentence here
    if not data["names"]:
        raise UsageError("epn app add: give a name (--name-fr, --name-nl or --name-en)")
    if not data["commands"]:
        raise UsageError("epn app add: give a command line (--linux or --windows)")
    try:
        return AppSpec.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise UsageError(f"epn app add: {where}: {problem_text(first)}") from None


def _app_add(args: argparse.Namespace, server: ServerAccess) -> int:
    spec = _spec(args)
    catalogue = server.services.catalogue
    app = catalogue.add_app(None, spec, replace=args.replace)
    print(f"app {app.id!r} {'changed' if args.replace else 'added'}")
    return 0


def _name(app: AppEntry) -> str:
    return next((app.names[k] for k in ("fr", "nl", "en") if k in app.names), app.id)


def _app_list(args: argparse.Namespace, server: ServerAccess) -> int:
    catalogue = server.services.catalogue
    apps = catalogue.list_apps()
    if args.json:
        print(json.dumps([app.model_dump() for app in apps], indent=2, ensure_ascii=False))
        return 0
    print(f"{'APP':<22} {'NAME':<26} {'PLATFORMS':<15} PROCESSES")
    for app in apps:
        platforms = ",".join(sorted(app.commands))
        print(f"{app.id:<22} {_name(app):<26} {platforms:<15} {', '.join(app.processes)}")
    return 0


def _app_remove(args: argparse.Namespace, server: ServerAccess) -> int:
    catalogue = server.services.catalogue
    catalogue.remove_app(None, args.id)
    print(f"app {args.id!r} removed")
    return 0


def _app_preview(args: argparse.Namespace, server: ServerAccess) -> int:
    catalogue = server.services.catalogue
    choice, apps = catalogue.preview(args.station, args.visitor)
    if args.json:
        result = {
            "tier": str(choice.tier),
            "profiles": list(choice.profiles),
            "apps": [app.model_dump() for app in apps],
        }
        print(json.dumps(result, indent=2, ensure_ascii=False))
        return 0
    print(f"profiles ({choice.tier}): {', '.join(choice.profiles) or 'none'}")
    for app in apps:
        print(f"  {app.id:<22} {_name(app)}")
    return 0


def _usage(args: argparse.Namespace, server: ServerAccess) -> int:
    totals = server.services.app_usage.usage_totals(args.site)
    if args.json:
        print(json.dumps(totals, indent=2))
        return 0
    print(f"{'APP':<22} {'SESSIONS':>8} {'HOURS':>8}")
    for row in totals:
        print(f"{row['app_id']:<22} {row['sessions']:>8} {row['seconds'] / 3600:>8.1f}")
    return 0


def _profile_add(args: argparse.Namespace, server: ServerAccess) -> int:
    asked = request(
        ProfileCreate,
        "profile add",
        {"name": args.name, "apps": args.app},
        options={"name": "NAME", "apps": "--app"},
        hints={"apps": APP_ID_HINT},
    )
    catalogue = server.services.catalogue
    profile = catalogue.add_profile(None, asked.name, asked.apps)
    print(f"profile {profile.name!r} added ({len(profile.apps)} apps)")
    return 0


def _profile_apps(args: argparse.Namespace, server: ServerAccess) -> int:
    if not args.add and not args.remove:
        raise UsageError("epn profile apps: give --add or --remove")
    change = request(
        ProfileAppsChange,
        "profile apps",
        {"add": args.add, "remove": args.remove},
        hints={"add": APP_ID_HINT, "remove": APP_ID_HINT},
    )
    catalogue = server.services.catalogue
    profile = catalogue.change_apps(None, args.name, change.add, change.remove)
    print(f"profile {profile.name!r}: {', '.join(profile.apps) or 'no apps'}")
    return 0


def _profile_assign(args: argparse.Namespace, server: ServerAccess) -> int:
    if args.site is not None and args.visitor is not None:
        raise UsageError("epn profile assign: --site goes with --category, not --visitor")
    given = {"category": args.category, "site": args.site, "visitor": args.visitor}
    assignment = request(ProfileAssignment, "profile assign", given)
    catalogue = server.services.catalogue
    catalogue.assign(None, args.name, **assignment.model_dump(), remove=args.remove)
    if args.visitor is not None:
        whom = f"visitor {args.visitor!r}"
    else:
        whom = f"category {args.category!r} " + (f"at {args.site!r}" if args.site else "city-wide")
    print(f"profile {args.name!r} {'taken back from' if args.remove else 'given to'} {whom}")
    return 0


def _profile_list(args: argparse.Namespace, server: ServerAccess) -> int:
    catalogue = server.services.catalogue
    profiles = catalogue.list_profiles(None)
    if args.json:
        print(json.dumps([p.model_dump() for p in profiles], indent=2, ensure_ascii=False))
        return 0
    for profile in profiles:
        print(f"{profile.name}: {', '.join(profile.apps) or 'no apps'}")
        print(f"  given to: {_holders(profile)}")
    return 0


def _holders(profile: ProfileInfo) -> str:
    held = [
        f"{c.category}" + (f" at {c.site}" if c.site else " (city-wide)")
        for c in profile.categories
    ]
    if profile.visitors:
        held.append(f"{len(profile.visitors)} visitor(s)")
    return "; ".join(held) or "nobody"


def _profile_remove(args: argparse.Namespace, server: ServerAccess) -> int:
    catalogue = server.services.catalogue
    catalogue.remove_profile(None, args.name)
    print(f"profile {args.name!r} removed")
    return 0


def _restrict(args: argparse.Namespace, server: ServerAccess) -> int:
    mode: Mode | None = "allow" if args.allow else "deny" if args.deny else None
    asked = request(
        StationAppsChange,
        "station restrict",
        {"mode": mode, "apps": args.allow or args.deny or []},
        options={"apps": "--allow" if args.allow else "--deny"},
        hints={"apps": APP_ID_HINT},
    )
    catalogue = server.services.catalogue
    result = catalogue.restrict(None, args.name, asked.mode, asked.apps)
    if result.mode is None:
        print(f"station {result.station!r}: every app of the visitor's profiles")
    else:
        print(f"station {result.station!r}: {result.mode} {', '.join(result.apps)}")
    return 0
