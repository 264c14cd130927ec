"""Staff commands applied on the station: what each kind does to the session engine.

:func:`apply` changes the engine (under the keeper's lock) and says what happened;
:func:`announce` then tells the listener, without the lock. :class:`CommandApplier` does both
for the commands thread (kiosk/link.py): each command once (the last applied id is persisted),
its outcome kept on disk and acknowledged; it also takes the station info's word on the
enabled state (staff may have changed it while the station was offline). Whether a command
applied is its ``ok``, sent back in the ``command_applied`` event:

- extend, set_time, end, lock, unlock: only on the session they were sent for; extend and
  set_time never past the closing time the station knows, unless ``after_hours``; end says
  why when the server ended the session (``reason``: elsewhere, no_time, closing), else it is
  the staff's;
- message: to the session it was sent for, or to whoever uses a station it was sent to free;
- disable: ends any running session (EndReason.STAFF), then the station is out of order;
- enable: always;
- sign_in: starts the session of the grant it carries (a desk sign-in), only on a free
  station (the agent also refuses it in maintenance or out of order): the server closes the
  session it opened when this is ok=False;
- answer_call: staff answered the visitor's call for the desk (kiosk/desk_call.py); ok=False
  when no call was waiting any more;
- a command this agent cannot read (a newer server's kind, bad arguments): ok=False.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, cast

from kiosk.listener import AgentListener, notify
from kiosk.protocol import lite
from kiosk.protocol.enums import CommandKind, EndReason, EventKind
from kiosk.session import SessionEnd, SessionEngine, SessionView
from kiosk.session_keeper import SessionKeeper
from kiosk.session_locks import SessionLocks

if TYPE_CHECKING:  # records of kiosk/protocol/lite.py at run time (the models name them)
    from kiosk.protocol.commands import Command, UnknownCommand
    from kiosk.protocol.station import Grant, StationInfo

log = logging.getLogger("epn.kiosk.agent")


@dataclass(frozen=True)
class Outcome:
    """What applying one command did; ``ended`` is reported by the agent itself."""

    ok: bool
    changed: SessionView | None = None
    ended: SessionEnd | None = None
    locked: SessionView | None = None
    unlocked: SessionView | None = None
    message: str | None = None
    #: The message by language (a ready-made one), besides ``message`` in the site's language.
    message_texts: dict[str, str] = field(default_factory=dict)
    disabled: bool = False
    enabled: bool = False
    reason: str | None = None
    #: sign_in: the session started from ``grant``; the agent does the rest of a sign-in.
    started: SessionView | None = None
    grant: Grant | None = None
    #: answer_call: tell the desk call it was answered.
    answer: bool = False


REFUSED = Outcome(ok=False)


def apply(command: Command | UnknownCommand, engine: SessionEngine) -> Outcome:
    """Apply the command to the engine; REFUSED when it does not fit the station's state."""
    if lite.model_name(command) == "UnknownCommand":  # a record: no class to test
        return REFUSED
    command = cast("Command", command)
    state = engine.state()
    mine = state is not None and command.session_id == state.session_id
    kind = command.kind
    if kind is CommandKind.DISABLE:
        ended = engine.end(EndReason.STAFF) if engine.running else None
        return Outcome(ok=True, ended=ended, disabled=True, reason=command.reason)
    if kind is CommandKind.ENABLE:
        return Outcome(ok=True, enabled=True)
    if kind is CommandKind.SIGN_IN:
        grant = command.grant
        if mine:
            return Outcome(ok=True)  # the visitor signed in here meanwhile: the same session
        if grant is None or engine.running or grant.session_id != command.session_id:
            return REFUSED  # another visitor signed in meanwhile: the server closes its session
        return Outcome(ok=True, started=engine.start(grant), grant=grant)
    if kind is CommandKind.ANSWER_CALL:
        return Outcome(ok=True, answer=True)
    if kind is CommandKind.MESSAGE:
        if not command.text or not (mine or command.session_id is None):
            return REFUSED  # never shown to the next visitor
        return Outcome(ok=True, message=command.text, message_texts=dict(command.texts))
    if not mine:
        return REFUSED
    if kind is CommandKind.EXTEND:
        if command.minutes is None or command.minutes <= 0:
            return REFUSED
        changed = engine.extend(command.minutes * 60, after_hours=command.after_hours)
        return Outcome(ok=True, changed=changed)
    if kind is CommandKind.SET_TIME:
        if command.seconds is None or command.seconds <= 0:
            return REFUSED
        changed = engine.set_remaining(
            command.seconds,
            after_hours=command.after_hours,
            booking=command.reason == EndReason.BOOKING,  # cut for a hold (admin/holds/book.py)
        )
        return Outcome(ok=True, changed=changed)
    if kind is CommandKind.END:
        return Outcome(ok=True, ended=engine.end(_end_reason(command.reason)))
    if kind is CommandKind.LOCK:
        return Outcome(ok=True, locked=engine.view())
    if kind is CommandKind.UNLOCK:
        return Outcome(ok=True, unlocked=engine.view())
    return REFUSED


