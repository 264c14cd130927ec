"""The kiosk account's X session leader (``epn kiosk --session``): announces the session.

The display manager logs the kiosk account into the ``epn-kiosk`` X session, whose one program
is this: it tells the station service the session's display, X authority file and type (a
Wayland session cannot be locked down: the service says so to staff), then stays connected for
as long as the session lives. The service starts the screen itself, as this account, and again
whenever it dies; if this leader is killed, the display manager ends the X session and logs the
kiosk account in again. The service restarting is waited for: the announcement is repeated.
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import socket
import subprocess
import threading
from pathlib import Path
from types import FrameType

from kiosk.protocol.screen import Hello, Refused, Welcome

log = logging.getLogger("epn.kiosk.session")


def announcement(environ: dict[str, str] | None = None) -> Hello:
    env = os.environ if environ is None else environ
    xauthority = env.get("XAUTHORITY")
    if not xauthority:
        default = Path(env.get("HOME", "~")).expanduser() / ".Xauthority"
        xauthority = str(default) if default.exists() else None
    session_type = env.get("XDG_SESSION_TYPE") or (
        "wayland" if env.get("WAYLAND_DISPLAY") else None
    )
    return Hello(
        role="session",
        display=env.get("DISPLAY"),
        xauthority=xauthority,
        session_type=session_type or ("x11" if env.get("DISPLAY") else None),
    )


def quiet_x_session() -> None:
    """No screen saver, no blanking, no power saving in the kiosk's session."""
    xset = shutil.which("xset")
    if xset is None or not os.environ.get("DISPLAY"):
        return
    for args in (["s", "off"], ["s", "noblank"], ["-dpms"]):
        try:
            subprocess.run([xset, *args], check=False, timeout=5, capture_output=True)
        except (OSError, subprocess.TimeoutExpired) as exc:
            log.info("xset %s: %s", " ".join(args), exc)


def run_session(socket_path: Path, *, retry_seconds: float = 0.5) -> int:
    """Announce the session to the service and stay connected until SIGTERM (exit 0)."""
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    done = threading.Event()
    current: list[socket.socket] = []

    def on_term(signum: int, _frame: FrameType | None) -> None:
        done.set()
        for sock in current:
            sock.close()

    for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(signum, on_term)
    quiet_x_session()
    hello = announcement()
    log.info("kiosk session on display %s (%s)", hello.display, hello.session_type)
    while not done.is_set():
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        current[:] = [sock]
        try:
            sock.connect(str(socket_path))
            from kiosk.screen_link import LineChannel

            channel = LineChannel(sock)
            channel.send(hello)
            first = channel.receive()
            if isinstance(first, Refused):
                log.error("the station service refused this session: %s", first.reason)
            elif isinstance(first, Welcome):
                log.info("session announced to the station service")
                while channel.receive() is not None:
                    pass
                log.warning("the station service went away; announcing again")
        except (OSError, ValueError) as exc:
            if not done.is_set():
                log.debug("station service not reachable: %s", exc)
        finally:
            sock.close()
        done.wait(retry_seconds)
    return 0
