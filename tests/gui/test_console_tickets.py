"""Guest tickets in the console, against the real server: create, list, print, save as PDF."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

from tests.helpers.desk_world import (
    CITY,
    ESPACE_S,
    LAEKEN,
    RICHES_CLAIRES,
    TIMEOUT_MS,
    World,
    console_of,
    world_fixture,
)
from ui.console.app import ConsoleProgram
from ui.console.dialogs import FileDialog
from ui.console.tickets.model import Column
from ui.console.tickets.page import (
    HOW_TO,
    PrintedTicket,
    card_rects,
    code_groups,
    paint_page,
    qr_rect,
)
from ui.console.tickets.printing import TicketPrinting
from ui.console.tickets.qr import qr_matrix
from ui.console.tickets.view import TicketsView

BRUSSELS = ZoneInfo("Europe/Brussels")


world = world_fixture(CITY)
#: The shared fixtures (tests/helpers/desk_world.py), used by name below.
FIXTURES = (console_of,)


def tickets_view(qtbot, program: ConsoleProgram) -> TicketsView:
    window = program.window
    view = window.view(TicketsView)
    assert isinstance(view, TicketsView)
    window.show_view(window.views.index(view))
    combo = view.form.site_combo
    qtbot.waitUntil(
        lambda: any(isinstance(combo.itemData(i), int) for i in range(combo.count())),
        timeout=TIMEOUT_MS,
    )
    return view


def stored_tickets(world: World) -> list[dict]:
    return world.query(
        "SELECT t.*, s.name AS site, st.username AS creator FROM tickets t"
        " JOIN sites s ON s.id = t.site_id LEFT JOIN staff st ON st.id = t.created_by"
        " ORDER BY t.id"
    )


def choose(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not offered"
    combo.setCurrentIndex(index)


def site_today(world: World) -> QDate:
    """Today at the sites (Brussels) on the world's clock: the day the server counts from."""
    day = world.clock().astimezone(BRUSSELS).date()
    return QDate(day.year, day.month, day.day)


def pdf_pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", path.read_bytes()))


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setFullPage(True)
    return printer


# --- creating ---------------------------------------------------------------------------------


@pytest.mark.calendar
def test_a_batch_is_stored_listed_and_selected(qtbot, world: World, console_of) -> None:
    view = tickets_view(qtbot, console_of("desk"))
    # desk has one site: it is chosen already
    assert view.form.site_combo.currentText() == RICHES_CLAIRES
    view.form.count.setValue(3)
    view.form.minutes.setValue(45)
    today = site_today(world)
    assert view.form.valid_from.date() == today  # today at the site, not on this computer
    assert view.form.valid_to.date() == today
    view.form.valid_to.setDate(today.addDays(2))
    view.form.create_button.click()

    qtbot.waitUntil(lambda: len(stored_tickets(world)) == 3, timeout=TIMEOUT_MS)
    rows = stored_tickets(world)
    assert {r["site"] for r in rows} == {RICHES_CLAIRES}
    assert {r["minutes"] for r in rows} == {45}
    assert {r["creator"] for r in rows} == {"desk"}
    last_day = datetime.fromisoformat(rows[0]["valid_to"]).astimezone(BRUSSELS)
    assert last_day.date() == today.addDays(3).toPython()  # exclusive end
    assert (last_day.hour, last_day.minute) == (0, 0)

    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=TIMEOUT_MS)
    codes = {r["code"] for r in rows}
    assert {t.code for t in view.selected_tickets()} == codes
    assert view.model.index(0, Column.CREATED_BY).data() == "desk"
    assert view.model.index(0, Column.STATE).data() == "Not used yet"
    assert view.model.index(0, Column.MINUTES).data() == "45 min"
    assert "3 ticket(s) created at Bibliothèque Riches Claires" in program_message(view)
    assert view.print_button.isEnabled()
    assert not view.form.error.isVisible()


def program_message(view: TicketsView) -> str:
    return view.context.message()


def test_the_site_is_required_when_all_sites_are_shown(qtbot, world: World, console_of) -> None:
    view = tickets_view(qtbot, console_of("chef"))
    qtbot.waitUntil(lambda: view.form.site_combo.count() == 4, timeout=TIMEOUT_MS)
    assert view.form.site_combo.currentData() is None  # "Choose a site…"
    view.form.count.setValue(7)
    view.form.create_button.click()

    assert view.form.error.isVisible()
    assert view.form.error.text() == "Choose the site where the tickets will be used."
    assert view.form.count.value() == 7  # nothing typed is lost
    assert stored_tickets(world) == []

    choose(view.form.site_combo, ESPACE_S)
    view.form.create_button.click()
    qtbot.waitUntil(lambda: len(stored_tickets(world)) == 7, timeout=TIMEOUT_MS)
    assert {r["site"] for r in stored_tickets(world)} == {ESPACE_S}
    assert not view.form.error.isVisible()


