"""What is wrong with a station reaches staff over real HTTP: the alerts its heartbeats carry
(an unprotected session, no screen, ...) and a refused enrolment with one of its codes, in the
room view, the stations' list and ``epn station list``."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from admin.cli import app as cli
from admin.client.staff_client import StaffClient
from admin.core.notify import STATIONS_TOPIC, Notifier
from admin.core.timeutil import to_iso
from admin.db.store import Store
from admin.stations.management import StationsAdmin
from kiosk.agent import StationAgent
from kiosk.client import StationClient
from kiosk.clock import FakeClock as StationClock
from kiosk.listener import AgentListener
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.paths import Paths
from kiosk.protocol.room import EnrolmentRefusalReason, StationStatus
from kiosk.protocol.station import StationAlert
from kiosk.protocol.version import MIN_STATION_VERSION
from kiosk.store import LocalStore
from tests.helpers.clock import FakeClock
from tests.helpers.liveserver import add_staff, add_station, add_visitor, wait_until

PASSWORD = "bibliotheque"
UNPROTECTED = StationAlert.UNPROTECTED_SESSION


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def http(base_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, timeout=15) as client:
        yield client


@pytest.fixture
def staff(db_path: Path, base_url: str) -> Iterator[StaffClient]:
    add_staff(db_path, "admin", PASSWORD, role="admin")
    with StaffClient(base_url) as client:
        client.login("admin", PASSWORD)
        yield client


class Station:
    """A station played with raw heartbeats, each with its own seq."""

    def __init__(self, http: httpx.Client, token: str) -> None:
        self.http = http
        self.token = token
        self.seq = 0

    def post(self, *bodies: dict[str, Any]) -> httpx.Response:
        events = []
        for body in bodies:
            self.seq += 1
            events.append(
                {"event_id": str(uuid.uuid4()), "seq": self.seq, "at": "2025-03-10T09:00:00"} | body
            )
        return self.http.post(
            Paths.STATION_EVENTS, json={"events": events}, headers=bearer(self.token)
        )

    def heartbeat(self, **fields: Any) -> None:
        response = self.post({"kind": "heartbeat", "session_id": None, **fields})
        assert response.status_code == 200, response.text


def only(staff: StaffClient) -> StationStatus:
    [status] = staff.stations().stations
    return status


def station_list(db_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert cli.main(["station", "list", "--db", str(db_path)]) == 0
    return capsys.readouterr().out


# --- the station's alerts -------------------------------------------------------------------


def test_heartbeat_alerts_are_shown_until_a_heartbeat_no_longer_carries_them(
    http: httpx.Client,
    db_path: Path,
    staff: StaffClient,
    clock: FakeClock,
    notifier: Notifier,
    capsys: pytest.CaptureFixture[str],
) -> None:
    station = Station(http, add_station(db_path, "RC-01"))
    station.heartbeat()
    assert only(staff).alerts == []
    raised_at = clock()
    before = notifier.version(STATIONS_TOPIC)
    station.heartbeat(alerts=["unprotected_session", "no_screen"])
    assert notifier.version(STATIONS_TOPIC) > before  # the console's long-poll wakes
    shown = only(staff).alerts
    assert [(a.code, a.since) for a in shown] == [
        (StationAlert.NO_SCREEN, to_iso(raised_at)),
        (UNPROTECTED, to_iso(raised_at)),
    ]
    out = station_list(db_path, capsys)
    assert "not protected" in out and "unprotected_session" in out and "no_screen" in out

    # the same word again: nothing changes, not even when it was first raised
    clock.advance(seconds=20)
    quiet = notifier.version(STATIONS_TOPIC)
    station.heartbeat(alerts=["no_screen", "unprotected_session", "no_screen"])
    assert notifier.version(STATIONS_TOPIC) == quiet
    assert [a.since for a in only(staff).alerts] == [to_iso(raised_at)] * 2

    station.heartbeat(alerts=["unprotected_session"])
    assert [a.code for a in only(staff).alerts] == [UNPROTECTED]
    station.heartbeat()  # an older agent sends no alerts at all: nothing is raised
    assert only(staff).alerts == []
    assert "unprotected_session" not in station_list(db_path, capsys)


def test_alerts_ride_the_heartbeats_of_a_session_too(
    http: httpx.Client, db_path: Path, staff: StaffClient
) -> None:
    token = add_station(db_path, "RC-01")
    add_visitor(db_path, "card")
    signed = http.post(Paths.STATION_SIGN_IN, json={"identifier": "card"}, headers=bearer(token))
    session_id = signed.json()["session_id"]
    station = Station(http, token)
    station.heartbeat(session_id=session_id, used_seconds=5, locked=False, alerts=["no_screen"])
    status = only(staff)
    assert status.session_id == session_id
    assert [a.code for a in status.alerts] == [StationAlert.NO_SCREEN]


def test_an_unknown_alert_is_refused_and_nothing_of_the_batch_applied(
    http: httpx.Client, db_path: Path, staff: StaffClient
) -> None:
    station = Station(http, add_station(db_path, "RC-01"))
    response = station.post(
        {"kind": "heartbeat", "alerts": ["no_screen"]},
        {"kind": "heartbeat", "alerts": ["wayland"]},
    )
    assert response.status_code == 422
    assert response.json()["error"]["code"] == ErrorCode.INVALID_REQUEST
    too_many = station.post({"kind": "heartbeat", "alerts": ["no_screen"] * 17})
    assert too_many.status_code == 422
    assert only(staff).alerts == []


class Quiet(AgentListener):
    pass


def test_a_real_agent_raises_and_clears_an_alert(
    base_url: str, tmp_path: Path, db_path: Path, staff: StaffClient, clock: FakeClock
) -> None:
    token = add_station(db_path, "RC-01")
    store = LocalStore(tmp_path / "station.db")
    agent = StationAgent(
        client=StationClient(base_url, token, timeout=5.0),
        store=store,
        clock=StationClock(wall=clock()),
        listener=Quiet(),
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
        agent.set_alert(UNPROTECTED, True)
        wait_until(lambda: [a.code for a in only(staff).alerts] == [UNPROTECTED], what="shown")
        agent.set_alert(UNPROTECTED, False)
        wait_until(lambda: only(staff).alerts == [], what="cleared")
    finally:
        agent.stop()
        store.close()


# --- a refused enrolment ------------------------------------------------------------------


def enrol_code(db_path: Path, name: str, clock: FakeClock) -> str:
    with Store(db_path) as store:
        return StationsAdmin(store, clock).enrol_code(None, name, site="EPN Test").code


def test_an_expired_code_is_noted_on_its_station_until_it_enrols(
    http: httpx.Client,
    db_path: Path,
    staff: StaffClient,
    clock: FakeClock,
    capsys: pytest.CaptureFixture[str],
) -> None:
    stale = enrol_code(db_path, "RC-08", clock)
    clock.advance(hours=25)
    staff.login("admin", PASSWORD)  # the desk's login of a day ago has expired
    refused_at = clock()
    late = http.post(Paths.STATION_ENROLL, json={"code": stale.lower()})
    assert late.json()["error"]["code"] == ErrorCode.ENROLMENT_CODE_EXPIRED
    refusal = only(staff).enrolment_refused
    assert refusal is not None
    assert (refusal.reason, refusal.at) == (EnrolmentRefusalReason.EXPIRED, to_iso(refused_at))
    [details] = staff.catalogue_stations()
    assert details.enrolment_refused == refusal
    assert "enrolment refused: code expired" in station_list(db_path, capsys)
    # an unknown code belongs to no station: nothing to note
    assert http.post(Paths.STATION_ENROLL, json={"code": "ABCD2345"}).status_code == 403
    assert only(staff).enrolment_refused == refusal

    fresh = enrol_code(db_path, "RC-08", clock)
    assert http.post(Paths.STATION_ENROLL, json={"code": fresh}).status_code == 200
    assert only(staff).enrolment_refused is None
    assert "enrolment refused" not in station_list(db_path, capsys)


def test_a_used_code_tried_again_is_noted_until_the_station_heartbeats(
    http: httpx.Client, db_path: Path, staff: StaffClient, clock: FakeClock
) -> None:
    code = enrol_code(db_path, "RC-07", clock)
    enrolled = http.post(Paths.STATION_ENROLL, json={"code": code})
    token = enrolled.json()["token"]
    again = http.post(Paths.STATION_ENROLL, json={"code": code})
    assert again.json()["error"]["code"] == ErrorCode.ENROLMENT_CODE_INVALID
    refusal = only(staff).enrolment_refused
    assert refusal is not None and refusal.reason == EnrolmentRefusalReason.USED
    Station(http, token).heartbeat()
    assert only(staff).enrolment_refused is None


# --- a station older than the server supports ---------------------------------------------


def test_a_station_older_than_supported_is_shown_outdated_until_it_is_updated(
    http: httpx.Client, db_path: Path, staff: StaffClient, capsys: pytest.CaptureFixture[str]
) -> None:
    station = Station(http, add_station(db_path, "RC-01"))
    station.heartbeat(agent_version="0.0.9")
    assert [a.code for a in only(staff).alerts] == [StationAlert.OUTDATED_VERSION]
    out = station_list(db_path, capsys)
    assert "outdated" in out and MIN_STATION_VERSION in out

    station.heartbeat(agent_version=MIN_STATION_VERSION)
    assert only(staff).alerts == []
    assert "outdated" not in station_list(db_path, capsys)


def test_a_station_cannot_raise_outdated_version_itself(
    http: httpx.Client, db_path: Path, staff: StaffClient
) -> None:
    station = Station(http, add_station(db_path, "RC-01"))
    station.heartbeat(agent_version=MIN_STATION_VERSION, alerts=["outdated_version", "no_screen"])
    assert [a.code for a in only(staff).alerts] == [StationAlert.NO_SCREEN]
