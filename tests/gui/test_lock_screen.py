"""The lock screen on its own: site info, ticket path, reading aids, keyboard, sizes, monitors."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget

from admin.client.staff_client import StaffClient
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.station import SiteInfo, StationInfo
from tests.helpers.clock import BRUSSELS, FakeClock
from tests.helpers.kiosk_gui import (
    NO_PIN,
    STAFF_PASSWORD,
    STATION,
    WITH_PIN,
    KioskProgram,
    Server,
    clipped,
    sign_in,
    type_pin,
)
from ui.i18n import Languages
from ui.kiosk.lock_screen import LockScreen
from ui.kiosk.messages import empty_identifier_text, refusal_text, wrong_pin_text
from ui.kiosk.session_bar import ConfirmEndDialog, SessionBar
from ui.kiosk.windows import KioskWindows, scale_for_height
from ui.theme import KIOSK_STYLE, TEXT_SIZES, kiosk_style

LOCALES = {"fr": "fr_BE", "nl": "nl_BE", "en": "en_GB"}


@pytest.fixture
def languages() -> Iterator[Languages]:
    app = QApplication.instance()
    assert app is not None
    langs = Languages(app)
    yield langs
    langs.close()


@pytest.fixture
def lock(qtbot, languages: Languages, site_clock: FakeClock) -> LockScreen:
    screen = LockScreen(now=site_clock)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def station_info(**changes: object) -> StationInfo:
    """What the server says: the site closes at 17:00 on 1 June 2026."""
    closes = datetime(2026, 6, 1, 17, 0, tzinfo=BRUSSELS)
    values: dict[str, object] = {
        "id": 1,
        "name": "LK-07",
        "site": SiteInfo(id=1, name="EPN Laeken"),
        "today_hours": ["09:00-12:30", "13:30-17:00"],
        "closes_at": closes.isoformat(),
        "message": {"fr": "Atelier CV mardi.", "nl": "Cv-workshop dinsdag.", "en": "CV workshop."},
    }
    values.update(changes)
    return StationInfo.model_validate(values)


def switch(languages: Languages, lock: LockScreen, code: str) -> None:
    """What the controller does on a click of the language switch."""
    languages.set_language(code)
    lock.set_language(code)


# --- what the site says today -----------------------------------------------------------------


@pytest.mark.calendar
@pytest.mark.parametrize(
    ("code", "joiner", "times"),
    [
        ("fr", " et ", ("9\u00a0h", "12\u00a0h\u00a030", "17\u00a0h")),
        ("nl", " en ", ("9.00", "12.30\u00a0uur", "17.00\u00a0uur")),
        ("en", " and ", ("9:00", "12:30", "17:00")),
    ],
)
def test_hours_and_closing_time_follow_the_language(
    lock: LockScreen,
    languages: Languages,
    site_clock: FakeClock,
    code: str,
    joiner: str,
    times: tuple[str, str, str],
) -> None:
    now = site_clock.local(BRUSSELS)
    closes = now.replace(hour=17, minute=0, second=0, microsecond=0)
    lock.set_station_info(station_info(closes_at=closes.isoformat()))
    switch(languages, lock, code)
    panel = lock.site_panel
    today = now.date()
    day = QLocale(LOCALES[code]).toString(QDate(today.year, today.month, today.day), "dddd d MMMM")
    assert panel.isVisible()
    assert day in panel.day.text()
    hours = panel.hours.text()
    assert all(time in hours for time in times)  # as the language writes a time of day
    assert joiner in hours  # the locale's own "and" between the two openings
    assert times[2] in panel.closes.text()
    assert day not in panel.closes.text()  # today: the time alone
    assert lock.station_line.text().endswith("LK-07")
    assert lock.brand.text() == "EPN Laeken"


def test_closed_day_and_no_closing_time(lock: LockScreen, languages: Languages) -> None:
    switch(languages, lock, "en")
    lock.set_station_info(station_info(today_hours=[], closes_at=None))
    assert lock.site_panel.hours.text() == "Closed today"
    assert not lock.site_panel.closes.isVisible()


def test_site_message_in_the_language_then_french_then_any(
    lock: LockScreen, languages: Languages
) -> None:
    lock.set_station_info(station_info())
    switch(languages, lock, "nl")
    assert lock.site_panel.message.text() == "Cv-workshop dinsdag."
    lock.set_station_info(station_info(message={"fr": "Fermé lundi.", "de": "Montag zu."}))
    assert lock.site_panel.message.text() == "Fermé lundi."  # no Dutch: French
    lock.set_station_info(station_info(message={"de": "Montag zu."}))
    assert lock.site_panel.message.text() == "Montag zu."
    lock.set_station_info(station_info(message={}))
    assert not lock.site_panel.message.isVisible()


# --- signing in -------------------------------------------------------------------------------


def test_barcode_scanner_digits_then_enter_sign_in(qtbot, lock: LockScreen) -> None:
    qtbot.waitUntil(lock.identifier_edit.hasFocus)
    with qtbot.waitSignal(lock.sign_in_requested) as signal:
        qtbot.keyClicks(lock.identifier_edit, "2100001111", delay=0)
        qtbot.keyClick(lock.identifier_edit, Qt.Key.Key_Return)
    assert signal.args == ["2100001111", None]
    assert not lock.submit_button.isEnabled()  # a second Enter from the scanner is ignored
    with qtbot.assertNotEmitted(lock.sign_in_requested):
        qtbot.keyClick(lock.identifier_edit, Qt.Key.Key_Return)


def test_guest_ticket_mode_and_back(qtbot, lock: LockScreen, languages: Languages) -> None:
    switch(languages, lock, "en")
    assert lock.ticket_button.isVisible()
    qtbot.mouseClick(lock.ticket_button, Qt.MouseButton.LeftButton)
    assert lock.ticket_mode
    assert lock.title.text() == "Guest ticket"
    assert lock.identifier_label.text() == "Ticket code"
    assert "ticket" in lock.hint.text()
    assert lock.identifier_edit.accessibleName() == "Ticket code"
    qtbot.waitUntil(lock.identifier_edit.hasFocus)
    qtbot.keyClick(lock.identifier_edit, Qt.Key.Key_Return)
    assert lock.message_text == "Type the code of your ticket first."
    with qtbot.waitSignal(lock.sign_in_requested) as signal:
        qtbot.keyClicks(lock.identifier_edit, "K7P-4QX")
        qtbot.keyClick(lock.identifier_edit, Qt.Key.Key_Return)
    assert signal.args == ["K7P-4QX", None]
    lock.show_error(lambda: "no")
    qtbot.mouseClick(lock.ticket_button, Qt.MouseButton.LeftButton)
    assert not lock.ticket_mode
    assert lock.title.text() == "Welcome"
    assert lock.identifier_label.text() == "Card number"
    assert lock.identifier_edit.text() == ""


def test_out_of_order_replaces_the_card_and_refuses_sign_in(
    qtbot, lock: LockScreen, languages: Languages
) -> None:
    switch(languages, lock, "en")
    lock.identifier_edit.setText(NO_PIN)
    lock.set_out_of_order("The screen is broken.")
    assert not lock.card.isVisible()
    assert lock.out_of_order_panel.isVisible()
    assert lock.out_of_order_text.text() == (
        "This computer is out of order. Please use another one."
    )
    assert "The screen is broken." in lock.out_of_order_reason.text()
    with qtbot.assertNotEmitted(lock.sign_in_requested):
        lock.identifier_edit.returnPressed.emit()
        lock.submit_button.click()
    lock.set_out_of_order("")
    assert not lock.out_of_order_reason.isVisible()  # no reason given: no empty line
    lock.set_out_of_order(None)
    assert lock.card.isVisible() and not lock.out_of_order_panel.isVisible()
    assert lock.identifier_edit.text() == ""
    with qtbot.waitSignal(lock.sign_in_requested):
        lock.identifier_edit.setText(NO_PIN)
        lock.identifier_edit.returnPressed.emit()


def test_offline_banner(lock: LockScreen, languages: Languages) -> None:
    switch(languages, lock, "en")
    assert not lock.offline_banner.isVisible()
    lock.set_online(False)
    assert lock.offline_banner.isVisible()
    assert lock.offline_banner.text().startswith("This computer cannot reach the server")
    lock.set_online(True)
    assert not lock.offline_banner.isVisible()


def test_staff_button_asks_for_the_staff(qtbot, lock: LockScreen) -> None:
    with qtbot.waitSignal(lock.staff_requested):
        qtbot.mouseClick(lock.staff_button, Qt.MouseButton.LeftButton)


# --- reading aids and keyboard ----------------------------------------------------------------


def test_larger_text_and_high_contrast_restyle_every_window(qtbot, lock: LockScreen) -> None:
    bar = SessionBar()
    qtbot.addWidget(bar)
    windows = KioskWindows(lock, bar, windowed=True)
    assert lock.styleSheet() == KIOSK_STYLE
    normal = lock.title.fontInfo().pixelSize()
    qtbot.mouseClick(lock.text_size_switch.buttons[2.0], Qt.MouseButton.LeftButton)
    assert lock.look == (2.0, False)
    assert lock.styleSheet() == kiosk_style(text_size=2.0) == bar.styleSheet()
    assert lock.title.fontInfo().pixelSize() > normal
    qtbot.mouseClick(lock.contrast_button, Qt.MouseButton.LeftButton)
    assert lock.look == (2.0, True)
    assert lock.styleSheet() == kiosk_style(text_size=2.0, contrast=True) == bar.styleSheet()
    assert lock.text_size_switch.buttons[2.0].isChecked() and lock.contrast_button.isChecked()
    windows.apply_look(1.0, False)  # what the controller does when the session ends
    assert lock.styleSheet() == KIOSK_STYLE == bar.styleSheet()
    assert (
        not lock.text_size_switch.buttons[2.0].isChecked() and not lock.contrast_button.isChecked()
    )


def focusable(widget: QWidget) -> list[QWidget]:
    return [
        w
        for w in widget.findChildren(QWidget)
        if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]


def test_every_control_has_an_accessible_name(lock: LockScreen, languages: Languages) -> None:
    lock.set_station_info(station_info())
    for code in ("fr", "nl", "en"):
        switch(languages, lock, code)
        for mode in (False, True):
            lock.set_ticket_mode(mode)
            controls = focusable(lock)
            assert len(controls) >= 9
            assert all(w.accessibleName().strip() for w in controls), [
                w.objectName() for w in controls if not w.accessibleName().strip()
            ]


def test_keyboard_alone_reaches_every_control_and_signs_in(qtbot, lock: LockScreen) -> None:
    qtbot.waitUntil(lock.identifier_edit.hasFocus)
    controls = set(focusable(lock))
    seen: list[QWidget] = []
    for _ in range(len(controls)):
        widget = QApplication.focusWidget()
        assert widget is not None
        seen.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert set(seen) == controls
    assert QApplication.focusWidget() is lock.identifier_edit  # the cycle closes
    # reading order: the card first, then the language switch, the reading aids, staff last
    order = [lock.identifier_edit, lock.submit_button, lock.ticket_button]
    order += [
        *lock.language_buttons.values(),
        *lock.text_size_switch.buttons.values(),
        lock.contrast_button,
    ]
    assert [w for w in seen if w in order] == order
    assert seen[-1] is lock.staff_button
    # type, Tab to "Sign in", Enter
    qtbot.keyClicks(lock.identifier_edit, NO_PIN)
    qtbot.keyClick(lock.identifier_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is lock.submit_button
    with qtbot.waitSignal(lock.sign_in_requested) as signal:
        qtbot.keyClick(lock.submit_button, Qt.Key.Key_Return)
    assert signal.args == [NO_PIN, None]


def test_enter_on_a_focused_toggle_presses_it(qtbot, lock: LockScreen) -> None:
    lock.contrast_button.setFocus()
    with qtbot.waitSignal(lock.look_requested) as signal:
        qtbot.keyClick(lock.contrast_button, Qt.Key.Key_Return)
    assert signal.args == [1.0, True]


def test_focus_is_drawn_differently_on_every_control(qtbot, lock: LockScreen) -> None:
    """A focused control must not look like an unfocused one, in both themes."""
    for contrast in (False, True):
        lock.apply_look(1.0, contrast)
        for widget in focusable(lock):
            elsewhere = lock.identifier_edit if widget is lock.staff_button else lock.staff_button
            elsewhere.setFocus()
            qtbot.waitUntil(lambda w=widget: not w.hasFocus())
            before = widget.grab().toImage()
            widget.setFocus()
            qtbot.waitUntil(widget.hasFocus)
            assert widget.grab().toImage() != before, widget.accessibleName()


# --- sizes and monitors -----------------------------------------------------------------------


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800), (3840, 2160)])
@pytest.mark.parametrize("code", ["fr", "nl", "en"])
def test_nothing_is_clipped_from_1024x768_to_4k(
    qtbot, lock: LockScreen, languages: Languages, size: tuple[int, int], code: str
) -> None:
    lock.set_station_info(station_info())
    switch(languages, lock, code)
    lock.set_online(False)
    lock.show_error(
        lambda: "Card number or PIN not recognised. Check them and try again, or ask the staff."
    )
    scale = scale_for_height(size[1])
    looks = [
        (1.0, False, False),
        (1.0, True, True),
        (1.5, True, False),
        (1.5, False, True),
        (2.0, True, False),
        (2.0, False, True),
    ]
    for text_size, contrast, ticket in looks:
        lock.apply_look(text_size, contrast, scale)
        lock.set_ticket_mode(ticket)
        lock.resize(*size)
        qtbot.waitUntil(lambda: lock.size().toTuple() == size)
        QApplication.sendPostedEvents()
        lock.layout().activate()
        assert lock.minimumSizeHint().width() <= size[0]
        assert lock.minimumSizeHint().height() <= size[1]
        assert clipped(lock) == [], (text_size, contrast, ticket)


def test_the_text_size_switch_has_three_levels(qtbot, lock: LockScreen) -> None:
    """×1, ×1.5, ×2 (the old toggle had one step of ×1.3); each named for screen readers."""
    buttons = lock.text_size_switch.buttons
    assert list(buttons) == [1.0, 1.5, 2.0]
    assert all(b.accessibleName().strip() for b in buttons.values())
    normal = lock.hint.fontInfo().pixelSize()
    for size in (1.5, 2.0):
        buttons[size].setFocus()
        with qtbot.waitSignal(lock.look_requested) as signal:
            qtbot.keyClick(buttons[size], Qt.Key.Key_Space)
        assert signal.args == [size, False]
        lock.apply_look(size, False)  # what the windows do on the signal
        assert lock.hint.fontInfo().pixelSize() == round(21 * size)
        assert [b.isChecked() for b in buttons.values()] == [s == size for s in buttons]
    assert lock.hint.fontInfo().pixelSize() == 2 * normal


def test_sizes_scale_with_the_screen_height() -> None:
    assert scale_for_height(768) == 1.0
    assert scale_for_height(1080) == pytest.approx(1.2)
    assert scale_for_height(2160) == 2.4
    assert scale_for_height(4320) == 2.4


@dataclass(eq=False)
class FakeScreen:
    """What the cover management reads from a QScreen (offscreen Qt has a single screen)."""

    rect: QRect
    label: str

    def geometry(self) -> QRect:
        return self.rect

    def name(self) -> str:
        return self.label


def test_a_cover_on_every_other_screen_while_locked(
    qtbot, lock: LockScreen, languages: Languages
) -> None:
    switch(languages, lock, "en")
    bar = SessionBar()
    qtbot.addWidget(bar)
    windows = KioskWindows(lock, bar, windowed=False)
    assert windows.covers == {}  # offscreen: one screen, no cover
    main = FakeScreen(QRect(0, 0, 1280, 800), "main")
    left = FakeScreen(QRect(-1920, 0, 1920, 1080), "left")
    right = FakeScreen(QRect(1280, 0, 1024, 768), "right")
    windows.sync_covers([main, left, right], primary=main)  # type: ignore[list-item, arg-type]
    windows.set_site("EPN Laeken")
    assert set(windows.covers) == {left, right}
    windows.show_lock()
    for screen, cover in windows.covers.items():
        assert cover.isVisible()
        assert cover.geometry() == screen.geometry()
        assert cover.title.text() == "EPN Laeken"
        assert cover.text.text() == "Please use the main screen."
        qtbot.addWidget(cover)
    windows.show_session()
    assert not any(cover.isVisible() for cover in windows.covers.values())
    windows.show_lock()
    gone = windows.covers[right]
    windows.sync_covers([main, left], primary=main)  # type: ignore[list-item, arg-type]
    assert set(windows.covers) == {left}
    assert not gone.isVisible()
    plugged = FakeScreen(QRect(1280, 0, 2560, 1440), "new")
    windows.sync_covers([main, left, plugged], primary=main)  # type: ignore[list-item, arg-type]
    assert windows.covers[plugged].isVisible()  # locked: a new screen is covered at once
    qtbot.addWidget(windows.covers[plugged])
    windows.show_session()


# --- against the real server ------------------------------------------------------------------


def test_reading_aids_last_for_one_visitor(
    qtbot,
    kiosk: KioskProgram,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lock = kiosk.lock_screen
    assert lock.site_panel.isVisible()  # the station's info came from the server
    qtbot.mouseClick(lock.text_size_switch.buttons[2.0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(lock.contrast_button, Qt.MouseButton.LeftButton)
    sign_in(qtbot, kiosk, NO_PIN)
    qtbot.waitUntil(kiosk.session_bar.isVisible)
    assert kiosk.session_bar.styleSheet() == kiosk_style(text_size=2.0, contrast=True)
    monkeypatch.setattr(ConfirmEndDialog, "ask", classmethod(lambda cls, parent: True))
    qtbot.mouseClick(kiosk.session_bar.end_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lock.isVisible)
    assert lock.look == (1.0, False)
    assert lock.styleSheet() == KIOSK_STYLE == kiosk.session_bar.styleSheet()


def test_the_visitors_preferences_follow_them_to_their_next_sign_in(
    qtbot,
    kiosk: KioskProgram,
    languages: Languages,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Chosen on the lock screen, kept by the server, applied at the next sign-in; reset
    for the next visitor at the end of each session."""
    lock = kiosk.lock_screen
    monkeypatch.setattr(ConfirmEndDialog, "ask", classmethod(lambda cls, parent: True))

    def end_session() -> None:
        kiosk.end_screen.minimum_timer.setInterval(20)
        qtbot.mouseClick(kiosk.session_bar.end_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lock.isVisible)

    qtbot.mouseClick(lock.language_buttons["nl"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(lock.text_size_switch.buttons[2.0], Qt.MouseButton.LeftButton)
    sign_in(qtbot, kiosk, NO_PIN)
    qtbot.waitUntil(kiosk.session_bar.isVisible)
    end_session()
    # the next visitor starts with the defaults
    assert languages.current == "fr"
    assert lock.look == (1.0, False)
    assert kiosk.session_bar.styleSheet() == KIOSK_STYLE

    # the same visitor again, touching nothing: their language and size come back
    sign_in(qtbot, kiosk, NO_PIN)
    qtbot.waitUntil(kiosk.session_bar.isVisible)
    assert languages.current == "nl"
    assert kiosk.session_bar.styleSheet() == kiosk_style(text_size=2.0)
    end_session()
    assert languages.current == "fr"
    assert kiosk.session_bar.styleSheet() == KIOSK_STYLE


def test_staff_put_the_station_out_of_order_and_back(
    qtbot,
    kiosk: KioskProgram,
    server: Server,
) -> None:
    lock = kiosk.lock_screen
    with StaffClient(server.url) as staff:
        staff.login("accueil", STAFF_PASSWORD)
        staff.send_command(STATION, "disable")
        qtbot.waitUntil(lock.out_of_order_panel.isVisible, timeout=3000)
        assert not lock.card.isVisible()
        staff.send_command(STATION, "enable")
        qtbot.waitUntil(lock.card.isVisible, timeout=3000)
    qtbot.waitUntil(lock.identifier_edit.hasFocus)


def test_screenshots_can_be_saved(lock: LockScreen, tmp_path: Path) -> None:
    lock.set_station_info(station_info())
    path = tmp_path / "lock.png"
    assert lock.grab().save(str(path))
    assert path.stat().st_size > 10_000


def test_the_kiosk_windows_are_raised_again_most_important_last(qtbot, monkeypatch) -> None:
    lock, bar, away = LockScreen(), SessionBar(), QWidget()
    for widget in (lock, bar, away):
        qtbot.addWidget(widget)
    windows = KioskWindows(lock, bar, windowed=False)
    windows.hold_on_top(away)
    assert windows.keep_on_top_timer.isActive()
    raised: list[QWidget] = []
    for widget in (lock, bar, away):
        monkeypatch.setattr(widget, "raise_", lambda w=widget: raised.append(w))

    windows.show_lock()
    raised.clear()
    windows.keep_on_top()
    assert raised == [lock]  # the session bar is hidden while locked

    away.show()  # lock while away (or the rules): above the lock screen and everything else
    windows.keep_on_top()
    assert raised[-2:] == [lock, away]
    windows.keep_on_top_timer.stop()


def test_a_windowed_kiosk_does_not_fight_a_developers_windows(qtbot) -> None:
    lock, bar = LockScreen(), SessionBar()
    qtbot.addWidget(lock)
    qtbot.addWidget(bar)
    assert not KioskWindows(lock, bar, windowed=True).keep_on_top_timer.isActive()


def test_an_open_dialog_stays_above_the_raised_lock_screen(qtbot, monkeypatch) -> None:
    lock, bar = LockScreen(), SessionBar()
    qtbot.addWidget(lock)
    qtbot.addWidget(bar)
    windows = KioskWindows(lock, bar, windowed=False)
    windows.show_lock()
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    raised: list[QWidget] = []
    for widget in (lock, dialog):
        monkeypatch.setattr(widget, "raise_", lambda w=widget: raised.append(w))
    windows.keep_on_top()
    assert raised == [lock, dialog]
    windows.keep_on_top_timer.stop()


def test_a_fault_says_out_of_order_in_every_language_and_tells_staff_why(
    qtbot, lock: LockScreen, languages: Languages, tmp_path: Path
) -> None:
    from ui.kiosk.staff_panel import StaffSignInDialog

    lock.setStyleSheet(KIOSK_STYLE)
    fault = "station config /etc/epn-kiosk/station.toml: [idle] minutess: unknown key"
    for code, first in (("fr", "Hors service"), ("nl", "Buiten gebruik"), ("en", "Out of order")):
        switch(languages, lock, code)
        lock.set_fault(fault)
        assert not lock.card.isVisible() and lock.out_of_order_panel.isVisible()
        title = lock.out_of_order_title.text().replace("\u00a0", " ")
        assert title.startswith(first)  # the visitor's language first, then the others
        assert {"Hors service", "Buiten gebruik", "Out of order"} <= set(title.split(" · "))
        text = lock.out_of_order_text.text()
        assert "Veuillez vous adresser à l'accueil." in text and "Vraag het aan de balie." in text
        assert "Please ask at the desk." in text
        assert fault not in text and not lock.out_of_order_reason.isVisible()  # for staff only
        QApplication.processEvents()  # the layout, as the screen shows it
        lock.grab().save(str(tmp_path / f"fault-{code}.png"))
    with qtbot.assertNotEmitted(lock.sign_in_requested):
        lock.identifier_edit.setText(NO_PIN)
        lock.identifier_edit.returnPressed.emit()
    dialog = StaffSignInDialog(lock)
    qtbot.addWidget(dialog)
    dialog.set_fault(fault)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.fault.isVisible()
    assert dialog.fault.text() == f"This computer is out of order: {fault}"
    dialog.grab().save(str(tmp_path / "fault-staff.png"))
    lock.set_fault(None)
    assert lock.card.isVisible() and not lock.out_of_order_panel.isVisible()


def test_a_session_that_cannot_be_locked_is_said_on_the_lock_screen(
    lock: LockScreen, languages: Languages, tmp_path: Path
) -> None:
    from ui.kiosk.app import session_is_unprotected

    assert session_is_unprotected({"XDG_SESSION_TYPE": "wayland"})
    assert session_is_unprotected({"WAYLAND_DISPLAY": "wayland-0"})
    assert not session_is_unprotected({"XDG_SESSION_TYPE": "x11", "DISPLAY": ":0"})
    lock.setStyleSheet(KIOSK_STYLE)
    assert not lock.unprotected_banner.isVisible()
    lock.set_unprotected(True)
    switch(languages, lock, "fr")
    assert lock.unprotected_banner.isVisible()
    assert lock.unprotected_banner.text().startswith("Cet ordinateur n'est pas protégé")
    QApplication.processEvents()
    lock.grab().save(str(tmp_path / "unprotected-fr.png"))


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800)])
@pytest.mark.parametrize("code", ["fr", "nl", "en"])
def test_the_pin_step_fits_in_larger_text(
    qtbot, lock: LockScreen, languages: Languages, size: tuple[int, int], code: str
) -> None:
    """The PIN step, offline, with its longest message, at ×1.5 and ×2 on small screens."""
    lock.set_station_info(station_info())
    switch(languages, lock, code)
    lock.set_online(False)
    for text_size, contrast in [(1.5, False), (2.0, True), (2.0, False)]:
        lock.apply_look(text_size, contrast, scale_for_height(size[1]))
        lock.identifier_edit.setText("1234567")
        lock.ask_pin(lambda: lock.tr("Type your PIN code, then press Enter."))
        lock.show_error(lambda: "Card number or PIN not recognised. Check them and try again.")
        lock.resize(*size)
        qtbot.waitUntil(lambda: lock.size().toTuple() == size)
        QApplication.sendPostedEvents()
        lock.layout().activate()
        assert lock.pin_edit.isVisible() and lock.back_button.isVisible()
        assert lock.minimumSizeHint().width() <= size[0]
        assert clipped(lock) == [], (text_size, contrast)


