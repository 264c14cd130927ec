"""The station's and the staff's clients turn the same answers into the same errors."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from admin.client.staff_client import StaffClient
from kiosk.client import StationClient, enroll
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.http import ApiError, ClientError, ServerUnreachable

Handler = Callable[[httpx.Request], httpx.Response]


def _refused(request: httpx.Request) -> httpx.Response:
    body = {"error": {"code": "FORBIDDEN", "message": "not yours", "details": {"site": 2}}}
    return httpx.Response(403, json=body)


def _broken_gzip(request: httpx.Request) -> httpx.Response:
    # a proxy that mangles the body: the answer cannot even be read
    return httpx.Response(200, headers={"Content-Encoding": "gzip"}, content=b"not gzip")


def _timeout(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadTimeout("too slow", request=request)


#: An answer, and what every client raises for it: (class, code, status) of an ApiError.
ANSWERS: list[tuple[Handler, tuple[type[ClientError], ErrorCode | None, int | None]]] = [
    (_refused, (ApiError, ErrorCode.FORBIDDEN, 403)),
    (
        lambda request: httpx.Response(404, text="not here"),
        (ApiError, ErrorCode.INVALID_REQUEST, 404),
    ),
    (lambda request: httpx.Response(502, text="Bad Gateway"), (ServerUnreachable, None, None)),
    (
        lambda request: httpx.Response(200, text="<html>portal</html>"),
        (ServerUnreachable, None, None),
    ),
    (lambda request: httpx.Response(200, json={"odd": True}), (ServerUnreachable, None, None)),
    (_broken_gzip, (ServerUnreachable, None, None)),
    (_timeout, (ServerUnreachable, None, None)),
]
IDS = ["4xx", "4xx-no-body", "5xx", "not-json", "wrong-shape", "unreadable", "timeout"]


def _outcome(call: Callable[[], object]) -> tuple[type[ClientError], ErrorCode | None, int | None]:
    with pytest.raises(ClientError) as raised:
        call()
    error = raised.value
    if isinstance(error, ApiError):
        return (ApiError, error.code, error.status)
    return (type(error), None, None)


@pytest.mark.parametrize(("handler", "expected"), ANSWERS, ids=IDS)
def test_every_client_raises_the_same_error(
    handler: Handler, expected: tuple[type[ClientError], ErrorCode | None, int | None]
) -> None:
    transport = httpx.MockTransport(handler)
    station = StationClient("http://epn.test", "st-token", transport=transport)
    staff = StaffClient("http://epn.test", transport=transport)
    try:
        assert _outcome(station.me) == expected
        assert _outcome(staff.me) == expected
        assert _outcome(lambda: enroll("http://epn.test", "ABCD-1234", transport=transport)) == (
            expected
        )
    finally:
        station.close()
        staff.close()


def test_the_details_of_a_refusal_reach_the_caller() -> None:
    staff = StaffClient("http://epn.test", transport=httpx.MockTransport(_refused))
    with staff, pytest.raises(ApiError) as raised:
        staff.me()
    assert (raised.value.message, raised.value.details) == ("not yours", {"site": 2})
