"""The details pane of the Visitors view: the account, today's and this week's use against the
category's allowances, the recent sessions, and the buttons acting on the account."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.protocol.people import VisitorDetail, VisitorUsage
from kiosk.protocol.rules import Limits
from ui.console.tables import show_cells_whole
from ui.console.visitors.texts import (
    category_text,
    commune_text,
    end_reason_text,
    format_day,
    format_hm,
    format_time,
    gender_text,
    state_text,
    status_text,
)


class VisitorDetailsPane(QWidget):
    """Shows one visitor; empty (with a hint) until one is chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("VisitorDetails")
        self.visitor: VisitorDetail | None = None
        self.usage: VisitorUsage | None = None
        self.limits: Limits | None = None
        self._usage_failed = False

        self.hint = QLabel(objectName="Status")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.heading = QLabel(objectName="Title")
        self.heading.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.names: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for key in (
            "identifier",
            "category",
            "age_band",
            "gender",
            "status",
            "commune",
            "first_visit",
            "pin",
            "account",
            "notes",
            "created",
            "today",
            "week",
        ):
            name, value = QLabel(), QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            name.setBuddy(value)
            self.names[key], self.values[key] = name, value
            self.form.addRow(name, value)

        self.edit_button = QPushButton()
        self.disable_button = QPushButton()
        self.enable_button = QPushButton(objectName="Primary")
        self.pin_button = QPushButton()
        self.data_button = QPushButton()
        self.erase_button = QPushButton()  # admins only: the view hides it for staff
        # two rows (the account, then its data), so that the pane stays narrow enough for the
        # visitor list beside it in every language
        account, data = QHBoxLayout(), QHBoxLayout()
        for row, row_buttons in (
            (account, (self.edit_button, self.disable_button, self.enable_button, self.pin_button)),
            (data, (self.data_button, self.erase_button)),
        ):
            for button in row_buttons:
                row.addWidget(button)
            row.addStretch(1)
        buttons = QVBoxLayout()
        buttons.addLayout(account)
        buttons.addLayout(data)

        self.history_label = QLabel()
        self.history = QTableWidget(0, 4)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.verticalHeader().hide()
        show_cells_whole(self.history)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.history_label.setBuddy(self.history)
        self.history_empty = QLabel(objectName="Status")
        self.history_empty.setWordWrap(True)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.history_label)
        layout.addWidget(self.history, 1)
        layout.addWidget(self.history_empty)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.hint)
        self.stack.addWidget(page)
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.addWidget(self.stack)
        self.retranslate()
        self.show_visitor(None)

    # --- content ----------------------------------------------------------------------------

    def show_visitor(self, visitor: VisitorDetail | None) -> None:
        """Show the account; the usage stays until :meth:`show_usage` when it is the same one."""
        same = (
            visitor is not None
            and self.visitor is not None
            and visitor.identifier == self.visitor.identifier
        )
        self.visitor = visitor
        if not same:
            self.usage = None
            self._usage_failed = False
        self.stack.setCurrentIndex(0 if visitor is None else 1)
        for button in self._buttons():
            button.setEnabled(visitor is not None)
        self.disable_button.setVisible(visitor is None or visitor.enabled)
        self.enable_button.setVisible(visitor is not None and not visitor.enabled)
        self._fill()

    def _buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.edit_button,
            self.disable_button,
            self.enable_button,
            self.pin_button,
            self.data_button,
            self.erase_button,
        )

    def show_usage(self, usage: VisitorUsage | None, limits: Limits | None) -> None:
        """The visitor's use (None: it could not be loaded) and their allowances, if known."""
        self.usage, self.limits = usage, limits
        self._usage_failed = usage is None
        self._fill()

    def set_limits(self, limits: Limits | None) -> None:
        self.limits = limits
        self._fill()

    def _fill(self) -> None:
        visitor = self.visitor
        if visitor is None:
            return
        self.heading.setText(visitor.display_name or visitor.identifier)
        none = self.tr("—")
        self.values["identifier"].setText(visitor.identifier)
        self.values["category"].setText(category_text(visitor.category))
        band = visitor.age_band or none
        if visitor.birth_year is not None:
            band = self.tr("born in %1").replace("%1", str(visitor.birth_year))
        self.values["age_band"].setText(band)
        self.values["gender"].setText(gender_text(visitor.gender) or none)
        self.values["status"].setText(status_text(visitor.status) or none)
        self.values["commune"].setText(commune_text(visitor.commune) or none)
        self.values["first_visit"].setText(format_day(visitor.first_visit) or none)
        self.values["pin"].setText(
            self.tr("Yes (asked at sign-in)") if visitor.has_pin else self.tr("No")
        )
        self.values["account"].setText(state_text(visitor))
        self.values["account"].setObjectName("" if visitor.enabled else "Error")
        self.values["account"].style().unpolish(self.values["account"])
        self.values["account"].style().polish(self.values["account"])
        self.values["notes"].setText(visitor.notes or none)
        self.values["created"].setText(format_day(visitor.created_at[:10]))
        self._fill_usage()

    def _fill_usage(self) -> None:
        usage, limits = self.usage, self.limits
        if usage is None:
            text = (
                self.tr("Could not be loaded. Press F5 to try again.")
                if self._usage_failed
                else self.tr("Loading…")
            )
            self.values["today"].setText(text)
            self.values["week"].setText(text)
            self.history.setRowCount(0)
            self.history_empty.setText("")
            return
        self.values["today"].setText(
            self._used(usage.today_seconds, None if limits is None else limits.daily_minutes)
        )
        self.values["week"].setText(
            self._used(usage.week_seconds, None if limits is None else limits.weekly_minutes)
        )
        self.history.setRowCount(len(usage.sessions))
        for row, session in enumerate(usage.sessions):
            if session.state == "active":
                ended = self.tr("Running, %1 left").replace(
                    "%1", format_hm(session.seconds_left or 0)
                )
            else:
                ended = end_reason_text(session.end_reason)
            cells = (
                f"{format_day(session.day)} {format_time(session.started_at, session.timezone)}",
                self.tr("%1, %2").replace("%1", session.site).replace("%2", session.station),
                format_hm(session.used_seconds),
                ended,
            )
            for column, text in enumerate(cells):
                self.history.setItem(row, column, QTableWidgetItem(text))
        self.history_empty.setText(
            ""
            if usage.sessions
            else self.tr("No session yet at your sites (the last 20 sessions are listed).")
        )

    def _used(self, seconds: int, allowed_minutes: int | None) -> str:
        used = format_hm(seconds)
        if allowed_minutes is None:
            return used
        left = max(0, allowed_minutes * 60 - seconds)
        return (
            self.tr("%1 of %2 (%3 left)")
            .replace("%1", used)
            .replace("%2", format_hm(allowed_minutes * 60))
            .replace("%3", format_hm(left))
        )

    def history_rows(self) -> list[list[str]]:
        """The history table's texts, row by row."""
        rows = []
        for r in range(self.history.rowCount()):
            items = (self.history.item(r, c) for c in range(self.history.columnCount()))
            rows.append([item.text() if item is not None else "" for item in items])
        return rows

    # --- text -----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "Choose a visitor in the list to see their account, their computer time and "
                "their recent sessions."
            )
        )
        labels = {
            "identifier": self.tr("Card / identifier"),
            "category": self.tr("Category"),
            "age_band": self.tr("Age band"),
            "gender": self.tr("Gender"),
            "status": self.tr("Status"),
            "commune": self.tr("Commune"),
            "first_visit": self.tr("First visit"),
            "pin": self.tr("PIN"),
            "account": self.tr("Account"),
            "notes": self.tr("Notes"),
            "created": self.tr("Created on"),
            "today": self.tr("Used today"),
            "week": self.tr("Used this week"),
        }
        for key, text in labels.items():
            self.names[key].setText(text)
            self.values[key].setAccessibleName(text)
        self.edit_button.setText(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Change this visitor's details (F2)"))
        self.disable_button.setText(self.tr("Disable…"))
        self.disable_button.setToolTip(
            self.tr("Refuse this visitor's sign-ins, with a reason (Ctrl+D)")
        )
        self.enable_button.setText(self.tr("Enable"))
        self.enable_button.setToolTip(self.tr("Let this visitor sign in again (Ctrl+D)"))
        self.pin_button.setText(self.tr("PIN…"))
        self.pin_button.setToolTip(self.tr("Give a new PIN or remove it (Ctrl+P)"))
        self.data_button.setText(self.tr("Export data…"))
        self.data_button.setToolTip(
            self.tr(
                "Save everything held about this visitor, as a PDF or JSON (their right of access)"
            )
        )
        self.erase_button.setText(self.tr("Erase…"))
        self.erase_button.setToolTip(
            self.tr("Erase this account for good; the sessions still count under no name (admins)")
        )
        # setText() replaces a button's shortcut with the text's mnemonic: set them after.
        self.edit_button.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.disable_button.setShortcut(QKeySequence("Ctrl+D"))
        self.enable_button.setShortcut(QKeySequence("Ctrl+D"))
        self.pin_button.setShortcut(QKeySequence("Ctrl+P"))
        self.history_label.setText(self.tr("Recent sessions"))
        self.history.setAccessibleName(self.tr("Recent sessions"))
        self.history.setHorizontalHeaderLabels(
            [
                self.tr("Started"),
                self.tr("Site, computer"),
                self.tr("Duration"),
                self.tr("How it ended"),
            ]
        )
        self._fill()
