"""The admin CLI: ``epn <noun> <verb>`` for the server, sites, stations, visitors, staff.

Exit codes: 0 done, 1 refused or failed (one line on stderr), 2 bad usage.

The CLI's wiring: :func:`main` parses the command, builds the server's services once for it
(:class:`~admin.cli.common.ServerAccess` over ``--db``) and hands them to the command's
handler. The nouns of each area are added by one module each (:data:`COMMAND_MODULES`); what
they share (checked input, secrets) is in :mod:`admin.cli.common`.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal, NoReturn

from pydantic import ValidationError

import admin.cli.audit
import admin.cli.auth
import admin.cli.backup
import admin.cli.catalogue
import admin.cli.categories
import admin.cli.classes
import admin.cli.holds
import admin.cli.ledger
import admin.cli.lockouts
import admin.cli.privacy
import admin.cli.reports
import admin.cli.sites
import admin.cli.stations
import admin.cli.stats
import admin.cli.visitors
import admin.cli.workshops
from admin.auth.sources import AuthConfig, AuthConfigError, load_auth
from admin.cli.common import (
    PASSWORD_ENV,
    PASSWORD_INSTEAD,
    PIN_ENV,
    PIN_HINTS,
    PIN_INSTEAD,
    Handler,
    ServerAccess,
    UsageError,
    ask_password,
    ask_pin,
    explain,
    new_password,
    refuse_secret,
    request,
)
from admin.cli.server_config import SERVER_CONFIG_PATH, ServerConfigError, load_server_config
from admin.cli.visitors import PROFILE_OPTIONS, add_profile_options, profile_values
from admin.core.errors import EpnError, Refused, StoreError
from admin.core.timeutil import utc_now
from admin.privacy.settings import RetentionError
from admin.privacy.settings import add_options as retention_options
from admin.privacy.settings import from_args as retention_from_args
from admin.public.config import (
    DEFAULT_BURST,
    DEFAULT_CACHE_SECONDS,
    DEFAULT_RATE,
    MAX_PUBLIC_CACHE_SECONDS,
    PublicConfig,
    parse_networks,
    parse_origins,
)
from admin.reports.label import DEFAULT_NETWORK_NAME
from admin.stations.liveness import DEFAULT_FLUSH_SECONDS, FLUSH_SECONDS
from admin.stations.liveness import MAX_FLUSH_SECONDS as MAX_HEARTBEAT_FLUSH
from admin.visitors.profile import DEFAULT_COMMUNES, communes_option
from kiosk.protocol.commands import CommandKind, CommandRequest
from kiosk.protocol.http import ApiError, ClientError, ServerUnreachable
from kiosk.protocol.limits import MAX_EXTEND_MINUTES
from kiosk.protocol.paths import Paths
from kiosk.protocol.people import VisitorCreate
from kiosk.protocol.room import SessionSummary
from kiosk.protocol.trust_options import add_trust_options, trust_from


class _Parser(argparse.ArgumentParser):
    """Bad usage becomes one line on stderr and exit code 2, never a traceback."""

    nouns: Any  # the subcommands (argparse's private _SubParsersAction)

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message}")


#: Where a command's database comes from: ``existing`` (a missing file is bad usage),
#: ``create`` (the commands that set up a new server), None (a command that talks HTTP).
DatabaseUse = Literal["existing", "create"] | None


def _noun(
    subparsers: argparse._SubParsersAction[_Parser], name: str, help_text: str
) -> argparse._SubParsersAction[_Parser]:
    parser = subparsers.add_parser(name, help=help_text, description=help_text)
    return parser.add_subparsers(dest="verb", required=True, metavar="COMMAND")


def _verb(
    verbs: argparse._SubParsersAction[_Parser],
    name: str,
    help_text: str,
    handler: Handler,
    *,
    db: DatabaseUse = "existing",
) -> _Parser:
    parser = verbs.add_parser(name, help=help_text, description=help_text)
    parser.set_defaults(handler=handler, database_use=db)
    if db is not None:
        parser.add_argument("--db", required=True, metavar="PATH", help="server database file")
    return parser


#: Modules that add commands, in the order their nouns appear in --help. Each has
#: ``register(nouns, groups, noun, verb)``: ``groups`` maps the built-in nouns (site, station,
#: visitor, staff, session) to their verbs, to add verbs to them; ``noun(nouns, name, help)``
#: makes a new noun and returns its verbs; ``verb(verbs, name, help, handler, db=...)`` adds one
#: command. A handler takes the parsed arguments and the server (:class:`ServerAccess`) and
#: returns the exit code; it raises ``UsageError`` (exit 2) or a domain ``Refused`` (exit 1)
#: for bad input.
COMMAND_MODULES: tuple[Any, ...] = (
    admin.cli.audit,
    admin.cli.lockouts,
    admin.cli.stations,
    admin.cli.visitors,
    admin.cli.sites,
    admin.cli.catalogue,
    admin.cli.ledger,
    admin.cli.holds,
    admin.cli.workshops,
    admin.cli.classes,
    admin.cli.categories,
    admin.cli.stats,
    admin.cli.reports,
    admin.cli.backup,
    admin.cli.auth,
    admin.cli.privacy,
)


def build_parser() -> _Parser:
    parser = _Parser(
        prog="epn",
        description="EPN Kiosk: server and administration commands.",
    )
    nouns = parser.add_subparsers(dest="noun", required=True, metavar="COMMAND")
    parser.nouns = nouns

    server = nouns.add_parser(
        "server",
        help="run the central server (HTTP API)",
        description="Run the central server: the HTTP API over the SQLite database.",
    )
    server.set_defaults(handler=_server, database_use=None)
    server.add_argument(
        "--config",
        type=Path,
        metavar="PATH",
        help="server config file, TOML: its [server] keys are these options (db, host, port, "
        f"...); the command line wins (installed: {SERVER_CONFIG_PATH})",
    )
    server.add_argument(
        "--db", metavar="PATH", help="server database file (required, here or in --config)"
    )
    server.add_argument("--host", default="127.0.0.1", help="address to listen on")
    server.add_argument("--port", type=int, default=8750, help="port to listen on")
    server.add_argument(
        "--access-log",
        action="store_true",
        help="log one line per request: method, route template, status, duration (never the"
        " URL's card numbers, query string or tokens); off by default",
    )
    server.add_argument(
        "--metrics",
        action="store_true",
        help=f"serve Prometheus metrics at {Paths.METRICS} (no login; 404 without this flag)",
    )
    server.add_argument(
        "--log-format",
        choices=["text", "json"],
        default="text",
        help="text: one line per record (journald); json: one JSON object per line",
    )
    server.add_argument(
        "--communes",
        type=communes_option,
        default=DEFAULT_COMMUNES,
        metavar="LIST",
        help="the communes a visitor's profile may name, comma-separated lower-case codes"
        " (default: the 19 Brussels communes and 'outside'); a postcode is always accepted",
    )
    server.add_argument(
        "--network-name",
        default=DEFAULT_NETWORK_NAME,
        metavar="NAME",
        help=f"the network's name on the label report's cover (default: {DEFAULT_NETWORK_NAME})",
    )
    server.add_argument(
        "--log-file",
        type=Path,
        metavar="PATH",
        help="append the log to this file instead of stderr (e.g. on Windows)",
    )
    server.add_argument(
        "--certfile",
        type=Path,
        metavar="PATH",
        help="serve HTTPS with this PEM certificate (its chain after it); needs --keyfile",
    )
    server.add_argument(
        "--keyfile", type=Path, metavar="PATH", help="the certificate's PEM private key"
    )
    server.add_argument(
        "--heartbeat-flush",
        type=float,
        default=DEFAULT_FLUSH_SECONDS,
        metavar="SECONDS",
        help="answer routine heartbeats at once and write them every SECONDS (e.g."
        f" {FLUSH_SECONDS:g}; a crash may lose that much of last seen and used time, which the"
        " next heartbeat restores): for a disk whose flushes limit the server; 0 (default)"
        " writes each heartbeat before its answer",
    )
    server.add_argument(
        "--no-public",
        dest="public",
        action="store_false",
        help="turn the public pages and feeds off (everything under /public answers 404)",
    )
    server.add_argument(
        "--public-cache-seconds",
        type=float,
        default=DEFAULT_CACHE_SECONDS,
        metavar="SECONDS",
        help="how long one computation of the public figures serves every reader"
        f" (default {DEFAULT_CACHE_SECONDS:g}; also their Cache-Control max-age)",
    )
    server.add_argument(
        "--public-frame-ancestors",
        default="",
        metavar="ORIGINS",
        help="origins that may show the public pages in a frame (the City's site for the"
        " embeddable box), separated by commas, e.g. https://www.bruxelles.be",
    )
    server.add_argument(
        "--public-rate",
        type=float,
        default=DEFAULT_RATE,
        metavar="N",
        help=f"requests per second one address may make on /public (default {DEFAULT_RATE:g})",
    )
    server.add_argument(
        "--public-burst",
        type=int,
        default=DEFAULT_BURST,
        metavar="N",
        help=f"requests one address may make at once on /public (default {DEFAULT_BURST})",
    )
    server.add_argument(
        "--trusted-proxies",
        default="",
        metavar="ADDRESSES",
        help="reverse proxies (addresses or networks, by commas) whose X-Forwarded-For names"
        " the client for the public pages' rate limit",
    )
    retention_options(server)  # the network's retention periods (docs/PRIVACY.md)
    server_verbs = server.add_subparsers(dest="server_verb", metavar="COMMAND")
    init_tls = server_verbs.add_parser(
        "init-tls",
        help="make a private CA and a server certificate for a closed network",
        description="Make a private CA (ca.pem, ca.key) and a server certificate it signs "
        "(server.pem, server.key) for the given host names and addresses; prints the server "
        "certificate's SHA-256 fingerprint, which stations and consoles can pin. Run again, "
        "it keeps the CA and signs a new server certificate.",
    )
    init_tls.set_defaults(handler=_server_init_tls, database_use=None)
    init_tls.add_argument(
        "--dir", required=True, type=Path, metavar="DIR", help="folder for the four files"
    )
    init_tls.add_argument(
        "--host",
        required=True,
        action="append",
        metavar="NAME",
        help="a host name or IP address stations use to reach the server (repeat for more)",
    )
    init_tls.add_argument(
        "--days",
        type=int,
        metavar="N",
        help="days the server certificate is valid (default 825, as browsers accept)",
    )

    sites = _noun(nouns, "site", "manage EPN sites")
    add = _verb(sites, "add", "add a site", _site_add, db="create")
    add.add_argument("name", help="site name, unique")
    add.add_argument("--timezone", default="Europe/Brussels", help="IANA timezone of the site")

    stations = _noun(nouns, "station", "manage stations (public PCs)")
    add = _verb(
        stations,
        "add",
        "enroll a station; prints its token on the last line",
        _station_add,
        db="create",
    )
    add.add_argument("name", help="station name, unique (e.g. RC-01)")
    add.add_argument("--site", required=True, help="name of the station's site")

    visitors = _noun(nouns, "visitor", "manage visitor accounts")
    add = _verb(
        visitors,
        "add",
        f"add a visitor; a PIN asked at sign-in (4 to 12 digits) comes from ${PIN_ENV} when set,"
        " or is typed after --ask-pin (none by default)",
        _visitor_add,
        db="create",
    )
    add.add_argument("identifier", help="card number, barcode or other identifier")
    add.add_argument(
        "--ask-pin", action="store_true", help=f"ask the PIN on the terminal (or set ${PIN_ENV})"
    )
    refuse_secret(add, "--pin", PIN_INSTEAD)
    add.add_argument(
        "--category", default="adult", help="category, see 'epn category list' (default: adult)"
    )
    add.add_argument("--name", help="display name shown on the station")
    add_profile_options(add)

    staff = _noun(nouns, "staff", "manage staff accounts")
    add = _verb(
        staff,
        "add",
        f"add a staff account (password from ${PASSWORD_ENV} or asked)",
        _staff_add,
        db="create",
    )
    add.add_argument("username", help="login name, unique")
    add.add_argument(
        "--role",
        required=True,
        choices=["admin", "staff", "teacher"],
        help="admin: every site; staff: the sites given with --site; teacher: only their own"
        " classes at the sites given with --site (epn class)",
    )
    add.add_argument(
        "--site", action="append", default=[], help="site of a staff account (repeat for several)"
    )
    refuse_secret(add, "--password", PASSWORD_INSTEAD)

    sessions = _noun(nouns, "session", "list and act on visitor sessions")
    listing = _verb(sessions, "list", "list active sessions, then recent ended ones", _session_list)
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    extend = _verb(
        sessions, "extend", "give the session on a station more minutes", _session_extend, db=None
    )
    extend.add_argument("station", help="station name")
    extend.add_argument("minutes", type=int, help=f"minutes to add (1-{MAX_EXTEND_MINUTES})")
    extend.add_argument(
        "--after-hours",
        action="store_true",
        help="administrators: let the session run past closing time (audited); without it"
        " the time is cut at closing",
    )
    groups = {
        "site": sites,
        "station": stations,
        "visitor": visitors,
        "staff": staff,
        "session": sessions,
    }
    for module in COMMAND_MODULES:
        module.register(nouns, groups, _noun, _verb)
    end = _verb(sessions, "end", "end the session on a station", _session_end, db=None)
    end.add_argument("station", help="station name")
    for verb in (extend, end):
        verb.add_argument(
            "--server",
            required=True,
            metavar="URL",
            help="server base URL, e.g. https://epn-server.example:8750",
        )
        add_trust_options(verb)
        verb.add_argument("--user", required=True, help="staff username")
        refuse_secret(verb, "--password", PASSWORD_INSTEAD)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if getattr(args, "config", None) is not None and args.noun == "server":
            # the file's values become the defaults; the command line, parsed again, wins
            server_parser = parser.nouns.choices["server"]
            try:
                server_parser.set_defaults(**load_server_config(args.config, server_parser))
            except ServerConfigError as exc:
                raise UsageError(f"epn server: {exc}") from None
            args = parser.parse_args(argv)
        return _run(args)
    except SystemExit as exc:  # --help
        return exc.code if isinstance(exc.code, int) else 0
    except UsageError as exc:
        _fail(str(exc))
        return 2
    except Refused as exc:
        _fail(f"epn: {exc.message}")
        return 1
    except ApiError as exc:
        _fail(f"epn: refused by the server: {exc.message} ({exc.code})")
        return 1
    except ServerUnreachable as exc:
        _fail(f"epn: cannot reach the server ({exc})")
        return 1
    except (StoreError, ClientError) as exc:
        _fail(f"epn: {exc}")
        return 1
    except EpnError as exc:  # the server's environment (FontMissing: what to install)
        _fail(f"epn: {exc}")
        return 1
    except ValidationError as exc:  # a model checked below the command: still one line
        _fail(f"epn: {explain(exc)}")
        return 1
    except KeyboardInterrupt:
        _fail("epn: interrupted")
        return 130


def _run(args: argparse.Namespace) -> int:
    """The command's handler with the server's services, built once for it and closed after."""
    handler: Handler = args.handler
    use: DatabaseUse = args.database_use
    server = ServerAccess(getattr(args, "db", None), create=use == "create")
    try:
        return handler(args, server)
    finally:
        server.close()


def _fail(message: str) -> None:
    print(message, file=sys.stderr)


# --- handlers ------------------------------------------------------------------------------


def _server(args: argparse.Namespace, server: ServerAccess) -> int:
    if args.db is None:
        raise UsageError("epn server: give the database: --db PATH, or db in --config")
    if (args.certfile is None) != (args.keyfile is None):
        raise UsageError("epn server: --certfile and --keyfile go together (HTTPS needs both)")
    if not 0 <= args.heartbeat_flush <= MAX_HEARTBEAT_FLUSH:  # NaN too
        raise UsageError(
            f"epn server: --heartbeat-flush: from 0 to {MAX_HEARTBEAT_FLUSH:g} seconds"
        )
    if args.certfile is not None:
        from admin.api.tls import TlsFileError, check_server_files

        try:
            check_server_files(args.certfile, args.keyfile, utc_now())
        except TlsFileError as exc:
            raise UsageError(f"epn server: {exc}") from None
    public = _public_config(args)
    try:
        retention = retention_from_args(args)
    except RetentionError as exc:
        raise UsageError(f"epn server: {exc}") from None
    from admin.api.app import run_server  # keeps uvicorn out of the other commands

    if args.log_file is not None and not args.log_file.parent.is_dir():
        raise UsageError(f"epn server: --log-file: no folder {args.log_file.parent}")
    run_server(
        args.db,
        args.host,
        args.port,
        metrics=args.metrics,
        access_log=args.access_log,
        log_format=args.log_format,
        log_file=args.log_file,
        certfile=args.certfile,
        keyfile=args.keyfile,
        heartbeat_flush=args.heartbeat_flush,
        sources=_auth_config(args),
        public=public,
        retention=retention,
        communes=args.communes,
        network_name=args.network_name,
    )
    return 0


def _auth_config(args: argparse.Namespace) -> AuthConfig | None:
    """The sign-in sources of ``--config``'s [auth] (none: the visitor list only)."""
    if getattr(args, "config", None) is None:
        return None
    try:
        return load_auth(args.config)
    except AuthConfigError as exc:
        raise UsageError(f"epn server: {exc}") from None


