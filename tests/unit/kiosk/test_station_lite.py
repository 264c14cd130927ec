"""The pydantic-free reader of the server's answers agrees with the models it is generated from."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest
from pydantic import ValidationError

from kiosk.protocol import lite
from kiosk.protocol.commands import parse_commands
from kiosk.protocol.station_answers import ANSWERS, RECORDS, REQUESTS, answers_schema
from kiosk.protocol.station_schema import ANSWERS_SCHEMA

SITE = {"id": 1, "name": "Library"}
STATION = {
    "id": 7,
    "name": "PC-07",
    "site": SITE,
    "heartbeat_seconds": 5.0,
    "enabled": False,
    "disabled_reason": "screen broken",
    "timezone": "Europe/Brussels",
    "message": {"fr": "Bonjour", "nl": "Hallo"},
    "today_hours": ["09:00-12:00", "13:00-18:00"],
    "closes_at": "2026-12-07T18:00:00+01:00",
}
VISITOR = {"identifier": "2100005678", "display_name": "Jan", "category": "adult"}
APP = {
    "id": "firefox",
    "names": {"fr": "Navigateur"},
    "icon": "firefox",
    "commands": {"linux": "firefox"},
    "processes": ["firefox", "/usr/lib/firefox/firefox"],
}
GRANT = {
    "session_id": "s-1",
    "visitor": VISITOR,
    "granted_seconds": 1800,
    "warning_seconds": [600, 60],
    "apps": [APP],
    "closes_in_seconds": 3600,
    "allowance_seconds": 7200,
    "daily_seconds": 7200,
    "charter": {"fr": "Règles"},
}
STATUS = {
    "id": 9,
    "station": "PC-07",
    "kind": "extend",
    "status": "applied",
    "created_at": "2026-12-07T10:00:00+00:00",
}

VALID: list[tuple[str, Any]] = [
    ("StationInfo", STATION),
    ("StationInfo", {"id": 1, "name": "A", "site": SITE}),  # defaults filled
    ("StationInfo", {**STATION, "newer_field": [1, 2]}),  # a newer server's field: ignored
    ("Grant", GRANT),
    (
        "Grant",
        {"session_id": "s", "visitor": {"identifier": "x", "category": "c"}, "granted_seconds": 1},
    ),
    ("Grant", {**GRANT, "closes_in_seconds": None, "charter": None, "apps": []}),
    ("EventsAccepted", {"accepted": ["e-1", "e-2"]}),
    ("EventsAccepted", {"accepted": []}),
    ("ErrorReportsAccepted", {"accepted": ["r-1"]}),
    (
        "StationStaffLogin",
        {
            "token": "t",
            "expires_at": "2026-12-07T10:00:00+00:00",
            "staff": {"username": "ann", "role": "staff", "site_ids": [1, 2]},
            "station": "PC-07",
        },
    ),
    ("StationStaffDone", {"kind": "extend", "staff": "ann", "station": "PC-07", "command": STATUS}),
    ("StationStaffDone", {"kind": "maintenance", "staff": "ann", "station": "PC-07"}),
    ("EnrollResponse", {"token": "secret", "station": STATION}),
    ("Command", {"id": 1, "kind": "extend", "minutes": 15, "created_at": "now"}),
    ("Command", {"id": 2, "kind": "sign_in", "created_at": "now", "grant": GRANT}),
    ("Command", {"id": 3, "kind": "message", "text": "Closing soon", "created_at": "now"}),
    ("UnknownCommand", {"id": 4, "kind": "teleport", "session_id": "s-1"}),
    ("UnknownCommand", {"id": 5}),
    ("ApiErrorEnvelope", {"error": {"code": "BAD_CREDENTIALS", "message": "no"}}),
    (
        "ApiErrorEnvelope",
        {"error": {"code": "NOT_FOUND", "message": "gone", "details": {"tries_left": 2}}},
    ),
]

INVALID: list[tuple[str, Any]] = [
    ("StationInfo", {"id": 1, "name": "A"}),  # site missing
    ("StationInfo", {**STATION, "site": {"id": 1}}),
    ("StationInfo", {**STATION, "message": {"fr": 3}}),
    ("StationInfo", {**STATION, "today_hours": "09:00-12:00"}),
    ("StationInfo", []),
    ("Grant", {**GRANT, "granted_seconds": 0}),  # gt=0
    ("Grant", {**GRANT, "closes_in_seconds": -1}),
    ("Grant", {**GRANT, "allowance_seconds": 10**12}),
    ("Grant", {**GRANT, "apps": [{"names": {}}]}),  # an app without id
    ("Grant", {**GRANT, "visitor": {"identifier": "x"}}),
    ("EventsAccepted", {"accepted": [1]}),
    ("EventsAccepted", {}),
    ("ErrorReportsAccepted", {"accepted": "r-1"}),
    ("StationStaffLogin", {"token": "t", "expires_at": "x", "station": "s"}),
    (
        "StationStaffLogin",
        {
            "token": "t",
            "expires_at": "x",
            "staff": {"username": "ann", "role": "owner", "site_ids": []},
            "station": "s",
        },
    ),
    ("StationStaffDone", {"kind": "dance", "staff": "ann", "station": "PC-07"}),
    (
        "StationStaffDone",
        {**{"kind": "extend", "staff": "a", "station": "s"}, "command": {"id": 1}},
    ),
    ("EnrollResponse", {"token": "secret"}),
    ("Command", {"id": 1, "kind": "teleport", "created_at": "now"}),
    ("Command", {"id": 1, "kind": "extend"}),  # created_at missing
    ("Command", {"id": 2, "kind": "sign_in", "created_at": "now", "grant": {"session_id": "s"}}),
    ("UnknownCommand", {"kind": "extend"}),  # no id: cannot be acknowledged
    ("UnknownCommand", {"id": None}),
    ("ApiErrorEnvelope", {"error": {"code": "NO_SUCH_CODE", "message": "x"}}),
    ("ApiErrorEnvelope", {"code": "NOT_FOUND", "message": "x"}),
]


def test_committed_schema_is_up_to_date() -> None:
    assert answers_schema() == ANSWERS_SCHEMA, (
        "kiosk/protocol/station_schema.py is out of date: run "
        "`.venv/bin/python scripts/station_schema.py` and commit it"
    )


def test_every_answer_has_a_case() -> None:
    assert {name for name, _ in VALID} == set(ANSWERS)
    assert {name for name, _ in INVALID} == set(ANSWERS)


@pytest.mark.parametrize(("model", "body"), VALID)
def test_both_engines_read_the_same_answer(model: str, body: Any) -> None:
    expected = ANSWERS[model].model_validate(body)
    read = lite.read_answer(model, body)
    assert read == expected
    assert read.model_name == model
    assert lite.jsonable(read) == expected.model_dump(mode="json")


@pytest.mark.parametrize(("model", "body"), INVALID)
def test_both_engines_refuse_the_same_answer(model: str, body: Any) -> None:
    with pytest.raises(ValidationError):
        ANSWERS[model].model_validate(body)
    with pytest.raises(lite.LiteError):
        lite.read_answer(model, body)


@pytest.mark.parametrize(
    "data",
    [
        {"commands": []},
        {"commands": [body for name, body in VALID if name in ("Command", "UnknownCommand")]},
        {"commands": [body for name, body in INVALID if name in ("Command", "UnknownCommand")]},
    ],
)
def test_the_command_long_poll_is_read_alike(data: dict[str, Any]) -> None:
    expected = parse_commands(data)
    read = lite.read_commands(data)
    assert [r.model_name for r in read] == [type(c).__name__ for c in expected]
    assert read == expected


@pytest.mark.parametrize("data", [None, [], {"commands": {"id": 1}}, {}])
def test_a_body_that_is_no_command_list_is_refused_alike(data: Any) -> None:
    with pytest.raises(ValueError):
        parse_commands(data)
    with pytest.raises(ValueError):
        lite.read_commands(data)


def test_reading_the_answers_loads_no_pydantic() -> None:
    code = (
        "import sys\n"
        "from kiosk.protocol import lite\n"
        f"for model, body in {VALID!r}:\n"
        "    lite.read_answer(model, body)\n"
        "lite.read_commands({'commands': [{'id': 1, 'kind': 'end', 'created_at': 'now'}]})\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('pydantic', 'pydantic_core'))\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


# --- what the station sends and keeps ---------------------------------------------------------

PREFERENCES = {"language": "nl", "text_size": 1.5, "contrast": True}
EVENT = {"event_id": "e-0000001", "seq": 3, "kind": "heartbeat", "at": "2026-12-07T10:00:00"}
REPORT = {
    "report_id": "r-0000001",
    "at": "2026-12-07T10:00:00",
    "level": "ERROR",
    "logger": "epn.kiosk.guard",
    "message": "boom",
}

REQUESTS_VALID: list[tuple[str, dict[str, Any]]] = [
    ("SignInRequest", {"identifier": "2100005678"}),
    ("SignInRequest", {"identifier": "G-12", "pin": "1234", "preferences": PREFERENCES}),
    ("SignInRequest", {"identifier": "x", "preferences": {"language": "fr"}}),
    ("EventBatch", {"events": []}),
    (
        "EventBatch",
        {
            "events": [
                {**EVENT, "session_id": "s-1", "used_seconds": 60, "alerts": ["no_screen"]},
                {**EVENT, "seq": 4, "kind": "session_ended", "reason": "time_up"},
                {**EVENT, "seq": 5, "kind": "preferences_changed", "preferences": PREFERENCES},
            ]
        },
    ),
    ("ErrorReportBatch", {"reports": [REPORT, {**REPORT, "count": 3}]}),
    ("StationStaffLoginRequest", {"username": "ann", "secret": "pw"}),
    ("StationStaffAction", {"token": "t", "kind": "extend", "minutes": 15, "request_id": "r"}),
    ("StationStaffAction", {"token": "t", "kind": "quit"}),
    ("StationStaffLogout", {"token": "t"}),
    ("EnrollRequest", {"code": "ABCD-1234"}),
    ("EnrollRequest", {"code": "ABCD 1234", "agent_version": "1.2", "station": "PC-07"}),
]

REQUESTS_INVALID: list[tuple[str, dict[str, Any]]] = [
    ("SignInRequest", {"identifier": ""}),
    ("SignInRequest", {"identifier": ".."}),
    ("SignInRequest", {"identifier": "a/b"}),
    ("SignInRequest", {"identifier": "x" * 200}),
    ("SignInRequest", {"identifier": "x", "pin": "1" * 200}),
    ("SignInRequest", {"identifier": "x", "preferences": {"text_size": 3.0}}),
    ("SignInRequest", {"identifier": "x", "preferences": {"language": "de"}}),
    ("EventBatch", {"events": [{**EVENT, "seq": 0}]}),
    ("EventBatch", {"events": [{**EVENT, "kind": "dance"}]}),
    ("EventBatch", {"events": [{**EVENT, "alerts": ["on_fire"]}]}),
    ("EventBatch", {"events": [{**EVENT, "event_id": "short"}]}),
    ("ErrorReportBatch", {"reports": [{**REPORT, "level": "X" * 17}]}),
    ("ErrorReportBatch", {"reports": [REPORT] * 101}),
    ("StationStaffLoginRequest", {"username": "", "secret": "pw"}),
    ("StationStaffAction", {"token": "t", "kind": "extend", "minutes": 0}),
    ("StationStaffLogout", {"token": ""}),
    ("EnrollRequest", {"code": "ab"}),
    ("EnrollRequest", {"code": "A" * 33}),
]

RECORDS_VALID: list[tuple[str, Any]] = [
    ("Event", {**EVENT, "kind": "command_applied", "command_id": 4, "ok": True}),
    ("Event", {**EVENT, "preferences": PREFERENCES, "alerts": ["lockdown_partial"]}),
    ("ErrorReport", REPORT),
    ("VisitorInfo", VISITOR),
    ("VisitorInfo", {**VISITOR, "preferences": PREFERENCES}),
    ("AppEntry", APP),
    ("AppEntry", {"id": "calc"}),
    ("VisitorPreferences", PREFERENCES),
    ("VisitorPreferences", {}),
    ("StationInfo", STATION),
]

RECORDS_INVALID: list[tuple[str, Any]] = [
    ("Event", {**EVENT, "used_seconds": -1}),
    ("Event", {**EVENT, "at": None}),
    ("ErrorReport", {**REPORT, "count": 0}),
    ("VisitorInfo", {"identifier": "x"}),
    ("AppEntry", {"id": "x", "processes": "firefox"}),
    ("VisitorPreferences", {"contrast": "yes"}),
    ("VisitorPreferences", {"colour": "red"}),  # extra="forbid"
    ("StationInfo", {"id": 1}),
]


def test_every_request_and_record_has_a_case() -> None:
    assert {name for name, _ in REQUESTS_VALID} == set(REQUESTS)
    assert {name for name, _ in REQUESTS_INVALID} == set(REQUESTS)
    assert {name for name, _ in RECORDS_VALID} == set(RECORDS)
    assert {name for name, _ in RECORDS_INVALID} == set(RECORDS)


@pytest.mark.parametrize(("model", "body"), REQUESTS_VALID)
def test_both_engines_write_the_same_request(model: str, body: dict[str, Any]) -> None:
    assert lite.write_request(model, **body) == REQUESTS[model](**body).model_dump(mode="json")


@pytest.mark.parametrize(("model", "body"), REQUESTS_INVALID)
def test_both_engines_refuse_the_same_request(model: str, body: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        REQUESTS[model](**body)
    with pytest.raises(lite.LiteError):
        lite.write_request(model, **body)


@pytest.mark.parametrize(("model", "body"), RECORDS_VALID)
def test_both_engines_read_the_same_record(model: str, body: Any) -> None:
    expected = RECORDS[model].model_validate(body)
    read = lite.read_record(model, body)
    assert read == expected
    assert lite.station_record(model, **body) == expected
    assert lite.jsonable(read) == expected.model_dump(mode="json")
    assert lite.model_name(read) == lite.model_name(expected) == model


@pytest.mark.parametrize(("model", "body"), RECORDS_INVALID)
def test_both_engines_refuse_the_same_record(model: str, body: Any) -> None:
    with pytest.raises(ValidationError):
        RECORDS[model].model_validate(body)
    with pytest.raises(lite.LiteError):
        lite.read_record(model, body)
