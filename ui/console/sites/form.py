"""The tabs of the Sites page: opening hours, closed dates, message and charter of one site.

The form fills itself from the server's models, gives them back as typed, checks them before
anything is sent, and shows a refusal of the server next to what it concerns.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QScrollArea, QTabWidget, QWidget

from kiosk.protocol.holds import HoldSettings
from kiosk.protocol.http import ApiError
from kiosk.protocol.limits import MAX_CHARTER_LENGTH, MAX_SITE_MESSAGE_LENGTH
from kiosk.protocol.sites import WEEKDAYS, SiteHours, SiteTexts
from ui.console.sites.dates import DatesEditor
from ui.console.sites.holds import HoldsEditor
from ui.console.sites.hours import WeekEditor
from ui.console.sites.public import PublicEditor
from ui.console.sites.texts import CharterEditor, MessageEditor

_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})")


class Tab:
    HOURS, DATES, MESSAGE, CHARTER, HOLDS, PUBLIC = range(6)


class SiteForm(QTabWidget):
    """``hours_edited`` / ``texts_edited`` / ``holds_edited`` / ``public_edited`` when the
    member changes something (not on fill)."""

    hours_edited = Signal()
    texts_edited = Signal()
    holds_edited = Signal()
    public_edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SiteTabs")
        self.week = WeekEditor()
        week_scroll = QScrollArea()
        week_scroll.setWidgetResizable(True)
        week_scroll.setWidget(self.week)
        self.dates = DatesEditor()
        self.message = MessageEditor(MAX_SITE_MESSAGE_LENGTH)
        self.charter = CharterEditor(MAX_CHARTER_LENGTH)
        self.holds_editor = HoldsEditor()
        self.public = PublicEditor()
        pages = (week_scroll, self.dates, self.message, self.charter, self.holds_editor)
        for page in (*pages, self.public):
            self.addTab(page, "")
        self._filling = False
        self.week.changed.connect(self._hours_edited)
        self.dates.changed.connect(self._hours_edited)
        self.message.changed.connect(self._texts_edited)
        self.charter.changed.connect(self._texts_edited)
        self.holds_editor.changed.connect(self.holds_edited)
        self.public.changed.connect(self.public_edited)
        self.retranslate()

    # --- values ----------------------------------------------------------------------------

    def set_hours(self, hours: SiteHours) -> None:
        self._filling = True
        self.week.set_weekly({day: list(ranges) for day, ranges in hours.weekly.items()})
        self.dates.set_dates(hours.closed, hours.exceptions)
        self._filling = False

    def set_texts(self, texts: SiteTexts) -> None:
        self._filling = True
        self.message.texts.set_texts(dict(texts.message))
        self.charter.texts.set_texts(dict(texts.charter))
        self.charter.set_required(texts.charter_required)
        self.message.retranslate()
        self._filling = False

    def set_holds(self, settings: HoldSettings) -> None:
        self.holds_editor.set_settings(settings)

    def holds(self) -> HoldSettings:
        return self.holds_editor.settings()

    def hours(self) -> SiteHours:
        return SiteHours.model_validate(
            {
                "weekly": self.week.weekly(),
                "closed": [row.model_dump() for row in self.dates.closed],
                "exceptions": [row.model_dump() for row in self.dates.exceptions],
            }
        )

    def texts(self) -> SiteTexts:
        return SiteTexts.model_validate(
            {
                "message": self.message.texts.texts(),
                "charter": self.charter.texts.texts(),
                "charter_required": self.charter.required_value(),
            }
        )

    def _hours_edited(self) -> None:
        if not self._filling:
            self.hours_edited.emit()

    def _texts_edited(self) -> None:
        if not self._filling:
            self.texts_edited.emit()

    # --- checks and refusals -------------------------------------------------------------------

    def check_hours(self) -> bool:
        if self.week.check():
            return True
        self.setCurrentIndex(Tab.HOURS)
        return False

    def check_texts(self) -> bool:
        for tab, editor in ((Tab.MESSAGE, self.message.texts), (Tab.CHARTER, self.charter.texts)):
            if not editor.check():
                self.setCurrentIndex(tab)
                return False
        return True

    def check_public(self) -> bool:
        if self.public.check():
            return True
        self.setCurrentIndex(Tab.PUBLIC)
        return False

    def show_refusal(self, part: str, error: ApiError) -> None:
        """An INVALID_REQUEST for ``part`` ('hours' or 'texts'): say it where it belongs."""
        where = refused_place(error)
        if part == "hours":
            if where in WEEKDAYS:
                self.week.mark_day(where)
                self.setCurrentIndex(Tab.HOURS)
            elif where is not None and _DATE.fullmatch(where):
                self.dates.mark_date(where)
                self.setCurrentIndex(Tab.DATES)
            else:
                self.week.set_error(
                    self.tr("The server refused these opening hours: check each range.")
                )
                self.setCurrentIndex(Tab.HOURS)
        else:
            editor = self.charter.texts if where == "charter" else self.message.texts
            editor.set_error(self.tr("The server refused this text: check its length."))
            self.setCurrentIndex(Tab.CHARTER if where == "charter" else Tab.MESSAGE)

    # --- text ------------------------------------------------------------------------------

    def mark_unsaved(
        self, hours: bool, texts: bool, holds: bool = False, public: bool = False
    ) -> None:
        """A star on the tabs whose part has unsaved changes."""
        for index, base in enumerate(self._titles()):
            if index == Tab.HOLDS:
                dirty = holds
            elif index == Tab.PUBLIC:
                dirty = public
            else:
                dirty = hours if index in (Tab.HOURS, Tab.DATES) else texts
            self.setTabText(index, base + (" *" if dirty else ""))

    def _titles(self) -> list[str]:
        return [
            self.tr("&Opening hours"),
            self.tr("Closed &dates"),
            self.tr("&Lock screen"),
            self.tr("&Charter"),
            self.tr("&Bookings and queue"),
            self.tr("&Public page"),
        ]

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Site settings"))
        editors = (self.week, self.dates, self.message, self.charter, self.holds_editor)
        for editor in (*editors, self.public):
            editor.retranslate()
        stars = [self.tabText(i).endswith(" *") for i in range(self.count())]
        self.mark_unsaved(stars[Tab.HOURS], stars[Tab.MESSAGE], stars[Tab.HOLDS], stars[Tab.PUBLIC])


def refused_place(error: ApiError) -> str | None:
    """The weekday, date or text kind an INVALID_REQUEST is about, when it says: the
    server's ``field`` (a weekday or a date), or where pydantic found the bad value."""
    field = error.details.get("field")
    if isinstance(field, str):
        return field
    for detail in error.details.get("errors", []):
        for part in detail.get("loc", []):
            if part in WEEKDAYS or part in ("message", "charter"):
                return str(part)
    return None
