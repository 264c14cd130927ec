"""A visitor's rights and retention in the console, against the real server: export (JSON and
PDF, saved and read back), erasure (admins, a typed confirmation, a receipt; refused in
session), and the Retention dialog (periods, last run, accounts to be deleted soon)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from admin.privacy.retention import RetentionJob
from admin.privacy.settings import Retention
from kiosk.protocol.http import ApiError
from tests.helpers.desk_world import (
    TIMEOUT_MS,
    Seed,
    Staff,
    Visitor,
    World,
    answers,
    page_context,
    world_fixture,
)
from ui.console.context import ConsoleContext
from ui.console.dialogs import FileDialog
from ui.console.refusals import visitor_refusal_text
from ui.console.visitors.privacy import (
    EraseDialog,
    ExportChoice,
    ExportDialog,
    ReceiptDialog,
    SavedDialog,
)
from ui.console.visitors.retention import RetentionDialog
from ui.console.visitors.view import VisitorsView

NOW = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)

SEED = Seed(
    sites=("Riches Claires",),
    stations=(("RC-01", "Riches Claires"),),
    staff=(Staff("desk", sites=("Riches Claires",)), Staff("boss", "admin")),
    visitors=(
        Visitor("1001", "Alice Dupont"),
        Visitor("1002", "Bob Martin"),
        Visitor("3003", "Chloé Janssens"),
        Visitor("4004", "Denis Lambert"),
    ),
)


def prepare(world: World) -> None:
    """Alice has an ended session; Chloé was last seen 11 months and 2 weeks ago (deleted
    within a month); Denis 13 months ago, erased by a run of the job before the server starts."""
    station = world.query("SELECT id FROM stations WHERE name = 'RC-01'")[0]["id"]
    started = NOW - timedelta(days=1)
    world.execute(
        "INSERT INTO sessions (id, station_id, visitor_id, state, started_at, ended_at,"
        " granted_seconds, used_seconds, remaining_seconds, end_reason, day)"
        " VALUES ('s-alice', ?, ?, 'ended', ?, ?, 3600, 1800, 0, 'visitor', ?)",
        [
            station,
            world.visitor_ids["1001"],
            started.isoformat(),
            (started + timedelta(minutes=30)).isoformat(),
            started.date().isoformat(),
        ],
    )
    for identifier, days in (("3003", 350), ("4004", 400)):
        world.execute(
            "UPDATE visitors SET created_at = ? WHERE identifier = ?",
            [(NOW - timedelta(days=days)).isoformat(), identifier],
        )
    RetentionJob(world.store, Retention(), lambda: NOW, pause=0).run()


world = world_fixture(SEED, prepare=prepare, clock=lambda: NOW)


def open_page(qtbot: Any, context: ConsoleContext) -> VisitorsView:
    view = VisitorsView(context)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=TIMEOUT_MS)
    return view


@pytest.fixture
def admin_page(qtbot: Any, world: World) -> Iterator[tuple[VisitorsView, ConsoleContext]]:
    with page_context(world, "boss") as context:
        yield open_page(qtbot, context), context


@pytest.fixture
def desk_page(qtbot: Any, world: World) -> Iterator[tuple[VisitorsView, ConsoleContext]]:
    with page_context(world, "desk") as context:
        yield open_page(qtbot, context), context


def sessions(world: World) -> int:
    return world.query("SELECT COUNT(*) AS n FROM sessions")[0]["n"]


@pytest.mark.parametrize("kind", ["json", "pdf"])
def test_export_saves_the_visitors_data(
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    desk_page: tuple[VisitorsView, ConsoleContext],
    kind: str,
) -> None:
    view, context = desk_page
    target = tmp_path / f"alice.{kind}"
    answers(monkeypatch, ExportDialog, ExportChoice(kind, "fr"))
    asked: list[tuple[Any, ...]] = []
    monkeypatch.setattr(FileDialog, "ask_save", lambda *args: asked.append(args) or str(target))
    saved = answers(monkeypatch, SavedDialog, False)
    assert view.select_visitor("1001")
    view.details.data_button.click()
    qtbot.waitUntil(lambda: bool(saved), timeout=TIMEOUT_MS)
    assert asked[0][2] == f"visitor-1001-2026-11-25{'-fr' if kind == 'pdf' else ''}.{kind}"
    assert saved == [(str(target),)]
    assert str(target) in context.message()
    if kind == "json":
        data = json.loads(target.read_text(encoding="utf-8"))
        assert data["visitor"]["identifier"] == "1001"
        assert any(row["id"] == "s-alice" for row in data["tables"]["sessions"])
    else:
        text = "".join(page.extract_text() for page in PdfReader(target).pages)
        assert "1001" in text and "Alice Dupont" in text


def test_erase_needs_the_card_number_typed(qtbot: Any) -> None:
    from kiosk.protocol.people import VisitorDetail

    visitor = VisitorDetail.model_validate(
        {
            "identifier": "1001",
            "display_name": "Alice",
            "category": "adult",
            "enabled": True,
            "has_pin": False,
            "created_at": NOW.isoformat(),
        }
    )
    dialog = EraseDialog(None, visitor)
    qtbot.addWidget(dialog)
    assert not dialog.erase_button.isEnabled()
    qtbot.keyClicks(dialog.card_edit, "100")
    assert not dialog.erase_button.isEnabled()
    qtbot.keyClicks(dialog.card_edit, "1")
    assert dialog.erase_button.isEnabled()
    assert "cannot be undone" in dialog.explanation.text()


def test_admin_erases_a_visitor_and_the_sessions_still_count(
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    world: World,
    admin_page: tuple[VisitorsView, ConsoleContext],
) -> None:
    view, context = admin_page
    before = sessions(world)
    confirmed = answers(monkeypatch, EraseDialog, True)
    receipts = answers(monkeypatch, ReceiptDialog, None)
    assert view.select_visitor("1001")
    assert not view.details.erase_button.isHidden()
    view.details.erase_button.click()
    qtbot.waitUntil(lambda: bool(receipts), timeout=TIMEOUT_MS)
    assert confirmed[0][0].identifier == "1001"
    receipt = world.query("SELECT MAX(id) AS id FROM audit")[0]["id"]
    assert f"Receipt number: {receipt}" in receipts[0][0]
    assert context.message() == receipts[0][0]
    assert "1001" not in [v.identifier for v in view.model.visitors()]
    assert view.details.visitor is None
    assert world.query("SELECT * FROM visitors WHERE identifier = '1001'") == []
    assert sessions(world) == before


def test_erase_in_session_is_refused_with_a_sentence(
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    world: World,
    admin_page: tuple[VisitorsView, ConsoleContext],
) -> None:
    view, context = admin_page
    world.sign_in("RC-01", "1002")
    answers(monkeypatch, EraseDialog, True)
    answers(monkeypatch, ReceiptDialog)  # none expected
    assert view.select_visitor("1002")
    view.details.erase_button.click()
    qtbot.waitUntil(lambda: context.message_is_error, timeout=TIMEOUT_MS)
    assert context.message() == "This visitor is in a session: erase after it ends."
    assert context.message_is_error
    assert "1002" in [v.identifier for v in view.model.visitors()]
    assert world.query("SELECT id FROM visitors WHERE identifier = '1002'")


def test_staff_cannot_erase(
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    world: World,
    desk_page: tuple[VisitorsView, ConsoleContext],
) -> None:
    view, context = desk_page
    answers(monkeypatch, EraseDialog)  # never asked
    assert view.select_visitor("1001")
    assert view.details.erase_button.isHidden()
    assert not view.details.data_button.isHidden()
    view.erase_selected()
    with pytest.raises(ApiError) as refused:
        context.client.erase_visitor("1001")
    assert visitor_refusal_text(refused.value) == (
        "Only an administrator may erase a visitor's account."
    )
    assert world.query("SELECT id FROM visitors WHERE identifier = '1001'")


def test_unknown_visitor_is_said_in_a_sentence(
    world: World, desk_page: tuple[VisitorsView, ConsoleContext]
) -> None:
    _view, context = desk_page
    with pytest.raises(ApiError) as refused:
        context.client.visitor_data("no-such-card")
    assert visitor_refusal_text(refused.value) == (
        "The server has no account with this card number any more: search again."
    )


def test_retention_shows_periods_last_run_and_upcoming(
    qtbot: Any, world: World, admin_page: tuple[VisitorsView, ConsoleContext]
) -> None:
    _view, context = admin_page
    dialog = RetentionDialog(context)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded and dialog.runs_loaded, timeout=TIMEOUT_MS)
    periods = dialog.periods.text()
    assert "after 12 month(s)" in periods and "After 24 month(s)" in periods
    assert "kept 60 month(s)" in periods
    assert "1 account(s) deleted" in dialog.run_label.text()
    cards = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert cards == ["3003"]
    assert dialog.table.item(0, 1).text() == "Chloé Janssens"
    assert "counts as use" in dialog.intro.text()


def test_staff_see_retention_without_the_runs(
    qtbot: Any, desk_page: tuple[VisitorsView, ConsoleContext]
) -> None:
    _view, context = desk_page
    dialog = RetentionDialog(context)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=TIMEOUT_MS)
    assert dialog.table.rowCount() == 1
    assert "administrators see its last run" in dialog.run_label.text()