def test_the_site_panel_gives_way_to_the_card_in_larger_text_on_a_small_screen(
    qtbot, lock: LockScreen
) -> None:
    lock.set_station_info(station_info())
    lock.resize(1024, 768)
    qtbot.waitUntil(lambda: lock.size().toTuple() == (1024, 768))
    assert lock.site_panel.isVisible()  # beside the card in normal text
    lock.apply_look(2.0, False)
    assert not lock.site_panel.isVisible()
    # the card's buttons side by side again: the card has the whole width
    assert lock.submit_button.y() == lock.ticket_button.y()
    lock.set_station_info(station_info())  # new hours from the server do not bring it back
    assert not lock.site_panel.isVisible()
    lock.apply_look(2.0, False, scale_for_height(2160))
    lock.resize(3840, 2160)
    qtbot.waitUntil(lambda: lock.size().toTuple() == (3840, 2160))
    assert lock.site_panel.isVisible()  # a 4K screen has room for both
    lock.apply_look(1.0, False, 1.0)
    lock.resize(1024, 768)
    qtbot.waitUntil(lambda: lock.size().toTuple() == (1024, 768))
    assert lock.site_panel.isVisible()


# --- the card field keeps the focus; messages that go stale; a card that stays put -----------


def follow_the_controller(languages: Languages, lock: LockScreen) -> None:
    """What the controller does on the language switch and the reading aids."""
    lock.language_requested.connect(lambda code: switch(languages, lock, code))
    lock.look_requested.connect(lambda size, contrast: lock.apply_look(size, contrast))


