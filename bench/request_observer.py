"""What the metrics middleware costs per request, against the same ASGI call without it.

    .venv/bin/python bench/request_observer.py

``epn server`` adds :class:`admin.api.observe.RequestObserver` only with ``--metrics`` or
``--access-log``: without them the cost is nothing by construction (no middleware at all). With
``--metrics`` each request pays what this prints, in-process, with no network in the way.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from admin.api.observe import Metrics, RequestObserver

REQUESTS = 200_000


class _Route:
    path = "/api/v1/station/events"


async def bare(scope: dict[str, Any], receive: Any, send: Any) -> None:
    scope["route"] = _Route  # what the router leaves in the scope
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": b'{"accepted":[]}'})


async def per_request(app: Any, count: int = REQUESTS) -> float:
    """Microseconds per request through ``app``."""

    async def receive() -> dict[str, Any]:
        return {"type": "http.request"}

    async def send(message: dict[str, Any]) -> None:
        pass

    scope = {"type": "http", "method": "POST", "path": "/api/v1/station/events"}
    started = time.perf_counter()
    for _ in range(count):
        await app(dict(scope), receive, send)
    return (time.perf_counter() - started) / count * 1e6


def main() -> None:
    observed = RequestObserver(bare, metrics=Metrics(), log_access=False)
    without = min(asyncio.run(per_request(bare)) for _ in range(3))
    with_metrics = min(asyncio.run(per_request(observed)) for _ in range(3))
    print(f"without the middleware: {without:.2f} µs per request")
    print(f"with --metrics: {with_metrics:.2f} µs per request (+{with_metrics - without:.2f} µs)")


if __name__ == "__main__":
    main()
