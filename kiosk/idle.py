"""Idle detection: warn a visitor who left, then end their session.

Input hooks call :meth:`IdleMonitor.activity` for every key and mouse event; the agent's ticker
calls :meth:`IdleMonitor.check` a few times a second and the monitor tells its
:class:`IdleListener` what happened. States::

    DISARMED --arm()--> WATCHING --(no input for idle - warning s)--> WARNING
    WARNING --(input, seen at the next check)--> WATCHING      idle_did_cancel()
    WARNING --(no input for idle s)--> DISARMED                idle_did_expire()
    any state --disarm()--> DISARMED

``idle_will_end`` is sent once per idle period: the screen counts down by itself. An
``idle_seconds`` of 0 disables the monitor (``arm()`` does nothing).

Input comes from an :class:`InputWatcher`. When its ``start()`` returns False there is no input
hook on this machine, and the owner must not arm the monitor: without input every session would
look idle.

Watchers: on X11, :class:`XIdleWatcher` asks the X server's own idle counter (the
MIT-SCREEN-SAVER extension) twice a second, which costs nothing per key or mouse move; pynput's
listeners (:class:`PynputWatcher`) parse every event in Python — about 4 % of a core while a
mouse moves at 100 events a second (bench/agent_cpu.py --input pynput) — so they serve Windows,
and X servers without the extension when pynput is installed (on Linux it is not a station
dependency: its evdev backend builds from source; the development install has it).
"""

from __future__ import annotations

import contextlib
import enum
import importlib.util
import logging
import math
import os
import sys
import threading
import time
from collections.abc import Callable
from typing import Any, Protocol

from kiosk.clock import Clock

log = logging.getLogger("epn.kiosk.idle")


class IdleListener:
    """What the idle monitor tells its owner; called from the thread that calls ``check()``."""

    def idle_will_end(self, seconds_left: int) -> None:
        """Nobody touched the station for a while: show a countdown of ``seconds_left``."""

    def idle_did_cancel(self) -> None:
        """Input came back during the countdown: hide it, the session goes on."""

    def idle_did_expire(self) -> None:
        """The countdown ran out: end the session (the monitor has disarmed itself)."""


class IdleState(enum.Enum):
    DISARMED = "disarmed"
    WATCHING = "watching"
    WARNING = "warning"


class IdleMonitor:
    """Turns input timestamps into idle warnings and expiry; see the module docstring."""

    def __init__(
        self, *, clock: Clock, idle_seconds: float, warning_seconds: float, listener: IdleListener
    ) -> None:
        if idle_seconds < 0 or warning_seconds < 0:
            raise ValueError("idle and warning seconds cannot be negative")
        self._clock = clock
        self._idle = float(idle_seconds)
        # A warning longer than the idle time would start at once: it is the whole idle time.
        self._warning = min(float(warning_seconds), self._idle)
        self._listener = listener
        self._lock = threading.Lock()
        self._state = IdleState.DISARMED
        self._last_input = clock.monotonic()
        self._input_at_warning = self._last_input

    @property
    def enabled(self) -> bool:
        return self._idle > 0

    @property
    def state(self) -> IdleState:
        return self._state

    def arm(self) -> None:
        """A session started: the idle clock starts now."""
        if not self.enabled:
            return
        with self._lock:
            self._last_input = self._clock.monotonic()
            self._state = IdleState.WATCHING

    def disarm(self) -> None:
        """The session is over: no more warnings."""
        with self._lock:
            self._state = IdleState.DISARMED

    def activity(self) -> None:
        """Input happened. Called from input hooks for every event, so it only stores a float."""
        self._last_input = self._clock.monotonic()

    def due(self, poll: float) -> float | None:
        """When :meth:`check` next has something to do (monotonic), or None while disarmed:
        the warning, then the end; while the warning shows, within ``poll`` seconds too (input
        cancels it at any time)."""
        state, last_input = self._state, self._last_input
        if state is IdleState.DISARMED:
            return None
        if state is IdleState.WATCHING:
            return last_input + self._idle - self._warning
        return min(last_input + self._idle, self._clock.monotonic() + poll)

    def check(self) -> None:
        """Compare the last input with now and tell the listener about a state change."""
        if self._state is IdleState.DISARMED:
            return
        with self._lock:
            notify = self._step()
        if notify is not None:
            notify()

    def _step(self) -> Callable[[], None] | None:
        """Move to the next state under the lock; return the call to make once it is released."""
        last_input = self._last_input
        if self._state is IdleState.DISARMED:
            return None
        if self._state is IdleState.WARNING and last_input > self._input_at_warning:
            self._state = IdleState.WATCHING
            return self._listener.idle_did_cancel
        idle_for = self._clock.monotonic() - last_input
        if idle_for >= self._idle:
            self._state = IdleState.DISARMED
            return self._listener.idle_did_expire
        if self._state is IdleState.WATCHING and idle_for >= self._idle - self._warning:
            self._state = IdleState.WARNING
            self._input_at_warning = last_input
            seconds_left = max(1, math.ceil(self._idle - idle_for))
            return lambda: self._listener.idle_will_end(seconds_left)
        return None


