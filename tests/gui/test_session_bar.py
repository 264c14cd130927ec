"""The session bar on its own: time always in view, collapse and expand, its buttons."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QWidget

from kiosk.protocol.station import AppEntry
from ui.kiosk.session_bar import BAR_HEIGHT, ConfirmEndDialog, SessionBar
from ui.theme import KIOSK_STYLE


def app(app_id: str, name: str) -> AppEntry:
    return AppEntry(id=app_id, names={"en": name, "fr": name, "nl": name})


@pytest.fixture
def bar(qtbot) -> SessionBar:
    bar = SessionBar()
    # as on a public PC (ui/kiosk/windows.py): no frame, so its geometry is its window's
    bar.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.Tool)
    bar.setStyleSheet(KIOSK_STYLE)
    qtbot.addWidget(bar)
    bar.start("Fatima", 42 * 60 + 10)
    bar.setGeometry(QRect(0, 0, 1280, BAR_HEIGHT))
    bar.show()
    qtbot.waitExposed(bar)
    return bar


def test_the_time_left_is_shown_in_large_digits(bar: SessionBar) -> None:
    assert bar.countdown.text() == "42 min"  # a duration, never "42:10" (read as a clock)
    assert bar.countdown.isVisible()
    assert bar.countdown.fontInfo().pixelSize() >= 36
    assert bar.countdown.accessibleName().endswith("42 min")
    bar.set_remaining(3600)
    assert bar.remaining_text == "1 h"


def test_collapse_keeps_the_time_in_view_and_enter_expands(qtbot, bar: SessionBar) -> None:
    with qtbot.waitSignal(bar.collapsed_changed) as changed:
        qtbot.mouseClick(bar.collapse_button, Qt.MouseButton.LeftButton)
    assert changed.args == [True]
    assert bar.collapsed and not bar.full.isVisible()
    assert bar.clock_button.isVisible() and bar.clock_label.text() == "42 min"
    assert bar.width() < 400 and bar.geometry().right() == 1279  # a small clock in the corner
    bar.set_remaining(41 * 60 + 59)
    assert bar.remaining_text == "41 min"  # the clock keeps counting while collapsed
    assert bar.clock_button.accessibleName().endswith("41 min")
    bar.clock_button.setFocus()
    qtbot.keyClick(bar.clock_button, Qt.Key.Key_Return)
    assert not bar.collapsed and bar.countdown.isVisible()
    assert bar.geometry() == QRect(0, 0, 1280, BAR_HEIGHT)
    assert bar.countdown.text() == "41 min"


def test_a_click_on_the_small_clock_expands(qtbot, bar: SessionBar) -> None:
    bar.collapse()
    qtbot.mouseClick(bar.clock_button, Qt.MouseButton.LeftButton)
    assert not bar.collapsed and bar.full.isVisible()


def test_a_new_visitor_gets_the_whole_bar(bar: SessionBar) -> None:
    bar.collapse()
    bar.start("Jan", 600)
    assert not bar.collapsed and "Jan" in bar.greeting.full_text


def test_staff_and_away_buttons_emit(qtbot, bar: SessionBar) -> None:
    with qtbot.waitSignal(bar.staff_requested):
        qtbot.mouseClick(bar.staff_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(bar.away_requested):
        bar.away_button.setFocus()
        qtbot.keyClick(bar.away_button, Qt.Key.Key_Return)  # Enter works as well as Space


def test_end_session_asks_first(qtbot, bar: SessionBar, monkeypatch: pytest.MonkeyPatch) -> None:
    answers = iter([False, True])
    monkeypatch.setattr(ConfirmEndDialog, "ask", classmethod(lambda cls, parent: next(answers)))
    with qtbot.assertNotEmitted(bar.end_requested):
        qtbot.mouseClick(bar.end_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(bar.end_requested):
        qtbot.mouseClick(bar.end_button, Qt.MouseButton.LeftButton)


def test_apps_launch_and_get_a_letter_icon(qtbot, bar: SessionBar) -> None:
    bar.set_apps([app("writer", "Writer"), app("web", "Firefox")])
    button = bar.app_buttons["web"]
    assert button.text() == "Firefox" and not button.icon().isNull()
    assert button.accessibleName() == "Open Firefox"
    with qtbot.waitSignal(bar.launch_requested) as launched:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert launched.args == ["web"]


def test_every_control_is_named_and_takes_the_keyboard(bar: SessionBar) -> None:
    bar.set_apps([app("writer", "Writer")])
    controls: list[QWidget] = [
        *bar.app_buttons.values(),
        bar.away_button,
        bar.end_button,
        bar.staff_button,
        bar.collapse_button,
        bar.clock_button,
    ]
    for control in controls:
        assert control.accessibleName(), control
        assert control.focusPolicy() & Qt.FocusPolicy.TabFocus, control
    # Tab goes along the bar, left to right
    assert bar.app_buttons["writer"].nextInFocusChain() is bar.away_button
    assert bar.away_button.nextInFocusChain() is bar.end_button


def test_a_warning_turns_the_bar_orange_and_says_so(bar: SessionBar) -> None:
    bar.warn(300)
    assert bar.warning
    assert bar.note.isVisible() and bar.note.text() == "5 minute(s) left"
    assert not bar.greeting.isVisible()  # the note takes the greeting's place
    bar.time_added(900)
    assert not bar.warning and bar.note.text() == "The staff added 15 minute(s)."
