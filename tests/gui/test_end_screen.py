"""The end screen: why the session ended, shown until the station is clean, then the lock screen."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from admin.client.staff_client import StaffClient
from kiosk.protocol.station import EndReason
from tests.helpers.kiosk_gui import NO_PIN, STAFF_PASSWORD, STATION, Server, clipped, sign_in
from ui.i18n import Languages

# fixtures: a real server, and a kiosk started against it
from ui.kiosk.app import KioskProgram
from ui.kiosk.banner import BANNER_STYLE, banner_style
from ui.kiosk.end_screen import END_STYLE, EndScreen, end_style, reason_text
from ui.kiosk.lock_screen import LockScreen
from ui.kiosk.session_bar import ConfirmEndDialog, SessionBar
from ui.kiosk.staff_message import MESSAGE_STYLE, message_style
from ui.kiosk.windows import KioskWindows, scale_for_height
from ui.theme import BLACK, BLUE, BLUE_DARK, YELLOW


@pytest.fixture
def screen(qtbot) -> EndScreen:
    widget = EndScreen(windowed=True, minimum_ms=20, safety_ms=60_000)
    qtbot.addWidget(widget)
    return widget


def test_it_waits_for_the_cleanup(qtbot, screen: EndScreen) -> None:
    finished: list[bool] = []
    screen.finished.connect(lambda: finished.append(True))
    screen.begin(EndReason.TIME_UP)
    assert screen.isVisible() and screen.active
    assert screen.title.text() == "Your session is over"
    assert screen.reason.text() == "Your time is up."
    assert screen.thanks.text() == "Thank you for your visit!"
    assert screen.progress.text().startswith("Cleaning up")
    qtbot.waitUntil(lambda: not screen.minimum_timer.isActive())
    assert not finished and screen.active  # read, but the station is not clean yet
    with qtbot.waitSignal(screen.finished):
        screen.cleanup_finished()
    assert not screen.active
    assert screen.progress.text() == "The computer is ready for the next visitor."


def test_it_stays_long_enough_to_be_read(qtbot, screen: EndScreen) -> None:
    screen.begin(EndReason.VISITOR)
    screen.cleanup_finished()
    assert screen.active  # the cleanup was quick; the visitor still gets to read it
    with qtbot.waitSignal(screen.finished):
        pass
    assert not screen.active


def test_a_cleanup_reported_before_the_end_is_not_awaited(qtbot, screen: EndScreen) -> None:
    with qtbot.waitSignal(screen.finished):
        screen.begin(EndReason.STAFF, cleaned=True)


def test_the_safety_timeout_brings_the_lock_screen_back(qtbot) -> None:
    screen = EndScreen(windowed=True, minimum_ms=10, safety_ms=40)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.finished):
        screen.begin(EndReason.IDLE)
    assert not screen.active


@pytest.mark.parametrize(
    ("reason", "expected"),
    [
        (EndReason.TIME_UP, "Your time is up."),
        (EndReason.VISITOR, "You ended your session."),
        (EndReason.STAFF, "The staff ended your session."),
        (EndReason.IDLE, "Nobody used the computer for a while."),
        (EndReason.CLOSING, "The room is closing now."),
        (EndReason.AWAY, "You were away longer than allowed."),
        (EndReason.REBOOT, "The computer was restarted."),
        (EndReason.ELSEWHERE, "You signed in on another computer meanwhile."),
        (EndReason.NO_TIME, "Your computer time is used up."),
    ],
)
def test_each_reason_has_its_sentence(reason: EndReason, expected: str) -> None:
    assert reason_text(reason) == expected


def test_an_unknown_reason_shows_no_sentence(screen: EndScreen) -> None:
    screen.begin("something-new")
    assert screen.reason.isHidden()
    assert screen.title.text() == "Your session is over"


def test_the_visitor_sees_the_end_then_the_lock_screen(
    qtbot,
    kiosk: KioskProgram,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="epn")
    kiosk.end_screen.minimum_timer.setInterval(50)
    sign_in(qtbot, kiosk, NO_PIN)
    qtbot.waitUntil(kiosk.session_bar.isVisible)
    monkeypatch.setattr(ConfirmEndDialog, "ask", classmethod(lambda cls, parent: True))
    qtbot.mouseClick(kiosk.session_bar.end_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(kiosk.end_screen.isVisible)
    assert kiosk.end_screen.reason.text() == reason_text(EndReason.VISITOR)
    assert not kiosk.session_bar.isVisible()
    with qtbot.waitSignal(kiosk.end_screen.finished, timeout=10000):
        pass
    assert kiosk.lock_screen.isVisible()
    assert not kiosk.end_screen.isVisible()
    messages = [r.getMessage() for r in caplog.records]
    cleaned = next(i for i, m in enumerate(messages) if "cleaned up" in m)
    shown = max(i for i, m in enumerate(messages) if m == "lock screen shown")
    assert cleaned < shown  # the lock screen waited for the cleanup
    assert kiosk.lock_screen.message_text.startswith("Votre session est terminée.")
    qtbot.waitUntil(kiosk.lock_screen.identifier_edit.hasFocus)


def test_the_end_is_shown_in_the_visitors_language(
    qtbot, kiosk: KioskProgram, server: Server
) -> None:
    kiosk.end_screen.minimum_timer.setInterval(50)
    qtbot.mouseClick(kiosk.lock_screen.language_buttons["en"], Qt.MouseButton.LeftButton)
    sign_in(qtbot, kiosk, NO_PIN)
    qtbot.waitUntil(kiosk.session_bar.isVisible)
    with StaffClient(server.url) as staff:
        staff.login("accueil", STAFF_PASSWORD)
        staff.end(STATION)
        qtbot.waitUntil(kiosk.end_screen.isVisible, timeout=3000)
    assert kiosk.end_screen.reason.text() == "The staff ended your session."
    assert kiosk.controller.languages.current == "en"
    qtbot.waitUntil(kiosk.lock_screen.isVisible, timeout=10000)
    assert kiosk.controller.languages.current == "fr"  # the next visitor's default
    qtbot.waitUntil(lambda: kiosk.lock_screen.title.text() == "Bienvenue")


def test_a_cleanup_reported_before_the_end_reaches_the_screen(qtbot, kiosk: KioskProgram) -> None:
    """The cleanup thread and the agent report from two threads, in either order."""
    kiosk.end_screen.minimum_timer.setInterval(20)
    kiosk.end_screen.safety_timer.setInterval(60_000)
    sign_in(qtbot, kiosk, NO_PIN)
    qtbot.waitUntil(kiosk.session_bar.isVisible)
    session_id = kiosk.agent.view().session_id
    controller = kiosk.controller
    controller._cleanup_did_finish("2 process(es) stopped")
    with qtbot.waitSignal(kiosk.end_screen.finished):
        controller._session_did_end(session_id, str(EndReason.TIME_UP))
    assert kiosk.lock_screen.isVisible()


def test_closing_the_program_stops_it_for_good(qtbot, screen: EndScreen) -> None:
    """Nothing may follow a shutdown: no lock screen, no language switch."""
    finished: list[bool] = []
    screen.finished.connect(lambda: finished.append(True))
    screen.begin(EndReason.TIME_UP)
    screen.close()
    assert not screen.isVisible() and not screen.active
    assert not screen.minimum_timer.isActive() and not screen.safety_timer.isActive()
    screen.cleanup_finished()
    assert not finished


# --- reading aids -----------------------------------------------------------------------------


def settled(screen: EndScreen) -> EndScreen:
    QApplication.sendPostedEvents()
    screen.layout().activate()
    return screen


def colours(screen: EndScreen) -> tuple[QColor, QColor]:
    """The screen's background (a corner) and its title's colour."""
    background = screen.grab().toImage().pixelColor(2, 2)
    return background, screen.title.palette().color(QPalette.ColorRole.WindowText)


def fonts(screen: EndScreen) -> list[int]:
    labels = (screen.title, screen.reason, screen.thanks, screen.progress)
    return [label.fontInfo().pixelSize() for label in labels]


@pytest.mark.parametrize("code", ["fr", "nl", "en"])
def test_larger_text_and_high_contrast_reach_the_end_screen(
    qtbot, screen: EndScreen, languages: Languages, code: str
) -> None:
    lock, bar = LockScreen(), SessionBar()
    qtbot.addWidget(lock)
    qtbot.addWidget(bar)
    windows = KioskWindows(lock, bar, windowed=True)
    windows.add_look_window(screen)
    languages.set_language(code)
    screen.begin(EndReason.AWAY)  # the longest reason
    normal = fonts(screen)
    assert clipped(settled(screen)) == []
    assert colours(screen) == (QColor(BLUE), QColor(BLUE_DARK))

    windows.apply_look(2.0, False)  # what the lock screen's toggle does
    assert screen.styleSheet() == end_style(text_size=2.0)
    assert all(large > small for large, small in zip(fonts(screen), normal, strict=True))
    assert clipped(settled(screen)) == []
    windows.apply_look(2.0, True)
    assert colours(screen) == (QColor(BLACK), QColor(YELLOW))
    assert clipped(settled(screen)) == []

    windows.apply_look(1.0, False)  # what the controller does when the session ends
    assert screen.styleSheet() == END_STYLE
    assert fonts(screen) == normal
    assert colours(screen) == (QColor(BLUE), QColor(BLUE_DARK))


def test_a_look_chosen_before_the_end_shows_with_it(qtbot) -> None:
    normal, chosen = EndScreen(windowed=True), EndScreen(windowed=True)
    qtbot.addWidget(normal)
    qtbot.addWidget(chosen)
    chosen.apply_look(2.0, True, 1.0)  # the visitor's choice, on the lock screen
    normal.begin(EndReason.TIME_UP)
    chosen.begin(EndReason.TIME_UP)
    assert all(large > small for large, small in zip(fonts(chosen), fonts(normal), strict=True))
    assert colours(chosen) == (QColor(BLACK), QColor(YELLOW))
    assert clipped(settled(chosen)) == []


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800), (3840, 2160)])
def test_large_text_fits_from_1024x768_to_4k(
    qtbot, screen: EndScreen, size: tuple[int, int]
) -> None:
    screen.begin(EndReason.AWAY)
    screen.cleanup_finished()  # the longer progress text
    for large, contrast in [(1.0, False), (1.5, True), (2.0, True), (2.0, False)]:
        screen.apply_look(large, contrast, scale_for_height(size[1]))
        screen.resize(*size)
        qtbot.waitUntil(lambda: screen.size().toTuple() == size)
        assert clipped(settled(screen)) == [], (large, contrast)


def test_the_kiosk_restyles_its_end_screen_banner_and_messages(
    qtbot, kiosk: KioskProgram, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The lock screen's toggles reach them, and last until the lock screen is back."""
    lock = kiosk.lock_screen
    qtbot.mouseClick(lock.text_size_switch.buttons[2.0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(lock.contrast_button, Qt.MouseButton.LeftButton)
    looks = (kiosk.end_screen, kiosk.banner, kiosk.staff_messages)
    large = (end_style(2.0, True), banner_style(2.0, True), message_style(2.0, True))
    assert tuple(window.styleSheet() for window in looks) == large
    sign_in(qtbot, kiosk, NO_PIN)
    qtbot.waitUntil(kiosk.session_bar.isVisible)
    # The end screen stays until the test has looked at it, then its reading time is up (the
    # timer, driven): before, a 20 ms minimum let it show and go before a loaded machine looked.
    end_screen = kiosk.end_screen
    end_screen.minimum_timer.setInterval(end_screen.safety_timer.interval())
    monkeypatch.setattr(ConfirmEndDialog, "ask", classmethod(lambda cls, parent: True))
    qtbot.mouseClick(kiosk.session_bar.end_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(end_screen.isVisible)
    assert end_screen.active and end_screen.minimum_timer.isActive()
    assert end_screen.styleSheet() == end_style(2.0, True)  # still the visitor's look
    assert colours(end_screen) == (QColor(BLACK), QColor(YELLOW))
    end_screen.minimum_timer.timeout.emit()
    qtbot.waitUntil(lock.isVisible)
    assert tuple(window.styleSheet() for window in looks) == (
        END_STYLE,
        BANNER_STYLE,
        MESSAGE_STYLE,
    )
