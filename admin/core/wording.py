"""Dates, weekdays, clock times and durations in words, by our own tables, never the machine's
locale: French and Dutch as written in Belgium, English with the 24-hour clock (docs/GLOSSARY.md).

Shared by the workshops' printed documents (admin/workshops/documents.py) and the public pages
(admin/public/). A time is written at the zone it is given in: callers convert to the site's
zone first. An unknown language is a bug of the caller (ValueError).
"""

from __future__ import annotations

from datetime import date, datetime

LANGUAGES = ("fr", "nl", "en")
NB = "\u00a0"  # a no-break space: "14 h 30", "Total : 5 h" never split

#: Codes of the workshop's kind, level and language, in words per language; anything else
#: is printed as given.
WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "initiation": "initiation",
        "training": "formation",
        "workshop": "atelier",
        "course": "cours",
        "beginner": "débutant",
        "intermediate": "intermédiaire",
        "advanced": "avancé",
        "all": "tous niveaux",
        "fr": "français",
        "nl": "néerlandais",
        "en": "anglais",
        "de": "allemand",
    },
    "nl": {
        "initiation": "initiatie",
        "training": "opleiding",
        "workshop": "workshop",
        "course": "cursus",
        "beginner": "beginner",
        "intermediate": "gemiddeld",
        "advanced": "gevorderd",
        "all": "alle niveaus",
        "fr": "Frans",
        "nl": "Nederlands",
        "en": "Engels",
        "de": "Duits",
    },
    "en": {
        "initiation": "introduction",
        "training": "training",
        "workshop": "workshop",
        "course": "course",
        "beginner": "beginner",
        "intermediate": "intermediate",
        "advanced": "advanced",
        "all": "all levels",
        "fr": "French",
        "nl": "Dutch",
        "en": "English",
        "de": "German",
    },
}

WEEKDAYS = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "en": "January February March April May June July August September October November December",
}


def check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}: one of {', '.join(LANGUAGES)}")


def date_text(day: date, language: str, *, weekday: bool = True) -> str:
    """A date as the language writes it: "mardi 8 décembre 2026", "1er mars", "Tuesday 8 December 2026"."""
    check_language(language)
    number = "1er" if language == "fr" and day.day == 1 else str(day.day)
    text = f"{number} {MONTHS[language].split()[day.month - 1]} {day.year}"
    return f"{WEEKDAYS[language][day.weekday()]} {text}" if weekday else text


def clock_text(moment: datetime, language: str, *, unit: bool = True) -> str:
    """A clock time: "14 h 30", "9 h"; "14.30 uur" (``unit`` False: "14.30"); "14:30"."""
    check_language(language)
    hour, minute = moment.hour, moment.minute
    if language == "fr":
        return f"{hour}{NB}h" if minute == 0 else f"{hour}{NB}h{NB}{minute:02d}"
    if language == "nl":
        return f"{hour}.{minute:02d}{NB}uur" if unit else f"{hour}.{minute:02d}"
    return f"{hour}:{minute:02d}"


def duration_text(minutes: int, language: str) -> str:
    """A length of time, never as a clock: "45 min", "2 h", "1 h 05 min" ("1 u 05 min")."""
    check_language(language)
    hours, rest = divmod(max(0, minutes), 60)
    h = "u" if language == "nl" else "h"
    if hours == 0:
        return f"{rest}{NB}min"
    if rest == 0:
        return f"{hours}{NB}{h}"
    return f"{hours}{NB}{h}{NB}{rest:02d}{NB}min"


#: Each language's decimal mark and thousands separator: "1 234,5" (a no-break space), "1.234,5",
#: "1,234.5".
_NUMBER_MARKS = {"fr": (",", NB), "nl": (",", "."), "en": (".", ",")}


def number_text(value: float, language: str, *, decimals: int = 2) -> str:
    """A number the language's way, at most ``decimals`` places, no trailing zeros:
    ``number_text(1234.5, "fr")`` is "1 234,5"."""
    check_language(language)
    mark, thousands = _NUMBER_MARKS[language]
    text = f"{value:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    whole, _, part = text.partition(".")
    whole = whole.replace(",", thousands)
    return f"{whole}{mark}{part}" if part else whole
