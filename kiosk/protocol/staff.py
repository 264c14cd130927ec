"""Staff members: their logins (console, the kiosk's staff panel), passwords, PINs, accounts."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from kiosk.protocol.limits import MIN_PASSWORD_LENGTH, PIN_PATTERN
from kiosk.protocol.station_staff import StaffInfo as StaffInfo
from kiosk.protocol.station_staff import StationStaffAction as StationStaffAction
from kiosk.protocol.station_staff import StationStaffDone as StationStaffDone
from kiosk.protocol.station_staff import StationStaffKind as StationStaffKind
from kiosk.protocol.station_staff import StationStaffLogin as StationStaffLogin
from kiosk.protocol.station_staff import StationStaffLoginRequest as StationStaffLoginRequest
from kiosk.protocol.station_staff import StationStaffLogout as StationStaffLogout

# --- logins and accounts --------------------------------------------------------------------------


class LoginRequest(BaseModel):
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=256)


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
    role: Literal["admin", "staff", "teacher"]
    sites: list[str] = Field(default_factory=list)
    created_at: str


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
