"""How a widget that paints its own texts declares them, so the screen checks can read them.

A widget (or an item view whose delegate paints) with a custom paint routine has texts that no
QLabel holds; it declares them with a ``visible_texts()`` method returning what it painted:
each text as shown, the whole text it stands for (the same unless it was elided), where it
was drawn (the widget's coordinates) and in which font. ``ui/checks`` (tests and the
screenshot run) reads them to check their contrast, whether they fit, and their language.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter


@dataclass(frozen=True)
class PaintedText:
    """One text a widget painted: ``shown`` in ``rect`` with ``font``; ``full`` unelided."""

    shown: str
    rect: QRect
    font: QFont
    full: str = ""

    @property
    def whole(self) -> str:
        return self.full or self.shown

    def fits(self) -> bool:
        """The whole text was drawn, within its box."""
        if self.shown != self.whole:
            return False
        metrics = QFontMetrics(self.font)
        return (
            metrics.horizontalAdvance(self.shown) <= self.rect.width() + 1
            and metrics.height() <= self.rect.height() + 1
        )


@runtime_checkable
class PaintsTexts(Protocol):
    """A widget that paints texts of its own."""

    def visible_texts(self) -> list[PaintedText]: ...


class TextRecorder:
    """Draws texts for a paint routine and keeps them, for its widget's ``visible_texts()``:
    ``start()`` at the top of the paint routine, ``draw()`` instead of ``drawText()``."""

    def __init__(self) -> None:
        self.drawn: list[PaintedText] = []

    def start(self) -> None:
        self.drawn = []

    def draw(
        self,
        painter: QPainter,
        rect: QRect | QRectF,
        flags: int | Qt.AlignmentFlag,
        shown: str,
        full: str = "",
    ) -> None:
        painter.drawText(rect, int(flags), shown)
        where = painter.transform().mapRect(QRectF(rect)).toAlignedRect()
        self.drawn.append(PaintedText(shown, where, QFont(painter.font()), full))
