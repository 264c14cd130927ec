"""The running session under one lock: the engine, its snapshot on disk, its end recorded.

The agent and its collaborators (kiosk/commands.py, kiosk/session_locks.py,
kiosk/staff_actions.py) change the session only while holding :attr:`SessionKeeper.lock`;
the ``*_locked`` methods expect it held. After each change the session's immutable state is
published, so :meth:`SessionKeeper.view` reads it without the lock.

The keeper changes the session and its record; telling the desktop, the listener and the
server's link is the caller's part, without the lock.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kiosk.clock import Clock
from kiosk.outbox import Outbox
from kiosk.protocol.enums import EndReason, EventKind
from kiosk.session import SessionEnd, SessionEngine, SessionView, TickResult
from kiosk.station_state import StationState
from kiosk.store import LocalStore, Snapshot

if TYPE_CHECKING:
    from kiosk.offline import OfflineDesk
    from kiosk.protocol.preferences import VisitorPreferences
    from kiosk.protocol.station import Grant

log = logging.getLogger("epn.kiosk.agent")


@dataclass(frozen=True)
class Recovered:
    """What became of the session the store remembered at start-up."""

    #: Closed at its last snapshot after a reboot, or ran out while the agent was down.
    ended: SessionEnd | None = None
    #: Resumed in the same boot (the time the agent was dead counts).
    resumed: SessionView | None = None
    #: A warning threshold it crossed while the agent was down.
    warning: int | None = None


class SessionKeeper:
    """The session engine, its snapshots and its end, kept consistent on disk."""

    def __init__(
        self,
        *,
        clock: Clock,
        store: LocalStore,
        outbox: Outbox,
        state: StationState,
        boot_id: str,
        snapshot_seconds: float,
        offline: OfflineDesk | None,
        forget: Callable[[], None],
    ) -> None:
        self.lock = threading.Lock()
        self.engine = SessionEngine(clock)
        self.store = store
        self.outbox = outbox
        self.state = state
        self.boot_id = boot_id
        self._clock = clock
        self._snapshot_seconds = snapshot_seconds
        self._offline = offline
        #: What the session's end forgets in memory (its locks, its apps), under the lock.
        self._forget = forget
        self._current = self.engine.state()  # immutable, published under the lock
        self._last_snapshot = float("-inf")

    def view(self) -> SessionView | None:
        """The running session now, or None; lock-free (reads an immutable published state)."""
        state = self._current
        return None if state is None else state.view_at(self._clock.monotonic())

    def next_due(self) -> float | None:
        """When the running session next needs a tick (monotonic): a warning, its end, a
        snapshot; None without a session. Lock-free, like :meth:`view`."""
        state = self._current
        if state is None:
            return None
        return min(state.due_mono(), self._last_snapshot + self._snapshot_seconds)

    def end(self, reason: EndReason) -> SessionEnd | None:
        """End the running session now and record it; None if none was running."""
        with self.lock:
            if not self.engine.running:
                return None
            end = self.engine.end(reason)
            self.record_end_locked(end)
        return end

    def tick(self) -> tuple[SessionView | None, TickResult]:
        """Advance the session (warnings, time up), snapshot it now and then; the view before."""
        with self.lock:
            view = self.engine.view()
            result = self.engine.tick()
            if result.ended is not None:
                self.record_end_locked(result.ended)
            elif self.engine.running and (result.warning is not None or self.snapshot_due()):
                self.save_snapshot_locked()
            self.publish_locked()
        return view, result

    def recover(self) -> Recovered:
        """Take back the session the store remembers (an unreadable snapshot is dropped)."""
        try:
            snapshot = self.store.load_snapshot()
        except Exception:
            # a snapshot we cannot read must not keep the station from starting
            log.exception("unreadable session snapshot; discarded")
            self.store.clear_snapshot()
            return Recovered()
        if snapshot is None:
            return Recovered()
        state = snapshot.state
        if snapshot.boot_id != self.boot_id:
            # the station rebooted: the session is closed at its last snapshot
            used = int(
                min(max(0.0, snapshot.snapshot_mono - state.started_mono), state.allowed_seconds)
            )
            end = SessionEnd(state.session_id, state.visitor, used, EndReason.REBOOT)
            log.info("session %s closed after a reboot: %d s used", state.session_id, used)
            with self.lock:
                self.record_end_locked(end)
            return Recovered(ended=end)
        with self.lock:
            self.engine.resume(state)
            # the time the agent was dead counts: this may end the session at once, or warn
            result = self.engine.tick()
            view = self.engine.view()
            if result.ended is not None:
                self.record_end_locked(result.ended)
            else:
                self.save_snapshot_locked()
                self.publish_locked()
        if result.ended is not None or view is None:
            log.info("session %s ran out while the agent was down", state.session_id)
            return Recovered(ended=result.ended)
        log.info("session %s resumed: %d s left", view.session_id, view.remaining_seconds)
        return Recovered(resumed=view, warning=result.warning)

    def pending_charter(self) -> dict[str, str] | None:
        """The site's rules (by language) the running session's visitor must accept first."""
        view = self.view()
        return None if view is None else self.state.charter_for(view.session_id)

    def remember_preferences(self, session_id: str, preferences: VisitorPreferences) -> bool:
        """The running session ``session_id``'s visitor changed their preferences: its view and
        its snapshot carry them. False if that session no longer runs."""
        with self.lock:
            state = self.engine.state()
            if state is None or state.session_id != session_id:
                return False
            self.engine.remember_preferences(preferences)
            self.save_snapshot_locked()
            self.publish_locked()
        return True

    def accept_charter(self) -> bool:
        """Queue ``charter_accepted`` for the running session; False if none is pending."""
        with self.lock:
            view = self.engine.view()
            if view is None or self.pending_charter() is None:
                return False
            with self.store.write():
                self.outbox.append(EventKind.CHARTER_ACCEPTED, session_id=view.session_id)
                self.state.clear_charter()
        log.info("session %s: charter accepted", view.session_id)
        return True

    # --- under the lock ---------------------------------------------------------------

    def publish_locked(self) -> None:
        self._current = self.engine.state()

    def snapshot_due(self) -> bool:
        return self._clock.monotonic() - self._last_snapshot >= self._snapshot_seconds

    def save_snapshot_locked(self) -> None:
        state = self.engine.state()
        if state is None:
            return
        now = self._clock.monotonic()
        self.store.save_snapshot(Snapshot(state, self.boot_id, now, self._clock.now().isoformat()))
        self._last_snapshot = now

    def start_locked(self, grant: Grant, *, offline: bool) -> SessionView:
        """Start the session of a sign-in at the station and keep it on disk."""
        with self.store.write():
            if offline:
                # the server learns of the session from this event, before any other of it
                self.outbox.append(
                    EventKind.SESSION_STARTED,
                    session_id=grant.session_id,
                    identifier=grant.visitor.identifier,
                    granted_seconds=grant.granted_seconds,
                )
            view = self.engine.start(grant)
            self.started_locked(grant)
        self.publish_locked()
        return view

    def started_locked(self, grant: Grant) -> None:
        """Keep a session just started on disk (inside the store's write)."""
        self.save_snapshot_locked()
        # kept on disk: a restarted agent shows the rules again rather than skip them
        self.state.keep_charter(grant.session_id, grant.charter)

    def record_end_locked(self, end: SessionEnd) -> None:
        """Queue ``session_ended``, drop the snapshot and what is kept of the session."""
        with self.store.write():
            self.outbox.append(
                EventKind.SESSION_ENDED,
                session_id=end.session_id,
                used_seconds=end.used_seconds,
                reason=end.reason,
            )
            if self._offline is not None:
                self._offline.session_used(end.visitor.identifier, end.used_seconds)
            self.store.clear_snapshot()
            self.state.session_over()
        self._forget()
        self._current = None
