"""The station client against a mock transport: headers, error mapping, long-poll."""

from __future__ import annotations

import json
import socket
from collections.abc import Callable, Iterator

import httpx
import pytest

from kiosk.client import StationClient
from kiosk.protocol.commands import CommandKind
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.http import ApiError, ServerUnreachable
from kiosk.protocol.paths import Paths
from kiosk.protocol.station import EndReason, Event, EventKind

TOKEN = "st-secret-token"
Handler = Callable[[httpx.Request], httpx.Response]


class Server:
    """A MockTransport that records requests and answers with the current handler."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.handler: Handler = lambda request: httpx.Response(404)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.handler(request)


@pytest.fixture
def server() -> Server:
    return Server()


@pytest.fixture
def client(server: Server) -> Iterator[StationClient]:
    client = StationClient("http://epn.test", TOKEN, transport=httpx.MockTransport(server))
    yield client
    client.close()


def error(status: int, code: str) -> Handler:
    body = {"error": {"code": code, "message": "refused", "details": {}}}
    return lambda request: httpx.Response(status, json=body)


def test_me_sends_the_token_in_the_header_only(server: Server, client: StationClient) -> None:
    server.handler = lambda request: httpx.Response(
        200, json={"id": 3, "name": "PC-3", "site": {"id": 1, "name": "Laeken"}}
    )
    info = client.me()
    assert (info.name, info.site.name) == ("PC-3", "Laeken")
    request = server.requests[0]
    assert request.url.path == Paths.STATION_ME
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    assert TOKEN not in str(request.url)
    assert TOKEN not in repr(client)


def test_sign_in(server: Server, client: StationClient) -> None:
    server.handler = lambda request: httpx.Response(
        200,
        json={
            "session_id": "s-1",
            "visitor": {"identifier": "B1", "category": "adult"},
            "granted_seconds": 3600,
        },
    )
    grant = client.sign_in(" B1 ", "1234")
    assert (grant.session_id, grant.granted_seconds, grant.warning_seconds) == (
        "s-1",
        3600,
        [300, 60],
    )
    request = server.requests[0]
    assert (request.method, request.url.path) == ("POST", Paths.STATION_SIGN_IN)
    assert json.loads(request.content) == {"identifier": "B1", "pin": "1234"}


@pytest.mark.parametrize(
    ("status", "code"),
    [
        (401, ErrorCode.UNAUTHENTICATED),
        (401, ErrorCode.PIN_REQUIRED),
        (403, ErrorCode.NO_TIME_LEFT),
        (409, ErrorCode.SIGNED_IN_ELSEWHERE),
    ],
)
def test_4xx_is_an_api_error_with_its_code(
    server: Server, client: StationClient, status: int, code: ErrorCode
) -> None:
    server.handler = error(status, code)
    with pytest.raises(ApiError) as raised:
        client.sign_in("B1")
    assert (raised.value.code, raised.value.status) == (code, status)


def test_4xx_without_an_error_body(server: Server, client: StationClient) -> None:
    server.handler = lambda request: httpx.Response(404, text="not here")
    with pytest.raises(ApiError) as raised:
        client.me()
    assert (raised.value.code, raised.value.status) == (ErrorCode.INVALID_REQUEST, 404)


def test_malformed_identifier_is_refused_without_a_request(
    server: Server, client: StationClient
) -> None:
    with pytest.raises(ApiError) as raised:
        client.sign_in("x" * 65)
    assert raised.value.code == ErrorCode.INVALID_REQUEST
    assert server.requests == []


@pytest.mark.parametrize(
    "handler",
    [
        lambda request: httpx.Response(500, text="Internal Server Error"),
        lambda request: httpx.Response(503, json={"detail": "down"}),
        lambda request: httpx.Response(
            503, json={"error": {"code": "UNAVAILABLE", "message": "database unavailable"}}
        ),
        lambda request: httpx.Response(200, text="<html>captive portal</html>"),
        lambda request: httpx.Response(200, json={"unexpected": True}),
    ],
    ids=["500", "503", "503-store", "not-json", "wrong-shape"],
)
def test_server_failures_are_unreachable(
    server: Server, client: StationClient, handler: Handler
) -> None:
    server.handler = handler
    with pytest.raises(ServerUnreachable):
        client.me()


def test_a_5xx_with_one_of_our_codes_is_an_api_error(server: Server, client: StationClient) -> None:
    # the server is up and says what it lacks (a PDF without its font): not "unreachable"
    body = {"error": {"code": "FONT_MISSING", "message": "apt install fonts-dejavu-core"}}
    server.handler = lambda request: httpx.Response(503, json=body)
    with pytest.raises(ApiError) as raised:
        client.me()
    assert (raised.value.code, raised.value.status) == (ErrorCode.FONT_MISSING, 503)


def test_timeout_is_unreachable(server: Server, client: StationClient) -> None:
    def timeout(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("too slow", request=request)

    server.handler = timeout
    with pytest.raises(ServerUnreachable):
        client.wait_commands(after=0, wait=1)


def test_connection_refused_is_unreachable() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    # the port is closed now: nothing listens there
    client = StationClient(f"http://127.0.0.1:{port}", TOKEN, timeout=2.0)
    try:
        with pytest.raises(ServerUnreachable):
            client.me()
        with pytest.raises(ServerUnreachable):
            client.wait_commands(after=0, wait=0.1)
    finally:
        client.close()


def test_post_events(server: Server, client: StationClient) -> None:
    events = [
        Event(
            event_id="e-00000001",
            seq=1,
            kind=EventKind.SESSION_ENDED,
            at="2025-01-06T09:00:00+00:00",
            session_id="s-1",
            used_seconds=60,
            reason=EndReason.TIME_UP,
        )
    ]
    server.handler = lambda request: httpx.Response(200, json={"accepted": ["e-00000001"]})
    assert client.post_events(events).accepted == ["e-00000001"]
    request = server.requests[0]
    assert (request.method, request.url.path) == ("POST", Paths.STATION_EVENTS)
    sent = json.loads(request.content)["events"]
    assert sent[0]["event_id"] == "e-00000001"
    assert sent[0]["reason"] == "time_up"
    assert sent[0]["seq"] == 1


def test_long_poll_params_and_read_timeout(server: Server, client: StationClient) -> None:
    server.handler = lambda request: httpx.Response(
        200,
        json={
            "commands": [
                {
                    "id": 8,
                    "kind": "extend",
                    "session_id": "s-1",
                    "minutes": 15,
                    "created_at": "2025-01-06T09:00:00+00:00",
                }
            ]
        },
    )
    commands = client.wait_commands(after=7, wait=25)
    assert [(c.id, c.kind, c.minutes) for c in commands] == [(8, CommandKind.EXTEND, 15)]
    request = server.requests[0]
    assert request.url.path == Paths.STATION_COMMANDS
    assert dict(request.url.params) == {"after": "7", "wait": "25.0"}
    assert request.extensions["timeout"]["read"] == 30.0
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"


def test_long_poll_wait_is_capped(server: Server, client: StationClient) -> None:
    server.handler = lambda request: httpx.Response(200, json={"commands": []})
    assert client.wait_commands(after=0, wait=600) == []
    assert server.requests[0].url.params["wait"] == "30.0"


def test_other_calls_use_the_short_timeout(server: Server, client: StationClient) -> None:
    server.handler = lambda request: httpx.Response(200, json={"accepted": []})
    client.post_events([])
    assert server.requests[0].extensions["timeout"]["read"] == 5.0


@pytest.mark.parametrize(
    ("identifier", "pin"),
    [("B1\r\n", None), ("\tB1 ", " 1234 "), ("B\u00e9-1", ""), ("B1", None), ("..", None)],
)
def test_the_sign_in_sent_is_the_model_s_without_pydantic(
    server: Server, client: StationClient, identifier: str, pin: str | None
) -> None:
    """Built as plain data and checked by the generated schema, stripped as the model strips:
    the body the server receives is the one SignInRequest would have written, or both refuse."""
    from pydantic import ValidationError

    from kiosk.protocol.station import SignInRequest

    server.handler = lambda request: httpx.Response(
        200,
        json={
            "session_id": "s",
            "visitor": {"identifier": "B1", "category": "a"},
            "granted_seconds": 60,
        },
    )
    try:
        expected = SignInRequest(identifier=identifier, pin=pin).model_dump(
            mode="json", exclude={"preferences", "hold_code"}
        )
    except ValidationError:
        with pytest.raises(ApiError) as refused:
            client.sign_in(identifier, pin)
        assert refused.value.code == ErrorCode.INVALID_REQUEST
        assert server.requests == []
        return
    client.sign_in(identifier, pin)
    assert json.loads(server.requests[0].content) == expected


def test_a_session_code_for_a_held_station_is_sent_with_the_sign_in(
    server: Server, client: StationClient
) -> None:
    server.handler = lambda request: httpx.Response(
        200,
        json={
            "session_id": "s-1",
            "visitor": {"identifier": "B1", "category": "adult"},
            "granted_seconds": 3600,
        },
    )
    client.sign_in("B1", None, None, hold_code=" K7PQ2M ")
    assert json.loads(server.requests[0].content) == {
        "identifier": "B1",
        "pin": None,
        "hold_code": "K7PQ2M",
    }


def test_the_long_poll_gives_the_holds_tag_and_reads_the_new_one(
    server: Server, client: StationClient
) -> None:
    server.handler = lambda request: httpx.Response(
        200, json={"commands": [], "holds_version": "new-tag"}
    )
    polled = client.wait_commands(after=4, wait=2.0, holds="old-tag")
    assert (list(polled), polled.holds_version) == ([], "new-tag")
    assert server.requests[0].url.params["holds"] == "old-tag"
    # without a tag: the query an older server knows, and no tag read
    server.handler = lambda request: httpx.Response(200, json={"commands": []})
    assert client.wait_commands(after=4, wait=2.0).holds_version is None
    assert "holds" not in server.requests[1].url.params
