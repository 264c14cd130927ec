"""The Workshops page's words: kinds, levels, languages, themes, a workshop's title in the
console's language, the registration's statistics fields."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale

from kiosk.protocol.workshops import Theme, Titles, Workshop, WorkshopKind, WorkshopLevel
from ui.formats import format_time, site_moment

# lupdate finds calls of a function named translate with a literal context and text.
translate = QCoreApplication.translate

#: The languages a workshop is given in that the form offers first (any ISO 639-1 code goes).
WORKSHOP_LANGUAGES = ("fr", "nl", "en", "ar", "tr", "es", "pt", "ro", "pl", "uk")
#: The label report's statistics fields (kiosk/protocol/workshops.py), in the form's order.
AGE_BANDS = ("0-11", "12-17", "18-24", "25-39", "40-59", "60-69", "70+")
STATUSES = ("school", "jobseeker", "employed", "retired", "other")
COMMUNES = {
    "anderlecht": "Anderlecht",
    "auderghem": "Auderghem / Oudergem",
    "berchem-sainte-agathe": "Berchem-Sainte-Agathe / Sint-Agatha-Berchem",
    "bruxelles": "Bruxelles / Brussel",
    "etterbeek": "Etterbeek",
    "evere": "Evere",
    "forest": "Forest / Vorst",
    "ganshoren": "Ganshoren",
    "ixelles": "Ixelles / Elsene",
    "jette": "Jette",
    "koekelberg": "Koekelberg",
    "molenbeek-saint-jean": "Molenbeek-Saint-Jean / Sint-Jans-Molenbeek",
    "saint-gilles": "Saint-Gilles / Sint-Gillis",
    "saint-josse-ten-noode": "Saint-Josse-ten-Noode / Sint-Joost-ten-Node",
    "schaerbeek": "Schaerbeek / Schaarbeek",
    "uccle": "Uccle / Ukkel",
    "watermael-boitsfort": "Watermael-Boitsfort / Watermaal-Bosvoorde",
    "woluwe-saint-lambert": "Woluwe-Saint-Lambert / Sint-Lambrechts-Woluwe",
    "woluwe-saint-pierre": "Woluwe-Saint-Pierre / Sint-Pieters-Woluwe",
}


def console_language() -> str:
    """The console's language ("fr", "nl", "en"), from the default locale Languages sets."""
    language = QLocale().language()
    if language == QLocale.Language.French:
        return "fr"
    if language == QLocale.Language.Dutch:
        return "nl"
    return "en"


def pick(texts: Titles | dict[str, str | None], language: str | None = None) -> str:
    """The text in the console's language, else the first given (fr, nl, en)."""
    values = texts if isinstance(texts, dict) else texts.model_dump()
    language = language or console_language()
    found = values.get(language)
    if found:
        return found
    return next((values[code] for code in ("fr", "nl", "en") if values.get(code)), "") or ""


def title_of(workshop: Workshop) -> str:
    return pick(workshop.title)


def theme_text(code: str, themes: dict[str, Theme]) -> str:
    theme = themes.get(code)
    return pick(theme.labels) if theme is not None else code


def kind_text(kind: str) -> str:
    names = {
        WorkshopKind.INITIATION: translate("WorkshopTexts", "Initiation"),
        WorkshopKind.TRAINING: translate("WorkshopTexts", "Training"),
        WorkshopKind.WORKSHOP: translate("WorkshopTexts", "Workshop"),
        WorkshopKind.COURSE: translate("WorkshopTexts", "Course"),
    }
    return names.get(kind, kind)  # type: ignore[call-overload]


def level_text(level: str) -> str:
    names = {
        WorkshopLevel.BEGINNER: translate("WorkshopTexts", "Beginner"),
        WorkshopLevel.INTERMEDIATE: translate("WorkshopTexts", "Intermediate"),
        WorkshopLevel.ADVANCED: translate("WorkshopTexts", "Advanced"),
        WorkshopLevel.ALL: translate("WorkshopTexts", "All levels"),
    }
    return names.get(level, level)  # type: ignore[call-overload]


def language_text(code: str) -> str:
    """The language's name in the console's language ("néerlandais", "Arabisch")."""
    name = QLocale(code).nativeLanguageName() if code else ""
    names = {
        "fr": translate("WorkshopTexts", "French"),
        "nl": translate("WorkshopTexts", "Dutch"),
        "en": translate("WorkshopTexts", "English"),
        "ar": translate("WorkshopTexts", "Arabic"),
        "tr": translate("WorkshopTexts", "Turkish"),
        "es": translate("WorkshopTexts", "Spanish"),
        "pt": translate("WorkshopTexts", "Portuguese"),
        "ro": translate("WorkshopTexts", "Romanian"),
        "pl": translate("WorkshopTexts", "Polish"),
        "uk": translate("WorkshopTexts", "Ukrainian"),
    }
    return names.get(code, name or code)


def status_text(status: str) -> str:
    names = {
        "school": translate("WorkshopTexts", "Pupil or student"),
        "jobseeker": translate("WorkshopTexts", "Jobseeker"),
        "employed": translate("WorkshopTexts", "Employed"),
        "retired": translate("WorkshopTexts", "Retired"),
        "other": translate("WorkshopTexts", "Other"),
    }
    return names.get(status, status)


def registration_state_text(state: str) -> str:
    names = {
        "registered": translate("WorkshopTexts", "Registered"),
        "waitlisted": translate("WorkshopTexts", "On the waitlist"),
        "cancelled": translate("WorkshopTexts", "Cancelled"),
    }
    return names.get(state, state)


def local(text: str, timezone: str) -> datetime | None:
    return site_moment(text, timezone)


def hours_text(starts_at: str, ends_at: str, timezone: str) -> str:
    """ "14 h – 16 h", "14.00–16.00 uur", "14:00–16:00" at the site's clock."""
    start, end = site_moment(starts_at, timezone), site_moment(ends_at, timezone)
    if start is None or end is None:
        return ""
    return f"{format_time(start, unit=False)}\u2013{format_time(end)}"
