"""The station's alerts (kiosk/heartbeat.py): raised or cleared through the agent, carried by
every heartbeat, and sent at once when they change."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from kiosk.agent import StationAgent
from kiosk.clock import FakeClock
from kiosk.protocol.station import Event, EventKind, StationAlert

AgentFactory = Callable[..., StationAgent]


def queued_heartbeats(agent: StationAgent) -> list[Event]:
    return [e for e in agent.outbox.pending() if e.kind == EventKind.HEARTBEAT]


def test_raising_an_alert_sends_a_heartbeat_that_carries_it(
    make_agent: AgentFactory, fake_client: Any
) -> None:
    agent = make_agent()
    agent.link.sync_once()
    assert queued_heartbeats(agent) == []
    agent.set_alert(StationAlert.UNPROTECTED_SESSION, True)
    [beat] = queued_heartbeats(agent)  # queued at once, not at the next scheduled one
    assert beat.alerts == [StationAlert.UNPROTECTED_SESSION]
    agent.link.sync_once()
    assert fake_client.events_of(EventKind.HEARTBEAT)[-1].alerts == [
        StationAlert.UNPROTECTED_SESSION
    ]


def test_clearing_an_alert_sends_a_heartbeat_without_it(
    make_agent: AgentFactory, fake_client: Any
) -> None:
    agent = make_agent()
    agent.set_alert(StationAlert.NO_SCREEN, True)
    agent.set_alert(StationAlert.LOCKDOWN_PARTIAL, True)
    agent.link.sync_once()
    assert fake_client.events_of(EventKind.HEARTBEAT)[-1].alerts == [
        StationAlert.LOCKDOWN_PARTIAL,
        StationAlert.NO_SCREEN,
    ]
    agent.set_alert(StationAlert.NO_SCREEN, False)
    [beat] = queued_heartbeats(agent)
    assert beat.alerts == [StationAlert.LOCKDOWN_PARTIAL]
    agent.set_alert(StationAlert.LOCKDOWN_PARTIAL, False)
    agent.link.sync_once()
    assert fake_client.events_of(EventKind.HEARTBEAT)[-1].alerts == []
    assert agent.alerts() == []


def test_saying_the_same_again_sends_nothing(make_agent: AgentFactory) -> None:
    agent = make_agent()
    agent.set_alert(StationAlert.HOME_RESET_FAILED, True)
    agent.link.sync_once()
    agent.set_alert(StationAlert.HOME_RESET_FAILED, True)
    agent.set_alert(StationAlert.NO_SCREEN, False)  # never raised
    assert queued_heartbeats(agent) == []


def test_alerts_ride_every_heartbeat_in_a_session_too(
    make_agent: AgentFactory, fake_client: Any, clock: FakeClock
) -> None:
    agent = make_agent()
    agent.set_alert(StationAlert.UNPROTECTED_SESSION, True)
    agent.link.sync_once()
    agent.sign_in("B123")
    clock.advance(10)
    agent.link.sync_once()  # the scheduled heartbeat of the running session
    beat = fake_client.events_of(EventKind.HEARTBEAT)[-1]
    assert beat.session_id == "sess-1"
    assert beat.alerts == [StationAlert.UNPROTECTED_SESSION]


def test_an_alert_wakes_the_sync_thread(
    make_agent: AgentFactory, fake_client: Any, wait_until: Callable[..., None]
) -> None:
    # the next scheduled heartbeat is 10 s of the fake clock away, which never passes here
    agent = make_agent(heartbeat_seconds=10.0)
    agent.start()
    wait_until(lambda: len(fake_client.events_of(EventKind.HEARTBEAT)) == 1)
    agent.set_alert(StationAlert.UNPROTECTED_SESSION, True)
    wait_until(
        lambda: (
            fake_client.events_of(EventKind.HEARTBEAT)[-1].alerts
            == [StationAlert.UNPROTECTED_SESSION]
        )
    )


def test_an_unknown_alert_is_a_bug(make_agent: AgentFactory) -> None:
    agent = make_agent()
    with pytest.raises(ValueError):
        agent.set_alert("wayland", True)  # type: ignore[arg-type]
