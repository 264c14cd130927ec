"""Staff members: their logins (console, the kiosk's staff panel), passwords, PINs, accounts."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, Field

from kiosk.protocol.commands import CommandStatus
from kiosk.protocol.limits import MAX_EXTEND_MINUTES, MIN_PASSWORD_LENGTH, PIN_PATTERN

# --- logins and accounts --------------------------------------------------------------------------


class LoginRequest(BaseModel):
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=256)


class StaffInfo(BaseModel):
    username: str
    role: Literal["admin", "staff"]
    site_ids: list[int]


class LoginResponse(BaseModel):
    token: str
    expires_at: str
    staff: StaffInfo


class PasswordChange(BaseModel):
    old_password: str = Field(min_length=1, max_length=256)
    new_password: str = Field(min_length=MIN_PASSWORD_LENGTH, max_length=256)


class PasswordReset(BaseModel):
    """An admin sets another staff member's password; all their tokens are revoked."""

    new_password: str = Field(min_length=MIN_PASSWORD_LENGTH, max_length=256)


class PasswordChanged(BaseModel):
    username: str
    tokens_revoked: int


class StaffAccount(BaseModel):
    username: str
    role: Literal["admin", "staff"]
    sites: list[str] = Field(default_factory=list)
    created_at: str


# --- staff at a station (kiosk staff panel) -------------------------------------------------------


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


class StationStaffKind(StrEnum):
    """What staff do from the kiosk's staff panel."""

    EXTEND = "extend"  # minutes: queued as a staff command, applied like the console's
    END = "end"  # queued as a staff command
    MAINTENANCE = "maintenance"  # minutes: the desktop is unlocked (no session may run)
    QUIT = "quit"  # the kiosk program is stopped for maintenance


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


class StaffPinChange(BaseModel):
    """A member sets (or, with ``pin`` None, clears) their own PIN; their password confirms."""

    password: str = Field(min_length=1, max_length=256)
    pin: str | None = Field(default=None, pattern=PIN_PATTERN)


class StaffPinReset(BaseModel):
    """An admin sets (or, with ``pin`` None, clears) another member's PIN."""

    pin: str | None = Field(default=None, pattern=PIN_PATTERN)


class StaffPinSet(BaseModel):
    username: str
    has_pin: bool
