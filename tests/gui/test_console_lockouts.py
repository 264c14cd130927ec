"""The console's Lockouts dialog against the real server: staff see who is held back after
too many wrong PINs (cards masked) and lift a limit; the Visitors page opens it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt

from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.http import ApiError
from tests.helpers.desk_world import (
    TIMEOUT_MS,
    Seed,
    Staff,
    Visitor,
    World,
    page_context,
    world_fixture,
)
from ui.console.visitors.lockouts import LockoutsDialog, wait_text
from ui.console.visitors.view import VisitorsView

NOW = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)
CARD, PIN = "2000123456781234", "4321"

SEED = Seed(
    sites=("Riches Claires", "Laeken"),
    stations=(("RC-01", "Riches Claires"), ("LK-01", "Laeken")),
    staff=(Staff("desk", sites=("Riches Claires",)), Staff("boss", "admin")),
    visitors=(Visitor(CARD, "Alice Dupont", pin=PIN),),
)


def guess_pins(world: World, station: str, card: str = CARD) -> None:
    client = world.station(station)
    for _ in range(5):
        with pytest.raises(ApiError):
            client.sign_in(card, "0000")


world = world_fixture(SEED, clock=lambda: NOW)


@pytest.fixture
def dialog(qtbot: Any, world: World) -> Iterator[LockoutsDialog]:
    guess_pins(world, "RC-01")
    with page_context(world, "desk") as context:
        dialog = LockoutsDialog(context)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.loaded, timeout=TIMEOUT_MS)
        yield dialog


def shown(dialog: LockoutsDialog) -> list[tuple[str, str, str]]:
    table = dialog.table
    return [
        tuple(table.item(row, column).text() for column in range(3))  # type: ignore[misc]
        for row in range(table.rowCount())
    ]


def test_wait_is_minutes_and_seconds() -> None:
    assert (wait_text(900), wait_text(15), wait_text(0)) == ("15 min", "15 s", "—")


def test_staff_see_the_cards_held_back_masked(dialog: LockoutsDialog) -> None:
    assert shown(dialog) == [
        ("Card ••••1234 on computer RC-01", "5", "15 min"),
        ("Card ••••1234 on every computer (slowed down)", "5", "15 s"),
    ]
    assert CARD not in repr(shown(dialog))
    assert dialog.clear_button.isEnabled()


def test_lifting_a_limit_lets_the_card_in_and_is_audited(
    qtbot: Any, dialog: LockoutsDialog, world: World
) -> None:
    station = world.station("RC-01")
    with pytest.raises(ApiError) as held:
        station.sign_in(CARD, PIN)
    assert held.value.code == ErrorCode.LOCKED_OUT
    for _ in range(2):
        dialog.table.selectRow(0)
        qtbot.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.status.text().startswith("Lifted:"), timeout=TIMEOUT_MS)
        qtbot.waitUntil(lambda: not dialog.loading, timeout=TIMEOUT_MS)
    assert dialog.results.currentWidget() is dialog.empty
    assert dialog.empty.text() == "Nobody is held back now."
    assert station.sign_in(CARD, PIN).granted_seconds > 0
    audit = world.query(
        "SELECT s.username FROM audit a JOIN staff s ON s.id = a.staff_id"
        " WHERE a.action = 'lockout.clear'"
    )
    assert [row["username"] for row in audit] == ["desk", "desk"]


def test_another_sites_computer_is_not_shown_to_staff(
    qtbot: Any, world: World, dialog: LockoutsDialog
) -> None:
    guess_pins(world, "LK-01", "3000999988887777")  # at Laeken, a card nobody has
    qtbot.mouseClick(dialog.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=TIMEOUT_MS)
    assert sorted(who for who, _, _ in shown(dialog)) == [
        "Card ••••1234 on computer RC-01",
        "Card ••••1234 on every computer (slowed down)",
        "Card ••••7777 on every computer (slowed down)",
    ]
    assert len(world.query("SELECT * FROM lockouts WHERE kind = 'visitor_pin'")) == 2


def test_the_visitors_page_opens_the_dialog(
    qtbot: Any, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Any] = []
    monkeypatch.setattr(
        LockoutsDialog, "open_for", classmethod(lambda cls, context, parent: opened.append(parent))
    )
    with page_context(world, "desk") as context:
        view = VisitorsView(context)
        qtbot.addWidget(view)
        view.show()
        assert view.lockouts_button.text() == "Lockouts…"
        qtbot.mouseClick(view.lockouts_button, Qt.MouseButton.LeftButton)
        assert opened == [view]


def test_the_buttons_follow_a_language_switch(qtbot: Any, world: World, qapp: Any) -> None:
    """Qt's standard Close button went back to Qt's own English on a switch (ui/console/
    list_dialog.py: an ordinary button now, said by the dialog in each language)."""
    from PySide6.QtWidgets import QApplication

    from ui.i18n import Languages

    app = QApplication.instance()
    assert app is not None
    langs = Languages(app, "fr")
    try:
        with page_context(world, "desk") as context:
            dialog = LockoutsDialog(context)
            qtbot.addWidget(dialog)
            qtbot.waitUntil(lambda: dialog.loaded, timeout=TIMEOUT_MS)
            box = dialog.buttons
            [close] = [b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.RejectRole]
            assert (close.text(), dialog.refresh_button.text()) == ("Fermer", "Actualiser")
            langs.set_language("nl")
            assert (close.text(), dialog.refresh_button.text()) == (
                "Sluiten",
                "Vernieuwen",
            )
            assert dialog.windowTitle() != "Lockouts"
    finally:
        langs.close()
