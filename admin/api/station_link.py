"""HTTP routes used by stations, authenticated with the station's bearer token."""

# No "from __future__ import annotations": FastAPI must see the local Depends() aliases.

import asyncio
from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, Query
from fastapi.routing import APIRoute
from pydantic import ValidationError
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import Message, Receive, Scope, Send

from admin.api.auth import SeenStation, station_identity, station_seen
from admin.api.observe import Metrics
from admin.core.actors import StationIdentity
from admin.core.notify import STATIONS_TOPIC, Notifier, commands_topic
from admin.holds.service import holds_version
from admin.services import Service
from kiosk.protocol.commands import CommandList
from kiosk.protocol.limits import MAX_SQL_INT, MAX_WAIT_SECONDS
from kiosk.protocol.paths import Paths
from kiosk.protocol.station import EventBatch, EventsAccepted, Grant, SignInRequest, StationInfo


def station_router(
    service: Service, notifier: Notifier, metrics: Metrics | None = None
) -> APIRouter:
    router = APIRouter(tags=["station"])

    Station = Annotated[StationIdentity, Depends(station_identity(service, notifier))]

    @router.get(Paths.STATION_ME, response_model=StationInfo)
    def me(station: Station) -> StationInfo:
        """The station's own identity and site, with its hours and lock-screen message, and
        its holds now or later today (``holds``: the lock screen's "Reserved for …")."""
        info = service.sites.station_info(station)
        notices = service.holds.station_notices(station)
        return info.model_copy(update={"holds": notices, "holds_version": holds_version(notices)})

    @router.post(Paths.STATION_SIGN_IN, response_model=Grant)
    def sign_in(station: Station, request: SignInRequest) -> Grant:
        """Sign a visitor in: a new session and its granted time, or a refusal code."""
        grant = service.stations.sign_in(
            station, request.identifier, request.pin, request.preferences, request.hold_code
        )
        notifier.notify(STATIONS_TOPIC)
        return grant

    Seen = Annotated[SeenStation, Depends(station_seen(service, notifier))]

    @router.post(Paths.STATION_EVENTS, response_model=EventsAccepted)
    async def events(caller: Seen, batch: EventBatch) -> EventsAccepted:
        """Store a batch of events; each is applied once, replays are accepted again.

        The answer comes once the events are committed (group commit: one transaction and
        one flush for every batch that arrived meanwhile, admin/db/store.py).
        """
        station = caller.station
        result = await service.stations.apply_events_grouped(station, batch.events, caller.seen)
        if metrics is not None:
            metrics.count_replays(result.replayed)
        if result.commands_queued:  # an automatic extension: push it like a staff command
            notifier.notify(commands_topic(station.name))
        if result.changed:
            notifier.notify(STATIONS_TOPIC)
        return EventsAccepted(accepted=result.accepted)

    @router.get(Paths.STATION_COMMANDS, response_model=CommandList)
    async def commands(
        station: Station,
        after: Annotated[
            int, Query(ge=0, le=MAX_SQL_INT, description="last command id already received")
        ] = 0,
        wait: Annotated[float, Query(ge=0, description="seconds to hold the request")] = 0,
        holds: Annotated[
            str | None,
            Query(
                max_length=64,
                description="the holds tag the station knows (StationInfo.holds_version): "
                "answered at once, with the new tag, when its holds changed",
            ),
        ] = None,
    ) -> CommandList:
        """Pending commands with id > after; with none, wait up to ``wait`` s for one, or for
        a change of the station's holds when it gives the tag it knows (``holds``)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + min(wait, MAX_WAIT_SECONDS)
        topic = commands_topic(station.name)
        while True:
            version = notifier.version(topic)  # read before the query: no lost wake-up
            pending = service.stations.pending_commands(station.id, after)
            now_tag = None
            if holds is not None:  # a station that follows its holds (hold changes notify)
                now_tag = holds_version(service.holds.station_notices(station))
            left = deadline - loop.time()
            if pending or left <= 0 or notifier.closed or now_tag not in (None, holds):
                return CommandList(commands=pending, holds_version=now_tag)
            await notifier.wait(topic, version, left)

    return router


class EventsFastPath:
    """``POST station/events`` served as a plain ASGI app, ahead of FastAPI's route.

    The stations' hot path: FastAPI's dependency solving, body validation and response
    serialisation cost the event loop about as much as the rest of a heartbeat. A request with
    a bearer token and a JSON body that parses as an :class:`EventBatch` is served here: the
    same token check (:meth:`StationService.identify`, its :class:`Refused` answered by the
    app's handlers), the same write and the same answer. Anything else (no or malformed
    token, another content type, a body that does not validate) is handed, body and all, to
    the FastAPI route, which gives its usual answer; that route also keeps the endpoint in the
    OpenAPI schema.
    """

    def __init__(
        self,
        service: Service,
        notifier: Notifier,
        metrics: Metrics | None,
        route: APIRoute,
    ) -> None:
        self._service = service
        self._notifier = notifier
        self._metrics = metrics
        self._route = route

    def install(self, app: FastAPI) -> None:
        """Serve the path before any other route of ``app``."""
        app.router.routes.insert(0, Route(Paths.STATION_EVENTS, self, methods=["POST"]))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        scope["route"] = self._route  # its template, for the metrics and the access log
        body = bytearray()
        while True:
            message = await receive()
            if message["type"] != "http.request":  # the client left: nothing to answer
                return
            body += message.get("body", b"")
            if not message.get("more_body", False):
                break
        parsed = self.parse(scope, bytes(body))
        if parsed is None:
            await self._route.app(scope, replay(bytes(body), receive), send)
            return
        answer = await self.answer(*parsed)
        await Response(answer, media_type="application/json")(scope, receive, send)

    async def answer(self, token: str, batch: EventBatch) -> bytes:
        """Store ``batch`` for the station of ``token``: the JSON answer, or raise as the route."""
        stations = self._service.stations
        station, seen = stations.identify(token)
        if station.came_online:
            self._notifier.notify(STATIONS_TOPIC)
        result = await stations.apply_events_grouped(station, batch.events, seen)
        if self._metrics is not None:
            self._metrics.count_replays(result.replayed)
        if result.commands_queued:
            self._notifier.notify(commands_topic(station.name))
        if result.changed:
            self._notifier.notify(STATIONS_TOPIC)
        return EventsAccepted(accepted=result.accepted).model_dump_json().encode()

    def parse(self, scope: Scope, body: bytes) -> tuple[str, EventBatch] | None:
        """The token and the batch of a request this path serves; None for FastAPI's route."""
        token = _bearer_token(scope)
        if token is None or not _is_json(scope):
            return None
        try:
            return token, EventBatch.model_validate_json(body)
        except ValidationError:
            return None


