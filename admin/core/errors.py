"""Domain errors of the central server.

EpnError
 ├── StoreError       environment: the database cannot be opened, is locked, or the disk is
 │                    full; retry later, tell the operator
 └── Refused          the request was understood and refused; carries an ErrorCode that the
      │               API returns with a 4xx status and the CLI prints on one line
      └── Duplicate   a name that must be unique is taken (site, station, visitor, staff)

Anything else raised by the server is a bug: logged with its traceback, answered with a 500.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kiosk.protocol.errors import ErrorCode


class EpnError(Exception):
    pass


class StoreError(EpnError):
    pass


class Refused(EpnError):
    def __init__(self, code: ErrorCode, message: str, details: dict[str, Any] | None = None):
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
        self.details = details or {}


class Duplicate(Refused):
    def __init__(self, what: str, name: str) -> None:
        super().__init__(
            ErrorCode.INVALID_REQUEST, f"{what} {name!r} already exists", {"name": name}
        )


def problem_text(error: Mapping[str, Any]) -> str:
    """One pydantic error as a short sentence for people ('at most 200 characters').

    A text whose characters are checked too (kiosk.protocol's text rules) has its length
    checked after them, and pydantic then says "should have at most N items after
    validation": said plainly here.
    """
    context = error.get("ctx")
    if error.get("type") == "too_long" and isinstance(error.get("input"), str) and context:
        return f"at most {context.get('max_length')} characters"
    message = str(error.get("msg", ""))
    return message[:1].lower() + message[1:]
