"""Closing time in the room: extensions cut at closing and said so, the refusal when a
session already ends then, and the administrators' after-hours override."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from admin.sites.settings import SiteService
from kiosk.protocol.room import StationState
from kiosk.protocol.station import EventKind
from tests.helpers.clock import FakeClock
from tests.helpers.desk_world import (
    ROOM,
    TIMEOUT_MS,
    Seed,
    Staff,
    World,
    open_console,
    world_of,
)
from tests.helpers.liveserver import set_policy
from ui.console.app import ConsoleProgram
from ui.console.room import texts as room_text
from ui.console.room.view import RoomView
from ui.dialogs import MinutesDialog

#: A Monday, 17:21 in Brussels: the site closes at 18:00, in 39 minutes.
MONDAY_EVENING = datetime(2025, 3, 10, 16, 21, tzinfo=UTC)
CLOSES_AT = "2025-03-10T17:00:00.000000+00:00"
SEED = Seed(
    sites=ROOM.sites,
    stations=ROOM.stations,
    staff=(*ROOM.staff, Staff("chef", "admin")),
    visitors=ROOM.visitors,
    hello=ROOM.hello,
)


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    clock = FakeClock(MONDAY_EVENING)

    def prepare(world: World) -> None:
        SiteService(world.store, clock).set_day("Centre", "mon", "09:00-18:00")
        # 30 min sessions: a visitor signing in now stops 9 min before closing
        set_policy(world.db, "*", session_minutes=30, daily_minutes=120, weekly_minutes=600)

    with world_of(tmp_path, SEED, prepare=prepare, clock=clock) as running:
        yield running


def room_for(qtbot, qapp, world: World, username: str) -> tuple[ConsoleProgram, RoomView]:
    program = open_console(qapp, world, username)
    room = program.window.view(RoomView)
    assert isinstance(room, RoomView)
    world.sign_in("PC-01")
    qtbot.waitUntil(lambda: in_use(room, "PC-01"), timeout=TIMEOUT_MS)
    room.select_station("PC-01")
    return program, room


def in_use(room: RoomView, name: str) -> bool:
    station = room.model.station(name)
    return station is not None and station.state == StationState.IN_USE


def test_an_extension_past_closing_is_cut_and_the_desk_is_told(qtbot, qapp, world: World) -> None:
    program, room = room_for(qtbot, qapp, world, "desk")
    try:
        room.extend15_action.trigger()  # 30 + 15 min > 39 min to closing
        closing = room_text.site_time(CLOSES_AT, "Europe/Brussels")
        assert closing  # "6:00 PM" or "18:00", as the locale writes it
        qtbot.waitUntil(
            lambda: (
                program.window.message_text == f"PC-01: cut to closing time, {closing} (Extend)."
            ),
            timeout=TIMEOUT_MS,
        )
        [command] = world.commands("PC-01")
        assert command["kind"] == "set_time" and command["seconds"] == 39 * 60
        assert command["clipped_to"] == CLOSES_AT and not command["after_hours"]
        # the station applied it: the session now ends at closing, another extension is refused
        world.post(
            "PC-01",
            EventKind.HEARTBEAT,
            session_id=world.query("SELECT id FROM sessions")[0]["id"],
            used_seconds=0,
            remaining_seconds=39 * 60,
        )
        room.select_station("PC-01")
        room.extend5_action.trigger()
        qtbot.waitUntil(
            lambda: (
                program.window.message_text
                == f"PC-01: Extend refused: This session already ends at closing time, {closing}."
            ),
            timeout=TIMEOUT_MS,
        )
        assert len(world.commands("PC-01")) == 1
    finally:
        program.close()


def test_only_administrators_can_extend_after_closing(
    qtbot, qapp, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk, room = room_for(qtbot, qapp, world, "desk")
    try:
        assert not room.after_hours_action.isVisible()
        assert not room.after_hours_action.isEnabled()
        assert room.after_hours_action in room.time_menu.actions()
    finally:
        desk.close()
    chef = open_console(qapp, world, "chef")
    try:
        room = chef.window.view(RoomView)
        assert isinstance(room, RoomView)
        qtbot.waitUntil(lambda: in_use(room, "PC-01"), timeout=TIMEOUT_MS)
        room.select_station("PC-01")
        assert room.after_hours_action.isVisible() and room.after_hours_action.isEnabled()
        monkeypatch.setattr(MinutesDialog, "ask", lambda *args, **kwargs: 45)
        room.after_hours_action.trigger()
        qtbot.waitUntil(lambda: len(world.commands("PC-01")) == 1, timeout=TIMEOUT_MS)
        [command] = world.commands("PC-01")
        assert command["kind"] == "extend" and command["minutes"] == 45
        assert command["after_hours"] == 1 and command["clipped_to"] is None
        [entry] = world.query("SELECT after FROM audit WHERE action = 'command.extend'")
        assert '"after_hours": true' in entry["after"]
    finally:
        chef.close()
