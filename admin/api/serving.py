"""Serve the API from a background thread: used by ``epn demo`` and by tests on a real server."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import importlib.util
import logging
import socket
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

import uvicorn

from kiosk.protocol.limits import SERVER_KEEPALIVE_SECONDS

log = logging.getLogger("epn.server.serving")

START_TIMEOUT = 10.0


#: The garbage collector's youngest-generation threshold in ``epn server`` (700 by default).
GC_YOUNG_THRESHOLD = 10_000


def settle_garbage_collector() -> None:
    """Keep the cyclic garbage collector's pauses out of the requests' latency (``epn server``).

    Called once the app is built: what exists then (modules, the app, its models) lives as long
    as the process, and :func:`gc.freeze` takes it out of every later collection, so a full
    collection no longer walks it (a full collection of the built app alone took 33-37 ms on the
    reference machine, every request in flight waiting behind it). A higher youngest threshold
    makes collections rarer, and so promotes fewer objects of requests still in flight to the
    older generations: what refcounting frees (nearly all of a request) never costs a
    collection. Cyclic garbage is still collected.
    """
    gc.collect()
    gc.freeze()
    _, middle, oldest = gc.get_threshold()
    gc.set_threshold(GC_YOUNG_THRESHOLD, middle, oldest)


def http_and_loop() -> tuple[str, str]:
    """uvicorn's HTTP parser and event loop: the compiled ones when installed.

    httptools (llhttp, in C) and uvloop (libuv) are dependencies of the server role; measured
    against the pure-Python h11 parser and the stdlib loop in docs/PERFORMANCE.md. Without them
    (uvloop has no Windows build, or an install without them) the server runs on h11 and asyncio.
    """
    http = "httptools" if importlib.util.find_spec("httptools") is not None else "h11"
    compiled_loop = sys.platform != "win32" and importlib.util.find_spec("uvloop") is not None
    return http, "uvloop" if compiled_loop else "asyncio"


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port free right now on ``host`` (another process may still take it later)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


class BackgroundServer:
    """uvicorn serving ``app`` in a daemon thread; :meth:`start` returns once it accepts requests.

    The socket is bound here, before the thread starts, so no other process can take the port
    between choosing it and listening on it (port 0 picks a free one).
    """

    def __init__(
        self,
        app: Any,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        on_stop: Callable[[], None] | None = None,
        certfile: Path | None = None,
        keyfile: Path | None = None,
    ) -> None:
        self._on_stop = on_stop
        # proto IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY only on sockets that say they are
        # TCP, and without it every answer (headers, then body) waits ~40 ms for a delayed ACK.
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind((host, port))
        self.host = host
        self.port = int(self._sock.getsockname()[1])
        http, loop = http_and_loop()
        config = uvicorn.Config(
            app,
            log_level="warning",
            ws="none",
            http=http,
            loop=loop,
            lifespan="off",
            access_log=False,  # uvicorn's line holds the whole URL: card numbers, ?search=
            # Open long-polls would otherwise hold the shutdown for their whole wait.
            timeout_graceful_shutdown=1,
            ssl_certfile=certfile,
            ssl_keyfile=keyfile,
            timeout_keep_alive=int(SERVER_KEEPALIVE_SECONDS),
        )
        self._scheme = "https" if certfile else "http"
        self._server = _PromptServer(config)
        self._thread = threading.Thread(
            target=self._server.run,
            kwargs={"sockets": [self._sock]},
            name="api-server",
            daemon=True,
        )

    @property
    def url(self) -> str:
        return f"{self._scheme}://{self.host}:{self.port}"

    def start(self, timeout: float = START_TIMEOUT) -> BackgroundServer:
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"the API server did not start on {self.url}")
            time.sleep(0.01)  # polling a flag with a deadline
        log.info("serving on %s", self.url)
        return self

    def stop(self, timeout: float = START_TIMEOUT) -> None:
        if self._on_stop is not None:
            self._on_stop()  # e.g. release the long-polls, so shutdown does not wait for them
        self._server.exit_now()
        if self._thread.is_alive():
            self._thread.join(timeout)
        self._sock.close()

    def __enter__(self) -> BackgroundServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


class _PromptServer(uvicorn.Server):
    """uvicorn whose loop notices a stop at once, not at its next 0.1 s tick."""

    _loop: asyncio.AbstractEventLoop | None = None
    _wake: asyncio.Event | None = None

    async def main_loop(self) -> None:
        self._loop, self._wake = asyncio.get_running_loop(), asyncio.Event()
        counter = 0
        should_exit = await self.on_tick(counter)
        while not should_exit:
            counter = (counter + 1) % 864000
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), 0.1)
            should_exit = await self.on_tick(counter)

    def exit_now(self) -> None:
        self.should_exit = True
        loop, wake = self._loop, self._wake
        if loop is not None and wake is not None:
            with contextlib.suppress(RuntimeError):  # the loop has ended already
                loop.call_soon_threadsafe(wake.set)


class _Server(uvicorn.Server):
    """uvicorn that runs ``on_exit`` as soon as it is asked to stop (SIGINT, SIGTERM)."""

    def __init__(self, config: uvicorn.Config, on_exit: Callable[[], None]) -> None:
        super().__init__(config)
        self._on_exit = on_exit

    def handle_exit(self, sig: int, frame: Any) -> None:
        self._on_exit()
        super().handle_exit(sig, frame)


def server_config(
    app: Any,
    *,
    host: str,
    port: int,
    certfile: Path | None = None,
    keyfile: Path | None = None,
) -> uvicorn.Config:
    """How ``epn server`` runs uvicorn (HTTPS with a certificate)."""
    # log_config None: uvicorn's loggers go through the server's own handler (admin/core/logsafe.py).
    # access_log False: uvicorn's own line holds the whole URL (card numbers, ?search=); the
    # server logs its own, without them, when asked (epn server --access-log).
    http, loop = http_and_loop()
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level="info",
        ws="none",
        http=http,
        loop=loop,
        log_config=None,
        access_log=False,
        ssl_certfile=certfile,
        ssl_keyfile=keyfile,
        # beyond the heartbeat period (uvicorn's default is 5 s): a station's heartbeats share
        # one connection rather than paying a TCP and TLS handshake each
        timeout_keep_alive=int(SERVER_KEEPALIVE_SECONDS),
    )


def serve_forever(
    app: Any,
    *,
    host: str,
    port: int,
    on_exit: Callable[[], None],
    certfile: Path | None = None,
    keyfile: Path | None = None,
) -> None:
    """Serve in the foreground until SIGINT/SIGTERM (``epn server``); HTTPS with a certificate."""
    config = server_config(app, host=host, port=port, certfile=certfile, keyfile=keyfile)
    _Server(config, on_exit).run()
