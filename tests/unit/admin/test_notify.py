from __future__ import annotations

import asyncio
import threading
import time

from admin.core.notify import Notifier


def test_versions_start_from_wall_clock_and_grow() -> None:
    before = int(time.time() * 1000)
    notifier = Notifier()
    start = notifier.version("t")
    assert start >= before
    assert notifier.notify("t") > start
    assert notifier.version("other") == start


def test_restart_never_goes_backwards() -> None:
    first = Notifier(now_ms=lambda: 1_000)
    seen = first.notify("t")
    restarted = Notifier(now_ms=lambda: 2_000)
    assert restarted.version("t") > seen


def test_wait_returns_at_once_when_version_differs() -> None:
    notifier = Notifier()
    version = notifier.version("t")
    notifier.notify("t")
    result = asyncio.run(notifier.wait("t", version, 5))
    assert result == notifier.version("t") != version


def test_wait_times_out_with_the_same_version() -> None:
    notifier = Notifier()
    version = notifier.version("t")
    assert asyncio.run(notifier.wait("t", version, 0.01)) == version


def test_notify_from_another_thread_wakes_the_waiter() -> None:
    notifier = Notifier()
    version = notifier.version("t")

    async def scenario() -> tuple[int, float]:
        started = time.monotonic()
        loop = asyncio.get_running_loop()
        loop.call_later(0.05, lambda: threading.Thread(target=notifier.notify, args=("t",)).start())
        result = await notifier.wait("t", version, 10)
        return result, time.monotonic() - started

    result, elapsed = asyncio.run(scenario())
    assert result != version
    assert elapsed < 2
    assert notifier._waiters == {}