class InputWatcher(Protocol):
    """A source of keyboard and mouse activity."""

    def start(self, on_activity: Callable[[], None]) -> bool:
        """Call ``on_activity`` (from any thread) on input; False when no input can be seen."""
        ...

    def stop(self) -> None:
        """Stop calling ``on_activity``; safe to call more than once."""
        ...


class NullWatcher:
    """No input hook on this machine: idle detection is off."""

    def __init__(self, reason: str = "no input hook on this machine") -> None:
        self._reason = reason

    def start(self, on_activity: Callable[[], None]) -> bool:
        log.info("idle detection off: %s", self._reason)
        return False

    def stop(self) -> None:
        pass


class PynputWatcher:
    """Keyboard and mouse listeners from pynput (X11 or Windows), watching without suppressing."""

    def __init__(self, *, start_timeout: float = 2.0) -> None:
        self._start_timeout = start_timeout
        self._lock = threading.Lock()
        self._listeners: list[Any] = []

    def start(self, on_activity: Callable[[], None]) -> bool:
        with self._lock:
            if self._listeners:
                return True
            try:
                self._listeners = _start_listeners(on_activity, self._start_timeout)
            except Exception as exc:  # any failure only means no idle detection
                log.info("idle detection off: no keyboard and mouse hook (%s)", _describe(exc))
                return False
            return True

    def stop(self) -> None:
        with self._lock:
            listeners, self._listeners = self._listeners, []
        _stop_listeners(listeners)


class XIdleWatcher:
    """The X server's idle counter (MIT-SCREEN-SAVER), polled every ``interval`` seconds.

    The counter restarts from 0 at any key, button or pointer event of any client, so a value
    lower than the last one read means input happened since.
    """

    def __init__(self, display: str | None = None, *, interval: float = 0.5) -> None:
        self._display_name = display
        self._interval = interval
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def start(self, on_activity: Callable[[], None]) -> bool:
        with self._lock:
            if self._thread is not None:
                return True
            try:
                display, root = _open_idle_counter(self._display_name)
            except Exception as exc:  # any failure only means another watcher is needed
                log.info("X idle counter unavailable (%s)", _describe(exc))
                return False
            self._stopping.clear()
            self._thread = threading.Thread(
                target=self._run,
                args=(display, root, on_activity),
                name="epn-idle-x11",
                daemon=True,
            )
            self._thread.start()
            return True

    def stop(self) -> None:
        with self._lock:
            thread, self._thread = self._thread, None
        self._stopping.set()
        if thread is not None:
            thread.join(2.0)

    def _run(self, display: Any, root: Any, on_activity: Callable[[], None]) -> None:
        last = None
        try:
            while not self._stopping.wait(self._interval):
                idle_ms = root.screensaver_query_info().idle
                if last is not None and idle_ms < last:
                    on_activity()
                last = idle_ms
        except Exception as exc:  # the X server went away: no more input to see
            log.warning("X idle counter lost (%s): idle detection stops", _describe(exc))
        finally:
            with contextlib.suppress(Exception):
                display.close()


