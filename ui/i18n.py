"""Languages of the user interface: French by default, Dutch and English first-class.

Source strings in the code are English and go through ``tr()``; the compiled Qt Linguist
catalogues ``ui/translations/epn_<lang>.qm`` are loaded at run time.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger("epn.ui.i18n")

TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"
#: Language code → its own name, in the order the language switch shows them.
LANGUAGES: dict[str, str] = {"fr": "Français", "nl": "Nederlands", "en": "English"}
DEFAULT_LANGUAGE = "fr"
_LOCALES = {"fr": "fr_BE", "nl": "nl_BE", "en": "en_GB"}


def catalogue_path(language: str) -> Path:
    return TRANSLATIONS_DIR / f"epn_{language}.qm"


_CATALOGUES: dict[str, QTranslator] = {}


def in_language(language: str, context: str, text: str) -> str:
    """``text`` (of ``context``) in ``language``, whatever the current one: for the screens
    that speak every language at once ("out of order" for someone who reads any of them)."""
    if language == "en":
        return text
    translator = _CATALOGUES.get(language)
    if translator is None:
        translator = QTranslator()
        if not translator.load(str(catalogue_path(language))):
            log.error("translation catalogue %s could not be loaded", catalogue_path(language))
        _CATALOGUES[language] = translator
    return translator.translate(context, text) or text


class Languages:
    """Holds the installed translator and switches it; Qt then sends LanguageChange to widgets."""

    def __init__(self, app: QCoreApplication, language: str = DEFAULT_LANGUAGE) -> None:
        self._app = app
        self._previous_locale = QLocale()  # the default before: given back by close()
        self._translator = QTranslator(app)
        self._installed = False
        # Qt's own words in its stock dialogs (file, print, message box buttons): "Annuler",
        # "Enregistrer", "Ordinateur"… in the chosen language, not English
        self._qt_translator = QTranslator(app)
        self._qt_installed = False
        self.current = ""
        self.set_language(language)

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}; expected one of {list(LANGUAGES)}")
        if language == self.current:
            return
        if self._installed:
            self._app.removeTranslator(self._translator)
            self._installed = False
        if self._qt_installed:
            self._app.removeTranslator(self._qt_translator)
            self._qt_installed = False
        qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if self._qt_translator.load(f"qtbase_{language}", qt_path):
            self._qt_installed = self._app.installTranslator(self._qt_translator)
        path = catalogue_path(language)
        if self._translator.load(str(path)):
            self._installed = self._app.installTranslator(self._translator)
        elif language != "en":
            log.error("translation catalogue %s could not be loaded", path)
        self.current = language
        QLocale.setDefault(self.locale())
        # Qt posts LanguageChange to every window; deliver it now so the switch is immediate
        # (a screenshot or a test right after the click sees the new texts).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)

    def close(self) -> None:
        """Remove the translators (programs sharing one application each hold their own)."""
        if self._installed:
            self._app.removeTranslator(self._translator)
            self._installed = False
        if self._qt_installed:
            self._app.removeTranslator(self._qt_translator)
            self._qt_installed = False
        self.current = ""
        QLocale.setDefault(self._previous_locale)

    def locale(self) -> QLocale:
        return QLocale(_LOCALES[self.current])
