"""The mark of the city's public digital spaces, drawn from SVG at any size (no file to package)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

# A public screen with a small city skyline, on the city's yellow.
LOGO_SVG = b"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
  <rect x="2" y="2" width="60" height="60" rx="14" fill="#ffd100"/>
  <rect x="10" y="12" width="44" height="31" rx="4" fill="#0b3d91"/>
  <g fill="#ffffff">
    <rect x="15" y="30" width="6" height="9"/>
    <rect x="22" y="25" width="6" height="14"/>
    <polygon points="29,39 29,24 32,16 35,24 35,39"/>
    <rect x="36" y="27" width="6" height="12"/>
    <rect x="43" y="32" width="6" height="7"/>
  </g>
  <rect x="29" y="43" width="6" height="6" fill="#0b3d91"/>
  <rect x="20" y="49" width="24" height="4" rx="2" fill="#0b3d91"/>
</svg>"""


def logo_pixmap(size: int, device_pixel_ratio: float = 1.0) -> QPixmap:
    """The logo as a square pixmap of ``size`` logical pixels, sharp on high-density screens."""
    pixels = max(1, round(size * device_pixel_ratio))
    pixmap = QPixmap(pixels, pixels)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    QSvgRenderer(QByteArray(LOGO_SVG)).render(painter)
    painter.end()
    pixmap.setDevicePixelRatio(device_pixel_ratio)
    return pixmap
