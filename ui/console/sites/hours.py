"""Weekly opening hours of a site: one or more ranges per weekday, or closed.

The rules of the hours' text the server applies (``kiosk.protocol.hours_text``) are checked here
first, so a mistake is shown next to its day before anything is sent: each range starts before
it ends ("00:00" as an end means midnight), ranges of a day do not overlap. A schedule with no hours at all is open around
the clock on the server; that is a checkbox of its own, so ticking "closed" on every day cannot
open a site day and night by accident.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.protocol.limits import MAX_INTERVALS_PER_DAY
from kiosk.protocol.sites import WEEKDAYS

MIDNIGHT = 24 * 60
DEFAULT_RANGE = (9 * 60, 17 * 60)


def minutes_of(time: QTime) -> int:
    return time.hour() * 60 + time.minute()


def time_of(minutes: int) -> QTime:
    return QTime(minutes // 60 % 24, minutes % 60)


def hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def parse_range(text: str) -> tuple[int, int]:
    """'09:00-12:30' → (540, 750); raises ValueError (the server checks the same)."""
    opens, _, closes = text.partition("-")
    values = []
    for part in (opens, closes):
        hours, _, minutes = part.strip().partition(":")
        values.append(int(hours) * 60 + int(minutes))
    return values[0], values[1]


def range_problem(ranges: list[tuple[int, int]]) -> str | None:
    """Why a day's ranges are refused ('order' or 'overlap'), None when they are fine."""
    if any(start >= end for start, end in ranges):
        return "order"
    ordered = sorted(ranges)
    if any(after[0] < before[1] for before, after in itertools.pairwise(ordered)):
        return "overlap"
    return None


class RangeEdit(QWidget):
    """From – to, and a button that removes the range."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, opens: int, closes: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.opens = QTimeEdit(time_of(opens))
        self.closes = QTimeEdit(time_of(closes))
        for edit in (self.opens, self.closes):
            edit.setDisplayFormat("HH:mm")
            edit.timeChanged.connect(self.changed)
        self.dash = QLabel("–")
        self.remove = QToolButton()
        self.remove.setText("✕")
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.setSpacing(3)
        layout.addWidget(self.opens)
        layout.addWidget(self.dash)
        layout.addWidget(self.closes)
        layout.addWidget(self.remove)
        self.retranslate()

    def value(self) -> tuple[int, int]:
        """Minutes after midnight; an end at 00:00 is midnight (24:00)."""
        closes = minutes_of(self.closes.time())
        return minutes_of(self.opens.time()), closes or MIDNIGHT

    def retranslate(self) -> None:
        self.opens.setAccessibleName(self.tr("Opens at"))
        self.closes.setAccessibleName(self.tr("Closes at"))
        self.closes.setToolTip(self.tr("00:00 as the closing time means midnight."))
        self.remove.setAccessibleName(self.tr("Remove this range"))
        self.remove.setToolTip(self.tr("Remove this range"))


class DayRow:
    """The widgets of one weekday in the week grid."""

    def __init__(self, day: str, grid: QGridLayout, row: int, changed: Signal) -> None:
        self.day = day
        self._changed = changed
        self.label = QLabel()
        self.closed = QCheckBox()
        self.closed.setObjectName(f"Closed-{day}")
        self.ranges_box = QWidget()
        self.ranges_layout = QHBoxLayout(self.ranges_box)
        self.ranges_layout.setContentsMargins(0, 0, 0, 0)
        self.ranges: list[RangeEdit] = []
        self.add = QPushButton()
        self.add.setObjectName(f"AddRange-{day}")
        self.ranges_layout.addWidget(self.add)
        self.ranges_layout.addStretch(1)
        self.error = QLabel(objectName="Error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.label.setBuddy(self.closed)
        grid.addWidget(self.label, 2 * row, 0)
        grid.addWidget(self.closed, 2 * row, 1)
        grid.addWidget(self.ranges_box, 2 * row, 2)
        grid.addWidget(self.error, 2 * row + 1, 2)
        self.closed.toggled.connect(self._closed_toggled)
        self.add.clicked.connect(self.add_default_range)

    # --- values ----------------------------------------------------------------------------

    def set_value(self, ranges: list[tuple[int, int]], closed: bool) -> None:
        for edit in list(self.ranges):
            self._drop(edit)
        for opens, closes in ranges or [DEFAULT_RANGE]:
            self.add_range(opens, closes)
        self.closed.blockSignals(True)
        self.closed.setChecked(closed)
        self.closed.blockSignals(False)
        self._update()
        self.set_error("")

    def value(self) -> list[tuple[int, int]]:
        """The day's ranges; none when closed."""
        if self.closed.isChecked():
            return []
        return [edit.value() for edit in self.ranges]

    def add_range(self, opens: int, closes: int) -> RangeEdit:
        edit = RangeEdit(opens, closes)
        edit.changed.connect(self._changed)
        edit.remove_requested.connect(self._remove)
        self.ranges.append(edit)
        self.ranges_layout.insertWidget(len(self.ranges) - 1, edit)
        self._update()
        return edit

    def add_default_range(self) -> None:
        """A new range after the last one (or 09:00–17:00), its start focused."""
        if self.ranges:
            last_end = self.ranges[-1].value()[1]
            start = min(last_end + 60, MIDNIGHT - 60)
            edit = self.add_range(start, min(start + 4 * 60, MIDNIGHT))
        else:
            edit = self.add_range(*DEFAULT_RANGE)
        edit.opens.setFocus()
        self._changed.emit()

    def _remove(self, edit: RangeEdit) -> None:
        self._drop(edit)
        if not self.ranges:
            self.closed.setChecked(True)  # no range left: the day is closed
        self._update()
        self._changed.emit()

    def _drop(self, edit: RangeEdit) -> None:
        self.ranges.remove(edit)
        self.ranges_layout.removeWidget(edit)
        edit.hide()
        edit.deleteLater()

    def _closed_toggled(self, closed: bool) -> None:
        if not closed and not self.ranges:
            self.add_range(*DEFAULT_RANGE)
        self._update()
        self._changed.emit()

    def _update(self) -> None:
        closed = self.closed.isChecked()
        for edit in self.ranges:
            edit.setVisible(not closed)
        self.add.setVisible(not closed)
        self.add.setEnabled(len(self.ranges) < MAX_INTERVALS_PER_DAY)

    def set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        for edit in self.ranges:
            edit.setProperty("invalid", bool(text))


