"""QR codes of ticket codes: the module matrix from :mod:`qrcode`, drawn as filled rects.

The kiosk's card field takes a barcode scanner, which types what the QR code holds: the ticket
code alone. Error correction M survives a crumpled corner; the quiet zone is the standard 4
modules, so scanners find the code even next to the printed text.
"""

from __future__ import annotations

import qrcode
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath
from qrcode.constants import ERROR_CORRECT_M

QUIET_ZONE = 4

Matrix = list[list[bool]]


def qr_matrix(text: str) -> Matrix:
    """The dark (True) and light modules of ``text``'s QR code, quiet zone included."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=QUIET_ZONE)
    code.add_data(text)
    code.make(fit=True)
    return [[bool(cell) for cell in row] for row in code.get_matrix()]


def draw_qr(painter: QPainter, rect: QRectF, matrix: Matrix) -> None:
    """Draw ``matrix`` as a square centred in ``rect``: white ground, dark modules.

    The dark runs of each row are joined into one path filled at once, so no hairline seams
    show between neighbouring modules in a PDF viewer or on paper.
    """
    count = len(matrix)
    side = min(rect.width(), rect.height())
    module = side / count
    left = rect.x() + (rect.width() - side) / 2
    top = rect.y() + (rect.height() - side) / 2
    painter.save()
    painter.fillRect(QRectF(left, top, side, side), QColor("white"))
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    for y, row in enumerate(matrix):
        x = 0
        while x < count:
            if not row[x]:
                x += 1
                continue
            start = x
            while x < count and row[x]:
                x += 1
            path.addRect(
                QRectF(left + start * module, top + y * module, (x - start) * module, module)
            )
    painter.fillPath(path, QColor("black"))
    painter.restore()