def test_the_toolbar_site_is_the_form_default(qtbot, world: World, console_of) -> None:
    program = console_of("chef")
    view = tickets_view(qtbot, program)
    qtbot.waitUntil(lambda: program.window.site_combo.findText(LAEKEN) >= 0, timeout=TIMEOUT_MS)
    choose(program.window.site_combo, LAEKEN)
    assert view.form.site_combo.currentText() == LAEKEN
    assert view.filter_combo.currentText() == LAEKEN


@pytest.mark.calendar
def test_days_in_the_wrong_order_are_an_inline_error(qtbot, world: World, console_of) -> None:
    view = tickets_view(qtbot, console_of("desk"))
    today = site_today(world)
    view.form.valid_from.setDate(today.addDays(3))
    assert view.form.valid_to.date() == today.addDays(3)  # follows the first day
    view.form.valid_to.setDate(today.addDays(1))
    view.form.create_button.click()
    assert view.form.error.text() == "The last day is before the first day."
    assert view.form.valid_from.date() == today.addDays(3)

    view.form.valid_from.setDate(today.addDays(-5))
    view.form.valid_to.setDate(today.addDays(-1))
    view.form.create_button.click()
    assert "already be expired" in view.form.error.text()
    assert stored_tickets(world) == []


def test_an_unreachable_server_is_said_next_to_the_form(qtbot, world: World, console_of) -> None:
    view = tickets_view(qtbot, console_of("desk"))
    view.form.count.setValue(4)
    world.stop_server()
    view.form.create_button.click()
    qtbot.waitUntil(view.form.error.isVisible, timeout=TIMEOUT_MS)
    assert "cannot be reached" in view.form.error.text()
    assert view.form.create_button.isEnabled()
    assert view.form.count.value() == 4


# --- listing ----------------------------------------------------------------------------------


def test_staff_see_the_tickets_of_their_sites_only(qtbot, world: World, console_of) -> None:
    world.client("espace").create_tickets(ESPACE_S, 2, 30)
    world.client("desk").create_tickets(RICHES_CLAIRES, 1, 60)
    view = tickets_view(qtbot, console_of("desk"))
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=TIMEOUT_MS)
    assert view.model.index(0, Column.SITE).data() == RICHES_CLAIRES


def test_the_list_is_filtered_by_site(qtbot, world: World, console_of) -> None:
    chef = world.client("chef")
    chef.create_tickets(ESPACE_S, 2, 30)
    chef.create_tickets(LAEKEN, 3, 90)
    view = tickets_view(qtbot, console_of("chef"))
    qtbot.waitUntil(lambda: view.model.rowCount() == 5, timeout=TIMEOUT_MS)
    assert view.model.index(0, Column.CREATED_BY).data() == "chef"

    choose(view.filter_combo, ESPACE_S)
    view.filter_combo.activated.emit(view.filter_combo.currentIndex())
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=TIMEOUT_MS)
    assert {view.model.ticket(r).site for r in range(2)} == {ESPACE_S}


def test_an_empty_list_says_what_to_do(qtbot, world: World, console_of) -> None:
    view = tickets_view(qtbot, console_of("desk"))
    qtbot.waitUntil(lambda: "press Create" in view.empty.text(), timeout=TIMEOUT_MS)
    assert view.stack.currentWidget() is view.empty
    assert not view.print_button.isEnabled()


# --- printing ---------------------------------------------------------------------------------


def test_preview_print_and_pdf_paint_the_same_pages(
    qtbot, world: World, console_of, tmp_path: Path, monkeypatch
) -> None:
    view = tickets_view(qtbot, console_of("desk"))
    view.form.count.setValue(12)
    view.form.create_button.click()
    qtbot.waitUntil(lambda: view.model.rowCount() == 12, timeout=TIMEOUT_MS)

    previewed = tmp_path / "preview.pdf"

    def preview(parent, title: str, paint) -> None:
        assert title == "Print preview"
        paint(pdf_printer(previewed))

    monkeypatch.setattr(TicketPrinting, "preview", classmethod(lambda cls, *a: preview(*a)))
    view.preview_button.click()
    assert pdf_pages(previewed) == 2  # 10 per page

    printed = tmp_path / "printed.pdf"
    monkeypatch.setattr(
        TicketPrinting, "choose_printer", classmethod(lambda cls, *a: pdf_printer(printed))
    )
    view.print_button.click()
    assert pdf_pages(printed) == 2
    assert program_message(view) == "12 ticket(s) sent to the printer."

    saved = tmp_path / "tickets"
    monkeypatch.setattr(FileDialog, "ask_save", classmethod(lambda cls, *a: str(saved)))
    view.save_pdf()
    pdf = tmp_path / "tickets.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert pdf_pages(pdf) == 2
    assert pdf.stat().st_size > 20_000  # fonts, 12 codes and 12 QR codes
    assert "saved in" in program_message(view)


