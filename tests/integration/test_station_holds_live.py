"""A real station agent follows its holds: the lock screen learns of a new or cancelled hold
within a long-poll's answer (not at the next 5-minute read of station/me), and a session cut
for a hold made while it runs ends as "booking". The real server on a fake clock."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from admin.client.staff_client import StaffClient
from kiosk.agent import StationAgent
from kiosk.client import StationClient
from kiosk.clock import FakeClock as StationClock
from kiosk.listener import AgentListener
from kiosk.protocol.enums import EndReason
from kiosk.protocol.holds import BookingRequest
from kiosk.protocol.station import StationInfo
from kiosk.protocol.workshops import Titles, WorkshopRequest
from kiosk.store import LocalStore
from tests.helpers.clock import FakeClock
from tests.helpers.liveserver import add_staff, add_station, add_visitor, wait_until

PASSWORD = "bibliotheque"
SITE = "EPN Test"


class Recorder(AgentListener):
    def __init__(self) -> None:
        self.infos: list[StationInfo] = []
        self.ends: list[tuple[str, EndReason]] = []
        self._lock = threading.Lock()

    def station_did_load(self, info: StationInfo) -> None:
        with self._lock:
            self.infos.append(info)

    def session_did_end(self, session_id: str, reason: EndReason) -> None:
        with self._lock:
            self.ends.append((session_id, reason))

    def labels(self) -> list[str | None]:
        with self._lock:
            return [h.label for h in self.infos[-1].holds] if self.infos else []


@pytest.fixture
def staff(db_path: Path, base_url: str) -> Iterator[StaffClient]:
    add_staff(db_path, "anim", PASSWORD, role="staff", sites=[SITE])
    with StaffClient(base_url) as client:
        client.login("anim", PASSWORD)
        yield client


@dataclass
class Station:
    agent: StationAgent
    heard: Recorder
    clock: StationClock


@pytest.fixture
def station(base_url: str, db_path: Path, tmp_path: Path, clock: FakeClock) -> Iterator[Station]:
    token = add_station(db_path, "RC-01")
    add_station(db_path, "RC-02")
    store = LocalStore(tmp_path / "station.db")
    # the station's monotonic clock stands still: its 5-minute re-read of station/me never
    # comes, only the long-poll can bring news
    heard, station_clock = Recorder(), StationClock(wall=clock())
    agent = StationAgent(
        client=StationClient(base_url, token, timeout=5.0),
        store=store,
        clock=station_clock,
        listener=heard,
        boot_id="boot-1",
        heartbeat_seconds=3600.0,
        tick_seconds=0.01,
        poll_wait=20.0,
        retry_initial=0.01,
        retry_max=0.05,
    )
    agent.start()
    try:
        wait_until(lambda: agent.station_info is not None, what="station info")
        yield Station(agent, heard, station_clock)
    finally:
        agent.stop()
        store.close()


def test_the_station_learns_of_a_new_and_a_cancelled_hold_at_once(
    station: Station, staff: StaffClient, clock: FakeClock
) -> None:
    agent, heard = station.agent, station.heard
    info = agent.station_info
    assert info is not None and info.holds == [] and info.holds_version is not None
    start = clock() + timedelta(hours=1)
    booking = staff.book(
        BookingRequest(
            site=SITE,
            kind="group",
            label="Classe 5B",
            stations=["RC-01"],
            starts_at=start.isoformat(),
            ends_at=(start + timedelta(hours=2)).isoformat(),
            new_code=True,
        )
    )
    # well within the long-poll's 20 s: the hold's change answered it
    wait_until(lambda: heard.labels() == ["Classe 5B"], timeout=5.0, what="the hold")
    [notice] = agent.station_info.holds  # type: ignore[union-attr]
    assert notice.code_accepted is True
    staff.cancel_booking(booking.booking)
    wait_until(lambda: heard.labels() == [], timeout=5.0, what="the cancellation")


def test_a_hold_made_during_a_session_cuts_it_and_it_ends_for_the_booking(
    station: Station, staff: StaffClient, clock: FakeClock, db_path: Path
) -> None:
    agent, heard = station.agent, station.heard
    add_visitor(db_path, "ann")
    view = agent.sign_in("ann")
    assert view.ends_for is None
    start = clock() + timedelta(minutes=20)
    staff.book(
        BookingRequest(
            site=SITE,
            kind="group",
            label="Classe 5B",
            stations=["RC-01"],
            starts_at=start.isoformat(),
            ends_at=(start + timedelta(hours=1)).isoformat(),
        )
    )

    def cut() -> bool:
        now = agent.view()
        return now is not None and now.ends_for == "booking"

    wait_until(cut, timeout=5.0, what="the session cut for the hold")
    cut_view = agent.view()
    assert cut_view is not None and cut_view.remaining_seconds <= 20 * 60
    station.clock.advance(20 * 60 + 1)
    agent.tick()
    wait_until(lambda: heard.ends != [], what="the end")
    assert heard.ends == [(view.session_id, EndReason.BOOKING)]


def test_a_workshop_planned_and_cancelled_reaches_its_station_at_once(
    station: Station, staff: StaffClient, clock: FakeClock
) -> None:
    heard = station.heard
    info = station.agent.station_info
    assert info is not None
    local = (clock() + timedelta(hours=1)).astimezone(ZoneInfo(info.timezone))
    made = staff.add_workshop(
        WorkshopRequest(
            site=SITE,
            kind="initiation",
            title=Titles(fr="Mon CV en ligne"),
            theme="job-search",
            animateur="anim",
            capacity=4,
            stations=["RC-01"],
            starts_at=local.strftime("%Y-%m-%dT%H:%M"),
            minutes=60,
        )
    )
    # the workshop's date holds RC-01: its station hears of it well within the long-poll
    wait_until(lambda: heard.labels() == ["Mon CV en ligne"], timeout=5.0, what="the workshop")
    staff.cancel_workshop(made.id)
    wait_until(lambda: heard.labels() == [], timeout=5.0, what="the cancellation")
