"""The idle monitor on a fake clock, and the input watchers' fallbacks."""

from __future__ import annotations

import logging
import sys

import pytest

from kiosk.clock import FakeClock
from kiosk.idle import (
    IdleListener,
    IdleMonitor,
    IdleState,
    NullWatcher,
    PynputWatcher,
    make_input_watcher,
)

IDLE = 300.0
WARNING = 60.0
WARN_AT = IDLE - WARNING
TICK = 0.25


class Recorder(IdleListener):
    def __init__(self) -> None:
        self.calls: list[tuple[str, ...] | tuple[str, int]] = []

    def idle_will_end(self, seconds_left: int) -> None:
        self.calls.append(("idle_will_end", seconds_left))

    def idle_did_cancel(self) -> None:
        self.calls.append(("idle_did_cancel",))

    def idle_did_expire(self) -> None:
        self.calls.append(("idle_did_expire",))


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def monitor(clock: FakeClock, recorder: Recorder) -> IdleMonitor:
    return IdleMonitor(clock=clock, idle_seconds=IDLE, warning_seconds=WARNING, listener=recorder)


def run(monitor: IdleMonitor, clock: FakeClock, seconds: float) -> None:
    """Let ``seconds`` pass with a ticker checking 4 times a second, as the agent's does.

    Quarter seconds add up exactly in binary floating point, so thresholds are hit on the dot.
    """
    for _ in range(round(seconds / TICK)):
        clock.advance(TICK)
        monitor.check()


def test_warns_once_when_the_warning_time_is_reached(
    monitor: IdleMonitor, clock: FakeClock, recorder: Recorder
) -> None:
    monitor.arm()
    run(monitor, clock, WARN_AT - 1)
    assert recorder.calls == []
    assert monitor.state is IdleState.WATCHING

    run(monitor, clock, 1)
    assert recorder.calls == [("idle_will_end", 60)]
    assert monitor.state is IdleState.WARNING

    run(monitor, clock, WARNING - 1)
    assert recorder.calls == [("idle_will_end", 60)]


def test_a_late_check_warns_with_the_seconds_really_left(
    monitor: IdleMonitor, clock: FakeClock, recorder: Recorder
) -> None:
    monitor.arm()
    clock.advance(WARN_AT + 10.5)
    monitor.check()
    assert recorder.calls == [("idle_will_end", 50)]


def test_activity_during_the_warning_cancels_at_the_next_check(
    monitor: IdleMonitor, clock: FakeClock, recorder: Recorder
) -> None:
    monitor.arm()
    run(monitor, clock, WARN_AT + 5)
    monitor.activity()
    assert recorder.calls == [("idle_will_end", 60)]

    monitor.check()
    assert recorder.calls == [("idle_will_end", 60), ("idle_did_cancel",)]
    assert monitor.state is IdleState.WATCHING

    run(monitor, clock, 30)
    assert recorder.calls == [("idle_will_end", 60), ("idle_did_cancel",)]


def test_after_a_cancel_a_new_idle_period_warns_again(
    monitor: IdleMonitor, clock: FakeClock, recorder: Recorder
) -> None:
    monitor.arm()
    run(monitor, clock, WARN_AT + 5)
    monitor.activity()
    monitor.check()

    run(monitor, clock, WARN_AT - 1)
    assert recorder.calls[-1] == ("idle_did_cancel",)
    run(monitor, clock, 1)
    assert recorder.calls == [
        ("idle_will_end", 60),
        ("idle_did_cancel",),
        ("idle_will_end", 60),
    ]


def test_expires_once_after_the_idle_time_and_disarms(
    monitor: IdleMonitor, clock: FakeClock, recorder: Recorder
) -> None:
    monitor.arm()
    run(monitor, clock, IDLE - 1)
    assert recorder.calls == [("idle_will_end", 60)]

    run(monitor, clock, 1)
    assert recorder.calls == [("idle_will_end", 60), ("idle_did_expire",)]
    assert monitor.state is IdleState.DISARMED

    monitor.activity()
    run(monitor, clock, IDLE * 2)
    assert recorder.calls == [("idle_will_end", 60), ("idle_did_expire",)]


def test_activity_at_the_last_moment_wins_over_expiry(
    monitor: IdleMonitor, clock: FakeClock, recorder: Recorder
) -> None:
    monitor.arm()
    run(monitor, clock, IDLE - TICK)
    monitor.activity()
    clock.advance(TICK)
    monitor.check()
    assert recorder.calls == [("idle_will_end", 60), ("idle_did_cancel",)]


def test_a_check_missed_past_the_idle_time_expires_at_once(
    monitor: IdleMonitor, clock: FakeClock, recorder: Recorder
) -> None:
    monitor.arm()
    clock.advance(IDLE + 30)
    monitor.check()
    assert recorder.calls == [("idle_did_expire",)]


def test_activity_before_the_warning_postpones_it(
    monitor: IdleMonitor, clock: FakeClock, recorder: Recorder
) -> None:
    monitor.arm()
    run(monitor, clock, 200)
    monitor.activity()
    run(monitor, clock, WARN_AT - 1)
    assert recorder.calls == []
    run(monitor, clock, 1)
    assert recorder.calls == [("idle_will_end", 60)]


