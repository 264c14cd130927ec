"""The errors a screen's call may raise, as they cross the socket and come back the same.

The service turns what a method of the agent raised into the fields of a ``WireError``
(:func:`to_wire`); the screen raises it again as the same class (:func:`from_wire`), so that
the screens handle one set of errors whether the agent runs in-process or in the service::

    Exception
     ├── protocol.ClientError
     │    ├── ServerUnreachable
     │    │    └── ServiceUnavailable   the screen cannot reach the station service
     │    └── ApiError                  the server's refusal (code, message, status, details)
     │         └── OfflineRefused       the station's own refusal while offline
     ├── SessionAlreadyRunning          a session (or maintenance) is running
     ├── AgentStopped                   the station is stopping
     ├── NotPermitted                   the app is not in the session's catalogue
     ├── LaunchError                    the app could not be started (its reason kept)
     ├── ScreenRefused (RuntimeError)   refused by the station (no session to lock, ...)
     └── ValueError                     the call itself was malformed (a bug of the screen)

Anything else is a bug of the service: logged there with its traceback, it reaches the screen as
a :class:`ScreenRefused` that says only "internal error".
"""

from __future__ import annotations

from typing import Any

from kiosk.protocol.enums import ErrorCode
from kiosk.protocol.http import ApiError, ServerUnreachable
from kiosk.refusals import (
    AgentStopped,
    LaunchError,
    LaunchReason,
    NotPermitted,
    OfflineRefused,
    SessionAlreadyRunning,
)


class ServiceUnavailable(ServerUnreachable):
    """The station service does not answer (not running, restarting, or the socket is gone)."""


class ScreenRefused(RuntimeError):
    """The station refused the call for a reason of its own (the message says which)."""


#: Raised by a call as is: the kinds the screen knows (anything else is a bug of the service).
_SIMPLE: tuple[tuple[str, type[Exception]], ...] = (
    ("service_unavailable", ServiceUnavailable),
    ("unreachable", ServerUnreachable),
    ("already_running", SessionAlreadyRunning),
    ("stopped", AgentStopped),
    ("not_permitted", NotPermitted),
    ("invalid", ValueError),
)


def is_expected(exc: BaseException) -> bool:
    """An error the station raises on purpose (the others are bugs, logged with a traceback)."""
    return isinstance(
        exc, ApiError | ServerUnreachable | LaunchError | ScreenRefused | ValueError
    ) or any(isinstance(exc, cls) for _, cls in _SIMPLE)


def to_wire(exc: BaseException) -> dict[str, Any]:
    """What the screen is told of ``exc`` (raised by the agent during a call): a
    :class:`WireError`'s fields, as plain data (checked when the reply is written)."""
    if isinstance(exc, ApiError):
        return dict(
            kind="offline_refused" if isinstance(exc, OfflineRefused) else "api",
            message=exc.message,
            code=str(exc.code),
            status=exc.status,
            details=dict(exc.details),
        )
    if isinstance(exc, LaunchError):
        return dict(
            kind="launch",
            message=str(exc),
            details={"app_id": exc.app_id, "reason": str(exc.reason)},
        )
    for kind, cls in _SIMPLE:
        if isinstance(exc, cls):
            return dict(kind=kind, message=str(exc))
    if isinstance(exc, RuntimeError):
        return dict(kind="refused", message=str(exc))
    return dict(kind="refused", message="internal error of the station service")


def from_wire(error: Any) -> Exception:
    """The exception the screen raises for ``error``: a :class:`WireError`, or the screen's
    read-only copy of one (kiosk/protocol/lite.py)."""
    if error.kind in ("api", "offline_refused"):
        try:
            code = ErrorCode(error.code or "")
        except ValueError:
            code = ErrorCode.INVALID_REQUEST
        if error.kind == "offline_refused":
            return OfflineRefused(code, error.message, error.details)
        return ApiError(code, error.message, error.status or 400, error.details)
    if error.kind == "launch":
        try:
            reason = LaunchReason(str(error.details.get("reason")))
        except ValueError:
            reason = LaunchReason.FAILED
        launch = LaunchError(str(error.details.get("app_id", "")), reason, error.message)
        launch.args = (error.message,)
        return launch
    for kind, cls in _SIMPLE:
        if error.kind == kind:
            return cls(error.message)
    return ScreenRefused(error.message)
