"""A teacher's console against the real server: only the room, filtered to their class's PCs,
with the class bar: start a class (its dialog), lock all, a message to all, end the class
(asked first), and a refusal said in words."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers.clock import FakeClock
from tests.helpers.desk_world import (
    TIMEOUT_MS,
    Seed,
    Staff,
    Visitor,
    World,
    open_console,
    world_fixture,
)
from ui.console.app import ConsoleProgram
from ui.console.dialogs import ConfirmDialog, TextDialog
from ui.console.room.class_bar import StartClassDialog
from ui.console.room.view import RoomView

#: Tuesday 18 November 2025, 14:00 in Brussels.
NOW = datetime(2025, 11, 18, 13, 0, tzinfo=UTC)

SCHOOL = Seed(
    sites=("Centre", "Nord"),
    stations=(("PC-01", "Centre"), ("PC-02", "Centre"), ("PC-03", "Centre"), ("PC-09", "Nord")),
    staff=(Staff("prof", "teacher", sites=("Centre",)), Staff("autre", "teacher", ("Centre",))),
    visitors=(Visitor("eleve1", category="pupil"), Visitor("1001", "Alice")),
    hello=("PC-01", "PC-02", "PC-03"),
)
world = world_fixture(SCHOOL, clock=FakeClock(NOW))


@pytest.fixture
def teacher(qapp, world: World):
    program = open_console(qapp, world, "prof")
    yield program
    program.close()


def shown(room: RoomView) -> list[str]:
    return sorted(s.name for s in room.proxy.stations())


def test_a_teacher_starts_locks_messages_and_ends_their_class(
    qtbot, teacher: ConsoleProgram, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = teacher.window
    assert [type(v) for v in window.views] == [RoomView]
    room = window.views[0]
    assert isinstance(room, RoomView) and room.class_bar is not None
    bar = room.class_bar
    qtbot.waitUntil(lambda: room.model.station("PC-03") is not None, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: teacher.window.site_combo.count() == 1, timeout=TIMEOUT_MS)
    assert bar.state_label.text() == "No class running."
    assert shown(room) == [] and not room.toolbar.isVisibleTo(room)

    asked: list[list[str]] = []

    def start(_parent, stations, _now, _zone):
        asked.append(list(stations))
        return "5e B", "2025-11-18T14:50", ["PC-01", "PC-02"]

    monkeypatch.setattr(StartClassDialog, "ask", start)
    bar.start_button.click()
    qtbot.waitUntil(
        lambda: bar.current is not None or bool(window.message_text), timeout=TIMEOUT_MS
    )
    assert window.message_text == ""
    assert asked == [["PC-01", "PC-02", "PC-03"]]  # the teacher's site only
    assert bar.state_label.text() == "Class “5e B” until 14:50 on PC-01, PC-02"
    qtbot.waitUntil(lambda: shown(room) == ["PC-01", "PC-02"], timeout=TIMEOUT_MS)

    world.sign_in("PC-01", "eleve1")
    bar.lock_button.click()
    qtbot.waitUntil(lambda: world.kinds("PC-01") == ["lock"], timeout=TIMEOUT_MS)
    assert world.kinds("PC-02") == [] and world.kinds("PC-03") == []
    qtbot.waitUntil(
        lambda: window.message_text == "Sent to 1 computer(s) of the class.", timeout=TIMEOUT_MS
    )

    monkeypatch.setattr(TextDialog, "ask", classmethod(lambda *a, **k: "On range !"))
    bar.message_button.click()
    qtbot.waitUntil(lambda: world.kinds("PC-02") == ["message"], timeout=TIMEOUT_MS)

    questions: list[str] = []
    monkeypatch.setattr(ConfirmDialog, "ask", lambda _p, q: questions.append(q) or False)
    bar.end_button.click()
    assert questions == ["End the class “5e B”? Every pupil's session on its computers ends now."]
    assert bar.current is not None and "end" not in world.kinds("PC-01")

    monkeypatch.setattr(ConfirmDialog, "ask", lambda _p, _q: True)
    bar.end_button.click()
    qtbot.waitUntil(lambda: bar.current is None and bool(window.message_text), timeout=TIMEOUT_MS)
    assert world.kinds("PC-01") == ["lock", "message", "end"]
    holds = world.query("SELECT state FROM station_holds")
    assert [h["state"] for h in holds] == ["released", "released"]
    assert window.message_text == "The class is over: its computers are free."
    assert bar.start_button.isVisibleTo(bar) and not bar.lock_button.isVisibleTo(bar)


def test_a_refused_class_is_said_in_words(
    qtbot, teacher: ConsoleProgram, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    room = teacher.window.views[0]
    assert isinstance(room, RoomView) and room.class_bar is not None
    bar = room.class_bar
    qtbot.waitUntil(lambda: room.model.station("PC-03") is not None, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: teacher.window.site_combo.count() == 1, timeout=TIMEOUT_MS)
    world.sign_in("PC-01", "1001")  # a grown-up on PC-01: the class cannot take it now
    monkeypatch.setattr(
        StartClassDialog, "ask", lambda *_a: ("5e B", "2025-11-18T14:50", ["PC-01"])
    )
    bar.start_button.click()
    qtbot.waitUntil(
        lambda: teacher.window.message_text == "Someone is already using this computer.",
        timeout=TIMEOUT_MS,
    )
    assert bar.current is None


def test_the_start_dialog_asks_a_title_and_at_least_one_computer(qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    dialog = StartClassDialog(None, ["PC-01", "PC-02"], NOW, "Europe/Brussels")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no title yet
    qtbot.keyClicks(dialog.title_edit, "5e B")
    assert ok.isEnabled() and dialog.stations() == ["PC-01", "PC-02"]
    # until 14:50 by default: fifty minutes after 14:00 at the site, on the site's day
    assert dialog.ends_at() == "2025-11-18T14:50"
    for row in range(2):
        dialog.stations_list.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert not ok.isEnabled()
