"""Booking computers from the room: one PC for a visitor, a group on N PCs, and the list of
today's and upcoming bookings with cancel.

Times are typed at the site's clock and sent without an offset: the server reads them as the
site's wall clock (the same 14:00 on either side of a clock change). The server checks every
booking (overlap, opening hours, times, free computers); its refusal is shown in the dialog as
a sentence naming the computer, the time or the hours, and what was typed stays.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from pydantic import ValidationError
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from kiosk.protocol.holds import (
    MAX_HOLD_STATIONS,
    Booking,
    BookingRequest,
    Hold,
    HoldKind,
    HoldSettings,
    HoldState,
)
from kiosk.protocol.sites import SiteSummary
from ui.console.context import ConsoleContext, error_text
from ui.console.dialogs import ConfirmDialog
from ui.console.list_dialog import ListDialog
from ui.console.room.hold_texts import kind_text, span
from ui.console.room.texts import mask_identifier
from ui.dialogs import ok_cancel_buttons
from ui.formats import format_day, site_moment


def start_default(now: datetime, timezone: str) -> datetime:
    """The next quarter hour at the site's clock."""
    local = now.astimezone(ZoneInfo(timezone)).replace(second=0, microsecond=0)
    return local + timedelta(minutes=15 - local.minute % 15)


