"""Messages from the staff: queued in one dialog, each acknowledged by the visitor."""

from __future__ import annotations

import httpx
import pytest
from PySide6.QtCore import QDateTime, QPoint, QRect, Qt, QTime
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from admin.client.staff_client import StaffClient
from kiosk.protocol.commands import CommandKind, CommandRequest
from kiosk.protocol.limits import MAX_MESSAGE_LENGTH
from kiosk.protocol.paths import Paths
from tests.helpers.kiosk_gui import NO_PIN, STAFF_PASSWORD, STATION, Server, clipped, sign_in
from ui.i18n import Languages
from ui.kiosk import staff_message as message_module

# fixtures: a real server, and a kiosk started against it
from ui.kiosk.app import KioskProgram
from ui.kiosk.lock_screen import LockScreen
from ui.kiosk.session_bar import SessionBar
from ui.kiosk.staff_message import MESSAGE_STYLE, StaffMessageDialog, message_style
from ui.kiosk.windows import KioskWindows
from ui.theme import BLACK, BLUE_DARK, INK, PAPER, YELLOW


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


def send_message(server: Server, text: str, texts: dict[str, str] | None = None) -> None:
    with StaffClient(server.url) as staff:
        token = staff.login("accueil", STAFF_PASSWORD).token
    body = CommandRequest(
        kind=CommandKind.MESSAGE,
        text=text,
        texts=texts,  # type: ignore[arg-type]
    ).model_dump(mode="json", exclude_none=True)
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


def test_a_ready_made_message_shows_in_the_language_the_kiosk_is_in(
    qtbot, kiosk: KioskProgram, server: Server
) -> None:
    kiosk.staff_messages.arm_timer.setInterval(10)
    sign_in(qtbot, kiosk, NO_PIN)
    qtbot.waitUntil(kiosk.session_bar.isVisible)
    kiosk.controller.set_language("nl")
    send_message(
        server,
        "La salle ferme dans 15 minutes.",
        {
            "fr": "La salle ferme dans 15 minutes.",
            "nl": "De zaal sluit over 15 minuten.",
            "en": "The room closes in 15 minutes.",
        },
    )
    send_message(server, "Votre impression est prête.", {"fr": "Votre impression est prête."})
    dialog = kiosk.staff_messages
    qtbot.waitUntil(lambda: dialog.pending == 2, timeout=5000)
    assert dialog.text.text() == "De zaal sluit over 15 minuten."
    kiosk.controller.set_language("en")  # the visitor switches while it is shown
    assert dialog.text.text() == "The room closes in 15 minutes."
    read(qtbot, dialog)
    # no English text: the site's language, not an empty box
    assert dialog.text.text() == "Votre impression est prête."


def test_the_controller_goes_through_the_entry_point(
    qtbot, kiosk: KioskProgram, server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        StaffMessageDialog,
        "show_message",
        classmethod(lambda cls, dialog, text, received, texts=None: shown.append(text)),
    )
    send_message(server, "Hello from the desk")
    qtbot.waitUntil(lambda: shown == ["Hello from the desk"], timeout=5000)
    assert not kiosk.staff_messages.isVisible()


# --- reading aids -----------------------------------------------------------------------------

LONG = (
    "The room closes in 15 minutes. Please save your work on your USB stick or send it to "
    "yourself by e-mail, and bring back the headphones to the desk."
)


def settled(dialog: StaffMessageDialog) -> StaffMessageDialog:
    QApplication.sendPostedEvents()
    dialog.layout().activate()
    return dialog


