"""Staff at the kiosk, against a real server: sign-in, extend, end, maintenance, quit, audit."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QWidget

from admin.api.app import create_app
from admin.api.serving import BackgroundServer
from admin.core.notify import Notifier
from admin.db.store import Store
from admin.directory import Directory
from tests.helpers.clock import FakeClock
from tests.helpers.kiosk_gui import start_kiosk
from ui.i18n import Languages
from ui.kiosk.app import KioskProgram
from ui.kiosk.lock_screen import LockScreen
from ui.kiosk.staff_desk import StaffDesk
from ui.kiosk.staff_panel import StaffConfirm, StaffPanel, StaffSignInDialog

SITE = "EPN Laeken"
OTHER_SITE = "EPN Molenbeek"
STATION = "LK-01"
VISITOR = "2100001111"
PASSWORD = "bibliotheque-laeken"


@dataclass
class Server:
    url: str
    token: str
    store: Store
    clock: FakeClock


@pytest.fixture
def server(tmp_path: Path, site_clock: FakeClock) -> Iterator[Server]:
    store = Store(tmp_path / "server.db")
    directory = Directory(store, site_clock)
    directory.add_site(SITE)
    directory.add_site(OTHER_SITE)
    station = directory.add_station(STATION, SITE)
    directory.add_visitor(VISITOR, display_name="Fatima", category="adult")
    directory.add_staff("accueil", PASSWORD, role="staff", sites=[SITE])
    directory.add_staff("molenbeek", PASSWORD, role="staff", sites=[OTHER_SITE])
    notifier = Notifier()
    app = create_app(store, clock=site_clock, notifier=notifier)
    with BackgroundServer(app, on_stop=notifier.close) as running:
        yield Server(running.url, station.token, store, site_clock)
    store.close()


@pytest.fixture
def kiosk(qtbot, server: Server, tmp_path: Path) -> Iterator[KioskProgram]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    languages = Languages(app)
    program = start_kiosk(
        server.url, server.token, tmp_path / "station", languages, clock=server.clock
    )
    qtbot.waitUntil(lambda: program.lock_screen.station_name == STATION)
    program.controller.set_language("en")  # the texts below; French after a session ends
    yield program
    program.close()
    languages.close()


def desk_of(program: KioskProgram) -> StaffDesk:
    return program.controller.staff


def audit_rows(store: Store, action: str) -> list[dict[str, Any]]:
    return store.read(
        lambda db: list(
            db.query(
                "SELECT a.action, a.target, a.after, s.username FROM audit a"
                " LEFT JOIN staff s ON s.id = a.staff_id WHERE a.action = ? ORDER BY a.id",
                [action],
            )
        )
    )


def staff_sign_in(qtbot, desk: StaffDesk, username: str = "accueil", secret: str = PASSWORD):
    dialog = desk.sign_in_dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(dialog.username_edit.hasFocus)
    qtbot.keyClicks(dialog.username_edit, username)
    qtbot.keyClick(dialog.username_edit, Qt.Key.Key_Return)  # on to the password
    assert dialog.secret_edit.hasFocus()
    qtbot.keyClicks(dialog.secret_edit, secret)
    qtbot.keyClick(dialog.secret_edit, Qt.Key.Key_Return)


def visitor_signs_in(qtbot, program: KioskProgram) -> None:
    field = program.lock_screen.identifier_edit
    field.setFocus()
    qtbot.keyClicks(field, VISITOR)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(program.session_bar.isVisible, timeout=5000)


def session_row(store: Store) -> dict[str, Any]:
    return store.read(
        lambda db: next(db.query("SELECT * FROM sessions ORDER BY started_at DESC LIMIT 1"), {})
    )


def test_staff_extend_then_end_a_visitors_session(
    qtbot, kiosk: KioskProgram, server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    visitor_signs_in(qtbot, kiosk)
    desk = desk_of(kiosk)
    kiosk.session_bar.staff_requested.emit()  # the bar's staff button
    staff_sign_in(qtbot, desk)
    panel = desk.panel
    qtbot.waitUntil(panel.isVisible, timeout=5000)
    assert not desk.sign_in_dialog.isVisible()
    assert "accueil" in panel.staff_line.text() and STATION in panel.station_line.text()
    qtbot.waitUntil(lambda: "Fatima" in panel.session_line.text())
    assert not panel.unlock_button.isEnabled()  # no maintenance under a visitor's session

    qtbot.mouseClick(panel.extend_15, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.agent.view().remaining_seconds > 74 * 60, timeout=15000)
    qtbot.waitUntil(lambda: kiosk.session_bar.countdown.text().startswith("1 h 1"))
    [extend] = audit_rows(server.store, "command.extend")
    assert (extend["username"], extend["target"]) == ("accueil", f"station:{STATION}")
    assert '"minutes": 15' in extend["after"]

    answers = iter([False, True])
    monkeypatch.setattr(StaffConfirm, "ask", classmethod(lambda cls, *a: next(answers)))
    # the station may apply the extension before the panel hears the server's answer: its
    # buttons stay disabled until then, and a click on a disabled button does nothing
    qtbot.waitUntil(panel.end_button.isEnabled, timeout=15000)
    qtbot.mouseClick(panel.end_button, Qt.MouseButton.LeftButton)  # "Cancel"
    assert kiosk.agent.view() is not None
    qtbot.mouseClick(panel.end_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.agent.view() is None, timeout=15000)
    # the session's end brings the kiosk back to French for the next visitor
    nobody = QCoreApplication.translate("StaffPanel", "Nobody is using this computer.")
    qtbot.waitUntil(lambda: panel.session_line.text() == nobody)
    qtbot.waitUntil(lambda: session_row(server.store).get("end_reason") == "staff", timeout=10000)
    [end] = audit_rows(server.store, "command.end")
    assert (end["username"], end["target"]) == ("accueil", f"station:{STATION}")

    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    assert not panel.isVisible() and not desk.signed_in
    # the station login is revoked on close
    qtbot.waitUntil(
        lambda: (
            server.store.read(
                lambda db: next(db.query("SELECT COUNT(*) AS n FROM station_staff_tokens"))["n"]
            )
            == 0
        )
    )


def test_wrong_password_and_another_sites_staff_are_told_the_same(
    qtbot, kiosk: KioskProgram
) -> None:
    desk = desk_of(kiosk)
    kiosk.lock_screen.staff_requested.emit()
    staff_sign_in(qtbot, desk, secret="not-the-password")
    dialog = desk.sign_in_dialog
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Wrong username, password or PIN"))
    refused = dialog.message.text()
    assert "not staff of this site" in refused
    assert dialog.username_edit.text() == "accueil" and dialog.secret_edit.text() == ""
    dialog.username_edit.clear()
    dialog.username_edit.setFocus()
    qtbot.keyClicks(dialog.username_edit, "molenbeek")
    qtbot.keyClicks(dialog.secret_edit, PASSWORD)
    qtbot.keyClick(dialog.secret_edit, Qt.Key.Key_Return)
    # the right password of another site's member: the station answers it like a wrong one
    qtbot.waitUntil(lambda: dialog.secret_edit.text() == "")  # cleared by the refusal
    assert dialog.message.text() == refused and dialog.submit_button.isEnabled()
    assert not desk.panel.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_ctrl_alt_s_opens_the_staff_sign_in(qtbot, kiosk: KioskProgram) -> None:
    lock = kiosk.lock_screen
    lock.activateWindow()
    qtbot.waitUntil(lock.isActiveWindow)
    qtbot.keyClick(
        lock.identifier_edit,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    qtbot.waitUntil(desk_of(kiosk).sign_in_dialog.isVisible)


def test_maintenance_unlocks_the_desktop_then_locks_again(
    qtbot, kiosk: KioskProgram, server: Server
) -> None:
    desk = desk_of(kiosk)
    kiosk.lock_screen.staff_requested.emit()
    staff_sign_in(qtbot, desk)
    panel = desk.panel
    qtbot.waitUntil(panel.isVisible, timeout=5000)
    assert panel.unlock_button.isEnabled() and panel.minutes_box.value() == 15
    panel.minutes_box.setValue(20)
    qtbot.mouseClick(panel.unlock_button, Qt.MouseButton.LeftButton)
    bar = desk.maintenance_bar
    # the bar shows, then the lock screen and the panel go (one event loop turn apart)
    qtbot.waitUntil(
        lambda: bar.isVisible() and not kiosk.lock_screen.isVisible() and not panel.isVisible(),
        timeout=5000,
    )
    left = kiosk.agent.staff.maintenance_left()
    assert left is not None and 19 * 60 < left <= 20 * 60
    assert bar.countdown.text() in ("20 min", "19 min")
    [row] = audit_rows(server.store, "station.maintenance")
    assert (row["username"], row["target"]) == ("accueil", f"station:{STATION}")
    assert '"minutes": 20' in row["after"]
    # nobody signs in meanwhile, even by a stray call
    with pytest.raises(RuntimeError):
        kiosk.agent.sign_in(VISITOR)

    qtbot.mouseClick(bar.relock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(kiosk.lock_screen.isVisible, timeout=5000)
    assert not bar.isVisible()
    assert kiosk.agent.staff.maintenance_left() is None
    visitor_signs_in(qtbot, kiosk)  # the station is in service again


def test_quit_for_maintenance_records_it_and_quits(
    qtbot, kiosk: KioskProgram, server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = desk_of(kiosk)
    quits: list[bool] = []
    desk.quit_app = lambda: quits.append(True)
    monkeypatch.setattr(StaffConfirm, "ask", classmethod(lambda cls, *a: True))
    kiosk.lock_screen.staff_requested.emit()
    staff_sign_in(qtbot, desk)
    qtbot.waitUntil(desk.panel.isVisible, timeout=5000)
    qtbot.mouseClick(desk.panel.quit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: quits == [True], timeout=5000)
    [row] = audit_rows(server.store, "station.quit")
    assert (row["username"], row["target"]) == ("accueil", f"station:{STATION}")


# --- sizes ------------------------------------------------------------------------------------

#: The smallest screen the staff windows must fit on without scrolling.
KIOSK_SCREEN = (1280, 800)


def clipped(window: QWidget, card: QWidget) -> list[str]:
    """Visible labels and buttons smaller than their text or sticking out of the card."""
    problems = []
    frame = QRect(QPoint(0, 0), card.size())
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QLabel | QPushButton):
            continue
        name = f"{type(widget).__name__} {widget.objectName()} {widget.text()!r}"
        if not frame.contains(QRect(widget.mapTo(card, QPoint(0, 0)), widget.size())):
            problems.append(f"{name} outside the card")
        elif isinstance(widget, QLabel) and widget.wordWrap():
            if widget.heightForWidth(widget.width()) > widget.height():
                problems.append(f"{name} cut at the bottom")
        else:
            hint = widget.sizeHint()
            if hint.width() > widget.width() or hint.height() > widget.height():
                problems.append(f"{name}: {hint.toTuple()} > {widget.size().toTuple()}")
    return problems


def settled(qtbot, dialog: QDialog) -> None:
    qtbot.waitExposed(dialog)
    QApplication.sendPostedEvents()
    qtbot.waitUntil(lambda: dialog.size() == dialog.fitted_size())


def test_staff_windows_fit_their_text_in_french_in_large_text(qtbot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    languages = Languages(app)
    try:
        languages.set_language("fr")
        lock = LockScreen()  # the staff windows follow the lock screen's look
        qtbot.addWidget(lock)
        sign_in = StaffSignInDialog(lock)
        panel = StaffPanel(lock)
        lock.apply_look(1.0, False)
        sign_in.show()
        panel.begin(STATION, "EPN Riches Claires", "animateur")
        panel.set_session("Fatima El Amrani", 59 * 60 + 20)
        panel.show()
        settled(qtbot, panel)
        normal = panel.size()

        lock.apply_look(2.0, False)  # what the lock screen's "large text" toggle does
        sign_in.show_error(
            lambda: QCoreApplication.translate(
                "StaffSignInDialog", "Type your staff username and your password or PIN."
            )
        )
        panel.show_error(
            lambda: QCoreApplication.translate(
                "StaffSignInDialog", "Type your staff username and your password or PIN."
            )
        )
        for dialog in (sign_in, panel):
            settled(qtbot, dialog)
            assert dialog.title.text() != "Staff sign-in"  # French, not the source
            assert clipped(dialog, dialog.card) == [], type(dialog).__name__
            # on the kiosk's screen it needs no scrolling
            needed = dialog.content_size()
            assert needed.width() <= KIOSK_SCREEN[0] and needed.height() <= KIOSK_SCREEN[1]
            screen = dialog.screen().availableGeometry()
            assert screen.contains(dialog.frameGeometry())  # never off the screen
        assert panel.width() > normal.width() or panel.height() > normal.height()  # it grew
    finally:
        languages.close()


@pytest.mark.parametrize("code", ["fr", "nl", "en"])
def test_on_a_1024x768_screen_the_panel_wraps_its_rows_rather_than_scrolling_sideways(
    qtbot, code: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At the visitor's ×2 on the kiosk's smallest screen its long buttons go on rows of their
    own: every text fits, nothing is off to the side; it scrolls down if it must."""
    monkeypatch.setattr(StaffPanel, "_screen_bounds", lambda self: QRect(0, 0, 1024, 768))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    languages = Languages(app)
    try:
        languages.set_language(code)
        lock = LockScreen()
        qtbot.addWidget(lock)
        lock.apply_look(2.0, True)
        panel = StaffPanel(lock)
        panel.begin(STATION, "EPN Riches Claires", "animateur")
        panel.set_session("Fatima El Amrani", 59 * 60 + 20)
        panel.show()
        settled(qtbot, panel)
        area = panel.card_area
        assert panel.width() <= 1024 and panel.height() <= 768
        assert not area.horizontalScrollBar().isVisible()
        assert panel.card.width() <= area.viewport().width()
        for button in panel.findChildren(QPushButton):
            if button.isVisible():
                assert button.sizeHint().width() <= button.width(), button.text()
        assert panel.end_button.y() > panel.extend_5.y()  # on a row of its own
    finally:
        languages.close()
