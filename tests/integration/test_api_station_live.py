"""The staff console's live room view over real HTTP: states, live fields, desk sign-in.

The station side is played with raw events where the server's rules are tested, and by a real
agent (kiosk.agent.StationAgent with its HTTP client) where the whole chain is: staff command
→ station → heartbeat → station list.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from admin.client.staff_client import StaffClient
from admin.core.notify import STATIONS_TOPIC, Notifier
from admin.db.store import Store
from admin.sessions.sweeper import Sweeper
from kiosk.agent import StationAgent
from kiosk.client import StationClient
from kiosk.clock import FakeClock as StationClock
from kiosk.listener import AgentListener
from kiosk.protocol.commands import CommandKind, CommandStatus
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.limits import OFFLINE_AFTER_SECONDS
from kiosk.protocol.paths import Paths
from kiosk.protocol.room import StationState, StationStatus
from kiosk.protocol.station import Grant
from kiosk.session import SessionView
from kiosk.store import LocalStore
from tests.helpers.clock import FakeClock
from tests.helpers.liveserver import add_staff, add_station, add_visitor, set_policy, wait_until

PASSWORD = "bibliotheque"


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def event(kind: str, seq: int, **fields: Any) -> dict[str, Any]:
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
def token(db_path: Path) -> str:
    return add_station(db_path, "RC-01")


@pytest.fixture
def staff(db_path: Path, base_url: str) -> Iterator[StaffClient]:
    add_staff(db_path, "admin", PASSWORD, role="admin")
    with StaffClient(base_url) as client:
        client.login("admin", PASSWORD)
        yield client


@pytest.fixture
def staff_headers(staff: StaffClient) -> dict[str, str]:
    assert staff.token is not None
    return bearer(staff.token)


class Station:
    """A station played with raw requests: sign-in, events with their own seq, commands."""

    def __init__(self, http: httpx.Client, token: str) -> None:
        self.http = http
        self.token = token
        self.seq = 0

    def hello(self) -> None:
        assert self.http.get(Paths.STATION_ME, headers=bearer(self.token)).status_code == 200

    def sign_in(self, identifier: str) -> str:
        response = self.http.post(
            Paths.STATION_SIGN_IN, json={"identifier": identifier}, headers=bearer(self.token)
        )
        assert response.status_code == 200, response.text
        return str(response.json()["session_id"])

    def send(self, kind: str, **fields: Any) -> None:
        self.seq += 1
        body = {"events": [event(kind, self.seq, **fields)]}
        response = self.http.post(Paths.STATION_EVENTS, json=body, headers=bearer(self.token))
        assert response.status_code == 200, response.text

    def commands(self, after: int = 0) -> list[dict[str, Any]]:
        response = self.http.get(
            Paths.STATION_COMMANDS, params={"after": after}, headers=bearer(self.token)
        )
        return list(response.json()["commands"])


@pytest.fixture
def station(http: httpx.Client, token: str) -> Station:
    return Station(http, token)


def only(staff: StaffClient) -> StationStatus:
    [status] = staff.stations().stations
    return status


def desk_sign_in(
    http: httpx.Client, headers: dict[str, str], identifier: str | None, name: str = "RC-01"
) -> httpx.Response:
    body: dict[str, Any] = {"kind": "sign_in"}
    if identifier is not None:
        body["identifier"] = identifier
    return http.post(Paths.station_commands(name), json=body, headers=headers)


def add_app(http: httpx.Client, headers: dict[str, str], app_id: str, **names: str) -> None:
    spec = {"id": app_id, "names": names, "commands": {"linux": app_id}}
    assert http.post(Paths.APPS, json=spec, headers=headers).status_code == 201


# --- states and live fields ---------------------------------------------------------------


def test_locked_app_and_times_come_from_the_heartbeats(
    http: httpx.Client,
    db_path: Path,
    station: Station,
    staff: StaffClient,
    staff_headers: dict[str, str],
) -> None:
    add_visitor(db_path, "card", display_name="Ana")
    add_app(http, staff_headers, "writer", fr="Traitement de texte", en="Writer")
    add_app(http, staff_headers, "atlas", nl="Atlas NL")
    session_id = station.sign_in("card")
    free = only(staff)
    assert (free.state, free.locked, free.app_id, free.enabled) == (
        StationState.IN_USE,
        False,
        None,
        True,
    )
    assert free.granted_seconds == 3600 and free.started_at is not None

    station.send("heartbeat", session_id=session_id, used_seconds=5, locked=True, app_id="writer")
    locked = only(staff)
    assert (locked.state, locked.locked) == (StationState.LOCKED, True)
    assert (locked.app_id, locked.app_name) == ("writer", "Traitement de texte")
    # every name, for a console in another language than French
    assert locked.app_names == {"fr": "Traitement de texte", "en": "Writer"}
    assert locked.visitor_name == "Ana" and locked.seconds_left is not None

    station.send("heartbeat", session_id=session_id, used_seconds=9, locked=False, app_id="atlas")
    back = only(staff)
    assert (back.state, back.app_id, back.app_name) == (StationState.IN_USE, "atlas", "Atlas NL")
    station.send("heartbeat", session_id=session_id, used_seconds=12, locked=False)
    assert only(staff).app_id is None and only(staff).app_name is None
    # an older agent reports neither: what was known is kept
    station.send("heartbeat", session_id=session_id, used_seconds=14, app_id="writer")
    assert only(staff).app_id is None


def test_out_of_order_then_offline_wins(
    http: httpx.Client,
    db_path: Path,
    station: Station,
    staff: StaffClient,
    staff_headers: dict[str, str],
    clock: FakeClock,
) -> None:
    station.hello()
    disabled = http.post(
        Paths.station_admin("RC-01", "disable"),
        json={"reason": "écran cassé"},
        headers=staff_headers,
    )
    assert disabled.status_code == 201, disabled.text
    status = only(staff)
    assert (status.state, status.enabled, status.disabled_reason) == (
        StationState.OUT_OF_ORDER,
        False,
        "écran cassé",
    )
    clock.advance(seconds=60)
    status = only(staff)
    assert status.state == StationState.OFFLINE and status.disabled_reason == "écran cassé"


def test_process_stopped_is_shown_and_wakes_the_list(
    db_path: Path, station: Station, staff: StaffClient, notifier: Notifier
) -> None:
    add_visitor(db_path, "card")
    session_id = station.sign_in("card")
    assert only(staff).stopped_process is None
    before = notifier.version(STATIONS_TOPIC)
    station.send("process_stopped", session_id=session_id, process="cmd.exe", detail="killed")
    assert notifier.version(STATIONS_TOPIC) > before
    assert only(staff).stopped_process == "cmd.exe"
    assert only(staff).stopped_action == "killed"
    # a guard that only reports (as root, or windowed) says so: the console must not say stopped
    station.send("process_stopped", session_id=session_id, process="sleep", detail="reported")
    assert (only(staff).stopped_process, only(staff).stopped_action) == ("sleep", "reported")
    station.send("session_ended", session_id=session_id, used_seconds=30, reason="visitor")
    station.sign_in("card")
    assert only(staff).stopped_process is None  # a warning of the session, not the station


def test_only_heartbeats_that_change_something_wake_the_list(
    db_path: Path, station: Station, staff: StaffClient, notifier: Notifier
) -> None:
    add_visitor(db_path, "card")
    station.hello()
    session_id = station.sign_in("card")
    station.send("heartbeat", session_id=session_id, used_seconds=1, locked=False)
    station.send("heartbeat", session_id=None)
    quiet = notifier.version(STATIONS_TOPIC)
    station.send("heartbeat", session_id=session_id, used_seconds=2, locked=False)
    station.send("heartbeat", session_id=session_id, used_seconds=3)
    station.send("heartbeat", session_id=None)
    assert notifier.version(STATIONS_TOPIC) == quiet
    station.send("heartbeat", session_id=session_id, used_seconds=4, locked=True)
    woken = notifier.version(STATIONS_TOPIC)
    assert woken > quiet
    station.send("heartbeat", session_id=session_id, used_seconds=5, locked=True, app_id="x")
    assert notifier.version(STATIONS_TOPIC) > woken


def test_pending_commands_are_listed_oldest_first_until_acknowledged(
    http: httpx.Client,
    db_path: Path,
    station: Station,
    staff: StaffClient,
    staff_headers: dict[str, str],
) -> None:
    add_visitor(db_path, "card")
    session_id = station.sign_in("card")
    extend = staff.extend("RC-01", 10)
    message = http.post(
        Paths.station_commands("RC-01"),
        json={"kind": "message", "text": "Bonjour"},
        headers=staff_headers,
    ).json()
    status = only(staff)
    assert status.pending_commands == 2
    assert [(c.id, c.kind, c.status) for c in status.pending] == [
        (extend.id, CommandKind.EXTEND, "pending"),
        (message["id"], CommandKind.MESSAGE, "pending"),
    ]
    assert status.pending[0].minutes == 10 and status.pending[1].text == "Bonjour"
    station.send("command_applied", command_id=extend.id, session_id=session_id, ok=True)
    status = only(staff)
    assert [c.id for c in status.pending] == [message["id"]] and status.pending_commands == 1


# --- desk sign-in ------------------------------------------------------------------------


def test_desk_sign_in_opens_the_session_and_sends_the_grant(
    http: httpx.Client,
    db_path: Path,
    station: Station,
    staff: StaffClient,
    staff_headers: dict[str, str],
) -> None:
    add_visitor(db_path, "card", pin="4321", display_name="Ana")  # staff vouch: no PIN
    station.hello()
    response = desk_sign_in(http, staff_headers, " card ")
    assert response.status_code == 201, response.text
    command = CommandStatus.model_validate(response.json())
    assert (command.kind, command.identifier, command.status) == (
        CommandKind.SIGN_IN,
        "card",
        "pending",
    )
    status = only(staff)
    assert status.state == StationState.IN_USE and status.visitor_name == "Ana"
    assert [c.kind for c in status.pending] == [CommandKind.SIGN_IN]

    [pushed] = station.commands()
    assert pushed["kind"] == "sign_in" and pushed["identifier"] == "card"
    grant = Grant.model_validate(pushed["grant"])
    assert grant.session_id == pushed["session_id"] == status.session_id
    assert grant.visitor.display_name == "Ana" and grant.granted_seconds == 3600
    station.send(
        "command_applied",
        command_id=command.id,
        session_id=grant.session_id,
        remaining_seconds=3600,
        ok=True,
    )
    status = only(staff)
    assert status.state == StationState.IN_USE and status.pending == []

    audit = http.get(Paths.AUDIT, params={"action": "command"}, headers=staff_headers).json()
    [entry] = [e for e in audit["entries"] if e["action"] == "command.sign_in"]
    assert entry["staff"] == "admin" and entry["target"] == "station:RC-01"
    assert entry["after"]["identifier"] == "card"
    assert entry["after"]["session_id"] == grant.session_id


def test_desk_sign_in_is_idempotent_with_a_request_id(
    http: httpx.Client, db_path: Path, station: Station, staff_headers: dict[str, str]
) -> None:
    add_visitor(db_path, "card")
    station.hello()
    body = {"kind": "sign_in", "identifier": "card", "request_id": "desk-1"}
    first = http.post(Paths.station_commands("RC-01"), json=body, headers=staff_headers)
    again = http.post(Paths.station_commands("RC-01"), json=body, headers=staff_headers)
    assert first.status_code == again.status_code == 201
    assert first.json()["id"] == again.json()["id"]
    assert len(station.commands()) == 1


def code_of(response: httpx.Response) -> tuple[int, str]:
    return response.status_code, str(response.json()["error"]["code"])


def test_desk_sign_in_refusals_follow_the_kiosk_rules(
    http: httpx.Client,
    db_path: Path,
    station: Station,
    staff: StaffClient,
    staff_headers: dict[str, str],
) -> None:
    add_visitor(db_path, "card")
    add_visitor(db_path, "gone", enabled=False)
    add_visitor(db_path, "kid", category="child")
    set_policy(db_path, "child", session_minutes=0, daily_minutes=0, weekly_minutes=0)
    other = Station(http, add_station(db_path, "RC-02"))
    other.sign_in("card")
    station.hello()
    assert code_of(desk_sign_in(http, staff_headers, None)) == (422, ErrorCode.INVALID_REQUEST)
    assert code_of(desk_sign_in(http, staff_headers, "nobody")) == (
        403,
        ErrorCode.UNKNOWN_IDENTIFIER,
    )
    assert code_of(desk_sign_in(http, staff_headers, "gone")) == (403, ErrorCode.ACCOUNT_DISABLED)
    assert code_of(desk_sign_in(http, staff_headers, "kid")) == (403, ErrorCode.NO_TIME_LEFT)
    elsewhere = desk_sign_in(http, staff_headers, "card")
    assert code_of(elsewhere) == (409, ErrorCode.SIGNED_IN_ELSEWHERE)
    assert elsewhere.json()["error"]["details"]["station"] == "RC-02"
    assert code_of(desk_sign_in(http, staff_headers, "card", "RC-99")) == (
        404,
        ErrorCode.NOT_FOUND,
    )
    # nothing was queued nor opened
    assert station.commands() == []
    assert {s.name: s.state for s in staff.stations().stations}["RC-01"] == StationState.FREE


def test_desk_sign_in_needs_an_online_enabled_free_station(
    http: httpx.Client,
    db_path: Path,
    station: Station,
    staff_headers: dict[str, str],
    clock: FakeClock,
) -> None:
    add_visitor(db_path, "card")
    add_visitor(db_path, "other")
    # never seen: offline
    assert code_of(desk_sign_in(http, staff_headers, "card")) == (403, ErrorCode.OFFLINE)
    station.sign_in("other")
    assert code_of(desk_sign_in(http, staff_headers, "card")) == (409, ErrorCode.STATION_IN_USE)
    http.post(Paths.station_admin("RC-01", "disable"), json={}, headers=staff_headers)
    station.hello()
    assert code_of(desk_sign_in(http, staff_headers, "card")) == (
        403,
        ErrorCode.STATION_DISABLED,
    )
    http.post(Paths.station_admin("RC-01", "enable"), json={}, headers=staff_headers)
    clock.advance(seconds=60)
    assert code_of(desk_sign_in(http, staff_headers, "card")) == (403, ErrorCode.OFFLINE)


def test_a_desk_sign_in_the_station_refuses_is_closed_unused(
    http: httpx.Client,
    db_path: Path,
    station: Station,
    staff: StaffClient,
    staff_headers: dict[str, str],
) -> None:
    add_visitor(db_path, "card")
    station.hello()
    command = desk_sign_in(http, staff_headers, "card").json()
    [pushed] = station.commands()
    station.send("command_applied", command_id=command["id"], session_id=None, ok=False)
    status = only(staff)
    assert status.state == StationState.FREE and status.pending == []
    [session] = staff.sessions()
    assert session.id == pushed["session_id"]
    assert (session.state, session.used_seconds, session.end_reason) == ("ended", 0, "not_started")
    # the visitor is free to sign in again at once
    assert station.sign_in("card") != session.id


def test_a_guest_ticket_of_a_refused_desk_sign_in_is_valid_again(
    station: Station, staff: StaffClient, staff_headers: dict[str, str], http: httpx.Client
) -> None:
    [ticket] = staff.create_tickets("EPN Test", count=1, minutes=30).tickets
    station.hello()
    typed = f"{ticket.code[:4]} {ticket.code[4:]}"  # as read aloud at the desk
    command = desk_sign_in(http, staff_headers, typed).json()
    [pushed] = station.commands()
    assert [t.state for t in staff.tickets()] == ["used"]
    station.send("command_applied", command_id=command["id"], session_id=None, ok=False)
    [again] = staff.tickets()
    assert (again.state, again.used_at) == ("valid", None)
    # the guest uses it at the kiosk, as the same guest, once
    session_id = station.sign_in(ticket.code)
    [used] = staff.tickets()
    assert used.state == "used"
    sessions = {s.id: s for s in staff.sessions()}
    assert sessions[session_id].state == "active"
    refused = sessions[pushed["session_id"]]
    assert refused.end_reason == "not_started"
    assert sessions[session_id].visitor_identifier == refused.visitor_identifier == ticket.code


def test_a_desk_sign_in_never_picked_up_fails_when_its_station_goes_silent(
    station: Station,
    staff: StaffClient,
    staff_headers: dict[str, str],
    http: httpx.Client,
    db_path: Path,
    clock: FakeClock,
) -> None:
    [ticket] = staff.create_tickets("EPN Test", count=1, minutes=30).tickets
    station.hello()
    command = desk_sign_in(http, staff_headers, ticket.code).json()
    clock.advance(seconds=OFFLINE_AFTER_SECONDS + 1)  # the station went off before polling
    with Store(db_path) as store:
        [closed] = Sweeper(store, clock).sweep_once()
    assert staff.command_status("RC-01", command["id"]).status == "failed"
    assert station.commands() == []  # back online, it does not start it
    [again] = staff.tickets()
    assert again.state == "valid"
    assert {s.id: s.end_reason for s in staff.sessions()} == {closed: "stale"}


# --- a real agent ------------------------------------------------------------------------


class Recorder(AgentListener):
    def __init__(self) -> None:
        self.started: list[SessionView] = []
        self.locked: list[SessionView] = []

    def session_did_start(self, view: SessionView) -> None:
        self.started.append(view)

    def session_did_lock(self, view: SessionView) -> None:
        self.locked.append(view)


def test_a_real_agent_starts_a_desk_sign_in_and_reports_its_lock(
    base_url: str,
    http: httpx.Client,
    tmp_path: Path,
    token: str,
    db_path: Path,
    staff: StaffClient,
    staff_headers: dict[str, str],
    clock: FakeClock,
) -> None:
    add_visitor(db_path, "card", display_name="Ana")
    store = LocalStore(tmp_path / "station.db")
    listener = Recorder()
    agent = StationAgent(
        client=StationClient(base_url, token, timeout=5.0),
        store=store,
        clock=StationClock(wall=clock()),
        listener=listener,
        boot_id="boot-1",
        heartbeat_seconds=3600.0,  # only the heartbeats sent at once count here
        tick_seconds=0.01,
        poll_wait=2.0,
        retry_initial=0.01,
        retry_max=0.05,
    )
    agent.start()
    try:
        wait_until(lambda: agent.online, what="agent online")
        assert desk_sign_in(http, staff_headers, "card").status_code == 201
        wait_until(lambda: len(listener.started) == 1, what="desk session started")
        assert listener.started[0].visitor.display_name == "Ana"
        wait_until(lambda: only(staff).pending == [], what="sign_in acknowledged")
        assert only(staff).state == StationState.IN_USE

        lock = http.post(
            Paths.station_commands("RC-01"), json={"kind": "lock"}, headers=staff_headers
        )
        assert lock.status_code == 201
        wait_until(lambda: only(staff).state == StationState.LOCKED, what="locked shown")
        assert listener.locked and agent.locks.locked
        unlock = http.post(
            Paths.station_commands("RC-01"), json={"kind": "unlock"}, headers=staff_headers
        )
        assert unlock.status_code == 201
        wait_until(lambda: only(staff).state == StationState.IN_USE, what="unlocked shown")
    finally:
        agent.stop()
        store.close()


def test_staff_read_what_became_of_a_command(
    http: httpx.Client, token: str, staff_headers: dict[str, str]
) -> None:
    """Pending until the station applies it; an unknown id is 404."""
    station = Station(http, token)
    station.hello()
    sent = http.post(
        Paths.station_commands("RC-01"),
        json={"kind": "message", "text": "Bonjour"},
        headers=staff_headers,
    ).json()
    path = Paths.station_command("RC-01", sent["id"])
    first = http.get(path, headers=staff_headers)
    assert first.status_code == 200
    assert (first.json()["status"], first.json()["text"]) == ("pending", "Bonjour")
    station.send("command_applied", command_id=sent["id"], ok=True)
    assert http.get(path, headers=staff_headers).json()["status"] == "applied"
    missing = http.get(Paths.station_command("RC-01", sent["id"] + 99), headers=staff_headers)
    assert code_of(missing) == (404, ErrorCode.NOT_FOUND)
    anonymous = http.get(path)
    assert anonymous.status_code == 401
