"""The HTTP plumbing of the staff client: token, one request, errors as ClientError.

Each call goes through :func:`kiosk.protocol.http.request`, the one the station's client uses
too: every failure is a :class:`~kiosk.protocol.http.ClientError`, ``ServerUnreachable`` for
connection errors, timeouts, 5xx and unreadable answers (``CertificateMismatch`` when the
server's certificate is not the pinned one); ``ApiError`` with its
:class:`ErrorCode` for 4xx. The calls of each area of the API are mixins in
``admin/client_*.py``; :class:`admin.client.staff_client.StaffClient` joins them.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel

from kiosk.protocol.abort import Aborter
from kiosk.protocol.http import parse, request
from kiosk.protocol.tls import ServerTrust

if TYPE_CHECKING:
    import httpx

M = TypeVar("M", bound=BaseModel)


class ClientBase:
    def __init__(
        self,
        base_url: str,
        *,
        timeout: float = 10.0,
        transport: httpx.BaseTransport | None = None,
        trust: ServerTrust | None = None,
    ) -> None:
        self._timeout = timeout
        self._base_url = base_url.rstrip("/")
        self._given_transport = transport
        self._trust = trust or ServerTrust()
        # httpx (and its TLS set-up) load with the first request, not with the client: the
        # console's sign-in window shows before anything is sent
        self._opened: tuple[httpx.BaseTransport, httpx.Client] | None = None
        self._open_lock = threading.Lock()
        self._closed = False
        # close() from another thread cuts a waiting long-poll short (kiosk/protocol/abort.py)
        self._aborter = Aborter()
        self._token: str | None = None

    def _open(self) -> tuple[httpx.BaseTransport, httpx.Client]:
        with self._open_lock:
            if self._opened is None:
                if self._closed:
                    raise RuntimeError("Cannot send a request, as the client has been closed.")
                import httpx

                # our own transport, so close() can close its connections again (see close());
                # its TLS is verified as ``trust`` says (CA file, pinned fingerprint)
                transport = self._given_transport or self._aborter.install(self._trust.transport())
                client = httpx.Client(
                    base_url=self._base_url, timeout=self._timeout, transport=transport
                )
                self._opened = (transport, client)
            return self._opened

    @property
    def _http(self) -> httpx.Client:
        return self._open()[1]

    @property
    def token(self) -> str | None:
        return self._token

    @token.setter
    def token(self, value: str | None) -> None:
        self._token = value

    def close(self) -> None:
        """Close the client; safe to call again, from any thread.

        Closed from another thread (the console's feed while its long-poll runs), a request
        that was opening a connection at that moment can finish opening it after the pool was
        closed: calling close() again from the request's thread once it has returned closes
        that connection too (the client stays closed; only the pool is closed again).
        """
        with self._open_lock:
            self._closed = True
            opened = self._opened
        if opened is None:
            return  # nothing was ever sent
        self._aborter.abort()
        transport, client = opened
        client.close()
        transport.close()

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
        return parse(response, model)

    def _request_none(
        self, method: str, path: str, *, json: Any = None, params: dict[str, Any] | None = None
    ) -> None:
        """One call whose answer has no body (204)."""
        self._send(method, path, json=json, params=params)

    def _request_text(self, method: str, path: str, *, params: dict[str, Any] | None = None) -> str:
        """One call whose answer is text (CSV)."""
        return self._send(method, path, params=params).text

    def _request_bytes(
        self, method: str, path: str, *, params: dict[str, Any] | None = None
    ) -> bytes:
        """One call whose answer is a file (a PDF)."""
        return self._send(method, path, params=params).content

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
        return request(
            self._http,
            method,
            path,
            json=json,
            params=params,
            content=content,
            headers=headers,
            timeout=timeout,
        )
