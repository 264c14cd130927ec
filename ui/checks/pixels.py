"""Colours read from a rendered image, and WCAG's contrast between them."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


#: Each 8-bit channel value made linear once (the checks compare many pixels).
_LINEAR = [_channel(v) for v in range(256)]


def luminance(rgb: int) -> float:
    """WCAG 2 relative luminance of a 0xRRGGBB colour."""
    r, g, b = (rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF
    return 0.2126 * _LINEAR[r] + 0.7152 * _LINEAR[g] + 0.0722 * _LINEAR[b]


def contrast(first: int, second: int) -> float:
    """WCAG 2 contrast ratio, 1 to 21."""
    a, b = luminance(first), luminance(second)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


def hex_colour(rgb: int) -> str:
    return f"#{rgb & 0xFFFFFF:06x}"


class Pixels:
    """An image's pixels as 0xRRGGBB integers (alpha dropped: what the screen shows)."""

    def __init__(self, image: QImage) -> None:
        ratio = image.devicePixelRatio()
        self.ratio = ratio if ratio > 0 else 1.0
        image = image.convertToFormat(QImage.Format.Format_RGB32)
        self.width, self.height = image.width(), image.height()
        self.size = (int(self.width / self.ratio), int(self.height / self.ratio))
        self._stride = image.bytesPerLine() // 4
        self._data = memoryview(bytes(image.constBits())).cast("I")

    def colours(self, rect: QRect) -> Counter[int]:
        """How many pixels of each colour in ``rect`` (logical coordinates), within the image."""
        r = self.ratio
        left = max(0, int(rect.left() * r))
        top = max(0, int(rect.top() * r))
        right = min(self.width, int((rect.right() + 1) * r))
        bottom = min(self.height, int((rect.bottom() + 1) * r))
        counted: Counter[int] = Counter()
        if right <= left or bottom <= top:
            return counted
        for y in range(top, bottom):
            start = y * self._stride
            counted.update(self._data[start + left : start + right])
        return Counter({c & 0xFFFFFF: n for c, n in counted.items()})

    def row_band(self, rect: QRect) -> list[int]:
        """The pixels of ``rect``, row after row (to compare two drawings)."""
        r = self.ratio
        left, top = max(0, int(rect.left() * r)), max(0, int(rect.top() * r))
        right = min(self.width, int((rect.right() + 1) * r))
        bottom = min(self.height, int((rect.bottom() + 1) * r))
        out: list[int] = []
        for y in range(top, bottom):
            start = y * self._stride
            out.extend(self._data[start + left : start + right])
        return out

    def pixel(self, x: int, y: int) -> int:
        """The colour at (x, y), logical coordinates."""
        px = min(self.width - 1, int(x * self.ratio))
        py = min(self.height - 1, int(y * self.ratio))
        return self._data[py * self._stride + px] & 0xFFFFFF


def text_contrast(colours: Counter[int]) -> tuple[float, int, int] | None:
    """(ratio, text colour, background) of the text drawn over ``colours``: the background
    is the commonest colour, the text its most distant colour drawn by at least 2 pixels
    (a lone pixel is noise). 1:1 when nothing but the background is there: invisible text.
    None for an empty area."""
    if not colours:
        return None
    background, _ = colours.most_common(1)[0]
    best, ink = 1.0, background
    for colour, count in colours.items():
        if count < 2 or colour == background:
            continue
        ratio = contrast(colour, background)
        if ratio > best:
            best, ink = ratio, colour
    return best, ink, background
