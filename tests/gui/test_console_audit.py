"""The audit log page against the real server: sentences, filters, scope, load more, CSV."""

from __future__ import annotations

import csv
from datetime import timedelta
from pathlib import Path

import pytest

from admin.core import audit
from admin.core.timeutil import to_iso
from tests.helpers.csv_cells import DANGEROUS, assert_neutralised
from tests.helpers.desk_world import (
    CITY,
    ESPACE_S,
    RICHES_CLAIRES,
    TIMEOUT_MS,
    World,
    console_of,
    world_fixture,
)
from ui.console.app import ConsoleProgram
from ui.console.audit.view import PAGE, AuditView
from ui.console.dialogs import FileDialog

WHEN, WHO, ACTION, TARGET, SITE, DETAILS = range(6)


world = world_fixture(CITY)
#: The shared fixtures (tests/helpers/desk_world.py), used by name below.
FIXTURES = (console_of,)


def audit_view(qtbot, program: ConsoleProgram) -> AuditView:
    window = program.window
    view = window.view(AuditView)
    assert isinstance(view, AuditView)
    window.show_view(window.views.index(view))
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=TIMEOUT_MS)
    return view


def shown(view: AuditView, column: int) -> list[str]:
    return [view.proxy.index(row, column).data() for row in range(view.proxy.rowCount())]


def actions(view: AuditView) -> list[str]:
    return [e.action for e in view.shown_entries()]


def choose(combo, data: str | None) -> None:
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def add_entries(world: World, count: int, *, action: str = "future.thing") -> None:
    """Audit rows written as the server writes them, one second apart, some at one instant."""
    start = world.clock() - timedelta(hours=1)

    def write(db) -> None:
        for n in range(count):
            at = start + timedelta(seconds=n // 3)  # three entries share each instant
            audit.record(
                db, at=to_iso(at), staff_id=None, action=action, target=f"station:X-{n:03d}"
            )

    world.store.write(write)


@pytest.mark.calendar
def test_actions_through_the_api_read_as_sentences(qtbot, world: World, console_of) -> None:
    world.station("RC-01").sign_in("1001")
    chef = world.client("chef")
    chef.extend("RC-01", 15)
    chef.create_tickets(ESPACE_S, 4, 30)
    add_entries(world, 1, action="future.thing")
    view = audit_view(qtbot, console_of("chef"))

    rows = list(zip(shown(view, WHO), shown(view, ACTION), shown(view, DETAILS), strict=True))
    assert ("chef", "Extended a session", "15 minute(s) added") in rows
    assert ("chef", "Created guest tickets", "4 ticket(s) of 30 min") in rows
    assert ("system", "future.thing", "") in rows  # unknown to the console: shown raw
    extend = actions(view).index("command.extend")
    assert shown(view, TARGET)[extend] == "Computer RC-01"
    assert shown(view, SITE)[extend] == RICHES_CLAIRES
    assert "Signed in to the console" in shown(view, ACTION)
    view.retranslate()  # a language switch makes the sentences again, nothing lost
    assert (
        list(zip(shown(view, WHO), shown(view, ACTION), shown(view, DETAILS), strict=True)) == rows
    )


def test_staff_and_action_filters_narrow_the_list(qtbot, world: World, console_of) -> None:
    world.client("desk").create_tickets(RICHES_CLAIRES, 2, 60)
    world.client("espace").create_tickets(ESPACE_S, 3, 60)
    view = audit_view(qtbot, console_of("chef"))
    qtbot.waitUntil(lambda: view.staff_combo.findData("espace") >= 0, timeout=TIMEOUT_MS)

    choose(view.staff_combo, "espace")
    qtbot.waitUntil(lambda: set(shown(view, WHO)) == {"espace"}, timeout=TIMEOUT_MS)
    assert set(actions(view)) == {"auth.login", "ticket.create"}

    choose(view.action_combo, "ticket")
    qtbot.waitUntil(lambda: actions(view) == ["ticket.create"], timeout=TIMEOUT_MS)
    assert shown(view, TARGET) == [f"Site {ESPACE_S}"]

    choose(view.staff_combo, None)  # everyone, still tickets only
    qtbot.waitUntil(lambda: len(actions(view)) == 2, timeout=TIMEOUT_MS)
    assert set(shown(view, WHO)) == {"desk", "espace"}


def test_staff_do_not_see_other_sites(qtbot, world: World, console_of) -> None:
    world.client("espace").create_tickets(ESPACE_S, 3, 60)
    world.client("chef").create_tickets(RICHES_CLAIRES, 1, 60)
    view = audit_view(qtbot, console_of("desk"))
    qtbot.waitUntil(lambda: "ticket.create" in actions(view), timeout=TIMEOUT_MS)
    assert ESPACE_S not in shown(view, SITE)
    assert "espace" not in shown(view, WHO)
    assert set(shown(view, SITE)) <= {RICHES_CLAIRES, ""}
    # their own sign-in, and what was done at their site
    assert ("desk", "auth.login") in [(e.staff, e.action) for e in view.shown_entries()]


def test_the_text_filter_and_the_site_scope_narrow_the_rows(
    qtbot, world: World, console_of
) -> None:
    chef = world.client("chef")
    chef.create_tickets(ESPACE_S, 7, 60)
    chef.create_tickets(RICHES_CLAIRES, 1, 60)
    program = console_of("chef")
    view = audit_view(qtbot, program)
    qtbot.waitUntil(lambda: actions(view).count("ticket.create") == 2, timeout=TIMEOUT_MS)
    loaded = view.model.rowCount()

    view.search.setText("7 TICKET")  # any column, any case
    assert shown(view, TARGET) == [f"Site {ESPACE_S}"]
    assert view.count_label.text() == f"Showing 1 of {loaded}"
    view.search.setText("no such words")
    assert view.stack.currentWidget() is view.empty
    assert "Clear the filter" in view.empty.text()
    view.search.clear()
    assert view.proxy.rowCount() == loaded

    combo = program.window.site_combo
    combo.setCurrentIndex(combo.findText(RICHES_CLAIRES))
    assert set(shown(view, SITE)) == {RICHES_CLAIRES, ""}
    assert "auth.login" in actions(view)  # about no site: kept


def test_load_more_fetches_older_entries_once(qtbot, world: World, console_of) -> None:
    add_entries(world, PAGE + 40)
    view = audit_view(qtbot, console_of("chef"))
    qtbot.waitUntil(view.more_button.isEnabled, timeout=TIMEOUT_MS)
    assert len({e.id for e in view.shown_entries()}) == PAGE

    stored = world.query("SELECT count(*) AS n FROM audit")[0]["n"]
    assert stored > PAGE
    view.more_button.click()
    qtbot.waitUntil(lambda: view.model.rowCount() == stored, timeout=TIMEOUT_MS)
    assert not view.more_button.isEnabled()  # fewer than a page came back: nothing older
    entries = view.shown_entries()
    ids = [e.id for e in entries]
    assert len(ids) == len(set(ids))  # none twice, though three share each instant
    assert [e.at for e in entries] == sorted((e.at for e in entries), reverse=True)


def test_the_shown_rows_export_to_csv(
    qtbot, world: World, console_of, tmp_path: Path, monkeypatch
) -> None:
    world.station("RC-01").sign_in("1001")
    world.client("chef").extend("RC-01", 10)
    view = audit_view(qtbot, console_of("chef"))
    qtbot.waitUntil(lambda: "command.extend" in actions(view), timeout=TIMEOUT_MS)
    view.search.setText("RC-01")
    expected = view.proxy.rowCount()
    assert 0 < expected < view.model.rowCount()

    path = tmp_path / "audit.csv"
    monkeypatch.setattr(FileDialog, "ask_save", classmethod(lambda cls, *a: str(path)))
    view.export_button.click()

    with path.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file, delimiter=";"))
    assert rows[0][:6] == ["When", "Who", "Action", "Target", "Site", "Details"]
    assert len(rows) == 1 + expected
    extend = next(r for r in rows if r[6] == "command.extend")
    assert extend[1:4] == ["chef", "Extended a session", "Computer RC-01"]
    assert '"minutes": 10' in extend[7]
    assert "exported" in view.context.message()


