"""The Reports page: the label report of a period, for a site or the network, as a file.

Period (a month, a quarter, a year or any first and last dates; the last complete month by
default), site (the member's sites, or all of them when they have several; the whole network
for admins), the report's language (the console's by default) and its format (PDF, an XLSX
spreadsheet or a ZIP of CSV files). "Create" asks where to save (:class:`FileDialog`), then
asks the server (``GET /api/v1/reports/label``, :mod:`admin.reports.label`) off the UI thread
and writes the file; "Open" opens it with the desktop's program. The period is checked by the
server only: its refusals (reversed dates, a period not started yet…) are said here in the
member's language (:func:`period_refusal`), never checked a second time by other rules.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.http import ApiError
from kiosk.protocol.reports import label_file_name
from ui.console.context import ConsoleContext, error_text
from ui.console.dialogs import FileDialog
from ui.console.view import ConsoleView

log = logging.getLogger("epn.ui.console.reports.view")

translate = QCoreApplication.translate

KINDS = ("month", "quarter", "year", "dates")
FORMATS = ("pdf", "xlsx", "csv")
LANGUAGES = ("fr", "nl", "en")
# The spin boxes' years: wide, so the server (not this page) says what it refuses.
FIRST_YEAR, LAST_YEAR = 2000, 2199


@dataclass(frozen=True)
class LabelRequest:
    """What "Create" asks the server for."""

    period: str | None
    start: date | None
    end: date | None
    site_id: int | None
    site_name: str | None
    language: str
    file_format: str

    def file_name(self) -> str:
        label = self.period or f"{self.start}/{self.end}"
        return label_file_name(label, self.site_name, self.file_format)


def last_complete_month(today: date) -> tuple[int, int]:
    """(year, month) of the month before ``today``'s."""
    return (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)


def console_language() -> str:
    """The console's language (its QLocale, set by the language switch): fr, nl or en."""
    return {QLocale.Language.French: "fr", QLocale.Language.Dutch: "nl"}.get(
        QLocale().language(), "en"
    )


def period_refusal(error: ApiError) -> str | None:
    """The sentence of the server's refusal of a report's period (INVALID_REQUEST with its
    field and reason, admin.reports.label.resolve_label_period), or None for another."""
    if error.code != ErrorCode.INVALID_REQUEST or not isinstance(error.details, dict):
        return None
    reason = error.details.get("reason")
    sentences = {
        "reversed": translate("Reports", "The last day is before the first day: check the dates."),
        "future": translate(
            "Reports", "This period has not started yet: choose a period that has begun."
        ),
        "too_early": translate("Reports", "Reports start on 1 January 2000: choose a later date."),
        "too_long": translate(
            "Reports", "A report covers at most five years: choose a shorter period."
        ),
        "year": translate("Reports", "The server does not accept this year: choose another one."),
        "missing": translate("Reports", "Give both dates, the first and the last day."),
    }
    return sentences.get(str(reason))


