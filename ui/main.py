"""The ``epn`` command: the composition root of every program.

``kiosk``, ``console`` and ``demo`` start the Qt programs; every other command (``server`` and
the admin nouns) goes to :mod:`admin.cli.app`, imported lazily so that they never load Qt.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

#: The station's Qt-free programs, dispatched here too so they never load the server.
STATION_COMMANDS = {
    "station-service": "run the station service of a public PC (root; the screen's truth)",
}

UI_COMMANDS = {
    "kiosk": "run the station: lock screen, sign-in and session bar (on every public PC)",
    "console": "run the staff console: live view of the room, extend and end sessions",
    "demo": "run the whole product on sample data: server, one kiosk and the console",
}

#: Handled by kiosk.install.cli (no Qt, no server), ``install server`` by admin.install.cli.
SETUP_COMMANDS = {
    "install": "install station --server URL --code CODE: this PC as a public station; "
    "install server: this machine as the server",
    "uninstall": "uninstall station|server: undo it (a server's data is kept)",
}


def _ui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="epn", description="EPN Kiosk programs with a screen.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    kiosk = sub.add_parser(
        "kiosk",
        help=UI_COMMANDS["kiosk"],
        description="Run the station program of a public PC: full-screen lock screen, sign-in "
        "with a card number (and PIN), then the session bar with the time left.",
    )
    kiosk.add_argument(
        "--config",
        type=Path,
        metavar="PATH",
        help="station config file, TOML (default: station.toml in the user config folder, "
        "~/.config/epn-kiosk on Linux, if it exists)",
    )
    kiosk.add_argument(
        "--server", metavar="URL", help="server base URL (default: [server] url of the config)"
    )
    kiosk.add_argument(
        "--token",
        metavar="TOKEN",
        help="station token printed by 'epn station add' (default: $EPN_STATION_TOKEN, "
        "then the config)",
    )
    kiosk.add_argument(
        "--windowed",
        action="store_true",
        help="ordinary windows instead of full screen (development)",
    )
    kiosk.add_argument(
        "--state-dir",
        type=Path,
        metavar="DIR",
        help="folder of the station's local database (default: [paths] state_dir of the "
        "config, else ~/.local/state/epn-kiosk)",
    )
    kiosk.add_argument(
        "--socket",
        type=Path,
        metavar="PATH",
        help="be the screen of the station service listening at PATH "
        "(default when no --config or --server is given: /run/epn-kiosk/screen.sock)",
    )
    kiosk.add_argument(
        "--session",
        action="store_true",
        help="be the kiosk account's X session leader: announce the display to the station "
        "service and stay until the session ends (the X session file runs this)",
    )
    kiosk.add_argument(
        "--no-supervisor",
        action="store_true",
        help="run the kiosk in this process, without the watchdog that restarts it if it dies",
    )

    console = sub.add_parser(
        "console",
        help=UI_COMMANDS["console"],
        description="Run the staff console: sign in, watch the stations of your sites live, "
        "extend or end sessions.",
    )
    console.add_argument("--server", required=True, metavar="URL", help="server base URL")
    from kiosk.protocol.trust_options import add_trust_options

    add_trust_options(console)

    demo = sub.add_parser(
        "demo",
        help=UI_COMMANDS["demo"],
        description="Start a server on a sample database, one kiosk window and the console.",
    )
    demo.add_argument(
        "--offscreen", action="store_true", help="run without a screen (Qt offscreen platform)"
    )
    demo.add_argument(
        "--screenshots", type=Path, metavar="DIR", help="drive a sample session and save PNGs here"
    )
    demo.add_argument(
        "--quit-after",
        type=_seconds,
        metavar="SECONDS",
        help="quit by itself after this many seconds",
    )
    demo.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="folder for the demo database and station state (default: a new temporary folder)",
    )
    demo.add_argument("--port", type=int, default=0, help="server port (default: any free port)")
    return parser


def _print_overview() -> None:
    print("usage: epn COMMAND [options]   (epn COMMAND --help for the options of each)")
    print("       epn --version             (the version of every program, server and stations)\n")
    print("Programs with a screen:")
    for name, text in UI_COMMANDS.items():
        print(f"  {name:<10} {text}")
    print("\nStation programs:")
    for name, text in STATION_COMMANDS.items():
        print(f"  {name:<16} {text}")
    print("\nSetting up a public PC (Linux, as root):")
    for name, text in SETUP_COMMANDS.items():
        print(f"  {name:<10} {text}")
    print()
    from admin.cli import app as admin_cli  # here: the screens' commands never load the server

    admin_cli.main(["--help"])


def _kiosk(options: argparse.Namespace, kiosk_args: list[str]) -> int:
    """The station service's screen or session leader, or a whole station in this process:
    check the station config, then watch over the kiosk, or be it (``--no-supervisor``)."""
    import logging
    import os

    from kiosk.machine_paths import SERVICE_SOCKET

    socket = options.socket
    if socket is None and options.config is None and options.server is None:
        socket = SERVICE_SOCKET
    if options.session:
        from kiosk.session_leader import run_session

        return run_session(socket or SERVICE_SOCKET)
    if socket is not None:
        from ui.kiosk.app import run_screen

        return run_screen(socket, windowed=options.windowed)

    from kiosk.config import ConfigError, default_config_path, resolve_enforce, station_config
    from kiosk.enrolment import asked_name, check_token_source, resolve_token, with_token

    path = options.config
    if path is None and default_config_path().exists():
        path = default_config_path()
    try:
        config = station_config(path, server_url=options.server, state_dir=options.state_dir)
        check_token_source(config, cli_token=options.token, environ=os.environ)
        resolve_enforce(config, options.windowed)  # a refused combination fails now
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        return 2
    if not options.no_supervisor:
        from kiosk.supervisor import Supervisor

        logging.basicConfig(
            level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
        )
        child = [sys.executable, "-m", "ui.main", "kiosk", "--no-supervisor", *kiosk_args]
        return Supervisor(child).run()

    from functools import partial

    from kiosk.client import enroll
    from kiosk.protocol.http import ServerUnreachable
    from kiosk.version import agent_version

    try:
        token = resolve_token(
            config,
            cli_token=options.token,
            environ=os.environ,
            enroll=partial(enroll, agent_version=agent_version(), station=asked_name(config)),
        )
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        return 2
    except ServerUnreachable as exc:
        print(f"epn kiosk: cannot enrol this station, server unreachable: {exc}", file=sys.stderr)
        return 1
    from ui.kiosk.app import run_kiosk

    return run_kiosk(with_token(config, token), windowed=options.windowed)


def _station_service(args: list[str]) -> int:
    from kiosk.machine_paths import SERVICE_CONFIG_PATH

    parser = argparse.ArgumentParser(
        prog="epn station-service",
        description="Run the station service of a public PC (as root, from its systemd unit): "
        "the session's time, the server link, the process guard and cleanup, and the visitor's "
        "screen, which it starts in the kiosk account's X session. A config it cannot use shows "
        "'out of order' on that screen, never a free desktop.",
    )
    parser.add_argument(
        "--config",
        type=Path,
        default=SERVICE_CONFIG_PATH,
        metavar="PATH",
        help=f"station config, owned by root (default: {SERVICE_CONFIG_PATH})",
    )
    parser.add_argument(
        "--socket", type=Path, metavar="PATH", help="the screen's socket (default: [screen] socket)"
    )
    parser.add_argument(
        "--windowed",
        action="store_true",
        help="development: escape keys not grabbed, no cover, the guard only reports",
    )
    options = parser.parse_args(args)
    from kiosk.service import run_service

    return run_service(options.config, windowed=options.windowed, socket=options.socket)


def _asks_version(args: list[str]) -> bool:
    """``epn --version``, or ``--version`` among any command's options (before a ``--``)."""
    options = args[: args.index("--")] if "--" in args else args
    return "--version" in options or (bool(options) and options[0] == "-V")