def _public_config(args: argparse.Namespace) -> PublicConfig:
    """``epn server``'s public options, checked (UsageError naming the option)."""
    if not 0 <= args.public_cache_seconds <= MAX_PUBLIC_CACHE_SECONDS:
        raise UsageError(
            f"epn server: --public-cache-seconds: from 0 to {MAX_PUBLIC_CACHE_SECONDS:g}"
        )
    if not 0 < args.public_rate <= 100_000 or not 1 <= args.public_burst <= 100_000:
        raise UsageError("epn server: --public-rate and --public-burst: from 1 to 100000")
    try:
        origins = parse_origins(args.public_frame_ancestors)
    except ValueError as exc:
        raise UsageError(f"epn server: --public-frame-ancestors: {exc}") from None
    try:
        proxies = parse_networks(args.trusted_proxies)
    except ValueError as exc:
        raise UsageError(f"epn server: --trusted-proxies: {exc}") from None
    return PublicConfig(
        enabled=args.public,
        cache_seconds=args.public_cache_seconds,
        frame_ancestors=origins,
        rate=args.public_rate,
        burst=args.public_burst,
        trusted_proxies=proxies,
    )


def _server_init_tls(args: argparse.Namespace, server: ServerAccess) -> int:
    from admin.api.tls import SERVER_DAYS, TlsFileError, init_tls

    days = SERVER_DAYS if args.days is None else args.days
    try:
        issued = init_tls(args.dir, args.host, days=days, now=utc_now())
    except TlsFileError as exc:
        raise UsageError(f"epn server init-tls: {exc}") from None
    except OSError as exc:
        raise UsageError(f"epn server init-tls: --dir {args.dir}: {exc.strerror}") from None
    made = "made" if issued.ca_created else "kept"
    print(f"CA certificate ({made}): {issued.ca_cert}  (give it to stations as [server] ca_file)")
    print(f"CA key ({made}, keep it secret): {issued.ca_key}")
    print(f"server certificate: {issued.server_cert}  (epn server --certfile)")
    print(f"server key: {issued.server_key}  (epn server --keyfile)")
    print(f"SHA-256 fingerprint: {issued.fingerprint}")
    return 0


