"""Start-up of the kiosk program: config → local store → agent → screens.

Two ways: the screen of the station service (:func:`run_screen`, the visitor's X session: a
:class:`kiosk.screen_link.RemoteStation` for a station), or everything in this process
(:func:`run_kiosk`, ``epn kiosk --config``: development and the demo).
"""

from __future__ import annotations

import logging
import os
import signal
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from kiosk.clock import Clock, SystemClock
from kiosk.listener import AgentListener
from kiosk.protocol.screen_port import StationPort
from ui.i18n import Languages
from ui.kiosk.bridge import AgentBridge
from ui.kiosk.controller import KioskController
from ui.kiosk.lock_screen import LockScreen
from ui.kiosk.session_bar import SessionBar
from ui.kiosk.windows import KioskWindows
from ui.lifecycle import quit_on_signals, setup_logging
from ui.tasks import TaskManager

if TYPE_CHECKING:
    from kiosk.config import StationConfig
    from ui.kiosk.banner import WarningBanner
    from ui.kiosk.end_screen import EndScreen
    from ui.kiosk.staff_message import StaffMessageDialog

log = logging.getLogger("epn.ui.kiosk")


@dataclass
class KioskProgram:
    agent: StationPort
    controller: KioskController
    lock_screen: LockScreen
    session_bar: SessionBar
    tasks: TaskManager

    # the windows built when first needed (reading one here builds it)
    @property
    def banner(self) -> WarningBanner:
        return self.controller.banner

    @property
    def end_screen(self) -> EndScreen:
        return self.controller.end_screen

    @property
    def staff_messages(self) -> StaffMessageDialog:
        return self.controller.staff_messages

    def close(self) -> None:
        self.controller.countdown_timer.stop()
        self.agent.stop()
        self.tasks.wait_idle(3000)
        self.controller.close_windows()
        self.session_bar.close()
        self.lock_screen.close()


def build_kiosk(
    app: QApplication,
    *,
    config: StationConfig,
    windowed: bool,
    languages: Languages,
    clock: Clock | None = None,
) -> KioskProgram:
    """Wire one station in this process: its agent, its screens, and start the agent's threads.

    ``config.server.token`` must be resolved already (kiosk.config.resolve_token). ``clock``:
    the station's time, for the agent and for the dates the screens say (tests freeze it).
    """
    from kiosk.station import build_agent

    clock = clock or SystemClock()

    def station(listener: AgentListener, clear_clipboard: Callable[[], None]) -> StationPort:
        return build_agent(
            config,
            listener=listener,
            windowed=windowed,
            clear_clipboard=clear_clipboard,
            clock=clock,
        )

    return _build(
        station,
        windowed=windowed,
        languages=languages,
        clock=clock,
        warning_sound=config.session.warning_sound,
    )


def build_screen(
    app: QApplication, *, socket: Path, windowed: bool, languages: Languages
) -> KioskProgram:
    """Wire the screen of the station service reached at ``socket``."""
    from kiosk.screen_link import RemoteStation

    def refused(reason: str) -> None:
        # from the link's thread: SIGTERM is how this program quits cleanly (ui/lifecycle.py)
        log.error("refused by the station service (%s): this screen quits", reason)
        os.kill(os.getpid(), signal.SIGTERM)

    return _build(
        lambda listener, _clear: RemoteStation(socket, listener, on_refused=refused),
        windowed=windowed,
        languages=languages,
        clock=SystemClock(),
        warning_sound=True,
    )


