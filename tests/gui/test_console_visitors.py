"""The console's Visitors page against the real server (FastAPI on uvicorn, real HTTP).

The server runs on a fixed clock (a Wednesday) so that "today" and "this week" hold known
sessions; what each action did is read back from the database with a second connection.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from admin.core.security import verify_secret
from admin.db.store import Store
from tests.helpers.csv_cells import add_formula_visitors, assert_neutralised, read
from tests.helpers.desk_world import (
    TIMEOUT_MS,
    Seed,
    Staff,
    Visitor,
    World,
    console_as,
    page_context,
    world_fixture,
)
from ui.console.context import ConsoleContext
from ui.console.dialogs import ConfirmDialog, FileDialog
from ui.console.visitors.account import DisableDialog, PinDialog
from ui.console.visitors.csv_files import ImportDialog
from ui.console.visitors.dialog import VisitorDialog
from ui.console.visitors.model import VisitorColumn
from ui.console.visitors.view import VisitorsView
from ui.tasks import TaskManager

#: Wednesday 25 November 2026, 15:00 in Brussels: Monday 23 is in the same week.
NOW = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)


def add_session(
    store: Store,
    identifier: str,
    station: str,
    started: datetime,
    used_minutes: int,
    reason: str,
) -> None:
    """An ended session; the ledger's triggers add its seconds to the visitor's day."""
    used = used_minutes * 60
    day = started.astimezone(UTC).date().isoformat()  # 13:00 UTC is the same day in Brussels

    def write(db: Any) -> None:
        visitor = next(db.query("SELECT id FROM visitors WHERE identifier = ?", [identifier]))
        row = next(db.query("SELECT id FROM stations WHERE name = ?", [station]))
        db.execute(
            "INSERT INTO sessions (id, station_id, visitor_id, state, started_at, ended_at,"
            " granted_seconds, used_seconds, remaining_seconds, end_reason, day)"
            " VALUES (?, ?, ?, 'ended', ?, ?, ?, ?, 0, ?, ?)",
            [
                f"s-{identifier}-{started.isoformat()}",
                row["id"],
                visitor["id"],
                started.isoformat(),
                (started + timedelta(seconds=used)).isoformat(),
                used,
                used,
                reason,
                day,
            ],
        )

    store.write(write)


#: Riches Claires (desk) and Laeken; boss is an admin; four visitors.
VISITORS = Seed(
    sites=("Riches Claires", "Laeken"),
    stations=(("RC-01", "Riches Claires"), ("LK-01", "Laeken")),
    staff=(Staff("desk", sites=("Riches Claires",)), Staff("boss", "admin")),
    visitors=(
        Visitor("1001", "Alice Dupont", pin="4321"),
        Visitor("1002", "Bob Martin", category="senior"),
        Visitor("2001", "Chloé Janssens", category="youth"),
        Visitor("2002", "Mohamed El Amrani", category="jobseeker"),
    ),
)


def add_sessions(world: World) -> None:
    """Alice's sessions: today, two days ago, a week ago."""
    today = NOW.replace(hour=13)
    add_session(world.store, "1001", "RC-01", today, 45, "time_up")
    add_session(world.store, "1001", "LK-01", today - timedelta(days=2), 30, "visitor")
    add_session(world.store, "1001", "RC-01", today - timedelta(days=7), 60, "idle")


world = world_fixture(VISITORS, prepare=add_sessions, clock=lambda: NOW)


@dataclass
class Desk:
    """The Visitors page on its own, as the console builds it (the other pages are tested
    with the whole window in test_console.py)."""

    view: VisitorsView
    context: ConsoleContext
    tasks: TaskManager

    def message(self) -> str:
        return self.context.message()


def open_desk(qtbot: Any, world: World, username: str = "desk") -> Iterator[Desk]:
    with page_context(world, username) as context:
        view = VisitorsView(context)
        qtbot.addWidget(view)
        view.resize(1100, 700)
        view.show()
        qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=TIMEOUT_MS)
        qtbot.waitUntil(lambda: bool(view.categories and view.policies), timeout=TIMEOUT_MS)
        yield Desk(view, context, context.tasks)


