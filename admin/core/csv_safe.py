"""CSV that a spreadsheet opens without running anything: every CSV the product writes uses it.

The rule (OWASP's "CSV injection" advice): a text cell is written with a single quote ``'`` in
front when

- its first character is ``=``, ``+``, ``-``, ``@``, a tab, a carriage return or a line feed, or
- its first character that is not white space (``str.isspace``) is ``=``, ``+``, ``-`` or ``@``
  (spreadsheets drop leading blanks before they look for a formula), or
- it starts with ``'`` and what follows that quote would be quoted by this rule (so that the
  import can tell the quote it added from one that was in the value).

Two kinds of cells are left as they are: numbers written as numbers (``int``, ``float``), and
text that is a plain decimal number such as ``-12`` or ``+3.50`` (a spreadsheet reads it as the
number it is, and a negative figure stays a figure).

Spreadsheets show the quoted cell as the text itself (the quote marks it as text and is not
displayed). Reading a file back, :func:`unquote` removes exactly the quotes :func:`quote` added:
``unquote(quote(text)) == text`` for every text, so an export imported again gives back the
original values.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from typing import Any, Protocol

#: Characters that start a formula (or are dropped before one) as the first of a cell.
FORMULA_START = frozenset("=+-@\t\r\n")
#: Characters that start a formula after leading white space.
FORMULA_SIGNS = frozenset("=+-@")
_PLAIN_NUMBER = re.compile(r"[+-]?[0-9]+(\.[0-9]+)?", re.ASCII)


def needs_quote(text: str) -> bool:
    """True when a spreadsheet could take ``text`` for a formula (see the module's rule)."""
    # leading quotes: the value is quoted when what follows them would be
    text = text.lstrip("'")
    if not text or _PLAIN_NUMBER.fullmatch(text):
        return False
    if text[0] in FORMULA_START:
        return True
    stripped = text.lstrip()
    return bool(stripped) and stripped[0] in FORMULA_SIGNS


def quote(text: str) -> str:
    """``text`` as a cell no spreadsheet runs."""
    return "'" + text if needs_quote(text) else text


def unquote(text: str) -> str:
    """The value :func:`quote` was given: its quote removed, other text unchanged."""
    return text[1:] if text.startswith("'") and needs_quote(text[1:]) else text


def cell(value: Any) -> Any:
    """A value for a CSV row: text quoted, numbers and anything else as they are."""
    return quote(value) if isinstance(value, str) else value


class _Writable(Protocol):
    def write(self, text: str, /) -> Any: ...


class SafeWriter:
    """``csv.writer`` whose text cells go through :func:`quote`."""

    def __init__(self, file: _Writable, **dialect: Any) -> None:
        self._writer = csv.writer(file, **dialect)

    def writerow(self, row: Iterable[Any]) -> None:
        self._writer.writerow([cell(value) for value in row])

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        for row in rows:
            self.writerow(row)


def writer(file: _Writable, **dialect: Any) -> SafeWriter:
    """A CSV writer for ``file`` (the arguments of ``csv.writer``) that quotes formulas."""
    return SafeWriter(file, **dialect)
