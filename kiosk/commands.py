"""Staff commands applied on the station: what each kind does to the session engine.

:func:`apply` changes the engine (the agent holds its lock) and says what happened;
:func:`announce` then tells the listener, without the lock. Whether a command applied is its
``ok``, sent back in the ``command_applied`` event:

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
- a command this agent cannot read (a newer server's kind, bad arguments): ok=False.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kiosk.listener import AgentListener
from kiosk.protocol import Command, CommandKind, EndReason, Grant, UnknownCommand
from kiosk.session import SessionEnd, SessionEngine, SessionView


@dataclass(frozen=True)
class Outcome:
    """What applying one command did; ``ended`` is reported by the agent itself."""

    ok: bool
    changed: SessionView | None = None
    ended: SessionEnd | None = None
    locked: SessionView | None = None
    unlocked: SessionView | None = None
    message: str | None = None
    disabled: bool = False
    enabled: bool = False
    reason: str | None = None
    #: sign_in: the session started from ``grant``; the agent does the rest of a sign-in.
    started: SessionView | None = None
    grant: Grant | None = None


REFUSED = Outcome(ok=False)


def apply(command: Command | UnknownCommand, engine: SessionEngine) -> Outcome:
    """Apply the command to the engine; REFUSED when it does not fit the station's state."""
    if isinstance(command, UnknownCommand):
        return REFUSED
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
    if kind is CommandKind.MESSAGE:
        if not command.text or not (mine or command.session_id is None):
            return REFUSED  # never shown to the next visitor
        return Outcome(ok=True, message=command.text)
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
        changed = engine.set_remaining(command.seconds, after_hours=command.after_hours)
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


def announce(
    outcome: Outcome,
    command_id: int,
    listener: AgentListener,
    notify: Callable[..., Any],
) -> None:
    """Tell the listener (through ``notify``, which guards against its bugs); not the end."""
    if outcome.changed is not None:
        notify(listener.session_did_change, outcome.changed)
    if outcome.locked is not None:
        notify(listener.session_did_lock, outcome.locked)
    if outcome.unlocked is not None:
        notify(listener.session_did_unlock, outcome.unlocked)
    if outcome.message is not None:
        notify(listener.station_did_receive_message, command_id, outcome.message)
    if outcome.disabled:
        notify(listener.station_did_disable, outcome.reason)
    if outcome.enabled:
        notify(listener.station_did_enable)
