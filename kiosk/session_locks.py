"""The running session's screen locks: its visitor's away lock and the staff's lock.

"Lock while I'm away" (kiosk/away.py says who may unlock and why too many wrong answers end
the session): the session's time keeps running, escape keys are blocked, and the session ends
(EndReason.AWAY) if its visitor does not come back in time. Staff lock and unlock a session
with commands (kiosk/commands.py). Either lock survives a restart of the agent in the same
boot (kiosk/station_state.py keeps them); the session is unlocked only when neither holds.

What the staff console shows of a session includes whether it is locked, so each change
queues a heartbeat at once (``beat_now``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from kiosk.away import AwayLock
from kiosk.listener import AgentListener, notify
from kiosk.protocol.enums import EndReason
from kiosk.session import SessionView
from kiosk.session_keeper import SessionKeeper

if TYPE_CHECKING:
    from kiosk.enforcer import SessionEnforcer

log = logging.getLogger("epn.kiosk.agent")


class SessionLocks:
    """Locks and unlocks the running session; thread-safe (the argon2 check runs unlocked)."""

    def __init__(
        self,
        *,
        keeper: SessionKeeper,
        away: AwayLock,
        enforcer: SessionEnforcer | None,
        listener: AgentListener,
        beat_now: Callable[[], None],
        end_session: Callable[[EndReason], Any],
    ) -> None:
        self._keeper = keeper
        #: Who may unlock the away-locked session, and when it ends if nobody does.
        self.away = away
        self._enforcer = enforcer
        self._listener = listener
        self._beat_now = beat_now
        self._end_session = end_session
        #: Staff locked the running session (CommandKind.LOCK) and have not unlocked it yet.
        self._staff_locked = False

    @property
    def staff_locked(self) -> bool:
        """Staff locked the running session (its time keeps running)."""
        return self._staff_locked

    @property
    def locked(self) -> bool:
        """The running session's screen is locked: by its visitor (away) or by staff."""
        return self._staff_locked or self.away.locked

    # --- lock while I'm away ---------------------------------------------------------

    def lock_away(self) -> int:
        """Lock the running session while its visitor is away; the seconds before it ends.

        Its time keeps running; escape keys are blocked. Raises RuntimeError without a session.
        """
        keeper = self._keeper
        with keeper.lock:
            view = keeper.engine.view()
            if view is None:
                raise RuntimeError("no session to lock")
            deadline = self.away.lock()
            keeper.state.keep_away(view.session_id, deadline)
        left = self.away.seconds_left() or 0
        log.info("session %s locked while away: it ends in %d s", view.session_id, left)
        if self._enforcer is not None:
            self._enforcer.away_did_lock()
        self._beat_now()
        notify(self._listener.session_did_lock_away, left)
        return left

    def unlock_away(self, secret: str) -> bool:
        """Unlock with the visitor's card number or PIN. Blocking (argon2): a worker thread.

        After too many wrong answers the session ends (EndReason.AWAY, kiosk/away.py says why).
        """
        if self.away.unlock(secret):
            self._keeper.state.clear_away()
            log.info("session unlocked by its visitor")
            if self._enforcer is not None and not self._staff_locked:
                self._enforcer.away_did_unlock()
            self._beat_now()
            notify(self._listener.session_did_unlock_away)
            return True
        log.info("wrong answer at the away lock: %d tries left", self.away.failures_left)
        if self.away.exhausted:
            log.info("too many wrong answers at the away lock: the session ends")
            self._end_session(EndReason.AWAY)
        return False

    def away_seconds_left(self) -> int | None:
        """Seconds before the away-locked session ends; None when it is not locked."""
        return self.away.seconds_left()

    def away_tries_left(self) -> int:
        """Wrong answers still allowed before the away-locked session ends."""
        return self.away.failures_left

    def end_if_away_too_long(self) -> None:
        """The ticker's check: the visitor did not come back in time."""
        if self.away.expired():
            log.info("the visitor did not come back in time: the session ends")
            self._end_session(EndReason.AWAY)

    # --- the session's life -----------------------------------------------------------

    def remember(self, identifier: str, pin: str | None) -> None:
        """A session started: who may unlock it (slow: the PIN is hashed)."""
        self.away.remember(identifier, pin)

    def forget_locked(self) -> None:
        """The session ended: neither lock holds (under the keeper's lock)."""
        self.away.forget()
        self._staff_locked = False

    def resume(self, view: SessionView) -> None:
        """A session resumed after a restart stays locked if its visitor or staff had."""
        deadline = self._keeper.state.away_deadline(view.session_id)
        if deadline is not None:
            self.away.lock(deadline)
            if self._enforcer is not None:
                self._enforcer.away_did_lock()
            notify(self._listener.session_did_lock_away, self.away.seconds_left() or 0)
        if self._keeper.state.staff_locked(view.session_id):
            self._staff_locked = True
            if self._enforcer is not None:
                self._enforcer.away_did_lock()
            notify(self._listener.session_did_lock, view)

    # --- the staff's lock -------------------------------------------------------------

    def set_staff_lock(self, session_id: str | None) -> None:
        """Staff locked the session (its id) or unlocked it (None): under the keeper's lock."""
        self._staff_locked = session_id is not None
        self._keeper.state.keep_staff_lock(session_id)

    def staff_lock_did_change(self, locked: bool) -> None:
        """Escape keys and the idle end follow the staff's lock (without the keeper's lock)."""
        if self._enforcer is not None:
            if locked:
                self._enforcer.away_did_lock()  # keys blocked, no idle end while locked
            elif not self.away.locked:  # the visitor's own away lock still holds
                self._enforcer.away_did_unlock()
        self._beat_now()
