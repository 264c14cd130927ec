"""Staff client calls: class sessions (a mixin of admin.client.staff_client.StaffClient), for
the console's class bar and ``epn class``."""

from __future__ import annotations

from admin.client.base import ClientBase
from kiosk.protocol.classes import (
    ClassAction,
    ClassActionResult,
    ClassCommand,
    ClassInfo,
    ClassList,
    ClassRequest,
    ClassState,
)
from kiosk.protocol.paths import Paths


class ClassCalls(ClientBase):
    def classes(self, state: ClassState | None = None) -> list[ClassInfo]:
        """A teacher's own classes, staff's at their sites (``state``: only those)."""
        params = {"state": state.value} if state is not None else None
        return self._request("GET", Paths.CLASSES, ClassList, params=params).classes

    def start_class(self, request: ClassRequest) -> ClassInfo:
        """Hold the class's PCs; refusals: NOT_TEACHER, CLASS_ALREADY_RUNNING, STATION_IN_USE,
        HOLD_OVERLAP, HOLD_OUTSIDE_HOURS, HOLD_BAD_TIME, NO_FREE_STATION, NOT_FOUND."""
        body = request.model_dump(mode="json", exclude_none=True)
        return self._request("POST", Paths.CLASSES, ClassInfo, json=body)

    def end_class(self, class_id: int) -> ClassInfo:
        return self._request("DELETE", Paths.class_(class_id), ClassInfo)

    def class_action(
        self, class_id: int, action: ClassAction, argument: ClassCommand | None = None
    ) -> ClassActionResult:
        """Lock, unlock, message, extend or end on every PC of the running class."""
        body = (argument or ClassCommand()).model_dump(exclude_none=True)
        return self._request(
            "POST", Paths.class_(class_id, action.value), ClassActionResult, json=body
        )
