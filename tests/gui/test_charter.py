"""The site's rules after sign-in, and refusals that say what to do, against a real server."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from admin.db.store import Store
from admin.directory import Directory
from admin.sites.settings import SiteService
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.http import ApiError, ServerUnreachable
from tests.helpers.clock import BRUSSELS
from tests.helpers.kiosk_gui import (
    NO_PIN,
    SITE,
    KioskProgram,
    Server,
    clipped,
    session_row,
    sign_in,
)
from ui.checks import check_window
from ui.i18n import Languages
from ui.kiosk.charter import CharterScreen, rules_html
from ui.kiosk.lock_screen import LockScreen
from ui.kiosk.messages import charter_refused_text, error_text, when_text
from ui.theme import kiosk_style

RULES = {
    "fr": "Respectez le matériel.\n\nPas de nourriture ni de boisson.",
    "nl": "Respecteer het materiaal.\n\nGeen eten of drinken.",
    "en": "Take care of the computers.\n\nNo food or drinks.",
}


def set_rules(store: Store, required: bool | None = None) -> None:
    sites = SiteService(store)
    for language, text in RULES.items():
        sites.set_text(SITE, "charter", language, text)
    sites.set_charter_required(SITE, required)


def acceptances(store: Store) -> list[dict[str, Any]]:
    return store.read(lambda db: list(db.query("SELECT * FROM charter_acceptances")))


def test_refusing_the_rules_ends_the_session_and_says_why(
    qtbot,
    kiosk: KioskProgram,
    server: Server,
) -> None:
    set_rules(server.store)
    charter = kiosk.controller.charter_screen
    sign_in(qtbot, kiosk, NO_PIN)
    qtbot.waitUntil(charter.isVisible)
    assert not kiosk.session_bar.isVisible()
    assert charter.rules_text.startswith("Respectez le matériel.")  # French: the default
    assert charter.language_buttons["fr"].isChecked()
    assert session_row(server.store)["state"] == "active"  # the server opened it already

    qtbot.mouseClick(charter.refuse_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.lock_screen.message_text == charter_refused_text())
    assert not charter.isVisible()
    assert kiosk.lock_screen.isVisible()
    assert not kiosk.session_bar.isVisible()
    qtbot.waitUntil(lambda: session_row(server.store).get("state") == "ended", timeout=10000)
    assert session_row(server.store)["end_reason"] == "visitor"
    assert acceptances(server.store) == []


@pytest.mark.calendar
def test_accepting_by_keyboard_opens_the_session_and_is_asked_once_a_day(
    qtbot,
    kiosk: KioskProgram,
    server: Server,
) -> None:
    set_rules(server.store)
    charter = kiosk.controller.charter_screen
    sign_in(qtbot, kiosk, NO_PIN)
    qtbot.waitUntil(charter.isVisible)
    # keyboard: the rules have the focus (arrows scroll them), Tab reaches "refuse", "accept"
    qtbot.waitUntil(charter.text.hasFocus)
    qtbot.keyClick(charter.text, Qt.Key.Key_Tab)
    assert charter.refuse_button.hasFocus()
    qtbot.keyClick(charter.refuse_button, Qt.Key.Key_Tab)
    assert charter.accept_button.hasFocus()

    qtbot.mouseClick(charter.language_buttons["nl"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: charter.rules_text.startswith("Respecteer het materiaal."))
    assert kiosk.controller.languages.current == "nl"  # the whole program follows
    qtbot.mouseClick(charter.language_buttons["en"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: charter.accept_button.text() == "I accept the rules")
    assert charter.rules_text.startswith("Take care of the computers.")
    charter.accept_button.setFocus()
    qtbot.keyClick(charter.accept_button, Qt.Key.Key_Space)

    qtbot.waitUntil(kiosk.session_bar.isVisible)
    assert not charter.isVisible()
    qtbot.waitUntil(lambda: len(acceptances(server.store)) == 1, timeout=10000)
    assert acceptances(server.store)[0]["session_id"] == session_row(server.store)["id"]

    # the same day, the next session opens straight away
    assert kiosk.agent.end_session()
    qtbot.waitUntil(kiosk.lock_screen.isVisible)
    sign_in(qtbot, kiosk, NO_PIN)
    qtbot.waitUntil(kiosk.session_bar.isVisible)
    assert not charter.isVisible()


def test_no_rules_to_accept_when_the_site_turned_them_off(
    qtbot,
    kiosk: KioskProgram,
    server: Server,
) -> None:
    set_rules(server.store, required=False)
    sign_in(qtbot, kiosk, NO_PIN)
    qtbot.waitUntil(kiosk.session_bar.isVisible)
    assert not kiosk.controller.charter_screen.isVisible()


def test_every_control_has_a_name(qtbot) -> None:
    screen = CharterScreen()
    qtbot.addWidget(screen)
    screen.show_charter({"fr": RULES["fr"]}, "nl")
    buttons = screen.findChildren(QAbstractButton)
    assert len(buttons) == 5  # three languages, refuse, accept
    assert all(button.accessibleName() for button in buttons)
    assert screen.text.accessibleName()
    # no Dutch text: the French one, and a word saying why
    assert screen.shown_language == "fr"
    assert screen.rules_text.startswith("Respectez le matériel.")
    assert "not written in your language" in screen.hint.text()


def test_rules_are_text_not_markup() -> None:
    shown = rules_html('<img src="http://x/y.png"> <a href="http://x">x</a>\n\nsecond')
    assert "<img" not in shown and "<a " not in shown
    assert "&lt;img" in shown and shown.count("<p ") == 2


# --- refusals through the controller ------------------------------------------------------


@pytest.mark.parametrize(
    ("error", "figure"),
    [
        pytest.param(
            ApiError(ErrorCode.CLOSED, "", 403, {"opens_at": "2030-01-07T12:30:00Z"}),
            "13:30",
            marks=pytest.mark.calendar,
        ),
        (ApiError(ErrorCode.NO_TIME_LEFT, "", 403, {"back_at": "2030-01-08T08:00:00Z"}), "9:00"),
        (ApiError(ErrorCode.LOCKED_OUT, "", 429, {"retry_after_seconds": 700}), "12 minutes"),
        (ApiError(ErrorCode.SIGNED_IN_ELSEWHERE, "", 409, {"station": "LK-09"}), "LK-09"),
        (ApiError(ErrorCode.ACCOUNT_DISABLED, "", 403, {"until": "2030-01-07"}), "8 January"),
        (ApiError(ErrorCode.TICKET_INVALID, "", 403, {"reason": "used"}), "already used"),
        (ApiError(ErrorCode.OFFLINE, "", 403), "cannot be reached"),
        (ApiError(ErrorCode.STATION_DISABLED, "", 403), "out of order"),
        (ApiError(ErrorCode.BAD_CREDENTIALS, "", 401), "not recognised"),
        (ServerUnreachable("down"), "cannot be reached"),
    ],
    ids=lambda value: getattr(value, "code", type(value).__name__) if value else "",
)
def test_each_refusal_shows_its_sentence(
    qtbot,
    kiosk: KioskProgram,
    server: Server,
    monkeypatch: pytest.MonkeyPatch,
    error: Exception,
    figure: str,
) -> None:
    def refuse(identifier: str, pin: str | None = None, preferences: object = None) -> None:
        raise error

    monkeypatch.setattr(kiosk.agent, "sign_in", refuse)
    qtbot.mouseClick(kiosk.lock_screen.language_buttons["en"], Qt.MouseButton.LeftButton)
    sign_in(qtbot, kiosk, NO_PIN)
    # the sentence for the site's timezone, which the station learned from the server
    expected = error_text(error, timezone="Europe/Brussels", now=server.clock())
    qtbot.waitUntil(lambda: kiosk.lock_screen.message_text == expected)
    assert figure in expected
    assert kiosk.lock_screen.isVisible() and not kiosk.session_bar.isVisible()


@pytest.mark.calendar
def test_no_time_left_from_the_server(
    qtbot,
    kiosk: KioskProgram,
    server: Server,
) -> None:
    Directory(server.store).set_policy("*", session_minutes=60, daily_minutes=0, weekly_minutes=0)
    qtbot.mouseClick(kiosk.lock_screen.language_buttons["en"], Qt.MouseButton.LeftButton)
    sign_in(qtbot, kiosk, NO_PIN)
    # open around the clock: the time comes back at midnight next Monday (weekly is 0), said
    # from the day it is in the site's zone ("tomorrow" on a Sunday, "on Monday" otherwise)
    now = server.clock.local(BRUSSELS)
    monday = now.date() + timedelta(days=7 - now.weekday())
    back = datetime(monday.year, monday.month, monday.day, tzinfo=BRUSSELS)
    expected = "Your computer time for this week is used up. It comes back %1.".replace(
        "%1", when_text(back, now)
    )
    qtbot.waitUntil(lambda: kiosk.lock_screen.message_text == expected)


@pytest.mark.parametrize(("text_size", "contrast"), [(1.0, False), (2.0, False), (1.0, True)])
def test_the_focused_charter_text_shows_a_ring_in_each_look(
    qtbot, text_size: float, contrast: bool
) -> None:
    # the arrows scroll the rules once the text has the focus: nothing showed it had
    lock = QWidget()
    qtbot.addWidget(lock)
    lock.setStyleSheet(kiosk_style(text_size, contrast))
    charter = CharterScreen(lock)
    charter.resize(1280, 800)
    charter.show_charter(RULES, "fr")
    charter.show()
    charter.activateWindow()
    charter.text.setFocus()
    qtbot.waitUntil(charter.text.hasFocus)

    assert check_window(charter, checks=("focus",)) == []


@pytest.mark.parametrize("code", ["fr", "nl", "en"])
@pytest.mark.parametrize("text_size", [1.5, 2.0])
def test_long_rules_scroll_and_the_buttons_fit_1024x768_in_larger_text(
    qtbot, languages: Languages, code: str, text_size: float
) -> None:
    """The screen follows the lock screen's look: at ×1.5 and ×2 on the smallest screen its
    buttons fit (one under the other) and long rules scroll with a scroll bar in reach."""
    languages.set_language(code)
    lock = LockScreen()
    qtbot.addWidget(lock)
    lock.apply_look(text_size, False)
    charter = CharterScreen(lock)
    rule = "Respectez les autres visiteurs, le matériel et le calme de la salle."
    charter.show_charter({code: "\n\n".join([rule] * 20)}, code)
    charter.present(windowed=True)
    qtbot.waitExposed(charter)
    charter.resize(1024, 768)
    qtbot.waitUntil(lambda: charter.size().toTuple() == (1024, 768))
    QApplication.sendPostedEvents()
    charter.layout().activate()
    assert charter.minimumSizeHint().width() <= 1024
    assert clipped(charter) == []
    bar = charter.text.verticalScrollBar()
    assert bar.isVisible() and bar.maximum() > 0  # the rules scroll, by mouse too
    inside = QRect(QPoint(0, 0), charter.size())
    assert inside.contains(QRect(bar.mapTo(charter, QPoint(0, 0)), bar.size()))
    assert charter.text.height() >= 3 * charter.text.fontMetrics().lineSpacing()
