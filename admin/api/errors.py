"""How the API fails: every error is ``{"error": {"code", "message", "details"}}``.

Refusals and request errors are 4xx with an :class:`ErrorCode`; a database that cannot be
reached is a 503; anything else is a bug, logged with its traceback, and a 500.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from admin.api.observe import route_template
from admin.core.errors import Duplicate, Refused, StoreError
from admin.core.pdf import FONT_PACKAGE, FontMissing
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.paths import Paths

log = logging.getLogger("epn.server.api")

MAX_BODY_BYTES = 64 * 1024
#: Routes that take a file: a city's visitor CSV (up to 100,000 rows) fits in 8 MiB.
LARGER_BODIES = {Paths.VISITORS_IMPORT: 8 * 1024 * 1024}

_STATUS = {
    ErrorCode.INVALID_REQUEST: 422,
    ErrorCode.PAYLOAD_TOO_LARGE: 413,
    ErrorCode.UNAUTHENTICATED: 401,
    ErrorCode.TOKEN_EXPIRED: 401,
    ErrorCode.BAD_LOGIN: 401,
    ErrorCode.FORBIDDEN: 403,
    ErrorCode.NOT_FOUND: 404,
    ErrorCode.SIGNED_IN_ELSEWHERE: 409,
    ErrorCode.NO_ACTIVE_SESSION: 409,
    ErrorCode.STATION_IN_USE: 409,
    ErrorCode.NO_DESK_CALL: 409,
    ErrorCode.STATION_NAME_TAKEN: 409,
    ErrorCode.MESSAGE_LANGUAGE_MISSING: 422,
    ErrorCode.COLOUR_CONTRAST: 422,
    ErrorCode.LOGO_INVALID: 422,
    ErrorCode.HOLD_OVERLAP: 409,
    ErrorCode.HOLD_OUTSIDE_HOURS: 422,
    ErrorCode.HOLD_BAD_TIME: 422,
    ErrorCode.NO_FREE_STATION: 409,
    ErrorCode.ALREADY_QUEUED: 409,
    ErrorCode.TICKET_CLOSED: 409,
    ErrorCode.ALREADY_REGISTERED: 409,
    ErrorCode.REGISTRATION_PAUSED: 409,
    ErrorCode.WORKSHOP_TEXT_MISSING: 422,
    ErrorCode.THEME_UNKNOWN: 422,
    ErrorCode.THEME_IN_USE: 409,
    ErrorCode.WORKSHOP_CLOSED: 409,
    ErrorCode.WORKSHOP_DATE_INVALID: 409,
    ErrorCode.CAPACITY_TOO_SMALL: 409,
    ErrorCode.NOTHING_ATTENDED: 409,
    ErrorCode.VISITOR_IN_SESSION: 409,
    ErrorCode.NOT_TEACHER: 403,
    ErrorCode.CLASS_NOT_RUNNING: 409,
    ErrorCode.CLASS_ALREADY_RUNNING: 409,
    ErrorCode.LOCKED_OUT: 429,
    ErrorCode.SOURCE_UNREACHABLE: 503,
    ErrorCode.RATE_LIMITED: 429,
}
#: Sign-in refusals not listed above (PIN_REQUIRED, NO_TIME_LEFT, ...) are 403.
_DEFAULT_REFUSAL_STATUS = 403


def status_for(code: ErrorCode) -> int:
    return _STATUS.get(code, _DEFAULT_REFUSAL_STATUS)


def error_response(
    status: int, code: str, message: str, details: dict[str, Any] | None = None
) -> JSONResponse:
    body = {"error": {"code": code, "message": message, "details": details or {}}}
    return JSONResponse(body, status_code=status)


async def _refused(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, Refused)
    status = 409 if isinstance(exc, Duplicate) else status_for(exc.code)
    response = error_response(status, exc.code, exc.message, exc.details)
    retry_after = exc.details.get("retry_after_seconds")
    if isinstance(retry_after, int):  # a lockout (admin/lockouts/limits.py)
        response.headers["Retry-After"] = str(retry_after)
    return response


async def _store_error(request: Request, exc: Exception) -> JSONResponse:
    log.error("database unavailable: %s", exc)
    return error_response(503, "UNAVAILABLE", "database unavailable, retry later")


async def _font_missing(request: Request, exc: Exception) -> JSONResponse:
    # the server's environment, not the request: the operator installs the font
    log.error("cannot draw a PDF: %s", exc)
    return error_response(503, ErrorCode.FONT_MISSING, str(exc), {"package": FONT_PACKAGE})


async def _invalid(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    # never echo the input back: it may hold a PIN or a password
    errors = [
        {"loc": list(err.get("loc", ())), "msg": err.get("msg", ""), "type": err.get("type", "")}
        for err in exc.errors()
    ]
    return error_response(422, ErrorCode.INVALID_REQUEST, "invalid request", {"errors": errors})


async def _http(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 404:
        code = ErrorCode.NOT_FOUND
    elif exc.status_code == 413:
        code = ErrorCode.PAYLOAD_TOO_LARGE
    elif exc.status_code == 401:
        code = ErrorCode.UNAUTHENTICATED
    else:
        code = ErrorCode.INVALID_REQUEST
    response = error_response(exc.status_code, code, str(exc.detail))
    if exc.headers:
        response.headers.update(exc.headers)
    if exc.status_code == 405:
        # the route that answers knows only its own methods; the path may have others
        response.headers["Allow"] = ", ".join(allowed_methods(request))
    return response


def allowed_methods(request: Request) -> list[str]:
    """Every method some route of the app serves at the request's path, sorted."""
    path = request.url.path
    # a literal path (/visitors/import) is its own resource, not one of /visitors/{identifier}
    matching = [
        route
        for route in _routes(request.app.router.routes)
        if getattr(route, "path_regex", None) is not None and route.path_regex.match(path)
    ]
    literal = [route for route in matching if "{" not in route.path]
    methods: set[str] = set()
    for route in literal or matching:
        methods |= getattr(route, "methods", None) or set()
    return sorted(methods)


