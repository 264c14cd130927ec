"""The session bar on its own: time always in view, collapse and expand, its buttons."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QIcon, QImage
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.protocol.station import AppEntry
from ui.checks import check_window
from ui.kiosk.session_bar import ICON_SIZE, ConfirmEndDialog, SessionBar, letter_icon
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
    bar.setGeometry(QRect(0, 0, 1280, bar.height_for_width(1280)))
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
    assert bar.geometry() == QRect(0, 0, 1280, bar.bar_height)
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
    # Tab goes along the bar: the time's button, the apps ("All apps", hidden here, after
    # them), then the session's buttons
    assert tab_walk(qtbot, bar) == [
        bar.collapse_button,
        bar.app_buttons["writer"],
        bar.desk_button,
        bar.away_button,
        bar.end_button,
        bar.staff_button,
    ]


def tab_walk(qtbot, bar: SessionBar) -> list[QWidget]:
    """The widgets Tab reaches, from the collapse button until it comes back round."""
    bar.collapse_button.setFocus()
    seen: list[QWidget] = [bar.collapse_button]
    for _ in range(40):
        qtbot.keyClick(bar.focusWidget(), Qt.Key.Key_Tab)
        focused = bar.focusWidget()
        if focused is None or focused in seen:
            break
        seen.append(focused)
    return seen


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


#: Short names, as many catalogues have: at 1024 px and text ×1 at least three fit in the row.
SHORT = [
    app(i, n) for i, n in [("mail", "Mail"), ("calc", "Tableur"), ("pdf", "PDF"), ("web", "Web")]
]


def place(widget: QWidget, bar: SessionBar) -> QRect:
    return QRect(widget.mapTo(bar, widget.rect().topLeft()), widget.size())


def whole(widget: QWidget, bar: SessionBar, screen: QRect) -> None:
    """Shown, its whole text (its size hint) inside the screen's strip."""
    assert widget.isVisible(), widget
    hint = widget.sizeHint()
    assert widget.width() >= hint.width() and widget.height() >= hint.height(), widget
    assert screen.contains(place(widget, bar)), (widget, place(widget, bar))


def made_bar(qtbot, width: int, factor: float, apps: list[AppEntry]) -> SessionBar:
    bar = SessionBar()
    bar.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.Tool)
    bar.setStyleSheet(kiosk_style(text_size=factor))
    bar.set_text_scale(factor)  # any factor: the bar's sizes follow it, not the stylesheet
    qtbot.addWidget(bar)
    bar.start("Fatima Benali", 600)
    bar.set_apps(apps)
    bar.setGeometry(QRect(0, 0, width, bar.height_for_width(width)))
    bar.show()
    qtbot.waitExposed(bar)
    return bar


@pytest.mark.parametrize("factor", [1.0, LARGE_TEXT_FACTOR, 1.5, 2.0])
@pytest.mark.parametrize("code", ["fr", "nl", "en"])
@pytest.mark.parametrize("width", [1024, 1280, 1920])
def test_every_control_and_app_is_whole_on_the_screen(
    qtbot, languages, width: int, code: str, factor: float
) -> None:
    languages.set_language(code)
    bar = made_bar(qtbot, width, factor, DEMO)
    call = bar.desk_button  # "Call the desk", the longest label of the first row
    screen = QRect(0, 0, width, bar.bar_height)  # the strip the strut reserves
    assert bar.width() == width and bar.height() == bar.bar_height
    assert bar.bar_height == bar.height_for_width(width)
    # the first row's controls, whole, on the screen
    for control in (
        bar.time_label,
        bar.countdown,
        bar.collapse_button,
        call,
        bar.away_button,
        bar.end_button,
        bar.staff_button,
    ):
        whole(control, bar, screen)
    assert bar.greeting.isVisible() and screen.contains(place(bar.greeting, bar))
    # the apps: icon and whole name in the second row, under the session's buttons, or in
    # "All apps" at the end of that row
    first_row_bottom = max(place(b, bar).bottom() for b in (bar.away_button, bar.end_button))
    in_menu = {action.data(): action.text() for action in bar.apps_menu.actions()}
    shown = [e for e in DEMO if bar.app_buttons[e.id].isVisible()]
    for entry in DEMO:
        name = entry.names[code]
        button = bar.app_buttons[entry.id]
        assert in_menu[entry.id] == name
        if button.isVisible():
            assert button.text() == name and not button.icon().isNull()
            whole(button, bar, screen)
            assert place(button, bar).top() > first_row_bottom
    assert shown == DEMO[: len(shown)]  # in the catalogue's order
    if len(shown) < len(DEMO):
        whole(bar.all_apps_button, bar, screen)
        if shown:
            last = place(bar.app_buttons[shown[-1].id], bar)
            assert place(bar.all_apps_button, bar).left() > last.right()
            assert place(bar.all_apps_button, bar).top() > first_row_bottom
    else:
        assert not bar.all_apps_button.isVisible()
    # Tab: the time's button, the apps in the row, "All apps", then the session's buttons
    expected: list[QWidget] = [bar.collapse_button]
    expected += [bar.app_buttons[e.id] for e in shown]
    expected += [bar.all_apps_button] if bar.all_apps_button.isVisible() else []
    expected += [call, bar.away_button, bar.end_button, bar.staff_button]
    assert tab_walk(qtbot, bar) == expected
    if width == 1024 and factor == 1.0:  # even the narrowest screen has room for apps
        bar.set_apps(SHORT)
        assert sum(b.isVisible() for b in bar.app_buttons.values()) >= 3


