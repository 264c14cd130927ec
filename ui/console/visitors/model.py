"""The table of visitors found by a search: one row per account."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from kiosk.protocol.people import VisitorDetail
from ui.console.visitors.texts import category_text, state_text
from ui.theme import RED

#: The data role that gives the row's VisitorDetail.
VISITOR_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class VisitorColumn(IntEnum):
    IDENTIFIER = 0
    NAME = 1
    CATEGORY = 2
    AGE_BAND = 3
    STATE = 4


class VisitorTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[VisitorDetail] = []
        self._headers: list[str] = []
        self.retranslate()

    def set_visitors(self, visitors: Sequence[VisitorDetail]) -> None:
        self.beginResetModel()
        self._rows = list(visitors)
        self.endResetModel()

    def update_visitor(self, visitor: VisitorDetail) -> None:
        """Replace the row of this identifier (after an action), or add it at the top."""
        row = self.row_of(visitor.identifier)
        if row is None:
            self.beginInsertRows(QModelIndex(), 0, 0)
            self._rows.insert(0, visitor)
            self.endInsertRows()
            return
        self._rows[row] = visitor
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(VisitorColumn) - 1))

    def remove_visitor(self, identifier: str) -> None:
        """Drop the row of this identifier (an erased account), if shown."""
        row = self.row_of(identifier)
        if row is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def visitors(self) -> list[VisitorDetail]:
        return list(self._rows)

    def row_of(self, identifier: str) -> int | None:
        return next((i for i, v in enumerate(self._rows) if v.identifier == identifier), None)

    def retranslate(self) -> None:
        self._headers = [
            self.tr("Card"),
            self.tr("Name"),
            self.tr("Category"),
            self.tr("Age"),
            self.tr("Account"),
        ]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(VisitorColumn) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(VisitorColumn) - 1)
            )

    # --- QAbstractTableModel ----------------------------------------------------------------

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(VisitorColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        visitor = self._rows[index.row()]
        column = VisitorColumn(index.column())
        if role == VISITOR_ROLE:
            return visitor
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                VisitorColumn.IDENTIFIER: visitor.identifier,
                VisitorColumn.NAME: visitor.display_name or "",
                VisitorColumn.CATEGORY: category_text(visitor.category),
                VisitorColumn.AGE_BAND: visitor.age_band or "",
                VisitorColumn.STATE: state_text(visitor),
            }[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == VisitorColumn.STATE:
            return None if visitor.enabled else QBrush(QColor(RED))
        if role == Qt.ItemDataRole.ToolTipRole and column == VisitorColumn.STATE:
            return state_text(visitor)
        return None
