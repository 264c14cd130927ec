"""Cut a blocked request short: the sockets of a transport, shut down from another thread.

httpx has no way to cancel a synchronous request, and closing a client does not wake a thread
blocked in ``recv`` on Linux (``close`` of a socket another thread reads leaves that read
waiting). A station's long-poll waits up to 25 s for a command: stopping the station (a
restart, an update, the end of a test) then waited for it. :class:`Aborter` wraps the
network backend of a transport's connection pool so that it knows every stream it opened,
plain or TLS, and :meth:`Aborter.abort` shuts each socket down (``SHUT_RDWR``): the blocked
read returns at once and the request fails with a transport error, which the caller is
already stopping for.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import weakref
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx


class Aborter:
    """Knows the streams of the transports it was installed on; aborts them all at once."""

    def __init__(self) -> None:
        self._streams: weakref.WeakSet[Any] = weakref.WeakSet()
        self._lock = threading.Lock()
        self._aborted = False

    def install(self, transport: httpx.HTTPTransport) -> httpx.HTTPTransport:
        """Track every connection ``transport`` opens from now on; returns it."""
        import httpcore

        aborter = self

        class Stream(httpcore.NetworkStream):
            def __init__(self, inner: httpcore.NetworkStream) -> None:
                self.inner = inner
                aborter._track(self)

            def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
                return self.inner.read(max_bytes, timeout)

            def write(self, buffer: bytes, timeout: float | None = None) -> None:
                self.inner.write(buffer, timeout)

            def close(self) -> None:
                self.inner.close()

            def start_tls(self, *args: Any, **kwargs: Any) -> httpcore.NetworkStream:
                self.inner = self.inner.start_tls(*args, **kwargs)
                return self

            def get_extra_info(self, info: str) -> Any:
                return self.inner.get_extra_info(info)

            def shut_down(self) -> None:
                sock = self.inner.get_extra_info("socket")
                if isinstance(sock, socket.socket):
                    with contextlib.suppress(OSError):
                        sock.shutdown(socket.SHUT_RDWR)

        class Backend(httpcore.NetworkBackend):
            def __init__(self, inner: httpcore.NetworkBackend) -> None:
                self.inner = inner

            def connect_tcp(self, *args: Any, **kwargs: Any) -> httpcore.NetworkStream:
                return Stream(self.inner.connect_tcp(*args, **kwargs))

            def connect_unix_socket(self, *args: Any, **kwargs: Any) -> httpcore.NetworkStream:
                return Stream(self.inner.connect_unix_socket(*args, **kwargs))

            def sleep(self, seconds: float) -> None:
                self.inner.sleep(seconds)

        pool = transport._pool
        pool._network_backend = Backend(pool._network_backend)
        return transport

    def _track(self, stream: Any) -> None:
        with self._lock:
            self._streams.add(stream)
            aborted = self._aborted
        if aborted:  # opened after the abort (a retry racing with it): cut as well
            stream.shut_down()

    def abort(self) -> None:
        """Shut down every stream opened so far and every one opened from now on."""
        with self._lock:
            self._aborted = True
            streams = list(self._streams)
        for stream in streams:
            stream.shut_down()
