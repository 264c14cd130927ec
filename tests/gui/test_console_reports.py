"""The console's Reports page against the real server: the label report of a quarter saved as a
PDF, an XLSX spreadsheet and a ZIP of CSV files; the default period; a refused period said in
a sentence; a staff member offered only their sites; the empty period still saved."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl
import pypdf
import pytest
from PySide6.QtCore import QDate, Qt

from tests.helpers.clock import FakeClock
from tests.helpers.desk_world import (
    TIMEOUT_MS,
    Seed,
    Staff,
    Visitor,
    World,
    add_session,
    choose_site,
    console_of,
    open_view,
    page_context,
    world_of,
)
from ui.console.dialogs import FileDialog
from ui.console.reports.view import KINDS, ReportsView, last_complete_month

#: Wednesday 28 October 2026, 15:00 in Brussels.
NOW = datetime(2026, 10, 28, 14, 0, tzinfo=UTC)

REPORTS = Seed(
    sites=("Centre", "Nord"),
    stations=(("PC-01", "Centre"), ("PC-09", "Nord")),
    staff=(Staff("boss", "admin"), Staff("desk", sites=("Centre",))),
    visitors=(Visitor("1001", category="adult"), Visitor("1002", category="senior")),
)


def add_sessions(world: World) -> None:
    """In the third quarter: 3 sessions at the Centre (2 visitors, 5 hours), 1 at the Nord."""
    adult, senior = world.visitor_ids["1001"], world.visitor_ids["1002"]
    db = world.db
    add_session(db, "PC-01", adult, "2026-07-06T08:00", "2026-07-06T10:00", 7200)
    add_session(db, "PC-01", senior, "2026-08-12T09:00", "2026-08-12T11:00", 7200)
    add_session(db, "PC-01", adult, "2026-09-15T10:00", "2026-09-15T11:00", 3600)
    add_session(db, "PC-09", adult, "2026-09-16T10:00", "2026-09-16T13:00", 10800)


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    with world_of(tmp_path, REPORTS, prepare=add_sessions, clock=FakeClock(NOW)) as running:
        yield running


@contextmanager
def reports_view(qtbot, world: World, username: str) -> Iterator[ReportsView]:
    with page_context(world, username, with_sites=True) as context:
        view = ReportsView(context)
        qtbot.addWidget(view)
        view.show()
        yield view
        view.close()


@pytest.fixture
def saving(tmp_path: Path, monkeypatch) -> list[str]:
    """The save dialog answers a file in tmp_path named as it suggested; returns the names."""
    asked: list[str] = []

    def ask_save(cls, parent, title, name, filter):
        asked.append(name)
        return str(tmp_path / name)

    monkeypatch.setattr(FileDialog, "ask_save", classmethod(ask_save))
    return asked


def choose(view: ReportsView, *, kind: str, year: int, quarter: int = 1, fmt: str = "pdf") -> None:
    view.kind_combo.setCurrentIndex(KINDS.index(kind))
    view.year_spin.setValue(year)
    view.quarter_combo.setCurrentIndex(quarter - 1)
    view.format_combo.setCurrentIndex(view.format_combo.findData(fmt))


def create(qtbot, view: ReportsView) -> None:
    qtbot.mouseClick(view.create_button, Qt.MouseButton.LeftButton)
    assert view.busy and not view.create_button.isEnabled()
    assert view.message.text() == "Creating the report…"
    qtbot.waitUntil(lambda: not view.busy, timeout=TIMEOUT_MS)


def test_the_default_is_the_last_complete_month(qtbot, world: World) -> None:
    assert last_complete_month(date(2027, 1, 3)) == (2026, 12)
    with reports_view(qtbot, world, "boss") as view:
        request = view.request()
        assert (request.period, request.site_id, request.language, request.file_format) == (
            "2026-09",
            None,
            "en",
            "pdf",
        )
        assert request.file_name() == "epn-label-2026-09-network.pdf"
        assert [view.site_combo.itemText(i) for i in range(view.site_combo.count())] == [
            "The whole network",
            "Centre",
            "Nord",
        ]
        assert view.from_edit.date() == QDate(2026, 9, 1)
        assert view.to_edit.date() == QDate(2026, 9, 30)
        # every field is named for screen readers, from its label
        assert view.site_combo.accessibleName() == "Site"
        assert view.format_combo.accessibleName() == "Format"
        assert view.kind_label.buddy() is view.kind_combo


def test_a_quarter_as_pdf_names_the_site_and_its_figures(qtbot, world: World, saving) -> None:
    opened: list[str] = []
    with reports_view(qtbot, world, "boss") as view:
        choose(view, kind="quarter", year=2026, quarter=3)
        view.site_combo.setCurrentIndex(view.site_combo.findText("Centre"))
        create(qtbot, view)
        assert saving == ["epn-label-2026-Q3-centre.pdf"]
        path = Path(view.saved_path or "")
        assert path.name == "epn-label-2026-Q3-centre.pdf"
        assert view.message.text() == f"Saved: {path}"
        assert view.open_button.isVisible()
        original = FileDialog.open_file
        try:
            FileDialog.open_file = classmethod(lambda cls, p: opened.append(p))  # type: ignore[method-assign]
            qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
        finally:
            FileDialog.open_file = original  # type: ignore[method-assign]
    assert opened == [str(path)]
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)
    assert "Centre" in text and "Nord" not in text
    assert "Period 2026-Q3" in text
    # the Centre's 3 sessions and 5 hours of the quarter, not the Nord's
    assert "Sessions 3" in text and "Free-access hours used 5" in text


def test_a_quarter_as_xlsx_and_as_a_zip_of_csv(qtbot, world: World, saving) -> None:
    with reports_view(qtbot, world, "boss") as view:
        choose(view, kind="quarter", year=2026, quarter=3, fmt="xlsx")
        create(qtbot, view)
        xlsx = Path(view.saved_path or "")
        choose(view, kind="quarter", year=2026, quarter=3, fmt="csv")
        view.language_combo.setCurrentIndex(view.language_combo.findData("fr"))
        create(qtbot, view)
        archive = Path(view.saved_path or "")
    assert saving == ["epn-label-2026-Q3-network.xlsx", "epn-label-2026-Q3-network.zip"]
    book = openpyxl.load_workbook(xlsx, read_only=True)
    cells = [
        cell
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for cell in row
    ]
    book.close()
    assert "Centre" in cells and "Nord" in cells
    assert 4 in cells  # sessions of the network in the quarter
    with zipfile.ZipFile(archive) as files:
        names = files.namelist()
        assert names and all(name.endswith(".csv") for name in names)
        summary = files.read(names[0]).decode("utf-8-sig")
    assert "Sessions" in summary and "Centre" in "".join(
        zipfile.ZipFile(archive).read(n).decode("utf-8-sig") for n in names
    )


def test_a_refused_period_is_said_in_a_sentence(qtbot, world: World, saving) -> None:
    with reports_view(qtbot, world, "boss") as view:
        view.kind_combo.setCurrentIndex(KINDS.index("dates"))
        view.from_edit.setDate(QDate(2026, 9, 30))
        view.to_edit.setDate(QDate(2026, 9, 1))
        create(qtbot, view)
        assert view.message.text() == "The last day is before the first day: check the dates."
        assert view.saved_path is None and not view.open_button.isVisible()
        choose(view, kind="year", year=2027)
        create(qtbot, view)
        assert view.message.text() == (
            "This period has not started yet: choose a period that has begun."
        )
    assert not any(Path(name).exists() for name in saving)


def test_staff_see_only_their_sites(qtbot, world: World, saving) -> None:
    with reports_view(qtbot, world, "desk") as view:
        assert [view.site_combo.itemText(i) for i in range(view.site_combo.count())] == ["Centre"]
        choose(view, kind="quarter", year=2026, quarter=3, fmt="xlsx")
        create(qtbot, view)
        book = openpyxl.load_workbook(view.saved_path or "", read_only=True)
    cells = {c for s in book.worksheets for row in s.iter_rows(values_only=True) for c in row}
    book.close()
    assert "Centre" in cells and "Nord" not in cells
    assert saving == ["epn-label-2026-Q3-centre.xlsx"]


def test_another_site_is_refused(qtbot, world: World, saving) -> None:
    with reports_view(qtbot, world, "desk") as view:
        view.site_combo.addItem("Nord", 2)  # never offered: as if the list were out of date
        view.site_combo.setCurrentIndex(1)
        create(qtbot, view)
        assert view.message.text() == "You may not do this at this site."


def test_an_empty_period_is_still_saved(qtbot, world: World, saving) -> None:
    with reports_view(qtbot, world, "boss") as view:
        choose(view, kind="quarter", year=2026, quarter=1, fmt="pdf")
        create(qtbot, view)
        path = Path(view.saved_path or "")
    assert path.is_file()
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(path).pages)
    assert "empty" in text.lower()


FIXTURES = (console_of,)


def test_in_the_window_the_page_lists_the_sites_read_after_it_was_built(qtbot, console_of) -> None:
    program = console_of("boss")
    view = open_view(qtbot, program, ReportsView)
    assert program.window.views.index(view) == 5  # Ctrl+6, after the statistics
    qtbot.waitUntil(lambda: view.site_combo.count() == 3, timeout=TIMEOUT_MS)
    assert view.site_combo.currentData() is None  # the whole network, as the toolbar
    choose_site(program, "Nord")
    qtbot.waitUntil(lambda: view.site_combo.currentText() == "Nord", timeout=TIMEOUT_MS)
