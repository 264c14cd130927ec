"""The screen's pydantic-free reader of the socket agrees with the models it is generated from."""

from __future__ import annotations

import json
from typing import Any

import pytest

from kiosk.protocol import lite
from kiosk.protocol.enums import CommandKind, EndReason, StationStaffKind
from kiosk.protocol.screen import (
    EVENTS,
    METHODS,
    Call,
    Hello,
    Refused,
    Reply,
    ScreenState,
    StateUpdate,
    Welcome,
    WireError,
    decode_arguments,
    decode_message,
    encode_message,
    event_message,
    event_types,
    lite_schema,
    method_types,
)
from kiosk.protocol.screen_port import SessionView
from kiosk.protocol.screen_schema import SCHEMA

VISITOR = {"identifier": "2100005678", "display_name": "Jan", "category": "adult"}
VIEW = {
    "session_id": "s-1",
    "visitor": VISITOR,
    "remaining_seconds": 1800,
    "used_seconds": 0,
    "allowed_seconds": 1800,
}
STATION = {
    "id": 7,
    "name": "PC-07",
    "site": {"id": 1, "name": "Library"},
    "heartbeat_seconds": 5.0,
    "enabled": False,
    "disabled_reason": "screen broken",
    "timezone": "Europe/Brussels",
    "message": {"fr": "Bonjour", "nl": "Hallo"},
    "today_hours": ["09:00-12:00", "13:00-18:00"],
    "closes_at": "2026-12-07T18:00:00+01:00",
}
STATE = {
    "fault": None,
    "online": True,
    "station_info": STATION,
    "view": VIEW,
    "away_seconds": 120,
    "staff_locked": True,
    "last_end": {"session_id": "s-0", "reason": "idle"},
    "quit_minutes": 30,
}


def _line(message: dict[str, Any]) -> bytes:
    return json.dumps(message).encode() + b"\n"


VALID = [
    {"type": "welcome", "version": [1, 0], "state": STATE},
    {"type": "welcome", "version": [1, 3], "state": {}},
    {"type": "state", "state": {**STATE, "maintenance_seconds": 600, "view": None}},
    {"type": "state", "state": {"station_info": STATION, "unknown": 1}},  # extra: ignored
    {"type": "refused", "reason": "another account"},
    {"type": "reply", "id": 3, "value": {"any": ["thing"]}},
    {
        "type": "reply",
        "id": 4,
        "error": {"kind": "api", "message": "no", "code": "BAD_CREDENTIALS", "details": {"t": 2}},
    },
    {"type": "event", "name": "session_did_end", "args": ["s-1", "idle"]},
    {"type": "event", "name": "station_did_enable"},
]

INVALID = [
    {"type": "bogus"},
    {"type": "welcome", "version": [1, 0]},  # missing
    {"type": "welcome", "version": [1], "state": {}},  # a tuple too short
    {"type": "welcome", "version": [1, 0, 0], "state": {}},  # too long
    {"type": "welcome", "version": [1, "x"], "state": {}},
    {"type": "state", "state": {"online": [1]}},  # wrong type
    {"type": "state", "state": {"station_info": {**STATION, "id": "seven"}}},  # nested
    {"type": "state", "state": {"station_info": {**STATION, "site": None}}},
    {"type": "state", "state": {"station_info": {k: v for k, v in STATION.items() if k != "site"}}},
    {"type": "state", "state": {"station_info": {**STATION, "message": {"fr": 3}}}},
    {"type": "state", "state": {"station_info": {**STATION, "today_hours": "09:00-12:00"}}},
    {"type": "state", "state": {"view": {**VIEW, "remaining_seconds": "long"}}},
    {"type": "state", "state": {"view": {**VIEW, "visitor": {"identifier": "x"}}}},
    {"type": "state", "state": {"last_end": {"session_id": "s-0", "reason": "bored"}}},  # enum
    {"type": "state", "state": {"away_seconds": 1.5}},
    {"type": "state", "state": "everything"},
    {"type": "refused"},
    {"type": "refused", "reason": None},
    {"type": "reply", "value": 1},
    {"type": "reply", "id": 1, "error": {"kind": "k" * 33}},  # too long
    {"type": "reply", "id": 1, "error": {"message": "no kind"}},
    {"type": "reply", "id": 1, "error": {"kind": "api", "details": []}},
    {"type": "event", "args": []},
    {"type": "event", "name": "x", "args": {"a": 1}},
]


def test_the_committed_schema_is_the_models() -> None:
    assert lite_schema() == SCHEMA, (
        "kiosk/protocol/screen_schema.py is out of date: run "
        "`.venv/bin/python scripts/screen_schema.py` and commit it"
    )


