"""Workshops over HTTP with the real server on a fake clock: a series made, a registration
and the waitlist, refusals with their codes, a participant's sign-in on a held station
marking them present, staff's tick, themes and the no-show rule."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from admin.client.staff_client import StaffClient
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.http import ApiError
from kiosk.protocol.paths import Paths
from kiosk.protocol.workshops import (
    AttendanceMark,
    NoShowRule,
    RegistrationRequest,
    Titles,
    WorkshopRequest,
    WorkshopUpdate,
)
from tests.helpers.clock import FakeClock
from tests.helpers.liveserver import add_staff, add_station, add_visitor

PASSWORD = "bibliotheque"
SITE = "EPN Test"


@pytest.fixture
def http(base_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, timeout=15) as client:
        yield client


@pytest.fixture
def staff(db_path: Path, base_url: str) -> Iterator[StaffClient]:
    add_staff(db_path, "anim", PASSWORD, role="staff", sites=[SITE])
    with StaffClient(base_url) as client:
        client.login("anim", PASSWORD)
        yield client


def request(**fields: object) -> WorkshopRequest:
    values: dict[str, object] = {
        "site": SITE,
        "kind": "initiation",
        "title": {"fr": "Mon CV en ligne", "en": "My CV online"},
        "theme": "job-search",
        "animateur": "anim",
        "capacity": 1,
        "stations": ["RC-01"],
        "starts_at": "2025-03-10T14:00",
        "minutes": 120,
        "weeks": 2,
    }
    values.update(fields)
    return WorkshopRequest.model_validate(values)


def test_a_workshop_over_the_api_from_creation_to_attendance(
    http: httpx.Client, db_path: Path, staff: StaffClient, clock: FakeClock
) -> None:
    token = add_station(db_path, "RC-01")
    for card in ("ann", "bob"):
        add_visitor(db_path, card)
    made = staff.add_workshop(request())
    assert len(made.dates) == 2 and made.dates[0].stations == ["RC-01"]
    assert [w.id for w in staff.workshops(made.site_id, since="2025-03-10T00:00")] == [made.id]

    ann = staff.register(made.id, RegistrationRequest(visitor="ann"))
    bob = staff.register(made.id, RegistrationRequest(visitor="bob"))
    assert (ann.state, bob.state, bob.position) == ("registered", "waitlisted", 1)
    with pytest.raises(ApiError) as twice:
        staff.register(made.id, RegistrationRequest(visitor="ann"))
    assert twice.value.code == ErrorCode.ALREADY_REGISTERED and twice.value.status == 409
    with pytest.raises(ApiError) as overlap:
        staff.add_workshop(request(weeks=1))
    assert overlap.value.code == ErrorCode.HOLD_OVERLAP

    # 14:05: ann signs in on the held PC and is present; bob is refused
    clock.advance(seconds=(6 * 60 + 5) * 60)
    headers = {"Authorization": f"Bearer {token}"}
    refused = http.post(Paths.STATION_SIGN_IN, json={"identifier": "bob"}, headers=headers)
    assert refused.json()["error"]["code"] == "STATION_HELD"
    signed = http.post(Paths.STATION_SIGN_IN, json={"identifier": "ann"}, headers=headers)
    assert signed.status_code == 200 and signed.json()["bound_by"] == "workshop"
    clock.advance(seconds=30 * 60)
    [first, _] = staff.attendance(made.id).dates
    [present] = first.attendees
    assert (present.visitor, present.present, present.minutes) == ("ann", True, 30)

    marked = staff.mark_attendance(
        made.id, AttendanceMark(date_id=first.date_id, registration_id=ann.id, present=False)
    )
    assert marked.dates[0].attendees[0].ticked is False

    # ann leaves the series: bob takes her place
    staff.unregister(made.id, ann.id)
    assert [(r.visitor, r.state) for r in staff.registrations(made.id)] == [("bob", "registered")]
    assert staff.update_workshop(made.id, WorkshopUpdate(capacity=3)).capacity == 3
    assert staff.cancel_workshop_date(made.id, made.dates[1].id).dates[1].state == "cancelled"


def test_refusals_themes_and_the_no_show_rule(db_path: Path, staff: StaffClient) -> None:
    add_station(db_path, "RC-01")
    with pytest.raises(ApiError) as theme:
        staff.add_workshop(request(theme="cooking"))
    assert theme.value.code == ErrorCode.THEME_UNKNOWN and theme.value.status == 422
    with pytest.raises(ApiError) as title:
        staff.add_workshop(request(title={"nl": "Mijn cv"}))
    assert title.value.code == ErrorCode.WORKSHOP_TEXT_MISSING
    with pytest.raises(ApiError) as past:
        staff.add_workshop(request(starts_at="2025-03-03T14:00"))
    assert past.value.code == ErrorCode.HOLD_BAD_TIME
    assert staff.workshops() == []
    assert "web" in [t.code for t in staff.workshop_themes()]
    with pytest.raises(ApiError) as not_admin:
        staff.put_workshop_theme("cooking", Titles(fr="Cuisine"))
    assert not_admin.value.code == ErrorCode.FORBIDDEN
    site_id = staff.sites()[0].id
    assert staff.no_show_rule(site_id).limit is None
    rule = staff.put_no_show_rule(site_id, NoShowRule(limit=3, period_days=60, pause_days=30))
    assert (rule.limit, rule.period_days) == (3, 60)
