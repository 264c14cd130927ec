"""The form of a new batch of guest tickets: site, how many, minutes, first and last day.

The form checks what it can before anything is sent (a site chosen, the days in order and
not all past) and shows what is wrong under the fields; what was typed stays.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kiosk.protocol.sites import SiteSummary

MAX_COUNT = 500  # the server's limits (admin/visitors/tickets.py)
MAX_MINUTES = 1440


@dataclass(frozen=True)
class BatchRequest:
    site_id: int
    count: int
    minutes: int
    first_day: date
    last_day: date


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class TicketForm(QGroupBox):
    """``today(site_id)``: what day it is at that site (its zone, as the server counts the
    tickets' days), not on this computer's calendar."""

    def __init__(self, today: Callable[[int | None], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TicketForm")
        self._today = today
        self.site_label = QLabel()
        self.site_combo = QComboBox(objectName="TicketSite")
        self.count_label = QLabel()
        self.count = QSpinBox()
        self.count.setRange(1, MAX_COUNT)
        self.count.setValue(10)
        self.minutes_label = QLabel()
        self.minutes = QSpinBox()
        self.minutes.setRange(1, MAX_MINUTES)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(60)
        self.from_label = QLabel()
        # the first and last day start at today; they follow today's date at the site chosen
        # (in another zone it may differ) as long as nobody changed them
        self._default_day = self.today()
        self.valid_from = QDateEdit(self._default_day, calendarPopup=True)
        self.to_label = QLabel()
        self.valid_to = QDateEdit(self._default_day, calendarPopup=True)
        for edit in (self.valid_from, self.valid_to):
            edit.setDisplayFormat("dd/MM/yyyy")
        self.create_button = QPushButton(objectName="Primary")
        self.error = QLabel(objectName="Error")
        self.error.setWordWrap(True)
        self.error.hide()
        for label, buddy in (
            (self.site_label, self.site_combo),
            (self.count_label, self.count),
            (self.minutes_label, self.minutes),
            (self.from_label, self.valid_from),
            (self.to_label, self.valid_to),
        ):
            label.setBuddy(buddy)

        first_row = QHBoxLayout()
        for widget in (self.site_label, self.site_combo):
            first_row.addWidget(widget)
        first_row.addSpacing(16)
        for widget in (self.count_label, self.count, self.minutes_label, self.minutes):
            first_row.addWidget(widget)
        first_row.addStretch(1)
        second_row = QHBoxLayout()
        for widget in (self.from_label, self.valid_from, self.to_label, self.valid_to):
            second_row.addWidget(widget)
        second_row.addStretch(1)
        second_row.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.addLayout(first_row)
        layout.addLayout(second_row)
        layout.addWidget(self.error)
        self.site_combo.setMinimumWidth(280)
        self.count.setMinimumWidth(80)
        self.minutes.setMinimumWidth(100)
        self.create_button.setMinimumWidth(140)

        QWidget.setTabOrder(self.site_combo, self.count)
        QWidget.setTabOrder(self.count, self.minutes)
        QWidget.setTabOrder(self.minutes, self.valid_from)
        QWidget.setTabOrder(self.valid_from, self.valid_to)
        QWidget.setTabOrder(self.valid_to, self.create_button)
        self.valid_from.dateChanged.connect(self._from_changed)
        self.site_combo.currentIndexChanged.connect(self._follow_today)
        self.retranslate()

    def today(self) -> QDate:
        """Today at the site chosen in the form (or the console's choice)."""
        site = self.site_combo.currentData()
        return _qdate(self._today(site if isinstance(site, int) else None))

    def _follow_today(self) -> None:
        today = self.today()
        if today == self._default_day:
            return
        for edit in (self.valid_to, self.valid_from):  # the last day first: it follows the first
            if edit.date() == self._default_day:
                edit.setDate(today)
        self._default_day = today

    # --- sites -------------------------------------------------------------------------------

    def fill_sites(self, sites: list[SiteSummary], chosen: int | None) -> None:
        """Offer ``sites``; keep the site chosen, else take ``chosen`` (the toolbar's), else
        the only one; with several and none chosen the staff member must pick one."""
        current = self.site_combo.currentData()
        self.site_combo.blockSignals(True)
        self.site_combo.clear()
        if len(sites) != 1:
            self.site_combo.addItem(self.tr("Choose a site…"), None)
        for site in sites:
            self.site_combo.addItem(site.name, site.id)
        keep = current if current is not None else chosen
        if len(sites) == 1:
            keep = sites[0].id
        self.site_combo.setCurrentIndex(max(self.site_combo.findData(keep), 0))
        self.site_combo.blockSignals(False)
        self._follow_today()

    def choose_site(self, site_id: int | None) -> None:
        index = self.site_combo.findData(site_id)
        if index >= 0:
            self.site_combo.setCurrentIndex(index)

    # --- checking and reading ------------------------------------------------------------------

    def _from_changed(self, first: QDate) -> None:
        if self.valid_to.date() < first:
            self.valid_to.setDate(first)

    def problem(self) -> tuple[str, QWidget] | None:
        """What is wrong, and the field to fix; None when the form can be sent."""
        if not isinstance(self.site_combo.currentData(), int):
            return self.tr("Choose the site where the tickets will be used."), self.site_combo
        first, last = self.valid_from.date(), self.valid_to.date()
        if last < first:
            return self.tr("The last day is before the first day."), self.valid_to
        if last < self.today():
            return (
                self.tr("These tickets would already be expired: choose a last day from today."),
                self.valid_to,
            )
        return None

    def request(self) -> BatchRequest | None:
        """The batch asked for; None (and the problem shown, its field focused) if wrong."""
        problem = self.problem()
        if problem is not None:
            text, field = problem
            self.show_error(text)
            field.setFocus()
            return None
        self.show_error(None)
        first: date = self.valid_from.date().toPython()  # type: ignore[assignment]
        last: date = self.valid_to.date().toPython()  # type: ignore[assignment]
        return BatchRequest(
            self.site_combo.currentData(), self.count.value(), self.minutes.value(), first, last
        )

    def show_error(self, text: str | None) -> None:
        self.error.setText(text or "")
        self.error.setVisible(bool(text))

    # --- text -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setTitle(self.tr("New tickets for visitors without an account"))
        self.site_label.setText(self.tr("Si&te"))
        self.site_combo.setAccessibleName(self.tr("Site where the tickets are valid"))
        if self.site_combo.count() and self.site_combo.itemData(0) is None:
            self.site_combo.setItemText(0, self.tr("Choose a site…"))
        self.count_label.setText(self.tr("How &many"))
        self.count.setAccessibleName(self.tr("Number of tickets"))
        self.minutes_label.setText(self.tr("M&inutes"))
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Minutes on each ticket"))
        self.from_label.setText(self.tr("Valid &from"))
        self.valid_from.setAccessibleName(self.tr("First day of validity"))
        self.to_label.setText(self.tr("Last &day"))
        self.valid_to.setAccessibleName(self.tr("Last day of validity"))
        self.create_button.setText(self.tr("Create"))
        self.create_button.setToolTip(self.tr("Create the tickets (Ctrl+N)"))
        # setText() replaces a button's shortcut with the text's mnemonic: set it after.
        self.create_button.setShortcut(QKeySequence("Ctrl+N"))
        problem = self.problem() if self.error.isVisible() else None
        if problem is not None:  # the sentence in the new language
            self.error.setText(problem[0])
