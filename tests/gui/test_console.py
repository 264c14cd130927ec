"""The staff console against the real server (FastAPI on uvicorn in a thread, real HTTP)."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from admin.api.serving import free_port
from admin.client.staff_client import StaffClient
from kiosk.protocol.commands import CommandKind, CommandStatus
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.http import ApiError
from kiosk.protocol.room import StationList, StationState, StationStatus
from kiosk.protocol.staff import StaffInfo
from kiosk.protocol.station import SiteInfo
from tests.helpers.desk_world import (
    PASSWORD,
    ROOM,
    TIMEOUT_MS,
    FakeLanguages,
    World,
    console,
    languages,
    world_fixture,
)
from ui.console.app import ConsoleProgram, build_console
from ui.console.context import ConsoleContext
from ui.console.dialogs import ConfirmDialog
from ui.console.login import LoginDialog
from ui.console.main_window import ConsoleWindow
from ui.console.room.live import StationFeed
from ui.console.room.station_model import Column, StationTableModel
from ui.console.room.view import RoomView
from ui.tasks import TaskManager

world = world_fixture(ROOM)
#: The shared fixtures (tests/helpers/desk_world.py), used by name below.
FIXTURES = (console, languages)


@pytest.fixture
def tasks(qtbot) -> Iterator[TaskManager]:
    manager = TaskManager()
    yield manager
    manager.wait_idle()


def commands(world: World, station: str) -> list[dict]:
    return [
        {"kind": c["kind"], "minutes": c["minutes"], "status": c["status"]}
        for c in world.commands(station)
    ]


def room_of(window: ConsoleWindow) -> RoomView:
    view = window.view(RoomView)
    assert isinstance(view, RoomView)
    return view


def cell(room: RoomView, station: str, column: Column) -> str:
    row = room.model.row_of(station)
    assert row is not None, f"{station} is not in the table"
    return room.model.index(row, column).data()


def listed(room: RoomView) -> list[str]:
    return sorted(s.name for s in room.model.stations())


CENTRE = ["PC-01", "PC-02", "PC-03"]


# --- login -------------------------------------------------------------------------------


def make_dialog(qtbot, url: str, client: StaffClient, tasks: TaskManager) -> LoginDialog:
    dialog = LoginDialog(None, url, client, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_login_succeeds_and_keeps_the_token(qtbot, world: World, tasks: TaskManager) -> None:
    client = StaffClient(world.url)
    dialog = make_dialog(qtbot, world.url, client, tasks)
    assert dialog.server_edit.isReadOnly()
    qtbot.keyClicks(dialog.username_edit, "desk")
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=TIMEOUT_MS):
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)  # Enter submits
    assert dialog.response is not None
    assert dialog.response.staff.username == "desk"
    assert client.token == dialog.response.token
    client.close()


def test_wrong_password_is_explained(qtbot, world: World, tasks: TaskManager) -> None:
    client = StaffClient(world.url)
    dialog = make_dialog(qtbot, world.url, client, tasks)
    qtbot.keyClicks(dialog.username_edit, "desk")
    qtbot.keyClicks(dialog.password_edit, "not-the-password")
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error_text == "Wrong username or password.", timeout=TIMEOUT_MS)
    assert dialog.isVisible()
    assert dialog.response is None
    assert dialog.login_button.isEnabled()  # they can try again
    client.close()


def test_empty_fields_are_refused_without_asking_the_server(
    qtbot, world: World, tasks: TaskManager
) -> None:
    class NoCalls:
        def login(self, username: str, password: str):
            raise AssertionError("the server must not be asked")

    dialog = make_dialog(qtbot, world.url, NoCalls(), tasks)  # type: ignore[arg-type]
    qtbot.keyClicks(dialog.username_edit, "desk")
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert dialog.error_text == "Type your username and password."
    assert dialog.password_edit.hasFocus() or not dialog.isActiveWindow()


def test_unreachable_server_is_explained(qtbot, tasks: TaskManager) -> None:
    url = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    client = StaffClient(url, timeout=2.0)
    dialog = make_dialog(qtbot, url, client, tasks)
    qtbot.keyClicks(dialog.username_edit, "desk")
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: dialog.error_text.startswith("The server cannot be reached"), timeout=TIMEOUT_MS
    )
    assert dialog.response is None
    client.close()


# --- the live list -----------------------------------------------------------------------


def test_live_list_shows_the_stations_of_my_sites(qtbot, console: ConsoleProgram) -> None:
    window = console.window
    room = room_of(window)
    qtbot.waitUntil(lambda: listed(room) == CENTRE, timeout=TIMEOUT_MS)
    assert cell(room, "PC-01", Column.STATE) == "Free"
    assert cell(room, "PC-02", Column.STATE) == "Free"
    assert window.user_label.text() == "Signed in as desk (staff)"
    qtbot.waitUntil(lambda: window.connection_label.text() == "Live", timeout=TIMEOUT_MS)
    assert console.feed.running
    assert window.windowTitle() == "EPN console"


def test_station_goes_in_use_when_a_visitor_signs_in(
    qtbot, world: World, console: ConsoleProgram
) -> None:
    window = console.window
    room = room_of(window)
    qtbot.waitUntil(lambda: listed(room) == CENTRE, timeout=TIMEOUT_MS)
    world.sign_in("PC-01")
    qtbot.waitUntil(lambda: cell(room, "PC-01", Column.STATE) == "In use", timeout=TIMEOUT_MS)
    assert cell(room, "PC-01", Column.VISITOR) == "Alice"
    assert re.fullmatch(r"\d+ h( \d\d min)?|\d+ min|\d+ s", cell(room, "PC-01", Column.TIME_LEFT))
    assert cell(room, "PC-02", Column.STATE) == "Free"


def test_actions_are_enabled_only_for_a_station_in_use(
    qtbot, world: World, console: ConsoleProgram
) -> None:
    window = console.window
    room = room_of(window)
    qtbot.waitUntil(lambda: listed(room) == CENTRE, timeout=TIMEOUT_MS)
    assert room.select_station("PC-02")
    assert not room.extend15_action.isEnabled()
    assert not room.end_action.isEnabled()
    assert room.select_station("PC-01")
    assert not room.extend15_action.isEnabled()
    world.sign_in("PC-01")
    # The list updates by itself and the selected row becomes actionable.
    qtbot.waitUntil(room.extend15_action.isEnabled, timeout=TIMEOUT_MS)
    assert room.end_action.isEnabled()
    assert room.selected_station().name == "PC-01"


def test_extend_sends_a_command_and_the_list_shows_it_pending(
    qtbot, world: World, console: ConsoleProgram
) -> None:
    window = console.window
    room = room_of(window)
    world.sign_in("PC-01")
    qtbot.waitUntil(lambda: room.model.row_of("PC-01") is not None, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: cell(room, "PC-01", Column.STATE) == "In use", timeout=TIMEOUT_MS)
    room.select_station("PC-01")
    button = room.toolbar.widgetForAction(room.extend15_action)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: commands(world, "PC-01") != [], timeout=TIMEOUT_MS)
    assert commands(world, "PC-01") == [{"kind": "extend", "minutes": 15, "status": "pending"}]
    qtbot.waitUntil(
        lambda: cell(room, "PC-01", Column.NOTES) == "Extending +15 min…", timeout=TIMEOUT_MS
    )
    qtbot.waitUntil(lambda: "PC-01" in window.message_text, timeout=TIMEOUT_MS)
    assert room.selected_station().name == "PC-01"  # the update kept the selection


def test_extend_and_end_keyboard_shortcuts(
    qtbot, world: World, console: ConsoleProgram, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = console.window
    room = room_of(window)
    world.sign_in("PC-01")
    qtbot.waitUntil(lambda: room.model.row_of("PC-01") is not None, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: cell(room, "PC-01", Column.STATE) == "In use", timeout=TIMEOUT_MS)
    room.select_station("PC-01")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT_MS)
    qtbot.keyClick(room.current_view(), Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: (
            commands(world, "PC-01") == [{"kind": "extend", "minutes": 15, "status": "pending"}]
        ),
        timeout=TIMEOUT_MS,
    )


def test_end_asks_for_confirmation_first(
    qtbot, world: World, console: ConsoleProgram, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = console.window
    room = room_of(window)
    world.sign_in("PC-01")
    qtbot.waitUntil(lambda: room.model.row_of("PC-01") is not None, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: cell(room, "PC-01", Column.STATE) == "In use", timeout=TIMEOUT_MS)
    room.select_station("PC-01")
    questions: list[str] = []
    answer = False

    def ask(parent, text: str) -> bool:
        questions.append(text)
        return answer

    monkeypatch.setattr(ConfirmDialog, "ask", ask)
    end_button = room.toolbar.widgetForAction(room.end_action)
    qtbot.mouseClick(end_button, Qt.MouseButton.LeftButton)
    assert questions == ["End the session of Alice on PC-01 now?"]
    assert console.tasks.wait_idle()
    assert commands(world, "PC-01") == []  # said no: nothing sent

    answer = True
    qtbot.mouseClick(end_button, Qt.MouseButton.LeftButton)
    assert len(questions) == 2
    qtbot.waitUntil(lambda: commands(world, "PC-01") != [], timeout=TIMEOUT_MS)
    assert commands(world, "PC-01") == [{"kind": "end", "minutes": None, "status": "pending"}]


def test_refused_action_is_explained(qtbot, world: World, console: ConsoleProgram) -> None:
    window = console.window
    room = room_of(window)
    world.sign_in("PC-01")
    qtbot.waitUntil(lambda: room.model.row_of("PC-01") is not None, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: cell(room, "PC-01", Column.STATE) == "In use", timeout=TIMEOUT_MS)
    room.select_station("PC-01")
    # The session ends on the server before the click reaches it (the table is a moment late).
    world.store.write(lambda db: db.execute("UPDATE sessions SET state = 'ended'"))
    room.extend15_action.trigger()
    qtbot.waitUntil(
        lambda: (
            window.message_text == "PC-01: Extend refused: This computer has no session running."
        ),
        timeout=TIMEOUT_MS,
    )
    assert window.message_label.objectName() == "Error"
    assert commands(world, "PC-01") == []
    # the tile says it too, until the next action on this computer
    assert cell(room, "PC-01", Column.NOTES).startswith(
        "Extend refused: This computer has no session running."
    )


def test_reconnecting_is_shown_when_the_server_stops(
    qtbot, world: World, console: ConsoleProgram
) -> None:
    window = console.window
    room = room_of(window)
    qtbot.waitUntil(lambda: window.connection_label.text() == "Live", timeout=TIMEOUT_MS)
    world.stop_server()
    qtbot.waitUntil(lambda: window.connection_label.text() == "Reconnecting…", timeout=TIMEOUT_MS)
    assert listed(room) == CENTRE  # the last known list stays in view


def test_expired_sign_in_asks_again_and_keeps_the_window(
    qtbot, world: World, console: ConsoleProgram, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = console.window
    room = room_of(window)
    qtbot.waitUntil(lambda: listed(room) == CENTRE, timeout=TIMEOUT_MS)
    room.select_station("PC-02")
    room.search.setText("PC-0")
    asked: list[str] = []

    def ask(parent, server_url, client, tasks, username="", password=""):
        asked.append(username)
        return client.login(username, PASSWORD)

    monkeypatch.setattr(LoginDialog, "ask", ask)
    world.store.write(lambda db: db.execute("DELETE FROM staff_tokens"))
    # Any change wakes the feed; its next request is then refused.
    world.sign_in("PC-01")
    qtbot.waitUntil(lambda: asked == ["desk"], timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: cell(room, "PC-01", Column.STATE) == "In use", timeout=TIMEOUT_MS)
    assert console.feed.running
    assert room.selected_station().name == "PC-02"
    assert room.search.text() == "PC-0"


def test_feed_stops_promptly_during_a_long_poll(qtbot, world: World) -> None:
    client = StaffClient(world.url)
    client.login("desk", PASSWORD)
    feed = StationFeed(client)
    with qtbot.waitSignal(feed.stations_did_change, timeout=TIMEOUT_MS) as first:
        feed.start()
    assert isinstance(first.args[0], StationList)
    qtbot.waitUntil(lambda: feed.online is True, timeout=TIMEOUT_MS)  # now held by the server
    started = time.monotonic()
    feed.stop()
    assert time.monotonic() - started < 1.5
    assert not feed.running


def test_language_menu_switches_through_the_injected_languages(
    qtbot, console: ConsoleProgram, languages: FakeLanguages
) -> None:
    window = console.window
    assert list(window.language_actions) == ["fr", "nl", "en"]
    window.language_actions["nl"].trigger()
    assert languages.switched == ["nl"]
    assert window.language_actions["nl"].isChecked()


# --- the table on its own ------------------------------------------------------------------


def status(
    id: int, name: str, state: StationState, seconds_left: int | None = None, pending: int = 0
) -> StationStatus:
    in_use = state == StationState.IN_USE
    return StationStatus(
        id=id,
        name=name,
        site=SiteInfo(id=1, name="Centre"),
        state=state,
        session_id=f"s{id}" if in_use else None,
        visitor_identifier="1001" if in_use else None,
        seconds_left=seconds_left,
        pending_commands=pending,
        pending=[
            CommandStatus(
                id=100 + n,
                station=name,
                kind=CommandKind.EXTEND,
                minutes=5,
                status="pending",
                created_at="2026-11-27T10:00:00+00:00",
            )
            for n in range(pending)
        ],
    )


def test_time_left_counts_down_between_updates(qtbot) -> None:
    now = [100.0]
    model = StationTableModel(clock=lambda: now[0])
    model.set_stations([status(1, "PC-01", StationState.IN_USE, 125)])
    index = model.index(0, Column.TIME_LEFT)
    assert index.data() == "2 min"  # a duration in words, not a time of day
    assert model.index(0, Column.VISITOR).data() == "••••01"  # no name: the masked identifier
    now[0] += 5.4  # 119.6 s, shown as 120: still "2 min"
    assert index.data() == "2 min"
    now[0] += 1
    assert index.data() == "1 min"
    now[0] += 500
    assert index.data() == "0 s"
    model.set_stations([status(1, "PC-01", StationState.IN_USE, 3 * 3600 + 61, pending=2)])
    assert index.data() == "3 h 01 min"
    assert model.index(0, Column.NOTES).data() == "Extending +5 min… · Extending +5 min…"


def test_selection_survives_updates_and_removals(qtbot, languages: FakeLanguages) -> None:
    client = StaffClient("http://127.0.0.1:9")  # never called: the feed is not started
    tasks = TaskManager()
    staff = StaffInfo(username="desk", role="staff", site_ids=[])
    room = RoomView(ConsoleContext(client, tasks, staff), StationFeed(client))
    room.context.setParent(room)  # deleted with the page, not by the garbage collector
    tasks.setParent(room.context)
    room.feed.setParent(room)
    qtbot.addWidget(room)
    first = [status(1, "PC-01", StationState.FREE), status(2, "PC-02", StationState.IN_USE, 600)]
    room.show_stations(StationList(version=1, stations=first))
    room.select_station("PC-02")
    assert room.extend15_action.isEnabled()
    with qtbot.assertNotEmitted(room.model.modelReset):
        room.show_stations(
            StationList(
                version=2,
                stations=[
                    status(2, "PC-02", StationState.IN_USE, 590, pending=1),
                    status(3, "PC-03", StationState.FREE),
                ],
            )
        )
    assert room.selected_station().name == "PC-02"
    assert room.selected_station().pending_commands == 1
    assert listed(room) == ["PC-02", "PC-03"]
    room.show_stations(StationList(version=3, stations=[status(2, "PC-02", StationState.FREE)]))
    assert room.selected_station().name == "PC-02"
    assert not room.extend15_action.isEnabled()  # the session ended: nothing to act on
    client.close()


def test_action_error_sentences(qtbot, languages: FakeLanguages) -> None:
    from kiosk.protocol.http import ServerUnreachable
    from ui.console.context import error_text

    assert error_text(ApiError(ErrorCode.FORBIDDEN, "x", 403)) == (
        "You may not do this at this site."
    )
    assert error_text(ServerUnreachable("down")).startswith("The server cannot be reached")
    assert error_text(ApiError(ErrorCode.BAD_LOGIN, "x", 401)) == (
        "The server refused this action."
    )


def test_failed_direct_sign_in_falls_back_to_the_dialog_and_cancel_gives_none(
    qapp, world: World, languages: FakeLanguages, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[str, str]] = []

    def ask(parent, server_url, client, tasks, username="", password=""):
        asked.append((server_url, username))
        return None  # the staff member cancels

    monkeypatch.setattr(LoginDialog, "ask", ask)
    program = build_console(
        qapp, server_url=world.url, languages=languages, username="desk", password="wrong-one"
    )
    assert program is None
    assert asked == [(world.url, "desk")]
