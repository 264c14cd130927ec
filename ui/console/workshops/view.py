"""Workshops: a week of the toolbar's site (previous, next, this week), each date with its time,
title, kind, theme, level, language, places left, waitlist and reserved computers; plan,
change, copy or cancel a workshop or one date; its participants below.

Times are the site's wall clock (ui/formats.py). Every refusal is the server's, as a sentence
(ui/console/refusals.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.protocol.workshops import (
    Attendance,
    AttendanceMark,
    Registration,
    Theme,
    Workshop,
    WorkshopDate,
)
from ui.console.context import ConsoleContext
from ui.console.dialogs import ConfirmDialog, FileDialog
from ui.console.view import ConsoleView
from ui.console.workshops.dialog import Choices, WorkshopDialog
from ui.console.workshops.participants import ParticipantsPanel, who
from ui.console.workshops.register import RegisterDialog
from ui.console.workshops.texts import (
    console_language,
    hours_text,
    kind_text,
    language_text,
    level_text,
    local,
    theme_text,
    title_of,
)
from ui.formats import format_date

ROW_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = 6
#: Computers per line in the week's cells.
STATIONS_PER_LINE = 3


@dataclass(frozen=True)
class Week:
    workshops: list[Workshop]
    themes: list[Theme]
    #: the staff accounts an administrator may name as animateur (staff: themselves)
    animateurs: list[str]


@dataclass(frozen=True)
class People:
    workshop: Workshop
    registrations: list[Registration]
    attendance: Attendance


class WorkshopsView(ConsoleView):
    def __init__(self, context: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("WorkshopsView")
        self.weeks_ahead = 0
        self.workshops: list[Workshop] = []
        self.themes: dict[str, Theme] = {}
        self._generation = 0
        self._people_generation = 0
        self._keep: tuple[int, int] | None = None
        self._keep_workshop: int | None = None
        self._select_registration: int | None = None
        self.registrations: list[Registration] = []
        self.attendance_: Attendance | None = None
        #: the selected workshop's people as last loaded (shown again on a language switch)
        self.people: People | None = None
        self.animateurs: list[str] = []

        self.heading = QLabel(objectName="Title")
        self.previous_button = QPushButton()
        self.this_week_button = QPushButton()
        self.next_button = QPushButton()
        self.week_label = QLabel()
        self.new_button = QPushButton()
        self.edit_button = QPushButton()
        self.copy_button = QPushButton()
        self.cancel_date_button = QPushButton()
        self.cancel_button = QPushButton()
        weeks = QHBoxLayout()
        for button in (self.previous_button, self.this_week_button, self.next_button):
            weeks.addWidget(button)
        weeks.addSpacing(8)
        weeks.addWidget(self.week_label, 1)
        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.copy_button):
            actions.addWidget(button)
        actions.addStretch(1)
        for button in (self.cancel_date_button, self.cancel_button):
            actions.addWidget(button)

        self.table = QTableWidget(0, COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(objectName="Status")
        self.empty.setWordWrap(True)
        self.participants = ParticipantsPanel()
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.empty)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.participants)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)

        root = QVBoxLayout(self)
        root.addWidget(self.heading)
        root.addLayout(weeks)
        root.addLayout(actions)
        root.addWidget(splitter, 1)

        self.cancel_date_shortcut = QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete), self.table
        )
        self.cancel_date_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.cancel_date_shortcut.activated.connect(self.cancel_date)

        self.previous_button.clicked.connect(lambda: self.go_week(self.weeks_ahead - 1))
        self.next_button.clicked.connect(lambda: self.go_week(self.weeks_ahead + 1))
        self.this_week_button.clicked.connect(lambda: self.go_week(0))
        self.new_button.clicked.connect(self.new_workshop)
        self.edit_button.clicked.connect(self.edit_selected)
        self.copy_button.clicked.connect(self.copy_selected)
        self.cancel_date_button.clicked.connect(self.cancel_date)
        self.cancel_button.clicked.connect(self.cancel_workshop)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.participants.register_asked.connect(self.register)
        self.participants.cancel_asked.connect(self.unregister)
        self.participants.tick_asked.connect(self.tick)
        self.participants.sheet_asked.connect(self.save_sheet)
        self.participants.certificate_asked.connect(self.save_certificate)
        self.retranslate()
        self._update_actions()

    def title(self) -> str:
        return self.tr("Workshops")

    # --- the week --------------------------------------------------------------------------

    def monday(self) -> date:
        today = self.context.today()
        return today - timedelta(days=today.weekday()) + timedelta(weeks=self.weeks_ahead)

    def show_workshop(self, workshop_id: int, *, weeks_ahead: int) -> None:
        """Show that week and select the workshop's first date in it."""
        self.weeks_ahead = weeks_ahead
        self._keep = None
        self._keep_workshop = workshop_id
        self.refresh()

    def go_week(self, weeks_ahead: int) -> None:
        self.weeks_ahead = weeks_ahead
        self._keep = None
        self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        site, monday = self.context.site_id, self.monday()
        since = f"{monday.isoformat()}T00:00"
        until = f"{(monday + timedelta(days=7)).isoformat()}T00:00"
        client = self.context.client
        self._retranslate_week()
        self.empty.setText(self.tr("Loading the workshops…"))
        self.empty.show()

        admin = self.context.is_admin

        def load() -> Week:
            workshops = client.workshops(site, since=since, until=until)
            accounts = [a.username for a in client.staff_accounts()] if admin else []
            return Week(workshops, client.workshop_themes(), accounts)

        self.context.run(load, lambda week: self._loaded(generation, week))

    def _loaded(self, generation: int, week: Week) -> None:
        if generation != self._generation:
            return  # overtaken by a newer request
        self.workshops = week.workshops
        self.themes = {t.code: t for t in week.themes}
        self.animateurs = week.animateurs
        keep = self._keep or self.selected_ids()
        self._fill()
        if self._keep_workshop is not None:
            wanted, self._keep_workshop = self._keep_workshop, None
            first = next((d for w, d in self.rows() if w.id == wanted), None)
            keep = (wanted, first.id) if first is not None else keep
        if keep is not None:
            self.select(*keep)
        if self.table.currentRow() < 0 and self.table.rowCount():
            self.table.selectRow(0)
        self._selection_changed()

    def rows(self) -> list[tuple[Workshop, WorkshopDate]]:
        monday = self.monday()
        found = []
        for workshop in self.workshops:
            for item in workshop.dates:
                start = local(item.starts_at, workshop.timezone)
                if start is not None and monday <= start.date() < monday + timedelta(days=7):
                    found.append((start, workshop, item))
        found.sort(key=lambda row: (row[0], title_of(row[1]).casefold()))
        return [(w, d) for _, w, d in found]

    def _fill(self) -> None:
        rows = self.rows()
        self.table.setRowCount(len(rows))
        for row, (workshop, item) in enumerate(rows):
            start = local(item.starts_at, workshop.timezone)
            day = QLocaleDay.text(start.date()) if start is not None else ""
            cancelled = item.state != "planned" or workshop.state != "planned"
            left = max(workshop.capacity - item.registered, 0)
            about = " · ".join(
                (
                    kind_text(workshop.kind),
                    theme_text(workshop.theme, self.themes),
                    level_text(workshop.level),
                    language_text(workshop.language),
                )
            )
            site = "" if self.context.site_id is not None else f" ({workshop.site})"
            stations = [
                ", ".join(item.stations[i : i + STATIONS_PER_LINE])
                for i in range(0, len(item.stations), STATIONS_PER_LINE)
            ]
            texts = [
                day,
                hours_text(item.starts_at, item.ends_at, workshop.timezone),
                f"{title_of(workshop)}{site}\n{about}",
                self.tr("cancelled")
                if cancelled
                else self.tr("%1 of %2 left")
                .replace("%1", str(left))
                .replace("%2", str(workshop.capacity)),
                str(item.waitlisted) if item.waitlisted else "",
                ",\n".join(stations),
            ]
            for column, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                cell.setData(ROW_ROLE, (workshop.id, item.id))
                if cancelled:
                    font = cell.font()
                    font.setStrikeOut(True)
                    cell.setFont(font)
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()
        self.empty.setVisible(not rows)
        self.empty.setText(
            self.tr("No workshops this week. Plan one with New workshop (Ctrl+N).")
            if self.context.site_id is not None or self.context.sites
            else ""
        )

    def selected_ids(self) -> tuple[int, int] | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        found = self.table.item(rows[0].row(), 0).data(ROW_ROLE)
        return tuple(found) if found else None  # type: ignore[return-value]

    def selected(self) -> tuple[Workshop, WorkshopDate] | None:
        ids = self.selected_ids()
        if ids is None:
            return None
        workshop = next((w for w in self.workshops if w.id == ids[0]), None)
        if workshop is None:
            return None
        item = next((d for d in workshop.dates if d.id == ids[1]), None)
        return (workshop, item) if item is not None else None

    def select(self, workshop_id: int, date_id: int) -> bool:
        for row in range(self.table.rowCount()):
            if tuple(self.table.item(row, 0).data(ROW_ROLE)) == (workshop_id, date_id):
                self.table.selectRow(row)
                self.table.setCurrentCell(row, 0)
                return True
        return False

    def _selection_changed(self) -> None:
        self._update_actions()
        chosen = self.selected()
        if chosen is None:
            self.participants.clear()
            return
        self.load_people(chosen[0].id)

    # --- participants ----------------------------------------------------------------------

    def load_people(self, workshop_id: int) -> None:
        self._people_generation += 1
        generation = self._people_generation
        client = self.context.client

        def load() -> People:
            return People(
                client.workshop(workshop_id),
                client.registrations(workshop_id),
                client.attendance(workshop_id),
            )

        self.context.run(load, lambda people: self._people_loaded(generation, people))

    def _people_loaded(self, generation: int, people: People) -> None:
        if generation != self._people_generation:
            return
        self.people = people
        self._show_people(self._select_registration)
        self._select_registration = None

    def _show_people(self, select: int | None = None) -> None:
        chosen, people = self.selected(), self.people
        if chosen is None or people is None or chosen[0].id != people.workshop.id:
            return
        self.registrations, self.attendance_ = people.registrations, people.attendance
        workshop = people.workshop
        item = next((d for d in workshop.dates if d.id == chosen[1].id), chosen[1])
        self.participants.show_date(
            workshop,
            item,
            self._heading(workshop, item),
            people.registrations,
            people.attendance,
            select,
        )

    def _heading(self, workshop: Workshop, item: WorkshopDate) -> str:
        start = local(item.starts_at, workshop.timezone)
        when = QLocaleDay.text(start.date()) if start is not None else ""
        hours = hours_text(item.starts_at, item.ends_at, workshop.timezone)
        number = next((i for i, d in enumerate(workshop.dates, 1) if d.id == item.id), 1)
        heading = f"{title_of(workshop)} — {when}, {hours}"
        if len(workshop.dates) > 1:
            heading += " — " + self.tr("date %1 of %2").replace("%1", str(number)).replace(
                "%2", str(len(workshop.dates))
            )
        heading += " — " + self.tr("animateur: %1").replace("%1", workshop.animateur)
        if workshop.walk_ins and workshop.code:
            heading += " — " + self.tr("session code %1").replace("%1", workshop.code)
        return heading

    def register(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        workshop, item = chosen
        per_date = workshop.registration == "date"
        when = self._heading(workshop, item).split(" — ")[1]
        saved = RegisterDialog.ask(
            self, self.context, workshop, item.id if per_date else None, when
        )
        if saved is None:
            return
        name = who(saved)
        if saved.state == "waitlisted":
            place = saved.position or 0
            self.context.show_message(
                lambda: (
                    self.tr("The workshop is full: %1 is number %2 on the waitlist.")
                    .replace("%1", name)
                    .replace("%2", str(place))
                )
            )
        else:
            self.context.show_message(lambda: self.tr("%1 is registered.").replace("%1", name))
        self._select_registration = saved.id
        self._keep = (workshop.id, item.id)
        self.refresh()

    def unregister(self, registration: Registration) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        workshop = chosen[0]
        name = who(registration)
        question = self.tr("Cancel the registration of %1?").replace("%1", name)
        if not ConfirmDialog.ask(self, question):
            return
        before = {r.id: r.state for r in self.registrations}
        client = self.context.client

        def call() -> list[Registration]:
            client.unregister(workshop.id, registration.id)
            return client.registrations(workshop.id)

        def done(after: list[Registration]) -> None:
            promoted = [
                r for r in after if r.state == "registered" and before.get(r.id) == "waitlisted"
            ]
            if promoted:
                moved = ", ".join(who(r) for r in promoted)
                self._select_registration = promoted[0].id
                self.context.show_message(
                    lambda: (
                        self.tr(
                            "The registration of %1 is cancelled: %2 moves up from the waitlist."
                        )
                        .replace("%1", name)
                        .replace("%2", moved)
                    )
                )
            else:
                self.context.show_message(
                    lambda: self.tr("The registration of %1 is cancelled.").replace("%1", name)
                )
            self._keep = self.selected_ids()
            self.refresh()

        self.context.run(call, done)

    def tick(self, registration_id: int, present: bool) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        workshop, item = chosen
        mark = AttendanceMark(date_id=item.id, registration_id=registration_id, present=present)

        def failed(error: BaseException) -> None:
            self.context.show_error(error)
            self.load_people(workshop.id)  # the box back as the server has it

        self.context.run(
            lambda: self.context.client.mark_attendance(workshop.id, mark),
            lambda _attendance: self.load_people(workshop.id),
            failed,
        )

    # --- documents -------------------------------------------------------------------------

    def save_sheet(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        workshop = chosen[0]
        language = console_language()
        name = f"attendance-{workshop.id}-{language}.pdf"
        self._save(
            self.tr("Save the attendance sheet"),
            name,
            lambda: self.context.client.workshop_sheet(workshop.id, language),
        )

    def save_certificate(self, registration_id: int) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        workshop = chosen[0]
        language = console_language()
        name = f"certificate-{workshop.id}-{registration_id}-{language}.pdf"
        self._save(
            self.tr("Save the certificate"),
            name,
            lambda: self.context.client.workshop_certificate(
                workshop.id, registration_id, language
            ),
        )

    def _save(self, title: str, name: str, call: object) -> None:
        path = FileDialog.ask_save(self, title, name, self.tr("PDF files (*.pdf)"))
        if path is None:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"

        def done(data: bytes) -> None:
            try:
                Path(path).write_bytes(data)
            except OSError:
                self.context.show_write_failed(path)
                return
            self.context.show_message(lambda: self.tr("Saved in %1.").replace("%1", path))

        self.context.run(call, done)  # type: ignore[arg-type]

    # --- planning --------------------------------------------------------------------------

    def _choices(self) -> Choices:
        return Choices(self.context.sites, list(self.themes.values()), self.animateurs)

    def _with_themes(self, then: Callable[[], None]) -> None:
        """Run ``then`` once the city's themes are known (the week brings them)."""
        if self.themes:
            then()
            return

        def loaded(themes: list[Theme]) -> None:
            self.themes = {t.code: t for t in themes}
            then()

        self.context.run(self.context.client.workshop_themes, loaded)

    def new_workshop(self) -> None:
        def ask() -> None:
            self._plan(
                WorkshopDialog.ask(self, self.context, self._choices(), site_id=self._site())
            )

        self._with_themes(ask)

    def edit_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            workshop = chosen[0]
            self._with_themes(
                lambda: self._plan(
                    WorkshopDialog.ask(self, self.context, self._choices(), workshop)
                )
            )

    def copy_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            workshop = chosen[0]
            self._with_themes(
                lambda: self._plan(
                    WorkshopDialog.ask(self, self.context, self._choices(), workshop, copy=True)
                )
            )

    def _site(self) -> int | None:
        return self.context.site_id

    def _plan(self, saved: Workshop | None) -> None:
        if saved is None:
            return
        title = title_of(saved)
        count = len(saved.dates)
        self.context.show_message(
            lambda: self.tr("‘%1’ is saved with %n date(s).", "", count).replace("%1", title)
        )
        first = saved.dates[0] if saved.dates else None
        start = local(first.starts_at, saved.timezone) if first is not None else None
        if start is not None:
            today = self.context.today()
            monday = today - timedelta(days=today.weekday())
            self.weeks_ahead = (start.date() - monday).days // 7
            self._keep = (saved.id, first.id)  # type: ignore[union-attr]
        self.refresh()

    def cancel_date(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        workshop, item = chosen
        question = (
            self.tr("Cancel ‘%1’ on %2? Its computers are free again.")
            .replace("%1", title_of(workshop))
            .replace("%2", self._heading(workshop, item).split(" — ")[1])
        )
        if ConfirmDialog.ask(self, question):
            self.context.run(
                lambda: self.context.client.cancel_workshop_date(workshop.id, item.id),
                lambda _w: self._cancelled(),
            )

    def cancel_workshop(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        workshop = chosen[0]
        question = self.tr("Cancel ‘%1’ and all its dates? Its computers are free again.").replace(
            "%1", title_of(workshop)
        )
        if ConfirmDialog.ask(self, question):
            self.context.run(
                lambda: self.context.client.cancel_workshop(workshop.id),
                lambda _w: self._cancelled(),
            )

    def _cancelled(self) -> None:
        self.context.show_message(lambda: self.tr("Cancelled."))
        self._keep = self.selected_ids()
        self.refresh()

    def _update_actions(self) -> None:
        chosen = self.selected()
        live = chosen is not None and chosen[0].state == "planned"
        self.edit_button.setEnabled(live)
        self.copy_button.setEnabled(chosen is not None)
        self.cancel_button.setEnabled(live)
        self.cancel_date_button.setEnabled(
            live and chosen is not None and chosen[1].state == "planned"
        )

    # --- text ------------------------------------------------------------------------------

    def _retranslate_week(self) -> None:
        monday = self.monday()
        sunday = monday + timedelta(days=6)
        self.week_label.setText(
            self.tr("Week of %1 to %2")
            .replace("%1", format_date(monday))
            .replace("%2", format_date(sunday))
        )

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Workshops"))
        buttons = (
            (self.previous_button, self.tr("◀ Previous week"), "Alt+Left"),
            (self.this_week_button, self.tr("This week"), "Alt+Home"),
            (self.next_button, self.tr("Next week ▶"), "Alt+Right"),
            (self.new_button, self.tr("New workshop…"), "Ctrl+N"),
            (self.edit_button, self.tr("Change…"), "F2"),
            (self.copy_button, self.tr("Copy…"), "Ctrl+Shift+N"),
            (self.cancel_date_button, self.tr("Cancel this date"), ""),
            (self.cancel_button, self.tr("Cancel the workshop"), "Ctrl+Shift+Del"),
        )
        # setText() replaces a button's shortcut with the text's mnemonic: set them after.
        for button, text, keys in buttons:
            button.setText(text)
            if keys:
                button.setShortcut(QKeySequence(keys))
        self.new_button.setToolTip(self.tr("Plan a workshop or a weekly series (Ctrl+N)"))
        self.edit_button.setToolTip(self.tr("Change the selected workshop (F2)"))
        self.copy_button.setToolTip(
            self.tr(
                "Plan a new workshop like the selected one, a week after its last date "
                "(Ctrl+Shift+N)"
            )
        )
        self.cancel_date_button.setToolTip(self.tr("Cancel the selected date only (Del)"))
        self.cancel_button.setToolTip(
            self.tr("Cancel the workshop and all its dates (Ctrl+Shift+Del)")
        )
        self.cancel_date_shortcut.setWhatsThis(self.tr("Cancel this date"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Day"),
                self.tr("Time"),
                self.tr("Workshop"),
                self.tr("Places"),
                self.tr("Waitlist"),
                self.tr("Computers"),
            ]
        )
        self.table.setAccessibleName(self.tr("Workshops of the week"))
        self._retranslate_week()
        self.participants.retranslate()
        if self.workshops:
            keep = self.selected_ids()
            self._fill()
            if keep is not None:
                self.select(*keep)
            self._show_people()


class QLocaleDay:
    """A weekday and date as the console's language writes them ("mar. 18 novembre")."""

    @staticmethod
    def text(day: date) -> str:
        from PySide6.QtCore import QDate, QLocale

        return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMMM")
