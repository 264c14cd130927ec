"""The room as tiles: one card per computer, in a grid that reflows with the window's width.

The tiles are a QListView in icon mode over the same filtered model as the compact list, with
the same selection model: Ctrl/Shift-click, Ctrl+A, the arrow keys and a rubber band select as
in any list. A delegate paints each tile: the computer's name, its state (colour, icon AND
word), the visitor, the time left, the app in use and the notes (errors, the station's alerts,
pending commands, warnings). A station with an alert shows the warning mark before its name.
A computer whose visitor called the desk is lit: a violet border and tint, and a violet band
saying so and how long they have waited ("Calls the desk · 3 min"), not the colour alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from kiosk.protocol.room import StationState, StationStatus
from ui.console.room import texts as room_text
from ui.console.room.icons import ALERT_COLOUR, paint_alert_mark, paint_state_icon
from ui.console.room.station_model import (
    DESK_CALL_COLOUR,
    DESK_CALL_ROLE,
    LOW_TIME_COLOUR,
    NOTES_ROLE,
    SECONDS_LEFT_ROLE,
    STATE_COLOURS,
    STATION_ROLE,
    Note,
    NoteKind,
    has_alert,
)
from ui.painted_text import PaintedText, TextRecorder
from ui.theme import BLUE, BLUE_DARK, INK, MUTED, PAPER, YELLOW_LIGHT

_Index = QModelIndex | QPersistentModelIndex

TILE_SIZE = QSize(236, 164)
#: A calling tile's tint (the band's white text on DESK_CALL_COLOUR reads at 7:1).
DESK_CALL_TINT = "#f3efff"
#: The band's height at the bottom of a calling tile.
DESK_CALL_BAND = 26
SPACING = 10
#: A held computer's line: teal, unlike the states' and the call's colours (7:1 on white).
HOLD_COLOUR = "#00574b"
_NOTE_COLOURS = {
    NoteKind.ERROR: "#b3261e",
    NoteKind.ALERT: ALERT_COLOUR,
    NoteKind.STATION_ERRORS: "#b3261e",
    NoteKind.PENDING: BLUE_DARK,
    NoteKind.OUT_OF_ORDER: "#b3261e",
    NoteKind.WARNING: "#8a4b00",
    NoteKind.DESK_CALL: DESK_CALL_COLOUR,
    NoteKind.HOLD: HOLD_COLOUR,
}
#: The pixel sizes tried in turn for the state word and the name until the name fits.
NAME_SIZES = ((12, 17), (11, 17), (11, 15), (11, 13))
#: Most notes a tile shows; the tooltip and the list have them all.
MAX_NOTES = 2


def paint_note_mark(painter: QPainter, rect: QRectF, kind: NoteKind, colour: QColor) -> None:
    """Before each note: a triangle (warning), a clock (pending), a calendar page (held), a
    filled circle (error, the station's recent errors), a filled triangle (alert)."""
    if kind == NoteKind.ALERT:
        paint_alert_mark(painter, rect, colour)
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour, 1.6))
    r = rect.adjusted(1, 1, -1, -1)
    if kind in (NoteKind.WARNING, NoteKind.OUT_OF_ORDER):
        path = QPainterPath(QPointF(r.center().x(), r.top()))
        path.lineTo(r.bottomRight())
        path.lineTo(r.bottomLeft())
        path.closeSubpath()
        painter.drawPath(path)
    elif kind == NoteKind.HOLD:  # a calendar page: booked
        painter.drawRoundedRect(r, 1.5, 1.5)
        painter.setBrush(colour)
        painter.drawRect(QRectF(r.left(), r.top(), r.width(), 3))
    elif kind == NoteKind.PENDING:
        painter.drawEllipse(r)
        c = r.center()
        painter.drawLine(c, QPointF(c.x(), r.top() + 2))
        painter.drawLine(c, QPointF(r.right() - 2, c.y()))
    else:
        painter.setBrush(colour)
        painter.drawEllipse(r)
        painter.setPen(QPen(QColor(PAPER), 1.6))
        middle = r.center().x()
        painter.drawLine(QPointF(middle, r.top() + 2), QPointF(middle, r.center().y() + 1))
        painter.drawPoint(QPointF(middle, r.bottom() - 2))
    painter.restore()


def _words(text: str) -> list[str]:
    """The words of ``text`` between ordinary spaces (str.split would cut at no-break ones)."""
    return [word for word in re.split(r"[ \t\n]+", text) if word]