def colours(dialog: StaffMessageDialog) -> tuple[QColor, QColor, QColor]:
    """The dialog's background (inside its border), its title's and its message's colours."""
    background = dialog.grab().toImage().pixelColor(dialog.width() // 2, dialog.height() - 10)
    role = QPalette.ColorRole.WindowText
    return background, dialog.title.palette().color(role), dialog.text.palette().color(role)


def fonts(dialog: StaffMessageDialog) -> list[int]:
    labels = (dialog.title, dialog.time_label, dialog.count_label, dialog.text)
    return [label.fontInfo().pixelSize() for label in labels]


class Screen:
    """A kiosk's screen: 1024×768 is the smallest the kiosk is drawn for."""

    def availableGeometry(self) -> QRect:
        return QRect(0, 0, 1024, 768)


@pytest.fixture
def kiosk_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    """The dialog sizes itself for the main screen: the offscreen one is only 800 px wide."""
    monkeypatch.setattr(message_module.QGuiApplication, "primaryScreen", lambda: Screen())


def test_a_look_chosen_before_the_first_message_shows_with_it(qtbot, kiosk_screen: None) -> None:
    normal, chosen = StaffMessageDialog(), StaffMessageDialog()
    qtbot.addWidget(normal)
    qtbot.addWidget(chosen)
    chosen.apply_look(2.0, True, 1.0)  # the visitor's choice, on the lock screen
    normal.add_message(LONG, at(17, 45))
    chosen.add_message(LONG, at(17, 45))
    assert all(large > small for large, small in zip(fonts(chosen), fonts(normal), strict=True))
    assert colours(chosen) == (QColor(BLACK), QColor(YELLOW), QColor(PAPER))
    assert clipped(settled(chosen)) == []


@pytest.mark.parametrize("code", ["fr", "nl", "en"])
def test_larger_text_and_high_contrast_reach_the_messages(
    qtbot,
    dialog: StaffMessageDialog,
    languages: Languages,
    code: str,
    kiosk_screen: None,
) -> None:
    lock, bar = LockScreen(), SessionBar()
    qtbot.addWidget(lock)
    qtbot.addWidget(bar)
    windows = KioskWindows(lock, bar, windowed=True)
    windows.add_look_window(dialog)
    languages.set_language(code)
    dialog.add_message(LONG, at(17, 45))
    dialog.add_message("Please lower the volume.", at(17, 47))  # "1 more message after this one."
    normal = fonts(dialog)
    normal_size = settled(dialog).size()
    assert clipped(dialog) == []
    assert colours(dialog) == (QColor(PAPER), QColor(BLUE_DARK), QColor(INK))

    windows.apply_look(2.0, False)  # what the lock screen's toggle does
    assert dialog.styleSheet() == message_style(text_size=2.0)
    assert all(large > small for large, small in zip(fonts(dialog), normal, strict=True))
    assert settled(dialog).height() > normal_size.height()  # it grew with its text
    assert clipped(dialog) == []
    windows.apply_look(2.0, True)
    assert colours(dialog) == (QColor(BLACK), QColor(YELLOW), QColor(PAPER))
    assert clipped(settled(dialog)) == []

    windows.apply_look(1.0, False)  # what the controller does when the session ends
    assert dialog.styleSheet() == MESSAGE_STYLE
    assert fonts(dialog) == normal
    assert settled(dialog).size() == normal_size
    assert colours(dialog) == (QColor(PAPER), QColor(BLUE_DARK), QColor(INK))


@pytest.mark.parametrize("text_size", [1.5, 2.0])
def test_the_longest_message_scrolls_and_ok_stays_on_a_1024x768_screen(
    qtbot, dialog: StaffMessageDialog, kiosk_screen: None, text_size: float
) -> None:
    """A message of the longest length at ×1.5 and ×2: the dialog stays within the screen,
    "OK, I have read it" on it, and the message scrolls with its scroll bar in reach."""
    longest = ("La salle ferme bientôt, pensez à enregistrer votre travail. " * 9)[
        :MAX_MESSAGE_LENGTH
    ]
    dialog.apply_look(text_size, False, 1.0)
    dialog.add_message(longest, at(17, 45))
    qtbot.waitExposed(dialog)
    settled(dialog)
    screen = Screen().availableGeometry()
    assert dialog.height() <= screen.height()
    inside = QRect(QPoint(0, 0), dialog.size())
    for widget in (dialog.ok_button, dialog.text_area):
        assert inside.contains(QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size()))
    bar = dialog.text_area.verticalScrollBar()
    assert bar.isVisible() and bar.maximum() > 0
    bar.setValue(bar.maximum())  # the end of the message can be reached
    end = dialog.text.mapTo(dialog.text_area.viewport(), QPoint(0, dialog.text.height()))
    assert end.y() <= dialog.text_area.viewport().height()


@pytest.mark.parametrize("text_size", [1.0, 2.0])
def test_a_message_keeps_clear_of_the_session_bar(
    qtbot, dialog: StaffMessageDialog, kiosk_screen: None, text_size: float
) -> None:
    """Below the session bar, whatever its height: the time left and the apps stay in view
    while the visitor reads (at ×2 the message covered the bar's apps)."""
    longest = ("La salle ferme bientôt, pensez à enregistrer votre travail. " * 9)[
        :MAX_MESSAGE_LENGTH
    ]
    dialog.below_bar(250)
    dialog.apply_look(text_size, False, 1.0)
    dialog.add_message(longest, at(17, 45))
    qtbot.waitExposed(dialog)
    settled(dialog)
    screen = Screen().availableGeometry()
    assert dialog.frameGeometry().top() >= screen.top() + 250
    assert dialog.frameGeometry().bottom() <= screen.bottom()
