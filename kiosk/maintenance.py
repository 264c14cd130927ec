"""Maintenance at the station: staff unlock the desktop for a few minutes, then it locks again.

The rule is only a deadline on the monotonic clock: the agent opens and closes the window,
and its ticker calls :meth:`MaintenanceWindow.expired` to lock again when the time is up. A
window is never persisted: an agent restarted during maintenance comes back locked (a crash
never leaves a free desktop). It cannot open while a visitor's session runs: staff end the
session first (the kiosk's staff panel says so).
"""

from __future__ import annotations

import math
import threading

from kiosk.clock import Clock


class MaintenanceWindow:
    """Thread-safe: opened and closed from the UI's workers, checked by the ticker."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._deadline: float | None = None

    def open(self, minutes: int) -> int:
        """Open (or re-open) the window for ``minutes``; returns its seconds."""
        if minutes < 1:
            raise ValueError("maintenance lasts at least one minute")
        with self._lock:
            self._deadline = self._clock.monotonic() + minutes * 60
        return minutes * 60

    def close(self) -> bool:
        """Close the window; False when none was open."""
        with self._lock:
            was_open = self._deadline is not None
            self._deadline = None
        return was_open

    @property
    def active(self) -> bool:
        with self._lock:
            return self._deadline is not None

    @property
    def deadline(self) -> float | None:
        """Monotonic time at which the window closes; None when none is open."""
        return self._deadline

    def seconds_left(self) -> int | None:
        """Whole seconds until the window closes (rounded up); None when none is open."""
        with self._lock:
            deadline = self._deadline
        if deadline is None:
            return None
        return max(0, math.ceil(deadline - self._clock.monotonic()))

    def expired(self) -> bool:
        """Close the window if its time is up; True when this call closed it."""
        with self._lock:
            if self._deadline is None or self._clock.monotonic() < self._deadline:
                return False
            self._deadline = None
            return True
