"""Closing a station's client cuts its long-poll short, over HTTP and HTTPS.

A station stopping (a restart, an update) used to wait for the poll thread, blocked in a
read of a long-poll that the server holds up to 25 s: closing the client did not wake it.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from admin.api.tls import init_tls
from admin.core.notify import Notifier, commands_topic
from admin.core.timeutil import utc_now
from kiosk.client import StationClient
from kiosk.protocol.http import ServerUnreachable
from kiosk.protocol.tls import ServerTrust
from tests.helpers.liveserver import add_site, add_station, running_server, wait_until

WAIT_S = 20.0  # the poll the server holds: far longer than the test allows


@pytest.mark.parametrize("tls", [False, True], ids=["http", "https"])
def test_closing_the_client_ends_a_waiting_long_poll_at_once(tmp_path: Path, tls: bool) -> None:
    db = tmp_path / "epn.db"
    add_site(db)
    token = add_station(db, "RC-01")
    issued = init_tls(tmp_path / "tls", ["127.0.0.1"], days=30, now=utc_now()) if tls else None
    files = {"certfile": issued.server_cert, "keyfile": issued.server_key} if issued else {}
    notifier = Notifier()
    with running_server(db, notifier=notifier, **files) as url:
        trust = ServerTrust(ca_file=issued.ca_cert) if issued else ServerTrust()
        client = StationClient(url, token, trust=trust, timeout=WAIT_S + 5)
        outcome: list[object] = []

        def poll() -> None:
            try:
                outcome.append(client.wait_commands(after=0, wait=WAIT_S))
            except ServerUnreachable as exc:
                outcome.append(exc)

        thread = threading.Thread(target=poll, daemon=True)
        thread.start()
        # the request is on the wire, parked by the server
        wait_until(lambda: notifier.waiting(commands_topic("RC-01")) > 0, what="the long-poll")
        closed_at = time.monotonic()
        client.close()
        thread.join(WAIT_S)
        ended_after = time.monotonic() - closed_at
    assert not thread.is_alive()
    assert ended_after < 2.0, ended_after
    assert len(outcome) == 1 and isinstance(outcome[0], ServerUnreachable)
