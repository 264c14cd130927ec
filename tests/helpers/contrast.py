"""Contrast as WCAG 2 computes it, from colours or from the pixels of a rendered widget."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget

from ui.checks.pixels import contrast


def ratio(one: QColor | str, other: QColor | str) -> float:
    """WCAG 2 contrast of two colours (ui.checks.pixels computes it)."""
    return contrast(QColor(one).rgb() & 0xFFFFFF, QColor(other).rgb() & 0xFFFFFF)


def text_contrast(window: QWidget, widget: QWidget) -> float:
    """The contrast of ``widget``'s text with its background, in ``window`` as rendered.

    The background is the commonest colour of the widget's area, the text the colour that
    differs most from it (the core of the glyphs, where antialiasing does not blend).
    """
    image: QImage = window.grab().toImage()
    ratio_ = image.devicePixelRatio()
    top_left = widget.mapTo(window, QPoint(0, 0))
    counts: Counter[int] = Counter()
    for y in range(widget.height()):
        for x in range(widget.width()):
            px, py = round((top_left.x() + x) * ratio_), round((top_left.y() + y) * ratio_)
            if 0 <= px < image.width() and 0 <= py < image.height():
                counts[image.pixel(px, py)] += 1
    if not counts:
        return 0.0
    background = QColor.fromRgb(counts.most_common(1)[0][0])
    return max(ratio(background, QColor.fromRgb(rgb)) for rgb in counts)
