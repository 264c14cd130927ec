"""What the server tells its operators about requests: metrics and the access log.

Neither names a person: a request is known by its method, its route's template
(``/api/v1/visitors/{identifier}/usage``, never the card number in the URL), its status and how
long it took; never its query string, headers or body. :class:`RequestObserver` is added to the
app only when one of them is asked for, so a server without them pays nothing per request.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlite_utils import Database
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from admin.core.timeutil import Clock, to_iso
from admin.db.store import Store
from kiosk.protocol.limits import OFFLINE_AFTER_SECONDS

access_log = logging.getLogger("epn.server.access")

#: Upper bounds (seconds) of the latency histogram's buckets; a long-poll falls in +Inf.
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
#: The route label of a request no route matched (its path could hold anything).
UNMATCHED = "unmatched"


def route_template(scope: Scope) -> str:
    """The template of the route that served the request, never its path."""
    route = scope.get("route")
    path = getattr(route, "path", None)
    return path if isinstance(path, str) else UNMATCHED


class Metrics:
    """Request counters and latency histogram, plus the outbox replays stations sent."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._requests: dict[tuple[str, str, int], int] = {}
        self._latency: dict[tuple[str, str], list[int]] = {}  # counts per bucket, then +Inf
        self._latency_sum: dict[tuple[str, str], float] = {}
        self.replays = 0

    def observe(self, method: str, route: str, status: int, seconds: float) -> None:
        with self._lock:
            key = (method, route, status)
            self._requests[key] = self._requests.get(key, 0) + 1
            buckets = self._latency.setdefault((method, route), [0] * (len(LATENCY_BUCKETS) + 1))
            index = next(
                (i for i, bound in enumerate(LATENCY_BUCKETS) if seconds <= bound),
                len(LATENCY_BUCKETS),
            )
            buckets[index] += 1
            self._latency_sum[(method, route)] = self._latency_sum.get((method, route), 0) + seconds

    def count_replays(self, count: int) -> None:
        """Events a station sent again that the server had applied already (its outbox)."""
        if count:
            with self._lock:
                self.replays += count

    def render(self, store: Store, clock: Clock) -> str:
        """The Prometheus text exposition (version 0.0.4)."""
        online, running, pending = store.read(lambda db: _room_gauges(db, clock()))
        lines = [
            "# HELP epn_http_requests_total HTTP requests by method, route template and status.",
            "# TYPE epn_http_requests_total counter",
        ]
        with self._lock:
            for (method, route, status), count in sorted(self._requests.items()):
                labels = f'method="{method}",route="{_label(route)}",status="{status}"'
                lines.append(f"epn_http_requests_total{{{labels}}} {count}")
            lines += [
                "# HELP epn_http_request_duration_seconds Time to answer, by method and route.",
                "# TYPE epn_http_request_duration_seconds histogram",
            ]
            for (method, route), buckets in sorted(self._latency.items()):
                labels = f'method="{method}",route="{_label(route)}"'
                total = 0
                for bound, count in zip((*LATENCY_BUCKETS, "+Inf"), buckets, strict=True):
                    total += count
                    lines.append(
                        f'epn_http_request_duration_seconds_bucket{{{labels},le="{bound}"}} {total}'
                    )
                seconds = self._latency_sum[(method, route)]
                lines.append(f"epn_http_request_duration_seconds_sum{{{labels}}} {seconds:.6f}")
                lines.append(f"epn_http_request_duration_seconds_count{{{labels}}} {total}")
            replays = self.replays
        lines += [
            "# HELP epn_outbox_replays_total Events stations sent again that were applied already.",
            "# TYPE epn_outbox_replays_total counter",
            f"epn_outbox_replays_total {replays}",
            "# HELP epn_stations_online Enabled stations heard from recently.",
            "# TYPE epn_stations_online gauge",
            f"epn_stations_online {online}",
            "# HELP epn_sessions_running Visitor sessions running now.",
            "# TYPE epn_sessions_running gauge",
            f"epn_sessions_running {running}",
            "# HELP epn_commands_pending Staff commands not yet taken by their station.",
            "# TYPE epn_commands_pending gauge",
            f"epn_commands_pending {pending}",
        ]
        return "\n".join(lines) + "\n"


def _label(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def _room_gauges(db: Database, now: datetime) -> tuple[int, int, int]:
    since = to_iso(now - timedelta(seconds=OFFLINE_AFTER_SECONDS))
    online = db.execute(
        "SELECT COUNT(*) FROM stations WHERE enabled = 1 AND last_seen_at >= ?", [since]
    ).fetchone()[0]
    running = db.execute("SELECT COUNT(*) FROM sessions WHERE state = 'active'").fetchone()[0]
    pending = db.execute("SELECT COUNT(*) FROM commands WHERE status = 'pending'").fetchone()[0]
    return int(online), int(running), int(pending)


class RequestObserver:
    """ASGI middleware: each HTTP request to ``metrics`` and/or one access-log line."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        metrics: Metrics | None,
        log_access: bool,
        timer: Callable[[], float] = time.perf_counter,
    ) -> None:
        self.app = app
        self.metrics = metrics
        self.log_access = log_access
        self.timer = timer

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = self.timer()
        status = 500  # what the client gets if the app fails before answering

        async def seen(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, seen)
        finally:
            seconds = self.timer() - started
            route = route_template(scope)
            method = str(scope["method"])
            if self.metrics is not None:
                self.metrics.observe(method, route, status, seconds)
            if self.log_access:
                access_log.info(
                    "%s %s %d %.1f ms",
                    method,
                    route,
                    status,
                    seconds * 1000,
                    extra={
                        "method": method,
                        "route": route,
                        "status": status,
                        "duration_ms": round(seconds * 1000, 1),
                    },
                )
