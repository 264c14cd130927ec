"""The options of ``epn install server`` and ``epn uninstall server``.

Exit codes: 0 done (or planned, with ``--dry-run``), 1 refused or failed (one message on
stderr), 2 bad usage.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path, PurePosixPath

from admin.install.layout import BACKUP_DIR, CONFIG, DB, KEEP, TLS_DIR
from installkit import InstallError
from installkit.host import Host

DESCRIPTION = (
    "Set up this Linux machine as the EPN Kiosk server in one command (as root): the 'epn' "
    f"system account, {CONFIG} (the options of 'epn server'), the database at the current "
    "schema owned by the account, the backup folder, and the units epn-server.service and "
    "epn-backup.timer, enabled and started. A config edited by hand is kept (the new one is "
    "written beside it as .new). Running it again changes nothing."
)


UNINSTALL_DESCRIPTION = (
    "Undo 'epn install server' (as root): stop, disable and remove epn-server.service and "
    "the nightly backup's units. The database, the backups, the config, the certificates and "
    "the 'epn' account are kept (the command says how to delete them by hand)."
)


def _port(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number (1 to 65535)") from None


def _whole(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="epn", description="Set up the EPN Kiosk server.")
    verbs = top.add_subparsers(dest="verb", required=True, metavar="COMMAND")
    install = verbs.add_parser("install", help="set up this machine", description=DESCRIPTION)
    what = install.add_subparsers(dest="what", required=True, metavar="server")
    server = what.add_parser("server", help="the central server", description=DESCRIPTION)
    server.add_argument(
        "--host",
        default="0.0.0.0",
        help="address the server listens on (default: 0.0.0.0, every address of this machine)",
    )
    server.add_argument(
        "--port", type=_port, default=8750, help="port it listens on (default: 8750)"
    )
    server.add_argument(
        "--certfile",
        type=PurePosixPath,
        metavar="PATH",
        help="serve HTTPS with this PEM certificate (its chain after it); needs --keyfile",
    )
    server.add_argument(
        "--keyfile",
        type=PurePosixPath,
        metavar="PATH",
        help="the certificate's PEM private key (readable by the epn account)",
    )
    server.add_argument(
        "--init-tls",
        action="append",
        default=[],
        metavar="NAME",
        help=f"make a private CA and a server certificate in {TLS_DIR} for NAME, a host name "
        "or address stations use (repeat for more); for a closed network without certificates",
    )
    server.add_argument(
        "--db", type=PurePosixPath, default=DB, metavar="PATH", help=f"the database (default: {DB})"
    )
    server.add_argument(
        "--backup-dir",
        type=PurePosixPath,
        default=BACKUP_DIR,
        metavar="DIR",
        help=f"folder of the nightly backups (default: {BACKUP_DIR})",
    )
    server.add_argument(
        "--keep",
        type=_whole,
        default=KEEP,
        metavar="N",
        help=f"nightly backups kept (default: {KEEP})",
    )
    server.add_argument(
        "--root",
        type=Path,
        default=Path("/"),
        metavar="DIR",
        help="write every file under DIR instead of / (an image being prepared, or a test); "
        "the epn account is created in DIR/etc/passwd if it exists, systemctl is not run",
    )
    server.add_argument(
        "--dry-run", action="store_true", help="print the plan and change nothing (as anyone)"
    )
    uninstall = verbs.add_parser(
        "uninstall", help="remove the server's service", description=UNINSTALL_DESCRIPTION
    )
    what = uninstall.add_subparsers(dest="what", required=True, metavar="server")
    removed = what.add_parser(
        "server", help="the central server", description=UNINSTALL_DESCRIPTION
    )
    removed.add_argument(
        "--root",
        type=Path,
        default=Path("/"),
        metavar="DIR",
        help="remove under DIR instead of / (an image being prepared, or a test)",
    )
    removed.add_argument(
        "--dry-run", action="store_true", help="print the plan and change nothing (as anyone)"
    )
    return top


def main(argv: list[str], host: Host | None = None) -> int:
    """``epn install|uninstall server ...`` (``argv`` from the verb on)."""
    options = parser().parse_args(argv)
    host = host or Host.this_machine()
    if options.verb == "uninstall":
        from admin.install.uninstall import UninstallOptions, uninstall_server

        try:
            return uninstall_server(UninstallOptions(options.dry_run, options.root), host)
        except (InstallError, OSError) as exc:
            print(f"epn uninstall server: {exc}", file=sys.stderr)
            return 1
    from admin.install.server import ServerOptions, install_server

    try:
        return install_server(
            ServerOptions(
                host=options.host,
                port=options.port,
                certfile=options.certfile,
                keyfile=options.keyfile,
                init_tls=tuple(options.init_tls),
                db=options.db,
                backup_dir=options.backup_dir,
                keep=options.keep,
                dry_run=options.dry_run,
                root=options.root,
            ),
            host,
        )
    except (InstallError, OSError) as exc:  # OSError: a file the system would not let us write
        print(f"epn install server: {exc}", file=sys.stderr)
        return 1
