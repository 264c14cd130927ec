"""The little shape of each station state, so that a state never rests on colour alone; and
the warning mark of a station with an alert (a filled triangle with an exclamation mark)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from kiosk.protocol.room import StationState

_ICONS: dict[tuple[StationState, str], QIcon] = {}
_ALERT_ICONS: dict[str, QIcon] = {}
#: A station with an alert (kiosk.protocol.station.StationAlert, a refused enrolment).
ALERT_COLOUR = "#b3261e"


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


def paint_alert_mark(painter: QPainter, rect: QRectF, colour: QColor) -> None:
    """A filled warning triangle with a white exclamation mark: the station needs IT."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    r = rect.adjusted(0.5, 0.5, -0.5, -0.5)
    path = QPainterPath(QPointF(r.center().x(), r.top()))
    path.lineTo(r.bottomRight())
    path.lineTo(r.bottomLeft())
    path.closeSubpath()
    painter.setPen(QPen(colour, 1.2))
    painter.setBrush(colour)
    painter.drawPath(path)
    middle = r.center().x()
    painter.setPen(QPen(QColor("#ffffff"), max(1.4, r.width() / 8), Qt.PenStyle.SolidLine))
    painter.drawLine(
        QPointF(middle, r.top() + r.height() * 0.35), QPointF(middle, r.top() + r.height() * 0.68)
    )
    painter.drawPoint(QPointF(middle, r.top() + r.height() * 0.84))
    painter.restore()


def alert_icon(colour: str = ALERT_COLOUR, size: int = 16) -> QIcon:
    """The warning mark as an icon (the list's computer column); made once per colour."""
    icon = _ALERT_ICONS.get(colour)
    if icon is None:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        paint_alert_mark(painter, QRectF(0, 0, size, size), QColor(colour))
        painter.end()
        icon = _ALERT_ICONS[colour] = QIcon(pixmap)
    return icon
