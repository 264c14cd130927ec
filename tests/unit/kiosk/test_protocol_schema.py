"""The JSON schema of the request models says what the server refuses (issue: the schema is the
contract): each body below is judged by the model's schema as the server judges it."""

from __future__ import annotations

import re
from typing import Any

import jsonschema_rs
import pytest
from pydantic import BaseModel, ValidationError

from admin.core.errors import Refused
from admin.reports.audit_log import parse_moment
from admin.stations.commands import normalise
from kiosk.protocol.catalogue import AppSpec, ProfileAssignment, ProfileCreate, StationAppsChange
from kiosk.protocol.commands import CommandKind, CommandRequest
from kiosk.protocol.limits import MAX_JSON_INT, MAX_STATION_ALERTS
from kiosk.protocol.people import VisitorDisable, VisitorUpdate
from kiosk.protocol.rules import SessionRuleChange
from kiosk.protocol.sites import ExceptionalDay
from kiosk.protocol.station import EnrollRequest, Event, StationAlert
from kiosk.protocol.text import ENROLMENT_CODE_PATTERN, MOMENT_PATTERN


def allows(model: type[BaseModel], body: Any) -> bool:
    """Whether the model's JSON schema (the one the API publishes) allows ``body``."""
    return jsonschema_rs.validator_for(model.model_json_schema()).is_valid(body)


def server_accepts_command(body: dict[str, Any]) -> bool:
    try:
        normalise(CommandRequest.model_validate(body))
    except (Refused, ValidationError):
        return False
    return True


@pytest.mark.parametrize(
    "body",
    [
        {"kind": "extend", "minutes": 10},
        {"kind": "extend", "minutes": 10, "after_hours": True},
        {"kind": "extend"},
        {"kind": "extend", "minutes": None},
        {"kind": "extend", "seconds": 60},
        {"kind": "set_time", "seconds": 600},
        {"kind": "set_time", "minutes": 10},
        {"kind": "message", "text": "Fermeture dans 10 minutes"},
        {"kind": "message", "text": "  \n "},
        {"kind": "message"},
        {"kind": "sign_in", "identifier": "1001"},
        {"kind": "sign_in"},
        {"kind": "sign_in", "identifier": " "},
        {"kind": "disable"},
        {"kind": "disable", "reason": "écran cassé"},
        {"kind": "end"},
        {"kind": "lock", "minutes": 5},
        {"kind": "enable"},
    ],
)
def test_each_command_kind_has_its_argument_in_the_schema(body: dict[str, Any]) -> None:
    assert allows(CommandRequest, body) == server_accepts_command(body), body


def test_the_command_schema_has_one_branch_per_kind() -> None:
    branches = CommandRequest.model_json_schema()["oneOf"]
    kinds = [branch["properties"]["kind"]["const"] for branch in branches]
    assert sorted(kinds) == sorted(kind.value for kind in CommandKind)
    # the Python callers keep one class: a kind without its argument is still buildable
    assert CommandRequest(kind="end").minutes is None


@pytest.mark.parametrize(
    ("body", "allowed"),
    [
        ({"category": "adult"}, True),
        ({"category": "adult", "site": "EPN Centre"}, True),
        ({"visitor": "1001"}, True),
        ({}, False),
        ({"category": "adult", "visitor": "1001"}, False),
        ({"visitor": "1001", "site": "EPN Centre"}, False),
        ({"category": None, "visitor": None}, False),
    ],
)
def test_a_profile_goes_to_a_category_or_a_visitor(body: dict[str, Any], allowed: bool) -> None:
    assert allows(ProfileAssignment, body) is allowed


@pytest.mark.parametrize(
    ("body", "allowed"),
    [
        ({"mode": "allow", "apps": ["firefox"]}, True),
        ({"mode": "deny", "apps": ["gimp", "firefox"]}, True),
        ({}, True),
        ({"mode": None, "apps": []}, True),
        ({"apps": ["firefox"]}, False),
        ({"mode": "allow"}, False),
        ({"mode": "allow", "apps": []}, False),
    ],
)
def test_a_station_restriction_is_a_mode_with_apps_or_nothing(
    body: dict[str, Any], allowed: bool
) -> None:
    assert allows(StationAppsChange, body) is allowed


@pytest.mark.parametrize(
    ("body", "allowed"),
    [
        ({"extend_minutes": 0}, True),
        ({"warning_seconds": [300, 60], "site_id": 2}, True),
        ({}, False),
        ({"site_id": 2}, False),
        ({"extend_minutes": None, "warning_seconds": None}, False),
    ],
)
def test_session_rules_set_one_value_at_least(body: dict[str, Any], allowed: bool) -> None:
    assert allows(SessionRuleChange, body) is allowed


def test_an_app_needs_a_name_and_a_command_line() -> None:
    good = {"id": "firefox", "names": {"fr": "Firefox"}, "commands": {"linux": "firefox"}}
    assert allows(AppSpec, good) and AppSpec.model_validate(good)
    for missing in ("names", "commands"):
        bad = {**good, missing: {}}
        assert not allows(AppSpec, bad)
        with pytest.raises(ValidationError):
            AppSpec.model_validate(bad)
    assert not allows(AppSpec, {**good, "names": {"fr": "   "}})


