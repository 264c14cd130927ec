"""The label report's PDF writes numbers the language's way: "29,8" in French and Dutch,
"29.8" in English, thousands apart ("1 234,5", "1.234,5", "1,234.5")."""

from __future__ import annotations

import pytest

from admin.core.wording import NB, number_text
from admin.reports.label import LabelReport
from admin.reports.label_files import pdf
from tests.unit.admin.test_label_files import _text, report  # noqa: F401 (the fixture)


@pytest.mark.parametrize(
    ("language", "mark", "other"),
    [("fr", "29,8", "29.8"), ("nl", "29,8", "29.8"), ("en", "29.8", "29,8")],
)
def test_the_pdf_writes_decimals_the_language_s_way(
    report: LabelReport,  # noqa: F811
    language: str,
    mark: str,
    other: str,
) -> None:
    text = _text(pdf(report, language, "Ville de Bruxelles"))
    # EPN Laeken's opening hours per week: 29.8 (6 hours on 22 weekdays over 31 days)
    assert mark in text and other not in text


def test_number_text() -> None:
    assert [number_text(1234.5, lang) for lang in ("fr", "nl", "en")] == [
        f"1{NB}234,5",
        "1.234,5",
        "1,234.5",
    ]
    assert number_text(2.0, "fr") == "2" and number_text(0.125, "nl") == "0,12"
    assert number_text(1658956, "en") == "1,658,956" and number_text(7, "fr", decimals=1) == "7"
