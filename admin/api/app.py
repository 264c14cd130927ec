"""The HTTP API of the central server: an app factory and a runner."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import PlainTextResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from admin.api.audit import audit_router
from admin.api.catalogue import catalogue_router
from admin.api.classes import classes_router
from admin.api.desk import staff_router
from admin.api.docs import install_docs
from admin.api.errors import MAX_BODY_BYTES, install_error_handlers
from admin.api.health import health_router
from admin.api.holds import holds_router
from admin.api.ledger import ledger_router
from admin.api.lockouts import lockouts_router
from admin.api.observe import Metrics, RequestObserver
from admin.api.policies import policies_router
from admin.api.privacy import privacy_router
from admin.api.public import install_public
from admin.api.serving import serve_forever, settle_garbage_collector
from admin.api.sign_in_sources import sign_in_sources_router
from admin.api.sites import sites_router
from admin.api.staff_panel import station_staff_router
from admin.api.station_errors import station_errors_router
from admin.api.station_link import (
    EventsFastPath,
    install_events_fast_path,
    replay,
    station_router,
)
from admin.api.station_management import stations_admin_router
from admin.api.stats import stats_router
from admin.api.visitors import visitors_router
from admin.api.workshops import workshops_router
from admin.auth.sources import AuthConfig
from admin.core import logsafe
from admin.core.notify import STATIONS_TOPIC, Notifier, commands_topic
from admin.core.timeutil import Clock, utc_now
from admin.db.backup import known_schema
from admin.db.serverlock import ServerLock
from admin.db.store import Store
from admin.privacy.retention import RetentionJob, RetentionSweeper
from admin.privacy.settings import Retention
from admin.public.config import PublicConfig
from admin.public.pages import add_pages
from admin.public.serving import PublicGate, Publisher
from admin.reports.label import DEFAULT_NETWORK_NAME
from admin.services import Service
from admin.sessions.sweeper import Sweeper
from admin.staff.desk import DEFAULT_TOKEN_TTL
from admin.stations.liveness import DEFAULT_FLUSH_SECONDS, HeartbeatBuffer
from admin.visitors.profile import DEFAULT_COMMUNES
from kiosk.protocol.errors import ApiErrorEnvelope
from kiosk.protocol.paths import API_PREFIX, Paths

log = logging.getLogger("epn.server.api")

OPENAPI_URL = f"{API_PREFIX}/openapi.json"
#: The server process's GIL switch interval (see _serve).
SWITCH_INTERVAL_SECONDS = 0.0005


def create_app(
    store: Store,
    *,
    clock: Clock = utc_now,
    token_ttl: timedelta = DEFAULT_TOKEN_TTL,
    notifier: Notifier | None = None,
    metrics: bool = False,
    access_log: bool = False,
    heartbeat_flush: float | None = None,
    sources: AuthConfig | None = None,
    public: PublicConfig | None = None,
    retention: Retention | None = None,
    communes: Sequence[str] = DEFAULT_COMMUNES,
    network_name: str = DEFAULT_NETWORK_NAME,
) -> FastAPI:
    """Build the API over ``store``; tests inject ``clock`` to control time.

    ``metrics`` serves Prometheus metrics (404 otherwise); ``access_log`` logs one line per
    request, without anything personal (admin/api/observe.py). ``heartbeat_flush``: routine
    heartbeats are answered at once and written every that many seconds
    (admin/stations/liveness.py); None writes each before its answer. ``public``: the public
    pages and feeds under ``/public`` (admin/public/; default: on, with the default limits).
    ``communes``: the list a visitor's or a participant's commune is one of
    (admin/visitors/profile.py).
    """
    service = Service(
        store,
        clock=clock,
        token_ttl=token_ttl,
        sources=sources,
        retention=retention,
        communes=communes,
        network_name=network_name,
    )
    notifier = notifier or Notifier()
    if heartbeat_flush:
        app_heartbeats = _light_heartbeats(service, notifier, heartbeat_flush)
    app = FastAPI(
        title="EPN Kiosk server",
        version="1",
        openapi_url=OPENAPI_URL,
        docs_url=None,  # served from packaged assets below, not a CDN (admin/api/docs.py)
        redoc_url=None,
        # What every refusal and invalid request really looks like (admin/api/errors.py), in
        # place of FastAPI's own 422 body, which this API never sends.
        responses={"4XX": {"model": ApiErrorEnvelope, "description": "refused or invalid"}},
    )
    if heartbeat_flush:
        app.state.heartbeats = app_heartbeats  # the held heartbeats (tests flush them)
    counters = Metrics() if metrics else None
    app.include_router(health_router(store))
    stations = station_router(service, notifier, counters)
    app.include_router(stations)
    # the stations' hot path, served before FastAPI's route (which stays for the schema)
    fast = install_events_fast_path(app, stations, service, notifier, counters)
    app.include_router(station_staff_router(service, notifier))
    app.include_router(staff_router(service, notifier))
    app.include_router(stations_admin_router(service, notifier))
    app.include_router(station_errors_router(service, notifier))
    app.include_router(audit_router(service))
    app.include_router(lockouts_router(service))
    app.include_router(sign_in_sources_router(service))
    app.include_router(holds_router(service, notifier))
    app.include_router(workshops_router(service, notifier))
    app.include_router(classes_router(service, notifier))
    app.include_router(sites_router(service))
    app.include_router(visitors_router(service))
    app.include_router(privacy_router(service))
    app.include_router(catalogue_router(service))
    app.include_router(ledger_router(service))
    app.include_router(policies_router(service))
    app.include_router(stats_router(service))
    public = public or PublicConfig()
    publisher = Publisher(store, clock, public)
    install_public(app, publisher, service.public)
    # the public HTML pages, drawn once per snapshot, page and language, served like the feeds
    add_pages(app, publisher)
    install_docs(app, OPENAPI_URL)
    if counters is not None:
        _serve_metrics(app, counters, store, clock)
    install_error_handlers(app)
    if counters is not None or access_log:  # else not even a pass-through per request
        app.add_middleware(RequestObserver, metrics=counters, log_access=access_log)
    # outermost of ours: the refusals of the error middlewares get the headers too
    app.add_middleware(PrivateHeaders, prefix=API_PREFIX)
    # /public: off → 404, the rate limit per client, the security headers on every answer
    app.add_middleware(PublicGate, config=public, publisher=publisher)
    if counters is None and not access_log:  # else every request must cross the observer
        app.add_middleware(StationLane, fast=fast, max_bytes=MAX_BODY_BYTES)
    return app


def _light_heartbeats(service: Service, notifier: Notifier, interval: float) -> HeartbeatBuffer:
    def wake(changed: bool, stations: list[str]) -> None:  # after a bulk write
        if changed:
            notifier.notify(STATIONS_TOPIC)
        for name in stations:
            notifier.notify(commands_topic(name))

    return service.stations.light_heartbeats(interval, wake)


def _serve_metrics(app: FastAPI, counters: Metrics, store: Store, clock: Clock) -> None:
    @app.get(Paths.METRICS, include_in_schema=False)
    def metrics() -> PlainTextResponse:
        """Prometheus text format: requests, latency, stations online, sessions, commands."""
        return PlainTextResponse(
            counters.render(store, clock), media_type="text/plain; version=0.0.4"
        )


class PrivateHeaders:
    """Every answer under ``prefix`` may carry a token or personal data: no browser guesses its
    type (``nosniff``) and no cache keeps it (``no-store``), streamed and long-poll answers too."""

    HEADERS = ((b"x-content-type-options", b"nosniff"), (b"cache-control", b"no-store"))

    def __init__(self, app: ASGIApp, prefix: str) -> None:
        self.app = app
        self.prefix = prefix

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(self.prefix):
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name for name, _ in self.HEADERS}
                kept = [(k, v) for k, v in message.get("headers", []) if k.lower() not in names]
                message = {**message, "headers": [*kept, *self.HEADERS]}
            await send(message)

        await self.app(scope, receive, with_headers)


class StationLane:
    """``POST station/events`` answered ahead of every middleware, when that changes nothing.

    The stack of middlewares costs the event loop about a quarter of a heartbeat on the way in
    and out. This lane answers a request :class:`EventsFastPath` would serve, within the body
    limit, once its write is stored, with the headers the stack would have added; anything
    else (another path, a body too large, a refused token, a failed write: nothing of the
    batch was kept, its events are idempotent) goes down the stack, body and all, for the
    usual answer.
    """

    def __init__(self, app: ASGIApp, fast: EventsFastPath, max_bytes: int) -> None:
        self.app = app
        self.fast = fast
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["path"] != Paths.STATION_EVENTS
            or scope["method"] != "POST"
        ):
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await self.app(scope, receive, send)
            return
        body = bytearray()
        more = True
        while more and len(body) <= self.max_bytes:
            message = await receive()
            if message["type"] != "http.request":  # the client left: nothing to answer
                return
            body += message.get("body", b"")
            more = message.get("more_body", False)
        parsed = None if more or len(body) > self.max_bytes else self.fast.parse(scope, bytes(body))
        answer = None
        if parsed is not None:
            try:
                answer = await self.fast.answer(*parsed)
            except Exception:  # the stack answers it (and logs it) as it always does
                answer = None
        if answer is None:
            await self.app(scope, replay(bytes(body), receive, more), send)
            return
        headers = [
            (b"content-length", str(len(answer)).encode()),
            (b"content-type", b"application/json"),
            *PrivateHeaders.HEADERS,
        ]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": answer})


def run_server(
    db_path: str | Path,
    host: str = "127.0.0.1",
    port: int = 8750,
    *,
    metrics: bool = False,
    access_log: bool = False,
    log_format: logsafe.LogFormat = "text",
    log_file: Path | None = None,
    certfile: Path | None = None,
    keyfile: Path | None = None,
    heartbeat_flush: float = DEFAULT_FLUSH_SECONDS,
    sources: AuthConfig | None = None,
    public: PublicConfig | None = None,
    retention: Retention | None = None,
    communes: Sequence[str] = DEFAULT_COMMUNES,
    network_name: str = DEFAULT_NETWORK_NAME,
) -> None:
    """Open the database and serve the API until interrupted (HTTPS with a certificate)."""
    # what clients send cannot forge log lines
    logsafe.install(logging.INFO, log_format=log_format, path=log_file)
    # held while the server runs: a CLI of another version or a restore sees it and refuses
    with ServerLock(db_path, schema=len(known_schema())):
        _serve(
            db_path,
            host,
            port,
            metrics=metrics,
            access_log=access_log,
            certfile=certfile,
            keyfile=keyfile,
            heartbeat_flush=heartbeat_flush,
            sources=sources,
            public=public,
            retention=retention or Retention(),
            communes=communes,
            network_name=network_name,
        )


def _serve(
    db_path: str | Path,
    host: str,
    port: int,
    *,
    metrics: bool,
    access_log: bool,
    certfile: Path | None,
    keyfile: Path | None,
    heartbeat_flush: float,
    sources: AuthConfig | None = None,
    public: PublicConfig | None = None,
    retention: Retention,
    communes: Sequence[str],
    network_name: str,
) -> None:
    # The event loop and the database writer share the GIL: a thread waiting for it waits up to
    # the switch interval (5 ms by default) each time SQLite gives it back; 0.5 ms measured
    # better for heartbeat p99 and command delivery under load (docs/PERFORMANCE.md).
    sys.setswitchinterval(SWITCH_INTERVAL_SECONDS)
    store = Store(db_path)
    notifier = Notifier()
    app = create_app(
        store,
        sources=sources,
        notifier=notifier,
        metrics=metrics,
        access_log=access_log,
        heartbeat_flush=heartbeat_flush,
        public=public,
        retention=retention,
        communes=communes,
        network_name=network_name,
    )
    sweeper = Sweeper(store, notifier=notifier).start()  # closes the sessions of silent stations
    # once a day: usage pseudonymised, unused accounts and old audit entries deleted
    retention_sweeper = RetentionSweeper(RetentionJob(store, retention)).start()
    settle_garbage_collector()
    base = f"{'https' if certfile else 'http'}://{host}:{port}"
    print(f"EPN server on {base} (API docs: {base}{API_PREFIX}/docs)", flush=True)
    try:
        # Answer the open long-polls at once on Ctrl+C / SIGTERM, so stopping is immediate.
        serve_forever(
            app, host=host, port=port, on_exit=notifier.close, certfile=certfile, keyfile=keyfile
        )
    finally:
        retention_sweeper.stop()
        sweeper.stop()
        store.close()
