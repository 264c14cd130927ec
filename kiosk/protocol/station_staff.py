"""Staff at a station: the kiosk's staff panel (sign-in, extend, end, maintenance, quit).

The station's screen uses these; the console's logins and accounts, which share
:class:`StaffInfo`, are in :mod:`kiosk.protocol.staff`.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from kiosk.protocol.command_status import CommandStatus
from kiosk.protocol.enums import StationStaffKind as StationStaffKind
from kiosk.protocol.limits import MAX_EXTEND_MINUTES


class StaffInfo(BaseModel):
    username: str
    role: Literal["admin", "staff", "teacher"]
    site_ids: list[int]


class StationStaffLoginRequest(BaseModel):
    """A staff member's username and their password or station PIN, typed at the kiosk."""

    username: str = Field(min_length=1, max_length=64)
    secret: str = Field(min_length=1, max_length=256)


class StationStaffLogin(BaseModel):
    """A login valid on this station only, until ``expires_at``."""

    token: str
    expires_at: str
    staff: StaffInfo
    station: str


class StationStaffAction(BaseModel):
    token: str = Field(min_length=1, max_length=256)
    kind: StationStaffKind
    minutes: int | None = Field(default=None, ge=1, le=MAX_EXTEND_MINUTES)
    #: Chosen by the station: the same id returns the first command (extend and end).
    request_id: str | None = Field(default=None, min_length=1, max_length=64)


class StationStaffDone(BaseModel):
    kind: StationStaffKind
    staff: str
    station: str
    #: The queued command (extend, end); None for maintenance and quit.
    command: CommandStatus | None = None


class StationStaffLogout(BaseModel):
    token: str = Field(min_length=1, max_length=256)
