"""What the console's style sheet draws reads: selected rows of every kind of item view, and the
placeholders of its fields (4.5:1), seen by the screen checks on the rendered pixels."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ui.checks import check_window
from ui.console.fields import fit_placeholder
from ui.console.tables import show_cells_whole
from ui.theme import CONSOLE_STYLE


def rows(parent: QWidget) -> QStandardItemModel:
    model = QStandardItemModel(0, 2, parent)
    for name, visitor in (("RC-01", "Fatima El Amrani"), ("RC-02", "Jan Peeters")):
        model.appendRow([QStandardItem(name), QStandardItem(visitor)])
    return model


@pytest.mark.parametrize("view_class", [QTableView, QTreeView, QListView])
@pytest.mark.parametrize("focused", [True, False])
def test_a_selected_row_reads_in_every_view(qtbot, view_class, focused: bool) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.setStyleSheet(CONSOLE_STYLE)
    window.resize(500, 300)
    view: QAbstractItemView = view_class()
    view.setModel(rows(window))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    other = QLineEdit("RC")
    layout = QVBoxLayout(window)
    layout.addWidget(other)
    layout.addWidget(view)
    window.show()
    window.activateWindow()
    view.selectionModel().select(
        view.model().index(0, 0),
        view.selectionModel().SelectionFlag.Select | view.selectionModel().SelectionFlag.Rows,
    )
    (view if focused else other).setFocus()
    QApplication.processEvents()

    findings = check_window(window, checks=("contrast",))

    assert [str(f) for f in findings] == []


def test_placeholders_read(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.setStyleSheet(CONSOLE_STYLE)
    search = QLineEdit()
    search.setPlaceholderText("Computer or visitor (Ctrl+F)")
    combo = QComboBox()
    combo.setEditable(True)
    combo.lineEdit().setPlaceholderText("Any staff member")
    layout = QVBoxLayout(window)
    layout.addWidget(search)
    layout.addWidget(combo)
    window.resize(500, 120)
    window.show()
    QApplication.processEvents()

    findings = check_window(window, checks=("contrast",))

    assert [str(f) for f in findings] == []


DETAILS = (
    "category: senior; minutes per day: 0; minutes per session: 90; minutes per week: 720",
    '"C:\\Program Files\\LibreOffice\\program\\soffice.exe" --calc',
    "exceptional days: (date 2026-12-08, opening hours 09:00-18:00) → —",
)


def test_cells_shown_whole_follow_new_rows_and_column_widths(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.setStyleSheet(CONSOLE_STYLE)
    window.resize(700, 500)
    model = QStandardItemModel(0, 2, window)
    table = QTableView()
    table.setModel(model)
    table.verticalHeader().hide()
    show_cells_whole(table)
    QVBoxLayout(window).addWidget(table)
    window.show()
    table.setColumnWidth(0, 120)
    table.setColumnWidth(1, 300)
    QApplication.processEvents()
    for text in DETAILS:  # rows come after the table is on screen, as from the server
        model.appendRow([QStandardItem("Changed a time rule"), QStandardItem(text)])
    qtbot.waitUntil(lambda: check_window(window, checks=("layout",)) == [])

    table.setColumnWidth(1, 160)  # narrower: more lines
    qtbot.waitUntil(lambda: check_window(window, checks=("layout",)) == [])

    assert all(table.rowHeight(row) > table.fontMetrics().height() * 2 for row in range(3))


def test_a_search_field_shows_its_whole_placeholder_in_a_crowded_row(qtbot) -> None:
    # the room's filter row: the search used to get 160 px, "Computer or visite…"
    window = QWidget()
    qtbot.addWidget(window)
    row = QHBoxLayout(window)
    for text in ("All (8)", "In use (3)", "Free (2)", "To watch (1)", "Offline or out of order"):
        row.addWidget(QPushButton(text))
    search = QLineEdit()
    search.setClearButtonEnabled(True)
    search.setPlaceholderText("Computer or visitor (Ctrl+F)")
    fit_placeholder(search)
    row.addWidget(search)
    window.show()
    window.setStyleSheet(CONSOLE_STYLE)  # after: as the console window gets its style
    window.resize(window.minimumSizeHint())
    QApplication.processEvents()

    assert check_window(window, checks=("layout",)) == []

    search.setPlaceholderText("Ordinateur, visiteur ou numéro de carte (Ctrl+F)")
    fit_placeholder(search)  # a language switch
    window.resize(window.minimumSizeHint())
    QApplication.processEvents()

    assert check_window(window, checks=("layout",)) == []


def test_a_path_wider_than_its_column_wraps_at_its_separators(qtbot) -> None:
    # the catalogue's Windows commands were cut at "C:\Program Files\LibreOffice\p"
    window = QWidget()
    qtbot.addWidget(window)
    window.setStyleSheet(CONSOLE_STYLE)
    window.resize(400, 300)
    model = QStandardItemModel(0, 1, window)
    path = '"C:\\Program Files\\LibreOffice\\program\\soffice.exe" --calc'
    model.appendRow(QStandardItem(path))
    table = QTableView()
    table.setModel(model)
    table.verticalHeader().hide()
    show_cells_whole(table)
    table.setColumnWidth(0, 130)
    QVBoxLayout(window).addWidget(table)
    window.show()

    qtbot.waitUntil(lambda: check_window(window, checks=("layout",)) == [])
    assert model.item(0).text() == path  # what the filter and a copy see: unchanged