def _routes(routes: Iterable[Any]) -> Iterator[Any]:
    """The app's routes, those of the included routers too (our routers have no prefix)."""
    for route in routes:
        inner = getattr(route, "original_router", None)
        if inner is not None:
            yield from _routes(inner.routes)
        else:
            yield route


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(Refused, _refused)
    app.add_exception_handler(StoreError, _store_error)
    app.add_exception_handler(FontMissing, _font_missing)
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(HTTPException, _http)
    # added last, so it wraps the other: the size check answers before any route runs
    app.add_middleware(CrashGuard)
    app.add_middleware(BodyLimit, max_bytes=MAX_BODY_BYTES, larger=LARGER_BODIES)


class _BodyTooLarge(HTTPException):
    def __init__(self) -> None:
        super().__init__(status_code=413, detail="request body too large")


class BodyLimit:
    """Refuse request bodies over ``max_bytes`` (or the path's own limit in ``larger``) with
    413, declared or streamed."""

    def __init__(self, app: ASGIApp, max_bytes: int, larger: dict[str, int] | None = None) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.larger = larger or {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        max_bytes = self.larger.get(scope["path"], self.max_bytes)
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > max_bytes:
            response = error_response(
                413,
                ErrorCode.PAYLOAD_TOO_LARGE,
                "request body too large",
                {"max_bytes": max_bytes},
            )
            await response(scope, receive, send)
            return
        received = 0

        async def limited() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > max_bytes:
                raise _BodyTooLarge()
            return message

        await self.app(scope, limited, send)


class CrashGuard:
    """Log an unexpected exception once, with its traceback, and answer a JSON 500."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking)
        except Exception:
            # the route's template, not the path: a path holds card numbers and names
            log.exception("bug while serving %s %s", scope.get("method"), route_template(scope))
            if started:
                raise
            response = error_response(500, "INTERNAL", "internal server error")
            await response(scope, receive, send)