class WeekEditor(QWidget):
    """Seven days of ranges, or open around the clock; ``changed`` on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WeekEditor")
        self.always_open = QCheckBox()
        self.always_open.setObjectName("AlwaysOpen")
        self.explain = QLabel(objectName="Status")
        self.explain.setWordWrap(True)
        self.days_box = QWidget()
        grid = QGridLayout(self.days_box)
        grid.setColumnStretch(2, 1)
        grid.setVerticalSpacing(2)
        self.days = {day: DayRow(day, grid, row, self.changed) for row, day in enumerate(WEEKDAYS)}
        self.error = QLabel(objectName="Error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.always_open)
        layout.addWidget(self.explain)
        layout.addWidget(self.error)
        layout.addWidget(self.days_box)
        layout.addStretch(1)
        self.always_open.toggled.connect(self._always_open_toggled)
        previous: QWidget = self.always_open
        for row in self.days.values():
            for widget in (row.closed, row.ranges_box):
                QWidget.setTabOrder(previous, widget)
                previous = widget
        self.retranslate()

    # --- values ----------------------------------------------------------------------------

    def set_weekly(self, weekly: dict[str, list[str]]) -> None:
        configured = any(weekly.values())
        self.always_open.blockSignals(True)
        self.always_open.setChecked(not configured)
        self.always_open.blockSignals(False)
        for day, row in self.days.items():
            ranges = [parse_range(text) for text in weekly.get(day, [])]
            row.set_value(ranges, closed=configured and not ranges)
        self.days_box.setEnabled(configured)
        self.set_error("")

    def weekly(self) -> dict[str, list[str]]:
        """The week as the server takes it (empty: open around the clock)."""
        if self.always_open.isChecked():
            return {}
        return {
            day: [f"{hhmm(a)}-{hhmm(b)}" for a, b in sorted(row.value())]
            for day, row in self.days.items()
            if row.value()
        }

    def check(self) -> bool:
        """Show what is wrong next to each day; True when the week can be sent."""
        ok = True
        for row in self.days.values():
            problem = range_problem(row.value())
            if problem == "order":
                row.set_error(self.tr("Each range must start before it ends."))
            elif problem == "overlap":
                row.set_error(self.tr("These ranges overlap: make them follow each other."))
            else:
                row.set_error("")
            ok = ok and problem is None
        if ok and not self.always_open.isChecked() and not self.weekly():
            self.set_error(
                self.tr(
                    "Every day is closed. A site needs opening hours on at least one day; for "
                    "a site that never closes, tick “Open around the clock”. To close on "
                    "holidays, add closed dates."
                )
            )
            return False
        self.set_error("")
        return ok

    def mark_day(self, day: str) -> None:
        """The server refused this day: say so next to it."""
        if day in self.days:
            self.days[day].set_error(
                self.tr("The server refused the hours of this day: check each range.")
            )

    def set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _always_open_toggled(self, always: bool) -> None:
        self.days_box.setEnabled(not always)
        self.changed.emit()

    # --- text ------------------------------------------------------------------------------

    def day_names(self) -> dict[str, str]:
        return {
            "mon": self.tr("Monday"),
            "tue": self.tr("Tuesday"),
            "wed": self.tr("Wednesday"),
            "thu": self.tr("Thursday"),
            "fri": self.tr("Friday"),
            "sat": self.tr("Saturday"),
            "sun": self.tr("Sunday"),
        }

    def retranslate(self) -> None:
        self.always_open.setText(self.tr("Open around the clock (no opening hours)"))
        self.explain.setText(
            self.tr(
                "Visitors can sign in only during these hours, and sessions end at closing "
                "time. A day may have several ranges, e.g. 09:00–12:30 and 13:30–18:00."
            )
        )
        names = self.day_names()
        for day, row in self.days.items():
            row.label.setText(names[day])
            row.closed.setText(self.tr("Closed"))
            row.closed.setAccessibleName(self.tr("%1 closed").replace("%1", names[day]))
            row.add.setText(self.tr("Add a range"))
            row.add.setAccessibleName(self.tr("Add a range on %1").replace("%1", names[day]))
            for edit in row.ranges:
                edit.retranslate()
