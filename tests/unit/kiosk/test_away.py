"""Lock while I'm away: the lock itself (fake clock), and the agent ending an abandoned session."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest

from kiosk.agent import AgentListener, StationAgent
from kiosk.away import MAX_FAILURES, AwayLock
from kiosk.clock import FakeClock
from kiosk.enforcer import SessionEnforcer
from kiosk.launcher import Launcher
from kiosk.protocol.station import EndReason, EventKind
from kiosk.session import SessionView
from kiosk.store import LocalStore

AgentFactory = Callable[..., StationAgent]


# --- AwayLock ---------------------------------------------------------------------------------


@pytest.fixture
def away(clock: FakeClock) -> AwayLock:
    lock = AwayLock(clock, 600)
    lock.remember("2100 0011 11", "1357")
    return lock


def test_lock_sets_a_deadline_that_expires(away: AwayLock, clock: FakeClock) -> None:
    assert not away.locked and away.deadline is None and away.seconds_left() is None
    deadline = away.lock()
    assert deadline == clock.monotonic() + 600
    assert away.locked and away.seconds_left() == 600
    clock.advance(599.5)
    assert away.seconds_left() == 1
    assert not away.expired()
    clock.advance(0.5)
    assert away.expired() and away.seconds_left() == 0


def test_locking_again_keeps_the_first_deadline(away: AwayLock, clock: FakeClock) -> None:
    first = away.lock()
    clock.advance(100)
    assert away.lock() == first


@pytest.mark.parametrize("answer", ["1357", " 1357 ", "2100001111", "2100 0011 11"])
def test_the_pin_or_the_card_number_unlocks(away: AwayLock, answer: str) -> None:
    away.lock()
    assert away.unlock(answer) is True
    assert not away.locked and not away.expired()


@pytest.mark.parametrize("answer", ["", "   ", "1358", "210000111", "13571"])
def test_anything_else_does_not_unlock(away: AwayLock, answer: str) -> None:
    away.lock()
    assert away.unlock(answer) is False
    assert away.locked
    assert away.failures_left == MAX_FAILURES - 1


def test_five_wrong_answers_exhaust_the_lock(away: AwayLock) -> None:
    away.lock()
    for n in range(MAX_FAILURES - 1):
        assert away.unlock(f"000{n}") is False
        assert not away.exhausted
    assert away.unlock("0009") is False
    assert away.exhausted and away.failures_left == 0


def test_a_right_answer_resets_the_count(away: AwayLock) -> None:
    away.lock()
    away.unlock("0000")
    away.unlock("1357")
    away.lock()
    assert away.failures_left == MAX_FAILURES


def test_the_pin_is_kept_only_as_an_argon2id_hash(away: AwayLock) -> None:
    kept = " ".join(str(value) for value in vars(away).values())
    assert "1357" not in kept
    assert away._pin_hash is not None and away._pin_hash.startswith("$argon2id$")


def test_without_a_pin_only_the_card_number_unlocks(clock: FakeClock) -> None:
    away = AwayLock(clock, 60)
    away.remember("B123", None)
    away.lock()
    assert away.unlock("") is False
    assert away.unlock("b123") is True  # a ticket code typed in lower case


def test_forget_drops_everything(away: AwayLock) -> None:
    away.lock()
    away.forget()
    assert not away.locked and not away.verify("1357") and not away.verify("2100001111")
    with pytest.raises(RuntimeError):
        away.lock()


def test_unlock_when_not_locked_counts_nothing(away: AwayLock) -> None:
    assert away.unlock("0000") is False
    assert away.failures_left == MAX_FAILURES


def test_away_seconds_must_be_positive(clock: FakeClock) -> None:
    with pytest.raises(ValueError):
        AwayLock(clock, 0)


# --- the agent --------------------------------------------------------------------------------


class AwayListener(AgentListener):
    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self._lock = threading.Lock()

    def _record(self, name: str, *args: Any) -> None:
        with self._lock:
            self.calls.append((name, args))

    def named(self, name: str) -> list[tuple[Any, ...]]:
        with self._lock:
            return [args for n, args in self.calls if n == name]

    def session_did_start(self, view: SessionView) -> None:
        self._record("session_did_start", view)

    def session_did_end(self, session_id: str, reason: EndReason) -> None:
        self._record("session_did_end", session_id, reason)

    def session_did_lock_away(self, deadline_seconds: int) -> None:
        self._record("session_did_lock_away", deadline_seconds)

    def session_did_unlock_away(self) -> None:
        self._record("session_did_unlock_away")


class RecordingLockdown:
    def __init__(self) -> None:
        self.changes: list[str] = []

    def engage(self) -> None:
        self.changes.append("engage")

    def release(self) -> None:
        self.changes.append("release")

    def close(self) -> None:
        self.changes.append("close")


@pytest.fixture
def away_listener() -> AwayListener:
    return AwayListener()


@pytest.fixture
def agent(make_agent: AgentFactory, away_listener: AwayListener) -> StationAgent:
    agent = make_agent(listener=away_listener, away_seconds=600)
    agent.sign_in("B123", "1357")
    return agent


def ended(agent: StationAgent) -> list[Any]:
    return [e for e in agent.outbox.pending() if e.kind == EventKind.SESSION_ENDED]


def test_agent_locks_and_unlocks_with_the_pin(
    agent: StationAgent, away_listener: AwayListener, clock: FakeClock
) -> None:
    assert agent.locks.away_seconds_left() is None
    assert agent.locks.lock_away() == 600
    assert away_listener.named("session_did_lock_away") == [(600,)]
    clock.advance(120)
    assert agent.locks.away_seconds_left() == 480
    view = agent.view()
    assert view is not None and view.remaining_seconds == 1800 - 120  # time keeps running
    assert agent.locks.unlock_away("0000") is False
    assert agent.locks.away_tries_left() == MAX_FAILURES - 1
    assert agent.locks.unlock_away("1357") is True
    assert away_listener.named("session_did_unlock_away") == [()]
    assert agent.locks.away_seconds_left() is None
    clock.advance(10_000 - 1800)  # long after the away deadline: nothing ends for being away
    agent.tick()
    assert all(e.reason != EndReason.AWAY for e in ended(agent))


def test_agent_ends_the_session_when_away_too_long(
    agent: StationAgent, away_listener: AwayListener, clock: FakeClock
) -> None:
    agent.locks.lock_away()
    clock.advance(599)
    agent.tick()
    assert away_listener.named("session_did_end") == []
    clock.advance(1)
    agent.tick()
    assert away_listener.named("session_did_end") == [("sess-1", EndReason.AWAY)]
    assert agent.view() is None and agent.locks.away_seconds_left() is None
    [event] = ended(agent)
    assert (event.reason, event.used_seconds) == (EndReason.AWAY, 600)


def test_agent_ends_the_session_after_five_wrong_answers(
    agent: StationAgent, away_listener: AwayListener, fake_client: Any, grant: Any
) -> None:
    fake_client.grants.append(grant(session_id="sess-2"))
    agent.locks.lock_away()
    for _ in range(MAX_FAILURES):
        assert agent.locks.unlock_away("9999") is False
    assert away_listener.named("session_did_end") == [("sess-1", EndReason.AWAY)]
    assert agent.view() is None
    # the next visitor's session starts unlocked and does not know the old PIN
    agent.sign_in("B123", None)
    assert agent.locks.away_seconds_left() is None
    agent.locks.lock_away()
    assert agent.locks.unlock_away("1357") is False


def test_lock_away_without_a_session_is_refused(make_agent: AgentFactory) -> None:
    with pytest.raises(RuntimeError):
        make_agent().locks.lock_away()


def test_a_restarted_agent_keeps_the_session_locked(
    agent: StationAgent,
    make_agent: AgentFactory,
    away_listener: AwayListener,
    clock: FakeClock,
) -> None:
    agent.locks.lock_away()
    clock.advance(100)
    agent.stop()
    again = make_agent(listener=away_listener, away_seconds=600)
    again.start()
    assert again.locks.away_seconds_left() == 500
    assert away_listener.named("session_did_lock_away")[-1] == (500,)
    assert again.locks.unlock_away("1357") is False  # the PIN was never stored
    assert again.locks.unlock_away("B123") is True


def test_the_enforcer_blocks_escape_keys_while_away(
    make_agent: AgentFactory, store: LocalStore, clock: FakeClock, away_listener: AwayListener
) -> None:
    lockdown = RecordingLockdown()
    enforcer = SessionEnforcer(
        clock=clock,
        store=store,
        listener=away_listener,
        launcher=Launcher(clock=clock),
        lockdown=lockdown,
    )
    agent = make_agent(listener=away_listener, enforcer=enforcer, away_seconds=600)
    agent.start()
    agent.sign_in("B123", "1357")
    assert lockdown.changes == ["engage", "release"]
    agent.locks.lock_away()
    assert lockdown.changes[-1] == "engage"
    agent.locks.unlock_away("B123")
    assert lockdown.changes[-1] == "release"


def test_the_station_service_loads_argon2_only_at_the_first_pin() -> None:
    """A station where nobody typed a PIN yet keeps argon2 out of its memory."""
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import sys, kiosk.service, kiosk.station\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'argon2'))\n"
        "from kiosk.pin_hash import hash_pin, verify_pin\n"
        "h = hash_pin('1234')\n"
        "print(verify_pin(h, '1234'), verify_pin(h, '4321'), verify_pin('nonsense', '1234'))\n"
    )
    root = Path(__file__).resolve().parents[3]
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=root, check=True
    )
    assert result.stdout.splitlines() == ["[]", "True False False"]
