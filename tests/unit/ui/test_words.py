"""The words of the screens: plurals that translate, durations never as a clock, clock times as
each language writes them, one word per concept (docs/GLOSSARY.md), the audit log in words."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from ui.i18n import TRANSLATIONS_DIR, catalogue_path

ROOT = Path(__file__).resolve().parents[3]
#: Plural forms each language has (Qt Linguist's rules for fr, nl and en).
FORMS = {"fr": 2, "nl": 2, "en": 2}


def _plural_calls() -> Iterator[tuple[str, str, str]]:
    """(file, context, text) of every tr()/translate() call whose text has %n."""
    for path in sorted((ROOT / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text())
        classes: dict[ast.AST, str] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                for inner in ast.walk(node):
                    classes.setdefault(inner, node.name) if inner is not node else None
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            strings = [a.value for a in node.args if isinstance(a, ast.Constant)]
            if name == "translate" and len(strings) >= 2 and "%n" in str(strings[1]):
                yield path.name, str(strings[0]), str(strings[1])
            elif name == "tr" and strings and "%n" in str(strings[0]):
                receiver = func.value if isinstance(func, ast.Attribute) else None
                if isinstance(receiver, ast.Name) and receiver.id not in ("self", "cls"):
                    context = receiver.id
                else:
                    context = classes.get(node, "")
                yield path.name, context, str(strings[0])


def _messages(language: str) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(TRANSLATIONS_DIR / f"epn_{language}.ts")
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    }


def test_the_scan_finds_the_plurals_that_were_lost() -> None:
    found = {(context, text) for _, context, text in _plural_calls()}
    assert ("StaffDesk", "%n minute(s) added.") in found
    assert ("AuditText", "%n ticket(s) of %1 min") in found
    assert len(found) > 30


@pytest.mark.parametrize("language", ["fr", "nl", "en"])
def test_every_plural_is_a_numerus_message_with_every_form(language: str) -> None:
    messages = _messages(language)
    wrong = []
    for file, context, text in _plural_calls():
        message = messages.get((context, text))
        forms = [] if message is None else [f.text for f in message.iter("numerusform")]
        if message is None or message.get("numerus") != "yes":
            wrong.append(f"{file} {context}: {text!r} is not a plural message")
        elif len(forms) != FORMS[language] or not all(f and f.strip() for f in forms):
            wrong.append(f"{file} {context}: {text!r} lacks a plural form")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_plurals_read_in_the_language_for_one_and_five(
    qapp: QCoreApplication, language: str
) -> None:
    translator = QTranslator()
    assert translator.load(str(catalogue_path(language)))
    english = []
    for file, context, text in _plural_calls():
        for n in (1, 5):
            # the translator hands back the form for n; QCoreApplication puts n in its place
            shown = translator.translate(context, text, None, n).replace("%n", str(n))
            if not shown.strip() or shown == text.replace("%n", str(n)):
                english.append(f"{file} {context}: {text!r} n={n} → {shown!r}")
    assert not english, "\n".join(english)


# --- durations and clock times ----------------------------------------------------------------

CLOCK_DURATION = re.compile(r"\d+:\d\d")
#: f-strings that build "M:SS" or "H:MM" from numbers: {minutes}:{secs:02d}
CLOCK_FSTRING = re.compile(r"\}:\{[^}]*:02d\}")


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_no_translation_writes_a_time_as_a_clock(language: str) -> None:
    """French and Dutch write neither a duration nor a time of day with a colon."""
    bad = [
        (message.findtext("source"), text)
        for message in ET.parse(TRANSLATIONS_DIR / f"epn_{language}.ts").getroot().iter("message")
        for text in [t.text or "" for t in message.iter("translation")]
        + [f.text or "" for f in message.iter("numerusform")]
        # a colon the source has too is the server's hours format, typed by staff
        if set(CLOCK_DURATION.findall(text))
        - set(CLOCK_DURATION.findall(message.findtext("source") or ""))
    ]
    assert not bad


def test_no_source_builds_a_duration_as_digits_with_a_colon() -> None:
    bad = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in sorted((ROOT / "ui").rglob("*.py"))
        for number, line in enumerate(path.read_text().splitlines(), 1)
        # the hours editor shows the server's own text format ("09:00-12:30"), not a duration
        # and the English clock time ("14:30") is the one colon a time of day may have
        if CLOCK_FSTRING.search(line)
        and path.name != "hours.py"
        and "{hour}:{minute:02d}" not in line
    ]
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize(
    ("language", "nine", "half_past_two"),
    [
        ("fr_BE", "9\u00a0h", "14\u00a0h\u00a030"),
        ("nl_BE", "9.00\u00a0uur", "14.30\u00a0uur"),
        ("en_GB", "9:00", "14:30"),
    ],
)
def test_clock_times_as_each_language_writes_them(
    language: str, nine: str, half_past_two: str
) -> None:
    from ui.formats import format_time

    locale = QLocale(language)
    assert format_time(datetime(2026, 3, 2, 9, 0), locale) == nine
    assert format_time(datetime(2026, 3, 2, 14, 30), locale) == half_past_two


@pytest.mark.parametrize(
    ("seconds", "short", "words"),
    [
        (600, "10 min", "10 minutes"),
        (3594, "59 min", "59 minutes"),
        (45, "45 s", "45 seconds"),
        (3900, "1 h 05 min", "1 hour 5 minutes"),
        (7200, "2 h", "2 hours"),
    ],
)
def test_durations_in_words_never_as_a_clock(
    qapp: QCoreApplication, seconds: int, short: str, words: str
) -> None:
    from ui.formats import format_duration
    from ui.i18n import Languages

    languages = Languages(qapp, "en")
    try:
        assert format_duration(seconds) == short
        assert format_duration(seconds, words=True) == words
        assert ":" not in format_duration(seconds)
    finally:
        languages.close()


def test_durations_in_french_and_dutch(qapp: QCoreApplication) -> None:
    from ui.formats import format_duration
    from ui.i18n import Languages

    languages = Languages(qapp, "fr")
    try:
        assert format_duration(600, words=True) == "10 minutes"
        assert format_duration(3900, words=True) == "1 heure et 5 minutes"
        languages.set_language("nl")
        assert format_duration(3594) == "59 min"
        assert format_duration(3900) == "1 u 05 min"
        assert format_duration(600, words=True) == "10 minuten"
    finally:
        languages.close()


#: Words docs/GLOSSARY.md rules out, as regular expressions on the translations. A word is
#: also caught inside a hyphenated compound ("heures-poste"): see :func:`glossary_misses`.
FORBIDDEN = {
    "fr": [
        r"\bcharte\b",
        r"\bstaff\b",
        r"en tant qu'équipe",
        r"que permis\b",
        r"\bPC\b",
        r"\bpostes?\b",
        r"\bséances?\b",
        r"\bbornes?\b",
        r"\busagers?\b",
        r"\bquotas?\b",
        r"\bapps?\b",
        r"\w·\w",  # inclusive writing: "connecté·e"
        r"\bpar ex\.",
        r"\btickets? d'invités?\b",
        r"\btickets invité\b",
        r"toute autre catégorie",
        r"barre du haut",
    ],
    # Dutch glues words into compounds ("computeruren", "chartertekst"): a word that can only be
    # the forbidden one is caught anywhere in a word; a short one only as a word of its own or a
    # hyphenated part ("pc", "pc's", "pc-uren", "thuis-pc", "elke pc."), never inside another
    # word ("stopcontact"); "zitting" only at a word's start ("bezitting" is another word), and
    # "vestiging" not in "bevestiging".
    "nl": [
        r"charter",
        r"(?<!be)vestiging",
        r"\bsites?\b",
        r"haatdragend",
        r"\b(je|jij|jou|jouw|jezelf|jullie)\b",
        r"\bstaff\b",
        r"(?<![a-zà-ÿ])pc(?![a-zà-ÿ])",
        r"toestel",
        r"(?<![a-zà-ÿ])zitting",
        r"\bklant(en)?\b",
        r"quota",
        r"\bbon(nen)?\b",
        r"identificatie",
        r"\bde account",
        r"gedeactiveerd",
        r"gastenticket",
        r"speciale uren",
        r"sluitingsuur",
        r"stadsbreed",
    ],
}


def glossary_misses(text: str, language: str) -> list[str]:
    """The "not" patterns of ``language`` that ``text`` uses, in the whole text and in each part
    of its hyphenated compounds ("heures-poste" is "heures" and "poste")."""
    parts = [
        text,
        *(part for word in re.findall(r"\w+(?:-\w+)+", text) for part in word.split("-")),
    ]
    return sorted(
        {
            pattern
            for pattern in FORBIDDEN[language]
            for part in parts
            if re.search(pattern, part, re.IGNORECASE)
        }
    )


@pytest.mark.parametrize(
    "text",
    ["%3 heures-poste utilisées", "Heures-poste utilisées", "un PC-portable", "connecté·e"],
)
def test_the_word_check_sees_inside_hyphenated_compounds(text: str) -> None:
    assert glossary_misses(text, "fr")


@pytest.mark.parametrize(
    "text",
    ["%3 heures d'ordinateur utilisées", "riposte", "Appelle l'accueil · %1 min", "double-clic"],
)
def test_the_word_check_lets_the_glossary_words_pass(text: str) -> None:
    assert not glossary_misses(text, "fr")


@pytest.mark.parametrize(
    ("text", "caught"),
    [
        ("Kies elke pc.", True),
        ("Pc-uren in gebruik", True),
        ("De pc's van de locatie", True),
        ("Uw thuis-pc", True),
        ("(pc)", True),
        ("Steek de stekker in het stopcontact", False),
        ("Het toestel en de toestellen", True),
        ("De chartertekst", True),
        ("De hoofdvestiging.", True),
        ("Na bevestiging", False),
        ("Een zittingsduur", True),
        ("Neem uw bezittingen mee", False),
        ("Geef jouw kaart, a.u.b.", True),
        ("Het meisje", False),
        ("De identificatie.", True),
        ("Uw kaartnummer.", False),
    ],
)
def test_the_dutch_word_check_sees_punctuation_and_compounds(text: str, caught: bool) -> None:
    assert bool(glossary_misses(text, "nl")) is caught


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_translations_use_the_glossary_words(language: str) -> None:
    bad = []
    for message in ET.parse(TRANSLATIONS_DIR / f"epn_{language}.ts").getroot().iter("message"):
        texts = [t.text or "" for t in message.iter("translation")]
        texts += [f.text or "" for f in message.iter("numerusform")]
        for text in texts:
            bad += [f"{pattern}: {text}" for pattern in glossary_misses(text, language)]
    assert not bad, "\n".join(bad)
