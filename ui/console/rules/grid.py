"""The one grid of the Time allowances page, built from a description of its columns.

A read-only line per category, compact, as tall as its lines, one line selected at a time. At a
site, a cell whose value is this site's own is bold and an inherited one muted. F2 and Del act
on the grid that has the focus: the page shows two of them (allowances, session rules) and each
takes the keys before the window's shortcuts and says so by a signal.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from kiosk.protocol.limits import DEFAULT_CATEGORY, GUEST_CATEGORY
from ui.console.visitors.texts import category_text as visitor_category_text
from ui.theme import MUTED

CATEGORY_ROLE = Qt.ItemDataRole.UserRole

# lupdate finds calls of a function named translate with a literal context and text.
translate = QCoreApplication.translate


def category_text(category: str) -> str:
    """A category's name on the page: '*' and the guests' category said in words."""
    if category == DEFAULT_CATEGORY:
        return translate("AllowanceGrid", "Every other category")
    if category == GUEST_CATEGORY:
        return translate("AllowanceGrid", "Guest (tickets)")
    return visitor_category_text(category)


def _nothing(_line: Any, _city: bool) -> str:
    return ""


def _unmarked(_line: Any) -> bool | None:
    return None


@dataclass(frozen=True)
class Column:
    """One column: its heading, and for a line (seen city-wide or not) its text."""

    header: Callable[[], str]
    text: Callable[[Any, bool], str]
    #: Seen from a site, whether the cell's value is the site's own (bold), inherited (muted)
    #: or neither (None).
    at_site: Callable[[Any], bool | None] = _unmarked
    tooltip: Callable[[Any, bool], str] = _nothing
    right: bool = False  # figures, aligned right


@dataclass(frozen=True)
class Columns:
    """What a grid shows: its columns, which one takes the width left, and its name."""

    name: str  # the object name
    columns: Sequence[Column]
    stretch: int
    accessible_name: Callable[[], str]


class RuleGrid(QTableWidget):
    """Lines with a ``category``, each cell filled by its column's description."""

    change_requested = Signal()
    remove_requested = Signal()

    def __init__(self, columns: Columns, parent: QWidget | None = None) -> None:
        super().__init__(0, len(columns.columns), parent)
        self.columns = columns
        self.setObjectName(columns.name)
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
        header.setSectionResizeMode(columns.stretch, QHeaderView.ResizeMode.Stretch)

    def sizeHint(self) -> QSize:
        """As tall as its lines: the page gives what is left to the other grid."""
        rows = self.verticalHeader().length() or self.verticalHeader().defaultSectionSize()
        height = self.horizontalHeader().sizeHint().height() + rows + 2 * self.frameWidth()
        return QSize(super().sizeHint().width(), height)

    # --- keys --------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_F2, Qt.Key.Key_Delete)
            and not event.modifiers()
        ):
            event.accept()  # this grid's, not the window's shortcut of the other grid
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F2 and not event.modifiers():
            self.change_requested.emit()
        elif event.key() == Qt.Key.Key_Delete and not event.modifiers():
            self.remove_requested.emit()
        else:
            super().keyPressEvent(event)

    # --- cells -------------------------------------------------------------------------------

    def show_lines(self, lines: list[Any], site: int | None) -> None:
        self.lines, self.site = lines, site
        self._fill()

    def _fill(self) -> None:
        self.setRowCount(len(self.lines))
        self.updateGeometry()
        city = self.site is None
        for row, line in enumerate(self.lines):
            for number, column in enumerate(self.columns.columns):
                item = QTableWidgetItem(column.text(line, city))
                item.setData(CATEGORY_ROLE, line.category)
                if column.right:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                own = None if city else column.at_site(line)
                if own:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                elif own is not None:
                    item.setForeground(QBrush(QColor(MUTED)))
                tip = column.tooltip(line, city)
                if tip:
                    item.setToolTip(tip)
                self.setItem(row, number, item)

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([column.header() for column in self.columns.columns])
        self.setAccessibleName(self.columns.accessible_name())
        self._fill()

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
