"""What the station keeps of itself across restarts (kiosk/station_state.py)."""

from __future__ import annotations

from pathlib import Path

from kiosk.protocol.station import SiteInfo, StationInfo
from kiosk.station_state import AWAY_KEY, STAFF_LOCK_KEY, StationState
from kiosk.store import LocalStore


def info(*, enabled: bool, reason: str | None = None) -> StationInfo:
    return StationInfo(
        id=7,
        name="EPN-PC-07",
        site=SiteInfo(id=1, name="Laeken"),
        enabled=enabled,
        disabled_reason=reason,
    )


def test_a_restart_finds_the_last_command_and_the_station_out_of_order(db_path: Path) -> None:
    store = LocalStore(db_path)
    state = StationState(store)
    assert (state.last_command_id, state.enabled, state.disabled_reason) == (0, True, None)
    with store.write():
        state.save_last_command(12)
        state.set_enabled(False, "écran cassé")
    store.close()
    reopened = LocalStore(db_path)
    again = StationState(reopened)
    assert (again.last_command_id, again.enabled, again.disabled_reason) == (
        12,
        False,
        "écran cassé",
    )
    reopened.close()


def test_the_server_agrees_only_on_the_same_state_and_reason(store: LocalStore) -> None:
    state = StationState(store)
    assert state.agrees_with(info(enabled=True))
    assert not state.agrees_with(info(enabled=False))
    state.set_enabled(False, None)  # out of order without a reason
    assert state.agrees_with(info(enabled=False))
    assert not state.agrees_with(info(enabled=False, reason="panne"))
    assert not state.agrees_with(info(enabled=True))


def test_the_locks_of_another_session_are_cleared_when_read(store: LocalStore) -> None:
    state = StationState(store)
    state.keep_away("sess-1", 1234.5)
    state.keep_staff_lock("sess-1")
    assert state.away_deadline("sess-1") == 1234.5
    assert state.staff_locked("sess-1")
    assert state.away_deadline("sess-2") is None and store.get(AWAY_KEY) == ""
    assert not state.staff_locked("sess-2") and store.get(STAFF_LOCK_KEY) == ""


def test_an_unreadable_away_lock_is_dropped(store: LocalStore) -> None:
    store.set(AWAY_KEY, '{"session_id": "sess-1"}')
    assert StationState(store).away_deadline("sess-1") is None
    assert store.get(AWAY_KEY) == ""


def test_the_end_of_a_session_forgets_its_locks_not_its_charter(store: LocalStore) -> None:
    state = StationState(store)
    state.keep_charter("sess-1", {"fr": "Soyez sages"})
    state.keep_away("sess-1", 99.0)
    state.keep_staff_lock("sess-1")
    state.session_over()
    assert state.away_deadline("sess-1") is None and not state.staff_locked("sess-1")
    assert state.charter_for("sess-1") == {"fr": "Soyez sages"}
    assert state.charter_for("sess-2") is None
    state.keep_charter("sess-2", None)  # nothing to accept
    assert state.charter_for("sess-2") is None
