"""The public pages' words: every key in the three languages, the reader's language, and the
sentences people say ("ouvert jusqu'à 18 h", "open tot 18.00 uur", "open until 18:00")."""

from __future__ import annotations

import re
import string
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from admin.core.wording import NB
from admin.public.i18n import TEXTS, Words, negotiate

BRUSSELS = ZoneInfo("Europe/Brussels")
NOW = datetime(2026, 12, 8, 10, 30, tzinfo=BRUSSELS)  # a Tuesday


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_key_exists_in_the_three_languages_with_the_same_placeholders() -> None:
    keys = set(TEXTS["fr"])
    for language in ("nl", "en"):
        assert set(TEXTS[language]) == keys, language
    for key in keys:
        assert {frozenset(_fields(TEXTS[lang][key])) for lang in TEXTS} == {
            frozenset(_fields(TEXTS["fr"][key]))
        }, key
        for language in TEXTS:
            assert TEXTS[language][key].strip(), (language, key)


@pytest.mark.parametrize(
    ("query", "cookie", "accept", "expected"),
    [
        (None, None, None, "fr"),
        (None, None, "de-DE,de;q=0.9", "fr"),
        (None, None, "nl-BE,nl;q=0.9,fr;q=0.8", "nl"),
        (None, None, "de;q=1, en;q=0.5, nl;q=0.7", "nl"),
        (None, None, "en-GB", "en"),
        (None, None, "nl;q=0, en", "en"),
        (None, "en", "nl-BE", "en"),
        ("nl", "en", "fr", "nl"),
        ("xx", None, "en", "en"),
        (None, None, "nl;q=oops, en;q=0.2", "en"),
    ],
)
def test_the_language_is_the_asked_then_remembered_then_the_browser_s(
    query: str | None, cookie: str | None, accept: str | None, expected: str
) -> None:
    assert negotiate(query, cookie, accept) == expected


def test_open_and_closed_said_as_people_say_it() -> None:
    closes = NOW.replace(hour=18, minute=0)
    assert Words("fr").status(NOW, closes, None) == "Ouvert jusqu'à 18\u00a0h"
    assert Words("nl").status(NOW, closes, None) == "Open tot 18.00\u00a0uur"
    assert Words("en").status(NOW, closes, None) == "Open until 18:00"
    later = NOW.replace(hour=13, minute=30)
    tomorrow = datetime(2026, 12, 9, 9, 0, tzinfo=BRUSSELS)
    monday = datetime(2026, 12, 14, 9, 0, tzinfo=BRUSSELS)
    assert Words("fr").status(NOW, None, later) == f"Fermé{NB}· ouvre à 13{NB}h{NB}30"
    assert (
        Words("nl").status(NOW, None, tomorrow) == f"Gesloten{NB}· gaat morgen om 9.00{NB}uur open"
    )
    assert Words("en").status(NOW, None, monday) == f"Closed{NB}· opens on Monday at 9:00"
    assert Words("en").status(NOW, None, None) == "Closed"


def test_counts_agree_in_number() -> None:
    fr, nl, en = Words("fr"), Words("nl"), Words("en")
    assert fr.free(0, 12) == "Aucun ordinateur libre sur 12"
    assert fr.free(1, 12) == "1 ordinateur libre sur 12"
    assert fr.free(4, 12) == "4 ordinateurs libres sur 12"
    assert nl.free(4, 12) == "4 van de 12 computers vrij"
    assert en.free(4, 12) == "4 of 12 computers free"
    assert fr.waiting(1) == "1 personne attend" and nl.waiting(3) == "3 personen wachten"
    assert en.places(0) == "Full" and nl.places(1) == "Nog 1 plaats vrij"
    assert fr.wait(65) == f"Attente estimée{NB}: 1{NB}h{NB}05{NB}min"


def test_a_day_s_spans_in_words() -> None:
    spans = ((9 * 60, 12 * 60 + 30), (13 * 60 + 30, 18 * 60))
    assert Words("fr").spans(spans) == f"9{NB}h à 12{NB}h{NB}30 et 13{NB}h{NB}30 à 18{NB}h"
    assert Words("nl").spans(spans) == f"9.00 tot 12.30{NB}uur en 13.30 tot 18.00{NB}uur"
    assert Words("en").spans(spans) == "9:00 to 12:30 and 13:30 to 18:00"


def test_a_text_staff_wrote_in_another_language_says_which() -> None:
    assert Words("fr").pick({"nl": "Digitaal lezen"}) == ("Digitaal lezen", "nl")
    assert Words("nl").pick({"fr": "Mon CV", "nl": "Mijn cv"}) == ("Mijn cv", "nl")
    assert Words("en").pick(None) == ("", "en")


@pytest.mark.parametrize(
    ("language", "banned"),
    [
        ("fr", (r"\bPC\b", r"\bposte", r"\bsalle", r"\busager")),
        ("nl", (r"\bpc\b", r"\bpc's\b", r"\bzaal\b", r"\bgebruiker", r"\bje\b", r"\bjouw?\b")),
        ("en", (r"\bPCs?\b",)),
    ],
)
def test_the_public_words_are_the_glossary_s(language: str, banned: tuple[str, ...]) -> None:
    for key, text in TEXTS[language].items():
        for pattern in banned:
            assert not re.search(pattern, text, re.IGNORECASE), (key, text, pattern)
