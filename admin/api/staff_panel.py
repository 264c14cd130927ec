"""HTTP routes for staff at a station (kiosk staff panel), and for their station PIN.

The station routes carry the station's bearer token; the staff login they hand out travels
in the request body, never in a URL. The PIN routes are ordinary staff routes.
"""

# No "from __future__ import annotations": FastAPI must see the local Depends() aliases.

from typing import Annotated

from fastapi import APIRouter, Depends

from admin.api.auth import ClientAddress, staff_member, station_identity
from admin.api.params import Username
from admin.core.actors import StaffMember, StationIdentity
from admin.core.notify import STATIONS_TOPIC, Notifier, commands_topic
from admin.services import Service
from kiosk.protocol.paths import Paths
from kiosk.protocol.staff import (
    StaffPinChange,
    StaffPinReset,
    StaffPinSet,
    StationStaffAction,
    StationStaffDone,
    StationStaffKind,
    StationStaffLogin,
    StationStaffLoginRequest,
    StationStaffLogout,
)


def station_staff_router(service: Service, notifier: Notifier) -> APIRouter:
    router = APIRouter()
    desk = service.staff_panel

    Station = Annotated[StationIdentity, Depends(station_identity(service, notifier))]
    Member = Annotated[StaffMember, Depends(staff_member(service))]

    @router.post(Paths.STATION_STAFF_LOGIN, response_model=StationStaffLogin, tags=["station"])
    def login(identity: Station, request: StationStaffLoginRequest) -> StationStaffLogin:
        """Staff sign in at this station with their password or PIN (members of its site).

        Every failure is the same 401 BAD_LOGIN; failures are limited per station (429).
        """
        return desk.login(identity, request.username, request.secret)

    @router.post(Paths.STATION_STAFF_ACTION, response_model=StationStaffDone, tags=["station"])
    def act(identity: Station, request: StationStaffAction) -> StationStaffDone:
        """An action of the staff member signed in at this station, audited in their name."""
        done = desk.act(identity, request)
        if request.kind in (StationStaffKind.EXTEND, StationStaffKind.END):
            notifier.notify(commands_topic(identity.name))
            notifier.notify(STATIONS_TOPIC)
        return done

    @router.post(Paths.STATION_STAFF_LOGOUT, status_code=204, tags=["station"])
    def logout(identity: Station, request: StationStaffLogout) -> None:
        """End a staff login made at this station."""
        desk.logout(identity, request.token)

    @router.post(Paths.AUTH_PIN, response_model=StaffPinSet, tags=["staff"])
    def set_own_pin(who: Member, request: StaffPinChange, address: ClientAddress) -> StaffPinSet:
        """Set or clear one's own station PIN (4 to 12 digits); the password confirms it."""
        return desk.set_own_pin(who, request.password, request.pin, address)

    @router.post(Paths.staff_pin("{username}"), response_model=StaffPinSet, tags=["staff"])
    def reset_pin(who: Member, username: Username, request: StaffPinReset) -> StaffPinSet:
        """Admins: set or clear another staff member's station PIN."""
        return desk.reset_pin(who, username, request.pin)

    return router