def wrap_lines(text: str, metrics: QFontMetrics, width: int, most: int) -> list[str]:
    """``text`` cut at word boundaries into at most ``most`` lines; the last one elided. A
    no-break space holds its words together ("12\u00a0h")."""
    words = _words(text)
    lines: list[str] = []
    current = ""
    for position, word in enumerate(words):
        candidate = f"{current} {word}".strip()
        if metrics.horizontalAdvance(candidate) <= width or not current:
            current = candidate
            continue
        if len(lines) == most - 1:
            rest = " ".join([current, *words[position:]])
            return [*lines, metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)]
        lines.append(current)
        current = word
    lines.append(metrics.elidedText(current, Qt.TextElideMode.ElideRight, width))
    return lines


def wrapped(text: str, lines: list[str]) -> list[tuple[str, str]]:
    """Each line with what it stands for: itself, or the whole text where it was cut."""
    if " ".join(lines) == " ".join(_words(text)):
        return [(line, line) for line in lines]
    return [*((line, line) for line in lines[:-1]), (lines[-1], text)]


@dataclass(frozen=True)
class Header:
    """A tile's first line: the name as drawn, and the state badge on its right."""

    name: str
    name_font: QFont
    name_rect: QRect
    state_word: str
    state_font: QFont
    badge: QRectF


def inner_rect(card: QRect) -> QRect:
    """Where a card's text goes: inside the stripe on the left and the margins."""
    return card.adjusted(16, 8, -10, -8)


def card_rect(cell: QRect) -> QRect:
    """The card drawn in a grid cell."""
    return cell.adjusted(2, 2, -2, -2)


def header_layout(name: str, state_word: str, base: QFont, inner: QRect, alert: bool) -> Header:
    """Room for the whole name first: long state words (Dutch "Buiten gebruik") take a smaller
    badge font, then the name a smaller font; only a name too long even then is elided."""
    name_x = inner.left() + (24 if alert else 0)
    for state_px, name_px in NAME_SIZES:
        state_font = QFont(base)
        state_font.setPixelSize(state_px)
        state_font.setBold(True)
        badge_width = QFontMetrics(state_font).horizontalAdvance(state_word) + 30
        badge = QRectF(inner.right() - badge_width, inner.top(), badge_width, 22)
        name_font = QFont(base)
        name_font.setPixelSize(name_px)
        name_font.setBold(True)
        name_width = int(badge.left() - name_x - 6)
        if QFontMetrics(name_font).horizontalAdvance(name) <= name_width:
            break
    shown = QFontMetrics(name_font).elidedText(name, Qt.TextElideMode.ElideRight, name_width)
    return Header(
        name=shown,
        name_font=name_font,
        name_rect=QRect(name_x, inner.top(), name_width, 22),
        state_word=state_word,
        state_font=state_font,
        badge=badge,
    )