def _build(
    make_station: Callable[[AgentListener, Callable[[], None]], StationPort],
    *,
    windowed: bool,
    languages: Languages,
    clock: Clock,
    warning_sound: bool,
) -> KioskProgram:
    lock_screen = LockScreen(now=clock.now)
    session_bar = SessionBar()
    # their style sheets are the look's, set by KioskWindows (a style sheet is parsed, and the
    # window's widgets polished again, at each setStyleSheet)
    windows = KioskWindows(lock_screen, session_bar, windowed=windowed)

    # the visitor's warnings, end of session and staff messages: each follows the look, and is
    # built the first time it shows
    def banner() -> WarningBanner:
        from ui.kiosk.banner import WarningBanner

        built = windows.add_look_window(
            WarningBanner(beep=QApplication.beep if warning_sound else None)
        )
        # always below the session bar, whatever its rows
        built.below_bar(session_bar.bar_height)
        session_bar.height_changed.connect(built.below_bar)
        return built

    def end_screen() -> EndScreen:
        from ui.kiosk.end_screen import EndScreen

        return windows.add_look_window(EndScreen(windowed=windowed))

    def staff_messages() -> StaffMessageDialog:
        from ui.kiosk.staff_message import StaffMessageDialog

        built = windows.add_look_window(StaffMessageDialog())
        built.below_bar(session_bar.bar_height)
        session_bar.height_changed.connect(built.below_bar)
        return built

    tasks = TaskManager(lock_screen)
    bridge = AgentBridge(lock_screen)
    agent = make_station(bridge.listener(), bridge.clear_clipboard)
    controller = KioskController(
        agent=agent,
        bridge=bridge,
        lock_screen=lock_screen,
        session_bar=session_bar,
        windows=windows,
        tasks=tasks,
        languages=languages,
        banner=banner,
        end_screen=end_screen,
        staff_messages=staff_messages,
        now=clock.now,
    )
    lock_screen.set_unprotected(session_is_unprotected())
    agent.start()
    wait_connected = getattr(agent, "wait_connected", None)
    if wait_connected is not None:
        wait_connected(1.0)  # the service's state first, rather than "out of order" a moment
    controller.show()
    ready = getattr(agent, "ready", None)
    if ready is not None:
        # the station service takes its cover away once the windows had time to map
        QTimer.singleShot(100, ready)
    return KioskProgram(agent, controller, lock_screen, session_bar, tasks)


def run_kiosk(config: StationConfig, *, windowed: bool) -> int:
    """Run the station program of this PC until it is asked to quit; returns the exit code."""
    assert config.server.token is not None, "resolve the token before starting the kiosk"
    setup_logging()
    app = QApplication.instance() or QApplication(["epn-kiosk"])
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)  # the lock screen hides between sessions
    wakeup = quit_on_signals(app)
    languages = Languages(app)
    program = build_kiosk(app, config=config, windowed=windowed, languages=languages)
    diagnostics = _live_checks(app, languages)
    try:
        return app.exec()
    finally:
        del diagnostics  # kept until the loop ends
        wakeup.stop()
        program.close()


def _live_checks(app: QApplication, languages: Languages) -> object:
    """The end-to-end tests' screen checks, only when EPN_LIVE_CHECKS is set (live_checks.py)."""
    if not os.environ.get("EPN_LIVE_CHECKS"):
        return None
    from ui.kiosk.live_checks import install_live_checks

    return install_live_checks(app, lambda: languages.current)


def session_is_unprotected(environ: Mapping[str, str] | None = None) -> bool:
    """A Wayland session: X key grabs and the cover do not reach its windows."""
    env = os.environ if environ is None else environ
    if env.get("XDG_SESSION_TYPE") == "wayland" or env.get("WAYLAND_DISPLAY"):
        return True
    return QGuiApplication.platformName() == "wayland" if environ is None else False


def run_screen(socket: Path, *, windowed: bool) -> int:
    """Run the visitor's screen of the station service until the service or staff end it."""
    setup_logging()
    app = QApplication.instance() or QApplication(["epn-kiosk"])
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)
    wakeup = quit_on_signals(app)
    languages = Languages(app)
    program = build_screen(app, socket=socket, windowed=windowed, languages=languages)
    diagnostics = _live_checks(app, languages)
    try:
        return app.exec()
    finally:
        del diagnostics  # kept until the loop ends
        wakeup.stop()
        program.close()
