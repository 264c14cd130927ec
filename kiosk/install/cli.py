"""The options of ``epn install station`` and ``epn uninstall station``.

Exit codes: 0 done (or planned, with ``--dry-run``), 1 refused or failed (one message on
stderr), 2 bad usage.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.install import InstallError
from kiosk.install.host import Host

DESCRIPTIONS = {
    "install": "Set up this Linux PC as a public station in one command (as root): the kiosk "
    "account, the station's config and token, its system service, the kiosk X session and the "
    "display manager's automatic login. Running it again changes nothing.",
    "uninstall": "Undo 'epn install station' (as root): stop and remove the station service, "
    "the files the install wrote, the token and the station's state, and the kiosk account.",
}


def _root_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--root",
        type=Path,
        default=Path("/"),
        metavar="DIR",
        help="write every file under DIR instead of / (an image being prepared, or a test); "
        "the kiosk account is created in DIR/etc/passwd if it exists, systemctl is not run",
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="print the plan and change nothing (as anyone)"
    )


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="epn", description="Set up or remove a public station.")
    verbs = top.add_subparsers(dest="verb", required=True, metavar="COMMAND")

    install = verbs.add_parser(
        "install", help="set up this PC", description=DESCRIPTIONS["install"]
    )
    what = install.add_subparsers(dest="what", required=True, metavar="station")
    station = what.add_parser(
        "station", help="a public station", description=DESCRIPTIONS["install"]
    )
    station.add_argument(
        "--server",
        required=True,
        metavar="URL",
        help="the EPN server's address (http:// or https://)",
    )
    station.add_argument(
        "--code",
        metavar="CODE",
        help="one-time enrolment code ('epn station enroll-code NAME --site SITE' on the "
        "server); needed the first time only",
    )
    station.add_argument(
        "--user", default="kiosk", metavar="NAME", help="the kiosk OS account (default: kiosk)"
    )
    station.add_argument(
        "--display", default=":0", metavar="DISPLAY", help="its X display (default: :0)"
    )
    station.add_argument(
        "--keep-desktop",
        action="store_true",
        help="keep the desktop session and start the kiosk from its autostart entry (second "
        "choice: the kiosk X session alone is safer)",
    )
    station.add_argument(
        "--re-enrol",
        action="store_true",
        help="enrol again with --code although this PC has a token (a new station or server)",
    )
    _root_option(station)

    uninstall = verbs.add_parser(
        "uninstall", help="remove the station set-up", description=DESCRIPTIONS["uninstall"]
    )
    what = uninstall.add_subparsers(dest="what", required=True, metavar="station")
    station = what.add_parser(
        "station", help="a public station", description=DESCRIPTIONS["uninstall"]
    )
    station.add_argument(
        "--keep-user", action="store_true", help="keep the kiosk account and its home folder"
    )
    _root_option(station)
    return top


def main(argv: list[str], host: Host | None = None) -> int:
    """``epn install station ...`` / ``epn uninstall station ...`` (``argv`` from the verb on)."""
    options = parser().parse_args(argv)
    host = host or Host.this_machine()
    try:
        if options.verb == "install":
            from kiosk.install.install import InstallOptions, install_station

            return install_station(
                InstallOptions(
                    server=options.server,
                    code=options.code,
                    user=options.user,
                    display=options.display,
                    keep_desktop=options.keep_desktop,
                    re_enrol=options.re_enrol,
                    dry_run=options.dry_run,
                    root=options.root,
                ),
                host,
            )
        from kiosk.install.uninstall import UninstallOptions, uninstall_station

        return uninstall_station(
            UninstallOptions(
                dry_run=options.dry_run, keep_user=options.keep_user, root=options.root
            ),
            host,
        )
    except InstallError as exc:
        print(f"epn {options.verb} station: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:  # a file the system would not let us write: say which, no traceback
        print(f"epn {options.verb} station: {exc}", file=sys.stderr)
        return 1