@pytest.mark.parametrize("step", ["card", "ticket", "pin"])
def test_a_click_on_any_button_leaves_the_typing_in_the_field(
    qtbot, lock: LockScreen, languages: Languages, step: str
) -> None:
    """Before: a click on a language, "A+" or "High contrast" took the focus from the card
    field, and the next card scanned went nowhere."""
    follow_the_controller(languages, lock)
    lock.activateWindow()
    buttons = [b for b in lock.findChildren(QPushButton) if b.isVisible()]
    assert len(buttons) >= 8
    for button in buttons:
        if step == "ticket":
            lock.set_ticket_mode(True)
        elif step == "pin":
            lock.reset()
            qtbot.keyClicks(lock.identifier_edit, "2100002222")
            lock.ask_pin()
        else:
            lock.reset()
        field = lock.pin_edit if step == "pin" else lock.identifier_edit
        if not button.isVisible():
            continue
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert lock.focusWidget() is field, button.text()
        if lock.ticket_mode != (step == "ticket") or field.isHidden():
            continue  # the button changed the step: its own field has the focus (see above)
        before = field.text()
        qtbot.keyClicks(lock.focusWidget(), "42")
        assert field.text().endswith("42") and len(field.text()) == len(before) + 2, button.text()
    # the keyboard still reaches every button
    lock.reset()
    reached = set()
    for _ in range(30):
        qtbot.keyClick(lock.focusWidget(), Qt.Key.Key_Tab)
        reached.add(lock.focusWidget())
    assert {b for b in lock.findChildren(QPushButton) if b.isVisible()} <= reached


