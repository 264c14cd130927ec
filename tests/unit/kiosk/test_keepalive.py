"""A station's heartbeats share one connection: every side keeps it longer than a period.

uvicorn closes an idle connection after 5 s by default and httpx drops its own after 5 s: with
a heartbeat every 10 s, each heartbeat paid a TCP and a TLS handshake (bench/tls_heartbeats.py:
−21 to −32 % throughput under TLS). The figures are checked against the period, not timed.
"""

from __future__ import annotations

from typing import Any

from admin.api.serving import server_config
from kiosk.protocol.limits import (
    CLIENT_KEEPALIVE_SECONDS,
    HEARTBEAT_SECONDS,
    SERVER_KEEPALIVE_SECONDS,
)
from kiosk.protocol.tls import ServerTrust


def _app(scope: Any, receive: Any, send: Any) -> None:  # never called
    raise AssertionError


def test_the_server_keeps_an_idle_connection_beyond_a_heartbeat_and_the_clients_expiry() -> None:
    config = server_config(_app, host="127.0.0.1", port=0)
    assert config.timeout_keep_alive >= SERVER_KEEPALIVE_SECONDS - 1
    assert config.timeout_keep_alive > CLIENT_KEEPALIVE_SECONDS > HEARTBEAT_SECONDS


def test_a_clients_transport_keeps_its_connection_beyond_a_heartbeat() -> None:
    transport = ServerTrust().transport()
    try:
        pool = transport._pool  # httpcore's pool: where the expiry is applied
        assert pool._keepalive_expiry == CLIENT_KEEPALIVE_SECONDS
        assert pool._keepalive_expiry > HEARTBEAT_SECONDS
    finally:
        transport.close()
