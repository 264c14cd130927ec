"""The visitor's call for the desk on the station (kiosk/desk_call.py), with a fake clock."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kiosk.agent import StationAgent
from kiosk.protocol.commands import Command, CommandKind
from kiosk.protocol.enums import DeskCallState
from kiosk.protocol.station import EndReason, EventKind
from tests.unit.kiosk.conftest import make_grant

AgentFactory = Callable[..., StationAgent]

NONE, WAITING, ANSWERED = DeskCallState.NONE, DeskCallState.WAITING, DeskCallState.ANSWERED


def answer(command_id: int, session_id: str | None = None) -> Command:
    return Command(
        id=command_id,
        kind=CommandKind.ANSWER_CALL,
        session_id=session_id,
        created_at="2025-03-10T09:00:00+00:00",
    )


def desk_events(fake_client: Any) -> list[tuple[str, str | None, str | None]]:
    return [
        (e.kind.value, e.session_id, e.detail)
        for e in fake_client.received
        if e.kind in (EventKind.DESK_CALLED, EventKind.DESK_CALL_CANCELLED)
    ]


def test_a_call_from_the_lock_screen_is_sent_at_once_and_one_at_a_time(
    make_agent: AgentFactory, fake_client: Any, listener: Any
) -> None:
    agent = make_agent()
    assert agent.desk_call is NONE
    assert agent.call_desk() is True
    assert agent.call_desk() is False  # one call at a time
    agent.link.sync_once()
    assert desk_events(fake_client) == [("desk_called", None, None)]
    assert agent.desk_call is WAITING
    assert listener.named("desk_call_did_change") == [(WAITING,)]


def test_the_visitor_cancels_the_call(
    make_agent: AgentFactory, fake_client: Any, listener: Any
) -> None:
    agent = make_agent()
    agent.sign_in("B123")
    agent.call_desk()
    assert agent.cancel_desk_call() is True
    assert agent.cancel_desk_call() is False
    agent.link.sync_once()
    assert desk_events(fake_client) == [
        ("desk_called", "sess-1", None),
        ("desk_call_cancelled", "sess-1", "visitor"),
    ]
    assert listener.named("desk_call_did_change") == [(WAITING,), (NONE,)]


def test_staff_answer_the_call_and_the_visitor_is_told(
    make_agent: AgentFactory, fake_client: Any, listener: Any
) -> None:
    agent = make_agent()
    agent.sign_in("B123")
    agent.call_desk()
    fake_client.push_command(answer(1, "sess-1"))
    agent.link.commands_once()
    assert agent.desk_call is ANSWERED
    assert listener.named("desk_call_did_change")[-1] == (ANSWERED,)
    # an answer that comes when nothing waits (cancelled meanwhile) is acknowledged not ok
    fake_client.push_command(answer(2, "sess-1"))
    agent.link.commands_once()
    agent.link.sync_once()
    acks = {e.command_id: e.ok for e in fake_client.events_of(EventKind.COMMAND_APPLIED)}
    assert acks == {1: True, 2: False}
    # the visitor may call again after an answer
    assert agent.call_desk() is True and agent.desk_call is WAITING


def test_signing_in_clears_a_call_from_the_lock_screen(
    make_agent: AgentFactory, fake_client: Any, listener: Any
) -> None:
    agent = make_agent()
    agent.call_desk()
    agent.sign_in("B123")
    assert agent.desk_call is NONE
    agent.link.sync_once()
    assert desk_events(fake_client) == [
        ("desk_called", None, None),
        ("desk_call_cancelled", "sess-1", "signed_in"),
    ]


def test_the_end_of_the_session_clears_its_call_never_left_for_the_next_visitor(
    make_agent: AgentFactory, fake_client: Any, listener: Any
) -> None:
    fake_client.grants = [make_grant(), make_grant(session_id="sess-2")]
    agent = make_agent()
    agent.sign_in("B123")
    agent.call_desk()
    agent.end_session(EndReason.VISITOR)
    assert agent.desk_call is NONE
    agent.link.sync_once()
    assert desk_events(fake_client)[-1] == ("desk_call_cancelled", None, "session_ended")
    # an answered call is forgotten at the end too, without telling the server anything
    agent.sign_in("B123")
    agent.call_desk()
    fake_client.push_command(answer(1))
    agent.link.commands_once()
    agent.end_session(EndReason.VISITOR)
    assert agent.desk_call is NONE
    agent.link.sync_once()
    assert [e[0] for e in desk_events(fake_client)] == [
        "desk_called",
        "desk_call_cancelled",
        "desk_called",
    ]


def test_a_call_made_offline_is_sent_on_reconnection_and_survives_a_restart(
    make_agent: AgentFactory, fake_client: Any, listener: Any
) -> None:
    fake_client.set_online(False)
    agent = make_agent()
    agent.call_desk()
    agent.link.sync_once()
    assert desk_events(fake_client) == []
    agent.stop()
    again = make_agent()  # the same store: the call and its event are still there
    assert again.desk_call is WAITING
    fake_client.set_online(True)
    again.link.sync_once()
    assert desk_events(fake_client) == [("desk_called", None, None)]
