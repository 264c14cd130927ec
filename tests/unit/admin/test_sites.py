"""Sites: stored schedules and texts, and the grant over opening hours and site policies."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest

from admin.core.actors import StaffMember, StationIdentity
from admin.core.errors import Refused
from admin.core.timeutil import to_iso
from admin.rules import grant as policy
from admin.rules.allowances import PolicyAdmin
from admin.services import Service
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.sites import ClosedDate, ExceptionalDay, SiteHours
from tests.helpers.clock import FakeClock

# The clock starts on Monday 10 March 2025, 09:00 in Brussels (08:00 UTC).
PASSWORD = "correct horse"


def utc(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


@pytest.fixture
def station(service: Service, site: str) -> StationIdentity:
    token = service.directory.add_station("RC-01", site).token
    return service.stations.authenticate(token)


@pytest.fixture
def visitor(service: Service) -> str:
    service.directory.add_visitor("1001")
    return "1001"


def member(service: Service, username: str, **kwargs: Any) -> StaffMember:
    service.directory.add_staff(username, PASSWORD, **kwargs)
    return service.staff.authenticate(service.staff.login(username, PASSWORD).token)


def refusal(service: Service, station: StationIdentity, visitor: str) -> Refused:
    with pytest.raises(Refused) as caught:
        service.stations.sign_in(station, visitor, None)
    return caught.value


def audit_rows(service: Service, action: str) -> list[dict[str, Any]]:
    return service.store.read(
        lambda db: list(db.query("SELECT * FROM audit WHERE action = ? ORDER BY id", [action]))
    )


# --- the grant over opening hours ---------------------------------------------------------


def test_site_without_hours_is_always_open(
    service: Service, station: StationIdentity, visitor: str
) -> None:
    assert service.stations.sign_in(station, visitor, None).granted_seconds == 3600
    info = service.sites.station_info(station)
    assert info.today_hours == ["00:00-24:00"]
    assert info.closes_at is None
    assert info.timezone == "Europe/Brussels"


def test_grant_is_cut_at_closing_time(
    service: Service, site: str, station: StationIdentity, visitor: str
) -> None:
    service.sites.set_day(site, "mon", "08:00-09:30")
    assert service.stations.sign_in(station, visitor, None).granted_seconds == 30 * 60


def test_closed_now_is_refused_with_the_next_opening(
    service: Service, site: str, station: StationIdentity, visitor: str
) -> None:
    service.sites.set_day(site, "mon", "13:30-18:00")
    refused = refusal(service, station, visitor)
    assert refused.code == ErrorCode.CLOSED
    assert refused.details == {"opens_at": to_iso(utc(2025, 3, 10, 12, 30))}


def test_closed_date_points_to_the_next_open_day(
    service: Service, site: str, station: StationIdentity, visitor: str
) -> None:
    service.sites.set_day(site, "mon", "08:00-18:00")
    service.sites.set_day(site, "wed", "10:00-12:00")
    service.sites.close_date(site, "2025-03-10", "staff training")
    refused = refusal(service, station, visitor)
    assert refused.code == ErrorCode.CLOSED
    assert refused.details["opens_at"] == to_iso(utc(2025, 3, 12, 9, 0))


def test_clearing_every_weekday_means_open_around_the_clock(
    service: Service, site: str, station: StationIdentity, visitor: str
) -> None:
    service.sites.set_day(site, "mon", "13:00-14:00")
    assert refusal(service, station, visitor).code == ErrorCode.CLOSED
    service.sites.set_day(site, "mon", "closed")
    assert service.sites.hours(None, site).weekly == {}
    assert service.stations.sign_in(station, visitor, None).granted_seconds == 3600


def test_less_than_a_minute_before_closing_counts_as_closed(
    service: Service, clock: FakeClock, site: str, station: StationIdentity, visitor: str
) -> None:
    service.sites.set_day(site, "mon", "08:00-09:01")
    service.sites.set_day(site, "tue", "08:00-12:00")
    clock.set(utc(2025, 3, 10, 8, 0, 30))
    refused = refusal(service, station, visitor)
    assert refused.code == ErrorCode.CLOSED
    assert refused.details["opens_at"] == to_iso(utc(2025, 3, 11, 7, 0))


def test_exceptional_hours_open_a_closed_weekday(
    service: Service, site: str, station: StationIdentity, visitor: str
) -> None:
    service.sites.set_day(site, "tue", "09:00-17:00")
    service.sites.open_exception(site, "2025-03-10", "08:30-10:00")
    assert service.stations.sign_in(station, visitor, None).granted_seconds == 3600
    assert service.sites.station_info(station).today_hours == ["08:30-10:00"]


# --- NO_TIME_LEFT says when time comes back -----------------------------------------------


def test_daily_quota_used_resets_at_local_midnight(
    service: Service, station: StationIdentity, visitor: str
) -> None:
    service.directory.set_policy("*", session_minutes=60, daily_minutes=0, weekly_minutes=600)
    refused = refusal(service, station, visitor)
    assert refused.code == ErrorCode.NO_TIME_LEFT
    assert refused.details["resets_at"] == to_iso(utc(2025, 3, 10, 23, 0))


def test_weekly_quota_used_resets_next_monday(
    service: Service, station: StationIdentity, visitor: str
) -> None:
    service.directory.set_policy("*", session_minutes=60, daily_minutes=60, weekly_minutes=0)
    refused = refusal(service, station, visitor)
    assert refused.code == ErrorCode.NO_TIME_LEFT
    assert refused.details["resets_at"] == to_iso(utc(2025, 3, 16, 23, 0))


def test_resets_at_across_the_spring_change() -> None:
    saturday = utc(2026, 3, 28, 12, 0)
    daily_out = {"session": 3600, "daily": 0, "weekly": 9000}
    weekly_out = {"session": 3600, "daily": 3600, "weekly": 0}
    # Sunday 29 March starts in winter time, Monday 30 in summer time
    assert policy.resets_at(daily_out, saturday, "Europe/Brussels") == utc(2026, 3, 28, 23, 0)
    assert policy.resets_at(weekly_out, saturday, "Europe/Brussels") == utc(2026, 3, 29, 22, 0)


# --- site policies ------------------------------------------------------------------------


def test_site_policy_overrides_the_city_wide_one(
    service: Service, site: str, station: StationIdentity, visitor: str
) -> None:
    service.directory.add_site("EPN Other")
    other = service.stations.authenticate(service.directory.add_station("OT-01", "EPN Other").token)
    service.directory.add_visitor("2002")
    PolicyAdmin(service.store).set(None, "*", policy.Limits(20, 120, 600), site)
    assert service.stations.sign_in(station, visitor, None).granted_seconds == 20 * 60
    assert service.stations.sign_in(other, "2002", None).granted_seconds == 3600
    [row] = audit_rows(service, "policy.set")
    assert json.loads(row["after"])["session_minutes"] == 20


def test_limits_prefer_the_most_specific_row() -> None:
    city = {"*": policy.Limits(60, 120, 600), "youth": policy.Limits(45, 90, 300)}
    site = {"*": policy.Limits(30, 60, 300), "senior": policy.Limits(90, 180, 600)}
    assert policy.limits_for("senior", city, site).session_minutes == 90
    assert policy.limits_for("youth", city, site).session_minutes == 45
    assert policy.limits_for("adult", city, site).session_minutes == 30
    assert policy.limits_for("adult", city).session_minutes == 60


def test_negative_site_policy_is_refused(service: Service, site: str) -> None:
    with pytest.raises(Refused, match="session_minutes must be 0 to 1440"):
        PolicyAdmin(service.store).set(None, "*", policy.Limits(-1, 60, 60), site)


# --- station info -------------------------------------------------------------------------


def test_station_info_has_message_hours_and_closing(
    service: Service, site: str, station: StationIdentity
) -> None:
    service.sites.set_day(site, "mon", "08:00-12:30,13:30-18:00")
    service.sites.set_text(site, "message", "fr", "Fermé vendredi après-midi")
    info = service.sites.station_info(station)
    assert info.today_hours == ["08:00-12:30", "13:30-18:00"]
    assert info.closes_at == to_iso(utc(2025, 3, 10, 11, 30))
    assert info.message == {"fr": "Fermé vendredi après-midi"}
    assert info.name == "RC-01"


# --- storing and auditing -----------------------------------------------------------------


def test_set_day_keeps_the_other_days_and_is_audited(service: Service, site: str) -> None:
    service.sites.set_day(site, "mon", "09:00-12:30,13:30-18:00")
    service.sites.set_day(site, "tue", "10:00-12:00")
    stored = service.sites.hours(None, site)
    assert stored.weekly == {"mon": ["09:00-12:30", "13:30-18:00"], "tue": ["10:00-12:00"]}
    second = audit_rows(service, "site.hours")[-1]
    assert json.loads(second["before"])["weekly"] == {"mon": ["09:00-12:30", "13:30-18:00"]}
    assert json.loads(second["after"])["weekly"]["tue"] == ["10:00-12:00"]
    assert second["target"] == f"site:{site}"


def test_close_and_exception_replace_each_other(service: Service, site: str) -> None:
    service.sites.close_date(site, "2025-12-24", "Christmas")
    service.sites.open_exception(site, "2025-12-24", "09:00-12:00")
    stored = service.sites.hours(None, site)
    assert stored.closed == []
    assert stored.exceptions == [ExceptionalDay(date="2025-12-24", hours=["09:00-12:00"])]
    service.sites.close_date(site, "2025-12-24", "Christmas")
    stored = service.sites.hours(None, site)
    assert stored.closed == [ClosedDate(date="2025-12-24", reason="Christmas")]
    assert stored.exceptions == []


@pytest.mark.parametrize(
    "bad",
    [
        SiteHours(weekly={"mon": ["09:00-13:00", "12:00-18:00"]}),
        SiteHours(weekly={"mon": ["18:00-09:00"]}),
        SiteHours(closed=[ClosedDate(date="2025-02-30")]),
        SiteHours(
            exceptions=[
                ExceptionalDay(date="2025-03-11", hours=["09:00-10:00"]),
                ExceptionalDay(date="2025-03-11", hours=["11:00-12:00"]),
            ]
        ),
    ],
)
def test_bad_schedule_is_refused_and_nothing_changes(
    service: Service, site: str, bad: SiteHours
) -> None:
    service.sites.set_day(site, "fri", "09:00-12:00")
    with pytest.raises(Refused) as caught:
        service.sites.put_hours(None, site, bad)
    assert caught.value.code == ErrorCode.INVALID_REQUEST
    assert service.sites.hours(None, site).weekly == {"fri": ["09:00-12:00"]}
    assert len(audit_rows(service, "site.hours")) == 1


def test_texts_per_language_and_empty_removes(service: Service, site: str) -> None:
    service.sites.set_text(site, "message", "fr", "Bonjour")
    service.sites.set_text(site, "message", "nl", "Hallo")
    service.sites.set_text(site, "charter", "en", "Be kind.")
    service.sites.set_text(site, "message", "fr", "  ")
    texts = service.sites.texts(None, site)
    assert texts.message == {"nl": "Hallo"}
    assert texts.charter == {"en": "Be kind."}


def test_text_in_an_unknown_language_is_refused(service: Service, site: str) -> None:
    with pytest.raises(Refused, match="language"):
        service.sites.set_text(site, "message", "de", "Hallo")


def test_staff_see_only_their_sites(service: Service, site: str) -> None:
    other_id = service.directory.add_site("EPN Other")
    staff = member(service, "anim", role="staff", sites=["EPN Other"])
    admin = member(service, "boss", role="admin")
    site_id = service.sites.list_sites(admin)[-1].id
    assert [s.name for s in service.sites.list_sites(staff)] == ["EPN Other"]
    with pytest.raises(Refused, match=ErrorCode.FORBIDDEN.value):
        service.sites.hours(staff, site_id)
    with pytest.raises(Refused, match=ErrorCode.FORBIDDEN.value):
        service.sites.put_hours(staff, 9999, SiteHours())
    with pytest.raises(Refused, match=ErrorCode.NOT_FOUND.value):
        service.sites.hours(admin, 9999)
    assert service.sites.put_hours(staff, other_id, SiteHours(weekly={"sat": ["10:00-12:00"]}))
    row = audit_rows(service, "site.hours")[-1]
    assert row["staff_id"] == staff.id
