"""The visitor's call for the desk: one at a time per station, told to the server at once.

"Call the desk" (the session bar, the lock screen) queues a ``desk_called`` event in the
outbox, so the call reaches the console as soon as the server can be reached and survives a
restart offline like any event; cancelling it queues ``desk_call_cancelled``. Staff answer
with an ``answer_call`` command (kiosk/commands.py): the visitor is told someone is coming.

A call belongs to the moment it was made in, so a change of visitor clears it:

- a sign-in ends a call made on the lock screen (the visitor got in: it was about signing
  in) with ``detail`` "signed_in";
- a session's end ends a call made during it ("session_ended"): never shown to the next
  visitor, and the console's tile stops calling;
- an answered call is forgotten at either, without an event (the server cleared it).

The state is kept in the store's key-values: a restarted agent still shows the call.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from kiosk.listener import AgentListener, notify
from kiosk.outbox import Outbox
from kiosk.protocol.enums import DeskCallState, EventKind
from kiosk.store import LocalStore

log = logging.getLogger("epn.kiosk.desk_call")

#: The call's state in the store's key-values.
DESK_CALL_KEY = "desk_call"


class DeskCall:
    """The station's call for the desk; every method is safe from any thread."""

    def __init__(
        self,
        *,
        store: LocalStore,
        outbox: Outbox,
        listener: AgentListener,
        session_id: Callable[[], str | None],
        wake: Callable[[], None],
    ) -> None:
        self._store = store
        self._outbox = outbox
        self._listener = listener
        self._session_id = session_id
        self._wake = wake
        self._lock = threading.Lock()
        try:
            self._state = DeskCallState(store.get(DESK_CALL_KEY) or DeskCallState.NONE)
        except ValueError:
            self._state = DeskCallState.NONE

    @property
    def state(self) -> DeskCallState:
        return self._state

    def call(self) -> bool:
        """The visitor calls the desk; False when a call waits already (one at a time)."""
        with self._lock:
            if self._state is DeskCallState.WAITING:
                return False
            with self._store.write():
                self._outbox.append(EventKind.DESK_CALLED, session_id=self._session_id())
                self._set_locked(DeskCallState.WAITING)
        log.info("the visitor called the desk")
        self._told(DeskCallState.WAITING)
        return True

    def cancel(self, why: str = "visitor") -> bool:
        """End a waiting call unanswered (``why``: visitor, signed_in, session_ended); an
        answered one is only forgotten. False when there was no waiting call."""
        with self._lock:
            before = self._state
            if before is DeskCallState.NONE:
                return False
            with self._store.write():
                if before is DeskCallState.WAITING:
                    self._outbox.append(
                        EventKind.DESK_CALL_CANCELLED, session_id=self._session_id(), detail=why
                    )
                self._set_locked(DeskCallState.NONE)
        if before is DeskCallState.WAITING:
            log.info("call for the desk cancelled (%s)", why)
        self._told(DeskCallState.NONE, wake=before is DeskCallState.WAITING)
        return before is DeskCallState.WAITING

    def answered(self) -> bool:
        """Staff answered from the console; False when no call was waiting."""
        with self._lock:
            if self._state is not DeskCallState.WAITING:
                return False
            self._set_locked(DeskCallState.ANSWERED)
        log.info("call for the desk answered")
        self._told(DeskCallState.ANSWERED, wake=False)
        return True

    def _set_locked(self, state: DeskCallState) -> None:
        self._store.set(DESK_CALL_KEY, state.value)
        self._state = state

    def _told(self, state: DeskCallState, *, wake: bool = True) -> None:
        if wake:
            self._wake()
        notify(self._listener.desk_call_did_change, state)