class BookingDialog(QDialog):
    """Book one computer for a visitor (``group=False``) or several for a group.

    Made for ``site`` with its computers ``stations`` (names); ``station`` is preselected.
    The dialog books by itself: :attr:`booking` is the server's answer once accepted.
    """

    def __init__(
        self,
        context: ConsoleContext,
        site: SiteSummary,
        stations: list[str],
        *,
        group: bool = False,
        station: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("GroupBookingDialog" if group else "BookingDialog")
        self.context = context
        self.site = site
        self.group = group
        self.booking: Booking | None = None
        self.settings: HoldSettings | None = None
        self.sending = False
        form = QFormLayout()
        self.intro = QLabel()
        self.intro.setWordWrap(True)

        # who
        self.card = QLineEdit()
        self.card.setMaxLength(120)
        self.label_edit = QLineEdit()
        self.label_edit.setMaxLength(200)
        self.cards = QPlainTextEdit()
        self.cards.setFixedHeight(70)
        self.code = QLineEdit()
        self.code.setMaxLength(12)
        self.new_code = QCheckBox()
        self.new_code.toggled.connect(lambda on: self.code.setEnabled(not on))

        # where
        self.station = QComboBox()
        for name in stations:
            self.station.addItem(name, name)
        if station is not None and self.station.findData(station) >= 0:
            self.station.setCurrentIndex(self.station.findData(station))
        self.by_count = QRadioButton()
        self.by_name = QRadioButton()
        self.by_count.setChecked(True)
        self.count = QSpinBox()
        self.count.setRange(1, min(MAX_HOLD_STATIONS, max(1, len(stations))))
        self.chosen = QListWidget()
        self.chosen.setFixedHeight(90)
        for name in stations:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if name == station else Qt.CheckState.Unchecked
            )
            self.chosen.addItem(item)
        if station is not None:
            self.by_name.setChecked(True)
        self.by_count.toggled.connect(self._where_changed)

        # when, at the site's clock
        start = start_default(context.clock(), site.timezone)
        self.day = QDateEdit(QDate(start.year, start.month, start.day))
        self.day.setCalendarPopup(True)
        self.starts = QTimeEdit(QTime(start.hour, start.minute))
        end = start + timedelta(hours=2 if group else 1)
        self.ends = QTimeEdit(QTime(end.hour, end.minute))
        for edit in (self.starts, self.ends):
            edit.setDisplayFormat("HH:mm")
        self.day.setDisplayFormat("dd/MM/yyyy")
        when = QHBoxLayout()
        self.from_label, self.to_label = QLabel(), QLabel()
        when.addWidget(self.day)
        when.addWidget(self.from_label)
        when.addWidget(self.starts)
        when.addWidget(self.to_label)
        when.addWidget(self.ends)
        when.addStretch(1)

        self.labels: dict[str, QLabel] = {}

        def row(key: str, field: QWidget | QHBoxLayout) -> None:
            label = QLabel()
            self.labels[key] = label
            if isinstance(field, QWidget):
                label.setBuddy(field)
            form.addRow(label, field)

        if group:
            row("label", self.label_edit)
            count_row = QHBoxLayout()
            count_row.addWidget(self.by_count)
            count_row.addWidget(self.count)
            count_row.addWidget(self.by_name)
            count_row.addStretch(1)
            row("where", count_row)
            row("chosen", self.chosen)
            row("cards", self.cards)
            code_row = QHBoxLayout()
            code_row.addWidget(self.code)
            code_row.addWidget(self.new_code)
            row("code", code_row)
        else:
            row("card", self.card)
            row("station", self.station)
        row("when", when)
        self.labels["when"].setBuddy(self.day)
        self.note = QLabel(objectName="Status")
        self.note.setWordWrap(True)
        self.error = QLabel(objectName="Error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = ok_cancel_buttons(self)
        self.buttons.accepted.disconnect()
        self.buttons.accepted.connect(self.send)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for edit in (self.card, self.label_edit, self.code):
            edit.textChanged.connect(self._update)
        self.cards.textChanged.connect(self._update)
        self.chosen.itemChanged.connect(self._update)
        self.retranslate()
        self._where_changed()
        self.setMinimumWidth(620)
        self.code.setMinimumWidth(280)
        self.resize(620, self.sizeHint().height())
        client, site_id = context.client, site.id
        context.run(lambda: client.hold_settings(site_id), self._settings_loaded, lambda _e: None)

    @classmethod
    def open_for(
        cls,
        context: ConsoleContext,
        site: SiteSummary,
        stations: list[str],
        parent: QWidget | None,
        *,
        group: bool = False,
        station: str | None = None,
    ) -> BookingDialog:
        """Show the dialog (window-modal) and return it; tests replace this."""
        dialog = cls(context, site, stations, group=group, station=station, parent=parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _settings_loaded(self, settings: HoldSettings) -> None:
        if not isValid(self.note):  # the dialog was closed (and deleted) before the answer came
            return
        self.settings = settings
        self._say_note()

    def _where_changed(self, *_args: object) -> None:
        self.count.setEnabled(self.by_count.isChecked())
        self.chosen.setEnabled(self.by_name.isChecked())
        self._update()

    def chosen_stations(self) -> list[str]:
        return [
            self.chosen.item(i).text()
            for i in range(self.chosen.count())
            if self.chosen.item(i).checkState() == Qt.CheckState.Checked
        ]

    def listed_cards(self) -> list[str]:
        text = self.cards.toPlainText().replace(",", "\n").replace(";", "\n")
        return [line.strip() for line in text.splitlines() if line.strip()]

    def _moment(self, at: QTime) -> str:
        """The day and a time as the site's wall clock, without an offset (ISO 8601)."""
        day = self.day.date()
        wall = datetime(day.year(), day.month(), day.day(), at.hour(), at.minute())
        return wall.isoformat(timespec="minutes")

    def request(self) -> BookingRequest:
        """What was typed; ValidationError when it cannot be a booking."""
        fields: dict[str, object] = {
            "site": self.site.name,
            "starts_at": self._moment(self.starts.time()),
            "ends_at": self._moment(self.ends.time()),
        }
        if not self.group:
            fields |= {
                "kind": HoldKind.VISITOR,
                "visitor": self.card.text().strip(),
                "stations": [self.station.currentData()],
            }
        else:
            fields |= {
                "kind": HoldKind.GROUP,
                "label": self.label_edit.text().strip(),
                "visitors": self.listed_cards(),
            }
            if self.by_count.isChecked():
                fields["count"] = self.count.value()
            else:
                fields["stations"] = self.chosen_stations()
            if self.new_code.isChecked():
                fields["new_code"] = True
            elif self.code.text().strip():
                fields["code"] = self.code.text().strip()
        return BookingRequest.model_validate(fields)

    def send(self) -> None:
        """Book; the dialog closes once the server has, else says why and keeps the values."""
        if self.sending:
            return
        try:
            request = self.request()
        except ValidationError:
            self.show_error(self._form_problem())
            return
        self.sending = True
        self._update()
        client = self.context.client

        def done(booking: Booking) -> None:
            self.sending = False
            self.booking = booking
            names = ", ".join(h.station for h in booking.holds)
            self.context.show_message(lambda: self.tr("Booked: %1.").replace("%1", names))
            self.accept()

        def failed(error: BaseException) -> None:
            self.sending = False
            self.show_error(error_text(error))
            self._update()

        self.context.run(lambda: client.book(request), done, failed)

    def _form_problem(self) -> str:
        if self.group and not self.label_edit.text().strip():
            return self.tr("Give the group a label, for example its class.")
        if self.group and self.code.text().strip() and not self.new_code.isChecked():
            return self.tr("A session code has 4 to 12 letters or digits.")
        return self.tr("Check the form: something cannot be booked as typed.")

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    @property
    def error_text(self) -> str:
        return self.error.text() if self.error.isVisibleTo(self) else ""

    def _update(self, *_args: object) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if self.group:
            ready = bool(self.label_edit.text().strip()) and (
                self.by_count.isChecked() or bool(self.chosen_stations())
            )
        else:
            ready = bool(self.card.text().strip()) and self.station.count() > 0
        ok.setEnabled(ready and not self.sending)

    def _say_note(self) -> None:
        if self.group:
            self.note.setText(
                self.tr(
                    "The computers are kept for the whole time. The cards listed sign in on "
                    "them; with a session code, anyone who types it does."
                )
            )
        elif self.settings is not None:
            self.note.setText(
                self.tr(
                    "Times at %1's clock. The computer waits %2 min after the start for the "
                    "visitor's card; then it is free again."
                )
                .replace("%1", self.site.name)
                .replace("%2", str(self.settings.claim_minutes))
            )
        else:
            self.note.setText(self.tr("Times at %1's clock.").replace("%1", self.site.name))

    def retranslate(self) -> None:
        if self.group:
            self.setWindowTitle(self.tr("Book computers for a group"))
            self.intro.setText(
                self.tr("A class or a group on several computers of %1.").replace(
                    "%1", self.site.name
                )
            )
        else:
            self.setWindowTitle(self.tr("Book a computer"))
            self.intro.setText(
                self.tr("One computer of %1 for one visitor.").replace("%1", self.site.name)
            )
        texts = {
            "card": self.tr("Visitor's &card"),
            "station": self.tr("Co&mputer"),
            "when": self.tr("&Day"),
            "label": self.tr("&Label"),
            "where": self.tr("Computers"),
            "chosen": self.tr("C&hosen computers"),
            "cards": self.tr("Visitors' ca&rds"),
            "code": self.tr("Session c&ode"),
        }
        for key, label in self.labels.items():
            label.setText(texts[key])
        self.from_label.setText(self.tr("from"))
        self.to_label.setText(self.tr("to"))
        self.starts.setAccessibleName(self.tr("From"))
        self.ends.setAccessibleName(self.tr("To"))
        self.by_count.setText(self.tr("Any free, how many:"))
        self.count.setAccessibleName(self.tr("How many computers"))
        self.by_name.setText(self.tr("These:"))
        self.card.setPlaceholderText(self.tr("Card number"))
        self.label_edit.setPlaceholderText(self.tr("For example: Classe 5B"))
        self.cards.setPlaceholderText(self.tr("One card number a line (optional)"))
        self.cards.setAccessibleName(self.tr("Visitors' cards"))
        self.code.setPlaceholderText(self.tr("4 to 12 letters or digits (optional)"))
        self.new_code.setText(self.tr("Make one up"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Book"))
        self._say_note()
        self._update()


# --- the list -------------------------------------------------------------------------------------

LIST_COLUMNS = 6


class BookingsDialog(ListDialog):
    """Today's and upcoming bookings of a site: when, computer, kind, for whom; cancel."""

    def __init__(
        self,
        context: ConsoleContext,
        site: SiteSummary,
        stations: list[str],
        parent: QWidget | None = None,
    ) -> None:
        self.book_button = QPushButton()
        self.group_button = QPushButton()
        self.cancel_button = QPushButton()
        super().__init__(
            LIST_COLUMNS,
            stretch=4,
            actions=(self.book_button, self.group_button, self.cancel_button),
            parent=parent,
        )
        self.setObjectName("BookingsDialog")
        self.context = context
        self.site = site
        self.stations = stations
        self.holds: list[Hold] = []
        self.loaded = False
        self.refresh_button.clicked.connect(self.refresh)
        self.book_button.clicked.connect(lambda: self.book(group=False))
        self.group_button.clicked.connect(lambda: self.book(group=True))
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.table.itemSelectionChanged.connect(self._update)
        self.table.setWordWrap(True)
        self.retranslate()
        self.resize(900, 460)
        self.refresh()

    @classmethod
    def open_for(
        cls,
        context: ConsoleContext,
        site: SiteSummary,
        stations: list[str],
        parent: QWidget | None,
    ) -> BookingsDialog:
        dialog = cls(context, site, stations, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def refresh(self) -> None:
        client, site_id = self.context.client, self.site.id
        self.context.run(lambda: client.holds(site_id), self._loaded, self._failed)

    def _loaded(self, holds: list[Hold]) -> None:
        # the queue's holds come and go with the line: the queue panel shows them
        self.holds = [
            h
            for h in holds
            if h.kind != HoldKind.QUEUE and h.state in (HoldState.HELD, HoldState.CLAIMED)
        ]
        self.loaded = True
        self.say(str)
        self._fill()

    def _failed(self, error: BaseException) -> None:
        self.say(
            lambda: self.tr("The bookings could not be loaded: %1").replace("%1", error_text(error))
        )

    def for_text(self, hold: Hold) -> str:
        """Whom a booking is for, as staff may see it: the label and code, or the masked card."""
        if hold.label:
            if hold.code:
                return self.tr("%1 (code %2)").replace("%1", hold.label).replace("%2", hold.code)
            return hold.label
        return mask_identifier(hold.visitor or "")

    def row_texts(self) -> list[list[str]]:
        return [
            [self.table.item(r, c).text() for c in range(self.table.columnCount())]
            for r in range(self.table.rowCount())
        ]

    def _fill(self) -> None:
        self.table.setRowCount(len(self.holds))
        for row, hold in enumerate(self.holds):
            moment = site_moment(hold.starts_at, hold.timezone)
            cells = (
                format_day(moment) if moment is not None else "",
                span(hold.starts_at, hold.ends_at, hold.timezone),
                hold.station,
                kind_text(hold.kind),
                self.for_text(hold),
                self.tr("In use") if hold.state == HoldState.CLAIMED else self.tr("Reserved"),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, hold.id)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.results.setCurrentWidget(self.table if self.holds else self.empty)
        self._update()

    def selected_hold(self) -> Hold | None:
        row = self.table.currentRow()
        if row < 0 or row >= len(self.holds) or not self.table.selectionModel().hasSelection():
            return None
        return self.holds[row]

    def select_station(self, station: str) -> bool:
        for row, hold in enumerate(self.holds):
            if hold.station == station:
                self.table.selectRow(row)
                return True
        return False

    def book(self, *, group: bool) -> BookingDialog:
        dialog = BookingDialog.open_for(self.context, self.site, self.stations, self, group=group)
        dialog.accepted.connect(self.refresh)
        return dialog

    def cancel_selected(self) -> None:
        """Cancel the selected booking (all its computers), after confirming."""
        hold = self.selected_hold()
        if hold is None:
            return
        together = [h.station for h in self.holds if h.booking == hold.booking]
        question = (
            self.tr("Cancel the booking of %1, %2? The computers are free again.")
            .replace("%1", ", ".join(together))
            .replace("%2", span(hold.starts_at, hold.ends_at, hold.timezone))
        )
        if not ConfirmDialog.ask(self, question):
            return
        client, booking = self.context.client, hold.booking

        def done(_booking: Booking) -> None:
            self.say(lambda: self.tr("Booking cancelled."))
            self.refresh()

        def failed(error: BaseException) -> None:
            self.say(lambda: error_text(error))
            self.refresh()

        self.context.run(lambda: client.cancel_booking(booking), done, failed)

    def _update(self) -> None:
        self.cancel_button.setEnabled(self.selected_hold() is not None)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Bookings of %1").replace("%1", self.site.name))
        self.intro.setText(
            self.tr("Today's and upcoming bookings of %1, at the site's clock.").replace(
                "%1", self.site.name
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Day"),
                self.tr("Time"),
                self.tr("Computer"),
                self.tr("Kind"),
                self.tr("For"),
                self.tr("State"),
            ]
        )
        self.table.setAccessibleName(self.tr("Bookings"))
        self.empty.setText(self.tr("No booking today or later."))
        self.book_button.setText(self.tr("&Book a computer…"))
        self.group_button.setText(self.tr("Book for a &group…"))
        self.cancel_button.setText(self.tr("&Cancel booking…"))
        super().retranslate()
        self._update()
