"""Offline sign-in from cached credentials (kiosk/offline.py), alone and through the agent."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest

from admin.visitors.accounts import GUEST_CATEGORY as SERVER_GUEST_CATEGORY
from kiosk.agent import StationAgent
from kiosk.clock import FakeClock
from kiosk.offline import GUEST_CATEGORY, OfflineDesk, OfflinePolicy, OfflineRefused
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.http import ApiError, ServerUnreachable
from kiosk.protocol.station import AppEntry, EndReason, EventKind, Grant, VisitorInfo
from kiosk.store import LocalStore

CACHED = OfflinePolicy(mode="cached")
WRITER = AppEntry(id="writer", names={"en": "Writer"}, commands={"linux": "lowriter"})


def online_grant(
    identifier: str = "B123",
    *,
    category: str = "adult",
    allowance: int | None = 7200,
    daily: int | None = 7200,
    granted: int = 3600,
    session_id: str = "sess-1",
) -> Grant:
    return Grant(
        session_id=session_id,
        visitor=VisitorInfo(identifier=identifier, display_name="Ana", category=category),
        granted_seconds=granted,
        warning_seconds=[600],
        apps=[WRITER],
        allowance_seconds=allowance,
        daily_seconds=daily,
    )


@pytest.fixture
def desk(store: LocalStore, clock: FakeClock) -> OfflineDesk:
    return OfflineDesk(store, clock, CACHED)


def refusal(desk: OfflineDesk, identifier: str = "B123", pin: str | None = None) -> ErrorCode:
    with pytest.raises(OfflineRefused) as refused:
        desk.admit(identifier, pin)
    return refused.value.code


def test_refuse_mode_admits_nobody_even_when_verified(store: LocalStore, clock: FakeClock) -> None:
    desk = OfflineDesk(store, clock, OfflinePolicy())
    assert desk.policy.mode == "refuse"
    desk.remember("B123", None, online_grant())
    assert refusal(desk) == ErrorCode.OFFLINE


def test_cached_admit_is_capped_and_keeps_the_catalogue(desk: OfflineDesk) -> None:
    desk.remember("B123", None, online_grant())
    grant = desk.admit(" B123 ", None)
    assert grant.granted_seconds == 30 * 60  # max_minutes, below the 7200 s left
    assert grant.visitor == VisitorInfo(identifier="B123", display_name="Ana", category="adult")
    assert grant.apps == [WRITER]
    assert grant.warning_seconds == [300, 60]  # the policy's, not the cached grant's
    assert grant.session_id != "sess-1" and uuid.UUID(grant.session_id).version == 4
    assert desk.admit("B123", None).session_id != grant.session_id


def test_grant_is_cut_to_the_allowance_left(desk: OfflineDesk) -> None:
    desk.remember("B123", None, online_grant(allowance=600))
    assert desk.admit("B123", None).granted_seconds == 600


def test_a_server_without_allowances_caps_at_the_online_grant(desk: OfflineDesk) -> None:
    desk.remember("B123", None, online_grant(allowance=None, daily=None, granted=900))
    assert desk.admit("B123", None).granted_seconds == 900


def test_unknown_identifier_is_never_admitted(desk: OfflineDesk) -> None:
    desk.remember("B123", None, online_grant())
    assert refusal(desk, "B124") == ErrorCode.OFFLINE


def test_verified_longer_ago_than_the_policy_is_refused(
    desk: OfflineDesk, clock: FakeClock
) -> None:
    desk.remember("B123", None, online_grant())
    clock.advance(timedelta(days=14).total_seconds() - 60)
    assert desk.admit("B123", None).granted_seconds > 0
    clock.advance(120)
    assert refusal(desk) == ErrorCode.OFFLINE


def test_guests_are_never_cached(desk: OfflineDesk) -> None:
    assert GUEST_CATEGORY == SERVER_GUEST_CATEGORY
    desk.remember("X7K2P9", None, online_grant("X7K2P9", category=GUEST_CATEGORY))
    assert refusal(desk, "X7K2P9") == ErrorCode.OFFLINE


def test_pin_required_then_wrong_then_right(desk: OfflineDesk) -> None:
    desk.remember("B123", "4321", online_grant())
    assert refusal(desk, pin=None) == ErrorCode.PIN_REQUIRED
    assert refusal(desk, pin="1111") == ErrorCode.BAD_CREDENTIALS
    assert desk.admit("B123", "4321").granted_seconds == 1800


def test_five_wrong_pins_lock_the_identifier_for_15_minutes(
    desk: OfflineDesk, clock: FakeClock
) -> None:
    desk.remember("B123", "4321", online_grant())
    desk.remember("B999", None, online_grant("B999"))
    codes = [refusal(desk, pin="0000") for _ in range(5)]
    assert codes == [ErrorCode.BAD_CREDENTIALS] * 5
    with pytest.raises(OfflineRefused) as locked:
        desk.admit("B123", "4321")  # the right PIN does not lift the lock
    assert locked.value.code == ErrorCode.LOCKED_OUT
    assert locked.value.status == 429
    assert locked.value.details == {"retry_after_seconds": 900}
    assert desk.admit("B999", None).granted_seconds > 0  # another identifier is not locked
    clock.advance(15 * 60 + 1)
    assert desk.admit("B123", "4321").granted_seconds == 1800


def test_offline_wrong_pins_say_the_tries_left_as_the_server_does(desk: OfflineDesk) -> None:
    desk.remember("B123", "4321", online_grant())
    details = []
    for _ in range(5):
        with pytest.raises(OfflineRefused) as wrong:
            desk.admit("B123", "0000")
        details.append(wrong.value.details)
    assert [d["tries_left"] for d in details] == [4, 3, 2, 1, 0]
    assert details[0] == {"tries_left": 4, "lock_seconds": 900}
    assert details[4] == {"tries_left": 0, "lock_seconds": 900, "retry_after_seconds": 900}


def test_a_success_clears_the_wrong_pin_count(desk: OfflineDesk) -> None:
    desk.remember("B123", "4321", online_grant())
    for _ in range(4):
        assert refusal(desk, pin="0000") == ErrorCode.BAD_CREDENTIALS
    desk.admit("B123", "4321")
    for _ in range(4):
        assert refusal(desk, pin="0000") == ErrorCode.BAD_CREDENTIALS
    assert desk.admit("B123", "4321").granted_seconds == 1800


def test_sessions_used_lower_the_allowance_until_none_is_left(desk: OfflineDesk) -> None:
    desk.remember("B123", None, online_grant(allowance=2400))
    desk.session_used("B123", 1800)
    assert desk.admit("B123", None).granted_seconds == 600
    desk.session_used("B123", 580)
    assert refusal(desk) == ErrorCode.NO_TIME_LEFT
    desk.session_used("B999", 100)  # not cached: nothing to count, no error


def test_a_later_day_restores_the_daily_allowance(desk: OfflineDesk, clock: FakeClock) -> None:
    desk.remember("B123", None, online_grant(allowance=0, daily=3600))
    assert refusal(desk) == ErrorCode.NO_TIME_LEFT
    clock.advance(24 * 3600)
    assert desk.admit("B123", None).granted_seconds == 1800
    desk.session_used("B123", 3000)
    assert desk.admit("B123", None).granted_seconds == 600
    clock.advance(24 * 3600)
    assert desk.admit("B123", None).granted_seconds == 1800


def test_the_identifier_is_not_stored_in_clear(
    desk: OfflineDesk, store: LocalStore, clock: FakeClock, tmp_path: Any
) -> None:
    desk.remember("B123456789", "4321", online_grant("B123456789"))
    with store.read() as db:
        rows = list(db.query("SELECT * FROM credentials"))
        kv = list(db.query("SELECT * FROM kv"))
    assert len(rows) == 1
    stored = repr(rows) + repr(kv)
    assert "B123456789" not in stored
    assert "4321" not in stored.replace(rows[0]["pin_hash"], "")
    assert rows[0]["pin_hash"].startswith("$argon2id$")
    # another station's salt gives another key: a copied table matches nobody elsewhere
    other = LocalStore(tmp_path / "other.db")
    try:
        OfflineDesk(other, clock, CACHED).remember("B123456789", None, online_grant("B123456789"))
        with other.read() as db:
            other_key = next(db.query("SELECT key FROM credentials"))["key"]
    finally:
        other.close()
    assert other_key != rows[0]["key"]


def test_the_cache_survives_a_restart(db_path: Any, clock: FakeClock) -> None:
    first = LocalStore(db_path)
    OfflineDesk(first, clock, CACHED).remember("B123", "4321", online_grant())
    first.close()
    again = LocalStore(db_path)
    try:
        assert OfflineDesk(again, clock, CACHED).admit("B123", "4321").granted_seconds == 1800
    finally:
        again.close()


def test_policy_rejects_nonsense() -> None:
    with pytest.raises(ValueError):
        OfflinePolicy(mode="maybe")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        OfflinePolicy(max_minutes=0)


# --- through the agent ----------------------------------------------------------------------

AgentFactory = Callable[..., StationAgent]


def test_agent_remembers_online_and_admits_offline(
    make_agent: AgentFactory, fake_client: Any, store: LocalStore, clock: FakeClock
) -> None:
    desk = OfflineDesk(store, clock, CACHED)
    agent = make_agent(offline=desk)
    fake_client.grants = [online_grant(allowance=2400)]
    online = agent.sign_in("B123", "4321")
    clock.advance(600)
    assert agent.end_session()
    fake_client.set_online(False)

    view = agent.sign_in("B123", "4321")
    assert view.session_id != online.session_id
    assert view.allowed_seconds == 2400 - 600  # what was left after the online session
    clock.advance(30)
    agent.link.sync_once()  # offline: queues a heartbeat, sends nothing
    pending = agent.outbox.pending()
    started = [e for e in pending if e.kind == EventKind.SESSION_STARTED]
    assert len(started) == 1
    assert (started[0].session_id, started[0].identifier, started[0].granted_seconds) == (
        view.session_id,
        "B123",
        1800,
    )
    of_session = [e for e in pending if e.session_id == view.session_id]
    assert of_session[0].kind == EventKind.SESSION_STARTED  # before its heartbeats
    assert [e.kind for e in of_session[1:]] == [EventKind.HEARTBEAT]
    assert fake_client.received == []


def test_agent_offline_refusal_is_an_api_error(
    make_agent: AgentFactory, fake_client: Any, store: LocalStore, clock: FakeClock
) -> None:
    agent = make_agent(offline=OfflineDesk(store, clock, OfflinePolicy()))
    fake_client.set_online(False)
    with pytest.raises(ApiError) as refused:
        agent.sign_in("B123")
    assert refused.value.code == ErrorCode.OFFLINE
    assert isinstance(refused.value.__context__, ServerUnreachable)
    assert agent.view() is None
    assert agent.outbox.pending() == []


def test_agent_without_a_desk_passes_unreachable_through(
    make_agent: AgentFactory, fake_client: Any
) -> None:
    agent = make_agent()
    fake_client.set_online(False)
    with pytest.raises(ServerUnreachable):
        agent.sign_in("B123")


def test_agent_counts_offline_sessions_against_the_cache(
    make_agent: AgentFactory, fake_client: Any, store: LocalStore, clock: FakeClock
) -> None:
    desk = OfflineDesk(store, clock, CACHED)
    agent = make_agent(offline=desk)
    fake_client.grants = [online_grant(allowance=1850)]
    agent.sign_in("B123")
    agent.end_session()  # 0 s used
    fake_client.set_online(False)
    assert agent.sign_in("B123").allowed_seconds == 1800
    clock.advance(1800)
    agent.tick()  # time up
    assert agent.view() is None
    ended = [e for e in agent.outbox.pending() if e.kind == EventKind.SESSION_ENDED]
    assert [(e.used_seconds, e.reason) for e in ended] == [
        (0, EndReason.VISITOR),
        (1800, EndReason.TIME_UP),
    ]
    with pytest.raises(OfflineRefused) as refused:
        agent.sign_in("B123")  # 50 s left: less than a useful session
    assert refused.value.code == ErrorCode.NO_TIME_LEFT
