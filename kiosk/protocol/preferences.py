"""A visitor's reading preferences: language, text size and high contrast.

Kept per visitor on the server and applied at their next sign-in on any station. One model
validates them for every entry point: the sign-in request (what was chosen on the lock screen),
the station's ``preferences_changed`` event, the sign-in answer and the screen's socket.
A field left None is not set: the sign-in keeps what the server holds for it.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, StrictBool, WithJsonSchema

from kiosk.protocol.limits import PREFERRED_LANGUAGES as PREFERRED_LANGUAGES
from kiosk.protocol.limits import TEXT_SIZES as TEXT_SIZES

Language = Literal["fr", "nl", "en"]


def _text_size(value: float) -> float:
    if value not in TEXT_SIZES:
        raise ValueError(f"text size must be one of {', '.join(f'{s:g}' for s in TEXT_SIZES)}")
    return float(value)


#: One of TEXT_SIZES; its schema lists them (the screen checks them without pydantic).
TextSize = Annotated[
    float,
    AfterValidator(_text_size),
    WithJsonSchema({"type": "number", "enum": list(TEXT_SIZES)}),
]


class VisitorPreferences(BaseModel):
    """What the visitor chose; None: not chosen (the defaults, or what is kept, apply)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    language: Language | None = None
    text_size: TextSize | None = None
    contrast: StrictBool | None = None

    def over(self, kept: VisitorPreferences) -> VisitorPreferences:
        """These choices, and ``kept``'s where these choose nothing."""
        return VisitorPreferences(
            language=self.language if self.language is not None else kept.language,
            text_size=self.text_size if self.text_size is not None else kept.text_size,
            contrast=self.contrast if self.contrast is not None else kept.contrast,
        )

    def is_empty(self) -> bool:
        return self.language is None and self.text_size is None and self.contrast is None
