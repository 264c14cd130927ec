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
from kiosk.protocol.error_details import wrong_pin_details as wrong_pin_details


class ApiErrorBody(BaseModel):
    code: ErrorCode
    message: str
    details: dict[str, Any] = Field(default_factory=dict)


class ApiErrorEnvelope(BaseModel):
    error: ApiErrorBody
