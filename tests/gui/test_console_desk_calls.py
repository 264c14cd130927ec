"""A computer calling the desk in the console's room: the lit tile, the wait, the sound and its
switch, and "I'm coming" against the real server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QImage

from admin.client.staff_client import StaffClient
from kiosk.protocol.room import DeskCall, StationList, StationState, StationStatus
from kiosk.protocol.staff import StaffInfo
from kiosk.protocol.station import EventKind, SiteInfo
from tests.helpers.desk_world import ROOM, TIMEOUT_MS, World, console, languages, world_fixture
from ui.console.app import ConsoleProgram
from ui.console.context import ConsoleContext
from ui.console.room.commands import CommandTracker
from ui.console.room.desk_calls import SOUND_KEY, DeskCallAlarm
from ui.console.room.live import StationFeed
from ui.console.room.station_model import (
    ATTENTION_ROLE,
    DESK_CALL_COLOUR,
    DESK_CALL_ROLE,
    NOTES_ROLE,
    NoteKind,
    StationTableModel,
)
from ui.console.room.view import RoomView
from ui.tasks import TaskManager

world = world_fixture(ROOM)
FIXTURES = (console, languages)

CENTRE = SiteInfo(id=1, name="Centre")
#: 14:05 in Brussels (winter): the call as the server reports it.
CALL = DeskCall(since="2026-11-27T13:05:00+00:00", waited_seconds=125, timezone="Europe/Brussels")


def station(id: int, name: str, call: DeskCall | None = None, **fields: Any) -> StationStatus:
    return StationStatus(
        id=id, name=name, site=CENTRE, state=StationState.FREE, desk_call=call, **fields
    )


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "console.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def offline_room(qtbot, settings: QSettings) -> Iterator[RoomView]:
    client = StaffClient("http://127.0.0.1:9")  # never called
    tasks = TaskManager()
    staff = StaffInfo(username="desk", role="staff", site_ids=[1])
    room = RoomView(ConsoleContext(client, tasks, staff), StationFeed(client), settings=settings)
    room.context.setParent(room)
    tasks.setParent(room.context)
    room.feed.setParent(room)
    qtbot.addWidget(room)
    room.resize(1000, 700)
    yield room
    tasks.wait_idle()
    client.close()


def test_the_wait_counts_from_the_servers_figure_on_an_injected_clock(qapp) -> None:
    clock = Clock()
    model = StationTableModel(tracker=CommandTracker(clock), clock=clock, tick_ms=60_000)
    model.set_stations([station(1, "PC-01", CALL), station(2, "PC-02")])
    calling, quiet = model.index(0, 0), model.index(1, 0)
    assert calling.data(DESK_CALL_ROLE) == 125 and quiet.data(DESK_CALL_ROLE) is None
    assert calling.data(ATTENTION_ROLE) is True and quiet.data(ATTENTION_ROLE) is False
    [first, *_] = calling.data(NOTES_ROLE)
    # at the site's clock, whatever the machine's zone
    assert first.kind == NoteKind.DESK_CALL
    assert first.text == "Called the desk at 14:05 (waiting 2 min)"
    clock.now += 60
    assert calling.data(DESK_CALL_ROLE) == 185
    assert calling.data(NOTES_ROLE)[0].text == "Called the desk at 14:05 (waiting 3 min)"
    model.countdown_timer.stop()


def pixels(room: RoomView) -> QImage:
    return room.tiles.viewport().grab().toImage()


def count_colour(image: QImage, colour: str) -> int:
    wanted = QColor(colour).rgb()
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixel(x, y) == wanted
    )


def test_a_calling_tile_lights_up_and_says_so(qtbot, offline_room: RoomView) -> None:
    room = offline_room
    room.show()
    room.show_stations(StationList(version=1, stations=[station(1, "PC-01")]))
    dark = count_colour(pixels(room), DESK_CALL_COLOUR)
    room.show_stations(StationList(version=2, stations=[station(1, "PC-01", CALL)]))
    lit = count_colour(pixels(room), DESK_CALL_COLOUR)
    assert dark == 0 and lit > 500  # the violet band and border
    assert "Called the desk at 14:05" in room.model.index(0, 0).data(NOTES_ROLE)[0].text


def test_a_new_call_rings_once_unless_the_sound_is_off_remembered(
    qtbot, offline_room: RoomView, settings: QSettings
) -> None:
    room = offline_room
    rings: list[int] = []
    room.alarm.rang.connect(lambda: rings.append(1))
    assert room.sound_box.isChecked()  # on by default
    room.show_stations(StationList(version=1, stations=[station(1, "PC-01", CALL)]))
    room.show_stations(StationList(version=2, stations=[station(1, "PC-01", CALL)]))
    assert rings == [1]  # the same call does not ring again
    room.sound_box.setChecked(False)
    assert settings.value(SOUND_KEY) in (False, "false")
    room.show_stations(
        StationList(version=3, stations=[station(1, "PC-01", CALL), station(2, "PC-02", CALL)])
    )
    assert rings == [1]
    # a console opened later remembers the choice
    assert DeskCallAlarm(settings=settings, beep=lambda: None).enabled is False


def test_the_beep_itself_works_offscreen(qapp, settings: QSettings) -> None:
    # QApplication.beep is what rings on a staff PC; offscreen it must neither fail nor warn
    alarm = DeskCallAlarm(settings=settings)
    assert alarm.stations_did_change([station(1, "PC-01", CALL)]) is True


def room_of(program: ConsoleProgram, qtbot, name: str) -> RoomView:
    view = program.window.view(RoomView)
    assert isinstance(view, RoomView)
    qtbot.waitUntil(lambda: view.model.row_of(name) is not None, timeout=TIMEOUT_MS)
    return view


def test_im_coming_answers_the_call_and_clears_the_tile(
    qtbot, world: World, console: ConsoleProgram
) -> None:
    room = room_of(console, qtbot, "PC-01")
    world.post("PC-01", EventKind.DESK_CALLED)
    qtbot.waitUntil(
        lambda: (
            room.model.index(room.model.row_of("PC-01") or 0, 0).data(DESK_CALL_ROLE) is not None
        ),
        timeout=TIMEOUT_MS,
    )
    room.select_station("PC-02")
    assert not room.answer_action.isEnabled()  # PC-02 is not calling
    room.select_station("PC-01")
    assert room.answer_action.isEnabled()
    assert room.answer_action in room.context_menu().actions()
    room.answer_action.trigger()
    qtbot.waitUntil(lambda: world.kinds("PC-01") == ["answer_call"], timeout=TIMEOUT_MS)
    qtbot.waitUntil(
        lambda: (s := room.model.station("PC-01")) is not None and s.desk_call is None,
        timeout=TIMEOUT_MS,
    )
    row = room.model.row_of("PC-01")
    assert row is not None and room.model.index(row, 0).data(DESK_CALL_ROLE) is None