@pytest.mark.parametrize("factor", [1.0, 1.5, LARGE_TEXT_FACTOR])
def test_the_bar_is_two_rows_high_and_no_higher(qtbot, languages, factor: float) -> None:
    """On a 1280 px screen, in French (the longest words): at normal text the bar is two rows,
    the session's buttons then the apps. In larger text (×1.5, ×2) the session's buttons do not
    all fit beside the time and the greeting ("Aide", "Je m'absente", "Terminer la session",
    "Personnel"), so they may take a second row: three rows, and never more. In every case at
    least one app shows, icon and name, under the session's buttons (before, at ×2 the apps'
    row held only "All apps")."""
    languages.set_language("fr")
    bar = made_bar(qtbot, 1280, factor, DEMO)
    button = bar.end_button.sizeHint().height()
    rows = 2 if factor == 1.0 else 3
    assert bar.bar_height <= rows * button + round(40 * factor)  # the rows, a little room
    apps = [b for b in bar.app_buttons.values() if b.isVisible()]
    assert apps and place(apps[0], bar).top() > place(bar.end_button, bar).bottom()


def test_all_apps_opens_with_the_keyboard_and_launches(qtbot, bar: SessionBar) -> None:
    bar.setGeometry(QRect(0, 0, 1024, bar.bar_height))
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


def test_a_staff_note_is_whole_and_goes_after_a_while(qtbot) -> None:
    bar = SessionBar(note_ms=50)
    bar.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.Tool)
    bar.setStyleSheet(KIOSK_STYLE)
    qtbot.addWidget(bar)
    bar.start("Fatima", 600)
    bar.set_apps(DEMO)
    bar.setGeometry(QRect(0, 0, 1024, bar.bar_height))
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


def test_a_long_note_gets_a_row_of_its_own_and_the_bar_shrinks_back(qtbot, languages) -> None:
    languages.set_language("fr")
    bar = made_bar(qtbot, 1024, 1.0, DEMO)
    two_rows = bar.bar_height
    with qtbot.waitSignal(bar.height_changed) as grown:
        bar.set_note("Ce programme n'a pas pu démarrer. Demandez à l'équipe à l'accueil.")
    assert grown.args == [bar.bar_height] and bar.bar_height > two_rows
    note = bar.note
    assert note.isVisible() and note.heightForWidth(note.width()) <= note.height()
    assert QRect(0, 0, 1024, bar.bar_height).contains(place(note, bar))
    assert bar.height() == bar.bar_height  # the strut reserves what is shown
    bar.note_timer.timeout.emit()
    assert not note.isVisible() and bar.bar_height == bar.height() == two_rows


def icon_image(icon: QIcon) -> QImage:
    return icon.pixmap(ICON_SIZE, ICON_SIZE).toImage()


def test_letter_icons_follow_the_language(qtbot, languages) -> None:
    # "Navigateur web" kept the W of "Web browser" after a switch to French
    languages.set_language("en")
    apps = [AppEntry(id="web", names={"en": "Web browser", "fr": "Navigateur web", "nl": "Web"})]
    bar = made_bar(qtbot, 1280, 1.0, apps)
    button = bar.app_buttons["web"]
    assert icon_image(button.icon()) == icon_image(letter_icon("Web browser"))

    languages.set_language("fr")

    assert button.text() == "Navigateur web"
    assert icon_image(button.icon()) == icon_image(letter_icon("Navigateur web"))
    assert icon_image(button.icon()) != icon_image(letter_icon("Web browser"))
    action = bar.apps_menu.actions()[0]
    assert icon_image(action.icon()) == icon_image(letter_icon("Navigateur web"))


@pytest.mark.parametrize("factor", [1.0, LARGE_TEXT_FACTOR])
@pytest.mark.parametrize("code", ["fr", "nl", "en"])
def test_the_screen_checks_find_every_text_whole_after_a_language_switch(
    qtbot, languages, code: str, factor: float
) -> None:
    # French large text cut the greeting to "Bonjour Fatima El…"; in Dutch "Hulp" kept the
    # room of "Help" (the button took its words after the bar had placed it)
    languages.set_language("en")
    bar = made_bar(qtbot, 1280, factor, DEMO)
    bar.start("Fatima El Amrani", 3540)

    languages.set_language(code)
    QApplication.processEvents()

    findings = check_window(bar, language=code, checks=("layout",))
    assert [str(f) for f in findings] == []
    assert bar.greeting.text() == bar.greeting.full_text
