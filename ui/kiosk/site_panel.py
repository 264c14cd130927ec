"""What the lock screen says about the site today: opening hours, closing time, the site's message."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTime
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ui.formats import format_time

if TYPE_CHECKING:
    from kiosk.protocol.station import StationInfo


translate = QCoreApplication.translate
ALL_DAY = "00:00-24:00"
#: The message's language when the visitor's is missing, before any other.
FALLBACK_LANGUAGE = "fr"


def site_message(message: dict[str, str], language: str) -> str:
    """The site's message in ``language``, else French, else whichever language it has."""
    for code in (language, FALLBACK_LANGUAGE, *message):
        text = message.get(code, "").strip()
        if text:
            return text
    return ""


def site_zone(info: StationInfo) -> ZoneInfo:
    try:
        return ZoneInfo(info.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("Europe/Brussels")


def _clock_time(text: str, locale: QLocale, *, unit: bool = True) -> str:
    """ "09:00" as the language writes it ("9 h", "9.00 uur"); "24:00" (end of day) as it is."""
    time = QTime.fromString(text.strip(), "HH:mm")
    if not time.isValid():
        return text.strip()
    return format_time(time.toPython(), locale, unit=unit)


def hours_text(today_hours: list[str], locale: QLocale) -> str:
    """ "Opening hours: 09:00 – 12:30 and 13:30 – 17:00", "Open all day" or "Closed today"."""
    if not today_hours:
        return translate("SitePanel", "Closed today")
    if today_hours == [ALL_DAY]:
        return translate("SitePanel", "Open all day")
    ranges = []
    for span in today_hours:
        start, _, end = span.partition("-")
        # no line break inside a range
        ranges.append(
            f"{_clock_time(start, locale, unit=False)}\u00a0–\u2060\u00a0{_clock_time(end, locale)}"
        )
    return translate("SitePanel", "Opening hours: %1").replace(
        "%1", locale.createSeparatedList(ranges)
    )


def closes_text(closes_at: str | None, zone: ZoneInfo, today: date, locale: QLocale) -> str:
    """ "Closes at 17:00" (in the site's timezone); "" when no closing is in sight."""
    if not closes_at:
        return ""
    try:
        moment = datetime.fromisoformat(closes_at).astimezone(zone)
    except ValueError:
        return ""
    time = format_time(moment, locale)
    if moment.date() == today:
        return translate("SitePanel", "Closes at %1").replace("%1", time)
    day = locale.toString(QDate(moment.year, moment.month, moment.day), "dddd d MMMM")
    return translate("SitePanel", "Closes on %1 at %2").replace("%1", day).replace("%2", time)


def day_text(today: date, locale: QLocale) -> str:
    day = locale.toString(QDate(today.year, today.month, today.day), "dddd d MMMM")
    return translate("SitePanel", "Today, %1").replace("%1", day)


class SitePanel(QFrame):
    """Today's date and hours, the closing time in bold, and the site's message below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("InfoPanel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.day = QLabel(objectName="Hours")
        self.hours = QLabel(objectName="Hours")
        self.closes = QLabel(objectName="Closes")
        self.message = QLabel(objectName="SiteMessage")
        for label in (self.day, self.hours, self.closes, self.message):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.separator = QFrame(objectName="Separator")
        self.separator.setFrameShape(QFrame.Shape.HLine)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(self.day)
        layout.addWidget(self.hours)
        layout.addWidget(self.closes)
        layout.addWidget(self.separator)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self._filled = False
        self._room = True
        self.hide()

    def set_room(self, room: bool) -> None:
        """False: the screen has no room for it (larger text on a small screen): it stays hidden."""
        self._room = room
        self.setVisible(room and self._filled)

    def show_info(self, info: StationInfo | None, language: str, now: datetime) -> None:
        """Fill the panel in the current language (``now`` is aware; the site's zone is used)."""
        self._filled = info is not None
        if info is None:
            self.hide()
            return
        locale = QLocale()  # the chosen language's, set by ui.i18n.Languages
        zone = site_zone(info)
        today = now.astimezone(zone).date()
        self.day.setText(day_text(today, locale))
        self.hours.setText(hours_text(info.today_hours, locale))
        closes = closes_text(info.closes_at, zone, today, locale)
        self.closes.setText(closes)
        self.closes.setVisible(bool(closes))
        message = site_message(info.message, language)
        self.message.setText(message)
        self.message.setVisible(bool(message))
        self.separator.setVisible(bool(message))
        self.setVisible(self._room)

    def set_scale(self, scale: float) -> None:
        m = round(24 * scale)
        layout = self.layout()
        assert layout is not None
        layout.setContentsMargins(m, round(20 * scale), m, round(20 * scale))
        layout.setSpacing(round(10 * scale))
