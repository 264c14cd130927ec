"""The room view: tiles, filter and sort, the desk's actions against the real server."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QToolButton

from admin.client.staff_client import StaffClient
from admin.demo.sample import STATIONS as DEMO_STATIONS
from kiosk.protocol.commands import CommandKind, CommandRequest, CommandStatus
from kiosk.protocol.room import StationList, StationState, StationStatus
from kiosk.protocol.staff import StaffInfo
from kiosk.protocol.station import EventKind, SiteInfo
from tests.helpers.desk_world import (
    CITY,
    ROOM,
    TIMEOUT_MS,
    World,
    console,
    languages,
    world_fixture,
)
from tests.helpers.liveserver import set_policy
from ui.console.app import ConsoleProgram
from ui.console.context import ConsoleContext
from ui.console.dialogs import ConfirmDialog, TextDialog
from ui.console.room import texts as room_text
from ui.console.room.commands import CommandTracker
from ui.console.room.filter import Show, SortBy
from ui.console.room.live import StationFeed
from ui.console.room.message_dialog import MessageChoice, MessageDialog
from ui.console.room.queue_panel import PANEL_WIDTH
from ui.console.room.sign_in import SignInDialog
from ui.console.room.station_model import (
    ATTENTION_ROLE,
    LOW_TIME_COLOUR,
    NOTES_ROLE,
    Column,
    NoteKind,
    StationTableModel,
)
from ui.console.room.tiles import TILE_SIZE, card_rect, header_layout, inner_rect, wrap_lines
from ui.console.room.view import RoomView
from ui.dialogs import MinutesDialog
from ui.i18n import Languages
from ui.tasks import TaskManager

world = world_fixture(ROOM)
#: The shared fixtures (tests/helpers/desk_world.py), used by name below.
FIXTURES = (console, languages)

CENTRE = SiteInfo(id=1, name="Centre")


def status(id: int, name: str, state: StationState, **fields: Any) -> StationStatus:
    if state in (StationState.IN_USE, StationState.LOCKED):
        fields.setdefault("session_id", f"s{id}")
        fields.setdefault("visitor_identifier", "2100005678")
        fields.setdefault("seconds_left", 1800)
    if state == StationState.OUT_OF_ORDER:
        fields.setdefault("enabled", False)
    return StationStatus(id=id, name=name, site=fields.pop("site", CENTRE), state=state, **fields)


def pending(id: int, station: str, kind: CommandKind, **fields: Any) -> CommandStatus:
    return CommandStatus(
        id=id,
        station=station,
        kind=kind,
        status="pending",
        created_at="2026-11-27T10:00:00+00:00",
        **fields,
    )


ROOM = [
    status(1, "PC-01", StationState.FREE),
    status(2, "PC-02", StationState.IN_USE, visitor_name="Alice", app_name="Firefox"),
    status(3, "PC-03", StationState.LOCKED, locked=True, seconds_left=200),
    status(4, "PC-04", StationState.OFFLINE, last_seen_at="2026-11-27T09:12:00+00:00"),
    status(5, "PC-05", StationState.OUT_OF_ORDER, disabled_reason="Screen broken"),
    status(
        10,
        "PC-10",
        StationState.IN_USE,
        seconds_left=4000,
        stopped_process="steam.exe",
        stopped_action="killed",
    ),
]


def row(model: StationTableModel, name: str) -> int:
    index = model.row_of(name)
    assert index is not None
    return index


def shown(room: RoomView) -> list[str]:
    return [s.name for s in room.proxy.stations()]


@pytest.fixture
def offline_room(qtbot) -> Iterator[RoomView]:
    """A room fed by hand (no server): what it shows for given snapshots."""
    client = StaffClient("http://127.0.0.1:9")  # never called
    tasks = TaskManager()
    staff = StaffInfo(username="desk", role="staff", site_ids=[1])
    room = RoomView(ConsoleContext(client, tasks, staff), StationFeed(client))
    room.context.setParent(room)  # deleted with the page, not by the garbage collector
    tasks.setParent(room.context)
    room.feed.setParent(room)
    qtbot.addWidget(room)
    room.resize(1000, 700)
    room.show_stations(StationList(version=1, stations=ROOM))
    yield room
    tasks.wait_idle()
    client.close()


def room_of(console: ConsoleProgram, qtbot, names: list[str]) -> RoomView:
    view = console.window.view(RoomView)
    assert isinstance(view, RoomView)
    qtbot.waitUntil(
        lambda: all(view.model.row_of(n) is not None for n in names), timeout=TIMEOUT_MS
    )
    return view


def wait_state(qtbot, room: RoomView, name: str, state: StationState) -> None:
    qtbot.waitUntil(
        lambda: (s := room.model.station(name)) is not None and s.state == state,
        timeout=TIMEOUT_MS,
    )


def notes(room: RoomView, name: str) -> list[str]:
    index = room.model.index(row(room.model, name), 0)
    return [note.text for note in index.data(NOTES_ROLE)]


# --- what a tile shows ----------------------------------------------------------------------


def test_each_state_has_a_word_and_a_colour(offline_room: RoomView) -> None:
    model = offline_room.model
    words = {s.name: model.index(row(model, s.name), Column.STATE).data() for s in ROOM}
    assert words == {
        "PC-01": "Free",
        "PC-02": "In use",
        "PC-03": "Locked",
        "PC-04": "Offline",
        "PC-05": "Out of order",
        "PC-10": "In use",
    }
    colours = {
        model.index(row(model, name), Column.STATE)
        .data(Qt.ItemDataRole.ForegroundRole)
        .color()
        .name()
        for name in ("PC-01", "PC-02", "PC-03", "PC-04", "PC-05")
    }
    assert len(colours) == 5  # one colour per state, always with its word


def test_tile_content_by_state(offline_room: RoomView) -> None:
    model = offline_room.model

    def text(name: str, column: Column) -> str:
        return model.index(row(model, name), column).data()

    assert text("PC-02", Column.VISITOR) == "Alice"
    assert text("PC-02", Column.APP) == "Firefox"
    assert text("PC-02", Column.TIME_LEFT) == "30 min"
    assert text("PC-03", Column.VISITOR) == "••••5678"  # locked: the session is still there
    assert text("PC-01", Column.VISITOR) == ""
    assert notes(offline_room, "PC-05") == ["Out of order: Screen broken"]
    assert notes(offline_room, "PC-10") == ["Program stopped: steam.exe"]
    assert notes(offline_room, "PC-03") == ["Little time left"]
    assert notes(offline_room, "PC-01") == []
    tooltip = model.index(row(model, "PC-02"), 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert tooltip == "PC-02, In use, Alice, 30 min left, Firefox"


def test_the_full_card_number_is_never_shown(offline_room: RoomView) -> None:
    model = offline_room.model
    roles = (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
    )
    for r in range(model.rowCount()):
        for column in Column:
            for role in roles:
                assert "2100005678" not in str(model.index(r, column).data(role) or "")
    assert room_text.mask_identifier("2100005678") == "••••5678"
    assert room_text.mask_identifier("1001") == "••••01"  # never more than half of it
    assert room_text.mask_identifier("7") == "••••"


def test_time_left_counts_down_and_turns_red_under_five_minutes(qtbot) -> None:
    now = [0.0]
    model = StationTableModel(clock=lambda: now[0], tick_ms=60_000)
    model.set_stations([status(1, "PC-01", StationState.IN_USE, seconds_left=305)])
    index = model.index(0, Column.TIME_LEFT)
    assert index.data() == "5 min"
    assert index.data(Qt.ItemDataRole.ForegroundRole) is None
    assert not model.index(0, 0).data(ATTENTION_ROLE)
    now[0] = 6.2
    assert index.data() == "4 min"
    assert index.data(Qt.ItemDataRole.ForegroundRole).color() == QColor(LOW_TIME_COLOUR)
    assert index.data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, 0).data(ATTENTION_ROLE)
    assert [n.text for n in model.index(0, 0).data(NOTES_ROLE)] == ["Little time left"]
    with qtbot.waitSignal(model.dataChanged):
        model.refresh_countdown()  # what the 1 s timer does: a repaint, no server call


def test_tiles_paint_every_state(qtbot, offline_room: RoomView) -> None:
    offline_room.show()
    image = offline_room.tiles.grab().toImage()
    assert not image.isNull()
    rect = offline_room.tiles.visualRect(offline_room.proxy.index(0, 0))
    assert rect.width() > 150 and rect.height() > 120
    # the grid reflows: a narrower window puts fewer tiles on a row

    def rows() -> int:
        return len(
            {offline_room.tiles.visualRect(offline_room.proxy.index(r, 0)).y() for r in range(6)}
        )

    # the queue panel keeps its width beside the tiles
    offline_room.resize(1600 + PANEL_WIDTH, 700)
    qtbot.waitUntil(lambda: rows() == 1, timeout=TIMEOUT_MS)
    offline_room.resize(800 + PANEL_WIDTH, 700)
    qtbot.waitUntil(lambda: rows() == 2, timeout=TIMEOUT_MS)


def test_action_buttons_wrap_rather_than_hide(qtbot, offline_room: RoomView) -> None:
    room = offline_room
    room.show()
    buttons = [room.toolbar.widgetForAction(a) for a in (room.extend15_action, room.end_action)]
    buttons.append(room.more_button)

    def lines() -> int:
        return len({b.geometry().y() for b in buttons})

    room.resize(1600, 700)
    qtbot.waitUntil(lambda: lines() == 1, timeout=TIMEOUT_MS)
    room.resize(room.minimumSizeHint().width(), 700)
    room.toolbar.setMaximumWidth(400)  # narrower than the row, whatever the rest of the page
    qtbot.waitUntil(lambda: lines() > 1, timeout=TIMEOUT_MS)
    qtbot.waitUntil(  # the bar grows to its new height
        lambda: all(room.toolbar.rect().contains(b.geometry()) for b in buttons),
        timeout=TIMEOUT_MS,
    )


# --- filter, search, sort -------------------------------------------------------------------


def test_filters_and_their_counts(offline_room: RoomView) -> None:
    room = offline_room
    assert room.show_buttons[Show.ALL].text() == "All (6)"
    assert room.show_buttons[Show.IN_USE].text() == "In use (3)"
    assert room.show_buttons[Show.ATTENTION].text() == "Needs attention (2)"
    room.set_show(Show.IN_USE)
    assert shown(room) == ["PC-02", "PC-03", "PC-10"]
    room.set_show(Show.FREE)
    assert shown(room) == ["PC-01"]
    room.set_show(Show.ATTENTION)
    assert shown(room) == ["PC-03", "PC-10"]  # little time left; a program stopped
    room.set_show(Show.UNAVAILABLE)
    assert shown(room) == ["PC-04", "PC-05"]
    room.set_show(Show.ALL)
    assert shown(room) == ["PC-01", "PC-02", "PC-03", "PC-04", "PC-05", "PC-10"]


def test_search_by_computer_or_visitor(qtbot, offline_room: RoomView) -> None:
    room = offline_room
    qtbot.keyClicks(room.search, "alice")
    assert shown(room) == ["PC-02"]
    room.search.setText("2100005678")  # a whole card number finds where the visitor sits
    assert shown(room) == ["PC-02", "PC-03", "PC-10"]
    room.search.setText("pc-1")
    assert shown(room) == ["PC-10"]
    room.search.setText("nobody")
    assert shown(room) == []
    assert room.stack.currentWidget() is room.empty_label
    assert "No computer matches" in room.empty_label.text()
    room.search.clear()
    assert room.stack.currentWidget() is room.tiles


def test_sort_by_name_time_left_and_state(offline_room: RoomView) -> None:
    room = offline_room
    assert shown(room) == ["PC-01", "PC-02", "PC-03", "PC-04", "PC-05", "PC-10"]  # PC-2 < PC-10
    room.set_sort(SortBy.TIME_LEFT)
    assert shown(room)[:3] == ["PC-03", "PC-02", "PC-10"]  # least time first, free ones last
    room.set_sort(SortBy.STATE)
    assert shown(room) == ["PC-02", "PC-10", "PC-03", "PC-01", "PC-05", "PC-04"]
    assert room.table.horizontalHeader().sortIndicatorSection() == Column.STATE
    room.table.sortByColumn(Column.STATION, Qt.SortOrder.AscendingOrder)  # a header click
    assert room.sort_combo.currentData() == SortBy.NAME.value


def test_the_site_chosen_in_the_toolbar_limits_the_room(offline_room: RoomView) -> None:
    nord = SiteInfo(id=2, name="Nord")
    room = offline_room
    room.show_stations(
        StationList(version=2, stations=[*ROOM, status(9, "PC-09", StationState.FREE, site=nord)])
    )
    assert "PC-09" in shown(room)
    room.context.set_site(1)
    room.refresh()
    assert "PC-09" not in shown(room)
    assert room.show_buttons[Show.ALL].text() == "All (6)"


def test_tiles_and_list_share_one_selection(qtbot, offline_room: RoomView) -> None:
    room = offline_room
    room.show()
    room.select_station("PC-02")
    room.select_station("PC-10", add=True)
    assert [s.name for s in room.selected_stations()] == ["PC-02", "PC-10"]
    assert room.selection_label.text() == "2 computer(s) selected"
    room.show_list(True)
    assert room.stack.currentWidget() is room.table
    assert room.table.selectionModel() is room.tiles.selectionModel()
    assert [s.name for s in room.selected_stations()] == ["PC-02", "PC-10"]
    room.table.selectAll()
    assert len(room.selected_stations()) == 6
    room.show_list(False)
    assert len(room.selected_stations()) == 6


def test_actions_follow_the_selection(offline_room: RoomView) -> None:
    room = offline_room

    def enabled() -> set[str]:
        actions = {
            "extend": room.extend15_action,
            "end": room.end_action,
            "message": room.message_action,
            "lock": room.lock_action,
            "unlock": room.unlock_action,
            "sign_in": room.sign_in_action,
            "disable": room.disable_action,
            "enable": room.enable_action,
        }
        return {name for name, action in actions.items() if action.isEnabled()}

    assert enabled() == set()
    assert room.end_all_action.isEnabled()  # sessions run in the room
    room.select_station("PC-01")
    assert enabled() == {"message", "sign_in", "disable"}
    room.select_station("PC-02")
    assert enabled() == {"extend", "end", "message", "lock", "disable"}
    room.select_station("PC-03")
    assert enabled() == {"extend", "end", "message", "unlock", "disable"}
    room.select_station("PC-04")
    assert enabled() == {"disable"}
    room.select_station("PC-05")
    assert enabled() == {"enable"}
    room.select_station("PC-01")
    room.select_station("PC-02", add=True)  # several: sign-in is for one free computer only
    assert enabled() == {"extend", "end", "message", "lock", "disable"}
    menu = room.context_menu()
    assert room.end_action in menu.actions() and room.sign_in_action in menu.actions()


# --- actions against the server -------------------------------------------------------------


def test_each_action_reaches_the_server(
    qtbot, world: World, console: ConsoleProgram, monkeypatch: pytest.MonkeyPatch
) -> None:
    room = room_of(console, qtbot, ["PC-01", "PC-02"])
    world.sign_in("PC-01")
    wait_state(qtbot, room, "PC-01", StationState.IN_USE)
    monkeypatch.setattr(ConfirmDialog, "ask", lambda parent, text: True)
    minutes = iter([25, 40])
    monkeypatch.setattr(MinutesDialog, "ask", lambda *args, **kw: next(minutes))
    monkeypatch.setattr(
        MessageDialog,
        "ask",
        lambda *args, **kw: MessageChoice("Closing in 10 minutes, please save your work."),
    )
    monkeypatch.setattr(TextDialog, "ask", lambda *args, **kw: "Keyboard missing")

    room.select_station("PC-01")
    for action in (
        room.extend5_action,
        room.extend15_action,
        room.extend_custom_action,
        room.set_time_action,
        room.message_action,
        room.lock_action,
    ):
        assert action.isEnabled(), action.text()
        count = len(world.commands("PC-01"))
        action.trigger()
        qtbot.waitUntil(lambda c=count: len(world.commands("PC-01")) == c + 1, timeout=TIMEOUT_MS)

    # the station reports its screen locked: unlock becomes possible
    grant_session = world.commands("PC-01")
    world.post(
        "PC-01",
        EventKind.HEARTBEAT,
        session_id=room.model.station("PC-01").session_id,
        used_seconds=5,
        remaining_seconds=1500,
        locked=True,
    )
    wait_state(qtbot, room, "PC-01", StationState.LOCKED)
    room.select_station("PC-01")
    room.unlock_action.trigger()
    qtbot.waitUntil(
        lambda: len(world.commands("PC-01")) == len(grant_session) + 1, timeout=TIMEOUT_MS
    )

    room.select_station("PC-02")
    room.disable_action.trigger()
    qtbot.waitUntil(lambda: world.kinds("PC-02") == ["disable"], timeout=TIMEOUT_MS)
    wait_state(qtbot, room, "PC-02", StationState.OUT_OF_ORDER)
    room.select_station("PC-02")
    room.enable_action.trigger()
    qtbot.waitUntil(lambda: world.kinds("PC-02") == ["disable", "enable"], timeout=TIMEOUT_MS)

    sent = [
        {k: c[k] for k in ("kind", "minutes", "seconds", "text", "reason")}
        for c in world.commands("PC-01") + world.commands("PC-02")
    ]
    assert sent == [
        {"kind": "extend", "minutes": 5, "seconds": None, "text": None, "reason": None},
        {"kind": "extend", "minutes": 15, "seconds": None, "text": None, "reason": None},
        {"kind": "extend", "minutes": 25, "seconds": None, "text": None, "reason": None},
        {"kind": "set_time", "minutes": None, "seconds": 2400, "text": None, "reason": None},
        {
            "kind": "message",
            "minutes": None,
            "seconds": None,
            "text": "Closing in 10 minutes, please save your work.",
            "reason": None,
        },
        {"kind": "lock", "minutes": None, "seconds": None, "text": None, "reason": None},
        {"kind": "unlock", "minutes": None, "seconds": None, "text": None, "reason": None},
        {
            "kind": "disable",
            "minutes": None,
            "seconds": None,
            "text": None,
            "reason": "Keyboard missing",
        },
        {"kind": "enable", "minutes": None, "seconds": None, "text": None, "reason": None},
    ]
    request_ids = [c["request_id"] for c in world.commands("PC-01") + world.commands("PC-02")]
    assert all(request_ids) and len(set(request_ids)) == len(request_ids)


def test_a_command_sent_again_is_not_applied_twice(world: World) -> None:
    client = StaffClient(world.url)
    client.login("desk", "desk-password-1")
    world.sign_in("PC-01")
    first = client.extend("PC-01", 10, request_id="same-click")
    again = client.extend("PC-01", 10, request_id="same-click")
    assert again.id == first.id
    assert world.kinds("PC-01") == ["extend"]
    client.close()


def test_declined_confirmations_send_nothing(
    qtbot, world: World, console: ConsoleProgram, monkeypatch: pytest.MonkeyPatch
) -> None:
    room = room_of(console, qtbot, ["PC-01", "PC-02"])
    world.sign_in("PC-01")
    wait_state(qtbot, room, "PC-01", StationState.IN_USE)
    questions: list[str] = []

    def ask(parent, text: str) -> bool:
        questions.append(text)
        return False

    monkeypatch.setattr(ConfirmDialog, "ask", ask)
    monkeypatch.setattr(TextDialog, "ask", lambda *args, **kw: "Broken mouse")
    room.select_station("PC-01")
    room.end_action.trigger()
    room.disable_action.trigger()
    room.end_all_action.trigger()
    assert questions == [
        "End the session of Alice on PC-01 now?",
        "Put PC-01 out of order? The session running there ends now.",
        "End all 1 session(s) in the room now? Every visitor is signed out.",
    ]
    assert console.tasks.wait_idle()
    assert world.commands("PC-01") == []
    monkeypatch.setattr(MinutesDialog, "ask", lambda *args, **kw: None)  # cancelled
    room.extend_custom_action.trigger()
    assert console.tasks.wait_idle()
    assert world.commands("PC-01") == []


def test_bulk_end_and_message_on_the_selection(
    qtbot, world: World, console: ConsoleProgram, monkeypatch: pytest.MonkeyPatch
) -> None:
    room = room_of(console, qtbot, ["PC-01", "PC-02", "PC-03"])
    world.sign_in("PC-01", "1001")
    world.sign_in("PC-02", "3003")
    wait_state(qtbot, room, "PC-02", StationState.IN_USE)
    questions: list[str] = []
    monkeypatch.setattr(ConfirmDialog, "ask", lambda parent, text: questions.append(text) or True)
    monkeypatch.setattr(
        MessageDialog, "ask", lambda *args, **kw: MessageChoice("Tea is ready at the desk")
    )
    room.show()
    room.current_view().setFocus()
    room.select_all()
    assert len(room.selected_stations()) == 3
    room.message_action.trigger()  # free computers get it too
    for name in ("PC-01", "PC-02", "PC-03"):
        qtbot.waitUntil(lambda n=name: world.kinds(n) == ["message"], timeout=TIMEOUT_MS)
    # the server may have stored all three before the console heard the last answer
    qtbot.waitUntil(
        lambda: console.window.message_text == "Message: sent to PC-01, PC-02, PC-03.",
        timeout=TIMEOUT_MS,
    )
    room.end_action.trigger()  # only where a session runs
    assert questions == ["End 2 session(s) now: PC-01, PC-02?"]
    qtbot.waitUntil(lambda: world.kinds("PC-02") == ["message", "end"], timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: world.kinds("PC-01") == ["message", "end"], timeout=TIMEOUT_MS)
    assert world.kinds("PC-03") == ["message"]
    assert world.commands("PC-03")[0]["text"] == "Tea is ready at the desk"
    qtbot.waitUntil(
        lambda: console.window.message_text == "End session: sent to PC-01, PC-02.",
        timeout=TIMEOUT_MS,
    )


def test_end_all_sessions_at_closing_time(
    qtbot, world: World, console: ConsoleProgram, monkeypatch: pytest.MonkeyPatch
) -> None:
    room = room_of(console, qtbot, ["PC-01", "PC-02", "PC-03"])
    world.sign_in("PC-01", "1001")
    world.sign_in("PC-03", "3003")
    wait_state(qtbot, room, "PC-03", StationState.IN_USE)
    wait_state(qtbot, room, "PC-01", StationState.IN_USE)
    questions: list[str] = []
    monkeypatch.setattr(ConfirmDialog, "ask", lambda parent, text: questions.append(text) or True)
    room.select_station("PC-02")  # the selection does not matter
    qtbot.mouseClick(room.end_all_button, Qt.MouseButton.LeftButton)
    assert questions == ["End all 2 session(s) in the room now? Every visitor is signed out."]
    qtbot.waitUntil(lambda: world.kinds("PC-03") == ["end"], timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: world.kinds("PC-01") == ["end"], timeout=TIMEOUT_MS)
    assert world.kinds("PC-02") == []


def test_pending_until_the_station_acknowledges(
    qtbot, world: World, console: ConsoleProgram
) -> None:
    room = room_of(console, qtbot, ["PC-01"])
    world.sign_in("PC-01")
    wait_state(qtbot, room, "PC-01", StationState.IN_USE)
    room.select_station("PC-01")
    room.extend15_action.trigger()
    assert notes(room, "PC-01") == ["Extending +15 min…"]  # at once, before the server answers
    qtbot.waitUntil(lambda: len(world.commands("PC-01")) == 1, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: room.model.station("PC-01").pending != [], timeout=TIMEOUT_MS)
    assert notes(room, "PC-01") == ["Extending +15 min…"]
    world.acknowledge("PC-01", world.commands("PC-01")[0]["id"])
    qtbot.waitUntil(lambda: notes(room, "PC-01") == [], timeout=TIMEOUT_MS)
    assert world.commands("PC-01")[0]["status"] == "applied"
    assert console.window.message_label.objectName() != "Error"


def test_a_command_that_failed_on_the_station_is_shown_once(
    qtbot, world: World, console: ConsoleProgram
) -> None:
    room = room_of(console, qtbot, ["PC-01"])
    world.sign_in("PC-01")
    wait_state(qtbot, room, "PC-01", StationState.IN_USE)
    room.select_station("PC-01")
    room.lock_action.trigger()
    qtbot.waitUntil(lambda: room.model.station("PC-01").pending != [], timeout=TIMEOUT_MS)
    world.acknowledge("PC-01", world.commands("PC-01")[0]["id"], ok=False)
    expected = "Lock failed on the computer. Check it and try again."
    qtbot.waitUntil(lambda: notes(room, "PC-01") == [expected], timeout=TIMEOUT_MS)
    index = room.model.index(row(room.model, "PC-01"), 0)
    assert [n.kind for n in index.data(NOTES_ROLE)] == [NoteKind.ERROR]
    assert index.data(ATTENTION_ROLE)
    assert console.window.message_text == f"PC-01: {expected}"
    # acting on the computer again clears it
    room.extend5_action.trigger()
    assert notes(room, "PC-01") == ["Extending +5 min…"]


def test_an_error_note_expires() -> None:
    now = [0.0]
    tracker = CommandTracker(clock=lambda: now[0], error_seconds=60)
    tracker.sending("PC-01", CommandRequest(kind=CommandKind.END, request_id="r1"))
    tracker.refused("r1", lambda: "nope")
    assert tracker.error("PC-01") is not None
    now[0] = 61
    assert tracker.error("PC-01") is None


# --- signing a visitor in from the desk ----------------------------------------------------


def drive_sign_in(qtbot, monkeypatch: pytest.MonkeyPatch, steps) -> list[SignInDialog]:
    """Replace SignInDialog.ask by the real dialog, shown, driven by ``steps(dialog)``."""
    dialogs: list[SignInDialog] = []

    def ask(parent, station, submit) -> bool:
        dialog = SignInDialog(parent, station, submit)
        qtbot.addWidget(dialog)
        dialog.show()
        dialogs.append(dialog)
        steps(dialog)
        return dialog.result() == SignInDialog.DialogCode.Accepted

    monkeypatch.setattr(SignInDialog, "ask", ask)
    return dialogs


def test_desk_sign_in_refusals_are_explained_and_the_identifier_kept(
    qtbot, world: World, console: ConsoleProgram, monkeypatch: pytest.MonkeyPatch
) -> None:
    room = room_of(console, qtbot, ["PC-01", "PC-02"])
    world.sign_in("PC-01", "1001")  # Alice sits at PC-01
    wait_state(qtbot, room, "PC-01", StationState.IN_USE)

    def steps(dialog: SignInDialog) -> None:
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()  # nothing typed yet
        qtbot.keyClicks(dialog.identifier_edit, "9999")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.error_text != "", timeout=TIMEOUT_MS)
        assert dialog.error_text == "No visitor or guest ticket has this identifier. Check it."
        assert dialog.identifier_edit.text() == "9999"
        assert dialog.isVisible()
        dialog.identifier_edit.setText("1001")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: (
                dialog.error_text
                == "This visitor is already signed in on another computer. End that session first."
            ),
            timeout=TIMEOUT_MS,
        )
        dialog.identifier_edit.setText("3003")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=TIMEOUT_MS)

    dialogs = drive_sign_in(qtbot, monkeypatch, steps)
    room.select_station("PC-02")
    assert room.sign_in_action.isEnabled()
    room.sign_in_action.trigger()
    assert len(dialogs) == 1 and dialogs[0].result() == SignInDialog.DialogCode.Accepted
    commands = world.commands("PC-02")
    assert [(c["kind"], c["identifier"]) for c in commands] == [("sign_in", "3003")]
    qtbot.waitUntil(lambda: notes(room, "PC-02") == ["Signing in ••••03…"], timeout=TIMEOUT_MS)


def test_desk_sign_in_without_time_left(
    qtbot, world: World, console: ConsoleProgram, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_policy(world.db, "adult", session_minutes=60, daily_minutes=0, weekly_minutes=0)
    room = room_of(console, qtbot, ["PC-02"])
    errors: list[str] = []

    def steps(dialog: SignInDialog) -> None:
        dialog.identifier_edit.setText("3003")
        dialog.send()
        qtbot.waitUntil(lambda: dialog.error_text != "", timeout=TIMEOUT_MS)
        errors.append(dialog.error_text)
        dialog.reject()

    drive_sign_in(qtbot, monkeypatch, steps)
    room.select_station("PC-02")
    room.send.sign_in_here()
    assert errors == ["This visitor has no computer time left today or this week."]
    assert world.commands("PC-02") == []
    assert notes(room, "PC-02") == []  # the dialog said it; the tile stays clean


# --- shortcuts ------------------------------------------------------------------------------


def test_shortcuts(
    qtbot, world: World, console: ConsoleProgram, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = console.window
    room = room_of(console, qtbot, ["PC-01", "PC-02"])
    world.sign_in("PC-01")
    wait_state(qtbot, room, "PC-01", StationState.IN_USE)
    monkeypatch.setattr(ConfirmDialog, "ask", lambda parent, text: True)
    monkeypatch.setattr(MessageDialog, "ask", lambda *args, **kw: MessageChoice("Hello"))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT_MS)
    room.current_view().setFocus()
    room.select_station("PC-01")
    view = room.current_view()
    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier

    qtbot.keyClick(view, Qt.Key.Key_E, ctrl | shift)
    qtbot.waitUntil(lambda: world.kinds("PC-01") == ["extend"], timeout=TIMEOUT_MS)
    qtbot.keyClick(view, Qt.Key.Key_M, ctrl)
    qtbot.waitUntil(lambda: world.kinds("PC-01") == ["extend", "message"], timeout=TIMEOUT_MS)
    qtbot.keyClick(view, Qt.Key.Key_L, ctrl)
    qtbot.waitUntil(lambda: world.kinds("PC-01")[-1] == "lock", timeout=TIMEOUT_MS)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: world.kinds("PC-01")[-1] == "end", timeout=TIMEOUT_MS)
    assert world.commands("PC-01")[0]["minutes"] == 5

    qtbot.keyClick(view, Qt.Key.Key_L, ctrl | shift)
    assert room.list_shown and room.stack.currentWidget() is room.table
    qtbot.keyClick(room.table, Qt.Key.Key_A, ctrl)
    assert len(room.selected_stations()) == 3
    qtbot.keyClick(room.table, Qt.Key.Key_F, ctrl)
    assert room.search.hasFocus()

    # on another page, the room's shortcuts do nothing
    window.show_view(1)
    count = len(world.commands("PC-01"))
    qtbot.keyClick(window.current_view(), Qt.Key.Key_E, ctrl)
    assert console.tasks.wait_idle()
    assert len(world.commands("PC-01")) == count


# --- the room in each console language (issue: names, tiles, the guard, the toolbar) ---------


@pytest.fixture
def installed(qapp) -> Iterator[Languages]:
    """The real catalogues, switched by the test (French first)."""
    langs = Languages(qapp, "fr")
    yield langs
    langs.close()


WRITER = {"fr": "Traitement de texte", "nl": "Tekstverwerker", "en": "Word processor"}


def test_the_app_in_use_is_named_in_the_consoles_language(
    offline_room: RoomView, installed: Languages
) -> None:
    writing = status(20, "PC-20", StationState.IN_USE, app_id="writer", app_name=WRITER["fr"],
                     app_names=WRITER)  # fmt: skip
    only_french = status(21, "PC-21", StationState.IN_USE, app_id="atlas", app_name="Atlas",
                         app_names={"fr": "Atlas"})  # fmt: skip
    offline_room.show_stations(StationList(version=2, stations=[*ROOM, writing, only_french]))
    model = offline_room.model
    for language, name in WRITER.items():
        installed.set_language(language)
        assert model.index(row(model, "PC-20"), Column.APP).data() == name
        tooltip = model.index(row(model, "PC-20"), 0).data(Qt.ItemDataRole.AccessibleTextRole)
        assert tooltip.endswith(name)
        # an app named in one language only keeps that name
        assert model.index(row(model, "PC-21"), Column.APP).data() == "Atlas"
    offline_room.search.setText("Tekstverw")  # the search finds the name staff read
    assert shown(offline_room) == []
    offline_room.search.setText("Word proc")
    assert shown(offline_room) == ["PC-20"]


def test_a_guard_that_only_reports_is_not_said_to_have_stopped_the_program(
    installed: Languages,
) -> None:
    reported = status(1, "RC-03", StationState.IN_USE, stopped_process="sleep",
                      stopped_action="reported")  # fmt: skip
    killed = status(2, "RC-04", StationState.IN_USE, stopped_process="sleep",
                    stopped_action="killed")  # fmt: skip
    expected = {
        "fr": ("Programme interdit signalé, non arrêté : sleep",
               "Programme arrêté : sleep"),
        "nl": ("Verboden programma gemeld, niet gestopt: sleep",
               "Programma gestopt: sleep"),
        "en": ("Forbidden program reported, not stopped: sleep",
               "Program stopped: sleep"),
    }  # fmt: skip
    for language, (said_reported, said_killed) in expected.items():
        installed.set_language(language)
        assert room_text.warnings(reported, None) == [said_reported]
        assert room_text.warnings(killed, None) == [said_killed]


def test_every_demo_station_name_fits_its_tile_in_every_language(
    offline_room: RoomView, installed: Languages
) -> None:
    """The class of "RC-…": no station name of the demo data is elided, whatever the state
    word's length in the console's language, with or without the alert mark."""
    font = offline_room.tiles.font()
    inner = inner_rect(card_rect(QRect(QPoint(0, 0), TILE_SIZE)))
    names = [*DEMO_STATIONS, *(name for name, _site in CITY.stations)]
    for language in ("fr", "nl", "en"):
        installed.set_language(language)
        for state in StationState:
            word = room_text.state_text(state)
            for name in names:
                for alert in (False, True):
                    header = header_layout(name, word, font, inner, alert)
                    assert header.name == name, (language, word, name, alert)
                    right = header.name_rect.left() + QFontMetrics(
                        header.name_font
                    ).horizontalAdvance(name)
                    assert right <= header.badge.left(), (language, word, name)
                    assert header.badge.right() <= inner.right() + 1


def test_the_action_row_fits_1280_pixels_in_every_language(
    qtbot, console: ConsoleProgram, installed: Languages, tmp_path: Path
) -> None:
    """The class of the toolbar that wraps in French: at 1280 px wide the room's actions are
    one row in French, Dutch and English, each button whole and inside the window."""
    window = console.window
    room = room_of(console, qtbot, ["PC-01"])
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    shots = os.environ.get("EPN_ROOM_SCREENSHOTS")
    for language in ("fr", "nl", "en"):
        installed.set_language(language)
        QApplication.sendPostedEvents()
        room.toolbar.layout().activate()
        buttons = [b for b in room.toolbar.findChildren(QToolButton) if b.isVisible()]
        assert len(buttons) >= 8
        rows = {b.geometry().y() for b in buttons}
        assert len(rows) == 1, (language, [b.text() for b in buttons])
        for button in buttons:
            assert room.toolbar.rect().contains(button.geometry()), (language, button.text())
            assert button.width() >= button.sizeHint().width(), (language, button.text())
            corner = button.mapTo(window, QPoint(button.width(), 0))
            assert corner.x() <= window.width(), (language, button.text())
        # every action is still reachable: in the row or in one of its two menus
        reachable = (
            {b.defaultAction() for b in buttons}
            | set(room.time_menu.actions())
            | set(room.more_menu.actions())
        )
        for act in (room.extend5_action, room.extend_custom_action, room.set_time_action,
                    room.disable_action, room.enable_action, room.errors_action,
                    room.message_action, room.end_action, room.sign_in_action):  # fmt: skip
            assert act in reachable, act.text()
        window.grab().save(str(Path(shots or tmp_path) / f"room-1280-{language}.png"))


def test_a_tile_line_breaks_between_words_never_inside_a_time(qapp) -> None:
    # French times hold their "h" with a no-break space: "12 h – 14 h" may break around the
    # dash, never between "12" and "h"
    metrics = QFontMetrics(QFont())
    text = "Réservé : « Classe 5B » 12\u00a0h – 14\u00a0h"
    width = metrics.horizontalAdvance("Réservé : « Classe 5B » 12")
    lines = wrap_lines(text, metrics, width, 3)
    assert not any(line.endswith(" 12") or line.startswith("h ") for line in lines)
    assert "12\u00a0h" in " ".join(lines)
