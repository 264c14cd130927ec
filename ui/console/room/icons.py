"""The little shape of each station state, so that a state never rests on colour alone."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

from kiosk.protocol.room import StationState

_ICONS: dict[tuple[StationState, str], QIcon] = {}


def paint_state_icon(painter: QPainter, rect: QRectF, state: StationState, colour: QColor) -> None:
    """A small shape per state, so that the state never rests on colour alone."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(colour, max(1.5, rect.width() / 8))
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    r = rect.adjusted(2, 2, -2, -2)
    if state == StationState.FREE:  # an empty circle
        painter.drawEllipse(r)
    elif state == StationState.IN_USE:  # a full circle
        painter.setBrush(colour)
        painter.drawEllipse(r)
    elif state == StationState.LOCKED:  # a padlock
        body = QRectF(r.left(), r.center().y() - r.height() * 0.05, r.width(), r.height() * 0.55)
        painter.setBrush(colour)
        painter.drawRect(body)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        shackle = QRectF(r.left() + r.width() * 0.2, r.top(), r.width() * 0.6, r.height() * 0.8)
        painter.drawArc(shackle, 0, 180 * 16)
    elif state == StationState.OUT_OF_ORDER:  # a no-entry sign
        painter.drawEllipse(r)
        painter.drawLine(
            QPointF(r.left() + r.width() * 0.22, r.center().y()),
            QPointF(r.right() - r.width() * 0.22, r.center().y()),
        )
    else:  # offline: a crossed circle
        painter.drawEllipse(r)
        painter.drawLine(r.topLeft() + QPointF(2, 2), r.bottomRight() - QPointF(2, 2))
    painter.restore()


def state_icon(state: StationState, colour: str, size: int = 16) -> QIcon:
    """The state's shape as an icon (the list's state column); made once per state."""
    key = (state, colour)
    icon = _ICONS.get(key)
    if icon is None:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        paint_state_icon(painter, QRectF(0, 0, size, size), state, QColor(colour))
        painter.end()
        icon = _ICONS[key] = QIcon(pixmap)
    return icon