@pytest.fixture
def desk(qtbot: Any, world: World) -> Iterator[Desk]:
    yield from open_desk(qtbot, world)


@pytest.fixture
def admin_desk(qtbot: Any, world: World) -> Iterator[Desk]:
    yield from open_desk(qtbot, world, "boss")


def activate(qtbot: Any, view: VisitorsView) -> None:
    """Shortcuts only reach an active window."""
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=TIMEOUT_MS)


def listed(view: VisitorsView) -> list[str]:
    return [v.identifier for v in view.model.visitors()]


def search_for(qtbot: Any, view: VisitorsView, text: str) -> None:
    view.search_edit.clear()
    qtbot.keyClicks(view.search_edit, text)
    qtbot.waitUntil(
        lambda: view._searched_text == text and not view.search_timer.isActive(),
        timeout=TIMEOUT_MS,
    )


def visitor_row(world: World, identifier: str) -> dict[str, Any]:
    return world.store.read(
        lambda db: next(db.query("SELECT * FROM visitors WHERE identifier = ?", [identifier]))
    )


def drive(
    monkeypatch: pytest.MonkeyPatch, cls: type[QDialog], act: Callable[[Any], Any]
) -> list[Any]:
    """Replace ``cls.ask``: build the real dialog, show it, let ``act`` work it, return what
    ``act`` returns (what the real ask would). The dialogs built are listed."""
    built: list[Any] = []

    def ask(klass: type[QDialog], *args: Any, **kwargs: Any) -> Any:
        dialog = klass(*args, **kwargs)
        built.append(dialog)
        dialog.show()
        try:
            return act(dialog)
        finally:
            dialog.hide()
            dialog.deleteLater()

    monkeypatch.setattr(cls, "ask", classmethod(ask))
    return built


def numerus(text: str) -> str:
    """A plural source text as shown: tests load no catalogue, so English keeps "(s)"."""
    return text


def confirm(monkeypatch: pytest.MonkeyPatch, answer: bool = True) -> list[str]:
    questions: list[str] = []

    def ask(parent: Any, text: str) -> bool:
        questions.append(text)
        return answer

    monkeypatch.setattr(ConfirmDialog, "ask", ask)
    return questions


# --- search -------------------------------------------------------------------------------


def test_search_finds_by_identifier_prefix_and_by_name(qtbot, desk: Desk) -> None:
    view = desk.view
    assert listed(view) == ["1001", "1002", "2001", "2002"]  # empty search: everyone
    search_for(qtbot, view, "100")
    assert listed(view) == ["1001", "1002"]
    search_for(qtbot, view, "amrani")
    assert listed(view) == ["2002"]
    index = view.model.index(0, VisitorColumn.CATEGORY)
    assert index.data() == "Jobseeker"
    assert view.count_label.text() in ("1 visitor found", numerus("1 visitor(s) found"))
    search_for(qtbot, view, "zz")
    assert listed(view) == []
    assert view.results.currentWidget() is view.empty
    assert view.empty.text().startswith('No visitor matches "zz".')
    assert "New visitor (Ctrl+N)" in view.empty.text()


def test_enter_opens_the_first_hit(qtbot, desk: Desk) -> None:
    view = desk.view
    view.search_edit.setFocus()
    qtbot.keyClicks(view.search_edit, "Chlo")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)  # before the search has even left
    qtbot.waitUntil(lambda: view.details.visitor is not None, timeout=TIMEOUT_MS)
    assert view.details.visitor.identifier == "2001"
    assert view.details.heading.text() == "Chloé Janssens"
    assert listed(view) == ["2001"]


def test_ctrl_f_focuses_the_search(qtbot, desk: Desk) -> None:
    view = desk.view
    activate(qtbot, view)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(view.search_edit.hasFocus, timeout=TIMEOUT_MS)


# --- details ------------------------------------------------------------------------------


