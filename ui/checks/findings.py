"""What a check found on a screen."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class Finding:
    """One defect: which check saw it, on which widget, which text, and what is wrong."""

    check: str  # contrast, layout, focus, language
    widget: str  # path of object names (or class names) from the window down
    text: str
    detail: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def __str__(self) -> str:
        return f"[{self.check}] {self.widget}: {self.text!r}: {self.detail}"