def test_event_numbers_stay_exact_in_json() -> None:
    event = {"event_id": "e" * 8, "kind": "heartbeat", "at": "2025-03-10T08:00:00Z"}
    assert allows(Event, {**event, "seq": MAX_JSON_INT})
    assert Event.model_validate({**event, "seq": MAX_JSON_INT}).seq == 2**53 - 1
    assert not allows(Event, {**event, "seq": 2**53})
    with pytest.raises(ValidationError):
        Event.model_validate({**event, "seq": 2**53})
    with pytest.raises(ValidationError):
        Event.model_validate({**event, "seq": 1, "command_id": 2**53})


HEARTBEAT = {"event_id": "e" * 8, "seq": 1, "kind": "heartbeat", "at": "2025-03-10T08:00:00Z"}


@pytest.mark.parametrize(
    ("alerts", "allowed"),
    [
        ([], True),
        (["unprotected_session", "no_screen", "home_reset_failed", "lockdown_partial"], True),
        (["no_screen"] * MAX_STATION_ALERTS, True),
        (["no_screen"] * (MAX_STATION_ALERTS + 1), False),
        (["wayland"], False),
        (["NO_SCREEN"], False),
        ("no_screen", False),
        ([None], False),
    ],
)
def test_a_heartbeats_alerts_are_known_codes(alerts: Any, allowed: bool) -> None:
    body = {**HEARTBEAT, "alerts": alerts}
    assert allows(Event, body) == allowed
    if allowed:
        event = Event.model_validate(body)
        assert event.alerts == [StationAlert(code) for code in alerts]
        # as the outbox keeps it and the server reads it
        assert Event.model_validate_json(event.model_dump_json()) == event
    else:
        with pytest.raises(ValidationError):
            Event.model_validate(body)


def test_a_heartbeat_of_an_older_station_has_no_alerts() -> None:
    assert allows(Event, HEARTBEAT)
    assert Event.model_validate(HEARTBEAT).alerts == []


@pytest.mark.parametrize("name", ["Emploi", "Salle 2", "BXL-0042.a"])
def test_names_the_server_keeps_are_in_the_schema(name: str) -> None:
    assert allows(ProfileCreate, {"name": name})


@pytest.mark.parametrize("name", [" ", " Emploi", "Emploi ", "\u00a0x", ".", "..", "a/b"])
def test_names_the_server_refuses_or_changes_are_not(name: str) -> None:
    assert not allows(ProfileCreate, {"name": name})


def test_a_visitors_category_may_be_left_out_not_cleared() -> None:
    assert allows(VisitorUpdate, {"notes": None})
    assert allows(VisitorUpdate, {"category": "senior"})
    assert not allows(VisitorUpdate, {"category": None})


def test_a_disablement_has_a_reason_with_words() -> None:
    assert allows(VisitorDisable, {"reason": "impayé"})
    assert not allows(VisitorDisable, {"reason": "   "})


@pytest.mark.parametrize(
    ("hours", "allowed"),
    [
        ("09:00-12:30", True),
        ("13:30-24:00", True),
        ("00:00-23:59", True),
        ("40:47-41:00", False),
        ("09:60-10:00", False),
        ("24:00-24:00", False),
        ("09:00-24:01", False),
    ],
)
def test_opening_hours_are_times_of_day(hours: str, allowed: bool) -> None:
    assert allows(ExceptionalDay, {"date": "2025-12-24", "hours": [hours]}) is allowed


@pytest.mark.parametrize(
    ("day", "allowed"),
    [("2025-12-24", True), ("2025-12-31", True), ("0000-00-00", False), ("2025-02-30", False)],
)
def test_dates_are_calendar_days(day: str, allowed: bool) -> None:
    assert allows(ExceptionalDay, {"date": day, "hours": ["09:00-12:00"]}) is allowed


@pytest.mark.parametrize(
    "moment",
    ["2025-03-10", "2025-03-10T08:00", "2025-03-10T08:00:00.5Z", "2025-03-10T08:00:00+01:00"],
)
def test_audit_moments_in_the_schema_are_read_by_the_server(moment: str) -> None:
    assert re.fullmatch(MOMENT_PATTERN, moment)
    assert parse_moment(moment)


@pytest.mark.parametrize("moment", ["yesterday", "2025-13-01", "2025-03-10 08:00:00 CET"])
def test_audit_moments_the_server_cannot_read_are_not_in_the_schema(moment: str) -> None:
    assert not re.fullmatch(MOMENT_PATTERN, moment)


def test_enrolment_codes_as_typed() -> None:
    for code in ("ABCD2345", "abcd-2345", "ABCD 2345"):
        assert re.fullmatch(ENROLMENT_CODE_PATTERN, code)
        assert allows(EnrollRequest, {"code": code})
    for code in ("\tABCD", " ABCD2345", "AB--CD"):
        assert not allows(EnrollRequest, {"code": code})