def _seconds(text: str) -> float:
    """A number of seconds above 0 and at most a day (not nan, not inf)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not 0 < value <= 86400:
        raise argparse.ArgumentTypeError(f"{text}: give seconds above 0, a day at most")
    return value


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else list(argv)
    if _asks_version(args):
        from kiosk.protocol.version import package_version  # no Qt, no server

        print(f"epn {package_version()}")
        return 0
    if not args or args[0] in ("-h", "--help"):
        try:
            _print_overview()
        except SystemExit as exit_:
            return int(exit_.code or 0)
        return 0 if args else 2
    if args[0] == "station-service":
        return _station_service(args[1:])
    if args[0] in ("install", "uninstall") and args[1:2] == ["server"]:
        from admin.install.cli import main as server_setup_main  # here: no Qt

        return server_setup_main(args)
    if args[0] in SETUP_COMMANDS:
        from kiosk.install.cli import main as setup_main  # here: no Qt, no server

        return setup_main(args)
    if args[0] not in UI_COMMANDS:
        from admin.cli import app as admin_cli  # here: the server's commands never load Qt

        return int(admin_cli.main(args))

    options = _ui_parser().parse_args(args)
    if options.command == "kiosk":
        return _kiosk(options, args[1:])
    if options.command == "console":
        from kiosk.protocol.trust_options import trust_from
        from ui.console.app import run_console

        try:
            trust = trust_from(options)
        except ValueError as exc:
            print(f"epn console: {exc}", file=sys.stderr)
            return 2
        return run_console(options.server, trust=trust)
    from ui.demo import run_demo

    return run_demo(
        offscreen=options.offscreen,
        screenshots=options.screenshots,
        quit_after=options.quit_after,
        data_dir=options.data_dir,
        port=options.port,
    )


if __name__ == "__main__":
    sys.exit(main())