class TileDelegate(QStyledItemDelegate):
    """Paints one station as a card; selection is a thick border, a tint and a check mark."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: the texts of the last tile painted (ui/painted_text.py)
        self.texts = TextRecorder()

    def tile_texts(self, option: QStyleOptionViewItem, index: _Index) -> list[PaintedText]:
        """The texts one tile paints, where and in which font (painted on a scratch image)."""
        scratch = QImage(1, 1, QImage.Format.Format_ARGB32)
        painter = QPainter(scratch)
        self.paint(painter, option, index)
        painter.end()
        return self.texts.drawn

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        return QSize(TILE_SIZE)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        station = index.data(STATION_ROLE)
        if not isinstance(station, StationStatus):
            return
        seconds_left = index.data(SECONDS_LEFT_ROLE)
        waited = index.data(DESK_CALL_ROLE)
        calling = isinstance(waited, int)
        # the call has its own band below; the other notes above it
        notes: list[Note] = [
            n for n in index.data(NOTES_ROLE) or [] if n.kind != NoteKind.DESK_CALL
        ]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)  # type: ignore[attr-defined]
        rect = card_rect(option.rect)  # type: ignore[attr-defined]
        colour = QColor(STATE_COLOURS[station.state])
        base = QFont(option.font)  # type: ignore[attr-defined]
        draw = self.texts.draw

        self.texts.start()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # the card
        border = DESK_CALL_COLOUR if calling else BLUE if selected else "#c4c9d4"
        painter.setPen(QPen(QColor(border), 3 if selected or calling else 1))
        painter.setBrush(QColor(YELLOW_LIGHT if selected else DESK_CALL_TINT if calling else PAPER))
        painter.drawRoundedRect(QRectF(rect), 8, 8)
        stripe = QRectF(rect.left() + 1, rect.top() + 1, 7, rect.height() - 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(stripe, 3, 3)
        if focused:
            painter.setPen(QPen(QColor(INK), 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(rect.adjusted(4, 4, -4, -4)), 6, 6)

        inner = inner_rect(rect)
        x, y, width = inner.left(), inner.top(), inner.width()

        # line 1: the name, and the state (icon and word) on the right
        header = header_layout(
            station.name, room_text.state_text(station.state), base, inner, has_alert(station)
        )
        badge = header.badge
        painter.setPen(QPen(colour, 1.2))
        painter.setBrush(QColor(PAPER))
        painter.drawRoundedRect(badge, 11, 11)
        paint_state_icon(
            painter, QRectF(badge.left() + 6, badge.top() + 4, 14, 14), station.state, colour
        )
        painter.setFont(header.state_font)
        painter.setPen(colour)
        draw(
            painter,
            badge.adjusted(24, 0, -6, 0),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            header.state_word,
        )
        painter.setFont(header.name_font)
        painter.setPen(QColor(INK))
        if has_alert(station):  # the warning state: the mark before the name, then the notes
            paint_alert_mark(painter, QRectF(x, y + 2, 18, 17), QColor(ALERT_COLOUR))
        draw(
            painter,
            header.name_rect,
            Qt.AlignmentFlag.AlignVCenter,
            header.name,
            station.name,
        )
        if selected:
            check = QRectF(rect.right() - 20, rect.bottom() - 20, 14, 14)
            painter.setPen(QPen(QColor(BLUE), 2.4))
            painter.drawLine(
                check.bottomLeft() + QPointF(0, -6), check.bottomLeft() + QPointF(5, 0)
            )
            painter.drawLine(check.bottomLeft() + QPointF(5, 0), check.topRight())
        y += 28

        text_font = QFont(base)
        text_font.setPixelSize(14)
        metrics = QFontMetrics(text_font)
        if room_text.has_session(station):
            # line 2: the visitor; line 3: the time left, big; line 4: the app in use
            painter.setFont(text_font)
            painter.setPen(QColor(INK))
            whole = room_text.visitor_text(station)
            visitor = metrics.elidedText(whole, Qt.TextElideMode.ElideRight, width)
            draw(painter, QRect(x, y, width, 20), Qt.AlignmentFlag.AlignVCenter, visitor, whole)
            y += 20
            if seconds_left is not None:
                low = seconds_left < room_text.LOW_SECONDS
                time_font = QFont(base)
                time_font.setPixelSize(24)
                time_font.setBold(low)
                painter.setFont(time_font)
                painter.setPen(QColor(LOW_TIME_COLOUR if low else INK))
                left_text = room_text.time_left_text(seconds_left)
                draw(painter, QRect(x, y, width, 30), Qt.AlignmentFlag.AlignVCenter, left_text)
                small = QFont(base)
                small.setPixelSize(12)
                painter.setFont(small)
                painter.setPen(QColor(MUTED))
                advance = QFontMetrics(time_font).horizontalAdvance(left_text) + 6
                draw(
                    painter,
                    QRect(x + advance, y, width - advance, 30),
                    Qt.AlignmentFlag.AlignVCenter,
                    self.tr("left"),
                )
            y += 30
            if room_text.app_text(station):
                painter.setFont(text_font)
                painter.setPen(QColor(MUTED))
                whole_app = room_text.app_text(station)
                app = metrics.elidedText(whole_app, Qt.TextElideMode.ElideRight, width)
                draw(
                    painter,
                    QRect(x, y, width, 18),
                    Qt.AlignmentFlag.AlignVCenter,
                    app,
                    whole_app,
                )
            y += 20
        else:
            painter.setFont(text_font)
            painter.setPen(QColor(MUTED))
            # two lines at most: longer sentences (French, Dutch) wrap, then end in "…"
            idle = self._idle_text(station)
            for line, whole in wrapped(idle, wrap_lines(idle, metrics, width, 2)):
                draw(painter, QRect(x, y, width, 20), Qt.AlignmentFlag.AlignVCenter, line, whole)
                y += 20
            y += 6

        # the notes, as many as fit
        note_font = QFont(base)
        note_font.setPixelSize(12)
        note_metrics = QFontMetrics(note_font)
        painter.setFont(note_font)
        bottom = inner.bottom() - (DESK_CALL_BAND + 2 if calling else 0)
        if calling:
            self._paint_call_band(painter, rect, base, int(waited), selected)
        shown = notes[:MAX_NOTES]
        hidden = len(notes) - len(shown)
        for position, note in enumerate(shown):
            if y + 16 > bottom + 1:
                break
            note_colour = QColor(_NOTE_COLOURS[note.kind])
            paint_note_mark(painter, QRectF(x, y + 2, 12, 12), note.kind, note_colour)
            painter.setPen(note_colour)
            note_font.setBold(
                note.kind in (NoteKind.ERROR, NoteKind.ALERT, NoteKind.STATION_ERRORS)
            )
            painter.setFont(note_font)
            room = width - 18
            if position == len(shown) - 1 and hidden:
                more = self.tr("+%1 more").replace("%1", str(hidden))
                more_width = note_metrics.horizontalAdvance(more) + 6
                draw(
                    painter,
                    QRect(x + width - more_width, y, more_width, 16),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                    more,
                )
                room -= more_width
            metrics = QFontMetrics(note_font)
            most = {
                NoteKind.OUT_OF_ORDER: 3,
                NoteKind.ERROR: 3,
                NoteKind.ALERT: 4,
                NoteKind.WARNING: 2,  # "reported, not stopped" must not be cut off
                NoteKind.HOLD: 3,  # the label and the times
            }.get(note.kind, 1)
            most = max(1, min(most, (bottom - y + 1) // 15))
            for line, whole in wrapped(note.text, wrap_lines(note.text, metrics, room, most)):
                draw(
                    painter, QRect(x + 18, y, room, 16), Qt.AlignmentFlag.AlignVCenter, line, whole
                )
                y += 15
            y += 2
        painter.restore()

    def _paint_call_band(
        self, painter: QPainter, rect: QRect, base: QFont, waited: int, selected: bool
    ) -> None:
        """The violet band at the bottom: "Calls the desk · 3 min", in white, bold."""
        right = 24 if selected else 0  # the selection's check mark stays visible
        band = QRectF(
            rect.left() + 10,
            rect.bottom() - DESK_CALL_BAND - 4,
            rect.width() - 16 - right,
            DESK_CALL_BAND,
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(DESK_CALL_COLOUR))
        painter.drawRoundedRect(band, 6, 6)
        font = QFont(base)
        font.setPixelSize(13)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        inside = band.adjusted(8, 0, -6, 0).toRect()
        text = QFontMetrics(font).elidedText(
            room_text.desk_call_text(waited), Qt.TextElideMode.ElideRight, inside.width()
        )
        painter.drawText(inside, int(Qt.AlignmentFlag.AlignVCenter), text)

    def _idle_text(self, station: StationStatus) -> str:
        if station.state == StationState.FREE and station.hold is not None:
            return ""  # held: its note says for what and until when
        if station.state == StationState.FREE:
            return self.tr("Ready for a visitor")
        if station.state == StationState.OUT_OF_ORDER:
            return self.tr("Nobody can sign in")
        if station.state == StationState.OFFLINE:
            seen = room_text.seen_at(station.last_seen_at)
            if seen:
                return self.tr("Not answering since %1").replace("%1", seen)
            return self.tr("Not answering")
        return ""


class TilesView(QListView):
    """The grid of tiles; it reflows when the window is resized."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RoomTiles")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setSpacing(SPACING // 2)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setItemDelegate(TileDelegate(self))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setMouseTracking(True)

    def visible_texts(self) -> list[PaintedText]:
        """The texts of the tiles in view, in the viewport's coordinates (ui/painted_text.py)."""
        delegate = self.itemDelegate()
        model = self.model()
        if not isinstance(delegate, TileDelegate) or model is None:
            return []
        area = self.viewport().rect()
        texts: list[PaintedText] = []
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            rect = self.visualRect(index)
            if rect.isEmpty() or not rect.intersects(area):
                continue
            option = QStyleOptionViewItem()
            self.initViewItemOption(option)
            option.rect = rect  # type: ignore[attr-defined]
            texts.extend(delegate.tile_texts(option, index))
        return texts
