"""Maintenance: staff unlock the desktop for N minutes; it locks again by itself."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from kiosk.agent import SessionAlreadyRunning, StationAgent
from kiosk.clock import FakeClock
from kiosk.maintenance import MaintenanceWindow
from kiosk.protocol.station_staff import StationStaffDone, StationStaffKind


def test_the_window_closes_at_its_deadline(clock: FakeClock) -> None:
    window = MaintenanceWindow(clock)
    assert not window.active and window.seconds_left() is None and not window.expired()
    assert window.open(15) == 900
    clock.advance(899.5)
    assert window.seconds_left() == 1 and not window.expired()
    clock.advance(0.5)
    assert window.expired()
    assert not window.active and not window.expired()  # closed once, by that call


def test_the_window_is_at_least_a_minute_and_can_be_closed_early(clock: FakeClock) -> None:
    window = MaintenanceWindow(clock)
    with pytest.raises(ValueError):
        window.open(0)
    window.open(5)
    assert window.close() and not window.close()


class StaffActions:
    """The station's staff route, recording what the agent asked."""

    def __init__(self) -> None:
        self.calls: list[tuple[StationStaffKind, int | None]] = []

    def __call__(
        self,
        token: str,
        kind: StationStaffKind,
        minutes: int | None = None,
        request_id: str | None = None,
    ) -> StationStaffDone:
        self.calls.append((kind, minutes))
        return StationStaffDone(kind=kind, staff="accueil", station="EPN-PC-07")


def test_the_agent_unlocks_for_maintenance_then_locks_again_by_itself(
    make_agent: Callable[..., StationAgent],
    fake_client: Any,
    listener: Any,
    clock: FakeClock,
) -> None:
    actions = StaffActions()
    fake_client.staff_action = actions
    agent = make_agent()
    assert agent.staff.start_maintenance("staff-token", 20) == 1200
    assert actions.calls == [(StationStaffKind.MAINTENANCE, 20)]  # recorded on the server first
    assert listener.named("maintenance_did_start") == [(1200,)]
    with pytest.raises(SessionAlreadyRunning):
        agent.sign_in("B123")  # nobody signs in on an unlocked desktop
    clock.advance(1199)
    agent.tick()
    assert agent.staff.maintenance_left() == 1 and not listener.named("maintenance_did_end")
    clock.advance(1)
    agent.tick()
    assert listener.named("maintenance_did_end") == [()]
    assert agent.staff.maintenance_left() is None
    agent.sign_in("B123")  # locked again: visitors sign in as usual


def test_no_maintenance_under_a_visitors_session(
    make_agent: Callable[..., StationAgent], fake_client: Any
) -> None:
    actions = StaffActions()
    fake_client.staff_action = actions
    agent = make_agent()
    agent.sign_in("B123")
    with pytest.raises(SessionAlreadyRunning):
        agent.staff.start_maintenance("staff-token", 15)
    assert actions.calls == []  # refused before anything was recorded
