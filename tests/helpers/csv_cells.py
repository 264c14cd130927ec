"""Cells a spreadsheet would run as formulas, and the check that an exported CSV holds none."""

from __future__ import annotations

import csv
import io
import re
import sqlite3
from collections.abc import Iterable
from contextlib import closing
from pathlib import Path

#: One of each kind OWASP names: = + - @ first, a tab or CR first, and a formula after blanks.
DANGEROUS = (
    '=HYPERLINK("http://evil.example";"click")',
    "+1+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+9)*cmd|' /C calc'!A0",
    "\t=cmd|' /C calc'!A0",
    "\r=cmd|' /C calc'!A0",
    " \t=cmd|' /C calc'!A0",
)


#: Those a visitor's fields may hold today: names and texts refuse tabs and CRs
#: (kiosk.protocol's text rules), so only these come back through an import. The others may
#: still sit in older rows, and an export neutralises them all the same.
STORABLE = tuple(cell for cell in DANGEROUS if cell.isprintable())


def is_live(cell: str) -> bool:
    """What a spreadsheet would evaluate: a formula sign first, or after blanks it drops
    (a plain number such as -12 is only a number)."""
    if re.fullmatch(r"[+-]?[0-9]+(\.[0-9]+)?", cell):
        return False
    first = cell.lstrip(" \t\r\n")[:1]
    return cell[:1] in ("=", "+", "-", "@", "\t", "\r") or first in ("=", "+", "-", "@")


def read(text: str, delimiter: str = ",") -> list[list[str]]:
    return list(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""), delimiter=delimiter))


def assert_neutralised(rows: Iterable[Iterable[str]], values: Iterable[str]) -> None:
    """Each value is there behind one quote, and no cell of the file is a live formula."""
    cells = [cell for row in rows for cell in row]
    live = [cell for cell in cells if is_live(cell)]
    assert not live, f"live formulas in the CSV: {live!r}"
    for value in values:
        assert "'" + value in cells, f"{value!r} is not in the CSV as '{value!r}"


def add_formula_visitors(db_path: str | Path, cells: tuple[str, ...] = DANGEROUS) -> list[str]:
    """One visitor per dangerous cell, in each text column, stored as is (not stripped);
    returns the values the export must hold quoted."""
    with closing(sqlite3.connect(db_path)) as conn, conn:
        for number, text in enumerate(cells):
            conn.execute(
                "INSERT INTO visitors (identifier, display_name, category, notes,"
                " enabled, disabled_reason, created_at) VALUES (?, ?, 'adult', ?, 0, ?, ?)",
                [f"F{number}", text, text, text, "2026-01-01T00:00:00+00:00"],
            )
        conn.execute(
            "INSERT INTO visitors (identifier, display_name, category, enabled, created_at)"
            " VALUES ('=1+1', '-12', 'adult', 1, '2026-01-01T00:00:00+00:00')"
        )
    return [*cells, "=1+1"]
