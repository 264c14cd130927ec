"""The console's Workshops page against the real server: a weekly series planned in the dialog
and seen in the week, a refusal as its sentence, the waitlist and its promotion, attendance
ticked, the PDFs saved, the page in French, Dutch and English."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt, QTime

from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.http import ApiError
from kiosk.protocol.workshops import RegistrationRequest, Workshop, WorkshopRequest
from tests.helpers.clock import BRUSSELS
from tests.helpers.desk_world import (
    RICHES_CLAIRES,
    TIMEOUT_MS,
    Seed,
    Staff,
    Visitor,
    World,
    answers,
    console_of,
    open_view,
    world_fixture,
)
from ui.console.dialogs import ConfirmDialog, FileDialog
from ui.console.workshops.dialog import WorkshopDialog
from ui.console.workshops.register import RegisterDialog
from ui.console.workshops.view import WorkshopsView
from ui.demo_console import CONSOLE_SIZE

SEED = Seed(
    sites=(RICHES_CLAIRES,),
    stations=(("RC-01", RICHES_CLAIRES), ("RC-02", RICHES_CLAIRES), ("RC-03", RICHES_CLAIRES)),
    staff=(
        Staff("desk", sites=(RICHES_CLAIRES,)),
        Staff("chef", "admin"),
        Staff("anim2", sites=(RICHES_CLAIRES,)),
    ),
    visitors=(Visitor("1001", "Alice"), Visitor("1002", "Bruno"), Visitor("1003", "Chloé")),
)

world = world_fixture(SEED)
#: The shared fixtures (tests/helpers/desk_world.py), used by name below.
FIXTURES = (console_of,)


def local_now(world: World) -> datetime:
    return world.clock().astimezone(BRUSSELS)


def plan(world: World, **fields: Any) -> Workshop:
    """A workshop planned through the API, as another desk would."""
    values: dict[str, Any] = {
        "site": RICHES_CLAIRES,
        "kind": "initiation",
        "title": {"fr": "Mon CV en ligne", "nl": "Mijn cv online", "en": "My CV online"},
        "theme": "job-search",
        "animateur": "desk",
        "capacity": 1,
        "stations": ["RC-01"],
        "starts_at": (local_now(world) + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M"),
        "minutes": 120,
    }
    values.update(fields)
    return world.client("desk").add_workshop(WorkshopRequest.model_validate(values))


def page(qtbot, console_of, username: str = "desk") -> WorkshopsView:
    program = console_of(username)
    view = open_view(qtbot, program, WorkshopsView)
    qtbot.waitUntil(lambda: view.context.site_id is not None, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: bool(view.themes), timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: not view.context.tasks.busy(), timeout=TIMEOUT_MS)
    return view


def fill_and_send(qtbot, dialog: WorkshopDialog, fill: Any) -> WorkshopDialog:
    fill(dialog)
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.sending, timeout=TIMEOUT_MS)
    return dialog


def drive_dialog(monkeypatch, qtbot, fill: Any) -> list[WorkshopDialog]:
    """WorkshopDialog.ask builds the real dialog, fills it and presses OK; the dialogs stay
    in the list to be read."""
    made: list[WorkshopDialog] = []

    def ask(cls, parent, context, choices, original=None, *, copy=False, site_id=None):
        dialog = cls(parent, context, choices, original, copy=copy, site_id=site_id)
        made.append(fill_and_send(qtbot, dialog, fill))
        return dialog.saved

    monkeypatch.setattr(WorkshopDialog, "ask", classmethod(ask))
    return made


def date_shown(view: WorkshopsView) -> int | None:
    """The date of the week's only row."""
    if view.table.rowCount() != 1:
        return None
    return view.table.item(0, 0).data(Qt.ItemDataRole.UserRole)[1]


def texts(view: WorkshopsView, column: int) -> list[str]:
    return [view.table.item(row, column).text() for row in range(view.table.rowCount())]


