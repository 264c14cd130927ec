"""What the two grids of the Time allowances page share (allowances, session rules): one
read-only line per category, compact, as tall as its lines, one line selected at a time; and
the page parts' inline error and read-only sentences."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableWidget, QWidget


class CategoryGrid(QTableWidget):
    """Lines with a ``category``; subclasses fill the cells (``_fill``) and name the columns."""

    def __init__(self, name: str, columns: int, stretch: int, parent: QWidget | None = None):
        super().__init__(0, columns, parent)
        self.setObjectName(name)
        self.lines: list[Any] = []
        #: The site the lines are for; None: city-wide.
        self.site: int | None = None
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        # compact lines: the page shows both grids, allowances and session rules, at 1280×800
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 9)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def sizeHint(self) -> QSize:
        """As tall as its lines: the page gives what is left to the other grid."""
        rows = self.verticalHeader().length() or self.verticalHeader().defaultSectionSize()
        height = self.horizontalHeader().sizeHint().height() + rows + 2 * self.frameWidth()
        return QSize(super().sizeHint().width(), height)

    def show_lines(self, lines: list[Any], site: int | None) -> None:
        self.lines, self.site = lines, site
        self._fill()

    def _fill(self) -> None:
        raise NotImplementedError

    # --- selection ---------------------------------------------------------------------------

    def selected(self) -> Any | None:
        rows = self.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.lines):
            return None
        return self.lines[rows[0].row()]

    def select_category(self, category: str) -> bool:
        for row, line in enumerate(self.lines):
            if line.category == category:
                self.selectRow(row)
                return True
        return False

    def line(self, category: str) -> Any | None:
        return next((line for line in self.lines if line.category == category), None)


class InlineNotes:
    """The inline error and the read-only sentence of a part of the page (``self.error`` and
    ``self.read_only`` are its labels)."""

    error: QLabel
    read_only: QLabel

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _hide_error(self) -> None:
        self.error.clear()
        self.error.hide()

    @property
    def error_text(self) -> str:
        return self.error.text() if self.error.isVisibleTo(self) else ""  # type: ignore[arg-type]

    @property
    def read_only_text(self) -> str:
        shown = self.read_only.isVisibleTo(self)  # type: ignore[arg-type]
        return self.read_only.text() if shown else ""
