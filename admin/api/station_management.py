"""HTTP routes to look after stations: enrolment by code, the detailed list, enable/disable, revoke.

The station's enrolment exchange has no bearer (the one-time code is the credential); the
other routes are staff routes, scoped to the member's sites and audited.
"""

# No "from __future__ import annotations": FastAPI must see the local Depends() aliases.

from typing import Annotated

from fastapi import APIRouter, Body, Depends

from admin.api.auth import ClientAddress, staff_member
from admin.api.params import StationName
from admin.core.actors import StaffMember
from admin.core.errors import Refused
from admin.core.notify import STATIONS_TOPIC, Notifier, commands_topic
from admin.services import Service
from kiosk.protocol.commands import CommandStatus
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.paths import Paths
from kiosk.protocol.room import (
    EnrollCode,
    StationDetails,
    StationDetailsList,
    StationEnabledRequest,
)
from kiosk.protocol.station import EnrollRequest, EnrollResponse

#: Refusals of a code that may be one of a station's (admin/stations/alerts.py notes them).
REFUSED_CODES = (ErrorCode.ENROLMENT_CODE_INVALID, ErrorCode.ENROLMENT_CODE_EXPIRED)


def stations_admin_router(service: Service, notifier: Notifier) -> APIRouter:
    router = APIRouter(tags=["stations"])
    admin = service.station_management

    Member = Annotated[StaffMember, Depends(staff_member(service))]

    @router.post(Paths.STATION_ENROLL, response_model=EnrollResponse)
    def enroll(request: EnrollRequest, address: ClientAddress) -> EnrollResponse:
        """A new station exchanges its one-time enrolment code for its token.

        Wrong codes are limited per client address (429 with Retry-After).
        """
        try:
            response = admin.enroll(
                request.code, request.agent_version, address, station=request.station
            )
        except Refused as exc:
            if exc.code in REFUSED_CODES:  # a known code's refusal shows on its station
                notifier.notify(STATIONS_TOPIC)
            raise
        notifier.notify(STATIONS_TOPIC)
        return response

    @router.get(Paths.STATION_ADMIN, response_model=StationDetailsList)
    def listing(member: Member) -> StationDetailsList:
        """Stations of the member's sites: online, last seen, agent version, enabled."""
        return StationDetailsList(stations=admin.list(member))

    @router.post(
        Paths.station_admin("{station}", "enroll-code"), response_model=EnrollCode, status_code=201
    )
    def enroll_code(member: Member, station: StationName) -> EnrollCode:
        """A one-time code (valid 24 h) to enrol a replacement PC as this station."""
        return admin.enrol_code(member, station)

    def _set_enabled(
        member: StaffMember, station: str, enabled: bool, body: StationEnabledRequest | None
    ) -> CommandStatus:
        body = body or StationEnabledRequest()
        status = admin.set_enabled(
            member, station, enabled, reason=body.reason, request_id=body.request_id
        )
        notifier.notify(commands_topic(station))
        notifier.notify(STATIONS_TOPIC)
        return status

    @router.post(
        Paths.station_admin("{station}", "disable"), response_model=CommandStatus, status_code=201
    )
    def disable(
        member: Member,
        station: StationName,
        body: Annotated[StationEnabledRequest | None, Body()] = None,
    ) -> CommandStatus:
        """Put the station out of order: its session ends, sign-in is refused."""
        return _set_enabled(member, station, False, body)

    @router.post(
        Paths.station_admin("{station}", "enable"), response_model=CommandStatus, status_code=201
    )
    def enable(
        member: Member,
        station: StationName,
        body: Annotated[StationEnabledRequest | None, Body()] = None,
    ) -> CommandStatus:
        """Put a disabled station back in service."""
        return _set_enabled(member, station, True, body)

    @router.post(Paths.station_admin("{station}", "revoke"), response_model=StationDetails)
    def revoke(member: Member, station: StationName) -> StationDetails:
        """The station's token stops working now (401); enrol it again with a new code."""
        details = admin.revoke(member, station)
        notifier.notify(STATIONS_TOPIC)
        return details

    return router
