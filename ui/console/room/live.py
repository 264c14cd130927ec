"""The live list of stations: a long-poll loop in a background thread, reported as Qt signals."""

from __future__ import annotations

import logging
import threading
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.http import ApiError, ServerUnreachable
from kiosk.protocol.room import StationList

log = logging.getLogger("epn.ui.console.feed")

#: How long the server may hold one long-poll open, in seconds.
WAIT_SECONDS = 25.0
_EXPIRED = {ErrorCode.TOKEN_EXPIRED, ErrorCode.UNAUTHENTICATED}


class StationsSource(Protocol):
    """The part of the staff client the feed uses (a StaffClient of its own)."""

    token: str | None

    def stations(self, since: int | None = None, wait: float = 0) -> StationList: ...

    def close(self) -> None: ...


class StationFeed(QObject):
    """Keeps asking the server for the stations, each request held until something changes.

    Signals are emitted from the feed's thread and delivered queued on the UI thread:

    - ``stations_did_change(StationList)`` on the first answer and whenever the version moves;
    - ``connection_did_change(bool)`` when the server becomes unreachable or reachable again;
    - ``session_did_expire()`` when the staff token is refused; the loop then ends, and
      :meth:`start` runs it again once a new token is set.

    The client must be one the feed owns: an HTTP client is not shared between a long-poll in
    one thread and actions in another.
    """

    stations_did_change = Signal(object)
    connection_did_change = Signal(bool)
    session_did_expire = Signal()

    def __init__(
        self,
        client: StationsSource,
        parent: QObject | None = None,
        *,
        wait: float = WAIT_SECONDS,
        min_backoff: float = 1.0,
        max_backoff: float = 10.0,
    ) -> None:
        super().__init__(parent)
        self._client = client
        self._wait = wait
        self._min_backoff = min_backoff
        self._max_backoff = max_backoff
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._closed = False
        self.online: bool | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive() and not self._stop.is_set()

    def set_token(self, token: str | None) -> None:
        self._client.token = token

    def start(self) -> None:
        """Start the loop (again after an expired session); does nothing if it already runs."""
        if self._closed:
            raise RuntimeError("the station feed was stopped and its client closed")
        if self.running:
            return
        # Each run has its own stop flag, so a thread left behind by stop() never emits again.
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._loop, args=(self._stop,), name="console-feed", daemon=True
        )
        self._thread.start()

    def stop(self, timeout: float = 1.0) -> None:
        """Stop for good, promptly even while a long-poll is open: close the client, don't wait."""
        self._stop.set()
        if self._closed:
            return
        self._closed = True
        try:
            self._client.close()  # wakes a blocked request in most cases
        except Exception:
            log.debug("closing the feed client failed", exc_info=True)
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)
            if thread.is_alive():
                log.debug("feed thread still blocked; left to die as a daemon")

    # --- the loop, on the feed thread -------------------------------------------------------

    def _loop(self, stop: threading.Event) -> None:
        try:
            self._poll(stop)
        finally:
            if stop.is_set():
                # stop() closed the client under a running request: a connection that request
                # was opening is closed now that it has returned (admin/client/base.py close)
                self._client.close()

    def _poll(self, stop: threading.Event) -> None:
        version: int | None = None
        delay = self._min_backoff
        while not stop.is_set():
            try:
                wait = self._wait if version is not None else 0
                token = self._client.token
                result = self._client.stations(since=version, wait=wait)
            except ServerUnreachable as exc:
                if stop.is_set():
                    return
                log.info("server unreachable (%s); retrying in %.0f s", exc, delay)
                self._set_online(stop, False)
                stop.wait(delay)
                delay = min(delay * 2, self._max_backoff)
                continue
            except ApiError as exc:
                if stop.is_set():
                    return
                if exc.code in _EXPIRED and self._client.token != token:
                    continue  # signed in again while this request was out: try the new token
                if exc.code in _EXPIRED:
                    log.info("staff session expired (%s)", exc.code)
                    self._emit(stop, "session_did_expire")
                    return
                log.error("stations refused: %s", exc)
                stop.wait(delay)
                delay = min(delay * 2, self._max_backoff)
                continue
            except Exception:
                if stop.is_set():
                    return  # the client was closed under a running request
                log.exception("station feed failed")
                self._set_online(stop, False)
                stop.wait(delay)
                delay = min(delay * 2, self._max_backoff)
                continue
            if stop.is_set():
                return
            delay = self._min_backoff
            self._set_online(stop, True)
            if result.version != version:
                version = result.version
                self._emit(stop, "stations_did_change", result)

    def _set_online(self, stop: threading.Event, online: bool) -> None:
        if self.online is not online:
            self.online = online
            self._emit(stop, "connection_did_change", online)

    def _emit(self, stop: threading.Event, signal: str, *args: object) -> None:
        if stop.is_set():
            return
        try:
            getattr(self, signal).emit(*args)
        except RuntimeError:
            # The window (and this object) were destroyed while the request was open.
            stop.set()
