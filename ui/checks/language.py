"""English left on a French or Dutch screen: a text that is a source string of the
catalogues (ui/translations/epn_<lang>.ts) whose translation in the screen's language says
something else, and that is not itself a translation in that language ("Status", "Internet"
read the same in Dutch). ``%1``/``%n`` in a source match any text in their place."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from functools import cache

from ui.checks.findings import Finding
from ui.checks.texts import TextItem, plain
from ui.i18n import TRANSLATIONS_DIR

#: Words the same in every language: never reported alone.
SAME_EVERYWHERE = {
    "ok",
    "wi-fi",
    "wifi",
    "e-mail",
    "email",
    "pin",
    "internet",
    "epn",
    "epn kiosk",
    "kiosk",
    "firefox",
    "libreoffice",
    "libreoffice writer",
    "libreoffice calc",
    "libreoffice impress",
    "gimp",
    "vlc",
    "chromium",
    "thunderbird",
    "inkscape",
    "url",
    "qr",
    "id",
    "csv",
    "pdf",
    "tls",
    "https",
    # each language's own name, on the language buttons
    "english",
    "français",
    "nederlands",
}
#: No letter (numbers, times, "—"), or a computer's name such as RC-06.
_NOT_WORDS = re.compile(r"^[^A-Za-zÀ-ÿ]*$|^[A-Z]{1,5}-?\d+$")
_PLACEHOLDER = re.compile(r"%(?:n|L?\d)")


def _normal(text: str) -> str:
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return plain(text)


def _pattern(source: str) -> re.Pattern[str] | None:
    parts = _PLACEHOLDER.split(source)
    literal = "".join(parts)
    if len(parts) == 1 or not re.search(r"[A-Za-z]{3}", literal):
        return None  # no placeholder, or too little text around it to tell a language
    return re.compile("^" + "(.+?)".join(re.escape(part) for part in parts) + "$")


@dataclass
class Catalogue:
    """What each English source reads as in one language."""

    language: str
    #: sources whose translation differs from them (the English to look for)
    english: set[str] = field(default_factory=set)
    english_patterns: list[re.Pattern[str]] = field(default_factory=list)
    #: every translation (a text that is one is in the right language)
    native: set[str] = field(default_factory=set)
    native_patterns: list[re.Pattern[str]] = field(default_factory=list)
    #: each English source's translations in this language
    translations: dict[str, set[str]] = field(default_factory=dict)

    def said_also(self, text: str, lines: set[str]) -> bool:
        """``text`` (English) stands beside its own translation: a sign written in every
        language ("Hors service · Buiten gebruik · Out of order"), not an untranslated one."""
        return bool(self.translations.get(_normal(text), set()) & lines)

    def is_english(self, text: str) -> bool:
        text = _normal(text)
        if not text or _NOT_WORDS.match(text) or text.lower() in SAME_EVERYWHERE:
            return False
        if text in self.native or any(p.match(text) for p in self.native_patterns):
            return False
        return text in self.english or any(p.match(text) for p in self.english_patterns)


@cache
def catalogue(language: str) -> Catalogue:
    found = Catalogue(language)
    path = TRANSLATIONS_DIR / f"epn_{language}.ts"
    root = ElementTree.parse(path).getroot()
    for message in root.iter("message"):
        source_node = message.find("source")
        translation_node = message.find("translation")
        if source_node is None or translation_node is None:
            continue
        source = _normal(source_node.text or "")
        forms = [f.text or "" for f in translation_node.findall("numerusform")]
        forms = forms or [translation_node.text or ""]
        translations = {_normal(f) for f in forms if f.strip()}
        if not source or not translations:
            continue  # not translated yet: nothing to compare with
        for translation in translations:
            found.native.add(translation)
            pattern = _pattern(translation)
            if pattern is not None:
                found.native_patterns.append(pattern)
        if source in translations:
            continue
        found.translations.setdefault(source, set()).update(translations)
        found.english.add(source)
        pattern = _pattern(source)
        if pattern is not None:
            found.english_patterns.append(pattern)
    return found


def language_findings(items: list[TextItem], language: str, paths: dict[int, str]) -> list[Finding]:
    if language not in ("fr", "nl"):
        return []
    words = catalogue(language)
    found = []
    seen: set[tuple[int, str]] = set()
    for item in items:
        lines = [item.whole, *item.whole.split("\n")]
        normal = {_normal(line) for line in lines}
        for text in lines:
            key = (id(item.widget), text)
            if key in seen or not words.is_english(text) or words.said_also(text, normal):
                continue
            seen.add(key)
            found.append(
                Finding(
                    "language",
                    paths[id(item.widget)],
                    text,
                    f"English on a {'French' if language == 'fr' else 'Dutch'} screen",
                )
            )
    return found
