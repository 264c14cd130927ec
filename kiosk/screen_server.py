"""The station service's socket: who may connect, and what each connection may do.

A Unix stream socket (mode 0666 in a root-owned folder: anyone may knock) whose every peer is
checked with ``SO_PEERCRED``: only the kiosk account and root are served; any other account
gets a ``refused`` line and is logged. A peer first says ``hello`` (kiosk/protocol/screen.py):

- a ``screen`` (of the kiosk account: only the process the service started) is welcomed with
  the station's state, then its calls run in a small pool (a
  sign-in may wait on the server; the next call does not wait for it) and it receives every
  event the service broadcasts;
- a ``session`` (the X session's leader) announces its display and stays connected as long as
  the X session lives.

Threads: ``epn-screen-accept`` and one ``epn-screen-peer`` per connection.

No pydantic here (the service's memory): the lines are read, checked and written with the
models' generated schema (kiosk/protocol/lite.py, kiosk/protocol/screen_schema.py), the models
of kiosk/protocol/screen.py naming the records for type checkers.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import struct
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from kiosk.protocol import lite
from kiosk.protocol.screen_port import compatible
from kiosk.screen_link import LineChannel
from kiosk.screen_wire import is_expected, to_wire

if TYPE_CHECKING:  # records of kiosk/protocol/lite.py at run time (the models name them)
    from kiosk.protocol.screen import Call, Hello, ScreenState

log = logging.getLogger("epn.kiosk.screen_server")

_CREDENTIALS = struct.Struct("3i")  # struct ucred: pid, uid, gid


@dataclass(frozen=True)
class Peer:
    pid: int
    uid: int
    gid: int


class ScreenHandler(Protocol):
    """What the service does for its peers (called from the peers' threads)."""

    def screen_state(self) -> ScreenState: ...
    def screen_allowed(self, peer: Peer) -> bool: ...
    def session_allowed(self, peer: Peer, hello: Hello) -> bool: ...
    def call(self, method: str, args: dict[str, Any]) -> Any: ...
    def screen_ready(self, peer: Peer) -> None: ...
    def screen_gone(self, peer: Peer) -> None: ...
    def session_announced(self, peer: Peer, hello: Hello) -> None: ...
    def session_gone(self, peer: Peer) -> None: ...


def peer_of(sock: socket.socket) -> Peer:
    pid, uid, gid = _CREDENTIALS.unpack(
        sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, _CREDENTIALS.size)
    )
    return Peer(pid, uid, gid)


