"""The running session as a pure state machine: its clock, its warnings, its end.

Time comes only from the injected clock's ``monotonic()``. A session is allowed
``allowed_seconds`` counted from ``started_mono``; extending or setting the time changes the
allowance, never the start, so a restart in the same boot can resume from a snapshot and the
time the agent was dead counts as used.

Warnings: each threshold (seconds before the end) fires once. A threshold the session starts
below never fires (the visitor sees the granted time at sign-in). When a tick finds several
thresholds crossed at once (after a resume, or a staff cut), only the smallest fires: the
visitor is told the most urgent news once, not a stale one. Extending above a threshold
re-arms it.

Errors::

    SessionError (RuntimeError)      a bug in the caller: the state machine was misused
     ├── NoSession                   asked about a session while none runs
     └── SessionAlreadyRunning       started a session while one runs
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from kiosk import visitor_preferences
from kiosk.clock import Clock
from kiosk.protocol.enums import EndReason
from kiosk.protocol.screen_port import SessionView
from kiosk.refusals import SessionAlreadyRunning, SessionError

if TYPE_CHECKING:  # records of kiosk/protocol/lite.py at run time (or the models, in tests)
    from kiosk.protocol.preferences import VisitorPreferences
    from kiosk.protocol.station import Grant, VisitorInfo

__all__ = [
    "NoSession",
    "SessionAlreadyRunning",
    "SessionEnd",
    "SessionEngine",
    "SessionError",
    "SessionState",
    "SessionView",
    "TickResult",
]


class NoSession(SessionError):
    pass


@dataclass(frozen=True)
class SessionState:
    """Everything needed to resume a session: what the snapshot stores."""

    session_id: str
    visitor: VisitorInfo
    started_mono: float
    allowed_seconds: int
    thresholds: tuple[int, ...]  # descending
    warned: frozenset[int] = field(default_factory=frozenset)
    #: When the site closes (monotonic), from the grant: no extension runs past it, and a
    #: session ending there ends for closing. None: no closing in sight, or after hours.
    closing_mono: float | None = None
    #: When the station is held for someone else (monotonic): the grant was cut there
    #: (``Grant.bound_by`` "booking") or the server cut the session for a hold made meanwhile
    #: (a set_time command with reason "booking"). A session ending there ends for "booking".
    booking_mono: float | None = None

    def ends_for(self) -> str | None:
        """ "booking" or "closing" when the session's end is where the station is held or the
        site closes (within a second of rounding), else None."""
        end = self.started_mono + self.allowed_seconds
        if self.booking_mono is not None and abs(end - self.booking_mono) <= 1:
            return "booking"
        if self.closing_mono is not None and abs(end - self.closing_mono) <= 1:
            return "closing"
        return None

    def due_mono(self) -> float:
        """When a tick next has something to do if nothing else changes (monotonic): the next
        warning not given yet, else the end."""
        end = self.started_mono + self.allowed_seconds
        return min([end, *(end - t for t in self.thresholds if t not in self.warned)])

    def view_at(self, mono: float) -> SessionView:
        """The session as seen at monotonic time ``mono``."""
        elapsed = max(0.0, mono - self.started_mono)
        # ceil: the display never shows 0 while time remains
        remaining = max(0, math.ceil(self.allowed_seconds - elapsed))
        used = min(self.allowed_seconds, math.floor(elapsed))
        return SessionView(
            session_id=self.session_id,
            visitor=self.visitor,
            remaining_seconds=remaining,
            used_seconds=used,
            allowed_seconds=self.allowed_seconds,
            ends_for=self.ends_for(),
        )


@dataclass(frozen=True)
class SessionEnd:
    """How a session ended: what the session_ended event reports."""

    session_id: str
    visitor: VisitorInfo
    used_seconds: int
    reason: EndReason


@dataclass(frozen=True)
class TickResult:
    """What a tick found: at most one warning, or the end of the session."""

    warning: int | None = None
    ended: SessionEnd | None = None


class SessionEngine:
    """The clock of the current session. Not thread-safe: the agent holds a lock around it."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._state: SessionState | None = None

    @property
    def running(self) -> bool:
        return self._state is not None

    def state(self) -> SessionState | None:
        return self._state

    def view(self) -> SessionView | None:
        if self._state is None:
            return None
        return self._state.view_at(self._clock.monotonic())

    def start(self, grant: Grant, started_mono: float | None = None) -> SessionView:
        """Start the session the server granted (now, or at ``started_mono``)."""
        if self._state is not None:
            raise SessionAlreadyRunning(self._state.session_id)
        thresholds = tuple(sorted({t for t in grant.warning_seconds if t > 0}, reverse=True))
        start = self._clock.monotonic() if started_mono is None else started_mono
        closes = grant.closes_in_seconds
        self._state = SessionState(
            session_id=grant.session_id,
            visitor=grant.visitor,
            started_mono=start,
            allowed_seconds=grant.granted_seconds,
            thresholds=thresholds,
            warned=frozenset(t for t in thresholds if t >= grant.granted_seconds),
            closing_mono=None if closes is None else start + closes,
            booking_mono=(
                start + grant.granted_seconds if grant.bound_by == EndReason.BOOKING else None
            ),
        )
        return self._view()

    def remember_preferences(self, preferences: VisitorPreferences) -> None:
        """The visitor changed their reading preferences during the session: the session's
        view carries them from now on (a screen restarted mid-session applies these)."""
        state = self._state
        if state is None:
            raise NoSession()
        visitor = state.visitor
        kept = visitor_preferences.over(preferences, visitor.preferences)
        self._state = replace(state, visitor=visitor_preferences.with_preferences(visitor, kept))

    def resume(self, state: SessionState) -> SessionView:
        """Carry on a session saved by an earlier process of the same boot."""
        if self._state is not None:
            raise SessionAlreadyRunning(self._state.session_id)
        self._state = state
        return self._view()

    def remaining(self) -> int:
        return self._view().remaining_seconds

    def used(self) -> int:
        return self._view().used_seconds

    def extend(self, seconds: int, *, after_hours: bool = False) -> SessionView:
        """Add time, never past closing unless ``after_hours``; re-arm thresholds ahead again."""
        if seconds <= 0:
            raise ValueError(f"extend by a positive number of seconds, not {seconds}")
        state = self._require()
        return self._set_allowed(state.allowed_seconds + seconds, after_hours)

    def set_remaining(
        self, seconds: int, *, after_hours: bool = False, booking: bool = False
    ) -> SessionView:
        """Change the allowance so that ``seconds`` remain from now (cut at closing likewise).

        ``booking``: the server cut the session there because the station is held from then.
        """
        if seconds < 0:
            raise ValueError(f"remaining time cannot be negative ({seconds})")
        state = self._require()
        if booking:
            state = self._state = replace(state, booking_mono=self._clock.monotonic() + seconds)
        elapsed = max(0.0, self._clock.monotonic() - state.started_mono)
        # floor: remaining() then shows exactly `seconds`
        return self._set_allowed(math.floor(elapsed) + seconds, after_hours)

    def end(self, reason: EndReason) -> SessionEnd:
        """End the session now."""
        state = self._require()
        used = state.view_at(self._clock.monotonic()).used_seconds
        self._state = None
        return SessionEnd(state.session_id, state.visitor, used, reason)

    def tick(self) -> TickResult:
        """Look at the clock: warn once per threshold crossed, end the session when time is up."""
        state = self._state
        if state is None:
            return TickResult()
        left = state.allowed_seconds - (self._clock.monotonic() - state.started_mono)
        if left <= 0:
            self._state = None
            # cut at a hold or at closing (within a second of rounding): the visitor is told
            # the station is held from now, or the site closes
            ends_for = state.ends_for()
            if ends_for == "booking":
                reason = EndReason.BOOKING
            elif ends_for == "closing":
                reason = EndReason.CLOSING
            else:
                reason = EndReason.TIME_UP
            return TickResult(
                ended=SessionEnd(state.session_id, state.visitor, state.allowed_seconds, reason)
            )
        crossed = [t for t in state.thresholds if t >= left and t not in state.warned]
        if not crossed:
            return TickResult()
        self._state = replace(state, warned=state.warned | frozenset(crossed))
        return TickResult(warning=min(crossed))

    def _set_allowed(self, allowed: int, after_hours: bool = False) -> SessionView:
        state = self._require()
        closing = state.closing_mono
        if after_hours:
            closing = None  # an administrator's override: the session may run past closing
        elif closing is not None:
            # closing time holds, whatever the server says: never past it, never below now
            elapsed = math.floor(self._clock.monotonic() - state.started_mono)
            allowed = min(allowed, max(elapsed, math.floor(closing - state.started_mono)))
        left = allowed - (self._clock.monotonic() - state.started_mono)
        warned = frozenset(t for t in state.warned if t >= left)
        self._state = replace(state, allowed_seconds=allowed, warned=warned, closing_mono=closing)
        return self._view()

    def _require(self) -> SessionState:
        if self._state is None:
            raise NoSession("no session is running")
        return self._state

    def _view(self) -> SessionView:
        return self._require().view_at(self._clock.monotonic())