def _site_add(args: argparse.Namespace, server: ServerAccess) -> int:
    site_id = server.services.directory.add_site(args.name, args.timezone)
    print(f"site {args.name!r} added (id {site_id})")
    return 0


def _station_add(args: argparse.Namespace, server: ServerAccess) -> int:
    station = server.services.directory.add_station(args.name, args.site)
    print(f"station {station.name!r} enrolled at {args.site!r}; its token (shown once):")
    print(station.token)
    return 0


def _visitor_add(args: argparse.Namespace, server: ServerAccess) -> int:
    pin = ask_pin() if os.environ.get(PIN_ENV) or args.ask_pin else None
    visitor = request(
        VisitorCreate,
        "visitor add",
        {
            "identifier": args.identifier,
            "pin": pin,
            "category": args.category,
            "display_name": args.name,
            **profile_values(args),
        },
        options={
            "identifier": "IDENTIFIER",
            "pin": "PIN",
            "display_name": "--name",
            **PROFILE_OPTIONS,
        },
        hints=PIN_HINTS,
    )
    # what POST /visitors does (category known, PIN format), not Directory's looser checks
    fields = visitor.model_dump(exclude={"identifier", "pin"}, exclude_none=True)
    server.services.visitors.create(None, visitor.identifier, pin=visitor.pin, **fields)
    print(f"visitor {args.identifier!r} added ({args.category})")
    return 0