@pytest.mark.parametrize("message", VALID)
def test_both_read_a_valid_message_alike(message: dict[str, Any]) -> None:
    line = _line(message)
    assert lite.read_message(line) == decode_message(line)


@pytest.mark.parametrize("message", INVALID)
def test_both_refuse_an_invalid_message(message: dict[str, Any]) -> None:
    line = _line(message)
    with pytest.raises(ValueError):
        decode_message(line)
    with pytest.raises(lite.LiteError):
        lite.read_message(line)


def test_the_screen_refuses_what_only_it_sends_and_what_is_not_json() -> None:
    for line in (_line({"type": "hello"}), _line({"type": "call", "id": 1, "method": "x"})):
        decode_message(line)  # the service reads these
        with pytest.raises(lite.LiteError):
            lite.read_message(line)
    with pytest.raises(lite.LiteError):
        lite.read_message(b"{not json\n")


def test_a_decoded_message_is_read_only_and_typed_as_pydantic_decodes_it() -> None:
    welcome = lite.read_message(_line(VALID[0]))
    state = welcome.state
    assert welcome.version == (1, 0)
    assert isinstance(state.view, SessionView)
    assert state.view.visitor.display_name == "Jan"
    assert state.last_end.reason is EndReason.IDLE
    assert state.station_info.site.name == "Library"
    assert state.station_info.heartbeat_seconds == 5.0
    assert state.enabled is True and state.maintenance_seconds is None  # defaults
    with pytest.raises(AttributeError):
        state.online = False
    with pytest.raises(AttributeError):
        _ = state.no_such_field


RESULTS: dict[str, tuple[list[Any], list[Any]]] = {
    "sign_in": ([VIEW], [{**VIEW, "visitor": None}, None]),
    "end_session": ([True, False], [None, [True]]),
    "apps": (
        [[], [{"id": "firefox", "names": {"fr": "Firefox"}, "processes": ["firefox"]}]],
        [None, [{"names": {}}], [{"id": "a", "commands": {"linux": 1}}]],
    ),
    "launch": ([None], [1, "x"]),
    "pending_charter": ([None, {"fr": "Règles"}], [{"fr": 1}, ["fr"]]),
    "locks.lock_away": ([300], [None, "many", 2.5]),
    "locks.away_seconds_left": ([None, 0], ["x"]),
    "staff.sign_in": (
        [
            {
                "token": "t",
                "expires_at": "2026-12-07T18:00:00Z",
                "staff": {"username": "ann", "role": "staff", "site_ids": [1, 2]},
                "station": "PC-07",
            }
        ],
        [
            {"token": "t", "expires_at": "x", "station": "PC-07"},
            {
                "token": "t",
                "expires_at": "x",
                "staff": {"username": "ann", "role": "root", "site_ids": []},
                "station": "PC-07",
            },
        ],
    ),
    "staff.extend": (
        [
            {"kind": "extend", "staff": "ann", "station": "PC-07"},
            {
                "kind": "extend",
                "staff": "ann",
                "station": "PC-07",
                "command": {
                    "id": 9,
                    "station": "PC-07",
                    "kind": "extend",
                    "minutes": 15,
                    "status": "pending",
                    "created_at": "2026-12-07T10:00:00Z",
                },
            },
        ],
        [
            {"kind": "reboot", "staff": "ann", "station": "PC-07"},
            {
                "kind": "extend",
                "staff": "ann",
                "station": "PC-07",
                "command": {"id": 9, "station": "PC-07", "kind": "extend", "status": "lost"},
            },
        ],
    ),
}


def test_every_method_and_event_is_in_the_schema() -> None:
    assert set(SCHEMA["methods"]) == set(METHODS)
    assert set(SCHEMA["events"]) == set(EVENTS)
    for method in METHODS:
        names = [name for name, _, _ in method_types(method).parameters]
        assert lite.method_parameters(method) == names


@pytest.mark.parametrize("method", sorted(RESULTS))
def test_both_read_a_call_s_result_alike(method: str) -> None:
    valid, invalid = RESULTS[method]
    adapter = method_types(method).result
    for value in valid:
        assert lite.read_result(method, value) == adapter.validate_python(value)
    for value in invalid:
        with pytest.raises(ValueError):
            adapter.validate_python(value)
        with pytest.raises(lite.LiteError):
            lite.read_result(method, value)


def test_results_decode_to_the_protocol_s_enumerations() -> None:
    done = lite.read_result("staff.extend", RESULTS["staff.extend"][0][1])
    assert done.kind is StationStaffKind.EXTEND
    assert done.command.kind is CommandKind.EXTEND
    assert done.command.after_hours is False


