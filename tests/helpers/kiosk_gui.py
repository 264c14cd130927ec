"""The kiosk against a real server, for the pytest-qt tests: seed data, start-up, typing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget

from admin.api.app import create_app
from admin.api.serving import BackgroundServer
from admin.core.notify import Notifier
from admin.db.store import Store
from admin.directory import Directory
from kiosk.config import PathsConfig, ServerConfig, StationConfig
from tests.helpers.clock import FakeClock, StationClock
from tests.helpers.seeded import seeded
from ui.i18n import Languages
from ui.kiosk.app import KioskProgram, build_kiosk

SITE = "EPN Laeken"
STATION = "LK-01"
NO_PIN = "2100001111"
WITH_PIN = "2100002222"
PIN = "1357"
BLOCKED = "2100003333"
STAFF_PASSWORD = "bibliotheque-laeken"


@dataclass
class Server:
    url: str
    token: str
    store: Store
    clock: FakeClock  # the server's "now"; the kiosk's wall clock reads it too


def start_kiosk(
    url: str,
    token: str,
    state_dir: Path,
    languages: Languages,
    *,
    clock: Callable[[], datetime],
) -> KioskProgram:
    """The kiosk as ``epn kiosk`` builds it; its wall clock is ``clock`` (the server's), its
    monotonic clock the machine's, so sessions count down as they do on a station."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    config = StationConfig(
        server=ServerConfig(url=url, token=token), paths=PathsConfig(state_dir=state_dir)
    )
    return build_kiosk(
        app, config=config, windowed=True, languages=languages, clock=StationClock(clock)
    )


def sign_in(qtbot, program: KioskProgram, identifier: str) -> None:
    field = program.lock_screen.identifier_edit
    field.setFocus()
    qtbot.keyClicks(field, identifier)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def type_pin(qtbot, program: KioskProgram, pin: str) -> None:
    qtbot.waitUntil(program.lock_screen.pin_edit.isVisible)
    qtbot.keyClicks(program.lock_screen.pin_edit, pin)
    qtbot.keyClick(program.lock_screen.pin_edit, Qt.Key.Key_Return)


def session_row(store: Store) -> dict:
    return store.read(
        lambda db: next(db.query("SELECT * FROM sessions ORDER BY started_at DESC LIMIT 1"), {})
    )


@contextmanager
def running_server(db: Path, clock: FakeClock) -> Iterator[Server]:
    """The server on a seeded database: the site, its station, three visitors, one staff;
    it runs on ``clock``. The seeded database is made once per process and moment
    (tests/helpers/seeded.py)."""
    token = seeded(db, ("kiosk_gui", clock()), lambda path: _seed(path, clock))
    store = Store(db)
    notifier = Notifier()
    app = create_app(store, clock=clock, notifier=notifier)
    with BackgroundServer(app, on_stop=notifier.close) as running:
        yield Server(running.url, token, store, clock)
    store.close()


def _seed(db: Path, clock: FakeClock) -> str:
    """The site, its station, three visitors, one staff; returns the station's token."""
    with Store(db) as store:
        directory = Directory(store, clock)
        directory.add_site(SITE)
        station = directory.add_station(STATION, SITE)
        directory.add_visitor(NO_PIN, display_name="Fatima", category="adult")
        directory.add_visitor(WITH_PIN, pin=PIN, display_name="Jan", category="senior")
        directory.add_visitor(BLOCKED, enabled=False)
        directory.add_staff("accueil", STAFF_PASSWORD, role="staff", sites=[SITE])
        return station.token


def clipped(window: QWidget) -> list[str]:
    """Visible text widgets that stick out of the window or are smaller than their text."""
    problems = []
    frame = QRect(QPoint(0, 0), window.size())
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QLabel | QPushButton | QLineEdit):
            continue
        rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        name = f"{type(widget).__name__} {widget.objectName()} {getattr(widget, 'text', str)()!r}"
        if not frame.contains(rect):
            problems.append(f"{name} outside the window")
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            if widget.heightForWidth(widget.width()) > widget.height():
                problems.append(f"{name} cut at the bottom")
        elif isinstance(widget, QLabel | QPushButton):
            hint = widget.sizeHint()
            if hint.width() > widget.width() or hint.height() > widget.height():
                problems.append(f"{name}: {hint.toTuple()} > {widget.size().toTuple()}")
        elif widget.minimumSizeHint().height() > widget.height():
            problems.append(f"{name} too short")
    return problems