def test_disarm_stops_everything_without_a_cancel(
    monitor: IdleMonitor, clock: FakeClock, recorder: Recorder
) -> None:
    monitor.arm()
    run(monitor, clock, WARN_AT)
    monitor.disarm()
    assert monitor.state is IdleState.DISARMED

    monitor.activity()
    run(monitor, clock, IDLE * 2)
    assert recorder.calls == [("idle_will_end", 60)]


def test_arm_starts_the_idle_clock_now(
    monitor: IdleMonitor, clock: FakeClock, recorder: Recorder
) -> None:
    monitor.activity()
    clock.advance(IDLE * 10)
    monitor.arm()
    run(monitor, clock, WARN_AT - 1)
    assert recorder.calls == []
    run(monitor, clock, 1)
    assert recorder.calls == [("idle_will_end", 60)]


def test_it_can_be_armed_again_after_expiring(
    monitor: IdleMonitor, clock: FakeClock, recorder: Recorder
) -> None:
    monitor.arm()
    run(monitor, clock, IDLE)
    monitor.arm()
    assert monitor.state is IdleState.WATCHING
    run(monitor, clock, IDLE)
    assert recorder.calls == [("idle_will_end", 60), ("idle_did_expire",)] * 2


def test_zero_idle_seconds_disables_it(clock: FakeClock, recorder: Recorder) -> None:
    monitor = IdleMonitor(clock=clock, idle_seconds=0, warning_seconds=60, listener=recorder)
    monitor.arm()
    assert not monitor.enabled
    assert monitor.state is IdleState.DISARMED
    run(monitor, clock, 3600)
    assert recorder.calls == []


def test_negative_durations_are_refused(clock: FakeClock, recorder: Recorder) -> None:
    with pytest.raises(ValueError):
        IdleMonitor(clock=clock, idle_seconds=-1, warning_seconds=0, listener=recorder)
    with pytest.raises(ValueError):
        IdleMonitor(clock=clock, idle_seconds=60, warning_seconds=-1, listener=recorder)


def test_the_listener_may_rearm_from_its_callback(clock: FakeClock) -> None:
    """Callbacks run outside the monitor's lock, so reacting to them cannot deadlock."""

    class Rearming(Recorder):
        def idle_did_expire(self) -> None:
            super().idle_did_expire()
            rearmed.disarm()
            rearmed.arm()

    recorder = Rearming()
    rearmed = IdleMonitor(clock=clock, idle_seconds=10, warning_seconds=5, listener=recorder)
    rearmed.arm()
    run(rearmed, clock, 10)
    assert recorder.calls == [("idle_will_end", 5), ("idle_did_expire",)]
    assert rearmed.state is IdleState.WATCHING


def test_pynput_watcher_without_a_display_reports_false_quietly(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    caplog.set_level(logging.INFO, logger="epn.kiosk.idle")
    watcher = PynputWatcher()

    assert watcher.start(lambda: None) is False
    watcher.stop()

    records = [r for r in caplog.records if r.name == "epn.kiosk.idle"]
    assert len(records) == 1
    assert records[0].levelno == logging.INFO
    assert records[0].exc_info is None
    assert "idle detection off" in records[0].getMessage()


def test_without_a_display_the_watcher_is_the_null_one(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    caplog.set_level(logging.INFO, logger="epn.kiosk.idle")

    watcher = make_input_watcher()

    assert isinstance(watcher, NullWatcher)
    assert watcher.start(lambda: None) is False
    assert "DISPLAY" in caplog.records[-1].getMessage()


def test_on_x_without_pynput_the_fallback_says_why_idle_detection_is_off(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # Linux installs pynput only for tests (its evdev needs a compiler): no idle counter then
    # means no idle detection, said once, not an import error from a listener
    monkeypatch.setattr("sys.platform", "linux")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setitem(sys.modules, "pynput", None)

    def no_counter(display: str | None) -> None:
        raise RuntimeError("the X server has no MIT-SCREEN-SAVER extension")

    monkeypatch.setattr("kiosk.idle._open_idle_counter", no_counter)
    caplog.set_level(logging.INFO, logger="epn.kiosk.idle")

    watcher = make_input_watcher()

    assert watcher.start(lambda: None) is False
    messages = [r.getMessage() for r in caplog.records if r.name == "epn.kiosk.idle"]
    assert "idle detection off" in messages[-1]
    assert "pynput is not installed" in messages[-1]
    assert all("ModuleNotFoundError" not in m for m in messages)


def test_due_is_the_next_step_without_input() -> None:
    clock = FakeClock()
    monitor = IdleMonitor(clock=clock, idle_seconds=300, warning_seconds=60, listener=Recorder())
    start = clock.monotonic()
    assert monitor.due(0.2) is None  # disarmed
    monitor.arm()
    assert monitor.due(0.2) == start + 240
    clock.advance(240)
    monitor.check()
    # warning: the end, and a look for input (which cancels it) every poll
    assert monitor.due(0.2) == pytest.approx(start + 240.2)
    clock.advance(59.9)
    assert monitor.due(0.2) == start + 300
