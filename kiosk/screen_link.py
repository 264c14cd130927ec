"""The screen's side of the station service's socket: a :class:`StationPort` over the wire.

:class:`RemoteStation` is what the visitor's screen (ui/kiosk) holds when the station runs as a
service: its properties are a mirror of the service's state, its methods are calls, and the
service's events reach the screen's listener as if the agent were in-process. One thread
(``epn-screen-link``) connects, reads and reconnects:

- connected: the ``welcome`` state is compared with what the screen was last told, and the
  differences are told as events (a session that started or ended meanwhile, a fault gone, ...);
- lost (the service stopped or restarts): the screen is told :meth:`station_did_fail` and the
  link tries again every ``retry_seconds``; calls raise :class:`ServiceUnavailable` meanwhile.

:class:`LineChannel` frames the messages (one JSON line each) for both ends.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import math
import os
import socket
import threading
import time
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, ValidationError

from kiosk.listener import AgentListener, notify
from kiosk.protocol.preferences import VisitorPreferences
from kiosk.protocol.screen import (
    MAX_LINE_BYTES,
    Call,
    EventMessage,
    Hello,
    Ready,
    Refused,
    Reply,
    ScreenState,
    SessionEnded,
    SessionView,
    StateUpdate,
    Welcome,
    compatible,
    decode_message,
    encode_arguments,
    encode_message,
    event_arguments,
    method_types,
)
from kiosk.protocol.station import AppEntry, EndReason, StationInfo
from kiosk.protocol.station_staff import StationStaffDone, StationStaffLogin
from kiosk.screen_wire import ServiceUnavailable, from_wire

log = logging.getLogger("epn.kiosk.screen_link")

#: What the screen says while it cannot reach the service (English, for staff).
SERVICE_LOST = "the station service is not answering (not running, or restarting)"


class LineChannel:
    """One connected socket, one JSON message per line; ``send`` is thread-safe."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self._reader = sock.makefile("rb")
        self._send_lock = threading.Lock()

    def send(self, message: BaseModel) -> None:
        line = encode_message(message)
        with self._send_lock:
            self.sock.sendall(line)

    def receive(self) -> BaseModel | None:
        """The next message; None at the end of the stream. ValueError for a malformed line."""
        line = self._reader.readline(MAX_LINE_BYTES + 1)
        if not line:
            return None
        if not line.endswith(b"\n"):
            raise ValueError("line too long or cut")
        return decode_message(line)

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)
        with contextlib.suppress(OSError):
            self._reader.close()
        with contextlib.suppress(OSError):
            self.sock.close()


class _Pending:
    def __init__(self) -> None:
        self.done = threading.Event()
        self.reply: Reply | None = None


class _Group:
    """``station.locks`` / ``station.staff``: each attribute is a call named ``prefix.name``."""

    def __init__(self, station: RemoteStation, prefix: str) -> None:
        self._station = station
        self._prefix = prefix

    def __getattr__(self, name: str) -> Callable[..., Any]:
        method = f"{self._prefix}.{name}"
        method_types(method)  # AttributeError below for a name the protocol does not know
        return lambda *args, **kwargs: self._station.call(method, *args, **kwargs)


class _Staff(_Group):
    def sign_in(self, username: str, secret: str) -> StationStaffLogin:
        return self._station.call("staff.sign_in", username, secret)

    def extend(self, token: str, minutes: int) -> StationStaffDone:
        return self._station.call("staff.extend", token, minutes)

    def end(self, token: str) -> StationStaffDone:
        return self._station.call("staff.end", token)


