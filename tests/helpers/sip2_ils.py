"""A library system (ILS) for the tests: pysip2's own SIP2 server on a free port.

The same codec as the client (admin/auth/sip2.py), the other side: it answers login (93/94)
with the ILS's SIP account and patron information (63/64) for the test patrons below, over
plain TCP or TLS. Used by the unit tests of the SIP2 source, the end-to-end sign-in on the
kiosk and bench/sign_in_sources.py; :class:`SlowLink` puts a slow or garbling network between
a client and it.
"""

from __future__ import annotations

import contextlib
import socket
import ssl
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any

import anyio
from anyio.from_thread import start_blocking_portal
from anyio.streams.tls import TLSListener
from pysip2 import (
    LOGIN,
    PATRON_INFORMATION,
    LoginRequest,
    LoginResponse,
    PatronInformationRequest,
    SIP2Server,
)

from admin.auth.sip2 import PatronInformationExtended
from tests.helpers.tcp_proxy import CuttableProxy

SIP_USER, SIP_PASSWORD = "kiosk", "s3cret-sip"
INSTITUTION = "BXL"
# card: (pin, extra fields of the answer)
PATRONS: dict[str, tuple[str, dict[str, Any]]] = {
    "1001": ("1234", {"patron_type": "CHILD", "birth_date": "20140302", "postcode": "1000"}),
    "1002": ("1234", {"expiration_date": "20250301    000000"}),
    "1003": ("1234", {"patron_status": "Y" + " " * 13}),
    "1004": ("1234", {"fee_amount": "7.50", "currency_type": "EUR"}),
    "1005": ("1234", {"patron_status": "    Y" + " " * 9}),
}
#: The card of every patron information request the ILS answered, in order, and its PIN.
asked: list[str] = []
pins: list[str] = []


def _ils() -> SIP2Server:
    app = SIP2Server(institution_id=INSTITUTION, login_required=True)

    @app.route(LOGIN)
    def login(req: LoginRequest, ctx: Any) -> LoginResponse:
        ok = req.login_user_id == SIP_USER and req.login_password == SIP_PASSWORD
        return LoginResponse(ok="1" if ok else "0")

    @app.route(PATRON_INFORMATION)
    def info(req: PatronInformationRequest, ctx: Any) -> PatronInformationExtended:
        asked.append(req.patron_identifier)
        pins.append(req.patron_password or "")
        known = PATRONS.get(req.patron_identifier)
        extra = dict(known[1]) if known else {}
        status = extra.pop("patron_status", " " * 14)
        return PatronInformationExtended(
            patron_status=status,
            language="000",
            transaction_date=ctx.now_18(),
            hold_items_count="0000",
            overdue_items_count="0000",
            charged_items_count="0000",
            fine_items_count="0000",
            recall_items_count="0000",
            unavailable_holds_count="0000",
            institution_id=INSTITUTION,
            patron_identifier=req.patron_identifier,
            personal_name="Alice Example" if known else "",
            valid_patron="Y" if known else "N",
            valid_patron_password="Y" if known and req.patron_password == known[0] else "N",
            **extra,
        )

    return app


@asynccontextmanager
async def _serving(tls: ssl.SSLContext | None) -> AsyncIterator[int]:
    """pysip2's connection handler on a free port (behind anyio's TLS listener for TLS).

    Not ``SIP2Server.start``: it leaves its listening socket open when it stops.
    """
    app = _ils()
    tcp = await anyio.create_tcp_listener(local_host="127.0.0.1", local_port=0)
    port = tcp.extra(anyio.abc.SocketAttribute.local_port)
    listener: Any = tcp if tls is None else TLSListener(tcp, tls, standard_compatible=False)
    async with listener, anyio.create_task_group() as group:
        group.start_soon(listener.serve, app._handle_connection)
        try:
            yield port
        finally:
            group.cancel_scope.cancel()


@contextmanager
def running_ils(tls: ssl.SSLContext | None = None) -> Iterator[int]:
    """The test ILS served in a thread of its own while the block runs; its port."""
    with (
        start_blocking_portal() as portal,
        portal.wrap_async_context_manager(_serving(tls)) as port,
    ):
        yield port


class SlowLink(CuttableProxy):
    """A TCP relay on loopback to the ILS whose answers come ``delay`` seconds late, or are
    rewritten by ``garble`` (a real answer made malformed): the network a client meets."""

    def __init__(
        self,
        target_port: int,
        delay: float = 0.0,
        garble: Callable[[bytes], bytes] | None = None,
    ) -> None:
        self.delay = delay
        self.garble = garble
        super().__init__(target_port)

    def _pump(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            answers = source.getpeername()[1] == self._target[1]  # from the ILS
        except OSError:
            answers = False
        if not answers:
            super()._pump(source, sink)
            return
        try:
            while chunk := source.recv(65536):
                if self.delay:
                    time.sleep(self.delay)  # the slow ILS this relay stands for
                if self.garble is not None:
                    chunk = self.garble(chunk)
                sink.sendall(chunk)
        except OSError:
            pass
        finally:
            with contextlib.suppress(OSError):
                source.close()
            with contextlib.suppress(OSError):
                sink.close()
