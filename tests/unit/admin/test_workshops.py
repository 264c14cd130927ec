"""Workshops: a series' dates across DST, holds for the participants, capacity and waitlist,
twice refused, the no-show pause, attendance from sign-ins and ticks, training time outside
the allowance, bad input writing nothing; on a fake clock (Monday 2025-03-10, 09:00 Brussels).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from admin.core.actors import StationIdentity
from admin.core.errors import Refused
from admin.rules.session_rules import SessionRules
from admin.services import Service
from admin.workshops.rules import overlap_seconds, pause, series
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.holds import BookingRequest
from kiosk.protocol.station import Event, EventKind
from kiosk.protocol.workshops import (
    AttendanceMark,
    NoShowRule,
    RegistrationRequest,
    Titles,
    WorkshopRequest,
    WorkshopUpdate,
)
from tests.helpers.clock import FakeClock
from tests.unit.admin.conftest import SITE

BRUSSELS = ZoneInfo("Europe/Brussels")


def station(service: Service, name: str) -> StationIdentity:
    return service.stations.authenticate(service.directory.add_station(name, SITE).token)


@pytest.fixture
def room(service: Service, site: str) -> tuple[StationIdentity, StationIdentity]:
    rc01, rc02 = station(service, "RC-01"), station(service, "RC-02")
    for name in ("ann", "bob", "cid", "dee", "eve"):
        service.directory.add_visitor(name)
    service.directory.add_staff("anim", "secret-password", role="staff", sites=[SITE])
    return rc01, rc02


def request(**fields: Any) -> WorkshopRequest:
    values: dict[str, Any] = {
        "site": SITE,
        "kind": "initiation",
        "title": {"fr": "Mon CV en ligne"},
        "theme": "job-search",
        "animateur": "anim",
        "capacity": 2,
        "stations": ["RC-01", "RC-02"],
        "starts_at": "2025-03-10T14:00",
        "minutes": 120,
    }
    values.update(fields)
    return WorkshopRequest(**values)


def refusal(call: Any) -> Refused:
    with pytest.raises(Refused) as caught:
        call()
    return caught.value


def register(service: Service, workshop_id: int, who: str, **fields: Any) -> Any:
    return service.workshops.register(None, workshop_id, RegistrationRequest(visitor=who, **fields))


def audit_actions(service: Service) -> list[str]:
    return service.store.read(
        lambda db: [r["action"] for r in db.query("SELECT action FROM audit ORDER BY id")]
    )


def ended(seq: int, session_id: str, used: int) -> Event:
    return Event(
        event_id=str(uuid.uuid4()),
        seq=seq,
        kind=EventKind.SESSION_ENDED,
        at="2025-03-10T15:00",
        session_id=session_id,
        used_seconds=used,
        reason="visitor",
    )


# --- the pure rules ---------------------------------------------------------------------------


def test_a_weekly_series_keeps_its_wall_clock_across_the_dst_change() -> None:
    spans = series("2025-03-24T14:00", 90, 3, "Europe/Brussels")
    assert [s.astimezone(BRUSSELS).strftime("%Y-%m-%d %H:%M") for s, _ in spans] == [
        "2025-03-24 14:00",
        "2025-03-31 14:00",
        "2025-04-07 14:00",
    ]
    # 13:00 UTC before the clocks go forward on 30 March, 12:00 UTC after
    assert [s.astimezone(ZoneInfo("UTC")).hour for s, _ in spans] == [13, 12, 12]
    assert all(e - s == timedelta(minutes=90) for s, e in spans)


def test_the_pause_follows_the_limit_within_the_period() -> None:
    now = datetime(2025, 3, 20, 9, 0, tzinfo=BRUSSELS)
    missed = [datetime(2025, 3, d, 16, 0, tzinfo=BRUSSELS) for d in (3, 10, 17)]
    found = pause(missed, now, 3, 30, 30, "Europe/Brussels")
    assert found is not None and found.until == date(2025, 4, 16) and found.no_shows == 3
    assert pause(missed, now, None, 30, 30, "Europe/Brussels") is None  # off by default
    assert pause(missed, now, 4, 30, 30, "Europe/Brussels") is None
    assert pause(missed, now, 3, 10, 30, "Europe/Brussels") is None  # 14 days apart > 10
    assert (
        pause(missed, datetime(2025, 4, 16, 9, tzinfo=BRUSSELS), 3, 30, 30, "Europe/Brussels")
        is None
    )


def test_overlap_counts_each_second_once() -> None:
    start = datetime(2025, 3, 10, 14, tzinfo=BRUSSELS)
    end = start + timedelta(hours=2)
    spans = [
        (start - timedelta(minutes=10), start + timedelta(minutes=30)),
        (start + timedelta(minutes=20), start + timedelta(minutes=50)),
        (end - timedelta(minutes=5), end + timedelta(minutes=30)),
    ]
    assert overlap_seconds(start, end, spans) == (50 + 5) * 60


# --- workshops and their holds --------------------------------------------------------------


def test_a_series_holds_its_stations_at_each_date_across_dst(
    service: Service, room: Any, clock: FakeClock
) -> None:
    made = service.workshops.add(None, request(starts_at="2025-03-24T14:00", weeks=3))
    assert [d.starts_at for d in made.dates] == [
        "2025-03-24T13:00:00.000000+00:00",
        "2025-03-31T12:00:00.000000+00:00",
        "2025-04-07T12:00:00.000000+00:00",
    ]
    assert all(d.stations == ["RC-01", "RC-02"] for d in made.dates)
    holds = service.holds.listing(None).holds
    assert len(holds) == 6 and {h.kind for h in holds} == {"workshop"}
    assert {h.label for h in holds} == {"Mon CV en ligne"} and {h.workshop_id for h in holds} == {
        made.id
    }
    assert "workshop.create" in audit_actions(service)


def test_a_date_outside_hours_refuses_the_whole_series_and_writes_nothing(
    service: Service, room: Any
) -> None:
    service.sites.close_date(SITE, "2025-03-24", "holiday")
    before = audit_actions(service)
    refused = refusal(
        lambda: service.workshops.add(None, request(starts_at="2025-03-17T14:00", weeks=3))
    )
    assert refused.code == ErrorCode.HOLD_OUTSIDE_HOURS
    assert refused.details["reason"] == "closed_day" and refused.details["date"] == "2025-03-24"
    assert service.workshops.listing(None).workshops == []
    assert service.holds.listing(None).holds == []
    assert audit_actions(service) == before
    service.sites.set_day(SITE, "mon", "09:00-12:00")
    late = refusal(lambda: service.workshops.add(None, request()))
    assert late.code == ErrorCode.HOLD_OUTSIDE_HOURS and late.details["reason"] == "outside_hours"


def test_bad_input_is_refused_with_its_code(service: Service, room: Any) -> None:
    service.holds.book(
        None,
        BookingRequest(
            site=SITE,
            visitor="eve",
            stations=["RC-02"],
            starts_at="2025-03-10T15:00",
            ends_at="2025-03-10T16:00",
        ),
    )
    assert refusal(lambda: service.workshops.add(None, request())).code == ErrorCode.HOLD_OVERLAP
    assert refusal(lambda: service.workshops.add(None, request(theme="cooking"))).code == (
        ErrorCode.THEME_UNKNOWN
    )
    missing = refusal(lambda: service.workshops.add(None, request(title={"nl": "Mijn cv"})))
    assert missing.code == ErrorCode.WORKSHOP_TEXT_MISSING and missing.details["language"] == "fr"
    gap = refusal(
        lambda: service.workshops.add(
            None, request(starts_at="2025-03-30T02:30", stations=["RC-01"])
        )
    )
    assert gap.code == ErrorCode.HOLD_BAD_TIME
    with pytest.raises(ValueError):
        request(kind="party")
    with pytest.raises(ValueError):
        request(level="expert")
    with pytest.raises(ValueError):
        request(language="french")
    with pytest.raises(ValueError):
        request(code="ABCD")  # a code without walk-ins
    assert service.workshops.listing(None).workshops == []


# --- registrations ----------------------------------------------------------------------------


def test_capacity_fills_then_the_waitlist_is_promoted_on_cancel(
    service: Service, room: Any
) -> None:
    made = service.workshops.add(None, request())
    first = register(service, made.id, "ann")
    register(service, made.id, "bob")
    third = register(service, made.id, "cid")
    named = service.workshops.register(
        None, made.id, RegistrationRequest(name="Zoé", age_band="60-69", commune="jette")
    )
    assert (first.state, third.state, third.position) == ("registered", "waitlisted", 1)
    assert (named.state, named.position) == ("waitlisted", 2)
    hold = service.holds.listing(None).holds[0]
    assert sorted(hold.visitors) == ["ann", "bob"]  # the held stations admit the registered

    service.workshops.unregister(None, made.id, first.id)
    listed = service.workshops.registrations(None, made.id).registrations
    assert [(r.visitor or r.name, r.state, r.position) for r in listed] == [
        ("bob", "registered", None),
        ("cid", "registered", None),
        ("Zoé", "waitlisted", 1),
    ]
    assert sorted(service.holds.listing(None).holds[0].visitors) == ["bob", "cid"]
    assert "workshop.promote" in audit_actions(service)
    # a larger capacity promotes too; a smaller one than the registered is refused
    service.workshops.update(None, made.id, WorkshopUpdate(capacity=3))
    assert [r.state for r in service.workshops.registrations(None, made.id).registrations] == [
        "registered"
    ] * 3
    small = refusal(lambda: service.workshops.update(None, made.id, WorkshopUpdate(capacity=1)))
    assert small.code == ErrorCode.CAPACITY_TOO_SMALL and small.details["registered"] == 3


def test_registering_twice_is_refused(service: Service, room: Any) -> None:
    made = service.workshops.add(None, request())
    first = register(service, made.id, "ann")
    again = refusal(lambda: register(service, made.id, "ann"))
    assert again.code == ErrorCode.ALREADY_REGISTERED
    assert again.details == {"registration_id": first.id, "state": "registered"}
    service.workshops.unregister(None, made.id, first.id)
    assert register(service, made.id, "ann").state == "registered"  # after a cancel: again


def test_per_date_registration_needs_its_date(service: Service, room: Any) -> None:
    made = service.workshops.add(None, request(registration="date", weeks=2))
    refused = refusal(lambda: register(service, made.id, "ann"))
    assert (
        refused.code == ErrorCode.WORKSHOP_DATE_INVALID and refused.details["reason"] == "required"
    )
    second = made.dates[1]
    register(service, made.id, "ann", date_id=second.id)
    holds = {h.starts_at: h for h in service.holds.listing(None).holds}
    assert holds[second.starts_at].visitors == ["ann"]
    assert holds[made.dates[0].starts_at].visitors == []


# --- sign-in, attendance, training time -------------------------------------------------------


def test_a_participant_signs_in_on_a_held_station_and_is_marked_present(
    service: Service, room: Any, clock: FakeClock
) -> None:
    rc01, rc02 = room
    made = service.workshops.add(None, request(walk_ins=True, code="CV2025", capacity=3))
    register(service, made.id, "ann")
    register(service, made.id, "bob")
    clock.set(datetime(2025, 3, 10, 14, 5, tzinfo=BRUSSELS))
    refused = refusal(lambda: service.stations.sign_in(rc01, "cid", None))
    assert refused.code == ErrorCode.STATION_HELD and refused.details["code_accepted"] is True
    grant = service.stations.sign_in(rc01, "ann", None)
    assert grant.granted_seconds == 115 * 60 and grant.bound_by == "workshop"
    walk_in = service.stations.sign_in(rc02, "cid", None, hold_code="cv2025")
    clock.advance(minutes=40)
    service.stations.apply_events(rc01, [ended(1, grant.session_id, 40 * 60)])
    service.stations.apply_events(rc02, [ended(1, walk_in.session_id, 40 * 60)])
    clock.set(datetime(2025, 3, 10, 16, 30, tzinfo=BRUSSELS))
    [day] = service.workshops.attendance(None, made.id).dates
    people = {a.visitor: a for a in day.attendees}
    assert (people["ann"].present, people["ann"].minutes, people["ann"].no_show) == (
        True,
        40,
        False,
    )
    assert (people["bob"].present, people["bob"].no_show) == (False, True)
    assert (people["cid"].walk_in, people["cid"].minutes) == (True, 40)
    assert day.over


def test_staff_tick_and_untick_a_participant(service: Service, room: Any, clock: FakeClock) -> None:
    made = service.workshops.add(None, request())
    reg = register(service, made.id, "ann")
    date_id = made.dates[0].id
    early = refusal(
        lambda: service.workshops.mark(
            None, made.id, AttendanceMark(date_id=date_id, registration_id=reg.id, present=True)
        )
    )
    assert early.code == ErrorCode.WORKSHOP_DATE_INVALID
    clock.set(datetime(2025, 3, 10, 14, 30, tzinfo=BRUSSELS))
    marked = service.workshops.mark(
        None, made.id, AttendanceMark(date_id=date_id, registration_id=reg.id, present=True)
    )
    [ann] = marked.dates[0].attendees
    assert (ann.present, ann.ticked, ann.minutes) == (True, True, 120)
    marked = service.workshops.mark(
        None, made.id, AttendanceMark(date_id=date_id, registration_id=reg.id, present=False)
    )
    assert marked.dates[0].attendees[0].present is False
    assert "workshop.attend" in audit_actions(service)


def test_training_time_does_not_use_the_free_access_allowance(
    service: Service, room: Any, clock: FakeClock
) -> None:
    rc01, _ = room
    made = service.workshops.add(None, request())
    register(service, made.id, "ann")
    clock.set(datetime(2025, 3, 10, 14, 0, tzinfo=BRUSSELS))
    grant = service.stations.sign_in(rc01, "ann", None)
    clock.advance(minutes=90)
    service.stations.apply_events(rc01, [ended(1, grant.session_id, 90 * 60)])
    session = service.store.read(
        lambda db: next(db.query("SELECT purpose, workshop_date_id FROM sessions"))
    )
    assert session == {"purpose": "training", "workshop_date_id": made.dates[0].id}
    usage = service.ledger.show(None, "ann")
    assert (usage.today_seconds, usage.week_seconds) == (0, 0)
    # after the slot, free access gets the whole daily allowance (120 min), session 60
    clock.set(datetime(2025, 3, 10, 16, 5, tzinfo=BRUSSELS))
    assert service.stations.sign_in(rc01, "ann", None).granted_seconds == 60 * 60


def test_a_no_show_pause_refuses_with_its_date(
    service: Service, room: Any, clock: FakeClock
) -> None:
    service.workshops.put_no_show_rule(
        None, SITE, NoShowRule(limit=2, period_days=30, pause_days=30)
    )
    made = service.workshops.add(None, request(weeks=3))
    register(service, made.id, "ann")
    later = service.workshops.add(
        None, request(starts_at="2025-04-14T10:00", title={"fr": "Tablette"}, theme="web")
    )
    clock.set(datetime(2025, 3, 12, 9, 0, tzinfo=BRUSSELS))  # 10 March missed: one no-show
    assert register(service, later.id, "ann").state == "registered"
    clock.set(datetime(2025, 3, 18, 9, 0, tzinfo=BRUSSELS))  # 17 March missed too
    third = service.workshops.add(
        None, request(starts_at="2025-04-16T10:00", title={"fr": "Photos"}, theme="multimedia")
    )
    paused = refusal(lambda: register(service, third.id, "ann"))
    assert paused.code == ErrorCode.REGISTRATION_PAUSED
    assert paused.details == {"until": "2025-04-16", "no_shows": 2}
    assert register(service, third.id, "bob").state == "registered"  # others are not paused


def test_a_workshop_record_gathers_what_sheets_and_certificates_need(
    service: Service, room: Any, clock: FakeClock
) -> None:
    rc01, _ = room
    made = service.workshops.add(None, request(weeks=2, title={"fr": "CV", "en": "CV online"}))
    register(service, made.id, "ann")
    service.workshops.register(None, made.id, RegistrationRequest(name="Zoé"))
    clock.set(datetime(2025, 3, 10, 14, 0, tzinfo=BRUSSELS))
    grant = service.stations.sign_in(rc01, "ann", None)
    clock.advance(minutes=100)
    service.stations.apply_events(rc01, [ended(1, grant.session_id, 100 * 60)])
    clock.set(datetime(2025, 3, 17, 17, 0, tzinfo=BRUSSELS))
    record = service.workshops.record(None, made.id)
    assert record.title("en") == "CV online" and record.title("nl") == "CV"
    assert [d.starts.strftime("%d/%m %H:%M") for d in record.dates] == [
        "10/03 14:00",
        "17/03 14:00",
    ]
    people = {p.visitor or p.name: p for p in record.participants}
    assert people["ann"].minutes == 100 and people["ann"].dates_attended == 1
    assert [p.no_show for p in people["ann"].presences] == [False, True]
    assert people["Zoé"].minutes == 0 and record.animateur == "anim"


def test_cancelling_a_workshop_frees_its_stations(service: Service, room: Any) -> None:
    made = service.workshops.add(None, request(weeks=2))
    cancelled = service.workshops.cancel(None, made.id)
    assert cancelled.state == "cancelled" and {d.state for d in cancelled.dates} == {"cancelled"}
    assert service.holds.listing(None).holds == []
    again = refusal(lambda: register(service, made.id, "ann"))
    assert again.code == ErrorCode.WORKSHOP_CLOSED


def test_themes_are_managed_and_one_in_use_is_kept(service: Service, room: Any) -> None:
    codes = [t.code for t in service.workshops.themes().themes]
    assert {"web", "email", "office", "security", "job-search"} <= set(codes)
    service.workshops.put_theme(None, "cooking", Titles(fr="Cuisine"))
    assert "cooking" in [t.code for t in service.workshops.themes().themes]
    service.workshops.add(None, request(theme="cooking"))
    in_use = refusal(lambda: service.workshops.remove_theme(None, "cooking"))
    assert in_use.code == ErrorCode.THEME_IN_USE and in_use.details["workshops"] == 1
    service.workshops.remove_theme(None, "security")
    assert "security" not in [t.code for t in service.workshops.themes().themes]


def test_the_animateurs_card_is_admitted_and_not_counted(
    service: Service, room: Any, clock: FakeClock
) -> None:
    rc01, _ = room
    made = service.workshops.add(None, request(animateur_card="dee", capacity=1))
    register(service, made.id, "ann")
    assert sorted(service.holds.listing(None).holds[0].visitors) == ["ann", "dee"]
    clock.set(datetime(2025, 3, 10, 14, 0, tzinfo=BRUSSELS))
    assert service.stations.sign_in(rc01, "dee", None).granted_seconds > 0


def test_a_training_session_is_not_extended_automatically(
    service: Service, room: Any, clock: FakeClock
) -> None:
    rc01, _ = room
    SessionRules(service.store, service.clock).set(
        "adult", site=SITE, extend_minutes=10, extend_times=2, extend_min_free=0
    )
    made = service.workshops.add(None, request(stations=["RC-01"]))
    register(service, made.id, "ann")
    clock.set(datetime(2025, 3, 10, 14, 0, tzinfo=BRUSSELS))
    grant = service.stations.sign_in(rc01, "ann", None)
    clock.set(datetime(2025, 3, 10, 15, 58, tzinfo=BRUSSELS))
    near_end = Event(
        event_id=str(uuid.uuid4()),
        seq=1,
        kind=EventKind.HEARTBEAT,
        at="2025-03-10T15:58",
        session_id=grant.session_id,
        used_seconds=118 * 60,
        remaining_seconds=100,
    )
    assert not service.stations.apply_events(rc01, [near_end]).commands_queued


def test_staff_see_only_their_sites_workshops(service: Service, room: Any) -> None:
    made = service.workshops.add(None, request())
    service.directory.add_site("Other")
    service.directory.add_staff("elsewhere", "secret-password", role="staff", sites=["Other"])
    token = service.staff.login("elsewhere", "secret-password", "127.0.0.1").token
    member = service.staff.authenticate(token)
    assert service.workshops.listing(member).workshops == []
    hidden = refusal(lambda: service.workshops.show(member, made.id))
    assert hidden.code == ErrorCode.NOT_FOUND
    assert (
        refusal(
            lambda: service.workshops.register(member, made.id, RegistrationRequest(visitor="ann"))
        ).code
        == ErrorCode.NOT_FOUND
    )
    assert service.workshops.registrations(None, made.id).registrations == []
