"""The console window around the pages: site scope, navigation, reconnecting, re-login."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from admin.store import Store
from kiosk.protocol import SiteSummary
from tests.helpers.liveserver import add_site, add_staff, add_station, running_server
from ui.console.app import ConsoleProgram, build_console
from ui.console.login import LoginDialog
from ui.console.room import RoomView
from ui.console.visitors import VisitorsView

PASSWORD = "desk-password-1"
TIMEOUT_MS = 5000


class FakeLanguages:
    def __init__(self) -> None:
        self.current = "en"

    def set_language(self, language: str) -> None:
        self.current = language


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, Path, ExitStack]]:
    db = tmp_path / "epn.db"
    for name in ("EPN Laeken", "EPN Haren", "Bibliothèque Riches Claires"):
        add_site(db, name)
    add_station(db, "LAE-01", site="EPN Laeken")
    add_staff(db, "admin", PASSWORD, role="admin")
    add_staff(db, "laeken", PASSWORD, role="staff", sites=["EPN Laeken"])
    add_staff(db, "north", PASSWORD, role="staff", sites=["EPN Laeken", "EPN Haren"])
    stack = ExitStack()
    url = stack.enter_context(running_server(db))
    with stack:
        yield url, db, stack


def open_console(qapp, url: str, username: str) -> ConsoleProgram:
    program = build_console(
        qapp, server_url=url, languages=FakeLanguages(), username=username, password=PASSWORD
    )
    assert program is not None
    return program


@pytest.fixture
def console_of(qapp, server) -> Iterator:
    programs: list[ConsoleProgram] = []

    def make(username: str) -> ConsoleProgram:
        programs.append(open_console(qapp, server[0], username))
        return programs[-1]

    yield make
    for program in programs:
        program.close()


def choices(program: ConsoleProgram) -> list[str]:
    combo = program.window.site_combo
    return [combo.itemText(i) for i in range(combo.count())]


def test_admin_chooses_among_all_sites(qtbot, console_of) -> None:
    program = console_of("admin")
    qtbot.waitUntil(lambda: len(choices(program)) == 4, timeout=TIMEOUT_MS)
    assert choices(program) == [
        "All sites",
        "Bibliothèque Riches Claires",
        "EPN Haren",
        "EPN Laeken",
    ]
    assert program.context.site_id is None
    program.window.site_combo.setCurrentIndex(2)
    assert program.context.site_name(program.context.site_id) == "EPN Haren"


def test_staff_see_only_their_own_sites(qtbot, console_of) -> None:
    one = console_of("laeken")
    qtbot.waitUntil(lambda: choices(one) == ["EPN Laeken"], timeout=TIMEOUT_MS)
    # A single site: it is the scope, no "all" entry to choose.
    assert one.context.site_name(one.context.site_id) == "EPN Laeken"
    two = console_of("north")
    qtbot.waitUntil(lambda: len(choices(two)) == 3, timeout=TIMEOUT_MS)
    assert choices(two) == ["All my sites", "EPN Haren", "EPN Laeken"]


def test_scope_change_refreshes_the_visible_page(
    qtbot, console_of, monkeypatch: pytest.MonkeyPatch
) -> None:
    program = console_of("admin")
    qtbot.waitUntil(lambda: len(choices(program)) == 4, timeout=TIMEOUT_MS)
    refreshed: list[str] = []
    monkeypatch.setattr(RoomView, "refresh", lambda self: refreshed.append("room"))
    program.window.show_view(0)
    program.window.site_combo.setCurrentIndex(3)
    assert refreshed == ["room"]


def test_ctrl_digit_opens_a_page(qtbot, console_of) -> None:
    program = console_of("admin")
    window = program.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT_MS)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.current_view(), VisitorsView)
    assert window.navigation.currentRow() == 1
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.current_view(), RoomView)
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert len(titles) == len(window.views) == 8
    assert all(titles)


def test_banner_says_reconnecting_when_the_server_stops(qtbot, server, console_of) -> None:
    program = console_of("admin")
    window = program.window
    qtbot.waitUntil(lambda: window.connection_label.text() == "Live", timeout=TIMEOUT_MS)
    assert window.banner.isHidden()
    server[2].close()
    qtbot.waitUntil(lambda: not window.banner.isHidden(), timeout=TIMEOUT_MS)
    assert window.banner.text().startswith("The server cannot be reached. Reconnecting…")
    assert window.connection_label.text() == "Reconnecting…"


def test_a_call_refused_for_an_expired_sign_in_runs_again_after_signing_in(
    qtbot, server, console_of, monkeypatch: pytest.MonkeyPatch
) -> None:
    program = console_of("admin")
    window = program.window
    qtbot.waitUntil(lambda: window.connection_label.text() == "Live", timeout=TIMEOUT_MS)
    window.show_view(1)
    asked: list[str] = []

    def ask(parent, server_url, client, tasks, username="", password=""):
        asked.append(username)
        return client.login(username, PASSWORD)

    monkeypatch.setattr(LoginDialog, "ask", ask)
    store = Store(server[1])
    try:
        store.write(lambda db: db.execute("DELETE FROM staff_tokens"))
    finally:
        store.close()
    results: list[list[SiteSummary]] = []
    program.context.run(program.client.sites, results.append)
    qtbot.waitUntil(lambda: len(results) == 1, timeout=TIMEOUT_MS)
    assert asked == ["admin"]
    assert len(results[0]) == 3  # the refused call ran again with the new token
    assert isinstance(window.current_view(), VisitorsView)  # the window kept its page
    assert window.isVisible()


def test_cancelled_re_sign_in_closes_the_window(
    qtbot, server, console_of, monkeypatch: pytest.MonkeyPatch
) -> None:
    program = console_of("admin")
    monkeypatch.setattr(LoginDialog, "ask", lambda *args, **kwargs: None)
    program.context.expire()
    assert not program.window.isVisible()