def _open_idle_counter(name: str | None) -> tuple[Any, Any]:
    from Xlib.display import Display

    display = Display(name)
    if not display.has_extension("MIT-SCREEN-SAVER"):
        display.close()
        raise RuntimeError("the X server has no MIT-SCREEN-SAVER extension")
    root = display.screen().root
    root.screensaver_query_info()  # fails now rather than in the thread
    return display, root


class FirstWorking:
    """The first of several watchers whose ``start()`` succeeds."""

    def __init__(self, *candidates: InputWatcher) -> None:
        self._candidates = candidates
        self._running: InputWatcher | None = None

    def start(self, on_activity: Callable[[], None]) -> bool:
        for watcher in self._candidates:
            if watcher.start(on_activity):
                self._running = watcher
                log.info("input watched by %s", type(watcher).__name__)
                return True
        return False

    def stop(self) -> None:
        running, self._running = self._running, None
        if running is not None:
            running.stop()


def make_input_watcher(display: str | None = None) -> InputWatcher:
    """The input hook for this machine: the X idle counter, else pynput, else none."""
    if sys.platform in ("win32", "darwin"):
        return PynputWatcher()
    if display:
        return XIdleWatcher(display)  # the station service's: pynput reads only $DISPLAY
    if os.environ.get("DISPLAY"):
        if importlib.util.find_spec("pynput") is None:
            fallback: InputWatcher = NullWatcher(
                "the X idle counter is unavailable and pynput is not installed"
            )
        else:
            fallback = PynputWatcher()
        return FirstWorking(XIdleWatcher(), fallback)
    return NullWatcher("no X display (DISPLAY is not set)")


def _start_listeners(on_activity: Callable[[], None], timeout: float) -> list[Any]:
    """Start pynput's keyboard and mouse listeners; raise if either cannot run."""
    from pynput import keyboard, mouse

    if keyboard.Listener.__module__.endswith("_xorg"):
        _check_x_record()

    def hook(*_event: object) -> None:
        on_activity()

    listeners: list[Any] = [
        keyboard.Listener(on_press=hook),
        mouse.Listener(on_move=hook, on_click=hook, on_scroll=hook),
    ]
    try:
        for listener in listeners:
            listener.start()
        deadline = time.monotonic() + timeout
        for listener in listeners:
            _wait_ready(listener, deadline)
    except BaseException:
        _stop_listeners(listeners)
        raise
    return listeners


def _check_x_record() -> None:
    """pynput's X listeners need the RECORD extension; without it their thread dies noisily."""
    from Xlib.display import Display

    display = Display()
    try:
        if not display.has_extension("RECORD"):
            raise RuntimeError("the X server has no RECORD extension")
    finally:
        display.close()


def _wait_ready(listener: Any, deadline: float) -> None:
    """Wait until a started listener is ready; raise if its thread died or took too long.

    ``listener.wait()`` would block forever on a thread that died before getting ready.
    """
    while not getattr(listener, "_ready", True):
        if not listener.is_alive():
            break
        if time.monotonic() > deadline:
            raise RuntimeError("the input listener did not start in time")
        time.sleep(0.01)
    if not listener.is_alive():
        raise RuntimeError("the input listener stopped at start-up")


def _stop_listeners(listeners: list[Any]) -> None:
    for listener in listeners:
        try:
            listener.stop()
            if listener.is_alive() and type(listener).__module__.endswith("_xorg"):
                _end_x_record(listener)
            listener.join(1.0)
        except Exception as exc:  # stopping must never take the agent down
            log.info("input listener did not stop cleanly (%s)", _describe(exc))


def _end_x_record(listener: Any) -> None:
    """End a stopped X listener now rather than at the next input event.

    pynput's X listener waits in a RECORD request that only returns with the next event, so
    ``stop()`` alone leaves its thread waiting. Disabling the RECORD context from another
    connection makes the server end that request.
    """
    context = getattr(listener, "_context", None)
    if context is None:
        return
    from Xlib.display import Display

    display = Display()
    try:
        # The listener may have freed the context meanwhile: that error is expected.
        display.set_error_handler(lambda _error, _request: None)
        display.record_disable_context(context)
        display.sync()
    finally:
        display.close()


def _describe(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
