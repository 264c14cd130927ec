"""How every screen writes times, dates and countdowns: the site's timezone, the chosen language.

Dates, weekdays and times are formatted by the chosen language's QLocale (set as the default
locale by :class:`ui.i18n.Languages`); the kiosk's sentences and the console's columns use the
same functions, so a time reads the same at the desk and on the station.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, QObject

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


def format_time(
    moment: datetime | time, locale: QLocale | None = None, *, unit: bool = True
) -> str:
    """A clock time as the language writes it on a sign: "9 h", "14 h 30" in French,
    "9.00 uur", "14.30 uur" in Dutch, "9:00", "14:30" in English.

    English uses the 24-hour clock: the sites are in Belgium, where the opening hours on the
    door, the bus timetable and the French and Dutch screens all count to 24, and "9:00 pm"
    misread as "9:00" sends a visitor to a closed door. The only clock-time function: every
    kiosk and console place that shows a time of day calls it. ``unit=False`` leaves out the
    Dutch "uur" for the start of a range ("9.00–12.30 uur").
    """
    language = (locale or QLocale()).language()
    hour, minute = moment.hour, moment.minute
    if language == QLocale.Language.French:
        return f"{hour}\u00a0h" if minute == 0 else f"{hour}\u00a0h\u00a0{minute:02d}"
    if language == QLocale.Language.Dutch:
        return f"{hour}.{minute:02d}\u00a0uur" if unit else f"{hour}.{minute:02d}"
    return f"{hour}:{minute:02d}"


def format_day(day: datetime) -> str:
    """A date without the year, as the chosen language writes it (12 March, 12 mars)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM")


def format_date(day: date) -> str:
    """A date with its year (12 March 2025), for a date that may be far away."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def format_iso_date(text: object) -> str:
    """A date the server sent as ISO text ("2026-03-12") said as :func:`format_date` says it;
    the text as it came when it is not a date (a refusal still reads, if less well)."""
    try:
        return format_date(date.fromisoformat(str(text)))
    except ValueError:
        return str(text)


class Duration(QObject):
    """The context of the duration words (``tr()``: lupdate marks plurals only there)."""


def format_duration(seconds: float, *, words: bool = False) -> str:
    """A length of time for a reader, never as a clock ("10:00" reads as ten o'clock).

    Short (a countdown, a column): "45 s", "59 min", "1 h 05 min" ("1 u 05 min" in Dutch);
    ``words`` (inside a sentence): "45 seconds", "10 minutes", "1 hour 5 minutes". Whole
    minutes are counted down (59 min 54 s is "59 min"); the last minute shows its seconds.
    The only duration function: every kiosk and console place that shows one calls it.
    """
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes = rest // 60
    if words:
        if not hours and not minutes:
            return Duration.tr("%n second(s)", "", seconds)
        minute_words = Duration.tr("%n minute(s)", "", minutes)
        if not hours:
            return minute_words
        hour_words = Duration.tr("%n hour(s)", "", hours)
        if not minutes:
            return hour_words
        return (
            Duration.tr("%1 %2", "hours then minutes")
            .replace("%1", hour_words)
            .replace("%2", minute_words)
        )
    if not hours and not minutes:
        return Duration.tr("%1 s", "seconds").replace("%1", str(seconds))
    if not hours:
        return Duration.tr("%1 min", "minutes").replace("%1", str(minutes))
    if not minutes:
        return Duration.tr("%1 h", "hours").replace("%1", str(hours))
    return (
        Duration.tr("%1 h %2 min", "hours and minutes")
        .replace("%1", str(hours))
        .replace("%2", f"{minutes:02d}")
    )