def test_details_show_today_and_week_against_the_allowances_and_the_history(
    qtbot, desk: Desk
) -> None:
    view = desk.view
    assert view.select_visitor("1001")
    details = view.details
    qtbot.waitUntil(lambda: details.usage is not None, timeout=TIMEOUT_MS)
    # the default allowances ('*'): 120 min a day, 600 a week; Monday's session at Laeken
    # counts in the week even though this member does not see it listed
    assert details.values["today"].text() == "45 min of 2 h (1 h 15 min left)"
    assert details.values["week"].text() == "1 h 15 min of 10 h (8 h 45 min left)"
    assert details.values["pin"].text() == "Yes (asked at sign-in)"
    assert details.values["account"].text() == "Active"
    rows = details.history_rows()
    assert [r[1:] for r in rows] == [
        ["Riches Claires, RC-01", "45 min", "Time was up"],
        ["Riches Claires, RC-01", "1 h", "Left idle"],
    ]
    day = QLocale().toString(QDate(2026, 11, 25), QLocale.FormatType.ShortFormat)
    assert rows[0][0] == f"{day} 14:00"  # 13:00 UTC, as the clock showed it in Brussels


def test_admin_sees_every_site_in_the_history(qtbot, admin_desk: Desk) -> None:
    view = admin_desk.view
    view.select_visitor("1001")
    qtbot.waitUntil(lambda: view.details.usage is not None, timeout=TIMEOUT_MS)
    ended = [row[3] for row in view.details.history_rows()]
    assert ended == ["Time was up", "Signed out", "Left idle"]


# --- create and edit ---------------------------------------------------------------------


def submit(qtbot: Any, dialog: VisitorDialog) -> None:
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.sending, timeout=TIMEOUT_MS)


def test_create_a_visitor_with_a_pin(
    qtbot, desk: Desk, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = desk.view

    def act(dialog: VisitorDialog) -> Any:
        qtbot.keyClicks(dialog.identifier_edit, "3001")
        qtbot.keyClicks(dialog.name_edit, "Fatou Diallo")
        dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("senior"))
        dialog.age_combo.setCurrentIndex(dialog.age_combo.findData("70+"))
        qtbot.keyClicks(dialog.pin_edit, "2468")
        qtbot.keyClicks(dialog.pin_again_edit, "2468")
        submit(qtbot, dialog)
        assert dialog.result() == QDialog.DialogCode.Accepted
        return dialog.visitor

    drive(monkeypatch, VisitorDialog, act)
    view.new_button.click()
    row = visitor_row(world, "3001")
    assert (row["display_name"], row["category"], row["age_band"]) == (
        "Fatou Diallo",
        "senior",
        "70+",
    )
    assert verify_secret(row["pin_hash"], "2468")
    assert view.selected_visitor().identifier == "3001"
    assert view.details.values["category"].text() == "Senior"
    assert "Fatou Diallo (3001)" in desk.message()


