"""HTTP routes used by stations, authenticated with the station's bearer token."""

# No "from __future__ import annotations": FastAPI must see the local Depends() aliases.

import asyncio
from typing import Annotated

from fastapi import APIRouter, Depends, Query

from admin.api.auth import SeenStation, station_identity, station_seen
from admin.api.observe import Metrics
from admin.core.actors import StationIdentity
from admin.core.notify import STATIONS_TOPIC, Notifier, commands_topic
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
        """The station's own identity and site, with its hours and lock-screen message."""
        return service.sites.station_info(station)

    @router.post(Paths.STATION_SIGN_IN, response_model=Grant)
    def sign_in(station: Station, request: SignInRequest) -> Grant:
        """Sign a visitor in: a new session and its granted time, or a refusal code."""
        grant = service.stations.sign_in(station, request.identifier, request.pin)
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
    ) -> CommandList:
        """Pending commands with id > after; with none, wait up to ``wait`` s for one."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + min(wait, MAX_WAIT_SECONDS)
        topic = commands_topic(station.name)
        while True:
            version = notifier.version(topic)  # read before the query: no lost wake-up
            pending = service.stations.pending_commands(station.id, after)
            left = deadline - loop.time()
            if pending or left <= 0 or notifier.closed:
                return CommandList(commands=pending)
            await notifier.wait(topic, version, left)

    return router