def _staff_add(args: argparse.Namespace, server: ServerAccess) -> int:
    if args.role != "admin" and not args.site:
        raise UsageError(f"epn staff add: a {args.role} account needs --site")
    password = new_password("staff add")
    server.services.directory.add_staff(args.username, password, role=args.role, sites=args.site)
    print(f"{args.role} account {args.username!r} added")
    return 0


def _session_list(args: argparse.Namespace, server: ServerAccess) -> int:
    sessions = server.services.staff.sessions(None)
    if args.json:
        print(json.dumps([_json_row(s) for s in sessions], indent=2))
        return 0
    print(f"{'STATION':<12} {'STATE':<7} {'VISITOR':<20} TIME")
    for session in sessions:
        print(
            f"{session.station:<12} {session.state:<7} {session.visitor_identifier:<20} "
            f"{_time_column(session)}"
        )
    return 0


def _json_row(session: SessionSummary) -> dict[str, Any]:
    row = session.model_dump()
    row["visitor"] = row.pop("visitor_identifier")
    return row


def _time_column(session: SessionSummary) -> str:
    if session.state == "active":
        return f"{_mmss(session.seconds_left or 0)} left"
    return f"{_mmss(session.used_seconds)} used"


def _mmss(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"


def _session_extend(args: argparse.Namespace, server: ServerAccess) -> int:
    if not 1 <= args.minutes <= MAX_EXTEND_MINUTES:
        raise UsageError(f"epn session extend: minutes must be between 1 and {MAX_EXTEND_MINUTES}")
    return _send(args, CommandKind.EXTEND, args.minutes, after_hours=args.after_hours)


def _session_end(args: argparse.Namespace, server: ServerAccess) -> int:
    return _send(args, CommandKind.END, None)


def _send(
    args: argparse.Namespace, kind: CommandKind, minutes: int | None, *, after_hours: bool = False
) -> int:
    from admin.client.staff_client import StaffClient  # httpx only for the commands that talk HTTP

    try:
        trust = trust_from(args)
    except ValueError as exc:
        raise UsageError(f"epn session {args.verb}: {exc}") from None
    with StaffClient(args.server, trust=trust) as client:
        client.login(args.user, ask_password(confirm=False))
        asked = CommandRequest(kind=kind, minutes=minutes, after_hours=after_hours)
        status = client.post_command(args.station, asked)
    what = f"extend by {minutes} min" if minutes else kind
    if status.clipped_to is not None:
        what = f"cut to closing time ({status.clipped_to}): set the time left to {status.seconds} s"
    print(f"{what} sent to {status.station} (command {status.id}, {status.status})")
    return 0
