"""The live table of stations: one row per station, a local countdown between server updates."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor

from kiosk.protocol import StationState, StationStatus
from ui.kiosk.messages import format_remaining
from ui.theme import BLUE, MUTED, ORANGE

#: The data role that gives the row's StationStatus (for the window's actions).
STATION_ROLE = Qt.ItemDataRole.UserRole + 1
#: The data role the sort proxy uses: numbers sort as numbers, names as text.
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex
_STATE_COLOURS = {StationState.FREE: BLUE, StationState.IN_USE: ORANGE, StationState.OFFLINE: MUTED}
_STATE_ORDER = {StationState.IN_USE: 0, StationState.FREE: 1, StationState.OFFLINE: 2}


class Column(IntEnum):
    STATION = 0
    STATE = 1
    VISITOR = 2
    TIME_LEFT = 3
    PENDING = 4


class StationTableModel(QAbstractTableModel):
    """Rows are updated in place so that the view's selection survives every server update.

    The time left counts down locally from the ``seconds_left`` the server sent, measured with a
    monotonic clock from the moment of receipt; the next server update replaces it.
    """

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        tick_ms: int = 1000,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._rows: list[StationStatus] = []
        self._received_at = clock()
        self.countdown_timer = QTimer(self, objectName="console-countdown")
        self.countdown_timer.setInterval(tick_ms)
        self.countdown_timer.timeout.connect(self.refresh_countdown)
        self.countdown_timer.start()

    # --- content ---------------------------------------------------------------------------

    def set_stations(self, stations: Sequence[StationStatus]) -> None:
        """Take a new server snapshot: update known rows, remove gone ones, append new ones."""
        self._received_at = self._clock()
        incoming = {s.id: s for s in stations}
        for row in reversed(range(len(self._rows))):
            if self._rows[row].id not in incoming:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
        known = {s.id for s in self._rows}
        for row, old in enumerate(self._rows):
            self._rows[row] = incoming[old.id]
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1)
            )
        new = [s for s in stations if s.id not in known]
        if new:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            self._rows.extend(new)
            self.endInsertRows()

    def stations(self) -> list[StationStatus]:
        return list(self._rows)

    def station_at(self, row: int) -> StationStatus:
        return self._rows[row]

    def row_of(self, name: str) -> int | None:
        for row, station in enumerate(self._rows):
            if station.name == name:
                return row
        return None

    def seconds_left(self, station: StationStatus) -> int | None:
        """Time left now: what the server said, minus what has elapsed since it said it."""
        if station.state != StationState.IN_USE or station.seconds_left is None:
            return None
        elapsed = int(self._clock() - self._received_at)
        return max(0, station.seconds_left - elapsed)

    def refresh_countdown(self) -> None:
        if self._rows:
            self.dataChanged.emit(
                self.index(0, Column.TIME_LEFT),
                self.index(len(self._rows) - 1, Column.TIME_LEFT),
                [Qt.ItemDataRole.DisplayRole, SORT_ROLE],
            )

    def retranslate(self) -> None:
        """Called by the window on a language switch: headers and state names change."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1)
            )

    # --- Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            Column.STATION: self.tr("Station"),
            Column.STATE: self.tr("State"),
            Column.VISITOR: self.tr("Visitor"),
            Column.TIME_LEFT: self.tr("Time left"),
            Column.PENDING: self.tr("Pending"),
        }
        return titles.get(Column(section)) if 0 <= section < len(Column) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        station = self._rows[index.row()]
        column = Column(index.column())
        if role == STATION_ROLE:
            return station
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(station, column)
        if role == SORT_ROLE:
            return self._sort_key(station, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.STATE:
            return QBrush(QColor(_STATE_COLOURS[station.state]))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.TIME_LEFT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, station: StationStatus, column: Column) -> str:
        if column == Column.STATION:
            return station.name
        if column == Column.STATE:
            return self.state_text(station.state)
        if column == Column.VISITOR:
            if station.state != StationState.IN_USE:
                return ""
            return station.visitor_name or station.visitor_identifier or ""
        if column == Column.TIME_LEFT:
            left = self.seconds_left(station)
            return "" if left is None else format_remaining(left)
        if station.pending_commands:
            return self.tr("%n pending", "", station.pending_commands)
        return ""

    def _sort_key(self, station: StationStatus, column: Column) -> Any:
        if column == Column.STATE:
            return _STATE_ORDER[station.state]
        if column == Column.TIME_LEFT:
            left = self.seconds_left(station)
            return -1 if left is None else left
        if column == Column.PENDING:
            return station.pending_commands
        return self._display(station, column).casefold()

    def state_text(self, state: StationState) -> str:
        # Spelled out so that lupdate sees each sentence.
        if state == StationState.FREE:
            return self.tr("Free")
        if state == StationState.IN_USE:
            return self.tr("In use")
        return self.tr("Offline")
