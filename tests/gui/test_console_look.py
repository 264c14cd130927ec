"""What the console's style sheet draws reads: selected rows of every kind of item view, and the
placeholders of its fields (4.5:1), seen by the screen checks on the rendered pixels."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QListView,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ui.checks import check_window
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