def test_cancelling_the_print_dialog_prints_nothing(
    qtbot, world: World, console_of, monkeypatch
) -> None:
    view = tickets_view(qtbot, console_of("desk"))
    view.form.create_button.click()
    qtbot.waitUntil(lambda: view.model.rowCount() == 10, timeout=TIMEOUT_MS)
    monkeypatch.setattr(TicketPrinting, "choose_printer", classmethod(lambda cls, *a: None))
    view.print_button.click()
    assert "printer" not in program_message(view)


def test_used_tickets_are_left_out_of_the_printout(
    qtbot, world: World, console_of, tmp_path: Path, monkeypatch
) -> None:
    batch = world.client("desk").create_tickets(RICHES_CLAIRES, 3, 30)
    used = batch.tickets[0].code
    world.station("RC-01").sign_in(used)
    view = tickets_view(qtbot, console_of("desk"))
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=TIMEOUT_MS)
    row = next(r for r in range(3) if view.model.ticket(r).code == used)
    assert view.model.index(row, Column.STATE).data().startswith("Used on ")

    painted: list[list[str]] = []
    monkeypatch.setattr(
        "ui.console.tickets.view.render_tickets",
        lambda device, tickets: painted.append([t.code for t in tickets]) or True,
    )
    monkeypatch.setattr(
        TicketPrinting, "choose_printer", classmethod(lambda cls, *a: pdf_printer(tmp_path / "x"))
    )
    view.table.selectAll()
    view.print_button.click()
    assert len(painted) == 1
    assert sorted(painted[0]) == sorted(t.code for t in batch.tickets[1:])
    assert program_message(view) == "2 ticket(s) sent to the printer."

    view.table.clearSelection()
    view.table.selectRow(row)
    view.print_button.click()
    assert len(painted) == 1
    assert view.context.message_is_error
    assert "can still be used" in program_message(view)


def test_select_batch_selects_the_tickets_made_together(qtbot, world: World, console_of) -> None:
    desk = world.client("desk")
    first = desk.create_tickets(RICHES_CLAIRES, 2, 30)
    desk.create_tickets(RICHES_CLAIRES, 3, 60)
    view = tickets_view(qtbot, console_of("desk"))
    qtbot.waitUntil(lambda: view.model.rowCount() == 5, timeout=TIMEOUT_MS)
    row = next(r for r in range(5) if view.model.ticket(r).batch_id == first.batch_id)
    view.table.setCurrentIndex(view.model.index(row, 0))
    view.batch_button.click()
    assert {t.code for t in view.selected_tickets()} == {t.code for t in first.tickets}


# --- the page itself --------------------------------------------------------------------------


def render(tickets: list[PrintedTicket], dpi: int = 300) -> tuple[QImage, float, list]:
    mm = dpi / 25.4
    image = QImage(round(210 * mm), round(297 * mm), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    painter = QPainter(image)
    drawn = paint_page(painter, QRectF(0, 0, image.width(), image.height()), mm, tickets)
    painter.end()
    return image, mm, drawn


def test_the_page_shows_each_code_and_its_qr_code(qapp) -> None:
    codes = ["ABCDE23456", "ZYXWV98765", "KMNPQ34567"]
    tickets = [
        PrintedTicket(ESPACE_S, code, 60, date(2026, 11, 27), date(2026, 11, 30)) for code in codes
    ]
    image, mm, drawn = render(tickets)
    texts = [text for text, _ in drawn]
    page = QRectF(0, 0, image.width(), image.height())
    cards = card_rects(page, mm)
    for card, code in zip(cards, codes, strict=False):
        # the code, in two groups drawn apart, inside its ticket and with ink on the page
        for group in code_groups(code):
            box = next(box for text, box in drawn if text == group)
            assert card.contains(box)
            assert dark_share(image, box) > 0.05
        assert "60 min" in texts and "27/11/2026 → 30/11/2026" in texts
        assert all(sentence in texts for sentence in HOW_TO)
        # every module of the QR code is where the matrix says
        matrix = qr_matrix(code)
        area = qr_rect(card, mm)
        size = area.width() / len(matrix)
        for y, row in enumerate(matrix):
            for x, dark in enumerate(row):
                pixel = image.pixelColor(
                    int(area.x() + (x + 0.5) * size), int(area.y() + (y + 0.5) * size)
                )
                assert (pixel.lightness() < 100) == dark, (code, x, y)
    # the fourth card stays blank but for the cut lines
    assert dark_share(image, cards[3].adjusted(mm, mm, -mm, -mm)) == 0


def dark_share(image: QImage, box: QRectF) -> float:
    dark = total = 0
    for y in range(int(box.top()), int(box.bottom()), 2):
        for x in range(int(box.left()), int(box.right()), 2):
            total += 1
            dark += image.pixelColor(x, y).lightness() < 128
    return dark / max(total, 1)
