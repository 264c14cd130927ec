"""The label report's figures against a world computed by hand (issue 19): March 2026 at one
Brussels site, with the clocks going forward on Sunday 29 March, sessions crossing midnight at
both edges of the month, a workshop with an anonymous participant, and a visitor whose profile
changed after their session (the report reads the session's own snapshot)."""

from __future__ import annotations

from datetime import date

import pytest

from admin.core.actors import StaffMember
from admin.core.errors import Refused
from admin.reports.label import LabelReport, LabelReports, resolve_label_period
from admin.services import Service
from kiosk.protocol.errors import ErrorCode
from tests.helpers.clock import FakeClock
from tests.helpers.label_world import SITE, build_world


@pytest.fixture
def world(service: Service, clock: FakeClock) -> Service:
    return build_world(service, clock)


def march(service: Service, clock: FakeClock, site: str | None = SITE) -> LabelReport:
    return LabelReports(service.store, clock).report(None, "2026-03", site=site)


def figures(groups: dict[str, object]) -> dict[str, tuple[int, int, int, int]]:
    return {
        key: (u.sessions, u.free_seconds + u.training_seconds, len(u.visitors), u.participants)  # type: ignore[attr-defined]
        for key, u in groups.items()
    }


def test_the_figures_of_a_month_with_the_clock_change(world: Service, clock: FakeClock) -> None:
    report = march(world, clock)
    assert (report.first, report.last, report.days) == (date(2026, 3, 1), date(2026, 3, 31), 31)
    total = report.total
    assert (total.sessions, total.free_seconds, total.training_seconds) == (3, 7200, 3600)
    assert (len(total.visitors), total.new_visitors) == (2, 2)
    assert figures(report.breakdowns["gender"]) == {
        "f": (2, 7200, 1, 0),
        "m": (1, 3600, 1, 1),  # the anonymous participant gave "m"
    }
    assert figures(report.breakdowns["age_band"]) == {
        "25-39": (2, 7200, 1, 0),
        "70+": (1, 3600, 1, 0),
        "60-69": (0, 0, 0, 1),
    }
    assert figures(report.breakdowns["commune"]) == {
        "ixelles": (2, 7200, 1, 0),
        "outside": (1, 3600, 1, 0),
        "uccle": (0, 0, 0, 1),
    }
    assert set(report.breakdowns["category"]) == {"adult", "senior"}
    # station time within the month by local weekday (0 = Monday) and hour
    cells = {i: s for i, s in enumerate(report.occupied) if s}
    assert cells == {
        0 * 24 + 10: 3600,  # Monday 2 March 10:00
        6 * 24 + 0: 1800,  # Sunday 1 March 00:00-00:30 (the end of a February session)
        6 * 24 + 1: 1800,  # Sunday 29 March 01:30-02:00 CET
        6 * 24 + 3: 1800,  # then 03:00-03:30 CEST: no 02:00 that night
        1 * 24 + 23: 1800,  # Tuesday 31 March 23:30-24:00, the rest is April's
    }
    (site,) = report.sites
    # 22 weekdays of 6 hours
    assert (site.name, site.computers, site.open_seconds) == (SITE, 6, 22 * 6 * 3600)
    assert site.accompanied and site.workshop_seconds == 7200
    assert (report.workshop_dates, report.participants, report.anonymous_participants) == (1, 2, 1)
    anna = report.animateurs["anna"]
    assert (len(anna.workshops), anna.dates, anna.seconds, anna.participants) == (1, 1, 7200, 2)
    assert report.sessions_without_visitor == 0 and not report.empty


def test_the_network_adds_every_site(world: Service, clock: FakeClock) -> None:
    report = march(world, clock, site=None)
    assert [s.name for s in report.sites] == [SITE, "EPN Jette"]
    assert report.total.sessions == 4 and len(report.total.visitors) == 2
    assert report.sites[1].usage.free_seconds == 1800


def test_an_empty_period_is_an_empty_report(world: Service, clock: FakeClock) -> None:
    report = LabelReports(world.store, clock).report(None, "2025-Q1", site=SITE)
    assert report.empty and report.total.sessions == 0 and report.sites[0].open_seconds > 0


@pytest.mark.parametrize(
    ("period", "start", "end", "field", "reason"),
    [
        ("2026-13", None, None, "period", "format"),
        ("March", None, None, "period", "format"),
        ("2026-Q5", None, None, "period", "format"),
        ("2027", None, None, "period", "future"),  # after today (15 April 2026)
        (None, date(2026, 3, 10), date(2026, 3, 1), "to", "reversed"),
        (None, date(2026, 5, 1), date(2026, 5, 2), "from", "future"),
        (None, date(2026, 3, 1), None, "to", "missing"),
        ("2026-03", date(2026, 3, 1), date(2026, 3, 2), "period", "both"),
        ("1999", None, None, "period", "year"),
        (None, date(2020, 1, 1), date(2026, 3, 1), "to", "too_long"),
    ],
)
def test_bad_periods_are_refused(
    world: Service,
    clock: FakeClock,
    period: str | None,
    start: date | None,
    end: date | None,
    field: str,
    reason: str,
) -> None:
    """The field and the reason: the console says the reason in the member's language."""
    with pytest.raises(Refused) as caught:
        LabelReports(world.store, clock).report(None, period, start=start, end=end)
    assert (caught.value.code, caught.value.details) == (
        ErrorCode.INVALID_REQUEST,
        {"field": field, "reason": reason},
    )


def test_another_members_site_is_forbidden(world: Service, clock: FakeClock) -> None:
    member = StaffMember(id=5, username="jan", role="staff", site_ids=(2,))
    with pytest.raises(Refused) as caught:
        LabelReports(world.store, clock).report(member, "2026-03", site=SITE)
    assert caught.value.code == ErrorCode.FORBIDDEN
    mine = LabelReports(world.store, clock).report(member, "2026-03")
    assert [s.name for s in mine.sites] == ["EPN Jette"] and mine.total.sessions == 1


def test_periods() -> None:
    today = date(2026, 12, 7)
    assert resolve_label_period("2026-Q3", None, None, today)[1:] == (
        date(2026, 7, 1),
        date(2026, 9, 30),
    )
    assert resolve_label_period("2026-Q4", None, None, today)[1:] == (
        date(2026, 10, 1),
        date(2026, 12, 31),
    )
    assert resolve_label_period("2024-02", None, None, today)[1:] == (
        date(2024, 2, 1),
        date(2024, 2, 29),
    )
    assert resolve_label_period("2025", None, None, today)[0] == "2025"