class ScreenServer:
    def __init__(
        self, path: Path, *, allowed_uids: Callable[[], set[int]], handler: ScreenHandler
    ) -> None:
        self.path = path
        self._allowed_uids = allowed_uids
        self._handler = handler
        self._listener: socket.socket | None = None
        self._screens: dict[LineChannel, Peer] = {}
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=8, thread_name_prefix="epn-screen-call")
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def screens(self) -> list[Peer]:
        with self._lock:
            return list(self._screens.values())

    def start(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()  # left by a service that died
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        listener.bind(str(self.path))
        os.chmod(self.path, 0o666)  # every peer is checked by its credentials instead
        listener.listen(8)
        self._listener = listener
        self._thread = threading.Thread(
            target=self._accept_loop, name="epn-screen-accept", daemon=True
        )
        self._thread.start()
        log.info("screen socket listening at %s", self.path)

    def stop(self) -> None:
        self._stopping.set()
        listener = self._listener
        if listener is not None:
            with contextlib.suppress(OSError):
                listener.shutdown(socket.SHUT_RDWR)
            listener.close()
        with self._lock:
            channels = list(self._screens)
        for channel in channels:
            channel.close()
        self._pool.shutdown(wait=False, cancel_futures=True)
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()

    def broadcast(self, line: bytes) -> None:
        """Send ``line`` (``lite.to_screen``) to every screen; one that cannot take it is
        dropped."""
        with self._lock:
            channels = list(self._screens)
        for channel in channels:
            try:
                channel.send_line(line)
            except OSError:
                channel.close()

    # --- connections --------------------------------------------------------------------------

    def _accept_loop(self) -> None:
        assert self._listener is not None
        while not self._stopping.is_set():
            try:
                sock, _ = self._listener.accept()
            except OSError:
                if self._stopping.is_set():
                    return
                log.exception("screen socket: accept failed")
                continue
            threading.Thread(
                target=self._serve, args=(sock,), name="epn-screen-peer", daemon=True
            ).start()

    def _serve(self, sock: socket.socket) -> None:
        channel = LineChannel(sock, decode=lite.read_from_screen)
        try:
            peer = peer_of(sock)
            if peer.uid not in self._allowed_uids():
                log.warning(
                    "screen socket: refused pid %d of uid %d (not the kiosk account)",
                    peer.pid,
                    peer.uid,
                )
                with contextlib.suppress(OSError):
                    channel.send_line(
                        lite.to_screen("refused", reason="this account may not drive the station")
                    )
                return
            first = channel.receive()
            if first is None or first.type != "hello" or not compatible(first.version):
                log.warning("screen socket: pid %d sent no valid hello: %r", peer.pid, first)
                with contextlib.suppress(OSError):
                    channel.send_line(lite.to_screen("refused", reason="another protocol version"))
                return
            if first.role == "session":
                if not self._handler.session_allowed(peer, first):
                    channel.send_line(
                        lite.to_screen("refused", reason="this session is not the station's")
                    )
                    return
                self._serve_session(channel, peer, first)
            elif not self._handler.screen_allowed(peer):
                log.warning(
                    "screen socket: refused pid %d of uid %d (not the screen the service started)",
                    peer.pid,
                    peer.uid,
                )
                channel.send_line(
                    lite.to_screen(
                        "refused", reason="only the screen the station started may drive it"
                    )
                )
            else:
                self._serve_screen(channel, peer)
        except (OSError, ValueError) as exc:  # a LiteError is a ValueError
            if not self._stopping.is_set():
                log.info("screen socket: a peer left: %s", exc)
        except Exception:
            log.exception("bug serving a screen")
        finally:
            channel.close()

    def _serve_session(self, channel: LineChannel, peer: Peer, hello: Hello) -> None:
        log.info(
            "X session announced by pid %d: display %s (%s)",
            peer.pid,
            hello.display,
            hello.session_type or "type unknown",
        )
        channel.send_line(lite.to_screen("welcome", state=self._handler.screen_state()))
        self._handler.session_announced(peer, hello)
        try:
            while channel.receive() is not None:
                pass  # the leader says nothing more; it is there while the session lives
        finally:
            self._handler.session_gone(peer)

    def _serve_screen(self, channel: LineChannel, peer: Peer) -> None:
        with self._lock:
            self._screens[channel] = peer
        log.info("screen connected (pid %d)", peer.pid)
        try:
            channel.send_line(lite.to_screen("welcome", state=self._handler.screen_state()))
            while True:
                message = channel.receive()
                if message is None:
                    return
                if message.type == "call":
                    self._pool.submit(self._answer, channel, message)
                elif message.type == "ready":
                    self._handler.screen_ready(peer)
        finally:
            with self._lock:
                self._screens.pop(channel, None)
            log.info("screen gone (pid %d)", peer.pid)
            self._handler.screen_gone(peer)

    def _answer(self, channel: LineChannel, call: Call) -> None:
        try:
            try:
                arguments = lite.read_arguments(call.method, call.args)
            except KeyError:
                raise ValueError(f"unknown method {call.method!r}") from None
            value = self._handler.call(call.method, arguments)
            reply = lite.to_screen("reply", id=call.id, value=lite.write_result(call.method, value))
        except Exception as exc:
            if not is_expected(exc):
                log.exception("bug answering %s", call.method)
            reply = lite.to_screen("reply", id=call.id, error=to_wire(exc))
        with contextlib.suppress(OSError):
            channel.send_line(reply)
