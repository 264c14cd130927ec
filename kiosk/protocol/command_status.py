"""What a staff command is and where it stands: the kinds, and the status staff follow.

Apart from :mod:`kiosk.protocol.commands` (requests, the station's long-poll) so that the
station's screen, which only reads the status of the command a staff action queued
(:class:`kiosk.protocol.station_staff.StationStaffDone`), does not build every command model.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

from kiosk.protocol.enums import CommandKind as CommandKind


class CommandStatus(BaseModel):
    id: int
    station: str
    kind: CommandKind
    minutes: int | None = None
    status: Literal["pending", "applied", "failed"]
    created_at: str
    seconds: int | None = None
    text: str | None = None
    reason: str | None = None
    request_id: str | None = None
    identifier: str | None = None
    after_hours: bool = False
    #: extend or set_time cut at closing time: the closing instant (ISO 8601, UTC) the session
    #: now ends at; the command is then a set_time of the seconds left until it.
    clipped_to: str | None = None
    #: The site's timezone, to show ``clipped_to`` at the site's clock.
    timezone: str | None = None
