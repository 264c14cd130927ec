"""The HTTP plumbing of the staff client: token, one request, errors as ClientError.

Every failure is a :class:`kiosk.protocol.ClientError`: ``ServerUnreachable`` for connection
errors, timeouts and 5xx; ``ApiError`` with its :class:`ErrorCode` for 4xx. The calls of each
area of the API are mixins in ``admin/client_*.py``; :class:`admin.client.staff_client.StaffClient` joins them.
"""

from __future__ import annotations

import logging
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from kiosk.protocol import ServerUnreachable, error_from_response

log = logging.getLogger("epn.client.staff")

M = TypeVar("M", bound=BaseModel)


class ClientBase:
    def __init__(
        self,
        base_url: str,
        *,
        timeout: float = 10.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self._timeout = timeout
        self._http = httpx.Client(
            base_url=base_url.rstrip("/"), timeout=timeout, transport=transport
        )
        self._token: str | None = None

    @property
    def token(self) -> str | None:
        return self._token

    @token.setter
    def token(self, value: str | None) -> None:
        self._token = value

    def close(self) -> None:
        self._http.close()

    def _request(
        self,
        method: str,
        path: str,
        model: type[M],
        *,
        json: Any = None,
        params: dict[str, Any] | None = None,
        timeout: float | None = None,
        content: bytes | None = None,
    ) -> M:
        """One call whose JSON answer is ``model``."""
        response = self._send(
            method, path, json=json, params=params, timeout=timeout, content=content
        )
        try:
            return model.model_validate(response.json())
        except (ValueError, ValidationError) as exc:
            raise ServerUnreachable(f"{method} {path}: unexpected answer") from exc

    def _request_none(
        self, method: str, path: str, *, json: Any = None, params: dict[str, Any] | None = None
    ) -> None:
        """One call whose answer has no body (204)."""
        self._send(method, path, json=json, params=params)

    def _request_text(self, method: str, path: str, *, params: dict[str, Any] | None = None) -> str:
        """One call whose answer is text (CSV)."""
        return self._send(method, path, params=params).text

    def _send(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: dict[str, Any] | None = None,
        timeout: float | None = None,
        content: bytes | None = None,
    ) -> httpx.Response:
        headers = {"Authorization": f"Bearer {self._token}"} if self._token else {}
        try:
            response = self._http.request(
                method,
                path,
                json=json,
                params=params,
                content=content,
                headers=headers,
                timeout=timeout if timeout is not None else self._timeout,
            )
        except httpx.HTTPError as exc:  # connection refused, timeout, protocol error
            log.info("%s %s failed: %s", method, path, type(exc).__name__)
            raise ServerUnreachable(f"{method} {path}: {exc}") from exc
        if response.is_success:
            return response
        try:
            body = response.json()
        except ValueError:
            body = None
        raise error_from_response(response.status_code, body)
