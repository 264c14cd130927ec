"""The room's stations as a Qt model: one row per station, shared by the tiles and the list.

Rows are updated in place so that the views' shared selection survives every server update.
The time left counts down locally from the ``seconds_left`` the server sent, measured with a
monotonic clock from the moment of receipt; the next server update replaces it.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import IntEnum, StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QFont

from kiosk.protocol.commands import CommandKind
from kiosk.protocol.room import StationState, StationStatus
from ui.console.room import texts as room_text
from ui.console.room.commands import SLOW_SECONDS, CommandTracker
from ui.console.room.hold_texts import hold_text
from ui.console.room.icons import alert_icon, state_icon

#: The data role that gives the row's StationStatus (for the room's actions).
STATION_ROLE = Qt.ItemDataRole.UserRole + 1
#: The data role the sort proxy uses: numbers sort as numbers, names as text.
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
#: Seconds left now (int), None without a session.
SECONDS_LEFT_ROLE = Qt.ItemDataRole.UserRole + 3
#: The tile's notes: list[Note], errors first, then the station's alerts, its recent errors,
#: pending commands, warnings.
NOTES_ROLE = Qt.ItemDataRole.UserRole + 4
#: Whether the station needs the desk's attention (bool).
ATTENTION_ROLE = Qt.ItemDataRole.UserRole + 5
#: Seconds the visitor has waited since calling the desk (int), None when not calling.
DESK_CALL_ROLE = Qt.ItemDataRole.UserRole + 6

_Index = QModelIndex | QPersistentModelIndex

#: The colour of each state; always shown with the state's name and icon, never alone.
STATE_COLOURS = {
    StationState.FREE: "#1e7a34",
    StationState.IN_USE: "#0b3d91",
    StationState.LOCKED: "#9a4a00",
    StationState.OUT_OF_ORDER: "#b3261e",
    StationState.OFFLINE: "#5f6368",
}
#: Sorting by state: sessions first, then free, then what cannot be used.
STATE_ORDER = {
    StationState.IN_USE: 0,
    StationState.LOCKED: 1,
    StationState.FREE: 2,
    StationState.OUT_OF_ORDER: 3,
    StationState.OFFLINE: 4,
}
LOW_TIME_COLOUR = "#b3261e"
#: A computer calling the desk: violet, unlike any state's colour; always with its words.
DESK_CALL_COLOUR = "#6d28d9"


class Column(IntEnum):
    STATION = 0
    STATE = 1
    VISITOR = 2
    TIME_LEFT = 3
    APP = 4
    NOTES = 5


class NoteKind(StrEnum):
    #: The visitor called the desk and waits (first of all notes).
    DESK_CALL = "desk_call"
    ERROR = "error"
    #: The station's protection is not what it should be, or a PC tried a stale code of it.
    ALERT = "alert"
    #: The station forwarded errors of its own lately (``StationStatus.recent_errors``).
    STATION_ERRORS = "station_errors"
    PENDING = "pending"
    OUT_OF_ORDER = "out_of_order"  # the reason staff gave
    WARNING = "warning"
    #: The computer is held for a booking or the queue, now or later today (what for, when).
    HOLD = "hold"


@dataclass(frozen=True)
class Note:
    kind: NoteKind
    text: str


def has_alert(station: StationStatus) -> bool:
    """The station's tile shows its warning state: an alert, or a refused enrolment."""
    return bool(station.alerts) or station.enrolment_refused is not None


def natural_key(name: str) -> tuple[Any, ...]:
    """PC-2 before PC-10."""
    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part.casefold())
        for part in re.split(r"(\d+)", name)
        if part
    )


