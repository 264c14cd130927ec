"""The label report's rollup (m034) against the sessions it sums (tests of admin/reports/label.py,
admin/privacy/): the tables kept by the triggers and retention equal their rebuild, and a report
read from them equals the same report read from the sessions."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlite_utils import Database

from admin.db.migrations import LABEL_ROLLUP_REBUILD
from admin.reports.label import DIMENSIONS, LabelReport, LabelReports, Usage
from admin.services import Service
from tests.helpers.clock import FakeClock

Rows = dict[str, list[tuple[Any, ...]]]


def rollup_rows(service: Service) -> Rows:
    return service.store.read(
        lambda db: {
            table: sorted(tuple(r) for r in db.execute(f"SELECT * FROM {table}"))
            for table in ("label_rollup", "label_visitors")
        }
    )


def rollup_consistent(service: Service) -> bool:
    """The rollup as kept equals the one rebuilt from the sessions (left rebuilt)."""
    kept = rollup_rows(service)

    def rebuild(db: Database) -> None:
        for statement in LABEL_ROLLUP_REBUILD:
            db.execute(statement)

    service.store.write(rebuild)
    return kept == rollup_rows(service) and any(kept.values())


def _usage(u: Usage) -> tuple[int, ...]:
    return (u.sessions, u.free_seconds, u.training_seconds, u.new_visitors, len(u.visitors))


def figures(report: LabelReport) -> dict[str, Any]:
    return {
        "total": _usage(report.total),
        "sites": [(s.name, _usage(s.usage)) for s in report.sites],
        "without": report.sessions_without_visitor,
        **{d: {k: _usage(u) for k, u in report.breakdowns[d].items()} for d in DIMENSIONS},
    }


def from_sessions(
    service: Service, clock: FakeClock, period: str | None, start: date | None, end: date | None
) -> LabelReport:
    """The report read from the sessions alone: every site marked stale for the time."""
    mark = "INSERT INTO label_rollup_stale (site_id) SELECT id FROM sites WHERE id NOT IN"
    added = service.store.write(
        lambda db: db.execute(
            f"{mark} (SELECT site_id FROM label_rollup_stale) RETURNING site_id"
        ).fetchall()
    )
    try:
        return LabelReports(service.store, clock).report(None, period, start=start, end=end)
    finally:
        service.store.write(
            lambda db: db.conn.executemany(
                "DELETE FROM label_rollup_stale WHERE site_id = ?", added
            )
        )


def reports_agree(
    service: Service, clock: FakeClock, *periods: str | tuple[date, date]
) -> list[dict[str, Any]]:
    """Each period's figures from the rollup, checked equal to those from the sessions."""
    found = []
    for period in periods:
        name, (start, end) = (period, (None, None)) if isinstance(period, str) else (None, period)
        rolled = LabelReports(service.store, clock).report(None, name, start=start, end=end)
        direct = from_sessions(service, clock, name, start, end)
        assert figures(rolled) == figures(direct), period
        found.append(figures(rolled))
    return found
