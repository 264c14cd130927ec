"""In-process change notification for long-polls: versioned topics.

A topic's version only grows. Versions start from the wall clock in milliseconds, so a
client that kept a version across a server restart never sees it go backwards.
:meth:`Notifier.notify` may be called from any thread (sync routes run in a threadpool);
:meth:`Notifier.wait` is awaited on the event loop and never blocks a thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Callable

STATIONS_TOPIC = "stations"


def commands_topic(station: str) -> str:
    """Topic of the commands waiting for the station with this name."""
    return f"commands:{station}"


def _wall_ms() -> int:
    return int(time.time() * 1000)


class Notifier:
    def __init__(self, now_ms: Callable[[], int] = _wall_ms) -> None:
        self._now_ms = now_ms
        self._start = now_ms()
        self._lock = threading.Lock()
        self._versions: dict[str, int] = {}
        self._waiters: dict[str, set[asyncio.Future[int]]] = {}
        self._closed = False

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """Answer every parked long-poll now and never park again (the server is stopping)."""
        with self._lock:
            self._closed = True
            parked = [(topic, self._waiters.pop(topic)) for topic in list(self._waiters)]
        for topic, waiters in parked:
            version = self.version(topic)
            for future in waiters:
                future.get_loop().call_soon_threadsafe(_resolve, future, version)

    def version(self, topic: str) -> int:
        with self._lock:
            return self._versions.get(topic, self._start)

    def waiting(self, topic: str) -> int:
        """How many long-polls are parked on the topic right now (for tests and metrics)."""
        with self._lock:
            return len(self._waiters.get(topic, ()))

    def notify(self, topic: str) -> int:
        """Bump the topic's version and wake everyone waiting on it; returns the new version."""
        with self._lock:
            version = max(self._versions.get(topic, self._start) + 1, self._now_ms())
            self._versions[topic] = version
            waiters = self._waiters.pop(topic, set())
        for future in waiters:
            future.get_loop().call_soon_threadsafe(_resolve, future, version)
        return version

    async def wait(self, topic: str, since_version: int, timeout: float) -> int:
        """Return the topic's version once it differs from ``since_version``, or at timeout."""
        future: asyncio.Future[int] = asyncio.get_running_loop().create_future()
        with self._lock:
            current = self._versions.get(topic, self._start)
            if current != since_version or timeout <= 0 or self._closed:
                return current
            self._waiters.setdefault(topic, set()).add(future)
        try:
            return await asyncio.wait_for(future, timeout)
        except TimeoutError:
            return self.version(topic)
        finally:
            with self._lock:
                waiting = self._waiters.get(topic)
                if waiting is not None:
                    waiting.discard(future)
                    if not waiting:
                        del self._waiters[topic]


def _resolve(future: asyncio.Future[int], version: int) -> None:
    with contextlib.suppress(asyncio.InvalidStateError):
        future.set_result(version)