def test_a_weekly_series_planned_in_the_dialog_shows_in_the_week(
    qtbot, world: World, console_of, monkeypatch
) -> None:
    view = page(qtbot, console_of)
    first = local_now(world).date() + timedelta(days=2)

    def fill(dialog: WorkshopDialog) -> None:
        dialog.titles["fr"].setText("Naviguer sur internet")
        dialog.titles["en"].setText("Browsing the web")
        dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("web"))
        dialog.capacity_spin.setValue(6)
        dialog.count_spin.setValue(2)
        dialog.date_edit.setDate(QDate(first.year, first.month, first.day))
        dialog.time_edit.setTime(QTime(10, 0))
        dialog.minutes_spin.setValue(90)
        dialog.weeks_spin.setValue(4)

    made = drive_dialog(monkeypatch, qtbot, fill)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    assert made[0].saved is not None and len(made[0].saved.dates) == 4
    stored = world.query("SELECT starts_at FROM workshop_dates ORDER BY starts_at")
    assert len(stored) == 4

    # the page shows the week of the first date, then each week after it has its date
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=TIMEOUT_MS)
    assert texts(view, 2) == ["Browsing the web\nInitiation · The web · Beginner · French"]
    assert texts(view, 1) == ["10:00\u201311:30"]
    assert texts(view, 3) == ["6 of 6 left"]
    assert len(texts(view, 5)[0].split(", ")) == 2
    seen = [date_shown(view)]
    for _ in range(3):
        qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: date_shown(view) not in (None, *seen), timeout=TIMEOUT_MS)
        seen.append(date_shown(view))
        assert texts(view, 1) == ["10:00\u201311:30"]
    assert seen == [row["id"] for row in world.query("SELECT id FROM workshop_dates ORDER BY id")]
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.table.rowCount() == 0, timeout=TIMEOUT_MS)
    assert view.empty.isVisibleTo(view)


def test_a_refusal_stays_in_the_dialog_as_its_sentence(
    qtbot, world: World, console_of, monkeypatch
) -> None:
    taken = plan(world)
    start = datetime.fromisoformat(taken.dates[0].starts_at).astimezone(BRUSSELS)
    view = page(qtbot, console_of)

    def fill(dialog: WorkshopDialog) -> None:
        dialog.titles["fr"].setText("Mes e-mails")
        dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("email"))
        dialog.stations_edit.setText("RC-01")
        dialog.date_edit.setDate(QDate(start.year, start.month, start.day))
        dialog.time_edit.setTime(QTime(start.hour, start.minute))

    made = drive_dialog(monkeypatch, qtbot, fill)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    dialog = made[0]
    assert dialog.saved is None
    assert dialog.error.text().startswith("RC-01 is already reserved on ")
    assert "from 14:00 to 16:00" in dialog.error.text()  # when, at the site
    assert len(world.query("SELECT id FROM workshops")) == 1


def select_first(qtbot, view: WorkshopsView, workshop: Workshop) -> None:
    view.go_week(0)
    start = datetime.fromisoformat(workshop.dates[0].starts_at).astimezone(BRUSSELS).date()
    view.weeks_ahead = (
        start - (view.context.today() - timedelta(days=view.context.today().weekday()))
    ).days // 7
    view.refresh()
    qtbot.waitUntil(lambda: view.select(workshop.id, workshop.dates[0].id), timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: view.participants.workshop is not None, timeout=TIMEOUT_MS)


def register(qtbot, monkeypatch, view: WorkshopsView, card: str) -> None:
    def ask(cls, parent, context, workshop, date_id, when):
        dialog = cls(parent, context, workshop, date_id, when)
        dialog.card_edit.setText(card)
        dialog.accept()
        qtbot.waitUntil(lambda: not dialog.sending, timeout=TIMEOUT_MS)
        return dialog.saved

    monkeypatch.setattr(RegisterDialog, "ask", classmethod(ask))
    qtbot.mouseClick(view.participants.register_button, Qt.MouseButton.LeftButton)


def column(table, index: int = 0) -> list[str]:
    return [table.item(row, index).text() for row in range(table.rowCount())]


