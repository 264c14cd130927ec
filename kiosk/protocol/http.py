"""What the station's and the staff's API clients share: the errors they raise, one request.

Client behaviour, not wire data: the server never imports this module. The station's client
(:mod:`kiosk.client`) and the staff's (:mod:`admin.client.base`) send every call through
:func:`request` and read its answer with :func:`parse` (a pydantic model: the staff's),
:func:`read` (a record, without pydantic: the station's) or :func:`json_body`, so both turn the
same answers into the same exceptions::

    ClientError
     ├── ServerUnreachable   environment: no connection, timeout, the server failing (5xx), or
     │    │                  an answer that is not the expected JSON; retry later or work offline
     │    └── CertificateMismatch  the server's certificate is not the pinned one (expected,
     │                       got): nothing was sent; staff must fix the pin or the server
     └── ApiError            the server refused the request (4xx) with an ErrorCode
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, TypeVar

from kiosk.protocol.enums import ErrorCode

if TYPE_CHECKING:
    import httpx  # loaded by whoever holds a client: the screens only need the errors
    from pydantic import BaseModel

log = logging.getLogger("epn.protocol.http")

_Model = TypeVar("_Model", bound="BaseModel")

#: Extra seconds the HTTP read may take beyond the long-poll wait the server honours.
LONG_POLL_MARGIN = 5.0


class ClientError(Exception):
    """Base of what an API client raises (the tree is drawn at the top of this module)."""


class ServerUnreachable(ClientError):
    pass


class CertificateMismatch(ServerUnreachable):
    """The server's certificate does not match the pinned fingerprint (see kiosk.protocol.tls)."""

    def __init__(self, expected: str, got: str) -> None:
        super().__init__(
            f"the server's certificate does not match the pinned fingerprint "
            f"(expected {expected}, got {got})"
        )
        self.expected = expected
        self.got = got


class ApiError(ClientError):
    def __init__(
        self, code: ErrorCode, message: str, status: int, details: dict[str, Any] | None = None
    ) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
        self.status = status
        self.details = details or {}


def error_from_response(status: int, body: Any) -> ClientError:
    """Turn a non-2xx response into the exception a client raises.

    A 5xx is ServerUnreachable, unless its body carries one of our codes: the server is up
    and says what it lacks (FONT_MISSING), an ApiError the caller can put in words.
    """
    import kiosk.protocol.lite as lite  # no pydantic: the station service and the screen read it

    try:
        err = lite.read_answer("ApiErrorEnvelope", body).error
    except lite.LiteError:
        if status >= 500:
            return ServerUnreachable(f"server error {status}")
        return ApiError(ErrorCode.INVALID_REQUEST, f"unexpected error body ({status})", status)
    return ApiError(err.code, err.message, status, err.details)


def request(
    http: httpx.Client,
    method: str,
    path: str,
    *,
    json: Any = None,
    params: dict[str, Any] | None = None,
    content: bytes | None = None,
    headers: dict[str, str] | None = None,
    timeout: httpx.Timeout | float | None = None,
) -> httpx.Response:
    """Send one call; its 2xx response, else the :class:`ClientError` the answer means.

    ``timeout`` None: the client's own.
    """
    import httpx

    try:
        response = http.request(
            method,
            path,
            json=json,
            params=params,
            content=content,
            headers=headers,
            timeout=timeout if timeout is not None else httpx.USE_CLIENT_DEFAULT,
        )
    except httpx.HTTPError as exc:  # connection refused, timeout, protocol error
        mismatch = _pin_mismatch(exc)
        if mismatch is not None:
            log.error("%s %s refused: %s", method, path, mismatch)
            raise mismatch from exc
        log.info("%s %s failed: %s", method, path, type(exc).__name__)
        raise ServerUnreachable(f"{method} {path}: {type(exc).__name__}: {exc}") from exc
    if response.is_success:
        return response
    raise error_from_response(response.status_code, _json_or_none(response))


def _pin_mismatch(exc: BaseException) -> CertificateMismatch | None:
    """The CertificateMismatch behind an httpx error, if the pinned certificate was refused."""
    # here, not at the top: the screen needs this module's errors, not ssl (5 MiB resident)
    from kiosk.protocol.tls_context import PinMismatch

    seen: set[int] = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        if isinstance(cause, PinMismatch):
            return CertificateMismatch(cause.expected, cause.got)
        seen.add(id(cause))
        cause = cause.__cause__ or cause.__context__
    return None


def json_body(response: httpx.Response) -> Any:
    """The JSON body of a 2xx answer; ServerUnreachable when it has none (a captive portal)."""
    body = _json_or_none(response)
    if body is None:
        raise ServerUnreachable(f"{_call(response)}: answer is not JSON")
    return body


def parse(response: httpx.Response, model: type[_Model]) -> _Model:
    """The body of a 2xx answer as ``model``; ServerUnreachable when it is not one."""
    try:
        return model.model_validate(response.json())
    except ValueError as exc:  # not JSON, or not this model (a ValidationError is a ValueError)
        # the server speaks another version of the protocol: nothing to retry differently
        log.error("unexpected %s from the server: %s", model.__name__, exc)
        raise ServerUnreachable(f"{_call(response)}: unexpected {model.__name__}") from exc


def read(response: httpx.Response, model: str) -> Any:
    """The body of a 2xx answer read as ``model`` (one of the answers of
    kiosk/protocol/station_answers.py) without pydantic: a :class:`kiosk.protocol.lite.Record`;
    ServerUnreachable when it is not one."""
    import kiosk.protocol.lite as lite

    try:
        return lite.read_answer(model, response.json())
    except ValueError as exc:  # not JSON, or not this model (a LiteError is a ValueError)
        log.error("unexpected %s from the server: %s", model, exc)
        raise ServerUnreachable(f"{_call(response)}: unexpected {model}") from exc


def _json_or_none(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


def _call(response: httpx.Response) -> str:
    return f"{response.request.method} {response.request.url.path}"
