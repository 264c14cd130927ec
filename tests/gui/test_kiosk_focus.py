"""Every kiosk button shows a visible focus ring in every look (normal, large text, high
contrast), and the kiosk's texts stay whole in every look: the screen checks (ui.checks) run
on the lock screen, the staff panel and the end-of-session question."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from ui.checks import check_window
from ui.kiosk.lock_screen import LockScreen
from ui.kiosk.session_bar import ConfirmEndDialog, EndQuestion, SessionBar
from ui.kiosk.staff_panel import StaffPanel
from ui.theme import TEXT_SIZES, kiosk_style

#: (text size, high contrast): every text size, with and without high contrast.
LOOKS = [(size, contrast) for size in TEXT_SIZES for contrast in (False, True)]


def look_id(look: tuple[float, bool]) -> str:
    return f"x{look[0]:g}-{'contrast' if look[1] else 'normal'}"


def focus_rings(qtbot, window: QWidget, buttons: list[QAbstractButton]) -> list[str]:
    """The focus findings on ``window`` with each of ``buttons`` focused in turn."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    found = []
    for button in buttons:
        button.setFocus(Qt.FocusReason.TabFocusReason)
        assert QApplication.focusWidget() is button
        found += [str(f) for f in check_window(window, checks=("focus",))]
    return found


def lock_screen(qtbot, look: tuple[float, bool]) -> LockScreen:
    lock = LockScreen()
    qtbot.addWidget(lock)
    lock.apply_look(*look)
    lock.resize(1280, 800)
    lock.show()
    qtbot.waitExposed(lock)
    return lock


@pytest.mark.parametrize("look", LOOKS, ids=look_id)
def test_every_lock_screen_button_shows_its_focus(qtbot, look: tuple[float, bool]) -> None:
    # in high contrast the languages' ring stayed white on white (0 pixels changed), and
    # "Sign in" turned from yellow to white, too alike to see
    lock = lock_screen(qtbot, look)
    buttons = [
        b
        for b in lock.findChildren(QAbstractButton)
        if b.isVisibleTo(lock) and b.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    assert lock.contrast_button in buttons and lock.submit_button in buttons
    assert len(buttons) >= 8
    assert focus_rings(qtbot, lock, buttons) == []


@pytest.mark.parametrize("look", LOOKS, ids=look_id)
def test_a_checked_edge_control_shows_its_focus(qtbot, look: tuple[float, bool]) -> None:
    lock = lock_screen(qtbot, look)
    checked = [b for b in lock.findChildren(QAbstractButton) if b.isChecked()]
    assert checked  # the text size in use, at least
    assert focus_rings(qtbot, lock, checked) == []


@pytest.mark.parametrize("look", LOOKS, ids=look_id)
def test_the_staff_panel_buttons_show_their_focus(qtbot, look: tuple[float, bool]) -> None:
    # "Close" (Primary) in high contrast: yellow to white, 8 pixels of its edge changed
    lock = lock_screen(qtbot, look)
    panel = StaffPanel(lock)
    panel.set_session(None)
    panel.show()
    qtbot.waitExposed(panel)
    buttons = [
        b
        for b in panel.findChildren(QAbstractButton)
        if b.isVisibleTo(panel) and b.isEnabled() and b.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    assert panel.close_button in buttons
    assert focus_rings(qtbot, panel, buttons) == []


def end_question(qtbot, look: tuple[float, bool]) -> tuple[SessionBar, EndQuestion]:
    """The question over a session bar in that look (the bar is kept: it owns the box)."""
    bar = SessionBar()
    qtbot.addWidget(bar)
    bar.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.Tool)
    bar.setStyleSheet(kiosk_style(text_size=look[0], contrast=look[1]))
    bar.set_text_scale(look[0])
    bar.start("Fatima Benali", 600)
    bar.setGeometry(QRect(0, 0, 1280, bar.height_for_width(1280)))
    bar.show()
    qtbot.waitExposed(bar)
    box, _yes = ConfirmEndDialog.build(bar)
    box.show()
    qtbot.waitExposed(box)
    return bar, box


@pytest.mark.parametrize("look", LOOKS, ids=look_id)
def test_the_end_question_shows_its_focus(qtbot, look: tuple[float, bool]) -> None:
    # its buttons took the bar's white buttons' style: in high contrast the focus only turned
    # their yellow border white
    _bar, box = end_question(qtbot, look)
    buttons = [box.findChild(QAbstractButton, name) for name in ("ConfirmEnd", "KeepWorking")]
    assert focus_rings(qtbot, box, buttons) == []


@pytest.mark.parametrize("code", ["fr", "nl", "en"])
@pytest.mark.parametrize("look", LOOKS, ids=look_id)
def test_the_end_question_fits_its_buttons_words(
    qtbot, languages, code: str, look: tuple[float, bool]
) -> None:
    # at large text QMessageBox capped its width and cut "Yes, end my session"
    languages.set_language(code)
    _bar, box = end_question(qtbot, look)
    qtbot.waitUntil(lambda: all(b.width() >= b.sizeHint().width() for b in box.buttons()))
    assert [str(f) for f in check_window(box, language=code, checks=("layout",))] == []


@pytest.mark.parametrize("size", TEXT_SIZES[1:])
@pytest.mark.parametrize("code", ["fr", "nl", "en"])
def test_the_lock_screens_texts_stay_whole_after_a_language_switch_in_large_text(
    qtbot, languages, code: str, size: float
) -> None:
    # the bottom line kept the one row planned for "Text size": "Taille du texte" was cut
    languages.set_language("en")
    lock = lock_screen(qtbot, (size, False))
    languages.set_language(code)
    QApplication.processEvents()
    assert [str(f) for f in check_window(lock, language=code, checks=("layout",))] == []