#: What an end command's ``reason`` may say: the server ended the session on the station's
#: return (admin/sessions/reconcile.py). Anything else is the staff's end.
_SERVER_ENDS = (EndReason.ELSEWHERE, EndReason.NO_TIME, EndReason.CLOSING)


def _end_reason(reason: str | None) -> EndReason:
    for known in _SERVER_ENDS:
        if reason == known.value:
            return known
    return EndReason.STAFF


def announce(outcome: Outcome, command_id: int, listener: AgentListener) -> None:
    """Tell the listener (each call guarded against its bugs); not the end."""
    if outcome.changed is not None:
        notify(listener.session_did_change, outcome.changed)
    if outcome.locked is not None:
        notify(listener.session_did_lock, outcome.locked)
    if outcome.unlocked is not None:
        notify(listener.session_did_unlock, outcome.unlocked)
    if outcome.message is not None:
        notify(
            listener.station_did_receive_message,
            command_id,
            outcome.message,
            outcome.message_texts,
        )
    if outcome.disabled:
        notify(listener.station_did_disable, outcome.reason)
    if outcome.enabled:
        notify(listener.station_did_enable)


class CommandApplier:
    """Applies each staff command once; takes the server's word on the enabled state."""

    def __init__(
        self,
        *,
        keeper: SessionKeeper,
        locks: SessionLocks,
        stopping: threading.Event,
        refusal: Callable[[], Exception | None],
        wake: Callable[[], None],
        did_start: Callable[[SessionView, Grant, str | None], None],
        did_end: Callable[[SessionEnd], None],
        listener: AgentListener,
        answered: Callable[[], bool] = lambda: False,
    ) -> None:
        self._keeper = keeper
        #: answer_call: the desk call answered; False when none was waiting.
        self._answered = answered
        self._locks = locks
        self._stopping = stopping
        #: Why no session may start now (under the keeper's lock), or None.
        self._refusal = refusal
        self._wake = wake
        self._did_start = did_start
        self._did_end = did_end
        self._listener = listener

    def last_applied(self) -> int:
        """The id of the last command applied: the server sends only later ones."""
        return self._keeper.state.last_command_id

    def apply_once(self, command: Command | UnknownCommand) -> bool:
        """Apply a command once and acknowledge it; False if already applied (or stopping)."""
        keeper, state = self._keeper, self._keeper.state
        with keeper.lock:
            if self._stopping.is_set() or command.id <= state.last_command_id:
                return False
            starting = command.kind == CommandKind.SIGN_IN and not keeper.engine.running
            if starting and self._refusal() is not None:
                outcome = REFUSED  # in maintenance or out of order
            else:
                outcome = apply(command, keeper.engine)
            if outcome.answer and not self._answered():
                outcome = REFUSED  # the visitor cancelled it meanwhile, or signed in or out
            running = outcome.ok and keeper.engine.running
            remaining = keeper.engine.remaining() if running else None
            staff_lock = outcome.locked is not None or outcome.unlocked is not None
            with keeper.store.write():
                if outcome.ended is not None:
                    keeper.record_end_locked(outcome.ended)
                elif outcome.changed is not None:
                    keeper.save_snapshot_locked()
                if outcome.grant is not None:
                    keeper.started_locked(outcome.grant)
                if outcome.disabled or outcome.enabled:
                    state.set_enabled(outcome.enabled, outcome.reason)
                if staff_lock:
                    locked = outcome.locked
                    self._locks.set_staff_lock(locked.session_id if locked else None)
                keeper.outbox.append(
                    EventKind.COMMAND_APPLIED,
                    command_id=command.id,
                    session_id=command.session_id,
                    remaining_seconds=remaining,
                    ok=outcome.ok,
                )
                state.save_last_command(command.id)
            state.last_command_id = command.id
            keeper.publish_locked()
        log.info(
            "command %d (%s) %s", command.id, command.kind, "applied" if outcome.ok else "refused"
        )
        self._wake()
        if outcome.ended is not None:
            self._did_end(outcome.ended)
        if outcome.started is not None and outcome.grant is not None:
            log.info("session %s started from the desk", outcome.started.session_id)
            self._did_start(outcome.started, outcome.grant, None)
        if staff_lock:
            self._locks.staff_lock_did_change(outcome.locked is not None)
        announce(outcome, command.id, self._listener)
        return True

    def learn_enabled(self, info: StationInfo) -> None:
        """Take the server's word on the enabled state (staff may have changed it meanwhile)."""
        keeper = self._keeper
        end: SessionEnd | None = None
        with keeper.lock:
            if keeper.state.agrees_with(info):
                return
            with keeper.store.write():
                if not info.enabled and keeper.engine.running:
                    end = keeper.engine.end(EndReason.STAFF)
                    keeper.record_end_locked(end)
                keeper.state.set_enabled(info.enabled, info.disabled_reason)
        if end is not None:
            self._did_end(end)
        if info.enabled:
            notify(self._listener.station_did_enable)
        else:
            notify(self._listener.station_did_disable, info.disabled_reason)
