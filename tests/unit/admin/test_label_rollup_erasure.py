"""Erasing a visitor (admin/privacy/rights.py) leaves the label report's rollup (m034) what the
sessions say, and every figure of the report as it was."""

from __future__ import annotations

from datetime import date

from admin.services import Service
from tests.helpers.clock import FakeClock
from tests.helpers.label_rollup import reports_agree, rollup_consistent
from tests.unit.admin.test_privacy_rights import ME, world  # noqa: F401 (the fixture)


def test_erasure_keeps_the_rollup_and_the_figures(
    service: Service,
    world: dict[str, int],  # noqa: F811
    clock: FakeClock,
) -> None:
    periods: list[str | tuple[date, date]] = [
        "2025",
        "2026",
        "2026-Q1",
        (date(2025, 12, 20), date(2026, 3, 16)),
    ]
    before = reports_agree(service, clock, *periods)
    assert before[2]["total"][0] == 4 and before[2]["total"][4] == 2
    service.store.write(
        lambda db: db.execute("UPDATE sessions SET visitor_key = NULL WHERE id = 's0'")
    )
    assert rollup_consistent(service)  # a session without its key counts by its visitor's id
    service.privacy.erase(ME, None)
    assert rollup_consistent(service)
    assert reports_agree(service, clock, *periods) == before