def test_create_refusals_are_shown_at_their_field_and_keep_the_typed_text(
    qtbot, desk: Desk, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = desk.view

    def act(dialog: VisitorDialog) -> Any:
        qtbot.keyClicks(dialog.identifier_edit, "1001")  # taken
        qtbot.keyClicks(dialog.name_edit, "Gaspard Peeters")
        qtbot.keyClicks(dialog.notes_edit, "Prefers the big screen")
        submit(qtbot, dialog)
        assert dialog.isVisible()
        assert dialog.error_text("identifier") == ("A visitor with this identifier already exists.")
        assert dialog.name_edit.text() == "Gaspard Peeters"
        assert dialog.notes_edit.toPlainText() == "Prefers the big screen"
        assert dialog.identifier_edit.text() == "1001"
        assert dialog.identifier_edit.hasFocus() or not dialog.isActiveWindow()

        dialog.identifier_edit.setText("3002")
        qtbot.keyClicks(dialog.pin_edit, "1357")
        qtbot.keyClicks(dialog.pin_again_edit, "1358")
        dialog.accept()  # refused before asking the server
        assert dialog.error_text("pin_again") == "The two PINs are not the same: type it again."
        assert dialog.error_text("identifier") == ""
        dialog.pin_edit.setText("12a4")
        dialog.accept()
        assert dialog.error_text("pin") == "The PIN must be 4 to 12 digits."

        dialog.pin_edit.setText("1358")
        submit(qtbot, dialog)
        assert dialog.result() == QDialog.DialogCode.Accepted
        return dialog.visitor

    drive(monkeypatch, VisitorDialog, act)
    activate(qtbot, view)
    # a button's shortcut clicks it a moment later (animateClick)
    qtbot.keyClick(view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.selected_visitor() is not None, timeout=TIMEOUT_MS)
    row = visitor_row(world, "3002")
    assert row["display_name"] == "Gaspard Peeters"
    assert row["notes"] == "Prefers the big screen"
    assert verify_secret(row["pin_hash"], "1358")
    assert visitor_row(world, "1001")["display_name"] == "Alice Dupont"  # untouched


def test_edit_sends_the_changes_and_a_server_refusal_stays_at_its_field(
    qtbot, desk: Desk, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = desk.view
    view.select_visitor("1002")
    # 'teacher' is offered (loaded earlier) but removed from the server meanwhile
    world.store.write(lambda db: db.execute("DELETE FROM categories WHERE name = 'teacher'"))

    def act(dialog: VisitorDialog) -> Any:
        assert dialog.name_edit.text() == "Bob Martin"
        dialog.name_edit.setText("Robert Martin")
        dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("teacher"))
        dialog.gender_combo.setCurrentIndex(dialog.gender_combo.findData("m"))
        submit(qtbot, dialog)
        assert dialog.isVisible()
        assert dialog.error_text("category") == (
            "This category is not known to the server any more: choose another."
        )
        assert dialog.name_edit.text() == "Robert Martin"
        dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("student"))
        submit(qtbot, dialog)
        assert dialog.result() == QDialog.DialogCode.Accepted
        return dialog.visitor

    drive(monkeypatch, VisitorDialog, act)
    view.details.edit_button.click()
    row = visitor_row(world, "1002")
    assert (row["display_name"], row["category"], row["gender"]) == (
        "Robert Martin",
        "student",
        "m",
    )
    assert view.details.heading.text() == "Robert Martin"
    assert view.model.index(view.model.row_of("1002"), VisitorColumn.CATEGORY).data() == "Student"


# --- disable, enable, PIN -----------------------------------------------------------------


