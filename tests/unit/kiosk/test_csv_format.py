"""The spreadsheet rule of every CSV the product writes (kiosk/protocol/csv_format.py)."""

from __future__ import annotations

import io
import itertools

import pytest

from kiosk.protocol import csv_format
from tests.helpers.csv_cells import DANGEROUS, is_live, read


@pytest.mark.parametrize("text", DANGEROUS)
def test_each_dangerous_cell_is_quoted_and_comes_back(text: str) -> None:
    assert csv_format.quote(text) == "'" + text
    assert csv_format.unquote(csv_format.quote(text)) == text


@pytest.mark.parametrize(
    "text", ["Marie", "", "2100001234", "-12", "+3.50", "0", "a=b", "Jean-Luc", "mail@x.be", "'"]
)
def test_harmless_text_and_plain_numbers_stay_as_they_are(text: str) -> None:
    assert csv_format.quote(text) == text
    assert csv_format.unquote(text) == text


def test_a_value_that_starts_with_a_quote_survives_the_round_trip() -> None:
    # "'=x" would read back as "=x" if the quote were not doubled
    assert csv_format.quote("'=x") == "''=x"
    assert csv_format.unquote("''=x") == "'=x"
    assert csv_format.unquote("'=x") == "=x"


def test_every_short_text_round_trips_and_none_is_live_once_quoted() -> None:
    alphabet = ["=", "+", "-", "@", "\t", "\r", "\n", " ", "'", "a", "1", "."]
    for length in range(5):
        for letters in itertools.product(alphabet, repeat=length):
            text = "".join(letters)
            quoted = csv_format.quote(text)
            assert csv_format.unquote(quoted) == text
            assert not is_live(quoted) or quoted.lstrip("+-").replace(".", "").isdigit()


def test_the_writer_quotes_text_and_leaves_numbers() -> None:
    out = io.StringIO()
    writer = csv_format.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(["=cmd", -5, -2.5, "-7", "@x"])
    writer.writerows([["+1+x", 3]])
    assert read(out.getvalue(), ";") == [["'=cmd", "-5", "-2.5", "-7", "'@x"], ["'+1+x", "3"]]
