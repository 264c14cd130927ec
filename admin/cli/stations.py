"""CLI commands to look after stations, run on the server straight on the database.

``epn station enroll-code`` (one station's code, or a site's code for a fleet),
``enroll-codes`` (a CSV of one-time codes for a list of names), ``list``, ``revoke``, ``disable``, ``enable``, ``errors`` (``epn station add``,
which prints a token directly, is in :mod:`admin.cli.app`). A disable or enable made here reaches
a running station at its next command poll (within the long-poll wait), not instantly: the
server process that would push it is another process.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from pathlib import Path
from typing import Any

from admin.cli.common import ServerAccess, UsageError, request
from admin.stations.management import CODE_TTL
from kiosk.protocol import csv_format
from kiosk.protocol.limits import MAX_REASON_LENGTH, SITE_CODE_DAYS, SITE_CODE_USES
from kiosk.protocol.room import EnrolmentRefusalReason, StationDetails, StationEnabledRequest
from kiosk.protocol.station import StationAlert
from kiosk.protocol.station_errors import MAX_ERROR_LISTING
from kiosk.protocol.version import MIN_STATION_VERSION


def register(nouns: Any, groups: dict[str, Any], noun: Any, verb: Any) -> None:
    stations = groups["station"]
    hours = int(CODE_TTL.total_seconds() // 3600)
    code = verb(
        stations,
        "enroll-code",
        f"print a one-time enrolment code (valid {hours} h) the station exchanges for its token;"
        " without NAME, a site's code for a fleet: --count stations within --days days, each"
        " named as it asks (its host name by default)",
        _enroll_code,
    )
    code.add_argument(
        "name",
        nargs="?",
        help="station name; a new one is created at --site (omit for a site code)",
    )
    code.add_argument(
        "--site", help="site of the station (needed when the station is new, or for a site code)"
    )
    code.add_argument(
        "--count",
        type=int,
        help=f"site code: how many stations it enrols ({SITE_CODE_USES[0]} to {SITE_CODE_USES[1]})",
    )
    code.add_argument(
        "--days",
        type=int,
        help=f"site code: how many days it is valid ({SITE_CODE_DAYS[0]} to {SITE_CODE_DAYS[1]})",
    )
    code.add_argument(
        "--name-pattern",
        metavar="PATTERN",
        help="site code: name the stations from PATTERN, its run of 1 to 4 '#' the number"
        " (LK-## gives LK-01, LK-02, ... the first free), whatever each PC asks for",
    )

    codes = verb(
        stations,
        "enroll-codes",
        f"print a CSV of station name, one-time code (valid {hours} h) and expiry for each name"
        " of a file: all the codes or none",
        _enroll_codes,
    )
    codes.add_argument("--site", required=True, help="site of the stations (new ones are created)")
    codes.add_argument(
        "--csv",
        required=True,
        type=Path,
        metavar="FILE",
        help="the names: one a line, or a CSV with a 'name' column ('-': standard input)",
    )

    listing = verb(
        stations,
        "list",
        "list stations: site, online or offline, last seen, agent version, enabled, and under"
        " a station its alerts (not protected, no screen, ...) and a refused enrolment",
        _list,
    )
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")

    revoke = verb(stations, "revoke", "revoke a station's token: it stops working now", _revoke)
    revoke.add_argument("name", help="station name")

    disable = verb(
        stations,
        "disable",
        "put a station out of order: its session ends, sign-in is refused",
        _disable,
    )
    disable.add_argument("name", help="station name")
    disable.add_argument(
        "--reason", required=True, help=f"why, shown to staff (at most {MAX_REASON_LENGTH} chars)"
    )

    enable = verb(stations, "enable", "put a disabled station back in service", _enable)
    enable.add_argument("name", help="station name")

    errors = verb(
        stations,
        "errors",
        "print the errors a station forwarded (newest first, the last 30 days at most; the"
        " station removes card numbers, PINs and tokens before sending them)",
        _errors,
    )
    errors.add_argument("name", help="station name")
    errors.add_argument(
        "--limit",
        type=int,
        default=50,
        help=f"how many to print (1 to {MAX_ERROR_LISTING}, default 50)",
    )
    errors.add_argument("--json", action="store_true", help="print JSON instead of lines")


def _enroll_code(args: argparse.Namespace, server: ServerAccess) -> int:
    admin = server.services.station_management
    if args.name is None:
        if args.site is None or args.count is None or args.days is None:
            raise UsageError(
                "epn station enroll-code: give a station NAME, or --site, --count and --days"
                " for a site's code"
            )
        site_code = admin.site_code(
            None, args.site, uses=args.count, days=args.days, name_pattern=args.name_pattern
        )
        named = (
            f", named {site_code.name_pattern}"
            if site_code.name_pattern
            else ", each named as it asks"
        )
        print(
            f"enrolment code for {site_code.uses} new stations of {site_code.site!r}{named},"
            f" valid until {site_code.expires_at}:"
        )
        print(site_code.code)
        return 0
    if args.count is not None or args.days is not None or args.name_pattern is not None:
        raise UsageError(
            "epn station enroll-code: --count, --days and --name-pattern are for a site's code"
            " (leave out NAME);"
            f" a station's code is single-use, valid {int(CODE_TTL.total_seconds() // 3600)} h"
        )
    code = admin.enrol_code(None, args.name, site=args.site)
    print(f"enrolment code for station {code.station!r}, valid until {code.expires_at}:")
    print(code.code)
    return 0


def read_names(text: str) -> list[str]:
    """The station names of a file: one a line, or a CSV whose header has a ``name`` column."""
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        raise UsageError("epn station enroll-codes: the file has no station name")
    first = lines[0]
    separator = ";" if first.count(";") > first.count(",") else ","
    header = [cell.strip().lower() for cell in next(csv.reader([first], delimiter=separator))]
    if "name" not in header:
        return [csv_format.unquote(line.strip()) for line in lines]
    column = header.index("name")
    names = []
    for number, cells in enumerate(
        csv.reader(io.StringIO("\n".join(lines[1:])), delimiter=separator), 2
    ):
        if len(cells) <= column or not cells[column].strip():
            raise UsageError(f"epn station enroll-codes: line {number} has no name")
        names.append(csv_format.unquote(cells[column].strip()))
    return names


def _enroll_codes(args: argparse.Namespace, server: ServerAccess) -> int:
    try:
        data = (
            sys.stdin.read() if str(args.csv) == "-" else args.csv.read_text(encoding="utf-8-sig")
        )
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"epn station enroll-codes: cannot read {args.csv}: {exc}") from None
    names = read_names(data)
    codes = server.services.station_management.enrol_codes(None, names, site=args.site)
    out = csv_format.writer(sys.stdout, lineterminator="\n")
    out.writerow(["name", "code", "expires_at"])
    out.writerows([code.station, code.code, code.expires_at] for code in codes)
    return 0


def _list(args: argparse.Namespace, server: ServerAccess) -> int:
    stations = server.services.station_management.list(None)
    if args.json:
        print(json.dumps([_json_row(s) for s in stations], indent=2))
        return 0
    print(f"{'STATION':<12} {'SITE':<20} {'STATE':<8} {'LAST SEEN':<20} {'VERSION':<10} ENABLED")
    for s in stations:
        state = "online" if s.online else "offline"
        seen = (s.last_seen_at or "never")[:19]
        enabled = "yes" if s.enabled else f"no: {s.disabled_reason or '(no reason)'}"
        if not s.enrolled:
            enabled += " (not enrolled)"
        print(
            f"{s.name:<12} {s.site.name:<20} {state:<8} {seen:<20} "
            f"{s.agent_version or '?':<10} {enabled}"
        )
        for line in _alert_lines(s):
            print(f"  ! {line}")
    return 0


#: What each alert means, for the table (the console says it in the staff's language).
ALERT_LINES = {
    StationAlert.UNPROTECTED_SESSION: "not protected: the session cannot be locked down"
    " (Wayland?), escape keys are not blocked",
    StationAlert.NO_SCREEN: "the visitor's screen is not running",
    StationAlert.HOME_RESET_FAILED: "what the last visitor left could not all be removed",
    StationAlert.LOCKDOWN_PARTIAL: "some escape keys could not be blocked",
    StationAlert.OUTDATED_VERSION: f"outdated: this server supports stations from version"
    f" {MIN_STATION_VERSION} on; update it",
}


def _alert_lines(station: StationDetails) -> list[str]:
    """The station's alerts and refused enrolment, one line each, with since when."""
    lines = [
        f"{ALERT_LINES[alert.code]} ({alert.code.value}, since {alert.since[:19]})"
        for alert in station.alerts
    ]
    refused = station.enrolment_refused
    if refused is not None:
        why = "code expired" if refused.reason == EnrolmentRefusalReason.EXPIRED else "code used"
        lines.append(f"enrolment refused: {why} ({refused.at[:19]})")
    return lines