def test_disable_with_a_last_day_then_enable(
    qtbot, desk: Desk, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = desk.view
    view.select_visitor("2002")
    last_day = QDate.currentDate().addDays(10)

    def act(dialog: DisableDialog) -> Any:
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()  # a reason first
        qtbot.keyClicks(dialog.reason_edit, "Card lost")
        assert ok.isEnabled()
        dialog.until_check.setChecked(True)
        dialog.until_edit.setDate(last_day)
        return dialog.disablement()

    drive(monkeypatch, DisableDialog, act)
    questions = confirm(monkeypatch, answer=False)
    view.details.disable_button.click()
    assert len(questions) == 1
    assert questions[0].startswith("Disable the account of Mohamed El Amrani (2002) through ")
    assert desk.tasks.wait_idle()
    assert visitor_row(world, "2002")["enabled"] == 1  # said no: nothing sent

    questions = confirm(monkeypatch, answer=True)
    view.details.disable_button.click()
    qtbot.waitUntil(lambda: visitor_row(world, "2002")["enabled"] == 0, timeout=TIMEOUT_MS)
    row = visitor_row(world, "2002")
    until = last_day.toPython()
    assert isinstance(until, date)
    assert (row["disabled_reason"], row["disabled_until"]) == ("Card lost", until.isoformat())
    qtbot.waitUntil(lambda: view.details.enable_button.isVisible(), timeout=TIMEOUT_MS)
    assert not view.details.disable_button.isVisible()
    state = view.model.index(view.model.row_of("2002"), VisitorColumn.STATE).data()
    assert state.startswith("Disabled until ") and state.endswith(": Card lost")

    view.details.enable_button.click()
    assert questions[-1] == "Let Mohamed El Amrani (2002) sign in again?"
    qtbot.waitUntil(lambda: visitor_row(world, "2002")["enabled"] == 1, timeout=TIMEOUT_MS)
    assert visitor_row(world, "2002")["disabled_reason"] is None
    qtbot.waitUntil(lambda: view.details.values["account"].text() == "Active", timeout=TIMEOUT_MS)


def test_new_pin_then_remove_it(
    qtbot, desk: Desk, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = desk.view
    view.select_visitor("1001")

    def new_pin(dialog: PinDialog) -> Any:
        qtbot.keyClicks(dialog.pin_edit, "5555")
        qtbot.keyClicks(dialog.again_edit, "5556")
        dialog.accept()
        assert dialog.isVisible()
        assert dialog.error.text() == "The two PINs are not the same: type it again."
        dialog.again_edit.setText("5555")
        dialog.accept()
        assert dialog.result() == QDialog.DialogCode.Accepted
        return dialog.choice()

    drive(monkeypatch, PinDialog, new_pin)
    questions = confirm(monkeypatch)
    view.details.pin_button.click()
    assert questions == ["Replace the PIN of Alice Dupont (1001) with the new one?"]
    qtbot.waitUntil(
        lambda: verify_secret(visitor_row(world, "1001")["pin_hash"], "5555"), timeout=TIMEOUT_MS
    )

    def remove(dialog: PinDialog) -> Any:
        assert dialog.remove_radio.isEnabled()
        dialog.remove_radio.setChecked(True)
        dialog.accept()
        return dialog.choice()

    drive(monkeypatch, PinDialog, remove)
    view.details.pin_button.click()
    assert questions[-1].startswith("Remove the PIN of Alice Dupont (1001)?")
    qtbot.waitUntil(lambda: visitor_row(world, "1001")["pin_hash"] is None, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: view.details.values["pin"].text() == "No", timeout=TIMEOUT_MS)


# --- CSV import ---------------------------------------------------------------------------

BAD_CSV = (
    "identifier;display_name;category;age_band;pin\n"
    "4001;Hélène Claes;senior;70+;1234\n"
    "1001;Alice again;adult;;\n"
    "4002;Ivan Petrov;pirate;25-39;\n"
    "4003;Jana Wouters;adult;40-50;12\n"
    "4001;Hélène twice;adult;;\n"
)
CLEAN_CSV = (
    "identifier;display_name;category;age_band;pin\n"
    "4001;Hélène Claes;senior;70+;1234\n"
    "4002;Ivan Petrov;jobseeker;25-39;\n"
    "4003;Jana Wouters;adult;40-59;\n"
)


def count_visitors(world: World) -> int:
    return world.store.read(lambda db: db.execute("SELECT COUNT(*) FROM visitors").fetchone()[0])


def checked(qtbot: Any, dialog: ImportDialog) -> None:
    qtbot.waitUntil(lambda: dialog.check is not None and not dialog.busy, timeout=TIMEOUT_MS)


def test_import_preview_lists_every_bad_row_and_imports_only_a_clean_file(
    qtbot,
    desk: Desk,
    world: World,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    view = desk.view
    path = tmp_path / "new-cards.csv"
    path.write_text(BAD_CSV, encoding="utf-8")
    monkeypatch.setattr(FileDialog, "ask_open", lambda parent, title, filter: str(path))
    before = count_visitors(world)

    def act(dialog: ImportDialog) -> Any:
        checked(qtbot, dialog)
        assert dialog.problem_rows() == [
            ("3", "identifier: A visitor with this identifier already exists."),
            (
                "4",
                "category: Unknown category. Known: adult, jobseeker, pupil, senior, student,"
                " teacher, youth.",
            ),
            (
                "5",
                "pin: The PIN must be 4 to 12 digits.\n"
                "age_band: The age band must be one of 0-11, 12-17, 18-24, 25-39, 40-59, 60-69, 70+.",
            ),
            ("6", "identifier: Same identifier as line 2."),
        ]
        assert dialog.table.rowCount() == 5  # the good row is listed too
        assert dialog.summary.text().startswith(numerus("5 problem(s) found. Nothing is imported"))
        assert not dialog.import_button.isEnabled()
        dialog.import_file()  # refused while not clean
        assert not dialog.busy
        assert count_visitors(world) == before

        path.write_text(CLEAN_CSV, encoding="utf-8")  # fixed in Excel meanwhile
        dialog.again_button.click()
        checked(qtbot, dialog)
        assert dialog.problem_rows() == []
        assert dialog.summary.text() == numerus(
            "3 visitor(s) ready to import. Nothing has been imported yet."
        )
        assert count_visitors(world) == before
        assert dialog.import_button.isEnabled()
        assert dialog.import_button.text() == numerus("&Import 3 visitor(s)")
        dialog.import_button.click()
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=TIMEOUT_MS)
        return dialog.report

    drive(monkeypatch, ImportDialog, act)
    view.import_button.click()
    assert count_visitors(world) == before + 3
    row = visitor_row(world, "4001")
    assert (row["display_name"], row["category"], row["age_band"]) == (
        "Hélène Claes",
        "senior",
        "70+",
    )
    assert verify_secret(row["pin_hash"], "1234")
    assert desk.message() == numerus("3 visitor(s) imported.")
    qtbot.waitUntil(lambda: "4003" in listed(view), timeout=TIMEOUT_MS)


@pytest.mark.parametrize(
    ("content", "sentence"),
    [
        ("identifier;display_name\n4001;Hélène\n".encode("latin-1"), "This file is not UTF-8"),
        (b"", "This file is empty."),
        (b"\xef\xbb\xbf\r\n", "This file is empty."),
        (
            ("identifier\n" + "".join(f"{90_000_000 + i}\n" for i in range(1_000_000))).encode(),
            "This file is too large for one import (8192 KB at most)",
        ),
        (b"identifier;display_name\n", "The file names its columns but holds no visitor."),
        (b"name;card\nA;1\n", numerus("3 problem(s) found.")),
    ],
)
def test_import_explains_a_file_it_cannot_use(
    qtbot,
    desk: Desk,
    world: World,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    content: bytes,
    sentence: str,
) -> None:
    view = desk.view
    path = tmp_path / "cards.csv"
    path.write_bytes(content)
    dialog = ImportDialog(view, desk.context, str(path))
    qtbot.addWidget(dialog)
    checked(qtbot, dialog)
    assert dialog.summary.text().startswith(sentence)
    assert dialog.summary.objectName() == "Error"
    assert not dialog.import_button.isEnabled()


def test_export_writes_every_visitor_for_admins(
    qtbot, admin_desk: Desk, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    view = admin_desk.view
    assert view.export_button.isVisible()
    target = tmp_path / "all.csv"
    monkeypatch.setattr(FileDialog, "ask_save", lambda parent, title, name, f: str(target))
    view.export_button.click()
    qtbot.waitUntil(lambda: "all.csv" in admin_desk.message(), timeout=TIMEOUT_MS)
    text = target.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("identifier;display_name;category")
    assert "2002;Mohamed El Amrani;jobseeker" in text


def test_staff_have_no_export(qtbot, desk: Desk) -> None:
    view = desk.view
    assert not view.export_button.isVisible()


# --- in the console window ---------------------------------------------------------------


def test_the_console_window_lists_visitors_on_its_second_page(qtbot, qapp, world: World) -> None:
    with console_as(qapp, world, "desk") as program:
        window = program.window
        view = window.view(VisitorsView)
        assert isinstance(view, VisitorsView)
        window.show_view(1)
        assert window.current_view() is view
        qtbot.waitUntil(
            lambda: listed(view) == ["1001", "1002", "2001", "2002"], timeout=TIMEOUT_MS
        )
        assert window.navigation.item(1).text() == "Visitors"


def test_export_neutralises_formulas(
    qtbot, admin_desk: Desk, world: World, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    values = add_formula_visitors(world.db)
    target = tmp_path / "all.csv"
    monkeypatch.setattr(FileDialog, "ask_save", lambda parent, title, name, f: str(target))
    admin_desk.view.export_button.click()
    qtbot.waitUntil(lambda: "all.csv" in admin_desk.message(), timeout=TIMEOUT_MS)
    assert_neutralised(read(target.read_bytes().decode("utf-8-sig"), ";"), values)