def test_past_the_capacity_the_waitlist_and_its_first_moves_up(
    qtbot, world: World, console_of, monkeypatch
) -> None:
    workshop = plan(world, capacity=1)
    view = page(qtbot, console_of)
    select_first(qtbot, view, workshop)
    panel = view.participants

    register(qtbot, monkeypatch, view, "1001")
    qtbot.waitUntil(lambda: column(panel.registered) == ["1001"], timeout=TIMEOUT_MS)
    register(qtbot, monkeypatch, view, "1002")
    qtbot.waitUntil(lambda: column(panel.waitlist) == ["1002"], timeout=TIMEOUT_MS)
    assert view.window().message_text == ("The workshop is full: 1002 is number 1 on the waitlist.")
    assert column(panel.registered) == ["1001"] and column(panel.waitlist, 1) == ["1"]
    qtbot.waitUntil(lambda: texts(view, 4) == ["1"], timeout=TIMEOUT_MS)
    assert texts(view, 3) == ["0 of 1 left"]

    # registering the same card again: the server's refusal as its sentence, in the dialog
    seen: list[RegisterDialog] = []

    def again(cls, parent, context, workshop, date_id, when):
        dialog = cls(parent, context, workshop, date_id, when)
        dialog.card_edit.setText("1001")
        dialog.accept()
        qtbot.waitUntil(lambda: not dialog.sending, timeout=TIMEOUT_MS)
        seen.append(dialog)
        return dialog.saved

    monkeypatch.setattr(RegisterDialog, "ask", classmethod(again))
    qtbot.mouseClick(panel.register_button, Qt.MouseButton.LeftButton)
    assert seen[0].error.text() == "This person is already registered."

    # Alice cancels: Bruno moves up, and the page says so
    asked = answers(monkeypatch, ConfirmDialog, True)
    panel.registered.setFocus()
    panel.registered.selectRow(0)
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: column(panel.registered) == ["1002"], timeout=TIMEOUT_MS)
    assert asked == [("Cancel the registration of 1001?",)]
    assert column(panel.waitlist) == []
    assert view.window().message_text == (
        "The registration of 1001 is cancelled: 1002 moves up from the waitlist."
    )
    states = world.query("SELECT state FROM workshop_registrations ORDER BY id")
    assert [row["state"] for row in states] == ["cancelled", "registered"]


def test_attendance_is_ticked_and_unticked_and_the_pdfs_are_saved(
    qtbot, world: World, console_of, monkeypatch, tmp_path: Path
) -> None:
    started = local_now(world).replace(second=0, microsecond=0)
    workshop = plan(world, capacity=3, starts_at=started.strftime("%Y-%m-%dT%H:%M"))
    client = world.client("desk")
    alice = client.register(workshop.id, RegistrationRequest(visitor="1001"))
    client.register(workshop.id, RegistrationRequest(name="Fatima B.", age_band="40-59"))
    view = page(qtbot, console_of)
    select_first(qtbot, view, workshop)
    panel = view.participants
    qtbot.waitUntil(lambda: panel.attendance.rowCount() == 2, timeout=TIMEOUT_MS)
    box = panel.attendance.item(0, 0)
    assert box.text() == "1001" and box.checkState() == Qt.CheckState.Unchecked

    box.setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(
        lambda: panel.attendance.item(0, 2).text() == "ticked by staff", timeout=TIMEOUT_MS
    )
    ticks = world.query("SELECT registration_id, present FROM workshop_ticks")
    assert ticks == [{"registration_id": alice.id, "present": 1}]
    panel.attendance.item(0, 0).setCheckState(Qt.CheckState.Unchecked)
    qtbot.waitUntil(
        lambda: panel.attendance.item(0, 2).text() == "unticked by staff", timeout=TIMEOUT_MS
    )
    assert world.query("SELECT present FROM workshop_ticks") == [{"present": 0}]

    # the PDFs, from the server: the sheet, then the certificate of a participant who came
    panel.attendance.item(0, 0).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(
        lambda: panel.attendance.item(0, 2).text() == "ticked by staff", timeout=TIMEOUT_MS
    )
    sheet, certificate = tmp_path / "sheet", tmp_path / "certificate.pdf"
    paths = iter([str(sheet), str(certificate)])
    monkeypatch.setattr(FileDialog, "ask_save", classmethod(lambda cls, *a: next(paths)))
    qtbot.mouseClick(panel.sheet_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: Path(f"{sheet}.pdf").exists(), timeout=TIMEOUT_MS)
    panel.attendance.selectRow(0)
    qtbot.mouseClick(panel.certificate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: certificate.exists(), timeout=TIMEOUT_MS)
    sheet_text = pdf_text(Path(f"{sheet}.pdf"))
    assert (
        "Attendance sheet" in sheet_text and "Alice yes" in sheet_text and "Fatima B." in sheet_text
    )
    assert "Alice" in pdf_text(certificate)  # in the console's language: English here


