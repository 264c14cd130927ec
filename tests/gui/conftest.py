"""Fixtures of the pytest-qt tests: a real server and a kiosk built as the program builds it,
both on ``site_clock`` (tests/conftest.py), frozen at a fixed moment in Brussels."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from tests.helpers.clock import FakeClock
from tests.helpers.kiosk_gui import STATION, KioskProgram, Server, running_server, start_kiosk
from ui.i18n import Languages


@pytest.fixture(autouse=True, scope="session")
def console_settings_apart(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The console's settings (the room's sound switch, ...) in a temporary folder, never the
    user's own."""
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


@pytest.fixture
def server(tmp_path: Path, site_clock: FakeClock) -> Iterator[Server]:
    with running_server(tmp_path / "server.db", site_clock) as running:
        yield running


@pytest.fixture
def languages() -> Iterator[Languages]:
    app = QApplication.instance()
    assert app is not None
    langs = Languages(app)
    yield langs
    langs.close()


@pytest.fixture
def kiosk(qtbot, server: Server, tmp_path: Path, languages: Languages) -> Iterator[KioskProgram]:
    program = start_kiosk(
        server.url, server.token, tmp_path / "station", languages, clock=server.clock
    )
    qtbot.waitUntil(lambda: program.lock_screen.station_name == STATION)
    yield program
    program.close()
