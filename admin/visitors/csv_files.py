"""CSV import and export of visitors.

Import is all or nothing: the whole file is checked first and every bad value is reported as
(line, field, reason); nothing is written until the file is clean, then every row goes in one
transaction. The file is UTF-8, with or without a BOM, separated by ``,`` or ``;`` (Excel in
Belgium writes ``;``). The export never contains a PIN or its hash, and its cells are safe for
spreadsheets (a cell such as ``=cmd`` is written ``'=cmd``); the import removes those quotes
again, so an exported file imports back to the same values. The file's format (its columns, how it
is read, the spreadsheet rule) is :mod:`kiosk.protocol.csv_format`, which the console reads too.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from sqlite_utils import Database

from admin.core import audit
from admin.core.errors import Refused
from admin.core.security import hash_secret
from admin.core.timeutil import Clock, to_iso, utc_now
from admin.db.store import Store
from admin.visitors import accounts as visitors
from admin.visitors.profile import DEFAULT_COMMUNES, ProfileRules
from kiosk.protocol.csv_format import EXPORT_COLUMNS, Row, problem, read_rows, write_visitors
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.limits import MAX_REASON_LENGTH
from kiosk.protocol.people import ImportProblem, ImportReport

log = logging.getLogger("epn.server.visitors_csv")

_TRUE = {"", "1", "yes", "true", "oui", "ja"}
_FALSE = {"0", "no", "false", "non", "nee"}


def check_rows(
    rows: Iterable[Row], categories: set[str], existing: set[str], rules: ProfileRules
) -> list[ImportProblem]:
    """Every bad value of every row; ``existing`` holds the identifiers already in use."""
    problems: list[ImportProblem] = []
    first_line: dict[str, int] = {}
    for line, values in rows:
        identifier = values.get("identifier", "")
        reason = visitors.check_identifier(identifier)
        if reason:
            problems.append(problem(line, "identifier", reason))
        elif identifier in first_line:
            problems.append(
                problem(line, "identifier", f"duplicate of line {first_line[identifier]}")
            )
        elif identifier in existing:
            problems.append(problem(line, "identifier", "already in the database"))
        if identifier and identifier not in first_line:
            first_line[identifier] = line
        category = values.get("category", "")
        if category and (reason := visitors.check_category(category, categories)):
            problems.append(problem(line, "category", reason))
        pin = values.get("pin", "")
        if pin and (reason := visitors.check_pin(pin)):
            problems.append(problem(line, "pin", reason))
        for field, check in visitors.OPTIONAL_CHECKS.items():
            value = values.get(field, "")
            if value and (reason := check(value)):
                problems.append(problem(line, field, reason))
        for field in ProfileRules.FIELDS:
            value = values.get(field, "")
            if value and (reason := rules.problem(field, value)):
                problems.append(problem(line, field, reason))
        problems += _check_state(line, values)
    return problems


def _check_state(line: int, values: Mapping[str, str]) -> list[ImportProblem]:
    problems = []
    enabled = values.get("enabled", "").lower()
    if enabled not in _TRUE | _FALSE:
        problems.append(problem(line, "enabled", "must be 1 or 0 (yes or no)"))
    if len(values.get("disabled_reason", "")) > MAX_REASON_LENGTH:
        problems.append(
            problem(line, "disabled_reason", f"longer than {MAX_REASON_LENGTH} characters")
        )
    until = values.get("disabled_until", "")
    if until:
        try:
            date.fromisoformat(until)
        except ValueError:
            problems.append(problem(line, "disabled_until", "must be a date YYYY-MM-DD"))
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
        "commune": values.get("commune") or None,
        "birth_year": int(values["birth_year"]) if values.get("birth_year") else None,
        "first_visit": values.get("first_visit") or None,
        "notes": values.get("notes") or None,
        "enabled": int(enabled),
        "disabled_reason": None if enabled else values.get("disabled_reason") or None,
        "disabled_until": None if enabled else values.get("disabled_until") or None,
        "created_at": now,
    }


class VisitorCsv:
    def __init__(
        self, store: Store, clock: Clock = utc_now, communes: Sequence[str] = DEFAULT_COMMUNES
    ) -> None:
        self._store = store
        self._clock = clock
        self._rules = visitors.Visitors(store, clock, communes).rules

    def _check(self, data: bytes) -> tuple[list[Row], list[ImportProblem]]:
        rows, problems = read_rows(data)
        if rows:
            categories, existing = self._store.read(
                lambda db: (
                    set(visitors.categories(db)),
                    {r["identifier"] for r in db.query("SELECT identifier FROM visitors")},
                )
            )
            problems += check_rows(rows, categories, existing, self._rules())
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
        text = write_visitors(rows, separator)
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
        return ("\ufeff" if bom else "") + text
