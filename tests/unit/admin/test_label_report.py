"""The label report's figures against a world computed by hand (issue 19): March 2026 at one
Brussels site, with the clocks going forward on Sunday 29 March, sessions crossing midnight at
both edges of the month, a workshop with an anonymous participant, and a visitor whose profile
changed after their session (the report reads the session's own snapshot)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlite_utils import Database

from admin.core.actors import StaffMember
from admin.core.errors import Refused
from admin.reports.label import LabelReport, LabelReports, resolve_label_period
from admin.services import Service
from kiosk.protocol.errors import ErrorCode
from tests.helpers.clock import FakeClock

SITE = "EPN Laeken"


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def session(
    db: Database,
    sid: str,
    visitor: int,
    start: str,
    end: str,
    *,
    station: int = 1,
    purpose: str = "free",
    profile: tuple[str, str, str, str, str] = ("", "", "", "", "adult"),
    first: int = 0,
) -> None:
    a, b = utc(start), utc(end)
    db.execute(
        "INSERT INTO sessions (id, station_id, visitor_id, state, started_at, ended_at,"
        " granted_seconds, used_seconds, remaining_seconds, day, purpose, gender, age_band,"
        " status, commune, category, first_visit)"
        " VALUES (?, ?, ?, 'ended', ?, ?, 7200, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            sid,
            station,
            visitor,
            a.isoformat(),
            b.isoformat(),
            int((b - a).total_seconds()),
            a.date().isoformat(),
            purpose,
            *profile,
            first,
        ],
    )


@pytest.fixture
def world(service: Service, clock: FakeClock) -> Service:
    clock.set(utc("2026-04-15T10:00"))
    directory = service.directory
    directory.add_site(SITE)
    directory.add_site("EPN Jette")
    for n in range(6):
        directory.add_station(f"L{n}", SITE)
    directory.add_station("J0", "EPN Jette")
    for day in ("mon", "tue", "wed", "thu", "fri"):
        service.sites.set_day(SITE, day, "10:00-13:00,14:00-17:00")
    service.sites.set_accompanied(SITE, True)
    directory.add_visitor("1001")
    directory.add_visitor("1002")
    directory.add_staff("anna", "a long password 1", role="staff", sites=[SITE])

    def write(db: Database) -> None:
        a = ("f", "25-39", "jobseeker", "ixelles", "adult")
        b = ("m", "70+", "retired", "outside", "senior")
        # Monday 2 March, 10:00-11:00 local (CET)
        session(db, "s1", 1, "2026-03-02T09:00", "2026-03-02T10:00", profile=a, first=1)
        # Sunday 29 March, 01:30 CET to 03:30 CEST: one real hour, the 02:00 hour skipped
        session(db, "s2", 1, "2026-03-29T00:30", "2026-03-29T01:30", profile=a)
        # Tuesday 31 March 23:30 to Wednesday 1 April 00:30 (CEST): training
        session(
            db, "s3", 2, "2026-03-31T21:30", "2026-03-31T22:30",
            purpose="training", profile=b, first=1,
        )  # fmt: skip
        # Saturday 28 February 23:30 to Sunday 1 March 00:30 (CET): before the month
        session(db, "s0", 2, "2026-02-28T22:30", "2026-02-28T23:30", profile=b)
        # the other site: out of a one-site report, in the network's
        session(db, "j1", 1, "2026-03-03T09:00", "2026-03-03T09:30", station=7, profile=a)
        # visitor 1 changed since: the sessions keep the profile of their moment
        db.execute("UPDATE visitors SET gender = 'x', age_band = '60-69' WHERE id = 1")
        # a workshop: Tuesday 10 March 14:00-16:00, a card and a person without one
        anna = db.execute("SELECT id FROM staff WHERE username = 'anna'").fetchone()[0]
        db.execute(
            "INSERT INTO workshops (id, site_id, kind, theme, level, language, animateur_id,"
            " capacity, registration, created_at) VALUES (1, 1, 'workshop', 'web', 'all',"
            " 'fr', ?, 8, 'series', '2026-02-01')",
            [anna],
        )
        db.execute(
            "INSERT INTO workshop_dates (workshop_id, starts_at, ends_at, booking)"
            " VALUES (1, '2026-03-10T13:00:00+00:00', '2026-03-10T15:00:00+00:00', 'b1')"
        )
        db.execute(
            "INSERT INTO workshop_registrations (workshop_id, visitor_id, state, rank,"
            " created_at) VALUES (1, 1, 'registered', 1, '2026-02-01')"
        )
        db.execute(
            "INSERT INTO workshop_registrations (workshop_id, name, gender, age_band, status,"
            " commune, state, rank, created_at) VALUES (1, 'Mehmet', 'm', '60-69', 'retired',"
            " 'uccle', 'registered', 2, '2026-02-01')"
        )
        db.execute(
            "INSERT INTO workshop_registrations (workshop_id, name, state, rank, created_at)"
            " VALUES (1, 'Late', 'waitlisted', 3, '2026-02-01')"
        )

    service.store.write(write)
    return service


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
    ("period", "start", "end", "field"),
    [
        ("2026-13", None, None, "period"),
        ("March", None, None, "period"),
        ("2026-Q5", None, None, "period"),
        ("2027", None, None, "period"),  # after today (15 April 2026)
        (None, date(2026, 3, 10), date(2026, 3, 1), "to"),
        (None, date(2026, 5, 1), date(2026, 5, 2), "from"),
        (None, date(2026, 3, 1), None, "to"),
        ("2026-03", date(2026, 3, 1), date(2026, 3, 2), "period"),
    ],
)
def test_bad_periods_are_refused(
    world: Service,
    clock: FakeClock,
    period: str | None,
    start: date | None,
    end: date | None,
    field: str,
) -> None:
    with pytest.raises(Refused) as caught:
        LabelReports(world.store, clock).report(None, period, start=start, end=end)
    assert (caught.value.code, caught.value.details) == (
        ErrorCode.INVALID_REQUEST,
        {"field": field},
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