def test_a_new_character_clears_the_last_message(qtbot, lock: LockScreen) -> None:
    """Before: "Your card is blocked" stayed while a new number was typed."""
    qtbot.keyClicks(lock.identifier_edit, "2100003333")
    qtbot.keyClick(lock.identifier_edit, Qt.Key.Key_Return)
    lock.show_error(lambda: "Your card is blocked. Ask the staff at the desk.")
    assert lock.message_text
    qtbot.keyClicks(lock.identifier_edit, "1")
    assert lock.message_text == ""
    lock.ask_pin()
    lock.show_error(lambda: "Card number or PIN not recognised.")
    qtbot.keyClicks(lock.pin_edit, "1")
    assert lock.message_text == ""


def test_the_pin_step_has_its_own_prompt(lock: LockScreen, languages: Languages) -> None:
    """Before: the PIN step still said "Scan your card or type your card number"."""
    for code, scan, pin in [
        ("en", "Scan your card", "PIN code"),
        ("fr", "Scannez votre carte", "code PIN"),
        ("nl", "Scan uw kaart", "pincode"),
    ]:
        switch(languages, lock, code)
        lock.reset()
        assert lock.hint.text().startswith(scan)
        lock.ask_pin()
        assert scan not in lock.hint.text()
        assert pin in lock.hint.text()
        assert lock.pin_edit.hasFocus() or lock.focusWidget() is lock.pin_edit
        lock.reset()
        assert lock.hint.text().startswith(scan)


