"""Tables whose cells show their whole text: wrapped, each row as tall as its lines.

A staff member reads an audit entry or an app's command where it stands, without widening a
column or hovering for a tooltip. The rows follow what changes their lines: a column resized
(by hand, or by a stretched column when the window resizes), rows added, sorted or filtered.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QTableView


def show_cells_whole(table: QTableView) -> None:
    """Wrap every cell of ``table`` (its model already set) and keep its rows fitted."""
    table.setWordWrap(True)
    table.setTextElideMode(Qt.TextElideMode.ElideNone)
    # once per burst of changes (a model reset adds rows one by one, a drag resizes many times)
    timer = QTimer(table, singleShot=True, interval=0)
    timer.setObjectName("table-fit-rows")
    timer.timeout.connect(table.resizeRowsToContents)

    def refit(*_args: object) -> None:
        timer.start()

    table.horizontalHeader().sectionResized.connect(refit)
    model = table.model()
    for signal in (
        model.rowsInserted,
        model.modelReset,
        model.layoutChanged,
        model.dataChanged,
    ):
        signal.connect(refit)
    refit()
