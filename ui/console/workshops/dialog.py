"""Plan, change or copy a workshop: one form, sent by the dialog itself (off the UI thread); it
closes only once the server accepted, a refusal stays in the dialog as its sentence.

A new workshop (or a copy) names everything; a planned one changes only what the server lets
change (titles, descriptions, theme, level, language, capacity): its dates and computers stay.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.protocol.holds import HOLD_CODE_PATTERN, MAX_HOLD_HOURS, MAX_HOLD_STATIONS
from kiosk.protocol.sites import SiteSummary
from kiosk.protocol.workshops import (
    MAX_CAPACITY,
    MAX_WEEKS,
    Descriptions,
    RegistrationMode,
    Theme,
    Titles,
    Workshop,
    WorkshopKind,
    WorkshopLevel,
    WorkshopRequest,
    WorkshopUpdate,
)
from ui.console.context import ConsoleContext, error_text
from ui.console.workshops.texts import (
    WORKSHOP_LANGUAGES,
    console_language,
    kind_text,
    language_text,
    level_text,
    local,
    pick,
)
from ui.dialogs import ok_cancel_buttons
from ui.i18n import LANGUAGES

TEXT_LANGUAGES = ("fr", "nl", "en")
_CODE = re.compile(HOLD_CODE_PATTERN)


@dataclass(frozen=True)
class Choices:
    """What the form offers: the sites, the city's themes, the staff accounts."""

    sites: list[SiteSummary]
    themes: list[Theme]
    animateurs: list[str]


