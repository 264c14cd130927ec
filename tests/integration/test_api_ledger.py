"""Over real HTTP: resume on the same station, automatic extension pushed to the station,
the visitor usage route, and the stale-session sweeper running beside the server."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from admin.core.notify import Notifier, commands_topic
from admin.db.store import Store
from admin.rules.session_rules import SessionRules
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.limits import OFFLINE_AFTER_SECONDS
from kiosk.protocol.paths import Paths
from tests.helpers.clock import FakeClock
from tests.helpers.liveserver import (
    add_site,
    add_staff,
    add_station,
    add_visitor,
    running_server,
    wait_until,
)

PASSWORD = "bibliotheque"
SITE = "EPN Test"


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def event(kind: str, seq: int, **fields: Any) -> dict[str, Any]:
    return {"event_id": str(uuid.uuid4()), "seq": seq, "kind": kind, "at": "now", **fields}


@pytest.fixture
def http(base_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, timeout=15) as client:
        yield client


def sign_in(http: httpx.Client, token: str, identifier: str) -> dict[str, Any]:
    response = http.post(
        Paths.STATION_SIGN_IN, json={"identifier": identifier}, headers=bearer(token)
    )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def send(http: httpx.Client, token: str, *events: dict[str, Any]) -> None:
    response = http.post(Paths.STATION_EVENTS, json={"events": list(events)}, headers=bearer(token))
    assert response.status_code == 200, response.text


def staff_token(http: httpx.Client, db_path: Path, username: str, **kwargs: Any) -> str:
    add_staff(db_path, username, PASSWORD, **kwargs)
    response = http.post(Paths.AUTH_LOGIN, json={"username": username, "password": PASSWORD})
    return str(response.json()["token"])


def test_signing_in_again_on_the_same_station_resumes(
    http: httpx.Client, db_path: Path, clock: FakeClock
) -> None:
    token = add_station(db_path, "RC-01")
    add_visitor(db_path, "card")
    first = sign_in(http, token, "card")
    clock.advance(300)
    send(
        http,
        token,
        event(
            "heartbeat", 1, session_id=first["session_id"], used_seconds=300, remaining_seconds=3300
        ),
    )
    clock.advance(20)
    again = sign_in(http, token, "card")
    assert again["session_id"] == first["session_id"]
    assert again["granted_seconds"] == 3280
    assert again["warning_seconds"] == [300, 60]


def test_automatic_extension_is_pushed_to_the_station(
    http: httpx.Client, db_path: Path, notifier: Notifier
) -> None:
    token = add_station(db_path, "RC-01")
    add_station(db_path, "RC-02")  # enrolled, but it must be online to count as free
    free = add_station(db_path, "RC-03")
    http.get(Paths.STATION_ME, headers=bearer(free))
    add_visitor(db_path, "card")
    with Store(db_path) as store:
        SessionRules(store).set("*", extend_minutes=15, extend_times=1, extend_min_free=1)
    session_id = sign_in(http, token, "card")["session_id"]
    result: dict[str, httpx.Response] = {}

    def poll() -> None:
        result["response"] = http.get(
            Paths.STATION_COMMANDS, params={"after": 0, "wait": 10}, headers=bearer(token)
        )

    thread = threading.Thread(target=poll)
    thread.start()
    wait_until(lambda: notifier.waiting(commands_topic("RC-01")) == 1, what="parked poll")
    near_end = event(
        "heartbeat", 1, session_id=session_id, used_seconds=3500, remaining_seconds=100
    )
    send(http, token, near_end)
    thread.join(15)
    assert not thread.is_alive()
    [command] = result["response"].json()["commands"]
    assert (command["kind"], command["minutes"]) == ("extend", 15)
    assert command["session_id"] == session_id

    send(http, token, near_end)  # the same heartbeat again: no second extension
    pending = http.get(Paths.STATION_COMMANDS, params={"after": 0}, headers=bearer(token))
    assert [c["id"] for c in pending.json()["commands"]] == [command["id"]]


def test_visitor_usage_route(http: httpx.Client, db_path: Path) -> None:
    add_site(db_path, "EPN Other")
    token = add_station(db_path, "RC-01")
    add_visitor(db_path, "card", display_name="Fatima")
    session_id = sign_in(http, token, "card")["session_id"]
    send(
        http,
        token,
        event("session_ended", 1, session_id=session_id, used_seconds=600, reason="visitor"),
    )
    path = f"{Paths.visitor('card')}/usage"
    admin = staff_token(http, db_path, "admin", role="admin")
    body = http.get(path, headers=bearer(admin)).json()
    assert body["identifier"] == "card" and body["display_name"] == "Fatima"
    assert body["today_seconds"] == body["week_seconds"] == 600
    assert [(s["id"], s["used_seconds"]) for s in body["sessions"]] == [(session_id, 600)]
    assert body["sessions"][0]["timezone"] == "Europe/Brussels"  # the site's, for its clock
    assert "pin" not in str(body).lower()

    # staff of another site: the city-wide totals, none of this site's sessions
    other = staff_token(http, db_path, "other", role="staff", sites=["EPN Other"])
    scoped = http.get(path, headers=bearer(other)).json()
    assert scoped["today_seconds"] == 600 and scoped["sessions"] == []

    for headers in ({}, bearer(token), bearer("nonsense")):
        refused = http.get(path, headers=headers)
        assert refused.status_code == 401
        assert refused.json()["error"]["code"] == ErrorCode.UNAUTHENTICATED
    missing = http.get(f"{Paths.visitor('nobody')}/usage", headers=bearer(admin))
    assert missing.status_code == 404


def test_the_sweeper_closes_a_silent_station_session(tmp_path: Path) -> None:
    db_path = tmp_path / "epn.db"
    add_site(db_path, SITE)
    clock = FakeClock()
    token = add_station(db_path, "RC-01")
    add_visitor(db_path, "card")
    with (
        running_server(db_path, clock=clock, sweep_interval=0.01) as url,
        httpx.Client(base_url=url, timeout=15) as http,
    ):
        admin = staff_token(http, db_path, "admin", role="admin")
        session_id = sign_in(http, token, "card")["session_id"]
        clock.advance(OFFLINE_AFTER_SECONDS + 1)

        def ended() -> bool:
            sessions = http.get(Paths.SESSIONS, headers=bearer(admin)).json()["sessions"]
            return [(s["id"], s["end_reason"]) for s in sessions] == [(session_id, "stale")]

        wait_until(ended, what="the stale session closed")
