"""CSV import and export of visitors.

Import is all or nothing: the whole file is checked first and every bad value is reported as
(line, field, reason); nothing is written until the file is clean, then every row goes in one
transaction. The file is UTF-8, with or without a BOM, separated by ``,`` or ``;`` (Excel in
Belgium writes ``;``). The export never contains a PIN or its hash, and its cells are safe for
spreadsheets (:mod:`admin.core.csv_safe`: a cell such as ``=cmd`` is written ``'=cmd``); the import
removes those quotes again, so an exported file imports back to the same values.
"""

from __future__ import annotations

import csv
import io
import logging
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from sqlite_utils import Database

from admin.core import audit, csv_safe
from admin.core.errors import Refused
from admin.core.security import hash_secret
from admin.core.timeutil import Clock, to_iso, utc_now
from admin.db.store import Store
from admin.visitors import accounts as visitors
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.limits import MAX_REASON_LENGTH
from kiosk.protocol.people import ImportProblem, ImportReport

log = logging.getLogger("epn.server.visitors_csv")

EXPORT_COLUMNS = (
    "identifier",
    "display_name",
    "category",
    "age_band",
    "gender",
    "status",
    "notes",
    "enabled",
    "disabled_reason",
    "disabled_until",
)
#: Columns an import may have, in any order; only ``identifier`` is required.
IMPORT_COLUMNS = (*EXPORT_COLUMNS, "pin")
_TRUE = {"", "1", "yes", "true", "oui", "ja"}
_FALSE = {"0", "no", "false", "non", "nee"}
MAX_IMPORT_ROWS = 100_000

Row = tuple[int, dict[str, str]]  # (line of the row in the file, values by column)


def _problem(line: int, field: str, reason: str) -> ImportProblem:
    return ImportProblem(line=line, field=field, reason=reason)


def _separator(header: str) -> str:
    return ";" if header.count(";") > header.count(",") else ","