def install_events_fast_path(
    app: FastAPI,
    router: APIRouter,
    service: Service,
    notifier: Notifier,
    metrics: Metrics | None = None,
) -> EventsFastPath:
    """Put :class:`EventsFastPath` ahead of ``router``'s events route in ``app``."""
    route = next(
        r for r in router.routes if isinstance(r, APIRoute) and r.path == Paths.STATION_EVENTS
    )
    fast = EventsFastPath(service, notifier, metrics, route)
    fast.install(app)
    return fast


def _bearer_token(scope: Scope) -> str | None:
    """The token of ``Authorization: Bearer <token>``, as FastAPI's HTTPBearer reads it."""
    for name, value in scope["headers"]:
        if name == b"authorization":
            scheme, _, credentials = value.decode("latin-1").partition(" ")
            if scheme.lower() == "bearer" and credentials:
                return credentials
            return None
    return None


def _is_json(scope: Scope) -> bool:
    """A body FastAPI would read as JSON: no content type, or application/json or */*+json."""
    for name, value in scope["headers"]:
        if name == b"content-type":
            mime = value.split(b";", 1)[0].strip().lower()
            return mime == b"application/json" or (
                mime.startswith(b"application/") and mime.endswith(b"+json")
            )
    return True


def replay(body: bytes, receive: Receive, more: bool = False) -> Receive:
    """``receive`` for a request whose body was read (``more``: in part): that, then the rest."""
    given = False

    async def replayed() -> Message:
        nonlocal given
        if not given:
            given = True
            return {"type": "http.request", "body": body, "more_body": more}
        return await receive()

    return replayed
