"""The screen's side of the station service's socket: a :class:`StationPort` over the wire.

:class:`RemoteStation` is what the visitor's screen (ui/kiosk) holds when the station runs as a
service: its properties are a mirror of the service's state, its methods are calls, and the
service's events reach the screen's listener as if the agent were in-process. One thread
(``epn-screen-link``) connects, reads and reconnects:

- connected: the ``welcome`` state is compared with what the screen was last told, and the
  differences are told as events (a session that started or ended meanwhile, a fault gone, ...);
- lost (the service stopped or restarts): the screen is told :meth:`station_did_fail` and the
  link tries again every ``retry_seconds``; calls raise :class:`ServiceUnavailable` meanwhile.

:class:`LineChannel` frames the messages (one JSON line each) for both ends. The screen reads
and writes them with kiosk/protocol/lite.py, from the models' generated schema: the visitor's
screen loads no pydantic, nor does the station service (kiosk/screen_server.py reads and writes
its side with the same schema).
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
from typing import TYPE_CHECKING, Any

from kiosk.listener import AgentListener, notify
from kiosk.protocol import lite
from kiosk.protocol.enums import DeskCallState, EndReason
from kiosk.protocol.lite import Record
from kiosk.protocol.screen_port import MAX_LINE_BYTES, SessionView, compatible
from kiosk.screen_wire import ServiceUnavailable, from_wire

if TYPE_CHECKING:
    from pydantic import BaseModel

    from kiosk.protocol.preferences import VisitorPreferences
    from kiosk.protocol.screen import Hello
    from kiosk.protocol.station import AppEntry, StationInfo
    from kiosk.protocol.station_staff import StationStaffDone, StationStaffLogin

log = logging.getLogger("epn.kiosk.screen_link")

#: What the screen says while it cannot reach the service (English, for staff).
SERVICE_LOST = "the station service is not answering (not running, or restarting)"


class LineChannel:
    """One connected socket, one JSON message per line; ``send`` is thread-safe.

    ``decode``: how a line is read (``lite.read_message`` on the screen's side,
    ``lite.read_from_screen`` on the service's); by default the pydantic models (tests).
    """

    def __init__(self, sock: socket.socket, decode: Callable[[bytes], Any] | None = None) -> None:
        self.sock = sock
        self._reader = sock.makefile("rb")
        self._send_lock = threading.Lock()
        self._decode = decode

    def send(self, message: BaseModel) -> None:
        from kiosk.protocol.screen import encode_message

        self.send_line(encode_message(message))

    def send_line(self, line: bytes) -> None:
        with self._send_lock:
            self.sock.sendall(line)

    def receive(self) -> Any:
        """The next message; None at the end of the stream. ValueError for a malformed line."""
        line = self._reader.readline(MAX_LINE_BYTES + 1)
        if not line:
            return None
        if not line.endswith(b"\n"):
            raise ValueError("line too long or cut")
        if self._decode is not None:
            return self._decode(line)
        from kiosk.protocol.screen import decode_message

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
        self.reply: Record | None = None


class _Group:
    """``station.locks`` / ``station.staff``: each attribute is a call named ``prefix.name``."""

    def __init__(self, station: RemoteStation, prefix: str) -> None:
        self._station = station
        self._prefix = prefix

    def __getattr__(self, name: str) -> Callable[..., Any]:
        method = f"{self._prefix}.{name}"
        lite.method_parameters(method)  # KeyError for a name the protocol does not know
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
        self._hello = hello
        self._lock = threading.Lock()
        self._state = lite.screen_record("ScreenState", fault=SERVICE_LOST)
        self._state_at = time.monotonic()
        self._told: Record | None = None  # what the listener was last told, in effect
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
        return bool(self._state.online)

    @property
    def station_info(self) -> StationInfo | None:
        value: StationInfo | None = self._state.station_info
        return value

    @property
    def enabled(self) -> bool:
        return bool(self._state.enabled)

    @property
    def disabled_reason(self) -> str | None:
        value: str | None = self._state.disabled_reason
        return value

    @property
    def fault(self) -> str | None:
        value: str | None = self._state.fault
        return value

    @property
    def quit_minutes(self) -> int | None:
        value: int | None = self._state.quit_minutes
        return value

    @property
    def desk_call(self) -> DeskCallState:
        return DeskCallState(self._state.desk_call)

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
            ends_for=view.ends_for,
        )

    # --- calls --------------------------------------------------------------------------------

    def sign_in(
        self,
        identifier: str,
        pin: str | None = None,
        preferences: VisitorPreferences | None = None,
        hold_code: str | None = None,
    ) -> SessionView:
        if hold_code is not None:  # a service of protocol 1.3 or later
            return self.call("sign_in", identifier, pin, preferences, hold_code)
        if preferences is None:  # left out: the call a service of protocol 1.0 or 1.1 knows
            return self.call("sign_in", identifier, pin)
        return self.call("sign_in", identifier, pin, preferences)

    def set_preferences(self, preferences: VisitorPreferences) -> bool:
        # the visitor's choices as plain data (pydantic is not loaded here): checked against
        # the schema on their way out, validated by the service's model
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

    def call_desk(self) -> bool:
        return self.call("call_desk")

    def cancel_desk_call(self) -> bool:
        return self.call("cancel_desk_call")

    def call(self, method: str, *args: Any, **kwargs: Any) -> Any:
        """Call ``method`` on the service and wait for its reply; raises what it raised."""
        parameters = lite.method_parameters(method)
        named = dict(zip(parameters, args, strict=False))
        named.update(kwargs)
        named = lite.write_arguments(method, named)  # LiteError (a ValueError) when wrong
        channel = self._channel
        if channel is None:
            raise ServiceUnavailable(SERVICE_LOST)
        pending = _Pending()
        call_id = next(self._ids)
        with self._lock:
            self._pending[call_id] = pending
        try:
            try:
                channel.send_line(lite.write_message("call", id=call_id, method=method, args=named))
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
        return lite.read_result(method, reply.value)

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
                channel.send_line(lite.write_message("ready"))

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
        channel = LineChannel(sock, lite.read_message)
        try:
            try:
                if self._hello is None:
                    channel.send_line(lite.write_message("hello"))
                else:
                    channel.send(self._hello)
            except OSError as exc:
                # A service that refuses this account answers before reading the hello and
                # closes: the refusal is still waiting in the socket, read it below.
                log.debug("hello not taken by the station service: %s", exc)
            first = channel.receive()
            if first is not None and first.type == "refused":
                log.error("the station service refused this screen: %s", first.reason)
                self._set_fault(f"refused by the station service: {first.reason}")
                if self._on_refused is not None:
                    self._on_refused(first.reason)
                return True
            if first is None or first.type != "welcome" or not compatible(first.version):
                log.error("the station service speaks another protocol: %r", first)
                self._set_fault("the station service speaks another protocol version")
                return True
            log.info("connected to the station service")
            self._channel = channel
            self._connected.set()
            if self._ready:
                channel.send_line(lite.write_message("ready"))
            self._adopt(first.state, tell=True)
            self._read(channel)
            return False
        except (OSError, ValueError) as exc:  # lite.LiteError is a ValueError
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
            if message.type == "reply":
                with self._lock:
                    pending = self._pending.get(message.id)
                if pending is not None:
                    pending.reply = message
                    pending.done.set()
            elif message.type == "event":
                self._event(message)
            elif message.type == "state":
                self._adopt(message.state, tell=False)

    def _lost(self) -> None:
        if self._stopping.is_set():
            return
        self._set_fault(SERVICE_LOST)

    def _set_fault(self, fault: str) -> None:
        with self._lock:
            state = self._state.replace(fault=fault)
        self._adopt(state, tell=True)

    # --- the mirror ---------------------------------------------------------------------------

    def _event(self, event: Record) -> None:
        try:
            args = lite.read_event(event.name, event.args)
        except (KeyError, ValueError) as exc:
            log.warning("event %s from the service ignored: %s", event.name, exc)
            return
        with self._lock:
            state = _after_event(self._state, event.name, args)
            self._state, self._state_at = state, time.monotonic()
            self._told = state
        notify(getattr(self._listener, event.name), *args)

    def _adopt(self, state: Record, *, tell: bool) -> None:
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


def _after_event(state: Record, name: str, args: list[Any]) -> Record:
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
            last_end=lite.screen_record("SessionEnded", session_id=args[0], reason=args[1]),
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
    elif name == "desk_call_did_change":
        update["desk_call"] = args[0]
    return state.replace(**update) if update else state


def _differences(before: Record | None, after: Record) -> list[tuple[str, tuple[Any, ...]]]:
    """The events that take a screen told ``before`` to ``after`` (None: told nothing yet)."""
    told = before or lite.screen_record("ScreenState", online=not after.online)
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
    if after.desk_call != told.desk_call:
        events.append(("desk_call_did_change", (after.desk_call,)))
    return events