def test_a_certificate_for_someone_who_came_to_nothing_is_refused_in_words(
    qtbot, world: World, console_of, monkeypatch, tmp_path: Path
) -> None:
    started = local_now(world).replace(second=0, microsecond=0)
    workshop = plan(world, capacity=3, starts_at=started.strftime("%Y-%m-%dT%H:%M"))
    world.client("desk").register(workshop.id, RegistrationRequest(visitor="1001"))
    view = page(qtbot, console_of)
    select_first(qtbot, view, workshop)
    panel = view.participants
    qtbot.waitUntil(lambda: panel.attendance.rowCount() == 1, timeout=TIMEOUT_MS)
    target = tmp_path / "certificate.pdf"
    monkeypatch.setattr(FileDialog, "ask_save", classmethod(lambda cls, *a: str(target)))
    panel.attendance.selectRow(0)
    qtbot.mouseClick(panel.certificate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "no certificate" in view.context.message(), timeout=TIMEOUT_MS)
    assert not target.exists()


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_page_in_french_dutch_and_english(qtbot, world: World, console_of, languages) -> None:
    workshop = plan(world, capacity=4)
    world.client("desk").register(
        workshop.id, RegistrationRequest(name="Fatima B.", status="jobseeker")
    )
    view = page(qtbot, console_of)
    view.go_week(0)
    tomorrow = local_now(world).date() + timedelta(days=1)
    if tomorrow.weekday() == 0:
        view.go_week(1)
    qtbot.waitUntil(lambda: view.participants.registered.rowCount() == 1, timeout=TIMEOUT_MS)
    expected = {
        "fr": (
            "Ateliers",
            "Mon CV en ligne\nInitiation · Recherche d'emploi · Débutant · français",
            "3 sur 4 libres",
            "Demandeur d'emploi",
        ),
        "nl": (
            "Workshops",
            "Mijn cv online\nInitiatie · Werk zoeken · Beginner · Frans",
            "3 van 4 vrij",
            "Werkzoekende",
        ),
        "en": (
            "Workshops",
            "My CV online\nInitiation · Job search · Beginner · French",
            "3 of 4 left",
            "Jobseeker",
        ),
    }
    for language, (heading, title, places, status) in expected.items():
        languages.set_language(language)
        assert view.heading.text() == heading
        assert [texts(view, i)[0] for i in (2, 3)] == [title, places]
        assert view.title() == heading
        assert view.participants.registered.item(0, 1).text() == status
        # the console's pictures are 1280 wide: the page must not widen the window
        assert view.window().minimumSizeHint().width() <= CONSOLE_SIZE[0]


def test_a_refusal_names_what_its_details_say(qapp) -> None:
    from ui.console.context import error_text

    closed = ApiError(
        ErrorCode.HOLD_OUTSIDE_HOURS,
        "closed",
        409,
        {"reason": "outside_hours", "date": "2025-11-25", "hours": ["09:00-12:30", "13:30-17:00"]},
    )
    assert error_text(closed) == (
        "On 25 November 2025 the site is open 9:00 – 12:30, 13:30 – 17:00: book within these hours."
    )
    paused = ApiError(
        ErrorCode.REGISTRATION_PAUSED, "paused", 409, {"until": "2025-12-20", "no_shows": 3}
    )
    assert error_text(paused) == (
        "This visitor missed 3 workshop(s) without cancelling: registrations are paused until "
        "20 December 2025."
    )
    small = ApiError(ErrorCode.CAPACITY_TOO_SMALL, "small", 409, {"registered": 5})
    assert error_text(small).startswith("5 person(s) are registered")
    text = ApiError(ErrorCode.WORKSHOP_TEXT_MISSING, "x", 422, {"language": "nl"})
    assert error_text(text) == "The title in Dutch, the site's language, is required: type it."


