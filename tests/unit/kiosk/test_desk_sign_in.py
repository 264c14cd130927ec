"""A visitor signed in from the desk (CommandKind.SIGN_IN): the station starts the session of
the grant the command carries, as after a sign-in at the kiosk, or refuses it when it is not
free."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kiosk.agent import StationAgent
from kiosk.clock import FakeClock
from kiosk.enforcer import SessionEnforcer
from kiosk.launcher import Launcher
from kiosk.protocol.commands import Command, CommandKind, parse_commands
from kiosk.protocol.station import AppEntry, EndReason, Event, EventKind, Grant, VisitorInfo
from kiosk.store import LocalStore

AgentFactory = Callable[..., StationAgent]


def desk_grant(session_id: str = "desk-1", **fields: Any) -> Grant:
    return Grant(
        session_id=session_id,
        visitor=VisitorInfo(identifier="C777", display_name="Bob", category="adult"),
        granted_seconds=1200,
        **fields,
    )


def sign_in_command(id: int, grant: Grant | None) -> Command:
    return Command(
        id=id,
        kind=CommandKind.SIGN_IN,
        session_id=grant.session_id if grant is not None else "desk-1",
        identifier="C777",
        grant=grant,
        created_at="2025-03-10T09:00:00+00:00",
    )


def acks(fake_client: Any, agent: StationAgent) -> dict[int, Event]:
    agent.link.sync_once()
    return {e.command_id: e for e in fake_client.events_of(EventKind.COMMAND_APPLIED)}


class RecordingLockdown:
    def __init__(self) -> None:
        self.changes: list[str] = []

    def engage(self) -> None:
        self.changes.append("engage")

    def release(self) -> None:
        self.changes.append("release")

    def close(self) -> None:
        self.changes.append("close")


def test_a_desk_sign_in_starts_the_session_as_a_kiosk_sign_in_would(
    make_agent: AgentFactory,
    fake_client: Any,
    listener: Any,
    clock: FakeClock,
    store: LocalStore,
) -> None:
    lockdown = RecordingLockdown()
    enforcer = SessionEnforcer(
        clock=clock,
        store=store,
        listener=listener,
        launcher=Launcher(clock=clock),
        lockdown=lockdown,
    )
    agent = make_agent(enforcer=enforcer)
    enforcer.start(agent.end_session, agent.record_event)  # agent.start() without its threads
    apps = [AppEntry(id="writer", names={"fr": "Texte"}, commands={"linux": "true"})]
    grant = desk_grant(apps=apps, charter={"fr": "Soyez sages"})
    fake_client.push_command(sign_in_command(1, grant))
    agent.link.commands_once()

    [(view,)] = listener.named("session_did_start")
    assert (view.session_id, view.visitor.identifier, view.remaining_seconds) == (
        "desk-1",
        "C777",
        1200,
    )
    assert agent.view() is not None and lockdown.changes[-1] == "release"
    assert [a.id for a in agent.apps()] == ["writer"]
    assert agent.pending_charter() == {"fr": "Soyez sages"}  # the kiosk shows the rules first
    snapshot = store.load_snapshot()
    assert snapshot is not None and snapshot.state.session_id == "desk-1"
    ack = acks(fake_client, agent)[1]
    assert (ack.ok, ack.session_id, ack.remaining_seconds) == (True, "desk-1", 1200)
    # the card number unlocks the away lock, as after a kiosk sign-in
    agent.locks.lock_away()
    assert agent.locks.unlock_away("C777") is True
    clock.advance(1200)
    agent.tick()
    assert listener.named("session_did_end") == [("desk-1", EndReason.TIME_UP)]


def test_a_visitor_who_signed_in_meanwhile_keeps_the_station(
    make_agent: AgentFactory, fake_client: Any, listener: Any
) -> None:
    agent = make_agent()
    agent.sign_in("B123")
    fake_client.push_command(sign_in_command(1, desk_grant()))
    agent.link.commands_once()
    view = agent.view()
    assert view is not None and view.session_id == "sess-1"
    assert len(listener.named("session_did_start")) == 1
    assert acks(fake_client, agent)[1].ok is False  # the server closes the desk's session


def test_the_same_session_signed_in_at_the_kiosk_meanwhile_is_acknowledged(
    make_agent: AgentFactory, fake_client: Any, listener: Any
) -> None:
    agent = make_agent()
    agent.sign_in("B123")  # the server resumed the desk's session for the same visitor
    fake_client.push_command(sign_in_command(1, desk_grant(session_id="sess-1")))
    agent.link.commands_once()
    assert len(listener.named("session_did_start")) == 1
    assert acks(fake_client, agent)[1].ok is True


def test_an_out_of_order_station_refuses_a_desk_sign_in(
    make_agent: AgentFactory, fake_client: Any, listener: Any
) -> None:
    agent = make_agent()
    fake_client.push_command(
        Command(
            id=1,
            kind=CommandKind.DISABLE,
            reason="broken",
            created_at="2025-03-10T09:00:00+00:00",
        )
    )
    fake_client.push_command(sign_in_command(2, desk_grant()))
    agent.link.commands_once()
    assert agent.view() is None and listener.named("session_did_start") == []
    got = acks(fake_client, agent)
    assert (got[1].ok, got[2].ok) == (True, False)


def test_a_desk_sign_in_without_its_grant_is_refused(
    make_agent: AgentFactory, fake_client: Any, listener: Any
) -> None:
    agent = make_agent()
    fake_client.push_command(sign_in_command(1, None))
    agent.link.commands_once()
    assert agent.view() is None
    assert acks(fake_client, agent)[1].ok is False


def test_the_grant_travels_in_the_command_list() -> None:
    grant = desk_grant()
    body = {"commands": [sign_in_command(5, grant).model_dump(mode="json")]}
    [parsed] = parse_commands(body)
    assert isinstance(parsed, Command) and parsed.grant == grant


def test_a_desk_session_survives_an_agent_restart(
    make_agent: AgentFactory, fake_client: Any, listener: Any, clock: FakeClock
) -> None:
    agent = make_agent()
    fake_client.push_command(sign_in_command(1, desk_grant()))
    agent.link.commands_once()
    clock.advance(100)
    agent.stop()
    again = make_agent()
    again.start()
    view = again.view()
    assert view is not None and (view.session_id, view.remaining_seconds) == ("desk-1", 1100)
