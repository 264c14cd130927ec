"""The station agent with a fake server and a fake clock.

Most tests drive the threads' steps directly: the agent's ``tick()`` and its link's
``sync_once()`` and ``commands_once()`` (kiosk/link.py); the threaded tests wait on
conditions with a deadline, never on a sleep.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest

from kiosk.agent import SessionAlreadyRunning, StationAgent
from kiosk.clock import FakeClock
from kiosk.protocol.commands import Command, CommandKind
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.http import ApiError, CertificateMismatch, ServerUnreachable
from kiosk.protocol.station import EndReason, EventKind, Grant
from kiosk.store import LocalStore

AgentFactory = Callable[..., StationAgent]
Wait = Callable[..., None]


def test_sign_in_starts_a_session_and_snapshots_it(
    make_agent: AgentFactory, store: LocalStore, fake_client: Any, listener: Any, clock: FakeClock
) -> None:
    agent = make_agent()
    assert agent.view() is None
    view = agent.sign_in("B123", "1234")
    assert fake_client.sign_ins == [("B123", "1234")]
    assert (view.session_id, view.remaining_seconds) == ("sess-1", 1800)
    assert listener.named("session_did_start") == [(view,)]
    snapshot = store.load_snapshot()
    assert snapshot is not None
    assert (snapshot.state.session_id, snapshot.boot_id) == ("sess-1", "boot-1")
    assert snapshot.state.started_mono == clock.monotonic()
    clock.advance(61)
    current = agent.view()
    assert current is not None and current.remaining_seconds == 1739


def test_sign_in_errors_pass_through_untouched(
    make_agent: AgentFactory, fake_client: Any, listener: Any, store: LocalStore
) -> None:
    agent = make_agent()
    fake_client.sign_in_error = ApiError(ErrorCode.PIN_REQUIRED, "pin please", 401)
    with pytest.raises(ApiError) as raised:
        agent.sign_in("B123")
    assert raised.value.code == ErrorCode.PIN_REQUIRED
    fake_client.sign_in_error = None
    fake_client.online = False
    with pytest.raises(ServerUnreachable):
        agent.sign_in("B123", "1234")
    assert agent.view() is None
    assert store.load_snapshot() is None
    assert listener.named("session_did_start") == []


def test_sign_in_refused_while_a_session_runs(make_agent: AgentFactory, fake_client: Any) -> None:
    agent = make_agent()
    agent.sign_in("B123")
    with pytest.raises(SessionAlreadyRunning):
        agent.sign_in("C456")
    assert len(fake_client.sign_ins) == 1


def test_visitor_ends_the_session(
    make_agent: AgentFactory, store: LocalStore, listener: Any, clock: FakeClock
) -> None:
    agent = make_agent()
    agent.sign_in("B123")
    clock.advance(125.5)
    assert agent.end_session() is True
    assert agent.end_session() is False
    assert agent.view() is None
    assert store.load_snapshot() is None
    [ended] = agent.outbox.pending()
    assert (ended.kind, ended.session_id, ended.used_seconds, ended.reason) == (
        EventKind.SESSION_ENDED,
        "sess-1",
        125,
        EndReason.VISITOR,
    )
    assert listener.named("session_did_end") == [("sess-1", EndReason.VISITOR)]


def test_ticks_warn_then_end_with_time_up(
    make_agent: AgentFactory, fake_client: Any, listener: Any, clock: FakeClock
) -> None:
    fake_client.grants = [Grant.model_validate({**_grant_fields(), "granted_seconds": 600})]
    agent = make_agent()
    agent.sign_in("B123")
    clock.advance(299)
    agent.tick()
    assert listener.named("session_will_end") == []
    clock.advance(1)
    agent.tick()
    agent.tick()
    [(view, threshold)] = listener.named("session_will_end")
    assert (threshold, view.remaining_seconds) == (300, 300)
    clock.advance(300)
    agent.tick()
    assert listener.named("session_did_end") == [("sess-1", EndReason.TIME_UP)]
    assert agent.view() is None
    [ended] = agent.outbox.pending()
    assert (ended.used_seconds, ended.reason) == (600, EndReason.TIME_UP)


def test_ticks_snapshot_every_snapshot_seconds(
    make_agent: AgentFactory, store: LocalStore, clock: FakeClock
) -> None:
    agent = make_agent(snapshot_seconds=2.0)
    agent.sign_in("B123")
    start = clock.monotonic()
    clock.advance(1)
    agent.tick()
    snapshot = store.load_snapshot()
    assert snapshot is not None and snapshot.snapshot_mono == start
    clock.advance(1)
    agent.tick()
    snapshot = store.load_snapshot()
    assert snapshot is not None and snapshot.snapshot_mono == start + 2


def test_heartbeats_queued_offline_are_replayed_in_order(
    make_agent: AgentFactory, fake_client: Any, listener: Any, clock: FakeClock
) -> None:
    agent = make_agent(heartbeat_seconds=10.0)
    agent.sign_in("B123")
    agent.link.sync_once()
    assert [(e.kind, e.session_id) for e in fake_client.received] == [
        (EventKind.HEARTBEAT, "sess-1")
    ]
    assert agent.online and agent.station_info == fake_client.info

    fake_client.set_online(False)
    for _ in range(5):  # 50 s offline: one heartbeat for the session is kept
        clock.advance(10)
        assert agent.link.sync_once() > 0
    assert not agent.online
    agent.end_session()
    clock.advance(10)
    agent.link.sync_once()  # a free heartbeat
    clock.advance(10)
    agent.link.sync_once()  # replaces it
    queued = agent.outbox.pending()
    assert [(e.kind, e.session_id) for e in queued] == [
        (EventKind.HEARTBEAT, "sess-1"),
        (EventKind.SESSION_ENDED, "sess-1"),
        (EventKind.HEARTBEAT, None),
    ]
    assert queued[0].used_seconds == 50

    fake_client.set_online(True)
    already = len(fake_client.received)
    agent.link.sync_once()
    assert fake_client.received[already:] == queued
    ids = [e.event_id for e in fake_client.received]
    assert len(ids) == len(set(ids))
    seqs = [e.seq for e in fake_client.received]
    assert seqs == sorted(seqs)
    assert agent.outbox.pending() == []
    assert listener.named("connection_did_change") == [(True,), (False,), (True,)]


def test_api_error_on_post_keeps_the_events(make_agent: AgentFactory, fake_client: Any) -> None:
    agent = make_agent()
    agent.sign_in("B123")
    agent.end_session()
    queued = agent.outbox.pending()

    def revoked(events: Any) -> Any:
        raise ApiError(ErrorCode.UNAUTHENTICATED, "token revoked", 401)

    fake_client.post_events = revoked
    assert agent.link.sync_once() > 0
    assert agent.outbox.pending()[: len(queued)] == queued


def test_a_refused_token_puts_the_station_out_of_order_until_it_is_taken_again(
    make_agent: AgentFactory, fake_client: Any, listener: Any
) -> None:
    agent = make_agent()
    accept = fake_client.post_events

    def revoked(events: Any) -> Any:
        raise ApiError(ErrorCode.UNAUTHENTICATED, "token revoked", 401)

    fake_client.post_events = revoked
    agent.record_event(EventKind.CHARTER_ACCEPTED, session_id=None)
    agent.link.sync_once()
    agent.link.sync_once()  # said once, not at every try
    [(fault,)] = listener.named("station_did_fail")
    assert "refuses this station's token" in fault and agent.fault == fault
    fake_client.post_events = accept
    agent.link.sync_once()
    assert listener.named("station_did_recover") == [()]
    assert agent.fault is None


def test_a_server_certificate_not_pinned_puts_the_station_out_of_order_until_it_matches(
    make_agent: AgentFactory, fake_client: Any, listener: Any
) -> None:
    agent = make_agent()
    accept = fake_client.post_events
    expected, got = ":".join(["AA"] * 32), ":".join(["BB"] * 32)

    def impostor(events: Any) -> Any:
        raise CertificateMismatch(expected, got)

    fake_client.post_events = impostor
    agent.record_event(EventKind.CHARTER_ACCEPTED, session_id=None)
    agent.link.sync_once()
    agent.link.sync_once()  # said once, not at every try
    [(fault,)] = listener.named("station_did_fail")
    assert "certificate does not match the pinned fingerprint" in fault
    assert f"expected {expected}, got {got}" in fault and agent.fault == fault
    fake_client.post_events = accept
    agent.link.sync_once()
    assert listener.named("station_did_recover") == [()]
    assert agent.fault is None


def test_extend_command_is_applied_and_acknowledged(
    make_agent: AgentFactory,
    fake_client: Any,
    listener: Any,
    store: LocalStore,
    cmd: Callable[..., Command],
) -> None:
    agent = make_agent()
    agent.sign_in("B123")
    fake_client.push_command(cmd(5, CommandKind.EXTEND, minutes=15))
    assert agent.link.commands_once() == 0.0
    view = agent.view()
    assert view is not None and view.remaining_seconds == 1800 + 900
    [(changed,)] = listener.named("session_did_change")
    assert changed.allowed_seconds == 2700
    [ack] = agent.outbox.pending()
    assert (ack.kind, ack.command_id, ack.ok, ack.remaining_seconds) == (
        EventKind.COMMAND_APPLIED,
        5,
        True,
        2700,
    )
    snapshot = store.load_snapshot()
    assert snapshot is not None and snapshot.state.allowed_seconds == 2700
    assert store.get("last_command_id") == "5"
    agent.link.commands_once()
    assert fake_client.polls[-1] == (5, 0.05)


def test_end_command_ends_with_staff(
    make_agent: AgentFactory,
    fake_client: Any,
    listener: Any,
    store: LocalStore,
    clock: FakeClock,
    cmd: Callable[..., Command],
) -> None:
    agent = make_agent()
    agent.sign_in("B123")
    clock.advance(30)
    fake_client.push_command(cmd(1, CommandKind.END))
    agent.link.commands_once()
    assert agent.view() is None
    assert listener.named("session_did_end") == [("sess-1", EndReason.STAFF)]
    ended, ack = agent.outbox.pending()
    assert (ended.kind, ended.used_seconds, ended.reason) == (
        EventKind.SESSION_ENDED,
        30,
        EndReason.STAFF,
    )
    assert (ack.command_id, ack.ok, ack.remaining_seconds) == (1, True, None)
    assert store.load_snapshot() is None


def test_commands_for_another_session_are_refused(
    make_agent: AgentFactory, fake_client: Any, cmd: Callable[..., Command]
) -> None:
    agent = make_agent()
    fake_client.push_command(cmd(1, CommandKind.EXTEND, session_id="sess-1", minutes=5))
    agent.link.commands_once()  # no session yet
    agent.sign_in("B123")
    fake_client.push_command(cmd(2, CommandKind.END, session_id="old-session"))
    agent.link.commands_once()
    assert [(e.command_id, e.ok) for e in agent.outbox.pending()] == [(1, False), (2, False)]
    view = agent.view()
    assert view is not None and view.allowed_seconds == 1800


def test_commands_backoff_while_unreachable(make_agent: AgentFactory, fake_client: Any) -> None:
    agent = make_agent(retry_initial=1.0, retry_max=3.0)
    fake_client.set_online(False)
    assert [agent.link.commands_once() for _ in range(4)] == [1.0, 2.0, 3.0, 3.0]
    assert not agent.online
    fake_client.set_online(True)
    agent.link.commands_once()
    assert agent.online


def test_restart_in_the_same_boot_counts_the_dead_time(
    make_agent: AgentFactory, fake_client: Any, clock: FakeClock
) -> None:
    first = make_agent()
    first.start()
    first.sign_in("B123")
    clock.advance(100)
    first.stop()
    clock.advance(300)  # the agent is dead for 5 minutes
    second = make_agent()
    second.start()
    view = second.view()
    assert view is not None
    assert (view.session_id, view.used_seconds, view.remaining_seconds) == ("sess-1", 400, 1400)


def test_restart_after_the_allowance_ends_with_time_up(
    make_agent: AgentFactory,
    store: LocalStore,
    fake_client: Any,
    listener: Any,
    clock: FakeClock,
) -> None:
    make_agent().sign_in("B123")
    clock.advance(4000)
    fake_client.set_online(False)  # the events stay in the outbox for us to read
    agent = make_agent()
    agent.start()
    assert agent.view() is None
    assert store.load_snapshot() is None
    ended = agent.outbox.pending()[0]
    assert (ended.kind, ended.used_seconds, ended.reason) == (
        EventKind.SESSION_ENDED,
        1800,
        EndReason.TIME_UP,
    )
    assert listener.named("session_did_end") == [("sess-1", EndReason.TIME_UP)]
    assert len(listener.named("session_did_start")) == 1  # the first agent's sign-in only


def test_restart_warns_about_a_threshold_crossed_while_down(
    make_agent: AgentFactory, listener: Any, clock: FakeClock
) -> None:
    make_agent().sign_in("B123")
    clock.advance(1800 - 45)  # down until 45 s are left: 300 and 60 both passed
    agent = make_agent()
    agent.start()
    starts = listener.named("session_did_start")
    assert starts[-1][0].remaining_seconds == 45
    assert [threshold for _, threshold in listener.named("session_will_end")] == [60]


def test_reboot_closes_the_session_at_its_last_snapshot(
    make_agent: AgentFactory,
    store: LocalStore,
    fake_client: Any,
    listener: Any,
    clock: FakeClock,
) -> None:
    before = make_agent(boot_id="boot-1", snapshot_seconds=2.0)
    before.sign_in("B123")
    for _ in range(50):  # 100 s of ticks: the last snapshot is at +100 s
        clock.advance(2)
        before.tick()
    clock.advance(1.5)  # lost with the power
    fake_client.set_online(False)  # the events stay in the outbox for us to read
    after = make_agent(boot_id="boot-2")
    after.start()
    assert after.view() is None
    assert store.load_snapshot() is None
    ended = after.outbox.pending()[0]
    assert (ended.kind, ended.session_id, ended.used_seconds, ended.reason) == (
        EventKind.SESSION_ENDED,
        "sess-1",
        100,
        EndReason.REBOOT,
    )
    assert listener.named("session_did_end") == [("sess-1", EndReason.REBOOT)]


def test_a_command_is_not_applied_again_after_a_restart(
    make_agent: AgentFactory,
    fake_client: Any,
    wait_until: Wait,
    cmd: Callable[..., Command],
) -> None:
    first = make_agent()
    first.sign_in("B123")
    fake_client.push_command(cmd(9, CommandKind.EXTEND, minutes=10))
    first.link.commands_once()
    first.stop()
    fake_client.ignore_after = True  # a confused server keeps sending command 9
    polls_before = len(fake_client.polls)
    second = make_agent()
    second.start()
    wait_until(lambda: len(fake_client.polls) >= polls_before + 3)
    assert {after for after, _ in fake_client.polls[polls_before:]} == {9}
    view = second.view()
    assert view is not None and view.allowed_seconds == 1800 + 600
    second.stop()
    events = {e.event_id: e for e in [*fake_client.received, *second.outbox.pending()]}
    acks = [e for e in events.values() if e.kind == EventKind.COMMAND_APPLIED]
    assert [a.command_id for a in acks] == [9]


def test_threads_apply_a_staff_extension_and_report_it(
    make_agent: AgentFactory,
    fake_client: Any,
    listener: Any,
    wait_until: Wait,
    cmd: Callable[..., Command],
) -> None:
    agent = make_agent()
    agent.start()
    names = {t.name for t in threading.enumerate()}
    assert {"epn-agent-ticker", "epn-agent-sync", "epn-agent-commands"} <= names
    wait_until(lambda: agent.station_info is not None and agent.online)
    agent.sign_in("B123")
    fake_client.push_command(cmd(1, CommandKind.EXTEND, minutes=5))
    wait_until(lambda: fake_client.events_of(EventKind.COMMAND_APPLIED))
    [ack] = fake_client.events_of(EventKind.COMMAND_APPLIED)
    assert (ack.command_id, ack.ok, ack.remaining_seconds) == (1, True, 2100)
    assert listener.named("session_did_change")
    assert listener.named("station_did_load") == [(fake_client.info,)]


def test_threads_end_the_session_when_time_is_up(
    make_agent: AgentFactory,
    fake_client: Any,
    listener: Any,
    clock: FakeClock,
    wait_until: Wait,
) -> None:
    agent = make_agent()
    agent.start()
    agent.sign_in("B123")
    clock.advance(1800)
    wait_until(lambda: fake_client.events_of(EventKind.SESSION_ENDED))
    [ended] = fake_client.events_of(EventKind.SESSION_ENDED)
    assert (ended.used_seconds, ended.reason) == (1800, EndReason.TIME_UP)
    assert listener.named("session_did_end") == [("sess-1", EndReason.TIME_UP)]


def test_threads_replay_after_reconnecting(
    make_agent: AgentFactory,
    fake_client: Any,
    listener: Any,
    clock: FakeClock,
    wait_until: Wait,
) -> None:
    agent = make_agent(heartbeat_seconds=10.0)
    fake_client.set_online(False)
    agent.start()
    wait_until(lambda: listener.named("connection_did_change") == [(False,)])
    agent.end_session()  # nothing to end
    fake_client.set_online(True)
    wait_until(lambda: agent.online and agent.outbox.pending_count() == 0)
    assert [e.kind for e in fake_client.received] == [EventKind.HEARTBEAT]


def test_a_listener_bug_does_not_stop_the_agent(
    make_agent: AgentFactory, listener: Any, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(view: Any) -> None:
        raise RuntimeError("bug in the UI")

    listener.session_did_start = broken
    agent = make_agent()
    view = agent.sign_in("B123")
    assert view.session_id == "sess-1"
    assert "bug in the UI" in caplog.text
    clock.advance(1800)
    agent.tick()
    assert agent.view() is None


def test_stop_is_prompt_during_a_long_poll(
    make_agent: AgentFactory, fake_client: Any, wait_until: Wait
) -> None:
    agent = make_agent(poll_wait=30.0)
    agent.start()
    wait_until(lambda: fake_client.polls)
    agent.stop()
    assert fake_client.closed


def test_stop_does_not_wait_for_a_stuck_long_poll(
    make_agent: AgentFactory, fake_client: Any, wait_until: Wait
) -> None:
    stuck = threading.Event()

    def wait_commands(after: int, wait: float) -> list[Command]:
        fake_client.polls.append((after, wait))
        stuck.wait(10)  # a transport that ignores close()
        return []

    fake_client.wait_commands = wait_commands
    agent = make_agent(poll_wait=30.0)
    agent.start()
    wait_until(lambda: fake_client.polls)
    began = time.monotonic()
    agent.stop()
    assert time.monotonic() - began < 2.0
    stuck.set()


def _grant_fields() -> dict[str, Any]:
    return {
        "session_id": "sess-1",
        "visitor": {"identifier": "B123", "category": "adult"},
        "granted_seconds": 1800,
    }


@pytest.mark.parametrize("jump", [timedelta(hours=1), timedelta(hours=-1)])
def test_moving_the_wall_clock_changes_no_time(
    make_agent: AgentFactory, fake_client: Any, clock: FakeClock, jump: timedelta
) -> None:
    """An administrator, NTP or a visitor moves the system clock: the session does not notice."""
    agent = make_agent()
    agent.sign_in("B123")
    clock.advance(100)
    clock.set_wall(clock.now() + jump)
    agent.tick()
    view = agent.view()
    assert view is not None and (view.used_seconds, view.remaining_seconds) == (100, 1700)
    clock.advance(200)
    agent.link.sync_once()
    beat = fake_client.events_of("heartbeat")[-1]
    assert (beat.used_seconds, beat.remaining_seconds) == (300, 1500)
    # the restart after the jump resumes with the same time too
    agent.stop()
    again = make_agent()
    again.start()
    resumed = again.view()
    assert resumed is not None and resumed.remaining_seconds == 1500


def test_the_station_info_is_asked_again_and_changes_are_told(
    make_agent: AgentFactory, fake_client: Any, listener: Any, clock: FakeClock
) -> None:
    """A kiosk running overnight shows today's hours; a staff change of message reaches it."""
    agent = make_agent()
    agent.link.sync_once()
    assert listener.named("station_did_load") == [(fake_client.info,)]
    clock.advance(60)
    agent.link.sync_once()
    assert len(listener.named("station_did_load")) == 1  # not asked again so soon
    fake_client.info = fake_client.info.model_copy(
        update={"today_hours": ["09:00-12:30"], "message": {"fr": "Fermé demain"}}
    )
    clock.advance(300)
    agent.link.sync_once()
    assert listener.named("station_did_load")[-1] == (fake_client.info,)
    assert agent.station_info is not None and agent.station_info.message == {"fr": "Fermé demain"}
    clock.advance(300)
    agent.link.sync_once()  # the same answer: nobody is told again
    assert len(listener.named("station_did_load")) == 2


