"""Start-up of the kiosk program: config → local store → agent → screens."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QApplication

from kiosk.agent import StationAgent
from kiosk.client import StationClient
from kiosk.clock import SystemClock, boot_id
from kiosk.store import LocalStore
from ui.i18n import Languages
from ui.kiosk.bridge import AgentBridge
from ui.kiosk.controller import KioskController
from ui.kiosk.lock_screen import LockScreen
from ui.kiosk.session_bar import SessionBar
from ui.kiosk.windows import KioskWindows
from ui.lifecycle import quit_on_signals, setup_logging
from ui.tasks import TaskManager
from ui.theme import KIOSK_STYLE

log = logging.getLogger("epn.ui.kiosk")


def default_state_dir() -> Path:
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "epn-kiosk"


@dataclass
class KioskProgram:
    agent: StationAgent
    controller: KioskController
    lock_screen: LockScreen
    session_bar: SessionBar
    tasks: TaskManager

    def close(self) -> None:
        self.controller.countdown_timer.stop()
        self.agent.stop()
        self.tasks.wait_idle(3000)
        self.session_bar.close()
        self.lock_screen.close()


def build_kiosk(
    app: QApplication,
    *,
    server_url: str,
    token: str,
    state_dir: Path,
    windowed: bool,
    languages: Languages,
) -> KioskProgram:
    """Wire one station: its agent, its screens, and start the agent's threads."""
    state_dir.mkdir(parents=True, exist_ok=True)
    lock_screen = LockScreen()
    session_bar = SessionBar()
    lock_screen.setStyleSheet(KIOSK_STYLE)
    session_bar.setStyleSheet(KIOSK_STYLE)
    tasks = TaskManager(lock_screen)
    bridge = AgentBridge(lock_screen)
    agent = StationAgent(
        client=StationClient(server_url, token),
        store=LocalStore(state_dir / "station.db"),
        clock=SystemClock(),
        listener=bridge.listener(),
        boot_id=boot_id(),
    )
    controller = KioskController(
        agent=agent,
        bridge=bridge,
        lock_screen=lock_screen,
        session_bar=session_bar,
        windows=KioskWindows(lock_screen, session_bar, windowed=windowed),
        tasks=tasks,
        languages=languages,
    )
    agent.start()
    controller.show()
    return KioskProgram(agent, controller, lock_screen, session_bar, tasks)


def run_kiosk(server_url: str, token: str, state_dir: Path | None, windowed: bool) -> int:
    setup_logging()
    app = QApplication.instance() or QApplication(["epn-kiosk"])
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)  # the lock screen hides between sessions
    wakeup = quit_on_signals(app)
    languages = Languages(app)
    program = build_kiosk(
        app,
        server_url=server_url,
        token=token,
        state_dir=state_dir or default_state_dir(),
        windowed=windowed,
        languages=languages,
    )
    try:
        return app.exec()
    finally:
        wakeup.stop()
        program.close()
