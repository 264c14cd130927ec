"""Lock while I'm away, against a real server: lock, wrong answer, right answer, expiry."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from admin.api.app import create_app
from admin.api.serving import BackgroundServer
from admin.core.notify import Notifier
from admin.db.store import Store
from admin.directory import Directory
from kiosk.away import MAX_FAILURES
from tests.helpers.clock import FakeClock
from tests.helpers.kiosk_gui import clipped, start_kiosk
from ui.i18n import Languages
from ui.kiosk.app import KioskProgram
from ui.kiosk.away_screen import AwayScreen
from ui.kiosk.lock_screen import LockScreen

SITE = "EPN Molenbeek"
STATION = "MB-02"
CARD = "2100005555"
PIN = "2468"


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
    station = directory.add_station(STATION, SITE)
    directory.add_visitor(CARD, pin=PIN, display_name="Amina", category="adult")
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
    qtbot.waitUntil(lambda: program.agent.station_info is not None)
    program.controller.set_language("en")  # the source texts, whatever the catalogues hold
    yield program
    program.close()
    languages.close()


def signed_in(qtbot, program: KioskProgram) -> None:
    lock = program.lock_screen
    lock.identifier_edit.setFocus()
    qtbot.keyClicks(lock.identifier_edit, CARD)
    qtbot.keyClick(lock.identifier_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lock.pin_edit.isVisible)
    qtbot.keyClicks(lock.pin_edit, PIN)
    qtbot.keyClick(lock.pin_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(program.session_bar.isVisible, timeout=5000)


def answer(qtbot, program: KioskProgram, text: str) -> None:
    away = program.controller.away_screen
    qtbot.waitUntil(lambda: not away.secret_edit.isReadOnly())
    qtbot.keyClicks(away.secret_edit, text)
    qtbot.keyClick(away.secret_edit, Qt.Key.Key_Return)


def session_row(store: Store) -> dict:
    return store.read(
        lambda db: next(db.query("SELECT * FROM sessions ORDER BY started_at DESC LIMIT 1"), {})
    )


def test_lock_while_away_then_unlock_with_the_pin(qtbot, kiosk: KioskProgram) -> None:
    signed_in(qtbot, kiosk)
    bar = kiosk.session_bar
    away = kiosk.controller.away_screen
    qtbot.mouseClick(bar.away_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(away.isVisible)
    assert not bar.isVisible()
    assert away.title.text() == "This computer is locked"
    assert away.time_line.text().startswith("Your time keeps running: ")
    assert away.deadline_line.text() == "The session ends in 10 minutes if you do not come back."
    qtbot.waitUntil(away.secret_edit.hasFocus)

    answer(qtbot, kiosk, "0000")
    qtbot.waitUntil(lambda: away.message_text != "")
    assert away.message_text == (
        f"This is not your PIN or card number. {MAX_FAILURES - 1} more tries, "
        "then the session ends."
    )
    assert away.isVisible() and away.secret_edit.text() == ""

    answer(qtbot, kiosk, PIN)
    qtbot.waitUntil(bar.isVisible)
    assert not away.isVisible()
    assert kiosk.agent.view() is not None  # the same session goes on


def test_the_card_number_unlocks_too(qtbot, kiosk: KioskProgram) -> None:
    signed_in(qtbot, kiosk)
    kiosk.session_bar.away_button.click()
    qtbot.waitUntil(kiosk.controller.away_screen.isVisible)
    answer(qtbot, kiosk, CARD)
    qtbot.waitUntil(kiosk.session_bar.isVisible)


def test_the_session_ends_when_the_visitor_does_not_come_back(
    qtbot, kiosk: KioskProgram, server: Server
) -> None:
    signed_in(qtbot, kiosk)
    # the config's minimum is a minute: too long to wait
    kiosk.agent.locks.away.away_seconds = 0.3
    kiosk.session_bar.away_button.click()
    qtbot.waitUntil(lambda: kiosk.lock_screen.message_text.startswith("Your session ended"))
    assert kiosk.lock_screen.message_text == (
        "Your session ended because the computer stayed locked while you were away."
    )
    assert not kiosk.controller.away_screen.isVisible()
    qtbot.waitUntil(lambda: session_row(server.store).get("end_reason") == "away", timeout=10000)


def test_too_many_wrong_answers_end_the_session(qtbot, kiosk: KioskProgram, server: Server) -> None:
    signed_in(qtbot, kiosk)
    away = kiosk.controller.away_screen
    kiosk.session_bar.away_button.click()
    qtbot.waitUntil(away.isVisible)
    for _ in range(MAX_FAILURES):
        answer(qtbot, kiosk, "1111")
    qtbot.waitUntil(lambda: not away.isVisible())
    assert kiosk.agent.view() is None
    qtbot.waitUntil(lambda: session_row(server.store).get("end_reason") == "away", timeout=10000)


def test_an_empty_answer_is_explained_and_not_counted(qtbot, kiosk: KioskProgram) -> None:
    signed_in(qtbot, kiosk)
    away = kiosk.controller.away_screen
    kiosk.session_bar.away_button.click()
    qtbot.waitUntil(away.isVisible)
    qtbot.keyClick(away.secret_edit, Qt.Key.Key_Return)
    assert away.message_text == "Type your PIN or card number first."
    assert kiosk.agent.locks.away_tries_left() == MAX_FAILURES


# --- sizes ------------------------------------------------------------------------------------


def test_nothing_is_clipped_in_french_in_large_text(qtbot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    languages = Languages(app)
    try:
        languages.set_language("fr")
        lock = LockScreen()  # the away screen follows the lock screen's look
        qtbot.addWidget(lock)
        lock.apply_look(2.0, False)  # what the lock screen's "large text" toggle does
        away = AwayScreen(lock)
        away.reset(59 * 60 + 39, 9 * 60 + 56)
        away.show_wrong(MAX_FAILURES - 1)
        away.place(windowed=True)
        qtbot.waitExposed(away)
        qtbot.waitUntil(lambda: away.size().toTuple() == (1280, 800))
        QApplication.sendPostedEvents()
        away.layout().activate()
        assert away.title.text() == "Cet ordinateur est verrouillé"  # French, not the source
        assert away.field_label.wordWrap()
        assert clipped(away) == []
    finally:
        languages.close()


@pytest.mark.parametrize("code", ["fr", "nl", "en"])
@pytest.mark.parametrize("text_size", [1.5, 2.0])
def test_it_fits_1024x768_in_larger_text(qtbot, code: str, text_size: float) -> None:
    """The longest state (a wrong answer) at ×1.5 and ×2 on the smallest screen: the card
    takes the whole width and Unlock goes beside the field."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    languages = Languages(app)
    try:
        languages.set_language(code)
        lock = LockScreen()
        qtbot.addWidget(lock)
        lock.apply_look(text_size, code == "nl")  # high contrast too, in Dutch
        away = AwayScreen(lock)
        away.reset(59 * 60 + 39, 9 * 60 + 56)
        away.show_wrong(MAX_FAILURES - 1)
        away.place(windowed=True)
        qtbot.waitExposed(away)
        away.resize(1024, 768)
        qtbot.waitUntil(lambda: away.size().toTuple() == (1024, 768))
        QApplication.sendPostedEvents()
        away.layout().activate()
        assert away.minimumSizeHint().width() <= 1024
        assert clipped(away) == []
        assert away.card.geometry().bottom() < 768
    finally:
        languages.close()