class RemoteStation:
    """The station as its service tells it; see the module's docstring."""

    def __init__(
        self,
        socket_path: str | os.PathLike[str],
        listener: AgentListener,
        *,
        call_timeout: float = 60.0,
        retry_seconds: float = 0.5,
        hello: Hello | None = None,
        on_refused: Callable[[str], None] | None = None,
    ) -> None:
        """``on_refused``: the service refused this screen (it did not start it, or speaks
        another version): a screen nobody drives must go, not stay over the one that is."""
        self._path = os.fspath(socket_path)
        self._on_refused = on_refused
        self._listener = listener
        self._call_timeout = call_timeout
        self._retry = retry_seconds
        self._hello = hello or Hello()
        self._lock = threading.Lock()
        self._state = ScreenState(fault=SERVICE_LOST)
        self._state_at = time.monotonic()
        self._told: ScreenState | None = None  # what the listener was last told, in effect
        self._channel: LineChannel | None = None
        self._pending: dict[int, _Pending] = {}
        self._ids = itertools.count(1)
        self._stopping = threading.Event()
        self._connected = threading.Event()
        self._thread: threading.Thread | None = None
        self._ready = False
        self.locks = _Group(self, "locks")
        self.staff = _Staff(self, "staff")

    # --- the station's state, as last told ----------------------------------------------------

    @property
    def online(self) -> bool:
        return self._state.online

    @property
    def station_info(self) -> StationInfo | None:
        return self._state.station_info

    @property
    def enabled(self) -> bool:
        return self._state.enabled

    @property
    def disabled_reason(self) -> str | None:
        return self._state.disabled_reason

    @property
    def fault(self) -> str | None:
        return self._state.fault

    @property
    def quit_minutes(self) -> int | None:
        return self._state.quit_minutes

    @property
    def connected(self) -> bool:
        return self._connected.is_set()

    def view(self) -> SessionView | None:
        """The running session now: the last one told, its clock run on since (≤ 1 s old)."""
        with self._lock:
            view, at = self._state.view, self._state_at
        if view is None:
            return None
        elapsed = math.floor(max(0.0, time.monotonic() - at))
        remaining = max(0, view.remaining_seconds - elapsed)
        return SessionView(
            session_id=view.session_id,
            visitor=view.visitor,
            remaining_seconds=remaining,
            used_seconds=min(view.allowed_seconds, view.used_seconds + elapsed),
            allowed_seconds=view.allowed_seconds,
        )

    # --- calls --------------------------------------------------------------------------------

    def sign_in(
        self,
        identifier: str,
        pin: str | None = None,
        preferences: VisitorPreferences | None = None,
    ) -> SessionView:
        return self.call("sign_in", identifier, pin, preferences)

    def set_preferences(self, preferences: VisitorPreferences) -> bool:
        return self.call("set_preferences", preferences)

    def end_session(self, reason: EndReason = EndReason.VISITOR) -> bool:
        return self.call("end_session", reason)

    def apps(self) -> list[AppEntry]:
        if self._state.view is None:
            return []
        return self.call("apps")

    def launch(self, app_id: str) -> None:
        self.call("launch", app_id)

    def pending_charter(self) -> dict[str, str] | None:
        return self.call("pending_charter")

    def accept_charter(self) -> bool:
        return self.call("accept_charter")

    def call(self, method: str, *args: Any, **kwargs: Any) -> Any:
        """Call ``method`` on the service and wait for its reply; raises what it raised."""
        types = method_types(method)
        named = dict(zip((name for name, _, _ in types.parameters), args, strict=False))
        named.update(kwargs)
        channel = self._channel
        if channel is None:
            raise ServiceUnavailable(SERVICE_LOST)
        pending = _Pending()
        call_id = next(self._ids)
        with self._lock:
            self._pending[call_id] = pending
        try:
            try:
                channel.send(Call(id=call_id, method=method, args=encode_arguments(method, named)))
            except OSError:
                raise ServiceUnavailable(SERVICE_LOST) from None
            if not pending.done.wait(self._call_timeout):
                raise ServiceUnavailable(f"no answer to {method} in {self._call_timeout:.0f} s")
        finally:
            with self._lock:
                self._pending.pop(call_id, None)
        reply = pending.reply
        if reply is None:
            raise ServiceUnavailable(SERVICE_LOST)
        if reply.error is not None:
            raise from_wire(reply.error)
        return types.result.validate_python(reply.value)

    # --- life cycle ---------------------------------------------------------------------------

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("already started")
        self._thread = threading.Thread(target=self._run, name="epn-screen-link", daemon=True)
        self._thread.start()

    def wait_connected(self, timeout: float) -> bool:
        return self._connected.wait(timeout)

    def ready(self) -> None:
        """The screen's windows are up: the service may take its cover away (now and after
        each reconnection)."""
        self._ready = True
        channel = self._channel
        if channel is not None:
            with contextlib.suppress(OSError):
                channel.send(Ready())

    def stop(self) -> None:
        self._stopping.set()
        channel = self._channel
        if channel is not None:
            channel.close()
        if self._thread is not None:
            self._thread.join(2.0)

    # --- the link's thread --------------------------------------------------------------------

    def _run(self) -> None:
        while not self._stopping.is_set():
            told = False
            try:
                told = self._session()
            except Exception:
                log.exception("bug in the link to the station service")
            if self._stopping.is_set():
                return
            if not told:
                self._lost()
            self._stopping.wait(self._retry)

    def _session(self) -> bool:
        """One connection, until it is lost; True when the screen was told why already."""
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            sock.connect(self._path)
        except OSError as exc:
            sock.close()
            log.debug("station service not reachable at %s: %s", self._path, exc)
            return False
        channel = LineChannel(sock)
        try:
            try:
                channel.send(self._hello)
            except OSError as exc:
                # A service that refuses this account answers before reading the hello and
                # closes: the refusal is still waiting in the socket, read it below.
                log.debug("hello not taken by the station service: %s", exc)
            first = channel.receive()
            if isinstance(first, Refused):
                log.error("the station service refused this screen: %s", first.reason)
                self._set_fault(f"refused by the station service: {first.reason}")
                if self._on_refused is not None:
                    self._on_refused(first.reason)
                return True
            if not isinstance(first, Welcome) or not compatible(first.version):
                log.error("the station service speaks another protocol: %r", first)
                self._set_fault("the station service speaks another protocol version")
                return True
            log.info("connected to the station service")
            self._channel = channel
            self._connected.set()
            if self._ready:
                channel.send(Ready())
            self._adopt(first.state, tell=True)
            self._read(channel)
            return False
        except (OSError, ValueError, ValidationError) as exc:
            if not self._stopping.is_set():
                log.warning("link to the station service lost: %s", exc)
        finally:
            self._channel = None
            self._connected.clear()
            channel.close()
            with self._lock:
                pending = list(self._pending.values())
            for waiting in pending:
                waiting.done.set()  # no reply: ServiceUnavailable
        return False

    def _read(self, channel: LineChannel) -> None:
        while not self._stopping.is_set():
            message = channel.receive()
            if message is None:
                return
            if isinstance(message, Reply):
                with self._lock:
                    pending = self._pending.get(message.id)
                if pending is not None:
                    pending.reply = message
                    pending.done.set()
            elif isinstance(message, EventMessage):
                self._event(message)
            elif isinstance(message, StateUpdate):
                self._adopt(message.state, tell=False)

    def _lost(self) -> None:
        if self._stopping.is_set():
            return
        self._set_fault(SERVICE_LOST)

    def _set_fault(self, fault: str) -> None:
        with self._lock:
            state = self._state.model_copy(update={"fault": fault})
        self._adopt(state, tell=True)

    # --- the mirror ---------------------------------------------------------------------------

    def _event(self, event: EventMessage) -> None:
        try:
            args = event_arguments(event)
        except (KeyError, ValueError) as exc:
            log.warning("event %s from the service ignored: %s", event.name, exc)
            return
        with self._lock:
            state = _after_event(self._state, event.name, args)
            self._state, self._state_at = state, time.monotonic()
            self._told = state
        notify(getattr(self._listener, event.name), *args)

    def _adopt(self, state: ScreenState, *, tell: bool) -> None:
        """The service's state replaces the mirror; ``tell``: what changed since the listener
        was last told is told now (after a reconnection, or a fault)."""
        with self._lock:
            self._state, self._state_at = state, time.monotonic()
            before = self._told
            if tell or before is None:
                self._told = state
        if tell or before is None:
            for name, args in _differences(before, state):
                notify(getattr(self._listener, name), *args)