class StationTableModel(QAbstractTableModel):
    """The stations the feed reports, with the commands this console is waiting for."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        tracker: CommandTracker | None = None,
        clock: Callable[[], float] = time.monotonic,
        tick_ms: int = 1000,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.tracker = tracker or CommandTracker(clock)
        self._rows: list[StationStatus] = []
        self._received_at = clock()
        self._first_seen: dict[int, float] = {}  # pending command id -> when first listed
        #: Each site's timezone (site id -> zone), to say a hold's times at the site's clock.
        self.timezones: dict[int, str] = {}
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
        listed = {c.id for s in stations for c in s.pending}
        self._first_seen = {cid: self._first_seen.get(cid, self._received_at) for cid in listed}
        self.changed()
        new = [s for s in stations if s.id not in known]
        if new:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            self._rows.extend(new)
            self.endInsertRows()

    def changed(self, name: str | None = None) -> None:
        """Repaint every row (or the named station's): pending commands or errors changed."""
        if not self._rows:
            return
        row = self.row_of(name) if name is not None else None
        first, last = (row, row) if row is not None else (0, len(self._rows) - 1)
        self.dataChanged.emit(self.index(first, 0), self.index(last, len(Column) - 1))

    def stations(self) -> list[StationStatus]:
        return list(self._rows)

    def station_at(self, row: int) -> StationStatus:
        return self._rows[row]

    def row_of(self, name: str) -> int | None:
        for row, station in enumerate(self._rows):
            if station.name == name:
                return row
        return None

    def station(self, name: str) -> StationStatus | None:
        row = self.row_of(name)
        return None if row is None else self._rows[row]

    def seconds_left(self, station: StationStatus) -> int | None:
        """Time left now: what the server said, minus what has elapsed since it said it."""
        if not room_text.has_session(station) or station.seconds_left is None:
            return None
        elapsed = int(self._clock() - self._received_at)
        return max(0, station.seconds_left - elapsed)

    def waited_seconds(self, station: StationStatus) -> int | None:
        """How long the visitor has waited since calling the desk, by the server's clock and
        the time elapsed since it said so; None when not calling (or answered from here)."""
        call = station.desk_call
        if call is None or CommandKind.ANSWER_CALL in {
            s.request.kind for s in self.tracker.local_pending(station)
        }:
            return None
        return call.waited_seconds + int(self._clock() - self._received_at)

    def notes(self, station: StationStatus) -> list[Note]:
        """The call for the desk first, then errors (shown once), then the station's alerts, its recent errors, the
        commands on their way, the warnings."""
        found: list[Note] = []
        waited = self.waited_seconds(station)
        if waited is not None:
            found.append(Note(NoteKind.DESK_CALL, room_text.desk_call_note(station, waited)))
        error = self.tracker.error(station.name)
        if error is not None:
            text = (
                room_text.refused_text(error.kind, error.reason())
                if error.reason is not None
                else room_text.failed_text(error.kind)
            )
            found.append(Note(NoteKind.ERROR, text))
        for alert in room_text.alerts(station):
            found.append(Note(NoteKind.ALERT, alert))
        if station.recent_errors > 0:
            found.append(
                Note(NoteKind.STATION_ERRORS, room_text.recent_errors_text(station.recent_errors))
            )
        for command in station.pending:
            found.append(
                Note(
                    NoteKind.PENDING,
                    room_text.pending_text(
                        command.kind,
                        minutes=command.minutes,
                        seconds=command.seconds,
                        identifier=command.identifier,
                    ),
                )
            )
        for sent in self.tracker.local_pending(station):
            request = sent.request
            found.append(
                Note(
                    NoteKind.PENDING,
                    room_text.pending_text(
                        request.kind,
                        minutes=request.minutes,
                        seconds=request.seconds,
                        identifier=request.identifier,
                    ),
                )
            )
        out_of_order = room_text.out_of_order_text(station)
        if out_of_order:
            found.append(Note(NoteKind.OUT_OF_ORDER, out_of_order))
        for text in room_text.warnings(station, self.seconds_left(station)):
            found.append(Note(NoteKind.WARNING, text))
        if station.hold is not None:
            # after the call for the desk: what the computer is kept for is the next thing
            # the desk must know before signing anybody in
            note = Note(NoteKind.HOLD, hold_text(station.hold, self.timezones.get(station.site.id)))
            found.insert(1 if waited is not None else 0, note)
        return found

    def needs_attention(self, station: StationStatus) -> bool:
        """Little time left, a program stopped, an alert, an error, or a command the station
        is slow on; a visitor calling the desk."""
        if has_alert(station) or self.waited_seconds(station) is not None:
            return True
        left = self.seconds_left(station)
        if left is not None and left < room_text.LOW_SECONDS:
            return True
        if station.stopped_process and room_text.has_session(station):
            return True
        if self.tracker.error(station.name) is not None:
            return True
        now = self._clock()
        return any(now - self._first_seen.get(c.id, now) > SLOW_SECONDS for c in station.pending)

    def pending_kinds(self, station: StationStatus) -> set[CommandKind]:
        kinds = {c.kind for c in station.pending}
        kinds.update(s.request.kind for s in self.tracker.local_pending(station))
        return kinds

    def refresh_countdown(self) -> None:
        """Each second: the time left, the warnings and the errors that expire."""
        self.changed()

    def retranslate(self) -> None:
        """Called on a language switch: headers, states and notes change."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        self.changed()

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
            Column.STATION: self.tr("Computer"),
            Column.STATE: self.tr("State"),
            Column.VISITOR: self.tr("Visitor"),
            Column.TIME_LEFT: self.tr("Time left"),
            Column.APP: self.tr("App in use"),
            Column.NOTES: self.tr("Notes"),
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
        if role == SECONDS_LEFT_ROLE:
            return self.seconds_left(station)
        if role == NOTES_ROLE:
            return self.notes(station)
        if role == ATTENTION_ROLE:
            return self.needs_attention(station)
        if role == DESK_CALL_ROLE:
            return self.waited_seconds(station)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            notes = [note.text for note in self.notes(station)]
            return room_text.accessible_text(station, self.seconds_left(station), notes)
        if role == Qt.ItemDataRole.ForegroundRole:
            if (
                column in (Column.STATION, Column.NOTES)
                and self.waited_seconds(station) is not None
            ):
                return QBrush(QColor(DESK_CALL_COLOUR))
            if column == Column.STATE:
                return QBrush(QColor(STATE_COLOURS[station.state]))
            if column == Column.TIME_LEFT and self._low(station):
                return QBrush(QColor(LOW_TIME_COLOUR))
            if column == Column.NOTES and any(
                n.kind in (NoteKind.ERROR, NoteKind.ALERT, NoteKind.STATION_ERRORS)
                for n in self.notes(station)
            ):
                return QBrush(QColor(LOW_TIME_COLOUR))
        if role == Qt.ItemDataRole.FontRole and (
            column == Column.STATION or (column == Column.TIME_LEFT and self._low(station))
        ):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and column == Column.STATION:
            return alert_icon() if has_alert(station) else None
        if role == Qt.ItemDataRole.DecorationRole and column == Column.STATE:
            return state_icon(station.state, STATE_COLOURS[station.state])
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.TIME_LEFT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _low(self, station: StationStatus) -> bool:
        left = self.seconds_left(station)
        return left is not None and left < room_text.LOW_SECONDS

    def _display(self, station: StationStatus, column: Column) -> str:
        if column == Column.STATION:
            return station.name
        if column == Column.STATE:
            return room_text.state_text(station.state)
        if column == Column.VISITOR:
            return room_text.visitor_text(station) if room_text.has_session(station) else ""
        if column == Column.TIME_LEFT:
            return room_text.time_left_text(self.seconds_left(station))
        if column == Column.APP:
            return room_text.app_text(station) if room_text.has_session(station) else ""
        return " · ".join(note.text for note in self.notes(station))

    def _sort_key(self, station: StationStatus, column: Column) -> Any:
        if column == Column.STATE:
            return STATE_ORDER[station.state]
        if column == Column.TIME_LEFT:
            left = self.seconds_left(station)
            # Stations without a session after every running one, whichever the order.
            return 10**9 if left is None else left
        if column == Column.NOTES:
            return 0 if self.needs_attention(station) else 1
        if column == Column.STATION:
            return natural_key(station.name)
        return self._display(station, column).casefold()
