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
