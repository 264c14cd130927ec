"""The session bar on its own: time always in view, collapse and expand, its buttons."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QWidget

from kiosk.protocol.station import AppEntry
from ui.kiosk.session_bar import BAR_HEIGHT, ConfirmEndDialog, SessionBar
from ui.theme import KIOSK_STYLE, LARGE_TEXT_FACTOR, kiosk_style


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
    assert bar.countdown.text() == "42:10"
    assert bar.countdown.isVisible()
    assert bar.countdown.fontInfo().pixelSize() >= 36
    assert bar.countdown.accessibleName().endswith("42:10")
    bar.set_remaining(3600)
    assert bar.remaining_text == "1:00:00"


def test_collapse_keeps_the_time_in_view_and_enter_expands(qtbot, bar: SessionBar) -> None:
    with qtbot.waitSignal(bar.collapsed_changed) as changed:
        qtbot.mouseClick(bar.collapse_button, Qt.MouseButton.LeftButton)
    assert changed.args == [True]
    assert bar.collapsed and not bar.full.isVisible()
    assert bar.clock_button.isVisible() and bar.clock_label.text() == "42:10"
    assert bar.width() < 400 and bar.geometry().right() == 1279  # a small clock in the corner
    bar.set_remaining(42 * 60 + 9)
    assert bar.remaining_text == "42:09"  # the clock keeps counting while collapsed
    assert bar.clock_button.accessibleName().endswith("42:09")
    bar.clock_button.setFocus()
    qtbot.keyClick(bar.clock_button, Qt.Key.Key_Return)
    assert not bar.collapsed and bar.countdown.isVisible()
    assert bar.geometry() == QRect(0, 0, 1280, BAR_HEIGHT)
    assert bar.countdown.text() == "42:09"


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


def test_every_control_is_named_and_takes_the_keyboard(qtbot, bar: SessionBar) -> None:
    bar.set_apps([app("writer", "Writer")])
    controls: list[QWidget] = [
        *bar.app_buttons.values(),
        bar.away_button,
        bar.desk_button,
        bar.end_button,
        bar.staff_button,
        bar.collapse_button,
        bar.clock_button,
    ]
    for control in controls:
        assert control.accessibleName(), control
        assert control.focusPolicy() & Qt.FocusPolicy.TabFocus, control
    # Tab goes along the bar, left to right ("All apps", hidden here, comes after the apps)
    bar.app_buttons["writer"].setFocus()
    qtbot.keyClick(bar.app_buttons["writer"], Qt.Key.Key_Tab)
    assert bar.focusWidget() is bar.away_button
    qtbot.keyClick(bar.away_button, Qt.Key.Key_Tab)
    assert bar.focusWidget() is bar.desk_button  # "Call the desk", next to "Step away"
    qtbot.keyClick(bar.desk_button, Qt.Key.Key_Tab)
    assert bar.focusWidget() is bar.end_button
    assert bar.desk_button.nextInFocusChain() is bar.end_button


def test_a_warning_turns_the_bar_orange_and_says_so(bar: SessionBar) -> None:
    bar.warn(300)
    assert bar.warning
    assert bar.note.isVisible() and bar.note.text() == "5 minute(s) left"
    assert not bar.greeting.isVisible()  # the note takes the greeting's place
    bar.time_added(900)
    assert not bar.warning and bar.note.text() == "The staff added 15 minute(s)."


DEMO = [
    AppEntry(id=a.id, names=a.names, icon=a.icon)
    for a in __import__("admin.demo.catalogue", fromlist=["APPS"]).APPS
]


#: Where the bar's own controls (time, "All apps", away, end, staff) are wider than the screen
#: today: the bar is pushed past the screen's edge. Still to fix; strict, so a fix shows.
TOO_WIDE = {
    ("fr", 1024, False),
    ("fr", 1024, True),
    ("fr", 1280, True),
    ("nl", 1024, False),
    ("nl", 1024, True),
    ("nl", 1280, True),
    ("en", 1024, True),
    # 8 px too wide since "Call the desk" ("Aide") joined the one-row bar; the two-row bar
    # keeps room for it in its first row
    ("fr", 1280, False),
}


def _reach_cases() -> list[object]:
    cases: list[object] = []
    for large in (False, True):
        for code in ("fr", "nl", "en"):
            for width in (1024, 1280, 1920):
                marks = (
                    [pytest.mark.xfail(strict=True, reason="bar wider than the screen")]
                    if (code, width, large) in TOO_WIDE
                    else []
                )
                cases.append(pytest.param(width, code, large, marks=marks))
    return cases


@pytest.mark.parametrize(("width", "code", "large"), _reach_cases())
def test_every_app_is_named_whole_and_within_reach(
    qtbot, languages, width: int, code: str, large: bool
) -> None:
    languages.set_language(code)
    bar = SessionBar()
    bar.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.Tool)
    bar.setStyleSheet(kiosk_style(large=large))
    bar.set_text_scale(LARGE_TEXT_FACTOR if large else 1.0)
    qtbot.addWidget(bar)
    bar.start("Fatima Benali", 600)
    bar.set_apps(DEMO)
    bar.setGeometry(QRect(0, 0, width, bar.bar_height))
    bar.show()
    qtbot.waitExposed(bar)
    inside = QRect(0, 0, width, bar.bar_height)  # the screen's strip, not the bar's own size
    assert bar.width() == width
    in_menu = {action.data(): action.text() for action in bar.apps_menu.actions()}
    for entry in DEMO:
        name = entry.names[code]
        button = bar.app_buttons[entry.id]
        if button.isVisible():  # in the bar: icon and whole name, inside the bar
            assert button.text() == name and not button.icon().isNull()
            assert button.width() >= button.sizeHint().width()
            box = QRect(button.mapTo(bar, button.rect().topLeft()), button.size())
            assert inside.contains(box), (entry.id, box)
        else:  # in "All apps", its button in the bar
            assert in_menu[entry.id] == name
            assert bar.all_apps_button.isVisible()
            all_apps = bar.all_apps_button
            box = QRect(all_apps.mapTo(bar, all_apps.rect().topLeft()), all_apps.size())
            assert inside.contains(box), box
            assert all_apps.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_all_apps_opens_with_the_keyboard_and_launches(qtbot, bar: SessionBar) -> None:
    bar.setGeometry(QRect(0, 0, 1024, BAR_HEIGHT))
    bar.set_apps(DEMO)
    assert bar.apps_in_menu  # seven apps do not fit at 1024 px
    bar.all_apps_button.setFocus()
    qtbot.keyClick(bar.all_apps_button, Qt.Key.Key_Return)
    qtbot.waitUntil(bar.apps_menu.isVisible)
    assert [a.text() for a in bar.apps_menu.actions()] == [e.names["en"] for e in DEMO]
    with qtbot.waitSignal(bar.launch_requested) as launched:
        qtbot.keyClick(bar.apps_menu, Qt.Key.Key_Down)
        qtbot.keyClick(bar.apps_menu, Qt.Key.Key_Return)
    assert launched.args == [DEMO[1].id]


@pytest.mark.xfail(
    strict=True,
    reason="the one-row bar with a note is 52 px too wide at 1024 px since the desk button;"
    " the two-row bar keeps room for it",
)
def test_a_staff_note_is_whole_and_goes_after_a_while(qtbot) -> None:
    bar = SessionBar(note_ms=50)
    bar.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.Tool)
    bar.setStyleSheet(KIOSK_STYLE)
    qtbot.addWidget(bar)
    bar.start("Fatima", 600)
    bar.set_apps(DEMO)
    bar.setGeometry(QRect(0, 0, 1024, BAR_HEIGHT))
    bar.show()
    qtbot.waitExposed(bar)
    bar.time_added(300)
    note = bar.note
    assert note.isVisible() and note.text() == "The staff added 5 minute(s)."
    assert note.heightForWidth(note.width()) <= note.height()  # whole, wrapped if need be
    assert bar.width() == 1024 and bar.all_apps_button.isVisible()  # the apps stay reachable
    assert bar.note_timer.isActive() and bar.note_timer.interval() == 50
    bar.note_timer.timeout.emit()  # the timer, driven
    assert not note.isVisible() and bar.greeting.isVisible()
