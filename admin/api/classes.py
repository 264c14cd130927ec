"""HTTP routes of class sessions (staff, teachers; admin/classes/).

Every change wakes the class's stations (their command long-polls: the commands, the holds'
lock line) and the consoles' room view.
"""

# No "from __future__ import annotations": FastAPI must see the local Depends() aliases.

from collections.abc import Iterable
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query

from admin.api.auth import staff_member
from admin.api.holds import wake_sites
from admin.core.actors import StaffMember
from admin.core.notify import STATIONS_TOPIC, Notifier, commands_topic
from admin.services import Service
from kiosk.protocol.classes import (
    ClassAction,
    ClassActionResult,
    ClassCommand,
    ClassInfo,
    ClassList,
    ClassRequest,
    ClassState,
)
from kiosk.protocol.limits import MAX_SQL_INT
from kiosk.protocol.paths import Paths

ClassId = Annotated[int, Path(ge=1, le=MAX_SQL_INT, description="id of the class")]


def classes_router(service: Service, notifier: Notifier) -> APIRouter:
    router = APIRouter(tags=["classes"])
    classes = service.classes

    Member = Annotated[StaffMember, Depends(staff_member(service))]

    def pushed(stations: Iterable[str]) -> None:
        for station in stations:
            notifier.notify(commands_topic(station))
        notifier.notify(STATIONS_TOPIC)

    @router.get(Paths.CLASSES, response_model=ClassList)
    def listing(
        member: Member,
        state: Annotated[ClassState | None, Query(description="only classes in this state")] = None,
    ) -> ClassList:
        """Classes: a teacher's own, staff's at their sites, every one for an administrator."""
        return ClassList(classes=classes.listing(member, state))

    @router.post(Paths.CLASSES, response_model=ClassInfo, status_code=201)
    def start(member: Member, request: ClassRequest) -> ClassInfo:
        """Start (or plan) a class: its PCs are held for the slot for its pupils and teacher.

        Refused NOT_TEACHER, CLASS_ALREADY_RUNNING, STATION_IN_USE, and as a hold:
        HOLD_OVERLAP, HOLD_OUTSIDE_HOURS, HOLD_BAD_TIME, NO_FREE_STATION, NOT_FOUND.
        """
        info = classes.start(member, request)
        wake_sites(service, notifier, [info.site])
        return info

    @router.delete(Paths.class_("{class_id}"), response_model=ClassInfo)
    def end(member: Member, class_id: ClassId) -> ClassInfo:
        """End the class: every session on its PCs ends, the holds are released."""
        info, _sent = classes.end(member, class_id)
        wake_sites(service, notifier, [info.site])
        return info

    @router.post(Paths.class_("{class_id}", "{action}"), response_model=ClassActionResult)
    def act(
        member: Member,
        class_id: ClassId,
        action: Annotated[ClassAction, Path(description="what every PC of the class does")],
        argument: ClassCommand,
    ) -> ClassActionResult:
        """Lock, unlock, message (``text``), extend (``minutes``) or end the sessions of every
        PC of the running class (CLASS_NOT_RUNNING otherwise)."""
        result = classes.act(member, class_id, action, argument)
        pushed(result.sent)
        return result

    return router
