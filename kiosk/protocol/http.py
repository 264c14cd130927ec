"""What the station's and the staff's API clients share: the errors they raise.

Client behaviour, not wire data: the server never imports this module::

    ClientError
     ├── ServerUnreachable   environment: no connection, timeout, the server failing (5xx), or
     │                       an answer that is not the expected JSON; retry later or work offline
     └── ApiError            the server refused the request (4xx) with an ErrorCode
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from kiosk.protocol.errors import ApiErrorEnvelope, ErrorCode


class ClientError(Exception):
    """Base of what an API client raises (the tree is drawn at the top of this module)."""


class ServerUnreachable(ClientError):
    pass


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
    """Turn a non-2xx response into the exception a client raises."""
    if status >= 500:
        return ServerUnreachable(f"server error {status}")
    try:
        err = ApiErrorEnvelope.model_validate(body).error
    except ValidationError:
        return ApiError(ErrorCode.INVALID_REQUEST, f"unexpected error body ({status})", status)
    return ApiError(err.code, err.message, status, err.details)
