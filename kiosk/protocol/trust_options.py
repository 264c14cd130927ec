"""The server-trust options of every command that talks to the server over the network.

``epn console`` and the staff commands of the CLI (``epn session extend|end --server``) take
the same three options as a station's ``[server]`` section: ``--ca-file``, ``--fingerprint``
and ``--allow-insecure``; they are checked here once, as the station's config checks its own
(kiosk/config.py uses :func:`insecure_problem` too).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

# kiosk.protocol.tls where used: ``epn kiosk`` builds this parser and never reads these options
if TYPE_CHECKING:
    from kiosk.protocol.tls import ServerTrust


def insecure_problem(url: str, *, allow_insecure: bool) -> str | None:
    """Why ``url`` may not be used, or None: plain http:// to another machine is refused."""
    from kiosk.protocol.tls import is_loopback

    if urlsplit(url).scheme != "http" or allow_insecure or is_loopback(url):
        return None
    return (
        f"plain http:// to another machine sends PINs and passwords in clear ({url}): "
        "use https://, or allow it on a trusted network"
    )


def ca_file_argument(text: str) -> Path:
    from kiosk.protocol.tls import check_ca_file

    problem = check_ca_file(Path(text))
    if problem is not None:
        raise argparse.ArgumentTypeError(f"{text}: {problem}")
    return Path(text)


def fingerprint_argument(text: str) -> str:
    from kiosk.protocol.tls import parse_fingerprint

    try:
        return parse_fingerprint(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_trust_options(parser: argparse.ArgumentParser) -> None:
    """``--ca-file``, ``--fingerprint`` and ``--allow-insecure`` on a command with ``--server``."""
    parser.add_argument(
        "--ca-file",
        type=ca_file_argument,
        metavar="PATH",
        help="CA certificate (PEM) that signed the server's certificate (default: the system's)",
    )
    parser.add_argument(
        "--fingerprint",
        type=fingerprint_argument,
        metavar="SHA256",
        help="pin the server certificate's SHA-256 (AB:CD:… or hex, as 'epn server init-tls' "
        "prints it): any other certificate is refused",
    )
    parser.add_argument(
        "--allow-insecure",
        action="store_true",
        help="allow plain http:// to another machine (sends passwords in clear: a trusted "
        "network only); loopback is always allowed",
    )


def trust_from(args: argparse.Namespace) -> ServerTrust:
    """The trust ``args`` asks for; ValueError (the sentence to print) on an insecure URL."""
    problem = insecure_problem(args.server, allow_insecure=args.allow_insecure)
    if problem is not None:
        raise ValueError(f"--server: {problem} (--allow-insecure)")
    from kiosk.protocol.tls import ServerTrust

    return ServerTrust(ca_file=args.ca_file, fingerprint=args.fingerprint)
