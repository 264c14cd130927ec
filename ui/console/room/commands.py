"""The commands this console sent, from the click until the station acknowledges them.

The server lists every station's unacknowledged commands (``StationStatus.pending``), so any
console shows them. This tracker adds what only the sender knows: a command on its way to the
server (shown as pending at once), and what became of its own commands once they leave the
pending list — applied, or failed on the station (an error shown once on the tile).

No Qt here: the room calls :meth:`update` with each server snapshot and asks the server about
the commands :meth:`update` returns, then reports with :meth:`resolved`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from kiosk.protocol.commands import CommandKind, CommandRequest, CommandStatus
from kiosk.protocol.room import StationStatus

#: How long a refused or failed command stays shown on its tile, unless acted on again.
ERROR_SECONDS = 120.0
#: A command still pending after this long is worth a look (the station may be stuck).
SLOW_SECONDS = 15.0


@dataclass
class SentCommand:
    station: str
    request: CommandRequest  # always with a request_id
    since: float
    command_id: int | None = None  # known once the server took it
    listed: bool = False  # seen in the station's pending list
    checking: bool = False  # its outcome is being asked

    @property
    def request_id(self) -> str:
        assert self.request.request_id is not None
        return self.request.request_id


@dataclass
class DeskError:
    """A refused command (``reason``: the sentence why, called again on a language switch) or
    one that failed on the station (``reason`` None)."""

    kind: CommandKind
    reason: Callable[[], str] | None
    at: float


class CommandTracker:
    def __init__(
        self, clock: Callable[[], float] = time.monotonic, error_seconds: float = ERROR_SECONDS
    ) -> None:
        self._clock = clock
        self._error_seconds = error_seconds
        self._sent: dict[str, SentCommand] = {}
        self._errors: dict[str, DeskError] = {}

    # --- what the console does ---------------------------------------------------------------

    def sending(self, station: str, request: CommandRequest) -> SentCommand:
        """A command leaves for the server: pending from now on; the station's old error goes."""
        if request.request_id is None:
            raise ValueError("a tracked command needs a request_id")
        self._errors.pop(station, None)
        sent = SentCommand(station, request, self._clock())
        self._sent[request.request_id] = sent
        return sent

    def accepted(self, request_id: str, status: CommandStatus) -> None:
        """The server stored the command (or had it already, for a request sent again)."""
        sent = self._sent.get(request_id)
        if sent is None:
            return
        sent.command_id = status.id
        if status.status != "pending":
            self.resolved(request_id, status)

    def refused(self, request_id: str, reason: Callable[[], str]) -> None:
        """The server refused the command: it is not pending, the tile shows why."""
        sent = self._sent.pop(request_id, None)
        if sent is not None:
            self._errors[sent.station] = DeskError(sent.request.kind, reason, self._clock())

    def resolved(self, request_id: str, status: CommandStatus) -> None:
        """What became of a command: applied (forgotten), failed (shown), pending (kept)."""
        sent = self._sent.get(request_id)
        if sent is None:
            return
        sent.checking = False
        if status.status == "pending":
            sent.listed = False
            return
        del self._sent[request_id]
        if status.status == "failed":
            self._errors[sent.station] = DeskError(sent.request.kind, None, self._clock())

    def check_failed(self, request_id: str) -> None:
        """Asking for the outcome failed (server unreachable): ask again on the next update."""
        sent = self._sent.get(request_id)
        if sent is not None:
            sent.checking = False

    def forget(self, request_id: str) -> None:
        """Stop following a command (its outcome cannot be known, or is shown elsewhere)."""
        self._sent.pop(request_id, None)

    # --- what the server reports -----------------------------------------------------------

    def update(self, stations: Iterable[StationStatus]) -> list[SentCommand]:
        """Take a snapshot; returns the sent commands that left their station's pending list
        (their outcome is to be asked once each)."""
        by_name = {s.name: s for s in stations}
        to_check: list[SentCommand] = []
        for request_id, sent in list(self._sent.items()):
            station = by_name.get(sent.station)
            if station is None:
                del self._sent[request_id]
                continue
            if sent.command_id is None:
                continue  # the server has not answered yet
            listed = any(c.id == sent.command_id for c in station.pending)
            if listed:
                sent.listed = True
            elif not sent.checking:
                sent.checking = True
                to_check.append(sent)
        return to_check

    # --- what a tile shows ---------------------------------------------------------------------

    def local_pending(self, station: StationStatus) -> list[SentCommand]:
        """Commands sent to this station that its server snapshot does not list yet."""
        listed_ids = {c.id for c in station.pending}
        listed_requests = {c.request_id for c in station.pending if c.request_id}
        return [
            sent
            for sent in self._sent.values()
            if sent.station == station.name
            and sent.command_id not in listed_ids
            and sent.request_id not in listed_requests
        ]

    def error(self, station: str) -> DeskError | None:
        error = self._errors.get(station)
        if error is not None and self._clock() - error.at > self._error_seconds:
            del self._errors[station]
            return None
        return error