def test_cancelling_the_export_writes_nothing(
    qtbot, world: World, console_of, tmp_path: Path, monkeypatch
) -> None:
    view = audit_view(qtbot, console_of("chef"))
    monkeypatch.setattr(FileDialog, "ask_save", classmethod(lambda cls, *a: None))
    view.export_button.click()
    assert list(tmp_path.glob("*.csv")) == []
    assert "exported" not in view.context.message()


def test_an_export_that_cannot_be_written_is_explained(
    qtbot, world: World, console_of, tmp_path: Path, monkeypatch
) -> None:
    view = audit_view(qtbot, console_of("chef"))
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=TIMEOUT_MS)
    folder = tmp_path / "not-a-file.csv"
    folder.mkdir()  # a folder where the file should go: the write fails
    monkeypatch.setattr(FileDialog, "ask_save", classmethod(lambda cls, *a: str(folder)))
    view.export_button.click()
    assert view.context.message() == f"{folder} could not be written. Choose another folder."
    assert view.context.message_is_error


def test_the_export_neutralises_formulas(
    qtbot, world: World, console_of, tmp_path: Path, monkeypatch
) -> None:
    start = world.clock() - timedelta(minutes=5)

    def write(db) -> None:
        for n, text in enumerate(DANGEROUS):
            at = to_iso(start + timedelta(seconds=n))
            audit.record(db, at=at, staff_id=None, action="future.thing", target=text)

    world.store.write(write)
    view = audit_view(qtbot, console_of("chef"))
    qtbot.waitUntil(
        lambda: actions(view).count("future.thing") == len(DANGEROUS), timeout=TIMEOUT_MS
    )
    path = tmp_path / "audit.csv"
    monkeypatch.setattr(FileDialog, "ask_save", classmethod(lambda cls, *a: str(path)))
    view.export_button.click()
    with path.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file, delimiter=";"))
    assert_neutralised(rows, DANGEROUS)
