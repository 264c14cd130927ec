"""The CSV files of the product, as people exchange them: the visitors' import and export file,
the statistics export, and the spreadsheet rule every CSV cell the product writes follows.

People build and read these files with their spreadsheets, so they are an interface like the API:
the server writes and checks them, the console reads a visitor file before sending it and writes
the statistics and the audit log it shows. Pure: no I/O beyond the text given.

The spreadsheet rule (OWASP's "CSV injection" advice): a text cell is written with a single
quote ``'`` in front when

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
import io
import re
from collections.abc import Iterable
from typing import Any, Protocol

from kiosk.protocol.limits import MAX_IMPORT_ROWS
from kiosk.protocol.people import ImportProblem
from kiosk.protocol.reports import StatsReport
from kiosk.protocol.sites import WEEKDAYS

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


# --- the visitors' file ---------------------------------------------------------------------

#: The columns of an export, in its order. Never a PIN or its hash.
EXPORT_COLUMNS = (
    "identifier",
    "display_name",
    "category",
    "age_band",
    "gender",
    "status",
    "commune",
    "birth_year",
    "first_visit",
    "notes",
    "enabled",
    "disabled_reason",
    "disabled_until",
)
#: Columns an import may have, in any order; only ``identifier`` is required.
IMPORT_COLUMNS = (*EXPORT_COLUMNS, "pin")

Row = tuple[int, dict[str, str]]  # (line of the row in the file, values by column)


def problem(line: int, field: str, reason: str) -> ImportProblem:
    return ImportProblem(line=line, field=field, reason=reason)


def _separator(header: str) -> str:
    return ";" if header.count(";") > header.count(",") else ","


def read_rows(data: bytes) -> tuple[list[Row], list[ImportProblem]]:
    """Decode and split a visitors' file; problems here are about the file or its header.

    UTF-8 with or without a BOM, separated by ``,`` or ``;`` (Excel in Belgium writes ``;``);
    the quotes :func:`quote` added are removed, so an export reads back to the same values.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return [], [problem(1, "", f"not UTF-8 text (byte {exc.start})")]
    first_line = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_separator(first_line))
    try:
        header = [name.strip().lower() for name in next(reader, [])]
    except csv.Error as exc:
        return [], [problem(1, "", f"unreadable header: {exc}")]
    if not any(header):
        return [], [problem(1, "", "empty file: the first line must name the columns")]
    problems = [problem(1, name, "unknown column") for name in header if name not in IMPORT_COLUMNS]
    problems += [
        problem(1, name, "column given twice") for name in set(header) if header.count(name) > 1
    ]
    if "identifier" not in header:
        problems.append(problem(1, "identifier", "missing column"))
    if problems:
        return [], problems
    rows: list[Row] = []
    try:
        for cells in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in cells):
                continue  # blank line, often at the end of a file
            if len(cells) > len(header):
                problems.append(
                    problem(line, "", f"{len(cells)} values, the header has {len(header)}")
                )
                continue
            padded = cells + [""] * (len(header) - len(cells))
            values = (unquote(cell.strip()) for cell in padded)
            rows.append((line, dict(zip(header, values, strict=True))))
            if len(rows) > MAX_IMPORT_ROWS:
                return [], [problem(line, "", f"more than {MAX_IMPORT_ROWS} rows")]
    except csv.Error as exc:
        problems.append(problem(reader.line_num, "", f"unreadable line: {exc}"))
    return rows, problems


def write_visitors(rows: Iterable[dict[str, Any]], separator: str = ",") -> str:
    """Visitors' rows (their :data:`EXPORT_COLUMNS`; None: empty) as the export's CSV text."""
    out = io.StringIO()
    writer_ = writer(out, delimiter=separator, lineterminator="\r\n")
    writer_.writerow(EXPORT_COLUMNS)
    for row in rows:
        writer_.writerow(["" if row[c] is None else row[c] for c in EXPORT_COLUMNS])
    return out.getvalue()


# --- the statistics' file -------------------------------------------------------------------

STATS_COLUMNS = (
    "period",
    "start",
    "end",
    "site",
    "section",
    "key",
    "sessions",
    "seconds",
    "hours",
    "visitors",
    "stations",
    "occupied_seconds",
    "capacity_seconds",
)
_SECONDS_PER_HOUR = 3600


def stats_csv(report: StatsReport, delimiter: str = ",") -> str:
    """Every figure of a report as CSV, one header row; sections: total, site, category,
    age_band (empty key: not given), hour (00-23), weekday_hour (mon-00 … sun-23).

    Names (site, category, age band) are quoted by the spreadsheet rule; figures are not.
    """
    out = io.StringIO()
    writer_ = writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer_.writerow(STATS_COLUMNS)
    head = [report.period, report.start, report.end, report.site_name or ""]

    def usage(section: str, key: str, sessions: int, seconds: int, visitors: int) -> list[Any]:
        hours = f"{seconds / _SECONDS_PER_HOUR:.2f}"
        return [*head, section, key, sessions, seconds, hours, visitors]

    writer_.writerow(
        [
            *usage("total", "", report.sessions, report.seconds_used, report.unique_visitors),
            report.stations,
            sum(report.by_hour),
            sum(map(sum, report.capacity)),
        ]
    )
    for section, rows in (
        ("site", report.by_site),
        ("category", report.by_category),
        ("age_band", report.by_age_band),
    ):
        for row in rows:
            writer_.writerow(usage(section, row.key or "", row.sessions, row.seconds, row.visitors))
    blank = [""] * 5
    for hour in range(24):
        capacity = sum(report.capacity[d][hour] for d in range(7))
        writer_.writerow([*head, "hour", f"{hour:02d}", *blank, report.by_hour[hour], capacity])
    for day, name in enumerate(WEEKDAYS):
        for hour in range(24):
            writer_.writerow(
                [
                    *head,
                    "weekday_hour",
                    f"{name}-{hour:02d}",
                    *blank,
                    report.heat_map[day][hour],
                    report.capacity[day][hour],
                ]
            )
    return out.getvalue()
