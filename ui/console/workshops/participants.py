"""The participants of one workshop date: who is registered, the waitlist in order, attendance
(present from the sign-ins on its reserved computers, ticked or unticked by staff), and the
attendance sheet and certificates as PDF."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.protocol.workshops import (
    Attendance,
    Attendee,
    DateAttendance,
    Registration,
    RegistrationMode,
    Workshop,
    WorkshopDate,
)
from ui.console.workshops.texts import status_text

REGISTRATION_ROLE = Qt.ItemDataRole.UserRole


def who(registration: Registration | Attendee) -> str:
    """The name given at the desk, or the card number."""
    return registration.name or registration.visitor or ""


class ParticipantsPanel(QWidget):
    """Shows what :meth:`show` is given; the view does the calls.

    Signals: ``register_asked()``, ``cancel_asked(Registration)``, ``tick_asked(registration_id,
    present)``, ``sheet_asked()``, ``certificate_asked(registration_id)``.
    """

    register_asked = Signal()
    cancel_asked = Signal(object)
    tick_asked = Signal(int, bool)
    sheet_asked = Signal()
    certificate_asked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ParticipantsPanel")
        self.workshop: Workshop | None = None
        self.date: WorkshopDate | None = None
        self._filling = False

        self.heading = QLabel(objectName="Title")
        self.heading.setWordWrap(True)
        self.registered_label = QLabel()
        self.registered = self._table(2)
        self.waitlist_label = QLabel()
        self.waitlist = self._table(2)
        self.attendance_label = QLabel()
        self.attendance = self._table(3)
        self.registered_label.setBuddy(self.registered)
        self.waitlist_label.setBuddy(self.waitlist)
        self.attendance_label.setBuddy(self.attendance)
        self.register_button = QPushButton()
        self.cancel_button = QPushButton()
        self.sheet_button = QPushButton()
        self.certificate_button = QPushButton()
        buttons = QHBoxLayout()
        for button in (self.register_button, self.cancel_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.sheet_button, self.certificate_button):
            buttons.addWidget(button)

        grid = QGridLayout()
        grid.addWidget(self.registered_label, 0, 0)
        grid.addWidget(self.waitlist_label, 0, 1)
        grid.addWidget(self.attendance_label, 0, 2)
        grid.addWidget(self.registered, 1, 0)
        grid.addWidget(self.waitlist, 1, 1)
        grid.addWidget(self.attendance, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(grid, 1)
        layout.addLayout(buttons)

        self.delete_shortcuts = []
        for table in (self.registered, self.waitlist):
            shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self._cancel_current)
            self.delete_shortcuts.append(shortcut)
            table.currentCellChanged.connect(self._update_actions)
            table.itemSelectionChanged.connect(self._update_actions)
        self.attendance.itemChanged.connect(self._ticked)
        self.attendance.itemSelectionChanged.connect(self._update_actions)
        self.register_button.clicked.connect(self.register_asked)
        self.cancel_button.clicked.connect(self._cancel_current)
        self.sheet_button.clicked.connect(self.sheet_asked)
        self.certificate_button.clicked.connect(self._certificate)
        self.retranslate()
        self._update_actions()

    @staticmethod
    def _table(columns: int) -> QTableWidget:
        table = QTableWidget(0, columns)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table

    # --- what is shown -----------------------------------------------------------------------

    def clear(self) -> None:
        self.workshop, self.date = None, None
        for table in (self.registered, self.waitlist, self.attendance):
            table.setRowCount(0)
        self.heading.setText(self.tr("Select a workshop date in the week above."))
        self._update_actions()

    def show_date(
        self,
        workshop: Workshop,
        date: WorkshopDate,
        heading: str,
        registrations: list[Registration],
        attendance: Attendance | None,
        select: int | None = None,
    ) -> None:
        """The date's registrations (per date, or the series') and its attendance."""
        self.workshop, self.date = workshop, date
        self.heading.setText(heading)
        per_date = workshop.registration == RegistrationMode.DATE
        mine = [r for r in registrations if r.date_id == (date.id if per_date else None)]
        registered = [r for r in mine if r.state == "registered"]
        waiting = sorted(
            (r for r in mine if r.state == "waitlisted"), key=lambda r: r.position or 0
        )
        self._filling = True
        self._fill(self.registered, [(r, [who(r), self._details(r)]) for r in registered])
        self._fill(self.waitlist, [(r, [who(r), str(r.position or "")]) for r in waiting])
        found = next(
            (d for d in (attendance.dates if attendance else []) if d.date_id == date.id), None
        )
        self._fill_attendance(found)
        self._filling = False
        if select is not None:
            for table in (self.registered, self.waitlist):
                for row in range(table.rowCount()):
                    item = table.item(row, 0)
                    if item.data(REGISTRATION_ROLE).id == select:
                        table.selectRow(row)
                        table.setCurrentCell(row, 0)
        self._update_actions()

    def _details(self, registration: Registration) -> str:
        parts = [
            registration.gender.upper(),
            registration.age_band,
            status_text(registration.status) if registration.status else "",
        ]
        return " · ".join(p for p in parts if p)

    @staticmethod
    def _fill(table: QTableWidget, rows: list[tuple[Registration, list[str]]]) -> None:
        table.setRowCount(len(rows))
        for row, (registration, texts) in enumerate(rows):
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(REGISTRATION_ROLE, registration)
                table.setItem(row, column, item)

    def _fill_attendance(self, date: DateAttendance | None) -> None:
        attendees = date.attendees if date is not None else []
        table = self.attendance
        table.setRowCount(len(attendees))
        for row, attendee in enumerate(attendees):
            name = QTableWidgetItem(who(attendee))
            name.setData(REGISTRATION_ROLE, attendee.registration_id)
            if attendee.registration_id is not None:
                name.setFlags(name.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                name.setCheckState(
                    Qt.CheckState.Checked if attendee.present else Qt.CheckState.Unchecked
                )
            table.setItem(row, 0, name)
            minutes = QTableWidgetItem(str(attendee.minutes) if attendee.present else "")
            table.setItem(row, 1, minutes)
            table.setItem(row, 2, QTableWidgetItem(self._how(attendee)))

    def _how(self, attendee: Attendee) -> str:
        if attendee.walk_in:
            return self.tr("walk-in, with the session code")
        if attendee.ticked is True:
            return self.tr("ticked by staff")
        if attendee.ticked is False:
            return self.tr("unticked by staff")
        if attendee.present:
            return self.tr("signed in")
        if attendee.no_show:
            return self.tr("did not come")
        return ""

    # --- actions ------------------------------------------------------------------------------

    def current_registration(self) -> Registration | None:
        """The selected registration: in the list with the focus, else registered, else the
        waitlist's."""
        tables = [self.registered, self.waitlist]
        tables.sort(key=lambda table: not table.hasFocus())
        for table in tables:
            rows = table.selectionModel().selectedRows()
            if rows:
                return table.item(rows[0].row(), 0).data(REGISTRATION_ROLE)
        return None

    def _cancel_current(self) -> None:
        registration = self.current_registration()
        if registration is not None:
            self.cancel_asked.emit(registration)

    def _ticked(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 0:
            return
        registration_id = item.data(REGISTRATION_ROLE)
        if isinstance(registration_id, int):
            self.tick_asked.emit(registration_id, item.checkState() == Qt.CheckState.Checked)

    def _certificate_for(self) -> int | None:
        rows = self.attendance.selectionModel().selectedRows()
        if rows:
            found = self.attendance.item(rows[0].row(), 0).data(REGISTRATION_ROLE)
            if isinstance(found, int):
                return found
        registration = self.current_registration()
        if registration is not None and registration.state == "registered":
            return registration.id
        return None

    def _certificate(self) -> None:
        registration_id = self._certificate_for()
        if registration_id is not None:
            self.certificate_asked.emit(registration_id)

    def _update_actions(self, *_args: object) -> None:
        live = self.workshop is not None and self.workshop.state == "planned"
        self.register_button.setEnabled(live and self.date is not None)
        self.cancel_button.setEnabled(self.current_registration() is not None)
        self.sheet_button.setEnabled(self.workshop is not None)
        self.certificate_button.setEnabled(self._certificate_for() is not None)

    # --- text ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.registered_label.setText(self.tr("Re&gistered"))
        self.waitlist_label.setText(self.tr("&Waitlist, in order"))
        self.attendance_label.setText(self.tr("A&ttendance (Space: tick or untick)"))
        self.registered.setHorizontalHeaderLabels([self.tr("Name or card"), self.tr("Details")])
        self.waitlist.setHorizontalHeaderLabels([self.tr("Name or card"), self.tr("Place")])
        self.attendance.setHorizontalHeaderLabels(
            [self.tr("Present"), self.tr("Minutes"), self.tr("How")]
        )
        self.registered.setAccessibleName(self.tr("Registered"))
        self.waitlist.setAccessibleName(self.tr("Waitlist, in order"))
        self.attendance.setAccessibleName(self.tr("Attendance"))
        self.register_button.setText(self.tr("Register…"))
        self.register_button.setToolTip(self.tr("Register a visitor by card or by name (Ins)"))
        self.cancel_button.setText(self.tr("Cancel the registration"))
        self.cancel_button.setToolTip(
            self.tr("Cancel the selected registration; the waitlist's first moves up (Del)")
        )
        self.sheet_button.setText(self.tr("Attendance sheet (PDF)"))
        self.sheet_button.setToolTip(self.tr("Save the attendance sheet as a PDF file (Ctrl+S)"))
        self.certificate_button.setText(self.tr("Certificate (PDF)"))
        self.certificate_button.setToolTip(
            self.tr("Save the selected participant's certificate as a PDF file (Ctrl+Shift+S)")
        )
        # setText() replaces a button's shortcut with the text's mnemonic: set them after.
        self.register_button.setShortcut(QKeySequence(Qt.Key.Key_Insert))
        self.sheet_button.setShortcut(QKeySequence("Ctrl+S"))
        self.certificate_button.setShortcut(QKeySequence("Ctrl+Shift+S"))
        for shortcut in self.delete_shortcuts:
            shortcut.setWhatsThis(self.tr("Cancel the registration"))
        if self.workshop is None:
            self.heading.setText(self.tr("Select a workshop date in the week above."))
