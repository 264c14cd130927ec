"""Staff client calls: room (a mixin of admin.client.staff_client.StaffClient).

Every command carries a ``request_id``: the server creates one command per id and station, so
a call sent again (a retry after a timeout, a replay after signing in again) never acts twice.
Callers that may retry build the :class:`CommandRequest` once and pass it to
:meth:`RoomCalls.post_command`; the typed helpers pick a fresh id when given none.
"""

from __future__ import annotations

import uuid

from admin.client.base import ClientBase
from kiosk.protocol.commands import CommandKind, CommandRequest, CommandStatus
from kiosk.protocol.paths import Paths
from kiosk.protocol.station_errors import StationErrorList


def new_request_id() -> str:
    return uuid.uuid4().hex


class RoomCalls(ClientBase):
    def post_command(self, station: str, request: CommandRequest) -> CommandStatus:
        """Queue ``request`` for the station; the same request_id returns the first command."""
        if request.request_id is None:
            request = request.model_copy(update={"request_id": new_request_id()})
        body = request.model_dump(mode="json", exclude_none=True)
        return self._request("POST", Paths.station_commands(station), CommandStatus, json=body)

    def command_status(self, station: str, command_id: int) -> CommandStatus:
        """What became of a command sent earlier: pending, applied or failed."""
        return self._request("GET", Paths.station_command(station, command_id), CommandStatus)

    def station_errors(self, station: str) -> StationErrorList:
        """The errors the station forwarded, newest first."""
        return self._request("GET", Paths.station_errors(station), StationErrorList)

    def send_command(
        self,
        station: str,
        kind: CommandKind | str,
        minutes: int | None = None,
        *,
        request_id: str | None = None,
    ) -> CommandStatus:
        """Kept for the CLI and the benchmarks: a command with at most a number of minutes."""
        return self.post_command(
            station, CommandRequest(kind=CommandKind(kind), minutes=minutes, request_id=request_id)
        )

    def extend(self, station: str, minutes: int, *, request_id: str | None = None) -> CommandStatus:
        return self.post_command(
            station, CommandRequest(kind=CommandKind.EXTEND, minutes=minutes, request_id=request_id)
        )

    def set_time(
        self, station: str, seconds: int, *, request_id: str | None = None
    ) -> CommandStatus:
        """The session has ``seconds`` left from now (more or less than before)."""
        return self.post_command(
            station,
            CommandRequest(kind=CommandKind.SET_TIME, seconds=seconds, request_id=request_id),
        )

    def end(self, station: str, *, request_id: str | None = None) -> CommandStatus:
        return self.post_command(
            station, CommandRequest(kind=CommandKind.END, request_id=request_id)
        )

    def message(self, station: str, text: str, *, request_id: str | None = None) -> CommandStatus:
        return self.post_command(
            station, CommandRequest(kind=CommandKind.MESSAGE, text=text, request_id=request_id)
        )

    def lock(self, station: str, *, request_id: str | None = None) -> CommandStatus:
        return self.post_command(
            station, CommandRequest(kind=CommandKind.LOCK, request_id=request_id)
        )

    def unlock(self, station: str, *, request_id: str | None = None) -> CommandStatus:
        return self.post_command(
            station, CommandRequest(kind=CommandKind.UNLOCK, request_id=request_id)
        )

    def disable(
        self, station: str, reason: str | None = None, *, request_id: str | None = None
    ) -> CommandStatus:
        """Out of order: the session there ends and sign-in is refused until enabled."""
        return self.post_command(
            station, CommandRequest(kind=CommandKind.DISABLE, reason=reason, request_id=request_id)
        )

    def enable(self, station: str, *, request_id: str | None = None) -> CommandStatus:
        return self.post_command(
            station, CommandRequest(kind=CommandKind.ENABLE, request_id=request_id)
        )

    def sign_in_at(
        self, station: str, identifier: str, *, request_id: str | None = None
    ) -> CommandStatus:
        """Sign the visitor in on this free station from the desk (no PIN: staff vouch).

        Refused with the kiosk's sign-in codes, or OFFLINE, STATION_DISABLED, STATION_IN_USE.
        """
        return self.post_command(
            station,
            CommandRequest(kind=CommandKind.SIGN_IN, identifier=identifier, request_id=request_id),
        )