class WorkshopDialog(QDialog):
    """``original`` None: a new workshop; ``copy``: a new one from ``original``'s fields (its
    first date a week after its last); else change ``original``."""

    def __init__(
        self,
        parent: QWidget | None,
        context: ConsoleContext,
        choices: Choices,
        original: Workshop | None = None,
        *,
        copy: bool = False,
        site_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("WorkshopDialog")
        self.context = context
        self.original = original
        self.editing = original is not None and not copy
        self.saved: Workshop | None = None
        self.sending = False

        self.site_combo = QComboBox()
        for site in sorted(choices.sites, key=lambda s: s.name):
            self.site_combo.addItem(site.name, site.id)
        self.kind_combo = QComboBox()
        for kind in WorkshopKind:
            self.kind_combo.addItem(kind_text(kind), kind.value)
        self.titles: dict[str, QLineEdit] = {}
        self.descriptions: dict[str, QPlainTextEdit] = {}
        self.texts = QTabWidget()
        for code in TEXT_LANGUAGES:
            page = QWidget()
            form = QFormLayout(page)
            title = QLineEdit()
            title.setMaxLength(500)
            description = QPlainTextEdit()
            description.setTabChangesFocus(True)
            description.setFixedHeight(64)
            form.addRow(QLabel(), title)
            form.addRow(QLabel(), description)
            self.titles[code] = title
            self.descriptions[code] = description
            self.texts.addTab(page, "")
        self.theme_combo = QComboBox()
        for theme in sorted(choices.themes, key=lambda t: pick(t.labels).casefold()):
            self.theme_combo.addItem(pick(theme.labels), theme.code)
        self.level_combo = QComboBox()
        for level in WorkshopLevel:
            self.level_combo.addItem(level_text(level), level.value)
        self.language_combo = QComboBox()
        for code in WORKSHOP_LANGUAGES:
            self.language_combo.addItem(language_text(code), code)
        self.animateur_combo = QComboBox()
        self.animateur_combo.setEditable(True)
        for name in sorted(set(choices.animateurs) | {context.staff.username}):
            self.animateur_combo.addItem(name)
        self.animateur_combo.setCurrentText(context.staff.username)
        self.card_edit = QLineEdit()
        self.capacity_spin = QSpinBox()
        self.capacity_spin.setRange(1, MAX_CAPACITY)
        self.capacity_spin.setValue(8)
        self.count_spin = QSpinBox()
        self.count_spin.setRange(0, MAX_HOLD_STATIONS)  # 0: as many as the places
        self.stations_edit = QLineEdit()
        self.walk_ins_check = QCheckBox()
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(12)
        self.registration_combo = QComboBox()
        self.registration_combo.addItem("", RegistrationMode.SERIES.value)
        self.registration_combo.addItem("", RegistrationMode.DATE.value)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.time_edit = QTimeEdit()
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(15, MAX_HOLD_HOURS * 60)
        self.minutes_spin.setSingleStep(15)
        self.minutes_spin.setValue(120)
        self.weeks_spin = QSpinBox()
        self.weeks_spin.setRange(1, MAX_WEEKS)

        self.labels: dict[str, QLabel] = {}
        rows: list[tuple[str, QWidget]] = [
            ("site", self.site_combo),
            ("kind", self.kind_combo),
            ("theme", self.theme_combo),
            ("level", self.level_combo),
            ("language", self.language_combo),
            ("animateur", self.animateur_combo),
            ("card", self.card_edit),
            ("capacity", self.capacity_spin),
            ("count", self.count_spin),
            ("stations", self.stations_edit),
            ("walk_ins", self.walk_ins_check),
            ("code", self.code_edit),
            ("registration", self.registration_combo),
            ("date", self.date_edit),
            ("time", self.time_edit),
            ("minutes", self.minutes_spin),
            ("weeks", self.weeks_spin),
        ]
        self.inputs = dict(rows)
        grid = QGridLayout()
        half = (len(rows) + 1) // 2
        for index, (key, widget) in enumerate(rows):
            label = QLabel()
            label.setBuddy(widget)
            self.labels[key] = label
            column = 0 if index < half else 2
            row = index if index < half else index - half
            grid.addWidget(label, row, column, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(widget, row, column + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        self.error = QLabel(objectName="Error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.texts)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

        self.walk_ins_check.toggled.connect(self._update)
        self.stations_edit.textChanged.connect(self._update)
        self._fill(choices, original, copy, site_id)
        self.retranslate()
        self._update()
        self.titles["fr"].setFocus()
        self.resize(860, self.sizeHint().height())

    # --- filling ---------------------------------------------------------------------------

    def _fill(
        self, choices: Choices, original: Workshop | None, copy: bool, site_id: int | None
    ) -> None:
        today = self.context.today(site_id)
        start = datetime.combine(today + timedelta(days=7), time(14, 0))
        if original is None:
            self.site_combo.setCurrentIndex(max(self.site_combo.findData(site_id), 0))
        else:
            self.site_combo.setCurrentIndex(max(self.site_combo.findData(original.site_id), 0))
            self._choose(self.kind_combo, original.kind.value)
            for code in TEXT_LANGUAGES:
                self.titles[code].setText(getattr(original.title, code) or "")
                self.descriptions[code].setPlainText(getattr(original.description, code) or "")
            if self.theme_combo.findData(original.theme) < 0:
                self.theme_combo.addItem(original.theme, original.theme)
            self._choose(self.theme_combo, original.theme)
            self._choose(self.level_combo, original.level.value)
            if self.language_combo.findData(original.language) < 0:
                self.language_combo.addItem(language_text(original.language), original.language)
            self._choose(self.language_combo, original.language)
            self.animateur_combo.setCurrentText(original.animateur)
            self.card_edit.setText(original.animateur_card or "")
            self.capacity_spin.setValue(original.capacity)
            self.walk_ins_check.setChecked(original.walk_ins)
            self._choose(self.registration_combo, original.registration.value)
            planned = [d for d in original.dates if d.state == "planned"] or original.dates
            if planned:
                first = local(planned[0].starts_at, original.timezone)
                last = local(planned[-1].starts_at, original.timezone)
                end = local(planned[0].ends_at, original.timezone)
                if first is not None and last is not None and end is not None:
                    start = (last + timedelta(weeks=1)) if copy else first
                    start = start.replace(tzinfo=None)
                    self.minutes_spin.setValue(int((end - first).total_seconds()) // 60)
                self.weeks_spin.setValue(len(planned))
                stations = planned[0].stations
                if stations:
                    self.stations_edit.setText(", ".join(stations))
        self.date_edit.setDate(QDate(start.year, start.month, start.day))
        self.time_edit.setTime(QTime(start.hour, start.minute))
        self.date_edit.setMinimumDate(QDate(today.year, today.month, today.day))
        if self.editing:
            for key in (
                "site",
                "kind",
                "animateur",
                "card",
                "count",
                "stations",
                "walk_ins",
                "code",
                "registration",
                "date",
                "time",
                "minutes",
                "weeks",
            ):
                self.inputs[key].setEnabled(False)

    @staticmethod
    def _choose(combo: QComboBox, data: str) -> None:
        combo.setCurrentIndex(max(combo.findData(data), 0))

    def _update(self) -> None:
        if self.editing:
            return
        self.code_edit.setEnabled(self.walk_ins_check.isChecked())
        self.count_spin.setEnabled(not self.stations_edit.text().strip())

    # --- what is sent ------------------------------------------------------------------------

    def _titles(self) -> Titles:
        return Titles(**{c: self.titles[c].text().strip() or None for c in TEXT_LANGUAGES})

    def _descriptions(self) -> Descriptions:
        return Descriptions(
            **{c: self.descriptions[c].toPlainText().strip() or None for c in TEXT_LANGUAGES}
        )

    def starts_at(self) -> str:
        day: date = self.date_edit.date().toPython()  # type: ignore[assignment]
        at = self.time_edit.time()
        return f"{day.isoformat()}T{at.toString('HH:mm')}"

    def request(self) -> WorkshopRequest | None:
        """The new workshop, or None with the first problem shown."""
        if not any(self.titles[c].text().strip() for c in TEXT_LANGUAGES):
            return self._problem(self.tr("Type a title in one language at least."), "title")
        if self.theme_combo.currentData() is None:
            return self._problem(self.tr("Choose a theme."), "theme")
        animateur = self.animateur_combo.currentText().strip()
        if not animateur:
            return self._problem(self.tr("Name the animateur's staff account."), "animateur")
        code = self.code_edit.text().strip() if self.walk_ins_check.isChecked() else ""
        if code and not _CODE.match(code):
            return self._problem(self.tr("The session code is 4 to 12 letters or digits."), "code")
        stations = [s.strip() for s in self.stations_edit.text().split(",") if s.strip()]
        try:
            return WorkshopRequest(
                site=self.site_combo.currentText(),
                kind=WorkshopKind(self.kind_combo.currentData()),
                title=self._titles(),
                description=self._descriptions(),
                theme=self.theme_combo.currentData(),
                level=WorkshopLevel(self.level_combo.currentData()),
                language=self.language_combo.currentData(),
                animateur=animateur,
                animateur_card=self.card_edit.text().strip() or None,
                capacity=self.capacity_spin.value(),
                stations=stations,
                station_count=(self.count_spin.value() or None) if not stations else None,
                walk_ins=self.walk_ins_check.isChecked(),
                code=code or None,
                registration=RegistrationMode(self.registration_combo.currentData()),
                starts_at=self.starts_at(),
                minutes=self.minutes_spin.value(),
                weeks=self.weeks_spin.value(),
            )
        except ValueError:
            return self._problem(
                self.tr("A value is not valid: check the form and try again."), None
            )

    def change(self) -> WorkshopUpdate | None:
        if not any(self.titles[c].text().strip() for c in TEXT_LANGUAGES):
            return self._problem(self.tr("Type a title in one language at least."), "title")
        return WorkshopUpdate(
            title=self._titles(),
            description=self._descriptions(),
            theme=self.theme_combo.currentData(),
            level=WorkshopLevel(self.level_combo.currentData()),
            language=self.language_combo.currentData(),
            capacity=self.capacity_spin.value(),
        )

    def _problem(self, text: str, field: str | None) -> None:
        self.show_error(text)
        if field == "title":
            self.texts.setCurrentIndex(0)
            self.titles["fr"].setFocus()
        elif field is not None:
            self.inputs[field].setFocus()
        return None

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # --- sending ---------------------------------------------------------------------------

    def accept(self) -> None:
        if self.sending:
            return
        client = self.context.client
        original = self.original
        if self.editing and original is not None:
            change = self.change()
            if change is None:
                return
            self._send(lambda: client.update_workshop(original.id, change))
        else:
            request = self.request()
            if request is None:
                return
            self._send(lambda: client.add_workshop(request))

    def _send(self, call: object) -> None:
        self.sending = True
        self.buttons.setEnabled(False)
        self.show_error("")
        self.context.run(call, self._saved, self._refused)  # type: ignore[arg-type]

    def reject(self) -> None:
        if not self.sending:  # the answer is on its way: wait for it
            super().reject()

    def _saved(self, workshop: Workshop) -> None:
        self.sending = False
        self.buttons.setEnabled(True)
        self.saved = workshop
        super().accept()

    def _refused(self, error: BaseException) -> None:
        self.sending = False
        self.buttons.setEnabled(True)
        self.show_error(error_text(error))

    # --- text ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        if self.editing:
            self.setWindowTitle(self.tr("Change the workshop"))
        elif self.original is not None:
            self.setWindowTitle(self.tr("Copy the workshop"))
        else:
            self.setWindowTitle(self.tr("Plan a workshop"))
        names = LANGUAGES
        for index, code in enumerate(TEXT_LANGUAGES):
            self.texts.setTabText(index, names[code])
            form = self.texts.widget(index).layout()
            assert isinstance(form, QFormLayout)
            for row, text in enumerate((self.tr("&Title"), self.tr("&Description"))):
                label = form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
                assert isinstance(label, QLabel)
                label.setText(text)
                label.setBuddy(self.titles[code] if row == 0 else self.descriptions[code])
            self.titles[code].setAccessibleName(self.tr("Title in %1").replace("%1", names[code]))
            self.descriptions[code].setAccessibleName(
                self.tr("Description in %1").replace("%1", names[code])
            )
        texts = {
            "site": self.tr("S&ite"),
            "kind": self.tr("&Kind"),
            "theme": self.tr("T&heme"),
            "level": self.tr("&Level"),
            "language": self.tr("Lan&guage"),
            "animateur": self.tr("&Animateur"),
            "card": self.tr("Animateur's &card"),
            "capacity": self.tr("&Places"),
            "count": self.tr("Co&mputers held"),
            "stations": self.tr("Or these c&omputers"),
            "walk_ins": self.tr("&Walk-ins"),
            "code": self.tr("Session &code"),
            "registration": self.tr("&Registration"),
            "date": self.tr("&First date"),
            "time": self.tr("St&art"),
            "minutes": self.tr("D&uration"),
            "weeks": self.tr("&Weeks (one date a week)"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
            self.inputs[key].setAccessibleName(text.replace("&", ""))
        self.count_spin.setSpecialValueText(self.tr("as many as the places"))
        self.stations_edit.setPlaceholderText(self.tr("e.g. RC-01, RC-02"))
        self.card_edit.setPlaceholderText(self.tr("optional"))
        self.card_edit.setToolTip(
            self.tr("The visitor card the animateur signs in with at a reserved computer")
        )
        self.walk_ins_check.setText(self.tr("anyone with the session code may come"))
        self.code_edit.setPlaceholderText(self.tr("made up when left empty"))
        self.registration_combo.setItemText(0, self.tr("once for the whole series"))
        self.registration_combo.setItemText(1, self.tr("for each date"))
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        # a time of day as each language writes it: "14 h 30", "14.30", "14:30"
        clock = {"fr": "H' h 'mm", "nl": "H.mm"}.get(console_language(), "H:mm")
        self.time_edit.setDisplayFormat(clock)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        context: ConsoleContext,
        choices: Choices,
        original: Workshop | None = None,
        *,
        copy: bool = False,
        site_id: int | None = None,
    ) -> Workshop | None:
        """The workshop as the server saved it, or None when cancelled."""
        dialog = cls(parent, context, choices, original, copy=copy, site_id=site_id)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.saved