def test_the_ticker_sleeps_until_the_next_thing_due(
    make_agent: AgentFactory, listener: Any, clock: FakeClock
) -> None:
    """Not five wake-ups a second: the next warning, the end, the away lock's deadline."""
    agent = make_agent(snapshot_seconds=10_000, max_tick_seconds=3600, away_seconds=600)
    assert agent.next_tick_delay() == 3600  # no session: nothing due
    agent.sign_in("B123")  # 1800 s, warnings at 300 and 60 s left
    assert agent.next_tick_delay() == 1500
    clock.advance(1500)
    agent.tick()
    assert [args[1] for args in listener.named("session_will_end")] == [300]
    assert agent.next_tick_delay() == 240
    agent.locks.lock_away()
    assert agent.next_tick_delay() == 240
    clock.advance(240)
    agent.tick()
    assert agent.next_tick_delay() == 60
    clock.advance(59.5)
    assert agent.next_tick_delay() == pytest.approx(0.5)
    clock.advance(0.5)
    agent.tick()
    assert listener.named("session_did_end") == [("sess-1", EndReason.TIME_UP)]
    assert agent.next_tick_delay() == 3600


def test_the_ticker_sleeps_at_most_max_tick_seconds(make_agent: AgentFactory) -> None:
    agent = make_agent(snapshot_seconds=10_000, max_tick_seconds=1.0)
    assert agent.next_tick_delay() == 1.0
    agent.sign_in("B123")
    assert agent.next_tick_delay() == 1.0


def test_a_staff_command_wakes_the_sleeping_ticker(
    make_agent: AgentFactory, fake_client: Any, listener: Any, clock: FakeClock, wait_until: Wait
) -> None:
    """Time cut by staff: the visitor is warned at once, not when the ticker would wake."""
    agent = make_agent(snapshot_seconds=10_000, max_tick_seconds=3600)
    agent.start()
    agent.sign_in("B123")  # the ticker then sleeps until the first warning, 1500 s away
    clock.advance(100)
    fake_client.push_command(
        Command(
            id=1,
            kind=CommandKind.SET_TIME,
            session_id="sess-1",
            seconds=30,
            created_at="2025-01-06T09:00:00+00:00",
        )
    )
    wait_until(lambda: listener.named("session_will_end"))
    [(view, warning)] = listener.named("session_will_end")
    assert (view.remaining_seconds, warning) == (30, 60)
