"""What the station raises on purpose when it refuses a call, in a module that loads nothing.

The agent, the enforcer, the launcher and the offline desk raise these; the visitor's screen
raises them again from the socket (kiosk.screen_wire) without loading any of those modules.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from kiosk.protocol.enums import ErrorCode
from kiosk.protocol.http import ApiError


class SessionError(RuntimeError):
    """The session's state machine was misused (kiosk/session.py)."""


class SessionAlreadyRunning(SessionError):
    """A session (or maintenance) is running already."""


class AgentStopped(RuntimeError):
    pass


class NotPermitted(RuntimeError):
    pass


class LaunchReason(StrEnum):
    NO_COMMAND = "no_command"  # the app has no command for this platform
    NOT_FOUND = "not_found"  # its executable is not on this station
    FAILED = "failed"  # the system refused to start it


class LaunchError(RuntimeError):
    """An app could not be started; ``reason`` says why, the message says which app."""

    def __init__(self, app_id: str, reason: LaunchReason, detail: str) -> None:
        super().__init__(f"cannot launch app {app_id!r}: {detail}")
        self.app_id = app_id
        self.reason = reason


class OfflineRefused(ApiError):
    """The station, not the server, refused an offline sign-in."""

    def __init__(
        self, code: ErrorCode, message: str, details: dict[str, Any] | None = None
    ) -> None:
        status = 429 if code == ErrorCode.LOCKED_OUT else 403  # as the server would answer
        super().__init__(code, message, status, details)