def _after_event(state: ScreenState, name: str, args: list[Any]) -> ScreenState:
    """The mirror once ``name(*args)`` happened."""
    update: dict[str, Any] = {}
    if name in ("session_did_start", "session_did_change", "session_will_end"):
        update["view"] = args[0]
    elif name == "session_did_lock":
        update.update(view=args[0], staff_locked=True)
    elif name == "session_did_unlock":
        update.update(view=args[0], staff_locked=False)
    elif name == "session_did_end":
        update.update(
            view=None,
            away_seconds=None,
            staff_locked=False,
            last_end=SessionEnded(session_id=args[0], reason=args[1]),
        )
    elif name == "connection_did_change":
        update["online"] = args[0]
    elif name == "station_did_load":
        update["station_info"] = args[0]
    elif name == "station_did_disable":
        update.update(enabled=False, disabled_reason=args[0])
    elif name == "station_did_enable":
        update.update(enabled=True, disabled_reason=None)
    elif name == "station_did_fail":
        update["fault"] = args[0]
    elif name == "station_did_recover":
        update["fault"] = None
    elif name == "maintenance_did_start":
        update["maintenance_seconds"] = args[0]
    elif name == "maintenance_did_end":
        update["maintenance_seconds"] = None
    elif name == "session_did_lock_away":
        update["away_seconds"] = args[0]
    elif name == "session_did_unlock_away":
        update["away_seconds"] = None
    return state.model_copy(update=update) if update else state


