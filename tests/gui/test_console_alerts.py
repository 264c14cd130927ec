"""The room shows what is wrong with a station's protection (its alerts) and a refused
enrolment with one of its codes: a warning mark on the tile and a sentence in the staff's
language, against the real server, on the frozen site clock."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QImage
from PySide6.QtWidgets import QApplication

from admin.stations.management import StationsAdmin
from kiosk.protocol.paths import Paths
from kiosk.protocol.station import EventKind, StationAlert
from kiosk.protocol.version import MIN_STATION_VERSION
from tests.helpers.desk_world import (
    ROOM,
    TIMEOUT_MS,
    World,
    console,
    languages,
    world_fixture,
)
from ui.console.app import ConsoleProgram
from ui.console.room import texts as room_text
from ui.console.room.icons import ALERT_COLOUR
from ui.console.room.station_model import ATTENTION_ROLE, NOTES_ROLE, Column, NoteKind
from ui.console.room.view import RoomView
from ui.i18n import Languages

world = world_fixture(ROOM)
#: The shared fixtures (tests/helpers/desk_world.py), used by name below.
FIXTURES = (console, languages)

UNPROTECTED_FR = (
    "Ordinateur non protégé : session Wayland, les touches d'échappement ne sont pas bloquées"
)
#: Set to a .png path to keep the screenshot of a tile with an alert (and of its room), to look
#: at them; else they go to the test's temporary folder.
SCREENSHOT_VARIABLE = "EPN_ALERT_SCREENSHOT"


@pytest.fixture
def french(qapp) -> Iterator[Languages]:
    """The real French catalogue, installed for the test."""
    app = QApplication.instance()
    assert app is not None
    langs = Languages(app, "fr")
    yield langs
    langs.close()


def room_of(program: ConsoleProgram, qtbot) -> RoomView:
    view = program.window.view(RoomView)
    assert isinstance(view, RoomView)
    qtbot.waitUntil(lambda: view.model.row_of("PC-01") is not None, timeout=TIMEOUT_MS)
    return view


def notes_of(room: RoomView, name: str) -> list[tuple[NoteKind, str]]:
    row = room.model.row_of(name)
    assert row is not None
    return [(n.kind, n.text) for n in room.model.index(row, 0).data(NOTES_ROLE)]


def tile_image(room: RoomView, name: str) -> QImage:
    room.tiles.scrollToTop()
    source = room.model.index(room.model.row_of(name) or 0, 0)
    rect = room.tiles.visualRect(room.proxy.mapFromSource(source))
    return room.tiles.viewport().grab(rect).toImage()


def alert_pixels(image: QImage) -> int:
    """Pixels of the alert's red in the tile's first line (the warning mark, its name)."""
    wanted = QColor(ALERT_COLOUR)
    count = 0
    for y in range(4, 36):
        for x in range(4, min(image.width(), 60)):
            colour = image.pixelColor(x, y)
            if (
                abs(colour.red() - wanted.red()) < 12
                and abs(colour.green() - wanted.green()) < 12
                and abs(colour.blue() - wanted.blue()) < 12
            ):
                count += 1
    return count


def test_an_unprotected_station_shows_a_warning_until_its_heartbeat_clears_it(
    qtbot, console: ConsoleProgram, world: World, french: Languages, tmp_path: Path
) -> None:
    room = room_of(console, qtbot)
    room.show_list(False)
    console.window.resize(1100, 760)
    console.window.show()
    plain = tile_image(room, "PC-01")
    assert alert_pixels(plain) == 0
    assert not room.model.index(room.model.row_of("PC-01") or 0, 0).data(ATTENTION_ROLE)

    world.post("PC-01", EventKind.HEARTBEAT, alerts=[StationAlert.UNPROTECTED_SESSION])
    qtbot.waitUntil(lambda: notes_of(room, "PC-01") != [], timeout=TIMEOUT_MS)
    assert notes_of(room, "PC-01") == [(NoteKind.ALERT, UNPROTECTED_FR)]
    row = room.model.row_of("PC-01") or 0
    index = room.model.index(row, 0)
    assert index.data(ATTENTION_ROLE)  # the "needs attention" filter lists it
    assert UNPROTECTED_FR in index.data(Qt.ItemDataRole.ToolTipRole)
    assert isinstance(index.data(Qt.ItemDataRole.DecorationRole), QIcon)  # the list's mark
    notes_column = room.model.index(row, Column.NOTES)
    assert notes_column.data() == UNPROTECTED_FR
    assert notes_column.data(Qt.ItemDataRole.ForegroundRole).color() == QColor(ALERT_COLOUR)

    image = tile_image(room, "PC-01")
    assert alert_pixels(image) > 40  # the warning mark before the name, not colour alone
    screenshot = Path(os.environ.get(SCREENSHOT_VARIABLE) or tmp_path / "alert-tile-fr.png")
    assert image.save(str(screenshot))
    assert console.window.grab().save(str(screenshot.with_name(screenshot.stem + "-room.png")))

    world.post("PC-01", EventKind.HEARTBEAT)  # the station's next word: all is well again
    qtbot.waitUntil(lambda: notes_of(room, "PC-01") == [], timeout=TIMEOUT_MS)
    assert index.data(Qt.ItemDataRole.DecorationRole) is None
    assert alert_pixels(tile_image(room, "PC-01")) == 0


def test_each_alert_has_its_sentence_in_each_language(
    qtbot, console: ConsoleProgram, world: World, french: Languages
) -> None:
    room = room_of(console, qtbot)
    raised = [code for code in StationAlert if code != StationAlert.OUTDATED_VERSION]
    # the station's own alerts, and the server's word on its old version (shown last)
    world.post("PC-02", EventKind.HEARTBEAT, alerts=raised, agent_version="0.0.1")
    qtbot.waitUntil(lambda: len(notes_of(room, "PC-02")) == 5, timeout=TIMEOUT_MS)
    by_code = [*sorted(raised, key=lambda code: code.value), StationAlert.OUTDATED_VERSION]
    seen: set[str] = set()
    for language in ("fr", "nl", "en"):
        french.set_language(language)
        sentences = [room_text.alert_text(code) for code in by_code]
        assert len(set(sentences)) == 5
        assert notes_of(room, "PC-02") == [(NoteKind.ALERT, text) for text in sentences]
        seen.update(sentences)
    assert len(seen) == 15  # each sentence translated: none left in English
    assert room_text.alert_text(StationAlert.OUTDATED_VERSION) == (
        f"Station program too old for this server (needs {MIN_STATION_VERSION} or later): update it"
    )
    french.set_language("nl")
    assert room_text.alert_text(StationAlert.UNPROTECTED_SESSION) == (
        "Computer niet beveiligd: Wayland-sessie, de escapetoetsen worden niet geblokkeerd"
    )
    french.set_language("en")
    assert room_text.alert_text(StationAlert.LOCKDOWN_PARTIAL) == (
        "Computer partly protected: some escape keys are not blocked"
    )


def test_a_pc_refused_a_stale_code_shows_on_its_station(
    qtbot, console: ConsoleProgram, world: World, french: Languages
) -> None:
    room = room_of(console, qtbot)
    yesterday = world.clock() - timedelta(hours=25)
    code = StationsAdmin(world.store, lambda: yesterday).enrol_code(None, "PC-03").code
    with httpx.Client(base_url=world.url, timeout=15) as http:
        refused = http.post(Paths.STATION_ENROLL, json={"code": code})
    assert refused.status_code == 403
    qtbot.waitUntil(lambda: notes_of(room, "PC-03") != [], timeout=TIMEOUT_MS)
    station = room.model.station("PC-03")
    assert station is not None and station.enrolment_refused is not None
    [(kind, text)] = notes_of(room, "PC-03")
    assert kind == NoteKind.ALERT
    assert (
        text
        == f"Inscription refusée : code expiré ({room_text.seen_at(station.enrolment_refused.at)})"
    )
    image = tile_image(room, "PC-03")
    assert alert_pixels(image) > 40

    world.post("PC-03", EventKind.HEARTBEAT)  # the station itself works: the note is over
    qtbot.waitUntil(lambda: notes_of(room, "PC-03") == [], timeout=TIMEOUT_MS)
