"""A label report's world computed by hand (tests/unit/admin/test_label_report.py,
test_label_files.py): March 2026 at one Brussels site, with the clocks going forward on Sunday
29 March, sessions crossing midnight at both edges of the month, a workshop with an anonymous
participant, and a visitor whose profile changed after their session."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlite_utils import Database

from admin.services import Service
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


def build_world(service: Service, clock: FakeClock) -> Service:
    """March 2026 at EPN Laeken (and one session at EPN Jette), as the module says."""
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
