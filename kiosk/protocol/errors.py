"""The error codes of the API and the body that carries them.

Errors on the wire are always ``{"error": {"code": ..., "message": ..., "details": ...}}``
with a 4xx status; the code is an :class:`ErrorCode`, the message is English text for logs and
scripts. Clients show their own translated sentence for the code, never the server's message.
What a client raises for such an answer is in :mod:`kiosk.protocol.http`.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from kiosk.protocol.enums import ErrorCode


class ApiErrorBody(BaseModel):
    code: ErrorCode
    message: str
    details: dict[str, Any] = Field(default_factory=dict)


class ApiErrorEnvelope(BaseModel):
    error: ApiErrorBody


def wrong_pin_details(
    tries_left: int, lock_seconds: int, retry_after_seconds: int = 0
) -> dict[str, int]:
    """``details`` of a BAD_CREDENTIALS refusal, from the server and from an offline station.

    ``tries_left``: wrong PINs this card still takes on this station before it is blocked for
    ``lock_seconds``; 0 when this one blocked it, then ``retry_after_seconds`` says for how long.
    """
    details = {"tries_left": max(0, tries_left), "lock_seconds": max(0, lock_seconds)}
    if retry_after_seconds > 0:
        details["retry_after_seconds"] = retry_after_seconds
    return details