class ReportsView(ConsoleView):
    def __init__(self, context: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("ReportsView")
        self.busy = False
        self.saved_path: str | None = None
        self._language_chosen = False
        self._error: BaseException | None = None

        self.heading = QLabel(objectName="Title")
        self.intro = QLabel(objectName="Status")
        self.intro.setWordWrap(True)

        self.kind_combo = QComboBox(objectName="PeriodKind")
        for kind in KINDS:
            self.kind_combo.addItem("", kind)
        self.year_spin = QSpinBox(objectName="Year")
        self.year_spin.setRange(FIRST_YEAR, LAST_YEAR)
        self.month_combo = QComboBox(objectName="Month")
        for month in range(1, 13):
            self.month_combo.addItem("", month)
        self.quarter_combo = QComboBox(objectName="Quarter")
        for quarter in range(1, 5):
            self.quarter_combo.addItem("", quarter)
        self.from_edit = QDateEdit(objectName="From")
        self.to_edit = QDateEdit(objectName="To")
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")

        self.month_label, self.quarter_label, self.year_label = QLabel(), QLabel(), QLabel()
        self.from_label, self.to_label = QLabel(), QLabel()
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)

        self.site_combo = QComboBox(objectName="ReportSite")
        self.language_combo = QComboBox(objectName="ReportLanguage")
        for code in LANGUAGES:
            self.language_combo.addItem("", code)
        self.language_combo.activated.connect(self._language_picked)
        self.format_combo = QComboBox(objectName="ReportFormat")
        for code in FORMATS:
            self.format_combo.addItem("", code)

        self.kind_label, self.site_label = QLabel(), QLabel()
        self.language_label, self.format_label = QLabel(), QLabel()
        self.form = form = QFormLayout()
        # as wide as what they hold, not the page: the fields read as one form
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for label, field in (
            (self.kind_label, self.kind_combo),
            (self.year_label, self.year_spin),
            (self.month_label, self.month_combo),
            (self.quarter_label, self.quarter_combo),
            (self.from_label, self.from_edit),
            (self.to_label, self.to_edit),
            (self.site_label, self.site_combo),
            (self.language_label, self.language_combo),
            (self.format_label, self.format_combo),
        ):
            form.addRow(label, field)
        self.labels = {
            self.kind_label: self.kind_combo,
            self.year_label: self.year_spin,
            self.month_label: self.month_combo,
            self.quarter_label: self.quarter_combo,
            self.from_label: self.from_edit,
            self.to_label: self.to_edit,
            self.site_label: self.site_combo,
            self.language_label: self.language_combo,
            self.format_label: self.format_combo,
        }
        for label, field in self.labels.items():
            label.setBuddy(field)
            if isinstance(field, QComboBox):  # wide enough for its items in each language
                field.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.create_button = QPushButton(objectName="Primary")
        self.create_button.clicked.connect(self.create)
        self.message = QLabel(objectName="Status")
        self.message.setWordWrap(True)
        self.message.hide()
        self.open_button = QPushButton(objectName="OpenReport")
        self.open_button.clicked.connect(self.open_saved)
        self.open_button.hide()
        result = QHBoxLayout()
        result.addWidget(self.open_button)
        result.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addStretch(1)

        root = QVBoxLayout(self)
        root.addWidget(self.heading)
        root.addWidget(self.intro)
        root.addLayout(form)
        root.addLayout(buttons)
        root.addWidget(self.message)
        root.addLayout(result)
        root.addStretch(1)

        self.set_defaults()
        self._fill_sites()
        context.staff_did_change.connect(self._fill_sites)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Reports")

    # --- the form ------------------------------------------------------------------------------

    def set_defaults(self) -> None:
        """The last complete month at the member's site; its dates in the date pickers."""
        year, month = last_complete_month(self.context.today())
        self.kind_combo.setCurrentIndex(KINDS.index("month"))
        self.year_spin.setValue(year)
        self.month_combo.setCurrentIndex(month - 1)
        self.quarter_combo.setCurrentIndex((month - 1) // 3)
        first = QDate(year, month, 1)
        self.from_edit.setDate(first)
        self.to_edit.setDate(first.addMonths(1).addDays(-1))
        self.language_combo.setCurrentIndex(LANGUAGES.index(console_language()))
        self._kind_changed()

    def _kind_changed(self) -> None:
        """Only the pickers of the kind of period chosen."""
        kind = self.kind()
        for field, shown in (
            (self.year_spin, kind != "dates"),
            (self.month_combo, kind == "month"),
            (self.quarter_combo, kind == "quarter"),
            (self.from_edit, kind == "dates"),
            (self.to_edit, kind == "dates"),
        ):
            self.form.setRowVisible(field, shown)

    def _language_picked(self) -> None:
        self._language_chosen = True

    def refresh(self) -> None:
        """The member's sites again (the window reads them after the page is built), the one
        chosen in the toolbar first (F5, when shown, when the toolbar's site changes)."""
        self._fill_sites(follow_toolbar=True)

    def _fill_sites(self, *, follow_toolbar: bool = False) -> None:
        """The member's sites; the whole network (admins) or all their sites (several)."""
        chosen = self.site_combo.currentData() if self.site_combo.count() else None
        if follow_toolbar or not self.site_combo.count():
            chosen = self.context.site_id
        self.site_combo.clear()
        sites = self.context.sites
        if self.context.is_admin or len(sites) > 1:
            self.site_combo.addItem(self._all_sites(), None)
        for site in sites:
            self.site_combo.addItem(site.name, site.id)
        index = self.site_combo.findData(chosen)
        self.site_combo.setCurrentIndex(max(index, 0))

    def _all_sites(self) -> str:
        return self.tr("The whole network") if self.context.is_admin else self.tr("All my sites")

    def choose_quarter(self, year: int, quarter: int) -> None:
        self.kind_combo.setCurrentIndex(KINDS.index("quarter"))
        self.year_spin.setValue(year)
        self.quarter_combo.setCurrentIndex(quarter - 1)

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def request(self) -> LabelRequest:
        """What the form asks for, as the server reads it."""
        kind, year = self.kind(), self.year_spin.value()
        period: str | None = None
        start = end = None
        if kind == "month":
            period = f"{year}-{self.month_combo.currentData():02d}"
        elif kind == "quarter":
            period = f"{year}-Q{self.quarter_combo.currentData()}"
        elif kind == "year":
            period = str(year)
        else:
            start = self.from_edit.date().toPython()
            end = self.to_edit.date().toPython()
        site_id = self.site_combo.currentData()
        return LabelRequest(
            period=period,
            start=start,  # type: ignore[arg-type]
            end=end,  # type: ignore[arg-type]
            site_id=site_id,
            site_name=self.context.site_name(site_id) or None,
            language=str(self.language_combo.currentData()),
            file_format=str(self.format_combo.currentData()),
        )

    # --- creating the file ---------------------------------------------------------------------

    def create(self) -> None:
        """Ask where to save, then have the server make the report (off the UI thread)."""
        if self.busy:
            return
        asked = self.request()
        filters = {
            "pdf": self.tr("PDF documents (*.pdf)"),
            "xlsx": self.tr("Excel spreadsheets (*.xlsx)"),
            "csv": self.tr("ZIP archives of CSV files (*.zip)"),
        }
        path = FileDialog.ask_save(
            self, self.tr("Save the label report"), asked.file_name(), filters[asked.file_format]
        )
        if path is not None:
            self.save(path, asked)

    def save(self, path: str, asked: LabelRequest) -> None:
        """Have the server make the report asked for and write it to ``path``."""
        self.busy, self.saved_path, self._error = True, None, None
        self._update()
        client = self.context.client
        self.context.run(
            lambda: client.label_report(
                asked.period,
                asked.site_id,
                start=asked.start,
                end=asked.end,
                file_format=asked.file_format,
                language=asked.language,
            ),
            lambda data: self._made(path, data),
            self._failed,
        )

    def _made(self, path: str, data: bytes) -> None:
        self.busy = False
        try:
            with open(path, "wb") as file:
                file.write(data)
        except OSError as exc:
            log.warning("label report to %s failed: %s", path, exc)
            self._update()
            self.context.show_write_failed(path)
            return
        self.saved_path = path
        self._update()

    def _failed(self, error: BaseException) -> None:
        self.busy, self._error = False, error
        self._update()

    def open_saved(self) -> None:
        if self.saved_path is not None:
            FileDialog.open_file(self.saved_path)

    # --- showing -------------------------------------------------------------------------------

    def message_text(self) -> str:
        if self.busy:
            return self.tr("Creating the report…")
        if self._error is not None:
            if isinstance(self._error, ApiError):
                said = period_refusal(self._error)
                if said is not None:
                    return said
            return error_text(self._error)
        if self.saved_path is not None:
            return self.tr("Saved: %1").replace("%1", self.saved_path)
        return ""

    def _update(self) -> None:
        text = self.message_text()
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.message.setAccessibleName(text)
        self.message.setObjectName("Error" if self._error is not None else "Status")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.open_button.setVisible(self.saved_path is not None and not self.busy)
        self.create_button.setEnabled(not self.busy)
        for field in self.labels.values():
            field.setEnabled(not self.busy)

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.intro.setText(
            self.tr(
                "The label report of a period for the funder: opening hours against the label's "
                "thresholds, computers, hours used, visitors and their profile, workshops."
            )
        )
        for index, text in enumerate(
            (
                self.tr("Month"),
                self.tr("Quarter"),
                self.tr("Year"),
                self.tr("From one date to another"),
            )
        ):
            self.kind_combo.setItemText(index, text)
        locale = QLocale()
        for month in range(1, 13):
            self.month_combo.setItemText(
                month - 1, locale.standaloneMonthName(month, QLocale.FormatType.LongFormat)
            )
        for quarter in range(1, 5):
            self.quarter_combo.setItemText(
                quarter - 1, self.tr("Quarter %1").replace("%1", str(quarter))
            )
        names = (self.tr("French"), self.tr("Dutch"), self.tr("English"))
        for index, name in enumerate(names):
            self.language_combo.setItemText(index, name)
        for index, text in enumerate(
            (self.tr("PDF"), self.tr("Spreadsheet (XLSX)"), self.tr("CSV files (ZIP)"))
        ):
            self.format_combo.setItemText(index, text)
        if self.site_combo.count() and self.site_combo.itemData(0) is None:
            self.site_combo.setItemText(0, self._all_sites())
        self.kind_label.setText(self.tr("&Period:"))
        self.year_label.setText(self.tr("&Year:"))
        self.month_label.setText(self.tr("&Month:"))
        self.quarter_label.setText(self.tr("&Quarter:"))
        self.from_label.setText(self.tr("&From:"))
        self.to_label.setText(self.tr("&To:"))
        self.site_label.setText(self.tr("S&ite:"))
        self.language_label.setText(self.tr("Language of the &report:"))
        self.format_label.setText(self.tr("F&ormat:"))
        self._kind_changed()
        for label, field in self.labels.items():
            field.setAccessibleName(label.text().replace("&", "").rstrip(":").strip())
        self.create_button.setText(self.tr("Cr&eate"))
        self.open_button.setText(self.tr("Ope&n"))
        self.open_button.setAccessibleName(self.tr("Open the saved report"))
        if not self._language_chosen:
            self.language_combo.setCurrentIndex(LANGUAGES.index(console_language()))
        self._update()
