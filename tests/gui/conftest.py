"""Fixtures of the pytest-qt tests: a real server and a kiosk built as the program builds it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.helpers.kiosk_gui import STATION, KioskProgram, Server, running_server, start_kiosk
from ui.i18n import Languages


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    with running_server(tmp_path / "server.db") as running:
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
    program = start_kiosk(server.url, server.token, tmp_path / "station", languages)
    qtbot.waitUntil(lambda: program.lock_screen.station_name == STATION)
    yield program
    program.close()
