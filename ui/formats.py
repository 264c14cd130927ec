"""How every screen writes times, dates and countdowns: the site's timezone, the chosen language.

Dates, weekdays and times are formatted by the chosen language's QLocale (set as the default
locale by :class:`ui.i18n.Languages`); the kiosk's sentences and the console's columns use the
same functions, so a time reads the same at the desk and on the station.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, QTime

# the timezone of a station that has not heard from its server yet
from kiosk.protocol.limits import DEFAULT_TIMEZONE as DEFAULT_TIMEZONE


def site_moment(text: object, timezone: str) -> datetime | None:
    """An ISO 8601 instant from the server, in the site's timezone; None if missing or bad."""
    if not isinstance(text, str):
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(ZoneInfo(timezone))


def format_time(moment: datetime) -> str:
    """The hour of the day as the chosen language writes it, without a leading zero (9:00)."""
    locale = QLocale()
    pattern = locale.timeFormat(QLocale.FormatType.ShortFormat).replace("HH", "H")
    return locale.toString(QTime(moment.hour, moment.minute), pattern)


def format_day(day: datetime) -> str:
    """A date without the year, as the chosen language writes it (12 March, 12 mars)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM")


def format_date(day: date) -> str:
    """A date with its year (12 March 2025), for a date that may be far away."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def format_remaining(seconds: int) -> str:
    """Countdown text: M:SS under an hour, H:MM:SS above (digits read the same in every language)."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"
