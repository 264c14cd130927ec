"""The HTTP API against the real app served by uvicorn."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from admin.api.app import create_app
from admin.client.staff_client import StaffClient
from admin.core.notify import STATIONS_TOPIC, Notifier, commands_topic
from admin.db.store import Store
from kiosk.protocol.commands import CommandKind
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.http import ApiError, ServerUnreachable
from kiosk.protocol.paths import Paths
from kiosk.protocol.room import StationState
from tests.helpers.clock import FakeClock
from tests.helpers.liveserver import (
    add_site,
    add_staff,
    add_station,
    add_visitor,
    serve_app,
    set_policy,
    wait_until,
)

PASSWORD = "bibliotheque"


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def error_code(response: httpx.Response) -> str:
    return str(response.json()["error"]["code"])


def event(kind: str, seq: int = 1, **fields: Any) -> dict[str, Any]:
    return {
        "event_id": str(uuid.uuid4()),
        "seq": seq,
        "kind": kind,
        "at": "2025-03-10T09:00:00",
        **fields,
    }


@pytest.fixture
def http(base_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, timeout=15) as client:
        yield client


@pytest.fixture
def station_token(db_path: Path) -> str:
    return add_station(db_path, "RC-01")


@pytest.fixture
def staff(db_path: Path, base_url: str) -> Iterator[StaffClient]:
    add_staff(db_path, "admin", PASSWORD, role="admin")
    with StaffClient(base_url) as client:
        client.login("admin", PASSWORD)
        yield client


def sign_in(
    http: httpx.Client, token: str, identifier: str, pin: str | None = None
) -> httpx.Response:
    return http.post(
        Paths.STATION_SIGN_IN, json={"identifier": identifier, "pin": pin}, headers=bearer(token)
    )


# --- station side --------------------------------------------------------------------------


def test_station_me(http: httpx.Client, station_token: str) -> None:
    response = http.get(Paths.STATION_ME, headers=bearer(station_token))
    assert response.status_code == 200
    assert response.json()["name"] == "RC-01"
    assert response.json()["site"]["name"] == "EPN Test"


@pytest.mark.parametrize("headers", [{}, bearer("unknown"), {"Authorization": "Basic eA=="}])
def test_station_auth_refused(http: httpx.Client, headers: dict[str, str]) -> None:
    response = http.get(Paths.STATION_ME, headers=headers)
    assert response.status_code == 401
    assert error_code(response) == ErrorCode.UNAUTHENTICATED


def test_sign_in_and_refusals(http: httpx.Client, db_path: Path, station_token: str) -> None:
    add_visitor(db_path, "2100001234", display_name="Fatima")
    add_visitor(db_path, "off", enabled=False)
    granted = sign_in(http, station_token, "2100001234")
    assert granted.status_code == 200
    assert granted.json()["granted_seconds"] == 3600
    assert granted.json()["visitor"]["display_name"] == "Fatima"

    other = add_station(db_path, "RC-02")
    elsewhere = sign_in(http, other, "2100001234")
    assert elsewhere.status_code == 409
    assert error_code(elsewhere) == ErrorCode.SIGNED_IN_ELSEWHERE
    assert elsewhere.json()["error"]["details"] == {"station": "RC-01", "silent": False}

    # an unknown card is answered like a card with a PIN: nothing says it does not exist
    unknown = sign_in(http, other, "nobody")
    assert unknown.status_code == 403 and error_code(unknown) == ErrorCode.PIN_REQUIRED
    unknown = sign_in(http, other, "nobody", "1234")
    assert unknown.status_code == 403 and error_code(unknown) == ErrorCode.BAD_CREDENTIALS
    disabled = sign_in(http, other, "off")
    assert error_code(disabled) == ErrorCode.ACCOUNT_DISABLED


def test_pin_required_then_success(http: httpx.Client, db_path: Path, station_token: str) -> None:
    add_visitor(db_path, "card", pin="2468")
    first = sign_in(http, station_token, "card")
    assert error_code(first) == ErrorCode.PIN_REQUIRED
    wrong = sign_in(http, station_token, "card", "0000")
    assert error_code(wrong) == ErrorCode.BAD_CREDENTIALS
    # the station learns how many wrong PINs are left before the lock, to warn the visitor
    assert wrong.json()["error"]["details"] == {"tries_left": 4, "lock_seconds": 900}
    right = sign_in(http, station_token, "card", "2468")
    assert right.status_code == 200


def test_events_applied_exactly_once(
    http: httpx.Client, db_path: Path, station_token: str, staff: StaffClient
) -> None:
    add_visitor(db_path, "card")
    session_id = sign_in(http, station_token, "card").json()["session_id"]
    batch = {
        "events": [
            event("heartbeat", 1, session_id=session_id, used_seconds=300, remaining_seconds=3300),
            event("session_ended", 2, session_id=session_id, used_seconds=400, reason="visitor"),
        ]
    }
    for _ in range(2):
        response = http.post(Paths.STATION_EVENTS, json=batch, headers=bearer(station_token))
        assert response.status_code == 200
        assert response.json()["accepted"] == [e["event_id"] for e in batch["events"]]
    ended = staff.sessions("ended")
    assert [(s.id, s.used_seconds, s.end_reason) for s in ended] == [(session_id, 400, "visitor")]
    with Store(db_path) as store:
        count = store.read(lambda db: db["events"].count)
    assert count == 2
    # a 20 min day: 400 s used leaves 800 s (counted twice it would leave 400 s)
    set_policy(db_path, "adult", session_minutes=60, daily_minutes=20, weekly_minutes=600)
    assert sign_in(http, station_token, "card").json()["granted_seconds"] == 800


def test_command_long_poll_delivers_promptly(
    http: httpx.Client,
    db_path: Path,
    station_token: str,
    staff: StaffClient,
    notifier: Notifier,
) -> None:
    add_visitor(db_path, "card")
    sign_in(http, station_token, "card")
    result: dict[str, Any] = {}

    def poll() -> None:
        started = time.monotonic()
        response = http.get(
            Paths.STATION_COMMANDS, params={"after": 0, "wait": 10}, headers=bearer(station_token)
        )
        result["elapsed"] = time.monotonic() - started
        result["response"] = response

    thread = threading.Thread(target=poll)
    thread.start()
    # the poll must be parked on the server before the command is created
    wait_until(lambda: notifier.waiting(commands_topic("RC-01")) == 1, what="parked poll")
    sent_at = time.monotonic()
    command = staff.extend("RC-01", 10)
    thread.join(15)
    assert not thread.is_alive()
    response = result["response"]
    assert response.status_code == 200
    assert [c["id"] for c in response.json()["commands"]] == [command.id]
    assert response.json()["commands"][0]["minutes"] == 10
    assert result["elapsed"] < 9  # it did not run to the 10 s timeout
    assert time.monotonic() - sent_at < 1.0


def test_command_poll_returns_pending_at_once_and_times_out_empty(
    http: httpx.Client, db_path: Path, station_token: str, staff: StaffClient
) -> None:
    add_visitor(db_path, "card")
    sign_in(http, station_token, "card")
    empty = http.get(Paths.STATION_COMMANDS, params={"wait": 0.2}, headers=bearer(station_token))
    # no holds tag asked for, none answered
    assert empty.json() == {"commands": [], "holds_version": None}
    command = staff.end("RC-01")
    found = http.get(
        Paths.STATION_COMMANDS, params={"after": 0, "wait": 10}, headers=bearer(station_token)
    )
    assert [c["kind"] for c in found.json()["commands"]] == ["end"]
    later = http.get(
        Paths.STATION_COMMANDS,
        params={"after": command.id, "wait": 0.2},
        headers=bearer(station_token),
    )
    assert later.json() == {"commands": [], "holds_version": None}


def test_command_applied_updates_the_station_list(
    http: httpx.Client, db_path: Path, station_token: str, staff: StaffClient, clock: FakeClock
) -> None:
    add_visitor(db_path, "card")
    session_id = sign_in(http, station_token, "card").json()["session_id"]
    command = staff.extend("RC-01", 10)
    assert staff.stations().stations[0].pending_commands == 1
    clock.advance(60)
    applied = event(
        "command_applied",
        command_id=command.id,
        session_id=session_id,
        remaining_seconds=3540 + 600,
        ok=True,
    )
    http.post(Paths.STATION_EVENTS, json={"events": [applied]}, headers=bearer(station_token))
    status = staff.stations().stations[0]
    assert status.pending_commands == 0
    assert status.seconds_left == 4140


# --- staff side ----------------------------------------------------------------------------


def test_stations_long_poll_wakes_on_change(
    base_url: str,
    http: httpx.Client,
    db_path: Path,
    station_token: str,
    staff: StaffClient,
    notifier: Notifier,
) -> None:
    add_visitor(db_path, "card")
    http.get(Paths.STATION_ME, headers=bearer(station_token))
    first = staff.stations()
    assert [(s.name, s.state) for s in first.stations] == [("RC-01", StationState.FREE)]
    same = staff.stations(since=first.version, wait=0.2)
    assert same.version == first.version
    result: dict[str, Any] = {}

    def poll() -> None:
        started = time.monotonic()
        with StaffClient(base_url) as other:
            other.token = staff.token
            result["list"] = other.stations(since=first.version, wait=10)
        result["elapsed"] = time.monotonic() - started

    thread = threading.Thread(target=poll)
    thread.start()
    wait_until(lambda: notifier.waiting(STATIONS_TOPIC) == 1, what="parked poll")
    assert sign_in(http, station_token, "card").status_code == 200
    thread.join(15)
    changed = result["list"]
    assert result["elapsed"] < 5
    assert changed.version > first.version
    assert changed.stations[0].state == StationState.IN_USE
    assert changed.stations[0].visitor_identifier == "card"


def test_staff_of_another_site_is_forbidden(
    base_url: str, http: httpx.Client, db_path: Path, station_token: str
) -> None:
    add_site(db_path, "BruSurf")
    add_staff(db_path, "bru", PASSWORD, role="staff", sites=["BruSurf"])
    add_visitor(db_path, "card")
    sign_in(http, station_token, "card")
    with StaffClient(base_url) as client:
        info = client.login("bru", PASSWORD).staff
        assert info.role == "staff" and len(info.site_ids) == 1
        assert client.stations().stations == []
        with pytest.raises(ApiError) as refused:
            client.extend("RC-01", 5)
    # another site's station answers as a missing one
    assert refused.value.status == 404 and refused.value.code == ErrorCode.NOT_FOUND


def test_wrong_password_and_unknown_user(base_url: str, db_path: Path) -> None:
    add_staff(db_path, "admin", PASSWORD, role="admin")
    with StaffClient(base_url) as client:
        for username, password in [("admin", "wrong-one"), ("ghost", PASSWORD)]:
            with pytest.raises(ApiError) as refused:
                client.login(username, password)
            assert refused.value.status == 401 and refused.value.code == ErrorCode.BAD_LOGIN
        assert client.token is None


def test_expired_token(staff: StaffClient, clock: FakeClock) -> None:
    assert staff.me().username == "admin"
    clock.advance(hours=8, seconds=1)
    with pytest.raises(ApiError) as refused:
        staff.me()
    assert refused.value.code == ErrorCode.TOKEN_EXPIRED and refused.value.status == 401
    staff.token = "forged"
    with pytest.raises(ApiError) as unknown:
        staff.me()
    assert unknown.value.code == ErrorCode.UNAUTHENTICATED


def test_no_active_session(staff: StaffClient, station_token: str) -> None:
    with pytest.raises(ApiError) as refused:
        staff.end("RC-01")
    assert refused.value.code == ErrorCode.NO_ACTIVE_SESSION and refused.value.status == 409
    with pytest.raises(ApiError) as missing:
        staff.end("RC-404")
    assert missing.value.code == ErrorCode.NOT_FOUND


def test_invalid_body_is_422_with_code(http: httpx.Client, station_token: str) -> None:
    response = http.post(
        Paths.STATION_SIGN_IN, json={"identifier": "", "pin": "9876"}, headers=bearer(station_token)
    )
    assert response.status_code == 422
    assert error_code(response) == ErrorCode.INVALID_REQUEST
    assert response.json()["error"]["details"]["errors"][0]["loc"] == ["body", "identifier"]
    assert "9876" not in response.text  # the input is never echoed back
    broken = http.post(
        Paths.STATION_SIGN_IN,
        content=b"{not json",
        headers={**bearer(station_token), "Content-Type": "application/json"},
    )
    assert broken.status_code == 422 and error_code(broken) == ErrorCode.INVALID_REQUEST


def test_huge_body_is_413(http: httpx.Client, station_token: str) -> None:
    response = http.post(
        Paths.STATION_EVENTS,
        content=b"x" * 200_000,
        headers={**bearer(station_token), "Content-Type": "application/json"},
    )
    assert response.status_code == 413
    assert error_code(response) == ErrorCode.PAYLOAD_TOO_LARGE


def test_streamed_huge_body_is_413(http: httpx.Client, station_token: str) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(20):
            yield b"x" * 8192

    response = http.post(
        Paths.STATION_EVENTS,
        content=chunks(),
        headers={**bearer(station_token), "Content-Type": "application/json"},
    )
    assert response.status_code == 413
    assert error_code(response) == ErrorCode.PAYLOAD_TOO_LARGE


def test_unknown_path_is_not_found(http: httpx.Client) -> None:
    response = http.get("/api/v1/nothing-here")
    assert response.status_code == 404 and error_code(response) == ErrorCode.NOT_FOUND


def test_openapi_is_served(http: httpx.Client) -> None:
    schema = http.get("/api/v1/openapi.json").json()
    for path in (
        Paths.STATION_ME,
        Paths.STATION_SIGN_IN,
        Paths.STATION_EVENTS,
        Paths.STATION_COMMANDS,
        Paths.AUTH_LOGIN,
        Paths.AUTH_ME,
        Paths.STATIONS,
        Paths.SESSIONS,
        Paths.station_commands("{station}"),
    ):
        assert path in schema["paths"], path
    assert http.get("/api/v1/docs").status_code == 200


def test_bug_gives_json_500_and_is_logged(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with Store(tmp_path / "epn.db") as store:
        app = create_app(store)

        @app.get("/boom")
        def boom() -> None:
            raise RuntimeError("a bug")

        with serve_app(app) as url:
            response = httpx.get(f"{url}/boom")
    assert response.status_code == 500
    assert response.json()["error"]["code"] == "INTERNAL"
    assert "a bug" not in response.text
    assert any(r.exc_info and "a bug" in str(r.exc_info[1]) for r in caplog.records)


# --- the staff client ------------------------------------------------------------------------


def test_staff_client_round_trip(
    staff: StaffClient, http: httpx.Client, db_path: Path, station_token: str
) -> None:
    add_visitor(db_path, "card", display_name="Jan")
    session_id = sign_in(http, station_token, "card").json()["session_id"]
    me = staff.me()
    assert me.username == "admin" and me.role == "admin"
    listed = staff.stations()
    assert listed.stations[0].visitor_name == "Jan"
    extend = staff.send_command("RC-01", CommandKind.EXTEND, 5)
    assert extend.status == "pending" and extend.station == "RC-01" and extend.minutes == 5
    end = staff.send_command("RC-01", "end")
    assert end.kind == CommandKind.END and end.id > extend.id
    active = staff.sessions("active")
    assert [s.id for s in active] == [session_id] and active[0].visitor_identifier == "card"
    assert staff.sessions("ended") == []


def test_staff_client_unreachable() -> None:
    from admin.api.serving import free_port

    url = f"http://127.0.0.1:{free_port()}"
    with StaffClient(url, timeout=2) as client, pytest.raises(ServerUnreachable):
        client.login("a", "b")


def test_staff_client_5xx_is_unreachable() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(502, text="bad gateway"))
    with (
        StaffClient("http://epn.test", transport=transport) as client,
        pytest.raises(ServerUnreachable),
    ):
        client.me()


def test_a_bug_is_logged_with_the_route_template_not_the_card_number(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with Store(tmp_path / "epn.db") as store:
        app = create_app(store)

        @app.get("/boom/{identifier}")
        def boom(identifier: str) -> None:
            raise RuntimeError("a bug")

        with serve_app(app) as url:
            assert httpx.get(f"{url}/boom/2100987654?search=Durand").status_code == 500
    [record] = [r for r in caplog.records if r.exc_info]
    assert record.getMessage() == "bug while serving GET /boom/{identifier}"