EVENT_ARGS: dict[str, tuple[list[list[Any]], list[list[Any]]]] = {
    "session_did_start": ([[VIEW]], [[{**VIEW, "used_seconds": None}], [None]]),
    "session_will_end": ([[VIEW, 300]], [[VIEW, "soon"]]),
    "session_did_end": ([["s-1", "time_up"]], [["s-1", "bored"], [None, "idle"]]),
    "connection_did_change": ([[True], [False]], [[None], [[1]]]),
    "station_did_load": ([[STATION]], [[{**STATION, "name": 7}], [{}]]),
    "station_did_disable": ([[None], ["broken"]], [[3]]),
    "station_did_receive_message": (
        [[4, "Closing soon", {}], [4, "Fermeture", {"fr": "Fermeture", "nl": "Sluiting"}]],
        [["four", "x", {}], [4, None, {}], [4, "x", {"fr": 5}], [4, "x", []]],
    ),
    "station_did_enable": ([[]], []),
}


@pytest.mark.parametrize("event", sorted(EVENT_ARGS))
def test_both_read_an_event_s_arguments_alike(event: str) -> None:
    valid, invalid = EVENT_ARGS[event]
    adapters = event_types(event)
    for args in valid:
        expected = [a.validate_python(v) for a, v in zip(adapters, args, strict=True)]
        assert lite.read_event(event, args) == expected
    for args in invalid:
        with pytest.raises(ValueError):
            [a.validate_python(v) for a, v in zip(adapters, args, strict=True)]
        with pytest.raises(lite.LiteError):
            lite.read_event(event, args)
    with pytest.raises(lite.LiteError):
        lite.read_event(event, [*valid[0], "one too many"])


def test_what_the_screen_sends_is_what_the_service_reads() -> None:
    assert decode_message(lite.write_message("hello")) == Hello()
    line = lite.write_message(
        "call", id=5, method="end_session", args={"reason": EndReason.VISITOR}
    )
    assert decode_message(line) == Call(id=5, method="end_session", args={"reason": "visitor"})
    for bad in ({"id": -1, "method": "apps"}, {"id": 1, "method": "m" * 65}):
        with pytest.raises(ValueError):
            Call.model_validate(bad)
        with pytest.raises(lite.LiteError):
            lite.write_message("call", **bad)


ARGUMENTS: dict[str, tuple[list[dict[str, Any]], list[dict[str, Any]]]] = {
    "sign_in": (
        [
            {"identifier": "2100005678"},
            {"identifier": "2100005678", "pin": "1234"},
            {"identifier": "2100005678", "pin": None, "preferences": {"text_size": 1.5}},
            {
                "identifier": "x",
                "preferences": {"language": "nl", "text_size": 2, "contrast": True},
            },
        ],
        [
            {"identifier": 7},
            {"identifier": "x", "preferences": {"text_size": 1.2}},
            {"identifier": "x", "preferences": {"language": "de"}},
            {"identifier": "x", "preferences": {"contrast": "yes"}},
            {"identifier": "x", "preferences": {"colour": "red"}},
        ],
    ),
    "set_preferences": (
        [{"preferences": {}}, {"preferences": {"language": "fr", "contrast": False}}],
        [{"preferences": {"text_size": 3}}, {"preferences": None}, {"preferences": []}],
    ),
    "end_session": ([{"reason": "visitor"}, {}], [{"reason": "bored"}]),
}


@pytest.mark.parametrize("method", sorted(ARGUMENTS))
def test_both_check_a_call_s_arguments_alike(method: str) -> None:
    """The screen checks what it sends (the visitor's preferences as plain data) as the
    service's models do: what it lets through is what the service reads."""
    valid, invalid = ARGUMENTS[method]
    for args in valid:
        sent = lite.write_arguments(method, args)
        assert decode_arguments(method, sent) == decode_arguments(method, args)
    for args in invalid:
        with pytest.raises(ValueError):
            decode_arguments(method, args)
        with pytest.raises(lite.LiteError):
            lite.write_arguments(method, args)
    with pytest.raises(lite.LiteError):
        lite.write_arguments(method, {**valid[0], "extra": 1})


def test_a_schema_keyword_the_reader_does_not_know_is_an_error() -> None:
    with pytest.raises(lite.SchemaError):
        lite.Reader({}).read({"type": "string", "uniqueItems": True}, "x")


# --- the station service's side: what the screen sends, read without pydantic -----------------