def read_rows(data: bytes) -> tuple[list[Row], list[ImportProblem]]:
    """Decode and split the file; problems here are about the file or its header."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return [], [_problem(1, "", f"not UTF-8 text (byte {exc.start})")]
    first_line = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_separator(first_line))
    try:
        header = [name.strip().lower() for name in next(reader, [])]
    except csv.Error as exc:
        return [], [_problem(1, "", f"unreadable header: {exc}")]
    if not any(header):
        return [], [_problem(1, "", "empty file: the first line must name the columns")]
    problems = [
        _problem(1, name, "unknown column") for name in header if name not in IMPORT_COLUMNS
    ]
    problems += [
        _problem(1, name, "column given twice") for name in set(header) if header.count(name) > 1
    ]
    if "identifier" not in header:
        problems.append(_problem(1, "identifier", "missing column"))
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
                    _problem(line, "", f"{len(cells)} values, the header has {len(header)}")
                )
                continue
            padded = cells + [""] * (len(header) - len(cells))
            values = (csv_safe.unquote(cell.strip()) for cell in padded)
            rows.append((line, dict(zip(header, values, strict=True))))
            if len(rows) > MAX_IMPORT_ROWS:
                return [], [_problem(line, "", f"more than {MAX_IMPORT_ROWS} rows")]
    except csv.Error as exc:
        problems.append(_problem(reader.line_num, "", f"unreadable line: {exc}"))
    return rows, problems


def check_rows(
    rows: Iterable[Row], categories: set[str], existing: set[str]
) -> list[ImportProblem]:
    """Every bad value of every row; ``existing`` holds the identifiers already in use."""
    problems: list[ImportProblem] = []
    first_line: dict[str, int] = {}
    for line, values in rows:
        identifier = values.get("identifier", "")
        reason = visitors.check_identifier(identifier)
        if reason:
            problems.append(_problem(line, "identifier", reason))
        elif identifier in first_line:
            problems.append(
                _problem(line, "identifier", f"duplicate of line {first_line[identifier]}")
            )
        elif identifier in existing:
            problems.append(_problem(line, "identifier", "already in the database"))
        if identifier and identifier not in first_line:
            first_line[identifier] = line
        category = values.get("category", "")
        if category and (reason := visitors.check_category(category, categories)):
            problems.append(_problem(line, "category", reason))
        pin = values.get("pin", "")
        if pin and (reason := visitors.check_pin(pin)):
            problems.append(_problem(line, "pin", reason))
        for field, check in visitors.OPTIONAL_CHECKS.items():
            value = values.get(field, "")
            if value and (reason := check(value)):
                problems.append(_problem(line, field, reason))
        problems += _check_state(line, values)
    return problems


def _check_state(line: int, values: Mapping[str, str]) -> list[ImportProblem]:
    problems = []
    enabled = values.get("enabled", "").lower()
    if enabled not in _TRUE | _FALSE:
        problems.append(_problem(line, "enabled", "must be 1 or 0 (yes or no)"))
    if len(values.get("disabled_reason", "")) > MAX_REASON_LENGTH:
        problems.append(
            _problem(line, "disabled_reason", f"longer than {MAX_REASON_LENGTH} characters")
        )
    until = values.get("disabled_until", "")
    if until:
        try:
            date.fromisoformat(until)
        except ValueError:
            problems.append(_problem(line, "disabled_until", "must be a date YYYY-MM-DD"))
    return problems


def _record(values: Mapping[str, str], pin_hash: str | None, now: str) -> dict[str, Any]:
    enabled = values.get("enabled", "").lower() not in _FALSE
    return {
        "identifier": values["identifier"],
        "pin_hash": pin_hash,
        "display_name": values.get("display_name") or None,
        "category": values.get("category") or "adult",
        "age_band": values.get("age_band") or None,
        "gender": values.get("gender") or None,
        "status": values.get("status") or None,
        "notes": values.get("notes") or None,
        "enabled": int(enabled),
        "disabled_reason": None if enabled else values.get("disabled_reason") or None,
        "disabled_until": None if enabled else values.get("disabled_until") or None,
        "created_at": now,
    }


class VisitorCsv:
    def __init__(self, store: Store, clock: Clock = utc_now) -> None:
        self._store = store
        self._clock = clock

    def _check(self, data: bytes) -> tuple[list[Row], list[ImportProblem]]:
        rows, problems = read_rows(data)
        if rows:
            categories, existing = self._store.read(
                lambda db: (
                    set(visitors.categories(db)),
                    {r["identifier"] for r in db.query("SELECT identifier FROM visitors")},
                )
            )
            problems += check_rows(rows, categories, existing)
        problems.sort(key=lambda p: p.line)
        return rows, problems

    def dry_run(self, data: bytes) -> ImportReport:
        """Check the whole file and report every problem; writes nothing."""
        rows, problems = self._check(data)
        return ImportReport(dry_run=True, rows=len(rows), imported=0, problems=problems)

    def import_(self, data: bytes, staff_id: int | None = None) -> ImportReport:
        """Import every row in one transaction, or raise Refused listing the problems."""
        rows, problems = self._check(data)
        if problems:
            raise Refused(
                ErrorCode.INVALID_REQUEST,
                f"{len(problems)} problem(s) in the file, nothing imported",
                {"problems": [p.model_dump() for p in problems]},
            )
        now = to_iso(self._clock())
        # argon2 is slow on purpose: hash before taking the store lock
        records = [
            _record(values, hash_secret(values["pin"]) if values.get("pin") else None, now)
            for _, values in rows
        ]

        def write(db: Database) -> int:
            for record in records:
                if next(
                    db.query("SELECT 1 FROM visitors WHERE identifier = ?", [record["identifier"]]),
                    None,
                ):  # added meanwhile: the whole import is rolled back
                    raise Refused(
                        ErrorCode.INVALID_REQUEST,
                        "a visitor of the file was added meanwhile, nothing imported",
                    )
                columns = ", ".join(record)
                marks = ", ".join("?" for _ in record)
                db.execute(
                    f"INSERT INTO visitors ({columns}) VALUES ({marks})", list(record.values())
                )
            audit.record(
                db,
                at=now,
                staff_id=staff_id,
                action="visitor.import",
                target="visitors",
                after={"count": len(records)},
            )
            return len(records)

        count = self._store.write(write) if records else 0
        log.info("imported %d visitors", count)
        return ImportReport(dry_run=False, rows=len(rows), imported=count, problems=[])

    def export(
        self, *, separator: str = ",", bom: bool = False, staff_id: int | None = None
    ) -> str:
        """Every visitor (guest-ticket rows aside) as CSV text, without PINs."""
        now = to_iso(self._clock())

        def read(db: Database) -> list[dict[str, Any]]:
            return list(
                db.query(
                    f"SELECT {', '.join(EXPORT_COLUMNS)} FROM visitors WHERE category != ?"
                    " ORDER BY identifier",
                    [visitors.GUEST_CATEGORY],
                )
            )

        rows = self._store.read(read)
        out = io.StringIO()
        writer = csv_safe.writer(out, delimiter=separator, lineterminator="\r\n")
        writer.writerow(EXPORT_COLUMNS)
        for row in rows:
            writer.writerow(["" if row[c] is None else row[c] for c in EXPORT_COLUMNS])
        # exporting personal data is itself worth a trace
        self._store.write(
            lambda db: audit.record(
                db,
                at=now,
                staff_id=staff_id,
                action="visitor.export",
                target="visitors",
                after={"count": len(rows)},
            )
        )
        return ("\ufeff" if bom else "") + out.getvalue()
