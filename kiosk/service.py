"""The station service (``epn station-service``): the station's truth, out of the visitor's reach.

Runs as root (a systemd system unit, ``Restart=always``). It holds the token, talks to the
server, keeps the local store, runs the agent (session time, guard, idle, cleanup, lockdown),
and keeps the visitor's screen alive: the screen (``epn kiosk``) runs as the kiosk account in
its X session and only shows what this service says (kiosk/protocol/screen.py).

Bring-up, retried every ``retry_seconds`` until it works (the screen shows "out of order" and
the reason meanwhile; it never leaves a free desktop):

1. the config (``/etc/epn-kiosk/station.toml``): readable, valid, and writable by the machine
   only (kiosk/ownership.py);
2. the kiosk account it names;
3. the token: saved, or enrolled now with ``[server] enrol_code`` (refused or expired code and
   an unreachable server are faults);
4. the agent, built for the kiosk account's X display (announced by the session's leader,
   else ``[screen] display``), its session resumed from the store, or the home reset.

Meanwhile and after: the screen keeper (kiosk/screen_keeper.py) starts the screen as the kiosk
account and again within a second when it dies; while no screen is up the display is covered
(kiosk/cover.py). Staff "quit for maintenance" keeps the screen away ``[screen] quit_minutes``.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import threading
from collections.abc import Callable
from functools import partial
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any

from kiosk.account import Account
from kiosk.agent import StationAgent
from kiosk.config import (
    SERVICE_SOCKET,
    SERVICE_STATE_DIR,
    ConfigError,
    StationConfig,
    load_config,
)
from kiosk.cover import XCover
from kiosk.enrolment import asked_name, resolve_token, server_trust, with_token
from kiosk.listener import AgentListener
from kiosk.ownership import machine_owned_problem, private_dir
from kiosk.protocol import lite
from kiosk.protocol.enums import EventKind, StationAlert
from kiosk.protocol.http import ServerUnreachable
from kiosk.protocol.screen_port import EVENTS
from kiosk.screen_keeper import ScreenKeeper
from kiosk.screen_server import Peer, ScreenServer
from kiosk.session import SessionAlreadyRunning

if TYPE_CHECKING:  # the screen's records of kiosk/protocol/lite.py at run time (no pydantic)
    from kiosk.protocol.screen import Hello, ScreenState, SessionEnded
    from kiosk.visitor_account import HomeReset

log = logging.getLogger("epn.kiosk.service")

#: The kiosk account when the config cannot be read (the installer's default).
DEFAULT_ACCOUNT = "kiosk"
#: How often the running session's time is sent to the screen.
STATE_SECONDS = 1.0


def screen_command(socket_path: Path) -> list[str]:
    """How the service starts the screen: this Python (or ``$EPN_SCREEN_PYTHON``, one the kiosk
    account may run when this one is private), the kiosk program, the socket."""
    python = os.environ.get("EPN_SCREEN_PYTHON") or sys.executable
    return [python, "-m", "ui.main", "kiosk", "--socket", str(socket_path)]


class _Broadcast(AgentListener):
    """The agent's listener: each event goes to the service, then to every screen."""

    def __init__(self, service: StationService) -> None:
        self.service = service


def _relay(name: str) -> Callable[..., None]:
    def relay(self: _Broadcast, *args: Any) -> None:
        self.service.agent_did(name, args)

    relay.__name__ = name
    return relay


for _name in EVENTS:
    setattr(_Broadcast, _name, _relay(_name))


