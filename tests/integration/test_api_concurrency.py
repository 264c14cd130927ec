"""Races against the real server: requests released together by a barrier, one client each.

The same visitor on two stations at once (one wins), the same event batch twice at once
(counted once), the same staff command request id at once (one command).
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import httpx
import pytest

from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.paths import Paths
from tests.helpers.liveserver import add_staff, add_station, add_visitor

PASSWORD = "bibliotheque"
ROUNDS = 10
BARRIER_TIMEOUT = 10.0


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def at_once(
    base_url: str, calls: list[Callable[[httpx.Client], httpx.Response]]
) -> list[httpx.Response]:
    """Run each call on its own thread and connection, all released by one barrier.

    Each client opens its connection before the barrier (a request to a route that needs no
    token), so the calls themselves leave as close together as the threads allow.
    """
    barrier = threading.Barrier(len(calls), timeout=BARRIER_TIMEOUT)

    def run(call: Callable[[httpx.Client], httpx.Response], http: httpx.Client) -> httpx.Response:
        http.get(Paths.STATION_ME)  # 401, but the connection is now open
        barrier.wait()
        return call(http)

    with ExitStack() as stack, ThreadPoolExecutor(max_workers=len(calls)) as pool:
        clients = [stack.enter_context(httpx.Client(base_url=base_url, timeout=15)) for _ in calls]
        return list(pool.map(run, calls, clients))


@pytest.fixture
def http(base_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, timeout=15) as client:
        yield client


@pytest.fixture
def admin(http: httpx.Client, db_path: Path) -> dict[str, str]:
    add_staff(db_path, "admin", PASSWORD, role="admin")
    response = http.post(Paths.AUTH_LOGIN, json={"username": "admin", "password": PASSWORD})
    return bearer(response.json()["token"])


def posting(
    path: str, body: dict[str, Any], headers: dict[str, str]
) -> Callable[[httpx.Client], httpx.Response]:
    return lambda http: http.post(path, json=body, headers=headers)


def sign_in(token: str, identifier: str, pin: str | None) -> Callable[[httpx.Client], Any]:
    return posting(Paths.STATION_SIGN_IN, {"identifier": identifier, "pin": pin}, bearer(token))


def event(kind: str, seq: int, **fields: Any) -> dict[str, Any]:
    return {
        "event_id": str(uuid.uuid4()),
        "seq": seq,
        "kind": kind,
        "at": "2025-03-10T09:00:00",
        **fields,
    }


# --- one visitor, two stations -----------------------------------------------------------------


def test_same_visitor_on_two_stations_at_once_exactly_one_wins(
    base_url: str, db_path: Path, http: httpx.Client, admin: dict[str, str]
) -> None:
    for round_ in range(ROUNDS):
        names = (f"RC-{round_}-A", f"RC-{round_}-B")
        tokens = {name: add_station(db_path, name) for name in names}
        identifier = f"card-{round_}"
        # every other visitor has a PIN: its argon2 check runs outside the store's lock
        pin = "2468" if round_ % 2 else None
        add_visitor(db_path, identifier, pin=pin)
        answers = at_once(base_url, [sign_in(tokens[name], identifier, pin) for name in names])

        statuses = sorted(response.status_code for response in answers)
        assert statuses == [200, 409], (round_, [r.text for r in answers])
        winner = names[[r.status_code for r in answers].index(200)]
        loser = next(r for r in answers if r.status_code == 409).json()["error"]
        assert loser["code"] == ErrorCode.SIGNED_IN_ELSEWHERE
        assert loser["details"] == {"station": winner, "silent": False}
        # one session for the visitor, on the winning station
        active = http.get(Paths.SESSIONS, params={"state": "active"}, headers=admin).json()
        mine = [s for s in active["sessions"] if s["visitor_identifier"] == identifier]
        assert [s["station"] for s in mine] == [winner], round_


# --- one event batch, twice --------------------------------------------------------------------


def test_same_event_batch_posted_twice_at_once_counts_once(
    base_url: str, db_path: Path, http: httpx.Client, admin: dict[str, str]
) -> None:
    token = add_station(db_path, "RC-01")
    for round_ in range(ROUNDS):
        identifier = f"card-{round_}"
        add_visitor(db_path, identifier)
        granted = http.post(
            Paths.STATION_SIGN_IN, json={"identifier": identifier}, headers=bearer(token)
        )
        session_id = granted.json()["session_id"]
        seq = 10 * round_
        batch = {
            "events": [
                event("heartbeat", seq + 1, session_id=session_id, used_seconds=300),
                event(
                    "app_used", seq + 2, session_id=session_id, app_id="writer", used_seconds=120
                ),
                event(
                    "app_used", seq + 3, session_id=session_id, app_id="browser", used_seconds=45
                ),
                event(
                    "session_ended",
                    seq + 4,
                    session_id=session_id,
                    used_seconds=600,
                    reason="visitor",
                ),
            ]
        }
        ids = [e["event_id"] for e in batch["events"]]
        post = posting(Paths.STATION_EVENTS, batch, bearer(token))
        answers = at_once(base_url, [post, post])

        assert [r.status_code for r in answers] == [200, 200]
        assert [r.json()["accepted"] for r in answers] == [ids, ids]
        apps = http.get(Paths.session_apps(session_id), headers=admin).json()["apps"]
        assert apps == [
            {"app_id": "writer", "seconds": 120},
            {"app_id": "browser", "seconds": 45},
        ], round_
        sessions = http.get(Paths.SESSIONS, params={"state": "ended"}, headers=admin).json()
        used = {s["id"]: s["used_seconds"] for s in sessions["sessions"]}
        assert used[session_id] == 600
        usage = http.get(f"{Paths.VISITORS}/{identifier}/usage", headers=admin).json()
        assert (usage["today_seconds"], usage["week_seconds"]) == (600, 600), round_


# --- one command request id, several times -----------------------------------------------------


def test_same_command_request_id_at_once_creates_one_command(
    base_url: str, db_path: Path, http: httpx.Client, admin: dict[str, str]
) -> None:
    token = add_station(db_path, "RC-01")
    for round_ in range(ROUNDS):
        body = {"kind": "message", "text": f"Bonjour {round_}", "request_id": f"req-{round_}"}
        post = posting(Paths.station_commands("RC-01"), body, admin)
        answers = at_once(base_url, [post] * 4)

        assert {r.status_code for r in answers} == {201}, [r.text for r in answers]
        assert len({r.json()["id"] for r in answers}) == 1, round_
        pending = http.get(Paths.STATION_COMMANDS, headers=bearer(token)).json()["commands"]
        assert [c["text"] for c in pending] == [f"Bonjour {i}" for i in range(round_ + 1)]