def sign_in_messages() -> list[str]:
    """The sentences a visitor can meet under the fields of the card and PIN steps."""
    return [
        empty_identifier_text(),
        refusal_text(ErrorCode.BAD_CREDENTIALS),
        refusal_text(ErrorCode.ACCOUNT_DISABLED),
        refusal_text(ErrorCode.LOCKED_OUT, {"retry_after_seconds": 900}),
        refusal_text(None),
        *(wrong_pin_text({"tries_left": n, "lock_seconds": 900}) for n in (4, 1)),
        wrong_pin_text({"tries_left": 0, "lock_seconds": 900, "retry_after_seconds": 900}),
    ]


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800)])
@pytest.mark.parametrize("code", ["fr", "nl", "en"])
@pytest.mark.parametrize("text_size", TEXT_SIZES)
def test_the_card_stays_put_when_a_message_appears(
    qtbot,
    lock: LockScreen,
    languages: Languages,
    code: str,
    text_size: float,
    size: tuple[int, int],
) -> None:
    """Before: the card (the sign-in box) jumped when a message appeared or went; on
    1024×768 the French lockout took a fourth line in the lines kept for a message."""
    lock.set_station_info(station_info())
    switch(languages, lock, code)
    lock.apply_look(text_size, False, scale_for_height(size[1]))
    lock.resize(*size)
    qtbot.waitUntil(lambda: lock.size().toTuple() == size)

    def card_geometry() -> QRect:
        for _ in range(3):  # word-wrapped labels settle in a few passes
            QApplication.sendPostedEvents()
            lock.layout().activate()
        return QRect(lock.card.mapTo(lock, QPoint(0, 0)), lock.card.size())

    for pin_step in (False, True):
        lock.reset()
        if pin_step:
            lock.identifier_edit.setText("2100002222")
            lock.ask_pin()
        empty = card_geometry()
        for text in sign_in_messages():
            lock.show_error(lambda t=text: t)
            assert card_geometry() == empty, text
            assert clipped(lock) == [], text
        lock.show_error(str)
        assert card_geometry() == empty


def test_each_wrong_pin_says_the_tries_left_and_warns_before_the_last(
    qtbot, kiosk: KioskProgram
) -> None:
    """Before: no word of the lock until the sixth try, the right PIN, was refused."""
    lock = kiosk.lock_screen
    lock.language_buttons["en"].click()
    sign_in(qtbot, kiosk, WITH_PIN)
    said = []
    for _ in range(5):
        type_pin(qtbot, kiosk, "0000")
        qtbot.waitUntil(lambda: "recognised" in lock.message_text)
        said.append(lock.message_text)
        lock.message.clear()
    assert said[0] == "Card number or PIN not recognised. 4 tries left."
    assert said[2] == "Card number or PIN not recognised. 2 tries left."
    assert said[3] == (
        "Not recognised. Careful: one more wrong PIN blocks this card here for 15 minutes."
    )
    assert said[4] == (
        "Not recognised. This card is now blocked here for 15 minutes. Ask at the desk."
    )
