"""Closed dates (holidays, works) and special hours of given dates, for one site."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.protocol import hours_text
from kiosk.protocol.limits import MAX_REASON_LENGTH, MAX_SITE_DATES
from kiosk.protocol.sites import ClosedDate, ExceptionalDay
from ui.theme import MUTED

DATE_ROLE = Qt.ItemDataRole.UserRole


def date_text(iso: str) -> str:
    """'2026-12-25' in the console's language: 'Friday 25 December 2026'."""
    day = QDate.fromString(iso, "yyyy-MM-dd")
    return QLocale().toString(day, "dddd d MMMM yyyy") if day.isValid() else iso


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    return table


def _date_edit() -> QDateEdit:
    edit = QDateEdit(QDate.currentDate())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setMinimumWidth(130)
    return edit


class DatesEditor(QWidget):
    """Two lists with their add and remove controls; ``changed`` after every change."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DatesEditor")
        self.closed: list[ClosedDate] = []
        self.exceptions: list[ExceptionalDay] = []

        # --- closed dates
        self.closed_box = QGroupBox()
        self.closed_table = _table(2)
        self.closed_table.setObjectName("ClosedDates")
        self.closed_empty = QLabel(objectName="Status")
        self.closed_empty.setWordWrap(True)
        self.closed_date_label = QLabel()
        self.closed_date = _date_edit()
        self.closed_date_label.setBuddy(self.closed_date)
        self.reason_label = QLabel()
        self.reason = QLineEdit()
        self.reason.setMaxLength(MAX_REASON_LENGTH)
        self.reason_label.setBuddy(self.reason)
        self.add_closed_button = QPushButton()
        self.remove_closed_button = QPushButton()
        self.closed_error = QLabel(objectName="Error")
        self.closed_error.setWordWrap(True)
        self.closed_error.hide()
        add_row = QHBoxLayout()
        add_row.addWidget(self.closed_date_label)
        add_row.addWidget(self.closed_date)
        add_row.addWidget(self.reason_label)
        add_row.addWidget(self.reason, 1)
        add_row.addWidget(self.add_closed_button)
        box = QVBoxLayout(self.closed_box)
        box.addWidget(self.closed_empty)
        box.addWidget(self.closed_table, 1)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_closed_button)
        box.addLayout(remove_row)
        box.addLayout(add_row)
        box.addWidget(self.closed_error)

        # --- special hours
        self.special_box = QGroupBox()
        self.special_table = _table(2)
        self.special_table.setObjectName("SpecialHours")
        self.special_empty = QLabel(objectName="Status")
        self.special_empty.setWordWrap(True)
        self.special_date_label = QLabel()
        self.special_date = _date_edit()
        self.special_date_label.setBuddy(self.special_date)
        self.special_hours_label = QLabel()
        self.special_hours = QLineEdit()
        self.special_hours.setMaxLength(200)
        self.special_hours_label.setBuddy(self.special_hours)
        self.add_special_button = QPushButton()
        self.remove_special_button = QPushButton()
        self.special_error = QLabel(objectName="Error")
        self.special_error.setWordWrap(True)
        self.special_error.hide()
        special_add = QHBoxLayout()
        special_add.addWidget(self.special_date_label)
        special_add.addWidget(self.special_date)
        special_add.addWidget(self.special_hours_label)
        special_add.addWidget(self.special_hours, 1)
        special_add.addWidget(self.add_special_button)
        box = QVBoxLayout(self.special_box)
        box.addWidget(self.special_empty)
        box.addWidget(self.special_table, 1)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_special_button)
        box.addLayout(remove_row)
        box.addLayout(special_add)
        box.addWidget(self.special_error)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.closed_box, 3)
        layout.addWidget(self.special_box, 2)

        self.add_closed_button.clicked.connect(self.add_closed)
        self.reason.returnPressed.connect(self.add_closed)
        self.remove_closed_button.clicked.connect(self.remove_closed)
        self.add_special_button.clicked.connect(self.add_special)
        self.special_hours.returnPressed.connect(self.add_special)
        self.remove_special_button.clicked.connect(self.remove_special)
        self.closed_table.itemSelectionChanged.connect(self._update_buttons)
        self.special_table.itemSelectionChanged.connect(self._update_buttons)
        for table, remove in (
            (self.closed_table, self.remove_closed),
            (self.special_table, self.remove_special),
        ):
            shortcut = QShortcut(QKeySequence(Qt.Key.Key_Delete), table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(remove)
        self.retranslate()
        self._fill()

    # --- values ----------------------------------------------------------------------------

    def set_dates(self, closed: list[ClosedDate], exceptions: list[ExceptionalDay]) -> None:
        self.closed = sorted(closed, key=lambda row: row.date)
        self.exceptions = sorted(exceptions, key=lambda row: row.date)
        self._set_error(self.closed_error, "")
        self._set_error(self.special_error, "")
        self._fill()

    def add_closed(self) -> None:
        day = self.closed_date.date().toString("yyyy-MM-dd")
        reason = self.reason.text().strip() or None
        if any(row.date == day for row in self.closed):
            self._set_error(
                self.closed_error, self.tr("%1 is already closed.").replace("%1", date_text(day))
            )
            return
        if any(row.date == day for row in self.exceptions):
            self._set_error(
                self.closed_error,
                self.tr("%1 has special hours: remove them first.").replace("%1", date_text(day)),
            )
            return
        if len(self.closed) >= MAX_SITE_DATES:
            self._set_error(
                self.closed_error, self.tr("The list is full: remove past dates first.")
            )
            return
        self.closed = sorted(
            [*self.closed, ClosedDate(date=day, reason=reason)], key=lambda r: r.date
        )
        self.reason.clear()
        self._set_error(self.closed_error, "")
        self._fill()
        self._select(self.closed_table, day)
        self.changed.emit()

    def remove_closed(self) -> None:
        day = self._selected(self.closed_table)
        if day is None:
            return
        self.closed = [row for row in self.closed if row.date != day]
        self._fill()
        self.changed.emit()

    def add_special(self) -> None:
        day = self.special_date.date().toString("yyyy-MM-dd")
        try:
            parsed = hours_text.parse_intervals(self.special_hours.text().replace(" ", ""))
        except ValueError:
            parsed = None
        if not parsed:
            self._set_error(
                self.special_error,
                self.tr(
                    "Type the hours as ranges separated by commas, each starting before it "
                    "ends and without overlap, e.g. 10:00-13:00, 14:00-16:00."
                ),
            )
            self.special_hours.setFocus()
            return
        if any(row.date == day for row in self.closed):
            self._set_error(
                self.special_error,
                self.tr("%1 is a closed date: remove it from the closed dates first.").replace(
                    "%1", date_text(day)
                ),
            )
            return
        if len(self.exceptions) >= MAX_SITE_DATES:
            self._set_error(
                self.special_error, self.tr("The list is full: remove past dates first.")
            )
            return
        others = [row for row in self.exceptions if row.date != day]
        new = ExceptionalDay(date=day, hours=hours_text.format_day(parsed))
        self.exceptions = sorted([*others, new], key=lambda r: r.date)
        self.special_hours.clear()
        self._set_error(self.special_error, "")
        self._fill()
        self._select(self.special_table, day)
        self.changed.emit()

    def remove_special(self) -> None:
        day = self._selected(self.special_table)
        if day is None:
            return
        self.exceptions = [row for row in self.exceptions if row.date != day]
        self._fill()
        self.changed.emit()

    def mark_date(self, day: str) -> None:
        """The server refused something about this date."""
        text = self.tr("The server refused %1: check it and try again.").replace(
            "%1", date_text(day)
        )
        if any(row.date == day for row in self.exceptions):
            self._set_error(self.special_error, text)
        else:
            self._set_error(self.closed_error, text)

    # --- tables ----------------------------------------------------------------------------

    def _fill(self) -> None:
        today = date.today().isoformat()
        for table, rows in (
            (self.closed_table, [(r.date, r.reason or "") for r in self.closed]),
            (self.special_table, [(r.date, ", ".join(r.hours)) for r in self.exceptions]),
        ):
            table.setRowCount(len(rows))
            for index, (day, text) in enumerate(rows):
                for column, shown in enumerate((date_text(day), text)):
                    item = QTableWidgetItem(shown)
                    item.setData(DATE_ROLE, day)
                    if day < today:
                        item.setToolTip(self.tr("This date is past."))
                        item.setForeground(QBrush(QColor(MUTED)))
                    table.setItem(index, column, item)
        self.closed_empty.setVisible(not self.closed)
        self.closed_table.setVisible(bool(self.closed))
        self.special_empty.setVisible(not self.exceptions)
        self.special_table.setVisible(bool(self.exceptions))
        self._update_buttons()

    def _selected(self, table: QTableWidget) -> str | None:
        rows = table.selectionModel().selectedRows()
        if not rows:
            return None
        day = rows[0].data(DATE_ROLE)
        return day if isinstance(day, str) else None

    def _select(self, table: QTableWidget, day: str) -> None:
        for row in range(table.rowCount()):
            item = table.item(row, 0)
            if item is not None and item.data(DATE_ROLE) == day:
                table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        self.remove_closed_button.setEnabled(self._selected(self.closed_table) is not None)
        self.remove_special_button.setEnabled(self._selected(self.special_table) is not None)

    @staticmethod
    def _set_error(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    @property
    def closed_error_text(self) -> str:
        return self.closed_error.text() if self.closed_error.isVisibleTo(self) else ""

    @property
    def special_error_text(self) -> str:
        return self.special_error.text() if self.special_error.isVisibleTo(self) else ""

    # --- text ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.closed_box.setTitle(self.tr("Closed dates"))
        self.closed_table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Reason")])
        self.closed_table.setAccessibleName(self.tr("Closed dates"))
        self.closed_empty.setText(
            self.tr(
                "No closed date. Add public holidays and closures below: visitors cannot sign "
                "in on those days."
            )
        )
        self.closed_date_label.setText(self.tr("&Date"))
        self.closed_date.setAccessibleName(self.tr("Closed date"))
        self.reason_label.setText(self.tr("&Reason"))
        self.reason.setPlaceholderText(self.tr("optional, e.g. public holiday"))
        self.reason.setAccessibleName(self.tr("Reason for closing"))
        self.add_closed_button.setText(self.tr("Add closed date"))
        self.remove_closed_button.setText(self.tr("Remove"))
        self.remove_closed_button.setToolTip(self.tr("Remove the selected closed date (Del)"))
        self.special_box.setTitle(self.tr("Special hours"))
        self.special_table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Hours")])
        self.special_table.setAccessibleName(self.tr("Special hours"))
        self.special_empty.setText(
            self.tr(
                "No special hours. A date added here opens at these hours instead of its weekday's."
            )
        )
        self.special_date_label.setText(self.tr("D&ate"))
        self.special_date.setAccessibleName(self.tr("Date with special hours"))
        self.special_hours_label.setText(self.tr("&Hours"))
        self.special_hours.setPlaceholderText(self.tr("e.g. 10:00-13:00, 14:00-16:00"))
        self.special_hours.setAccessibleName(self.tr("Special hours of that date"))
        self.add_special_button.setText(self.tr("Add special hours"))
        self.remove_special_button.setText(self.tr("Remove"))
        self.remove_special_button.setToolTip(self.tr("Remove the selected special hours (Del)"))
        self._fill()
