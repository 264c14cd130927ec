"""How every ``/public`` answer is served: the cache, the ETag, the headers, the rate limit.

- :class:`PublicConfig`: the server's settings of the public part (``epn server --public-…``):
  on or off, the cache's seconds, the origins allowed to frame the pages (the City's site, for
  the embed), the rate limit, the reverse proxies trusted to say who the client is.
- :func:`serve`: a body made from the cached snapshot (once per snapshot and key, off the event
  loop), with a strong ``ETag`` from its bytes (``304`` on a matching ``If-None-Match``) and
  ``Cache-Control: public, max-age=<cache seconds>``; ``None`` from the maker is a 404, as
  for a site whose public part is off. The JSON and iCalendar feeds use it, and so do the HTML
  pages (``admin/public/pages.py``).
- :class:`PublicGate`: an ASGI middleware in front of everything under ``/public``: 404 when
  the public part is off, the rate limit per client address (a token bucket in memory: 429
  with ``Retry-After``), and the security headers on every answer, errors included
  (``Content-Security-Policy`` without inline scripts, ``X-Content-Type-Options``,
  ``Referrer-Policy``). Any other path passes through at the cost of one prefix test.
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import math
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from fastapi import Request
from fastapi.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from admin.core.timeutil import Clock
from admin.db.store import Store
from admin.public import snapshot
from admin.public.config import Network, PublicConfig
from admin.public.views import NetworkView
from kiosk.protocol.errors import ErrorCode

PUBLIC_PREFIX = "/public"
#: The client addresses the limiter remembers before it forgets the full buckets.
MAX_TRACKED_CLIENTS = 50_000


# --- ETag and the cached bodies -----------------------------------------------------------------


Headers = list[tuple[bytes, bytes]]
RequestHeaders = Sequence[tuple[bytes, bytes]]


@dataclass(frozen=True)
class Rendered:
    body: bytes
    media_type: str
    etag: str
    #: Headers of its own on every answer (the pages' ``Vary``).
    headers: tuple[tuple[str, str], ...] = ()
    #: The gate's raw header lists (200, 304), built once per body and config.
    heads: dict[Any, tuple[Headers, Headers]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def raw_headers(self, config: PublicConfig, security: Headers) -> tuple[Headers, Headers]:
        """The headers of a 200 and of a 304 of this body as the gate sends them: the same
        as :func:`answer`'s plus the security headers (built once, not per request)."""
        key = (config.cache_control, id(security))
        made = self.heads.get(key)
        if made is None:
            common = [
                (b"etag", self.etag.encode()),
                (b"cache-control", config.cache_control.encode()),
                *((k.lower().encode(), v.encode("latin-1")) for k, v in self.headers),
                *security,
            ]
            full = [
                (b"content-type", self.media_type.encode()),
                (b"content-length", str(len(self.body)).encode()),
                *common,
            ]
            made = self.heads[key] = (full, common)
        return made


def rendered(body: bytes, media_type: str, headers: dict[str, str] | None = None) -> Rendered:
    """A body with its strong ETag (a digest of its bytes) and headers of its own."""
    etag = f'"{hashlib.sha256(body).hexdigest()[:32]}"'
    return Rendered(body, media_type, etag, tuple((headers or {}).items()))


def etag_matches(header: str | None, etag: str) -> bool:
    """``If-None-Match`` (a list of tags or ``*``) matches ``etag`` (weak comparison, RFC
    9110 §13.1.2)."""
    if not header:
        return False
    if header.strip() == "*":
        return True
    bare = etag.removeprefix("W/")
    return any(tag.strip().removeprefix("W/") == bare for tag in header.split(","))


def answer(request: Request, body: Rendered, config: PublicConfig) -> Response:
    headers = {"ETag": body.etag, "Cache-Control": config.cache_control, **dict(body.headers)}
    if etag_matches(request.headers.get("if-none-match"), body.etag):
        return Response(status_code=304, headers=headers)
    return Response(body.body, media_type=body.media_type, headers=headers)


def not_found(what: str) -> Response:
    body = {"error": {"code": ErrorCode.NOT_FOUND, "message": f"no {what}", "details": {}}}
    return Response(json.dumps(body), status_code=404, media_type="application/json")


#: A request's path, query and headers → the key its body is cached under, or None.
KeyOf = Callable[[str, bytes, RequestHeaders], Any]


class Publisher:
    """What the public routes share: the store's snapshot, the clock, the config."""

    def __init__(self, store: Store, clock: Clock, config: PublicConfig) -> None:
        self.store = store
        self.clock = clock
        self.config = config
        self.cache = snapshot.configure(store, config.cache_seconds)
        #: Each maps a request's path, query and headers to the key its body is cached under
        #: (None: not this one's); the gate answers a body already made for the fresh
        #: snapshot without the framework (:meth:`ready`).
        self.keys: list[KeyOf] = []

    def answers(self, key_of: KeyOf) -> None:
        """Let the gate answer the requests ``key_of`` recognises straight from the cache
        (the routes serve them with :meth:`serve` under the same key)."""
        self.keys.append(key_of)

    def ready(self, path: str, query: bytes, headers: RequestHeaders = ()) -> Rendered | None:
        """The body cached for this request in the fresh snapshot, if it was made already."""
        entry = self.cache.fresh(self.clock())
        if entry is None:
            return None
        for key_of in self.keys:
            key = key_of(path, query, headers)
            if key is not None:
                found = entry.rendered.get(key)
                return found if isinstance(found, Rendered) else None
        return None

    def now(self) -> datetime:
        return self.clock()

    async def view(self) -> NetworkView:
        return await snapshot.current_async(self.store, self.clock())

    async def cached(self, key: Any, make: Callable[[NetworkView], Any]) -> Any:
        """``make(view)`` of the current snapshot, once per snapshot and ``key``."""
        return await snapshot.rendered_async(self.store, self.clock(), key, make)

    async def serve(
        self,
        request: Request,
        key: Any,
        make: Callable[[NetworkView], bytes | None],
        media_type: str,
        *,
        missing: str = "such site",
    ) -> Response:
        """``make(view)`` of the current snapshot, made once per snapshot and ``key`` (off the
        event loop), answered with its ETag and cache headers; None is a 404."""

        def build(view: NetworkView) -> Rendered | None:
            body = make(view)
            return None if body is None else rendered(body, media_type)

        body = await snapshot.rendered_async(self.store, self.clock(), key, build)
        if body is None:
            return not_found(missing)
        return answer(request, body, self.config)