@pytest.mark.parametrize("reason", ["booking"])
def test_a_session_cut_for_a_booking_says_so(qapp, reason: str) -> None:
    from ui.console.visitors.texts import end_reason_text

    assert end_reason_text(reason) == "Computer reserved from then"


def test_one_date_then_the_whole_workshop_are_cancelled(
    qtbot, world: World, console_of, monkeypatch
) -> None:
    workshop = plan(world, weeks=2)
    view = page(qtbot, console_of)
    select_first(qtbot, view, workshop)
    asked = answers(monkeypatch, ConfirmDialog, True, True)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: texts(view, 3) == ["cancelled"], timeout=TIMEOUT_MS)
    assert asked[0][0].startswith("Cancel ‘My CV online’ on ")
    states = world.query("SELECT state FROM workshop_dates ORDER BY id")
    assert [row["state"] for row in states] == ["cancelled", "planned"]
    held = world.query("SELECT state FROM station_holds ORDER BY id")
    assert held[0]["state"] == "cancelled"

    qtbot.keyClick(
        view,
        Qt.Key.Key_Delete,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(
        lambda: world.query("SELECT state FROM workshops") == [{"state": "cancelled"}],
        timeout=TIMEOUT_MS,
    )
    assert asked[1][0] == "Cancel ‘My CV online’ and all its dates? Its computers are free again."


def test_an_administrator_names_another_member_as_animateur(
    qtbot, world: World, console_of, monkeypatch
) -> None:
    view = page(qtbot, console_of, "chef")
    offered: list[list[str]] = []

    def fill(dialog: WorkshopDialog) -> None:
        combo = dialog.animateur_combo
        offered.append([combo.itemText(i) for i in range(combo.count())])
        dialog.titles["fr"].setText("Sécurité en ligne")
        dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("security"))
        dialog.site_combo.setCurrentIndex(dialog.site_combo.findText(RICHES_CLAIRES))
        combo.setCurrentText("anim2")
        dialog.card_edit.setText("1003")
        dialog.count_spin.setValue(2)

    made = drive_dialog(monkeypatch, qtbot, fill)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    assert offered == [["anim2", "chef", "desk"]]
    assert made[0].saved is not None, made[0].error.text()
    assert (made[0].saved.animateur, made[0].saved.animateur_card) == ("anim2", "1003")


def test_a_copy_starts_a_week_after_the_last_date_and_a_change_keeps_the_dates(
    qtbot, world: World, console_of, monkeypatch
) -> None:
    workshop = plan(world, weeks=2, capacity=2)
    client = world.client("desk")
    for card in ("1001", "1002"):
        client.register(workshop.id, RegistrationRequest(visitor=card))
    view = page(qtbot, console_of)
    select_first(qtbot, view, workshop)

    made = drive_dialog(monkeypatch, qtbot, lambda dialog: None)
    assert view.copy_button.shortcut().toString() == "Ctrl+Shift+N"
    qtbot.mouseClick(view.copy_button, Qt.MouseButton.LeftButton)
    copy = made[0].saved
    assert copy is not None and copy.id != workshop.id
    last = datetime.fromisoformat(workshop.dates[-1].starts_at)
    assert [datetime.fromisoformat(d.starts_at) for d in copy.dates] == [
        last + timedelta(weeks=1),
        last + timedelta(weeks=2),
    ]
    assert (copy.title, copy.theme, copy.capacity) == (workshop.title, workshop.theme, 2)

    # changing the original: a capacity below the registered is the server's sentence
    def smaller(dialog: WorkshopDialog) -> None:
        assert not dialog.date_edit.isEnabled() and not dialog.stations_edit.isEnabled()
        dialog.capacity_spin.setValue(1)

    made = drive_dialog(monkeypatch, qtbot, smaller)
    assert view.select(workshop.id, workshop.dates[0].id) or select_first(qtbot, view, workshop)
    assert view.edit_button.shortcut().toString() == "F2"
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    assert made[0].saved is None
    assert made[0].error.text() == (
        "2 person(s) are registered: the capacity cannot be lower. Cancel registrations first."
    )
