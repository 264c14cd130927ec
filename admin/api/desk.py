"""HTTP routes used by staff (console and CLI), authenticated with a login token."""

# No "from __future__ import annotations": FastAPI must see the local Depends() aliases.

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query
from fastapi import Path as PathParam
from starlette.concurrency import run_in_threadpool

from admin.api.auth import ClientAddress, staff_member
from admin.api.params import StationName
from admin.core.actors import StaffMember
from admin.core.notify import STATIONS_TOPIC, Notifier, commands_topic
from admin.services import Service
from kiosk.protocol.commands import CommandRequest, CommandStatus
from kiosk.protocol.limits import MAX_SQL_INT, MAX_WAIT_SECONDS
from kiosk.protocol.paths import Paths
from kiosk.protocol.room import SessionList, StationList
from kiosk.protocol.staff import LoginRequest, LoginResponse, StaffInfo


def staff_router(service: Service, notifier: Notifier) -> APIRouter:
    router = APIRouter(tags=["staff"])

    Member = Annotated[StaffMember, Depends(staff_member(service))]

    @router.post(Paths.AUTH_LOGIN, response_model=LoginResponse)
    def login(request: LoginRequest, address: ClientAddress) -> LoginResponse:
        """Exchange a username and password for a login token.

        Failures are limited per (account, client address) and per client address, with
        growing waits (429 with Retry-After); see "Lockouts" in docs/ARCHITECTURE.md.
        """
        return service.staff.login(request.username, request.password, address)

    @router.get(Paths.AUTH_ME, response_model=StaffInfo)
    def me(member: Member) -> StaffInfo:
        """Who the token belongs to, and their sites."""
        return member.info()

    @router.get(Paths.STATIONS, response_model=StationList)
    async def stations(
        member: Member,
        since: Annotated[int | None, Query(description="version of the list already held")] = None,
        wait: Annotated[float, Query(ge=0, description="seconds to hold the request")] = 0,
    ) -> StationList:
        """The stations of the member's sites; long-polls while ``since`` is current."""
        version = notifier.version(STATIONS_TOPIC)
        if since is not None and since == version and wait > 0:
            version = await notifier.wait(STATIONS_TOPIC, since, min(wait, MAX_WAIT_SECONDS))
        listed = await run_in_threadpool(service.staff.stations, member)
        # each station's hold and the sites' queues (admin/holds/)
        listed, queues = await run_in_threadpool(service.holds.room, member, listed)
        return StationList(version=version, stations=listed, queues=queues)

    @router.post(Paths.station_commands("{station}"), response_model=CommandStatus, status_code=201)
    def command(member: Member, station: StationName, request: CommandRequest) -> CommandStatus:
        """Queue a command for a station (extend, set_time, end, message, lock, disable, ...).

        sign_in opens the visitor's session at once (refused with the kiosk's sign-in codes,
        or OFFLINE, STATION_DISABLED, STATION_IN_USE) and the station starts it. extend and
        set_time are cut at closing time (``clipped_to``; CLOSED when it already ends then)
        unless an administrator gives ``after_hours``.
        """
        status = service.staff.create_command(member, station, request)
        notifier.notify(commands_topic(station))
        notifier.notify(STATIONS_TOPIC)
        return status

    @router.get(Paths.station_command("{station}", "{command_id}"), response_model=CommandStatus)
    def command_status(
        member: Member,
        station: StationName,
        command_id: Annotated[int, PathParam(ge=1, le=MAX_SQL_INT)],
    ) -> CommandStatus:
        """One command sent to the station: pending until the station applies it (or fails)."""
        return service.staff.command(member, station, command_id)

    @router.get(Paths.SESSIONS, response_model=SessionList)
    def sessions(member: Member, state: Literal["active", "ended"] | None = None) -> SessionList:
        """Active sessions first, then recent ended ones, at the member's sites."""
        return SessionList(sessions=service.staff.sessions(member, state))

    return router
