"""The console window around the pages: site scope, navigation, reconnecting, re-login."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kiosk.protocol.sites import SiteSummary
from tests.helpers.desk_world import (
    PASSWORD,
    TIMEOUT_MS,
    Seed,
    Staff,
    World,
    console_of,
    world_fixture,
)
from ui.console.app import ConsoleProgram
from ui.console.dialogs import ConfirmDialog
from ui.console.login import LoginDialog
from ui.console.room.view import RoomView
from ui.console.shortcuts import ShortcutsDialog
from ui.console.sites.view import SitesView
from ui.console.visitors.view import VisitorsView

#: Three sites; admin, laeken (Laeken) and north (Laeken and Haren).
SHELL = Seed(
    sites=("EPN Laeken", "EPN Haren", "Bibliothèque Riches Claires"),
    stations=(("LAE-01", "EPN Laeken"),),
    staff=(
        Staff("admin", "admin"),
        Staff("laeken", sites=("EPN Laeken",)),
        Staff("north", sites=("EPN Laeken", "EPN Haren")),
    ),
)

world = world_fixture(SHELL)
#: The shared fixtures (tests/helpers/desk_world.py), used by name below.
FIXTURES = (console_of,)


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
    assert len(titles) == len(window.views) == 10
    assert all(titles)
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.navigation.currentRow() == 9  # the tenth page: Ctrl+0


def test_the_status_line_is_cleared_on_another_page(qtbot, console_of) -> None:
    window = console_of("admin").window
    window.show_view(0)
    window.context.show_message(lambda: "3 ticket(s) created")
    assert window.message_text == "3 ticket(s) created"
    window.show_view(3)
    assert window.message_text == ""


def test_banner_says_reconnecting_when_the_server_stops(qtbot, world: World, console_of) -> None:
    program = console_of("admin")
    window = program.window
    qtbot.waitUntil(lambda: window.connection_label.text() == "Live", timeout=TIMEOUT_MS)
    assert window.banner.isHidden()
    world.stop_server()
    qtbot.waitUntil(lambda: not window.banner.isHidden(), timeout=TIMEOUT_MS)
    assert window.banner.text().startswith("The server cannot be reached. Reconnecting…")
    assert window.connection_label.text() == "Reconnecting…"


def test_a_call_refused_for_an_expired_sign_in_runs_again_after_signing_in(
    qtbot, world: World, console_of, monkeypatch: pytest.MonkeyPatch
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
    world.execute("DELETE FROM staff_tokens")
    results: list[list[SiteSummary]] = []
    program.context.run(program.client.sites, results.append)
    qtbot.waitUntil(lambda: len(results) == 1, timeout=TIMEOUT_MS)
    assert asked == ["admin"]
    assert len(results[0]) == 3  # the refused call ran again with the new token
    assert isinstance(window.current_view(), VisitorsView)  # the window kept its page
    assert window.isVisible()


def test_cancelled_re_sign_in_closes_the_window(
    qtbot, world: World, console_of, monkeypatch: pytest.MonkeyPatch
) -> None:
    program = console_of("admin")
    monkeypatch.setattr(LoginDialog, "ask", lambda *args, **kwargs: None)
    program.context.expire()
    assert not program.window.isVisible()


def test_f1_lists_the_shortcuts_of_the_window_and_the_page(
    qtbot, console_of, monkeypatch: pytest.MonkeyPatch
) -> None:
    program = console_of("admin")
    window = program.window
    shown: list[list[tuple[str, str]]] = []
    monkeypatch.setattr(ShortcutsDialog, "ask", lambda parent, rows: shown.append(rows))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT_MS)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert len(shown) == 1
    rows = dict(shown[0])
    assert rows["Room"] == "Ctrl+1"
    assert rows["Visitors"] == "Ctrl+2"
    assert rows["Refresh"] == "F5"
    assert rows["Quit"] == "Ctrl+Q"
    assert rows["Keyboard shortcuts"] == "F1"
    # the room's own buttons too
    assert any(keys == "Ctrl+E" for keys in rows.values())


def test_closing_with_unsaved_changes_asks_first(
    qtbot, console_of, monkeypatch: pytest.MonkeyPatch
) -> None:
    program = console_of("admin")
    window = program.window
    questions: list[str] = []
    answer = False

    def ask(parent, text: str) -> bool:
        questions.append(text)
        return answer

    monkeypatch.setattr(ConfirmDialog, "ask", ask)
    monkeypatch.setattr(SitesView, "has_unsaved_changes", lambda self: True)
    window.close()
    assert questions == ["Changes in Sites are not saved. Close the console and lose them?"]
    assert window.isVisible()  # said no: the console stays
    answer = True
    window.close()
    assert not window.isVisible()


def test_shutting_down_asks_nothing(qtbot, console_of, monkeypatch: pytest.MonkeyPatch) -> None:
    program = console_of("admin")
    monkeypatch.setattr(ConfirmDialog, "ask", lambda *args: pytest.fail("asked"))
    monkeypatch.setattr(SitesView, "has_unsaved_changes", lambda self: True)
    program.close()
    assert not program.window.isVisible()
