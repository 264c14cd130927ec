"""Staff commands applied by the station agent (kiosk/commands.py), with a fake clock."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from kiosk.agent import StationAgent
from kiosk.clock import FakeClock
from kiosk.protocol.commands import Command, CommandKind, UnknownCommand, parse_commands
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.http import ApiError
from kiosk.protocol.station import EndReason, Event, EventKind, SiteInfo, StationInfo
from kiosk.store import LocalStore
from tests.unit.kiosk.conftest import make_grant

AgentFactory = Callable[..., StationAgent]


def command(
    id: int, kind: CommandKind, session_id: str | None = "sess-1", **fields: Any
) -> Command:
    return Command(
        id=id, kind=kind, session_id=session_id, created_at="2025-03-10T09:00:00+00:00", **fields
    )


def acks(fake_client: Any, agent: StationAgent) -> dict[int, Event]:
    agent.link.sync_once()
    return {e.command_id: e for e in fake_client.events_of(EventKind.COMMAND_APPLIED)}


def test_set_time_sets_the_remaining_seconds(
    make_agent: AgentFactory, fake_client: Any, listener: Any, clock: FakeClock, store: LocalStore
) -> None:
    agent = make_agent()
    agent.sign_in("B123")
    clock.advance(100)
    fake_client.push_command(command(1, CommandKind.SET_TIME, seconds=120))
    agent.link.commands_once()
    view = agent.view()
    assert view is not None and view.remaining_seconds == 120
    [(changed,)] = listener.named("session_did_change")
    assert changed.remaining_seconds == 120
    snapshot = store.load_snapshot()
    assert snapshot is not None and snapshot.state.allowed_seconds == 220
    ack = acks(fake_client, agent)[1]
    assert (ack.ok, ack.remaining_seconds, ack.session_id) == (True, 120, "sess-1")
    clock.advance(120)
    agent.tick()
    assert listener.named("session_did_end") == [("sess-1", EndReason.TIME_UP)]


def test_closing_time_holds_over_commands_unless_after_hours(
    make_agent: AgentFactory, fake_client: Any, listener: Any, clock: FakeClock
) -> None:
    fake_client.grants = [make_grant(1200).model_copy(update={"closes_in_seconds": 1500})]
    agent = make_agent()
    agent.sign_in("B123")
    fake_client.push_command(command(1, CommandKind.EXTEND, minutes=60))
    agent.link.commands_once()
    view = agent.view()
    assert view is not None and view.remaining_seconds == 1500  # cut at closing
    fake_client.push_command(command(2, CommandKind.SET_TIME, seconds=9000))
    agent.link.commands_once()
    view = agent.view()
    assert view is not None and view.remaining_seconds == 1500
    fake_client.push_command(command(3, CommandKind.EXTEND, minutes=30, after_hours=True))
    agent.link.commands_once()
    view = agent.view()
    assert view is not None and view.remaining_seconds == 3300  # an administrator's override
    clock.advance(3300)
    agent.tick()
    assert listener.named("session_did_end") == [("sess-1", EndReason.TIME_UP)]


@pytest.mark.parametrize(
    ("reason", "ends_with"),
    [
        ("elsewhere", EndReason.ELSEWHERE),
        ("no_time", EndReason.NO_TIME),
        ("closing", EndReason.CLOSING),
        (None, EndReason.STAFF),
        ("something-newer", EndReason.STAFF),
    ],
)
def test_an_end_says_why_the_server_ended_the_session(
    make_agent: AgentFactory,
    fake_client: Any,
    listener: Any,
    reason: str | None,
    ends_with: EndReason,
) -> None:
    agent = make_agent()
    agent.sign_in("B123")
    fake_client.push_command(command(1, CommandKind.END, reason=reason))
    agent.link.commands_once()
    assert listener.named("session_did_end") == [("sess-1", ends_with)]
    agent.link.sync_once()
    [ended] = fake_client.events_of(EventKind.SESSION_ENDED)
    assert ended.reason == ends_with


def test_message_reaches_the_session_or_a_free_station_never_the_next_visitor(
    make_agent: AgentFactory, fake_client: Any, listener: Any
) -> None:
    agent = make_agent()
    fake_client.push_command(command(1, CommandKind.MESSAGE, session_id=None, text="On ferme"))
    agent.link.commands_once()
    agent.sign_in("B123")
    fake_client.push_command(command(2, CommandKind.MESSAGE, text="Bonjour Ana"))
    fake_client.push_command(command(3, CommandKind.MESSAGE, session_id="old", text="Trop tard"))
    agent.link.commands_once()
    assert listener.named("station_did_receive_message") == [(1, "On ferme"), (2, "Bonjour Ana")]
    got = acks(fake_client, agent)
    assert (got[1].ok, got[2].ok, got[3].ok) == (True, True, False)


def test_lock_and_unlock_keep_the_time_running(
    make_agent: AgentFactory, fake_client: Any, listener: Any, clock: FakeClock
) -> None:
    agent = make_agent()
    agent.sign_in("B123")
    fake_client.push_command(command(1, CommandKind.LOCK))
    agent.link.commands_once()
    clock.advance(60)
    fake_client.push_command(command(2, CommandKind.UNLOCK))
    agent.link.commands_once()
    [(locked,)] = listener.named("session_did_lock")
    [(unlocked,)] = listener.named("session_did_unlock")
    assert (locked.remaining_seconds, unlocked.remaining_seconds) == (1800, 1740)
    got = acks(fake_client, agent)
    assert got[1].ok and got[2].ok and got[2].remaining_seconds == 1740
    assert listener.named("session_did_end") == []


def test_lock_without_the_session_is_refused(
    make_agent: AgentFactory, fake_client: Any, listener: Any
) -> None:
    agent = make_agent()
    fake_client.push_command(command(1, CommandKind.LOCK))
    agent.link.commands_once()
    assert listener.named("session_did_lock") == []
    assert acks(fake_client, agent)[1].ok is False


def test_disable_ends_the_session_and_refuses_sign_in_until_enabled(
    make_agent: AgentFactory,
    fake_client: Any,
    listener: Any,
    clock: FakeClock,
    store: LocalStore,
    grant: Callable[..., Any],
) -> None:
    agent = make_agent()
    agent.sign_in("B123")
    clock.advance(30)
    fake_client.push_command(command(1, CommandKind.DISABLE, reason="écran cassé"))
    fake_client.info = fake_client.info.model_copy(
        update={"enabled": False, "disabled_reason": "écran cassé"}
    )
    agent.link.commands_once()
    assert agent.view() is None and store.load_snapshot() is None
    assert listener.named("session_did_end") == [("sess-1", EndReason.STAFF)]
    assert listener.named("station_did_disable") == [("écran cassé",)]
    assert (agent.enabled, agent.disabled_reason) == (False, "écran cassé")
    with pytest.raises(ApiError) as refused:
        agent.sign_in("C456")
    assert refused.value.code == ErrorCode.STATION_DISABLED
    assert len(fake_client.sign_ins) == 1  # refused without asking the server
    agent.link.sync_once()
    [ended] = fake_client.events_of(EventKind.SESSION_ENDED)
    assert (ended.used_seconds, ended.reason) == (30, EndReason.STAFF)
    assert acks(fake_client, agent)[1].ok is True

    # a restart (same store) stays out of order, even before the server answers
    listener.calls.clear()
    again = make_agent()
    fake_client.set_online(False)
    again.start()
    assert not again.enabled
    assert listener.named("station_did_disable") == [("écran cassé",)]
    again.stop()
    fake_client.set_online(True)
    fake_client.push_command(command(2, CommandKind.ENABLE, session_id=None))
    agent.link.commands_once()
    assert agent.enabled and listener.named("station_did_enable") == [()]
    fake_client.grants = [grant(session_id="sess-2")]
    assert agent.sign_in("C456").session_id == "sess-2"


def test_unknown_kind_is_refused_without_breaking_the_others(
    make_agent: AgentFactory, fake_client: Any, listener: Any
) -> None:
    agent = make_agent()
    agent.sign_in("B123")
    fake_client.push_command(command(1, CommandKind.EXTEND, minutes=5))
    fake_client.push_command(UnknownCommand(id=2, kind="reboot", session_id="sess-1"))
    fake_client.push_command(command(3, CommandKind.SET_TIME, seconds=600))
    agent.link.commands_once()
    got = acks(fake_client, agent)
    assert (got[1].ok, got[2].ok, got[3].ok) == (True, False, True)
    view = agent.view()
    assert view is not None and view.remaining_seconds == 600
    assert len(listener.named("session_did_change")) == 2


def test_parse_commands_one_by_one() -> None:
    body = {
        "commands": [
            {"id": 1, "kind": "extend", "minutes": 5, "created_at": "x"},
            {"id": 2, "kind": "teleport", "session_id": "s", "created_at": "x"},
            {"kind": "no id"},
            {"id": 4, "kind": "message", "text": "hi", "created_at": "x", "future": 1},
        ]
    }
    parsed = parse_commands(body)
    assert [type(c).__name__ for c in parsed] == ["Command", "UnknownCommand", "Command"]
    assert parsed[1].id == 2 and parsed[1].session_id == "s"
    with pytest.raises(ValueError):
        parse_commands({"nothing": []})


def test_station_learns_it_is_disabled_at_start(
    make_agent: AgentFactory, fake_client: Any, listener: Any
) -> None:
    fake_client.info = StationInfo(
        id=7,
        name="EPN-PC-07",
        site=SiteInfo(id=1, name="Laeken"),
        enabled=False,
        disabled_reason="en panne",
    )
    agent = make_agent(agent_version="9.9.9")
    agent.link.sync_once()
    assert not agent.enabled
    assert listener.named("station_did_disable") == [("en panne",)]
    [beat] = fake_client.events_of(EventKind.HEARTBEAT)
    assert beat.agent_version == "9.9.9"
