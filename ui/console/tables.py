"""Tables whose cells show their whole text: wrapped, each row as tall as its lines.

A staff member reads an audit entry or an app's command where it stands, without widening a
column or hovering for a tooltip. The rows follow what changes their lines: a column resized
(by hand, or by a stretched column when the window resizes), rows added, sorted or filtered.
A path or a command line has no space to wrap at ("C:\\Program Files\\LibreOffice\\…"): it
may also wrap after its separators, as drawn only (the model's text, its filter and its sort
are unchanged).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTableView

#: Where a long word may break when it is wider than its column: after these characters.
BREAK_AFTER = "\\/_.,;:="
#: An invisible break opportunity.
ZERO_WIDTH_SPACE = "\u200b"


def breakable(text: str) -> str:
    """``text`` with a break opportunity after each separator of paths and command lines."""
    return "".join(c + ZERO_WIDTH_SPACE if c in BREAK_AFTER else c for c in text)


class WrappingDelegate(QStyledItemDelegate):
    """Draws (and measures) a cell's text with its separators as break opportunities."""

    def initStyleOption(  # Qt override
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.text = breakable(option.text)  # type: ignore[attr-defined]


def show_cells_whole(table: QTableView) -> None:
    """Wrap every cell of ``table`` (its model already set) and keep its rows fitted."""
    table.setWordWrap(True)
    table.setTextElideMode(Qt.TextElideMode.ElideNone)
    table.setItemDelegate(WrappingDelegate(table))
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
