"""Staff API client (sync httpx), used by the staff console's worker thread and the CLI.

Every failure is a :class:`kiosk.protocol.ClientError`: ``ServerUnreachable`` for connection
errors, timeouts and 5xx; ``ApiError`` with its :class:`ErrorCode` for 4xx.
"""

from __future__ import annotations

import logging
from typing import Any, Literal, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from kiosk.protocol import (
    CommandKind,
    CommandRequest,
    CommandStatus,
    LoginRequest,
    LoginResponse,
    Paths,
    ServerUnreachable,
    SessionList,
    SessionSummary,
    StaffInfo,
    StationList,
    error_from_response,
)

log = logging.getLogger("epn.client.staff")

M = TypeVar("M", bound=BaseModel)

#: Extra seconds on top of a long-poll's wait before the HTTP timeout fires.
LONG_POLL_MARGIN = 5.0


class StaffClient:
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

    def login(self, username: str, password: str) -> LoginResponse:
        """Log in and keep the token for the next calls."""
        body = LoginRequest(username=username, password=password).model_dump()
        response = self._request("POST", Paths.AUTH_LOGIN, LoginResponse, json=body)
        self._token = response.token
        return response

    def me(self) -> StaffInfo:
        return self._request("GET", Paths.AUTH_ME, StaffInfo)

    def stations(self, since: int | None = None, wait: float = 0) -> StationList:
        """The station list; with ``since`` the server holds the call up to ``wait`` s."""
        params: dict[str, Any] = {}
        if since is not None:
            params = {"since": since, "wait": wait}
        timeout = max(self._timeout, wait + LONG_POLL_MARGIN)
        return self._request("GET", Paths.STATIONS, StationList, params=params, timeout=timeout)

    def send_command(
        self, station: str, kind: CommandKind | str, minutes: int | None = None
    ) -> CommandStatus:
        body = CommandRequest(kind=CommandKind(kind), minutes=minutes).model_dump(mode="json")
        return self._request("POST", Paths.station_commands(station), CommandStatus, json=body)

    def extend(self, station: str, minutes: int) -> CommandStatus:
        return self.send_command(station, CommandKind.EXTEND, minutes)

    def end(self, station: str) -> CommandStatus:
        return self.send_command(station, CommandKind.END)

    def sessions(self, state: Literal["active", "ended"] | None = None) -> list[SessionSummary]:
        params = {"state": state} if state else {}
        return self._request("GET", Paths.SESSIONS, SessionList, params=params).sessions

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> StaffClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _request(
        self,
        method: str,
        path: str,
        model: type[M],
        *,
        json: Any = None,
        params: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> M:
        headers = {"Authorization": f"Bearer {self._token}"} if self._token else {}
        try:
            response = self._http.request(
                method,
                path,
                json=json,
                params=params,
                headers=headers,
                timeout=timeout if timeout is not None else self._timeout,
            )
        except httpx.HTTPError as exc:  # connection refused, timeout, protocol error
            log.info("%s %s failed: %s", method, path, type(exc).__name__)
            raise ServerUnreachable(f"{method} {path}: {exc}") from exc
        if response.is_success:
            try:
                return model.model_validate(response.json())
            except (ValueError, ValidationError) as exc:
                raise ServerUnreachable(f"{method} {path}: unexpected answer") from exc
        try:
            body = response.json()
        except ValueError:
            body = None
        raise error_from_response(response.status_code, body)
