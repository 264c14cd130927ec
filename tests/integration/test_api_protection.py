"""Protection checks against the real server: secrets out of logs and URLs, CORS closed,
bodies limited, and every error a 4xx JSON body with a known code."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.paths import Paths
from tests.helpers.clock import FakeClock
from tests.helpers.liveserver import add_staff, add_station, add_visitor, running_server

PIN = "739182"
PASSWORD = "q7-unusual-pass"
NEW_PASSWORD = "z9-other-secret"
CODES = {code.value for code in ErrorCode}
SECRET_NAMES = {"token", "pin", "password", "secret", "code", "key"}


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def assert_error(response: httpx.Response) -> None:
    """A 4xx with ``{"error": {"code": <known>, "message": ...}}``."""
    assert 400 <= response.status_code < 500, (response.request.url, response.status_code)
    body = response.json()
    assert body["error"]["code"] in CODES, body
    assert isinstance(body["error"]["message"], str)


@pytest.fixture
def http(base_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, timeout=15) as client:
        yield client


# --- secrets never logged -----------------------------------------------------------------

_LOGGERS = ("uvicorn", "uvicorn.error", "uvicorn.access", "httpx", "httpcore", "epn")


def test_tokens_pins_and_passwords_never_reach_the_logs(
    db_path: Path, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    station_token = add_station(db_path, "RC-01")
    add_visitor(db_path, "1001", pin=PIN)
    add_staff(db_path, "ana", PASSWORD)
    caplog.set_level(logging.DEBUG)
    with running_server(db_path, clock=clock) as base_url:
        # after the server configured uvicorn's loggers, which do not propagate to the root
        saved = {}
        for name in _LOGGERS:
            logger = logging.getLogger(name)
            saved[name] = logger.level
            logger.setLevel(logging.DEBUG)
            if not logger.propagate:
                logger.addHandler(caplog.handler)
        try:
            with httpx.Client(base_url=base_url, timeout=15) as http:
                station = bearer(station_token)
                sign_in = Paths.STATION_SIGN_IN
                assert http.get(Paths.STATION_ME, headers=station).status_code == 200
                wrong = http.post(sign_in, json={"identifier": "1001", "pin": "1"}, headers=station)
                assert wrong.status_code == 403
                too_long = {"identifier": "1001", "pin": PIN * 10}
                assert http.post(sign_in, json=too_long, headers=station).status_code == 422
                right = http.post(sign_in, json={"identifier": "1001", "pin": PIN}, headers=station)
                assert right.status_code == 200
                login = http.post(
                    Paths.AUTH_LOGIN, json={"username": "ana", "password": PASSWORD}
                ).json()
                staff_token = login["token"]
                change = {"old_password": PASSWORD, "new_password": NEW_PASSWORD}
                changed = http.post(Paths.AUTH_PASSWORD, json=change, headers=bearer(staff_token))
                assert changed.status_code == 200
                http.post(Paths.AUTH_LOGIN, json={"username": "ana", "password": PIN * 2})
        finally:
            for name in _LOGGERS:
                logging.getLogger(name).setLevel(saved[name])
                logging.getLogger(name).removeHandler(caplog.handler)
    texts = [f"{r.name} {r.getMessage()} {r.exc_text or ''} {r.args!r}" for r in caplog.records]
    # the capture works: the access log and the server's own records are in it
    assert any(t.startswith("uvicorn.access") and sign_in in t for t in texts)
    assert any(t.startswith("epn.server") for t in texts)
    everything = "\n".join(texts)
    for secret in (station_token, staff_token, PIN, PASSWORD, NEW_PASSWORD):
        assert secret not in everything


# --- secrets never in URLs ------------------------------------------------------------------


def test_no_route_takes_a_secret_in_its_url(http: httpx.Client) -> None:
    schema = http.get(f"{Paths.AUTH_LOGIN.rsplit('/', 2)[0]}/openapi.json").json()
    seen = 0
    for path, operations in schema["paths"].items():
        for operation in operations.values():
            for parameter in operation.get("parameters", []):
                seen += 1
                name = parameter["name"].lower()
                assert not any(word in name for word in SECRET_NAMES), (path, name)
    assert seen > 0


# --- CORS closed --------------------------------------------------------------------------


def test_cross_origin_requests_get_no_cors_headers(http: httpx.Client) -> None:
    origin = {"Origin": "https://evil.example"}
    preflight = http.options(
        Paths.AUTH_LOGIN,
        headers={
            **origin,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization, content-type",
        },
    )
    assert preflight.status_code >= 400
    simple = http.post(Paths.AUTH_LOGIN, json={"username": "x", "password": "y"}, headers=origin)
    assert simple.status_code == 401
    for response in (preflight, simple):
        assert not any(h.lower().startswith("access-control-") for h in response.headers)


# --- body size ----------------------------------------------------------------------------


def test_chunked_body_without_length_is_limited_before_authentication(http: httpx.Client) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(40):
            yield b"x" * 4096

    request = http.build_request(
        "POST", Paths.AUTH_LOGIN, content=chunks(), headers={"Content-Type": "application/json"}
    )
    assert "content-length" not in request.headers
    assert request.headers["transfer-encoding"] == "chunked"
    response = http.send(request)
    assert response.status_code == 413
    assert response.json()["error"]["code"] == ErrorCode.PAYLOAD_TOO_LARGE


# --- every error a 4xx with a code --------------------------------------------------------


def _operations(schema: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method.upper(), path, operation)
        for path, operations in schema["paths"].items()
        for method, operation in operations.items()
    ]


def _url(path: str, value: str) -> str:
    while "{" in path:
        start, end = path.index("{"), path.index("}")
        path = path[:start] + value + path[end + 1 :]
    return path


def _check(http: httpx.Client, method: str, url: str, kwargs: dict[str, Any]) -> str | None:
    """None when the answer is fine: below 500, and a known error envelope when 4xx."""
    response = http.request(method, url, **kwargs)
    if response.status_code >= 500:
        return f"{method} {url} {kwargs.get('json', kwargs.get('params'))}: {response.status_code}"
    if response.status_code >= 400:
        assert_error(response)
    return None


def test_bad_input_never_gives_a_5xx(http: httpx.Client, db_path: Path) -> None:
    station_token = add_station(db_path, "RC-01")
    add_staff(db_path, "boss", PASSWORD)
    staff_token = http.post(
        Paths.AUTH_LOGIN, json={"username": "boss", "password": PASSWORD}
    ).json()["token"]
    schema = http.get(f"{Paths.AUTH_LOGIN.rsplit('/', 2)[0]}/openapi.json").json()
    operations = _operations(schema)
    assert len(operations) >= 10
    json_type = {"Content-Type": "application/json"}
    bodies: list[dict[str, Any]] = [
        {"content": b"{not json", "headers": json_type},
        {"json": [1, 2, 3]},
        {"json": {"identifier": None, "username": 5, "minutes": -1, "events": "x", "kind": 3}},
    ]
    calls: list[tuple[str, str, dict[str, Any]]] = []
    refused: list[tuple[str, str, dict[str, Any]]] = []
    for method, path, operation in operations:
        queries = [p["name"] for p in operation.get("parameters", []) if p["in"] == "query"]
        values = ("nope", "9" * 30) if "{" in path else ("",)
        for value in values:
            url = _url(path, value)
            if operation.get("security"):  # no token, or a made-up one: refused with a code
                refused += [(method, url, {}), (method, url, {"headers": bearer("made-up")})]
            for token in (station_token, staff_token):
                if queries:
                    bad = {name: "!!" for name in queries}
                    calls.append((method, url, {"params": bad, "headers": bearer(token)}))
                for body in bodies if "requestBody" in operation else [{}]:
                    headers = {**bearer(token), **body.get("headers", {})}
                    rest = {k: v for k, v in body.items() if k != "headers"}
                    calls.append((method, url, {**rest, "headers": headers}))
    # the server answers each in a few ms; in parallel so the round trips do not add up
    with ThreadPoolExecutor(max_workers=8) as pool:
        failures = [f for f in pool.map(lambda c: _check(http, *c), calls) if f]
        for response in pool.map(lambda c: http.request(c[0], c[1], **c[2]), refused):
            assert_error(response)
    assert failures == []
    assert len(calls) > 80 and len(refused) > 40