def _json_row(station: StationDetails) -> dict[str, Any]:
    row = station.model_dump()
    row["site"] = station.site.name
    return row


def _revoke(args: argparse.Namespace, server: ServerAccess) -> int:
    server.services.station_management.revoke(None, args.name)
    print(f"station {args.name!r}: token revoked (enrol it again with 'epn station enroll-code')")
    return 0


def _disable(args: argparse.Namespace, server: ServerAccess) -> int:
    reason = args.reason.strip()
    if not reason:
        raise UsageError("epn station disable: --reason must say why")
    checked = request(StationEnabledRequest, "station disable", {"reason": reason})
    status = server.services.station_management.set_enabled(
        None, args.name, False, reason=checked.reason
    )
    print(f"station {args.name!r} disabled (command {status.id} sent)")
    return 0


def _enable(args: argparse.Namespace, server: ServerAccess) -> int:
    status = server.services.station_management.set_enabled(None, args.name, True)
    print(f"station {args.name!r} enabled (command {status.id} sent)")
    return 0


def _errors(args: argparse.Namespace, server: ServerAccess) -> int:
    if not 1 <= args.limit <= MAX_ERROR_LISTING:
        raise UsageError(f"epn station errors: --limit must be 1 to {MAX_ERROR_LISTING}")
    listing = server.services.station_errors.list(None, args.name, args.limit)
    if args.json:
        print(json.dumps([e.model_dump() for e in listing.errors], indent=2))
        return 0
    if not listing.errors:
        print(f"station {args.name!r}: no error forwarded")
        return 0
    for e in listing.errors:
        repeated = f" (x{e.count})" if e.count > 1 else ""
        print(f"{e.at[:19]} {e.level:<8} {e.logger}: {e.message}{repeated}")
    return 0
