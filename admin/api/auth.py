"""Who is calling: the bearer tokens of staff and stations, read once for every router."""

# No "from __future__ import annotations": FastAPI must see the Depends() aliases.

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlite_utils import Database

from admin.core.actors import StaffMember, StationIdentity
from admin.core.errors import Refused
from admin.core.notify import STATIONS_TOPIC, Notifier
from admin.services import Service
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.paths import Paths

_staff_bearer = HTTPBearer(auto_error=False, scheme_name="StaffToken")
_station_bearer = HTTPBearer(auto_error=False, scheme_name="StationToken")


def _token(credentials: HTTPAuthorizationCredentials | None) -> str:
    if credentials is None:
        raise Refused(ErrorCode.UNAUTHENTICATED, "missing bearer token")
    return credentials.credentials


def staff_token(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_staff_bearer)],
) -> str:
    """The staff member's bearer token, as sent (checked by the dependency that uses it)."""
    return _token(credentials)


StaffToken = Annotated[str, Depends(staff_token)]


def client_address(http: Request) -> str | None:
    """The caller's address, as uvicorn gives it (behind a trusted proxy: X-Forwarded-For)."""
    return http.client.host if http.client is not None else None


#: The caller's address, for the limits on failed sign-ins (admin/lockouts/limits.py).
ClientAddress = Annotated[str | None, Depends(client_address)]


#: The routes a teacher may call (method, route path): who they are, their own password, their
#: site and its room (to watch their class's PCs and the commands sent), and their classes.
#: Every other staff route refuses them FORBIDDEN (``details.role`` "teacher"): a teacher never
#: manages visitors, settings, the catalogue nor anyone else's sessions.
TEACHER_ROUTES = frozenset(
    {
        ("GET", Paths.AUTH_ME),
        ("POST", Paths.AUTH_PASSWORD),
        ("GET", Paths.SITES),
        ("GET", Paths.STATIONS),
        ("GET", Paths.station_command("{station}", "{command_id}")),
        ("GET", Paths.CLASSES),
        ("POST", Paths.CLASSES),
        ("DELETE", Paths.class_("{class_id}")),
        ("POST", Paths.class_("{class_id}", "{action}")),
    }
)


def staff_member(service: Service) -> Callable[[str, Request], StaffMember]:
    """A dependency giving the signed-in staff member: ``Annotated[StaffMember, Depends(...)]``.

    A teacher is let through to :data:`TEACHER_ROUTES` only.
    """

    def authenticated(raw: StaffToken, http: Request) -> StaffMember:
        member = service.staff.authenticate(raw)
        if member.role == "teacher":
            route = getattr(http.scope.get("route"), "path", None)
            if (http.method, route) not in TEACHER_ROUTES:
                raise Refused(
                    ErrorCode.FORBIDDEN,
                    "a teacher runs their own classes only",
                    {"role": "teacher"},
                )
        return member

    return authenticated


def station_identity(
    service: Service, notifier: Notifier
) -> Callable[[HTTPAuthorizationCredentials | None], Awaitable[StationIdentity]]:
    """A dependency giving the calling station; a station coming back online wakes the consoles.

    It runs on the event loop: the token lookup is a read on the loop's own read connection
    (well under a millisecond, it never waits for the writer); "last seen", when due, goes
    through the group-commit writer.
    """

    async def authenticated(
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_station_bearer)],
    ) -> StationIdentity:
        station, seen = service.stations.identify(_token(credentials))
        if seen is not None:
            await asyncio.wrap_future(service.store.submit(seen))
        if station.came_online:
            notifier.notify(STATIONS_TOPIC)
        return station

    return authenticated


@dataclass(frozen=True)
class SeenStation:
    """The calling station, and its "last seen" write still to run with the request's own."""

    station: StationIdentity
    seen: Callable[[Database], None] | None


def station_seen(
    service: Service, notifier: Notifier
) -> Callable[[HTTPAuthorizationCredentials | None], Awaitable[SeenStation]]:
    """As :func:`station_identity`, but "last seen" is left to the route to write with its own.

    The events route puts it in the same group-commit job as the events: one write, not two.
    """

    async def authenticated(
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_station_bearer)],
    ) -> SeenStation:
        station, seen = service.stations.identify(_token(credentials))
        if station.came_online:
            notifier.notify(STATIONS_TOPIC)
        return SeenStation(station, seen)

    return authenticated