class StationService:
    """See the module's docstring. ``run()`` until SIGTERM; tests call ``start``/``stop``."""

    def __init__(
        self,
        config_path: Path,
        *,
        windowed: bool = False,
        socket_path: Path | None = None,
        command: list[str] | None = None,
        retry_seconds: float = 10.0,
        check_ownership: bool | None = None,
        build: Callable[..., StationAgent] | None = None,
    ) -> None:
        self.config_path = config_path
        self.windowed = windowed
        self._socket_override = socket_path
        self._command = command
        self._retry = retry_seconds
        self._check_ownership = os.geteuid() == 0 if check_ownership is None else check_ownership
        self._build = build
        self._lock = threading.RLock()
        self._stopping = threading.Event()
        self._wake = threading.Event()
        self.config: StationConfig | None = None
        self.account: Account | None = None
        self.agent: StationAgent | None = None
        self.fault: str | None = "starting"
        self._last_end: SessionEnded | None = None
        self._display: tuple[str, str | None] | None = None
        self._session_leader: Peer | None = None
        self._session_type: str | None = None
        self._protected: set[int] = {os.getpid()}
        self._ready_screens: set[int] = set()
        self._first_lock_done = False
        #: When this process started, as the kernel counts process start times (the same
        #: base as every other process's): what the kiosk account runs from before is what
        #: it left or planted, ended at the first lock screen.
        self._started_at = _process_started()
        self._cover: XCover | None = None
        self._home_reset: HomeReset | None = None
        self.keeper: ScreenKeeper | None = None
        self.server: ScreenServer | None = None
        self._thread: threading.Thread | None = None

    # --- life cycle ---------------------------------------------------------------------------

    def run(self) -> int:
        done = threading.Event()

        def on_term(signum: int, _frame: FrameType | None) -> None:
            log.info("%s: the station service stops", signal.Signals(signum).name)
            done.set()

        previous = {s: signal.signal(s, on_term) for s in (signal.SIGTERM, signal.SIGINT)}
        self.start()
        try:
            while not done.wait(0.5):
                pass
        finally:
            self.stop()
            for signum, handler in previous.items():
                signal.signal(signum, handler)
        return 0

    def start(self) -> None:
        self._read_config()
        self.server = ScreenServer(self._socket(), allowed_uids=self._allowed_uids, handler=self)
        self.server.start()
        self._thread = threading.Thread(target=self._loop, name="epn-service", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        self._wake.set()
        if self.keeper is not None:
            self.keeper.stop()
        if self._thread is not None:
            self._thread.join(5.0)
        agent = self.agent
        if agent is not None:
            agent.stop()
        if self.server is not None:
            self.server.stop()
        if self._cover is not None:
            self._cover.close()
        log.info("station service stopped")

    # --- bring-up -----------------------------------------------------------------------------

    def _loop(self) -> None:
        while not self._stopping.is_set():
            try:
                if self.agent is None:
                    self._bring_up()
                self._step()
            except Exception:
                log.exception("bug in the station service")
            wait = STATE_SECONDS if self.agent is not None else self._retry
            self._wake.wait(wait)
            self._wake.clear()

    def _read_config(self) -> None:
        try:
            if self._check_ownership:
                problem = machine_owned_problem(self.config_path)
                if problem is not None:
                    raise ConfigError(
                        self.config_path, "", f"refused: {problem} (the visitor could change it)"
                    )
            config = load_config(self.config_path, state_dir=SERVICE_STATE_DIR)
        except ConfigError as exc:
            self._fail(str(exc))
            self.config = None
            # the screen must still say "out of order": the account and display as written
            screen = _screen_as_written(self.config_path)
            self._adopt_account(screen.get("user", DEFAULT_ACCOUNT), quiet=True)
            if "display" in screen and self._display is None:
                self._use_display(screen["display"], screen.get("xauthority"))
            return
        self.config = config
        self._adopt_account(config.screen.user, quiet=False)

    def _adopt_account(self, name: str, *, quiet: bool) -> None:
        if os.geteuid() != 0:
            account = Account.current()  # a developer's or a test's service: no one to become
        else:
            try:
                account = Account.lookup(name)
            except KeyError:
                if not quiet:
                    self._fail(
                        f"no account named {name!r} for the visitor's screen ([screen] user)"
                    )
                return
        if self.account == account:
            return
        self.account = account
        self.keeper = ScreenKeeper(
            self._command or screen_command(self._socket()),
            account=account,
            on_start=self._screen_started,
            on_exit=self._screen_exited,
        )
        self.keeper.start()
        display = self.config.screen if self.config is not None else None
        if display is not None:
            self._use_display(display.display, str(display.xauthority or "") or None)

    def _socket(self) -> Path:
        if self._socket_override is not None:
            return self._socket_override
        if self.config is not None:
            return self.config.screen.socket
        written = _screen_as_written(self.config_path).get("socket")
        return Path(written) if written and Path(written).is_absolute() else SERVICE_SOCKET

    def _bring_up(self) -> None:
        if self.config is None:
            self._read_config()  # fixed since? (the file is read again at each retry)
            if self.config is None:
                return
        config = self.config
        if self.account is None:
            self._adopt_account(config.screen.user, quiet=False)
            if self.account is None:
                return
        if self._check_ownership:
            private_dir(config.paths.state_dir)
        from kiosk.client import enroll
        from kiosk.version import agent_version

        try:
            token = resolve_token(
                config,
                cli_token=None,
                environ={},
                enroll=partial(enroll, agent_version=agent_version(), station=asked_name(config)),
            )
            server_trust(config)  # a damaged server-fingerprint file is said now, on the screen
        except ConfigError as exc:
            self._fail(str(exc))
            self.config = None  # read again at the next try: a new code may be there
            return
        except ServerUnreachable as exc:
            self._fail(f"cannot enrol this station: the server is unreachable ({exc})")
            return
        if config.home.reset and not self.account.is_current:
            from kiosk.visitor_account import HomeReset

            try:
                keep = (*config.home.keep, ".Xauthority")
                self._home_reset = HomeReset(self.account.name, config.home.template, keep)
            except ValueError as exc:
                self._fail(f"{config.source}: [home]: {exc}")
                self.config = None
                return
        display, xauthority = self._display or (config.screen.display, None)
        if xauthority:
            os.environ["XAUTHORITY"] = xauthority  # python-xlib's grabs and idle counter
        self._build_agent(with_token(config, token), display)

    def _build_agent(self, config: StationConfig, display: str) -> None:
        from kiosk.station import build_agent

        account = self.account
        assert account is not None
        build = self._build or build_agent
        agent = build(
            config,
            listener=_Broadcast(self),
            windowed=self.windowed,
            clear_clipboard=partial(self.agent_did, "clipboard_should_clear", ()),
            account=None if account.is_current else account,
            app_env=account.environment(display, (self._display or (None, None))[1]),
            display=None if self.windowed else display,
            protected_pids=self._protected,
            home_reset=self._reset_home if self._home_reset is not None else None,
        )
        with self._lock:
            self.agent = agent
        agent.start()
        if self._session_type == "wayland":
            agent.set_alert(StationAlert.UNPROTECTED_SESSION, True)
        if agent.view() is None and self._home_reset is not None:
            self._reset_home()  # what a visitor left before this start (or a crash) goes
        self._recover()
        log.info("station service ready (display %s, account %s)", display, account.name)

    def _reset_home(self) -> tuple[str, tuple[str, ...]]:
        """The kiosk account's home back to its template (at start and after each session)."""
        reset = self._home_reset
        assert reset is not None
        report = reset.run()
        log.info("%s", report.summary())
        for error in report.errors:
            log.warning("home reset: %s", error)
        agent = self.agent
        if agent is not None:
            agent.set_alert(StationAlert.HOME_RESET_FAILED, not report.ok)
        return report.summary(), tuple(report.errors)

    def _end_planted(self) -> None:
        """The kiosk account's processes from before this service started (planted autostart
        entries, what a visitor left running): ended, but the X session's leader and its own
        chain. What started since came from a home this service had reset: a desktop kept
        with ``--keep-desktop`` is left alone."""
        from kiosk.visitor_account import end_planted_processes

        account, agent = self.account, self.agent
        if account is None or account.is_current or agent is None or agent.view() is not None:
            return
        spare = set(self._protected)
        leader = self._session_leader
        if leader is not None:
            spare |= _own_ancestors(leader.pid, account.uid)
        baseline = self.config.guard.baseline if self.config is not None else ()
        for report in end_planted_processes(
            account.name,
            spare_pids=spare,
            baseline_names=baseline,
            started_before=self._started_at,
        ):
            log.warning(
                "ended %s (pid %d): started before the lock screen", report.name, report.pid
            )
            agent.record_event(
                EventKind.PROCESS_STOPPED,
                session_id=None,
                process=report.name[:128],
                detail="killed",
            )

    def _fail(self, fault: str) -> None:
        with self._lock:
            changed = fault != self.fault
            self.fault = fault
        if changed:
            log.error("station out of order: %s", fault)
            self._broadcast_event("station_did_fail", (fault,))

    def _recover(self) -> None:
        with self._lock:
            was, self.fault = self.fault, None
        if was is not None:
            log.info("station in service again (was: %s)", was)
            self._broadcast_event("station_did_recover", ())
            self._push_state()

    # --- every second -------------------------------------------------------------------------

    def _step(self) -> None:
        agent = self.agent
        if agent is not None and agent.view() is not None:
            self._push_state()

    def _push_state(self) -> None:
        if self.server is not None:
            self.server.broadcast(lite.to_screen("state", state=self.screen_state()))

    # --- the agent's events -------------------------------------------------------------------

    def agent_did(self, name: str, args: tuple[Any, ...]) -> None:
        if name == "session_did_end":
            self._last_end = lite.screen_record("SessionEnded", session_id=args[0], reason=args[1])
        elif name == "maintenance_did_end" and self.keeper is not None:
            self.keeper.end_quiet()
        self._broadcast_event(name, args)

    def _broadcast_event(self, name: str, args: tuple[Any, ...]) -> None:
        if self.server is not None:
            self.server.broadcast(lite.event_line(name, args))

    # --- the screen and the X session ---------------------------------------------------------

    def _allowed_uids(self) -> set[int]:
        allowed = {0, os.geteuid()}
        if self.account is not None:
            allowed.add(self.account.uid)
        return allowed

    def _use_display(self, display: str, xauthority: str | None) -> None:
        with self._lock:
            if self._display == (display, xauthority):
                return
            self._display = (display, xauthority)
            if self._cover is not None:
                self._cover.close()
            self._cover = None if self.windowed else XCover(display)
        log.info("visitor's display: %s", display)
        if xauthority:
            os.environ["XAUTHORITY"] = xauthority
        if self.keeper is not None:
            self.keeper.set_display(display, xauthority)
        if not self._ready_screens:
            self._cover_display()

    def _cover_display(self) -> None:
        cover = self._cover
        if cover is not None and not self._stopping.is_set():
            cover.show()

    def _screen_started(self, pid: int) -> None:
        self._protected.add(pid)

    def _screen_exited(self, pid: int, returncode: int) -> None:
        self._protected.discard(pid)
        self._ready_screens.discard(pid)
        keeper = self.keeper
        if keeper is not None and keeper.quiet_seconds:
            return  # staff quit it: the desktop is theirs for the maintenance
        if not self._ready_screens:
            self._cover_display()
        agent = self.agent
        if agent is not None and keeper is not None and keeper.quick_deaths >= 3:
            agent.set_alert(StationAlert.NO_SCREEN, True)

    # --- ScreenHandler ------------------------------------------------------------------------

    def screen_state(self) -> ScreenState:
        with self._lock:
            agent, fault, last_end = self.agent, self.fault, self._last_end
        if agent is None:
            state: ScreenState = lite.screen_record(
                "ScreenState", fault=fault or "starting", last_end=last_end
            )
            return state
        view = agent.view()
        state = lite.screen_record(
            "ScreenState",
            fault=fault or agent.fault,
            enabled=agent.enabled,
            disabled_reason=agent.disabled_reason,
            online=agent.online,
            station_info=agent.station_info,
            view=view,
            maintenance_seconds=agent.staff.maintenance_left(),
            away_seconds=agent.locks.away_seconds_left() if view is not None else None,
            staff_locked=agent.locks.staff_locked if view is not None else False,
            last_end=last_end,
            quit_minutes=self.config.screen.quit_minutes if self.config is not None else None,
            desk_call=agent.desk_call,
        )
        return state

    def screen_allowed(self, peer: Peer) -> bool:
        """Root (staff tools, tests) and the screen this service started, nothing else of the
        kiosk account: a visitor's own program may not drive the station or lift the cover."""
        if peer.uid in (0, os.geteuid()):
            return True
        keeper = self.keeper
        return keeper is not None and peer.pid == keeper.pid

    def session_allowed(self, peer: Peer, hello: Hello) -> bool:
        """The X session's leader announces once; another announcement while it is there, or
        one for another display than the config's, is refused (and logged)."""
        leader = self._session_leader
        if leader is not None and leader != peer:
            log.warning("a second X session announcement (pid %d) refused", peer.pid)
            return False
        config = self.config
        if config is not None and hello.display and hello.display != config.screen.display:
            log.warning(
                "announcement of display %s (pid %d) refused: the config says %s",
                hello.display,
                peer.pid,
                config.screen.display,
            )
            return False
        return True

    def call(self, method: str, args: dict[str, Any]) -> Any:
        agent = self.agent
        if agent is None:
            from kiosk.screen_wire import ServiceUnavailable

            raise ServiceUnavailable(f"the station is out of order: {self.fault}")
        if method == "staff.quit_for_maintenance":
            return self._quit_for_maintenance(agent, args["token"])
        owner: Any = agent
        name = method
        if "." in method:
            group, name = method.split(".", 1)
            owner = getattr(agent, group)
        return getattr(owner, name)(**args)

    def _quit_for_maintenance(self, agent: StationAgent, token: str) -> int:
        assert self.config is not None
        minutes = self.config.screen.quit_minutes
        if agent.view() is not None:
            # the visitor would be left with a desktop and no time shown: end it first
            raise SessionAlreadyRunning("a session is running: end it first")
        agent.staff.quit_for_maintenance(token)  # recorded (and audited) by the server first
        if self.keeper is not None:
            self.keeper.quiet_for(minutes * 60)
        seconds = agent.staff.open_window(minutes)
        log.info("staff quit the screen for maintenance: back in %d min", minutes)
        return seconds

    def screen_ready(self, peer: Peer) -> None:
        self._ready_screens.add(peer.pid)
        if self._cover is not None:
            self._cover.hide()
        if not self._first_lock_done and self.agent is not None:
            self._first_lock_done = True
            threading.Thread(target=self._end_planted, name="epn-planted", daemon=True).start()
        agent = self.agent
        if agent is not None:
            agent.set_alert(StationAlert.NO_SCREEN, False)

    def screen_gone(self, peer: Peer) -> None:
        self._ready_screens.discard(peer.pid)
        keeper = self.keeper
        if not self._ready_screens and not (keeper is not None and keeper.quiet_seconds):
            self._cover_display()

    def session_announced(self, peer: Peer, hello: Hello) -> None:
        self._session_leader = peer
        self._session_type = hello.session_type
        self._protected.add(peer.pid)
        if hello.session_type == "wayland":
            if self.agent is not None:
                self.agent.set_alert(StationAlert.UNPROTECTED_SESSION, True)
            log.error(
                "the kiosk account's session is Wayland: escape keys cannot be blocked; "
                "choose the X11 session (epn-kiosk) in the display manager"
            )
        if hello.display:
            self._use_display(hello.display, hello.xauthority)

    def session_gone(self, peer: Peer) -> None:
        self._protected.discard(peer.pid)
        if self._session_leader == peer:
            self._session_leader = None
            log.info("the kiosk account's X session ended (its leader, pid %d, left)", peer.pid)


def _process_started() -> float:
    import psutil

    return float(psutil.Process().create_time())


def _own_ancestors(pid: int, uid: int) -> set[int]:
    """``pid`` and those of its ancestors that run as ``uid`` (the X session's own chain)."""
    import psutil

    found = {pid}
    try:
        for parent in psutil.Process(pid).parents():
            if parent.uids().real == uid:
                found.add(parent.pid)
    except psutil.Error:
        pass
    return found


def _screen_as_written(path: Path) -> dict[str, str]:
    """The ``[screen]`` keys of a config that cannot be used as a whole (best effort)."""
    import tomllib

    try:
        with path.open("rb") as file:
            screen = tomllib.load(file).get("screen", {})
    except (OSError, ValueError):
        return {}
    if not isinstance(screen, dict):
        return {}
    keys = ("user", "display", "xauthority", "socket")
    return {k: v for k, v in screen.items() if k in keys and isinstance(v, str) and v}


def run_service(config_path: Path, *, windowed: bool = False, socket: Path | None = None) -> int:
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"
    )
    service = StationService(config_path, windowed=windowed, socket_path=socket)
    return service.run()
