"""HTTP routes of the stations' errors: a station forwards its own, staff read a station's."""

# No "from __future__ import annotations": FastAPI must see the local Depends() aliases.

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from admin.api.auth import staff_member, station_identity
from admin.api.params import StationName
from admin.core.actors import StaffMember, StationIdentity
from admin.core.notify import STATIONS_TOPIC, Notifier
from admin.services import Service
from kiosk.protocol.paths import Paths
from kiosk.protocol.station_errors import (
    MAX_ERROR_LISTING,
    ErrorReportBatch,
    ErrorReportsAccepted,
    StationErrorList,
)


def station_errors_router(service: Service, notifier: Notifier) -> APIRouter:
    router = APIRouter(tags=["stations"])
    errors = service.station_errors

    Station = Annotated[StationIdentity, Depends(station_identity(service, notifier))]
    Member = Annotated[StaffMember, Depends(staff_member(service))]

    @router.post(Paths.STATION_ERRORS, response_model=ErrorReportsAccepted)
    def forward(station: Station, batch: ErrorReportBatch) -> ErrorReportsAccepted:
        """The station's own errors (scrubbed by it); each is kept once, replays accepted."""
        accepted = errors.record(station, batch.reports)
        if accepted:  # the room's tiles count the recent ones: wake the consoles' long-polls
            notifier.notify(STATIONS_TOPIC)
        return ErrorReportsAccepted(accepted=accepted)

    @router.get(Paths.station_errors("{station}"), response_model=StationErrorList)
    def listing(
        member: Member,
        station: StationName,
        limit: Annotated[int, Query(ge=1, le=MAX_ERROR_LISTING)] = MAX_ERROR_LISTING,
    ) -> StationErrorList:
        """The errors the station forwarded, newest first (the last 30 days at most)."""
        return errors.list(member, station, limit)

    return router
