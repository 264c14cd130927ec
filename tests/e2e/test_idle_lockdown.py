"""Idle detection and key lockdown against a real X server (Xvfb), input typed with xdotool."""

from __future__ import annotations

import logging
import os
import subprocess
import threading
from collections.abc import Callable, Iterator

import pytest
from Xlib import X
from Xlib.display import Display

from kiosk.clock import SystemClock
from kiosk.idle import (
    IdleListener,
    IdleMonitor,
    InputWatcher,
    PynputWatcher,
    XIdleWatcher,
    make_input_watcher,
)
from kiosk.lockdown import KeyCombo, X11Lockdown, make_lockdown
from tests.helpers.processes import wait_until
from tests.helpers.xprobe import ProbeWindow

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def x_server(xvfb_display: str) -> Iterator[str]:
    """Hold a connection for the whole module: an X server resets when its last client leaves,
    and a client connecting during the reset is turned away."""
    keepalive = Display(xvfb_display)
    yield xvfb_display
    keepalive.close()


@pytest.fixture
def display(x_server: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("DISPLAY", x_server)
    return x_server


def xdotool(display: str, *args: str) -> None:
    env = {**os.environ, "DISPLAY": display}
    result = subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, f"xdotool {' '.join(args)}: {result.stderr}"


class Recorder(IdleListener):
    def __init__(self) -> None:
        self.calls: list[str] = []
        self._lock = threading.Lock()

    def _record(self, name: str) -> None:
        with self._lock:
            self.calls.append(name)

    def count(self, name: str) -> int:
        with self._lock:
            return self.calls.count(name)

    def idle_will_end(self, seconds_left: int) -> None:
        self._record("idle_will_end")

    def idle_did_cancel(self) -> None:
        self._record("idle_did_cancel")

    def idle_did_expire(self) -> None:
        self._record("idle_did_expire")


@pytest.mark.parametrize("make_watcher", [XIdleWatcher, PynputWatcher], ids=["x-idle", "pynput"])
def test_real_input_cancels_the_idle_warning_and_silence_expires_it(
    display: str, make_watcher: Callable[[], InputWatcher]
) -> None:
    recorder = Recorder()
    monitor = IdleMonitor(clock=SystemClock(), idle_seconds=3, warning_seconds=2, listener=recorder)
    watcher = make_watcher()
    threads_before = set(threading.enumerate())
    assert watcher.start(monitor.activity)
    try:
        monitor.arm()

        def ticked(name: str, count: int) -> Callable[[], bool]:
            def reached() -> bool:
                monitor.check()  # the agent's ticker, here driven by the polling
                return recorder.count(name) >= count

            return reached

        wait_until(ticked("idle_will_end", 1), timeout=10, message="no idle warning")
        xdotool(display, "mousemove", "17", "23")
        wait_until(ticked("idle_did_cancel", 1), timeout=10, message="mouse move did not cancel")

        wait_until(ticked("idle_will_end", 2), timeout=10, message="no second idle warning")
        xdotool(display, "key", "shift")
        wait_until(ticked("idle_did_cancel", 2), timeout=10, message="key press did not cancel")

        wait_until(ticked("idle_did_expire", 1), timeout=10, message="idle never expired")
        assert recorder.calls == [
            "idle_will_end",
            "idle_did_cancel",
            "idle_will_end",
            "idle_did_cancel",
            "idle_will_end",
            "idle_did_expire",
        ]
    finally:
        watcher.stop()
    assert set(threading.enumerate()) <= threads_before, "the listener threads outlived stop()"


@pytest.fixture
def probe(display: str) -> Iterator[ProbeWindow]:
    window = ProbeWindow(display)
    yield window
    window.close()


@pytest.fixture
def lockdown(display: str) -> Iterator[X11Lockdown]:
    lockdown = X11Lockdown(display)
    yield lockdown
    lockdown.close()


def test_engaged_lockdown_takes_the_escape_keys_and_release_gives_them_back(
    display: str, probe: ProbeWindow, lockdown: X11Lockdown
) -> None:
    f4, super_l, a = probe.keycode("F4"), probe.keycode("Super_L"), probe.keycode("a")

    lockdown.engage()
    assert lockdown.grabbed > 0
    assert lockdown.refused == ()
    xdotool(display, "key", "alt+F4", "super", "ctrl+Escape", "a", "b")
    typed = probe.presses_until("b")
    assert f4 not in typed
    assert super_l not in typed
    assert probe.keycode("Escape") not in typed
    assert a in typed

    lockdown.release()
    assert lockdown.grabbed == 0
    xdotool(display, "key", "alt+F4", "super", "b")
    typed = probe.presses_until("b")
    assert f4 in typed
    assert super_l in typed


def test_lock_keys_do_not_open_a_way_around_the_grabs(
    display: str, probe: ProbeWindow, lockdown: X11Lockdown
) -> None:
    lockdown.engage()
    xdotool(display, "key", "Num_Lock", "Caps_Lock")  # both on: their modifier bits are set
    try:
        xdotool(display, "key", "alt+F4", "alt+Tab", "b")
        typed = probe.presses_until("b")
        assert probe.keycode("F4") not in typed
        assert probe.keycode("Tab") not in typed
    finally:
        xdotool(display, "key", "Num_Lock", "Caps_Lock")


def test_engage_and_release_are_idempotent_and_close_stops_the_thread(display: str) -> None:
    lockdown = make_lockdown(display)
    assert isinstance(lockdown, X11Lockdown)
    assert any(t.name == "epn-lockdown" for t in threading.enumerate())

    lockdown.engage()
    grabbed = lockdown.grabbed
    lockdown.engage()
    assert lockdown.grabbed == grabbed
    lockdown.release()
    lockdown.release()
    assert lockdown.grabbed == 0
    lockdown.engage()
    lockdown.close()
    lockdown.close()

    assert lockdown.grabbed == 0
    assert not any(t.name == "epn-lockdown" for t in threading.enumerate())
    lockdown.engage()
    assert lockdown.grabbed == 0


def test_a_combination_held_by_another_program_is_logged_not_fatal(
    display: str, probe: ProbeWindow, lockdown: X11Lockdown, caplog: pytest.LogCaptureFixture
) -> None:
    probe.grab_elsewhere("F4", X.Mod1Mask)

    lockdown.engage()

    assert lockdown.refused == (KeyCombo("F4", ("Alt",)),)
    assert lockdown.grabbed > 0
    refusals = [
        r.getMessage()
        for r in caplog.records
        if r.name == "epn.kiosk.lockdown" and r.levelno == logging.WARNING
    ]
    assert refusals == ["lockdown: could not grab Alt+F4, another program holds it"]
    # Everything else is still ours.
    xdotool(display, "key", "alt+Tab", "super", "b")
    typed = probe.presses_until("b")
    assert probe.keycode("Tab") not in typed
    assert probe.keycode("Super_L") not in typed
    assert probe.keycode("Alt_L") in typed  # the modifier alone is free: our grab is Alt+Tab


def test_on_x11_the_idle_counter_is_preferred(display: str) -> None:
    watcher = make_input_watcher()
    try:
        assert watcher.start(lambda: None)
        assert any(t.name == "epn-idle-x11" for t in threading.enumerate())
    finally:
        watcher.stop()
    assert not any(t.name == "epn-idle-x11" for t in threading.enumerate())
