"""Messages from the staff: queued in one dialog, each acknowledged by the visitor."""

from __future__ import annotations

import httpx
import pytest
from PySide6.QtCore import QDateTime, Qt, QTime

from admin.client import StaffClient
from kiosk.protocol import CommandKind, CommandRequest, Paths
from tests.helpers.kiosk_gui import NO_PIN, STAFF_PASSWORD, STATION, Server, sign_in

# fixtures: a real server, and a kiosk started against it
from ui.kiosk.app import KioskProgram
from ui.kiosk.staff_message import StaffMessageDialog


def at(hour: int, minute: int) -> QDateTime:
    return QDateTime(QDateTime.currentDateTime().date(), QTime(hour, minute))


@pytest.fixture
def dialog(qtbot) -> StaffMessageDialog:
    widget = StaffMessageDialog(arm_ms=10)
    qtbot.addWidget(widget)
    return widget


def read(qtbot, dialog: StaffMessageDialog) -> None:
    qtbot.waitUntil(dialog.ok_button.isEnabled)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_messages_are_read_one_after_another(qtbot, dialog: StaffMessageDialog) -> None:
    acknowledged: list[str] = []
    dialog.acknowledged.connect(acknowledged.append)
    dialog.add_message("The room closes in 15 minutes.", at(17, 45))
    assert dialog.isVisible()
    assert dialog.title.text() == dialog.windowTitle() == "Message from the staff"
    assert dialog.text.text() == "The room closes in 15 minutes."
    assert "17" in dialog.time_label.text() and "45" in dialog.time_label.text()
    assert dialog.count_label.text() == ""
    dialog.add_message("Your printout is ready at the desk.", at(17, 46))
    dialog.add_message("Please lower the volume.", at(17, 47))
    assert dialog.text.text() == "The room closes in 15 minutes."  # the first stays first
    assert dialog.count_label.text().startswith("2 more message")
    read(qtbot, dialog)
    assert dialog.text.text() == "Your printout is ready at the desk."
    assert dialog.count_label.text().startswith("1 more message")
    read(qtbot, dialog)
    read(qtbot, dialog)
    assert not dialog.isVisible() and dialog.pending == 0
    assert acknowledged == [
        "The room closes in 15 minutes.",
        "Your printout is ready at the desk.",
        "Please lower the volume.",
    ]


def test_keys_meant_for_another_program_do_not_acknowledge(
    qtbot, dialog: StaffMessageDialog
) -> None:
    dialog.arm_timer.setInterval(60_000)
    dialog.add_message("Hello", at(10, 0))
    assert not dialog.ok_button.isEnabled()  # just popped up: a click or key meant elsewhere
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.pending == 1
    assert not dialog.ok_button.autoDefault()


def test_text_from_the_staff_is_never_markup(dialog: StaffMessageDialog) -> None:
    dialog.add_message("<b>5 minutes</b> & <a href='x'>link</a>", at(9, 0))
    assert dialog.text.textFormat() == Qt.TextFormat.PlainText
    assert dialog.text.text() == "<b>5 minutes</b> & <a href='x'>link</a>"


def test_unread_messages_go_with_the_session(dialog: StaffMessageDialog) -> None:
    dialog.add_message("Fatima, your phone is at the desk.", at(9, 0))
    dialog.clear()
    assert not dialog.isVisible() and dialog.pending == 0
    dialog.add_message("Next", at(9, 5))
    assert dialog.text.text() == "Next"


def test_it_stays_on_top_and_does_not_block(dialog: StaffMessageDialog) -> None:
    assert dialog.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert not dialog.isModal()


def send_message(server: Server, text: str) -> None:
    with StaffClient(server.url) as staff:
        token = staff.login("accueil", STAFF_PASSWORD).token
    body = CommandRequest(kind=CommandKind.MESSAGE, text=text).model_dump(
        mode="json", exclude_none=True
    )
    response = httpx.post(
        server.url + Paths.station_commands(STATION),
        json=body,
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )
    assert response.status_code < 300, response.text


def test_messages_from_the_staff_reach_the_visitor(
    qtbot, kiosk: KioskProgram, server: Server
) -> None:
    kiosk.staff_messages.arm_timer.setInterval(10)
    sign_in(qtbot, kiosk, NO_PIN)
    qtbot.waitUntil(kiosk.session_bar.isVisible)
    send_message(server, "The room closes in 15 minutes.")
    send_message(server, "Please come to the desk.")
    dialog = kiosk.staff_messages
    qtbot.waitUntil(lambda: dialog.pending == 2, timeout=5000)
    assert dialog.isVisible()
    assert dialog.text.text() == "The room closes in 15 minutes."
    read(qtbot, dialog)
    assert dialog.text.text() == "Please come to the desk."
    read(qtbot, dialog)
    assert not dialog.isVisible()
    assert kiosk.session_bar.isVisible()  # the session went on all along


def test_the_controller_goes_through_the_entry_point(
    qtbot, kiosk: KioskProgram, server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        StaffMessageDialog,
        "show_message",
        classmethod(lambda cls, dialog, text, received: shown.append(text)),
    )
    send_message(server, "Hello from the desk")
    qtbot.waitUntil(lambda: shown == ["Hello from the desk"], timeout=5000)
    assert not kiosk.staff_messages.isVisible()