FROM_SCREEN_VALID = [
    {"type": "hello"},
    {"type": "hello", "version": [1, 3], "role": "session", "display": ":0", "session_type": "x11"},
    {"type": "ready"},
    {"type": "call", "id": 0, "method": "apps"},
    {"type": "call", "id": 7, "method": "sign_in", "args": {"identifier": "x", "pin": None}},
]

FROM_SCREEN_INVALID = [
    {"type": "welcome", "state": {}},  # the service's own message: never from a screen
    {"type": "hello", "role": "admin"},
    {"type": "hello", "version": [1]},
    {"type": "hello", "display": "d" * 201},
    {"type": "hello", "session_type": "s" * 33},
    {"type": "call", "id": -1, "method": "apps"},
    {"type": "call", "method": "apps"},
    {"type": "call", "id": 1, "method": "m" * 65},
    {"type": "call", "id": 1, "method": "apps", "args": []},
]


@pytest.mark.parametrize("message", FROM_SCREEN_VALID)
def test_the_service_reads_what_a_screen_sends_as_the_models_do(message: dict[str, Any]) -> None:
    line = _line(message)
    assert lite.read_from_screen(line) == decode_message(line)


@pytest.mark.parametrize("message", FROM_SCREEN_INVALID)
def test_the_service_refuses_what_the_models_refuse(message: dict[str, Any]) -> None:
    line = _line(message)
    if message["type"] != "welcome":
        with pytest.raises(ValueError):
            decode_message(line)
    with pytest.raises(lite.LiteError):
        lite.read_from_screen(line)


@pytest.mark.parametrize("method", sorted(ARGUMENTS))
def test_the_service_decodes_a_call_s_arguments_as_the_models_do(method: str) -> None:
    valid, invalid = ARGUMENTS[method]
    for args in valid:
        assert lite.read_arguments(method, args) == decode_arguments(method, args)
    for args in [*invalid, {**valid[0], "extra": 1}]:
        with pytest.raises(ValueError):
            decode_arguments(method, args)
        with pytest.raises(lite.LiteError):
            lite.read_arguments(method, args)


def test_a_missing_required_argument_is_refused_alike() -> None:
    with pytest.raises(ValueError):
        decode_arguments("sign_in", {"pin": "1"})
    with pytest.raises(lite.LiteError):
        lite.read_arguments("sign_in", {"pin": "1"})
    assert lite.read_arguments("sign_in", {"identifier": "x"}) == {"identifier": "x"}
    with pytest.raises(KeyError):
        lite.read_arguments("format_disk", {})


@pytest.mark.parametrize("method", sorted(RESULTS))
def test_the_service_writes_a_result_as_the_models_dump_it(method: str) -> None:
    valid, invalid = RESULTS[method]
    adapter = method_types(method).result
    for value in valid:
        decoded = adapter.validate_python(value)
        expected = adapter.dump_python(decoded, mode="json")
        assert lite.write_result(method, decoded) == expected
        assert lite.write_result(method, lite.read_result(method, value)) == expected
    for value in invalid:
        with pytest.raises(lite.LiteError):
            lite.write_result(method, value)


@pytest.mark.parametrize("event", sorted(EVENT_ARGS))
def test_the_service_writes_an_event_as_the_models_do(event: str) -> None:
    valid, invalid = EVENT_ARGS[event]
    adapters = event_types(event)
    for args in valid:
        models = tuple(a.validate_python(v) for a, v in zip(adapters, args, strict=True))
        expected = encode_message(event_message(event, models))
        assert lite.event_line(event, models) == expected
        assert lite.event_line(event, tuple(lite.read_event(event, args))) == expected
    for args in invalid:
        with pytest.raises(lite.LiteError):
            lite.write_event(event, tuple(args))


def test_the_service_writes_its_messages_as_the_models_do() -> None:
    state = ScreenState.model_validate(STATE)
    record = lite.screen_record("ScreenState", **STATE)
    assert lite.to_screen("welcome", state=record) == encode_message(Welcome(state=state))
    assert lite.to_screen("state", state=record) == encode_message(StateUpdate(state=state))
    assert lite.to_screen("refused", reason="no") == encode_message(Refused(reason="no"))
    error = {"kind": "api", "message": "no", "code": "BAD_CREDENTIALS", "status": 401}
    assert lite.to_screen("reply", id=3, error=error) == encode_message(
        Reply(id=3, error=WireError(**error))
    )
    assert lite.to_screen("reply", id=4, value=[1]) == encode_message(Reply(id=4, value=[1]))
    with pytest.raises(ValueError):
        lite.to_screen("refused")
