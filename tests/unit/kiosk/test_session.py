"""The session engine: countdown, warnings, changes and the end, on a fake clock."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from kiosk.clock import FakeClock
from kiosk.protocol.station import EndReason, Grant
from kiosk.session import NoSession, SessionAlreadyRunning, SessionEngine

GrantFactory = Callable[..., Grant]


@pytest.fixture
def engine(clock: FakeClock) -> SessionEngine:
    return SessionEngine(clock)


def warnings_until(engine: SessionEngine, clock: FakeClock, seconds: int) -> list[int]:
    """Tick once a second for ``seconds``, collecting the warnings given."""
    given = []
    for _ in range(seconds):
        clock.advance(1)
        result = engine.tick()
        if result.warning is not None:
            given.append(result.warning)
    return given


def test_counts_down_with_the_monotonic_clock(
    engine: SessionEngine, clock: FakeClock, grant: GrantFactory
) -> None:
    view = engine.start(grant(600))
    assert (view.remaining_seconds, view.used_seconds, view.allowed_seconds) == (600, 0, 600)
    clock.advance(100.4)
    assert engine.remaining() == 500  # 499.6 left: shown as 500
    assert engine.used() == 100


def test_never_shows_zero_while_time_remains(
    engine: SessionEngine, clock: FakeClock, grant: GrantFactory
) -> None:
    engine.start(grant(600))
    clock.advance(599.75)
    assert engine.remaining() == 1
    assert engine.tick().ended is None


def test_time_up_exactly_at_the_allowance(
    engine: SessionEngine, clock: FakeClock, grant: GrantFactory
) -> None:
    engine.start(grant(600, session_id="s-9"))
    clock.advance(599.5)
    assert engine.tick().ended is None
    clock.advance(0.5)
    ended = engine.tick().ended
    assert ended is not None
    assert (ended.session_id, ended.used_seconds, ended.reason) == ("s-9", 600, EndReason.TIME_UP)
    assert not engine.running
    assert engine.view() is None


def test_warns_once_at_each_threshold(
    engine: SessionEngine, clock: FakeClock, grant: GrantFactory
) -> None:
    engine.start(grant(600))
    clock.advance(299)
    assert engine.tick().warning is None  # 301 s left
    clock.advance(1)
    assert engine.tick().warning == 300
    assert engine.tick().warning is None
    assert warnings_until(engine, clock, 239) == []  # 61 s left
    assert warnings_until(engine, clock, 1) == [60]
    assert warnings_until(engine, clock, 59) == []
    clock.advance(1)
    assert engine.tick().ended is not None


def test_thresholds_come_from_the_grant(
    engine: SessionEngine, clock: FakeClock, grant: GrantFactory
) -> None:
    engine.start(grant(600, warnings=[120]))
    assert warnings_until(engine, clock, 599) == [120]


def test_a_threshold_above_the_grant_never_fires(
    engine: SessionEngine, clock: FakeClock, grant: GrantFactory
) -> None:
    engine.start(grant(200))
    assert warnings_until(engine, clock, 199) == [60]


def test_thresholds_crossed_together_give_only_the_smallest(
    engine: SessionEngine, clock: FakeClock, grant: GrantFactory
) -> None:
    engine.start(grant(600))
    clock.advance(570)  # e.g. the agent was dead: 30 s left, both thresholds passed
    assert engine.tick().warning == 60
    assert warnings_until(engine, clock, 29) == []


def test_extending_re_arms_the_thresholds_left_behind(
    engine: SessionEngine, clock: FakeClock, grant: GrantFactory
) -> None:
    engine.start(grant(600))
    assert warnings_until(engine, clock, 550) == [300, 60]  # 50 s left
    view = engine.extend(600)
    assert (view.remaining_seconds, view.allowed_seconds) == (650, 1200)
    assert warnings_until(engine, clock, 350) == [300]
    assert warnings_until(engine, clock, 240) == [60]


def test_a_small_extension_re_arms_only_what_is_ahead(
    engine: SessionEngine, clock: FakeClock, grant: GrantFactory
) -> None:
    engine.start(grant(600))
    assert warnings_until(engine, clock, 550) == [300, 60]
    engine.extend(60)  # 110 s left: 60 is ahead again, 300 is not
    assert warnings_until(engine, clock, 109) == [60]


def test_set_remaining(engine: SessionEngine, clock: FakeClock, grant: GrantFactory) -> None:
    engine.start(grant(1800))
    clock.advance(100.25)
    view = engine.set_remaining(30)
    assert view.remaining_seconds == 30
    assert view.used_seconds == 100
    assert engine.tick().warning == 60
    # the allowance is whole seconds: the fraction of the current second is not given back
    clock.advance(29.5)
    assert engine.tick().ended is None
    clock.advance(0.25)
    ended = engine.tick().ended
    assert ended is not None and ended.used_seconds == 130


def test_set_remaining_higher_re_arms(
    engine: SessionEngine, clock: FakeClock, grant: GrantFactory
) -> None:
    engine.start(grant(600))
    assert warnings_until(engine, clock, 550) == [300, 60]
    assert engine.set_remaining(400).remaining_seconds == 400
    assert warnings_until(engine, clock, 399) == [300, 60]


def test_set_remaining_zero_ends_at_the_next_tick(
    engine: SessionEngine, clock: FakeClock, grant: GrantFactory
) -> None:
    engine.start(grant(600))
    clock.advance(10)
    engine.set_remaining(0)
    ended = engine.tick().ended
    assert ended is not None and ended.used_seconds == 10


def test_end_reports_the_used_time(
    engine: SessionEngine, clock: FakeClock, grant: GrantFactory
) -> None:
    engine.start(grant(600))
    clock.advance(42.9)
    ended = engine.end(EndReason.VISITOR)
    assert (ended.used_seconds, ended.reason) == (42, EndReason.VISITOR)
    with pytest.raises(NoSession):
        engine.remaining()


def test_wall_clock_changes_are_irrelevant(
    engine: SessionEngine, clock: FakeClock, grant: GrantFactory
) -> None:
    engine.start(grant(600))
    clock.advance(60)
    clock.set_wall(datetime(2031, 1, 1, tzinfo=UTC))
    assert engine.remaining() == 540
    clock.set_wall(datetime(1999, 1, 1, tzinfo=UTC))
    assert engine.remaining() == 540
    assert engine.tick().ended is None


def test_resume_keeps_the_start_and_the_warnings_given(
    engine: SessionEngine, clock: FakeClock, grant: GrantFactory
) -> None:
    engine.start(grant(600))
    assert warnings_until(engine, clock, 300) == [300]
    state = engine.state()
    assert state is not None
    clock.advance(100)  # dead for 100 s
    other = SessionEngine(clock)
    view = other.resume(state)
    assert (view.used_seconds, view.remaining_seconds) == (400, 200)
    assert warnings_until(other, clock, 140) == [60]


def test_start_at_a_given_instant(
    engine: SessionEngine, clock: FakeClock, grant: GrantFactory
) -> None:
    view = engine.start(grant(600), started_mono=clock.monotonic() - 50)
    assert (view.used_seconds, view.remaining_seconds) == (50, 550)


def test_misuse_is_refused(engine: SessionEngine, grant: GrantFactory) -> None:
    with pytest.raises(NoSession):
        engine.extend(60)
    assert engine.tick().ended is None
    engine.start(grant(600))
    with pytest.raises(SessionAlreadyRunning):
        engine.start(grant(600, session_id="other"))
    with pytest.raises(ValueError):
        engine.extend(0)
    with pytest.raises(ValueError):
        engine.set_remaining(-1)


def test_views_are_immutable(engine: SessionEngine, grant: GrantFactory) -> None:
    view = engine.start(grant(600))
    with pytest.raises(dataclasses.FrozenInstanceError):
        view.remaining_seconds = 10_000  # type: ignore[misc]


def test_a_grant_cut_at_closing_ends_with_closing(
    engine: SessionEngine, clock: FakeClock, grant: GrantFactory
) -> None:
    engine.start(grant(600).model_copy(update={"closes_in_seconds": 600}))
    clock.advance(600)
    ended = engine.tick().ended
    assert ended is not None and ended.reason == EndReason.CLOSING


def test_a_grant_ending_before_closing_ends_with_time_up(
    engine: SessionEngine, clock: FakeClock, grant: GrantFactory
) -> None:
    engine.start(grant(600).model_copy(update={"closes_in_seconds": 3600}))
    clock.advance(600)
    ended = engine.tick().ended
    assert ended is not None and ended.reason == EndReason.TIME_UP


def test_no_extension_runs_past_the_closing_time_the_station_knows(
    engine: SessionEngine, clock: FakeClock, grant: GrantFactory
) -> None:
    engine.start(grant(300).model_copy(update={"closes_in_seconds": 600}))
    assert engine.extend(3600).remaining_seconds == 600  # whatever the server says
    clock.advance(100)
    assert engine.set_remaining(3600).remaining_seconds == 500
    clock.advance(500)
    ended = engine.tick().ended
    assert ended is not None and ended.reason == EndReason.CLOSING


def test_an_after_hours_extension_runs_past_closing_and_ends_with_time_up(
    engine: SessionEngine, clock: FakeClock, grant: GrantFactory
) -> None:
    engine.start(grant(600).model_copy(update={"closes_in_seconds": 600}))
    assert engine.extend(300, after_hours=True).remaining_seconds == 900
    assert engine.extend(60).remaining_seconds == 960  # no closing any more for this session
    clock.advance(960)
    ended = engine.tick().ended
    assert ended is not None and ended.reason == EndReason.TIME_UP


def test_a_grant_cut_at_the_next_hold_ends_for_the_booking(
    engine: SessionEngine, clock: FakeClock, grant: GrantFactory
) -> None:
    granted = grant(600).model_copy(update={"bound_by": "booking"})
    assert engine.start(granted).ends_for == "booking"
    clock.advance(600)
    ended = engine.tick().ended
    assert ended is not None and ended.reason == EndReason.BOOKING


def test_a_session_cut_for_a_hold_made_meanwhile_ends_for_the_booking(
    engine: SessionEngine, clock: FakeClock, grant: GrantFactory
) -> None:
    engine.start(grant(3600))
    clock.advance(60)
    assert engine.set_remaining(1200, booking=True).ends_for == "booking"
    # staff extend past the hold's start (the server would not): no longer "for the booking"
    assert engine.extend(600).ends_for is None
    engine.set_remaining(300)
    clock.advance(300)
    ended = engine.tick().ended
    assert ended is not None and ended.reason == EndReason.TIME_UP