# --- the rate limit -------------------------------------------------------------------------------


class RateLimiter:
    """A token bucket per client address, in memory: ``rate`` tokens a second up to ``burst``.

    Used on the event loop only (no lock). Past :data:`MAX_TRACKED_CLIENTS` addresses, those
    whose bucket has filled up again are forgotten (they lose nothing).
    """

    def __init__(
        self, rate: float, burst: int, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.rate = rate
        self.burst = float(burst)
        self._clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}

    def take(self, client: str) -> float:
        """0 when the request may go; else the seconds until it may."""
        now = self._clock()
        tokens, last = self._buckets.get(client, (self.burst, now))
        tokens = min(self.burst, tokens + (now - last) * self.rate)
        if tokens >= 1:
            self._buckets[client] = (tokens - 1, now)
            if len(self._buckets) > MAX_TRACKED_CLIENTS:
                self._forget(now)
            return 0.0
        self._buckets[client] = (tokens, now)
        return (1 - tokens) / self.rate if self.rate > 0 else 60.0

    def _forget(self, now: float) -> None:
        full = self.burst / self.rate if self.rate > 0 else 0
        self._buckets = {k: v for k, v in self._buckets.items() if now - v[1] < full}


def client_address(scope: Scope, trusted: Iterable[Network]) -> str:
    """Who is asking: the connection's address, or, when that is a trusted proxy, the last
    address of ``X-Forwarded-For`` that is not one."""
    peer = scope.get("client")
    address = peer[0] if peer else "unknown"
    proxies = tuple(trusted)
    if not proxies or not _within(address, proxies):
        return address
    forwarded = b",".join(v for k, v in scope["headers"] if k == b"x-forwarded-for")
    for hop in reversed([h.strip() for h in forwarded.decode("latin-1").split(",") if h.strip()]):
        if not _within(hop, proxies):
            return hop
    return address


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope["headers"]:
        if key == name:
            return str(value.decode("latin-1"))
    return None


def _within(address: str, networks: tuple[Network, ...]) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in networks)


class PublicGate:
    """Everything under ``/public``: off → 404, the rate limit, the security headers."""

    def __init__(
        self,
        app: ASGIApp,
        config: PublicConfig,
        publisher: Publisher | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.app = app
        self.config = config
        self.publisher = publisher
        self.limiter = RateLimiter(config.rate, config.burst, clock)
        self.headers = [
            (b"content-security-policy", config.csp.encode()),
            (b"x-content-type-options", b"nosniff"),
            (b"referrer-policy", b"no-referrer"),
        ]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or not (
            path == PUBLIC_PREFIX or path.startswith(PUBLIC_PREFIX + "/")
        ):
            await self.app(scope, receive, send)
            return
        secured = self._secured(send)
        if not self.config.enabled:
            await not_found("public page")(scope, receive, secured)
            return
        wait = self.limiter.take(client_address(scope, self.config.trusted_proxies))
        if wait > 0:
            retry = max(1, math.ceil(wait))
            body = {
                "error": {
                    "code": ErrorCode.RATE_LIMITED,
                    "message": f"too many requests: retry in {retry} s",
                    "details": {"retry_after_seconds": retry},
                }
            }
            response = Response(
                json.dumps(body),
                status_code=429,
                media_type="application/json",
                headers={"Retry-After": str(retry)},
            )
            await response(scope, receive, secured)
            return
        ready = None
        if self.publisher is not None and scope["method"] in ("GET", "HEAD"):
            ready = self.publisher.ready(path, scope.get("query_string", b""), scope["headers"])
        if ready is None:
            await self.app(scope, receive, secured)
            return
        # a body made for the fresh snapshot: answered here, as the route would, with header
        # lists built once per body (nothing but the If-None-Match test per request)
        full, common = ready.raw_headers(self.config, self.headers)
        fresh = not etag_matches(_header(scope, b"if-none-match"), ready.etag)
        await send(
            {
                "type": "http.response.start",
                "status": 200 if fresh else 304,
                "headers": full if fresh else common,
            }
        )
        payload = ready.body if fresh and scope["method"] == "GET" else b""
        await send({"type": "http.response.body", "body": payload})

    def _secured(self, send: Send) -> Send:
        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                headers += [(k, v) for k, v in self.headers if k not in present]
                if b"cache-control" not in present:  # errors and refusals: not kept
                    headers.append((b"cache-control", b"no-store"))
                message = {**message, "headers": headers}
            await send(message)

        return with_headers