def _differences(
    before: ScreenState | None, after: ScreenState
) -> list[tuple[str, tuple[Any, ...]]]:
    """The events that take a screen told ``before`` to ``after`` (None: told nothing yet)."""
    told = before or ScreenState(online=not after.online)
    events: list[tuple[str, tuple[Any, ...]]] = []
    if after.station_info is not None and after.station_info != told.station_info:
        events.append(("station_did_load", (after.station_info,)))
    if after.online != told.online:
        events.append(("connection_did_change", (after.online,)))
    old_view, new_view = told.view, after.view
    if old_view is not None and (new_view is None or new_view.session_id != old_view.session_id):
        # ended while the screen was away: the station says why, if it still knows
        end = after.last_end
        reason = end.reason if end and end.session_id == old_view.session_id else EndReason.STAFF
        events.append(("session_did_end", (old_view.session_id, reason)))
    if not after.enabled and (told.enabled or before is None):
        events.append(("station_did_disable", (after.disabled_reason,)))
    elif after.enabled and not told.enabled:
        events.append(("station_did_enable", ()))
    if after.fault is not None and after.fault != told.fault:
        events.append(("station_did_fail", (after.fault,)))
    elif after.fault is None and (told.fault is not None or before is None):
        events.append(("station_did_recover", ()))
    if new_view is not None and (old_view is None or new_view.session_id != old_view.session_id):
        events.append(("session_did_start", (new_view,)))
    if new_view is not None:
        if after.staff_locked and not told.staff_locked:
            events.append(("session_did_lock", (new_view,)))
        elif told.staff_locked and not after.staff_locked:
            events.append(("session_did_unlock", (new_view,)))
        if after.away_seconds is not None and told.away_seconds is None:
            events.append(("session_did_lock_away", (after.away_seconds,)))
        elif after.away_seconds is None and told.away_seconds is not None:
            events.append(("session_did_unlock_away", ()))
    if after.maintenance_seconds is not None and told.maintenance_seconds is None:
        events.append(("maintenance_did_start", (after.maintenance_seconds,)))
    elif after.maintenance_seconds is None and told.maintenance_seconds is not None:
        events.append(("maintenance_did_end", ()))
    return events
