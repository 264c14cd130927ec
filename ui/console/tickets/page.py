"""The printed page of guest tickets: 2 × 5 tickets per A4 sheet, with cut lines.

One function, :func:`render_tickets`, paints on any paged device (the printer of the print
dialog, the preview's printer, a PDF writer); :func:`paint_page` paints one page on any
painter, which is how the tests look at a page as an image. Sizes are in millimetres, turned
into device pixels with the device's resolution.

The words on a ticket are in French, Dutch and English at once, whatever the console's
language: the visitor who receives it may read any of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPagedPaintDevice, QPageSize, QPainter, QPen

from kiosk.protocol.people import TicketInfo
from ui.console.tickets.qr import draw_qr, qr_matrix

COLUMNS = 2
ROWS = 5
PER_PAGE = COLUMNS * ROWS
PAGE_SIZE = QPageSize.PageSizeId.A4
MARGIN_MM = 10.0  # inside what every office printer can print
PADDING_MM = 3.0
QR_MM = 26.0

TAGLINE = "Ticket invité · Gastticket · Guest ticket"
HOW_TO = (
    "Tapez ou scannez ce code sur l'écran de connexion d'un ordinateur.",
    "Typ of scan deze code op het aanmeldscherm van een computer.",
    "Type or scan this code on a computer's sign-in screen.",
)
SINGLE_USE = "Une seule fois · Eenmalig · Single use"
VALIDITY = "Valable · Geldig · Valid"
DATE_FORMAT = "%d/%m/%Y"

SANS = ["DejaVu Sans", "Segoe UI", "Arial"]
MONO = ["DejaVu Sans Mono", "Consolas", "Courier New"]


@dataclass(frozen=True)
class PrintedTicket:
    site: str
    code: str
    minutes: int
    first_day: date
    last_day: date


def printed_ticket(ticket: TicketInfo, timezone: str) -> PrintedTicket:
    """What a ticket shows: its days of validity in the site's timezone (the end is exclusive)."""
    zone = ZoneInfo(timezone)
    starts = datetime.fromisoformat(ticket.valid_from).astimezone(zone)
    ends = datetime.fromisoformat(ticket.valid_to).astimezone(zone)
    return PrintedTicket(
        site=ticket.site,
        code=ticket.code,
        minutes=ticket.minutes,
        first_day=starts.date(),
        last_day=(ends - timedelta(microseconds=1)).date(),
    )


def code_groups(code: str) -> list[str]:
    """The code cut in groups of 5 for reading; the groups are drawn apart, never joined by a
    character a visitor might type."""
    return [code[i : i + 5] for i in range(0, len(code), 5)]


def validity_text(ticket: PrintedTicket) -> str:
    first = ticket.first_day.strftime(DATE_FORMAT)
    if ticket.last_day == ticket.first_day:
        return first
    return f"{first} → {ticket.last_day.strftime(DATE_FORMAT)}"


def pages(tickets: list[PrintedTicket]) -> list[list[PrintedTicket]]:
    return [tickets[i : i + PER_PAGE] for i in range(0, len(tickets), PER_PAGE)]


def card_rects(page: QRectF, mm: float) -> list[QRectF]:
    """Where the tickets of a page go, row by row."""
    margin = MARGIN_MM * mm
    width = (page.width() - 2 * margin) / COLUMNS
    height = (page.height() - 2 * margin) / ROWS
    return [
        QRectF(page.x() + margin + c * width, page.y() + margin + r * height, width, height)
        for r in range(ROWS)
        for c in range(COLUMNS)
    ]


SITE_MM = 5.5  # the height of the site's line, above the QR code


def qr_rect(card: QRectF, mm: float) -> QRectF:
    """Where a ticket's QR code goes (its quiet zone included): right, under the site's name."""
    padding = PADDING_MM * mm
    side = min(QR_MM * mm, card.height() - 2 * padding - SITE_MM * mm)
    return QRectF(card.right() - padding - side, card.top() + padding + SITE_MM * mm, side, side)


def _font(families: list[str], size_mm: float, mm: float, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(families)
    if families is MONO:
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setFixedPitch(True)
    font.setPixelSize(max(1, round(size_mm * mm)))
    font.setBold(bold)
    return font


#: What a ticket's painting drew: each text with the box it was drawn in (tests read it).
Drawn = list[tuple[str, QRectF]]


def _line(
    painter: QPainter,
    drawn: Drawn,
    x: float,
    y: float,
    width: float,
    text: str,
    font: QFont,
    color: str,
) -> float:
    """Draw one line (elided to ``width``) with its top at ``y``; return its height."""
    painter.setFont(font)
    painter.setPen(QColor(color))
    metrics = painter.fontMetrics()
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width))
    painter.drawText(QPointF(x, y + metrics.ascent()), shown)
    drawn.append((shown, QRectF(x, y, metrics.horizontalAdvance(shown), metrics.height())))
    return float(metrics.height())


def _fitted(painter: QPainter, text: str, width: float, mm: float) -> QFont:
    """The site's bold font, smaller for a long name (down to 3.2 mm, then elided)."""
    size = 4.4
    while True:
        font = _font(SANS, size, mm, bold=True)
        painter.setFont(font)
        if painter.fontMetrics().horizontalAdvance(text) <= width or size <= 3.2:
            return font
        size -= 0.2


def _code_font(painter: QPainter, groups: list[str], width: float, mm: float) -> QFont:
    """The largest monospace font (at most 8 mm) in which the code fits ``width``."""
    size = 8.0
    while True:
        font = _font(MONO, size, mm, bold=True)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        needed = metrics.horizontalAdvance("".join(groups)) + metrics.horizontalAdvance("M") * (
            len(groups) - 1
        )
        if needed <= width or size <= 3:
            return font
        size -= 0.25


def paint_ticket(painter: QPainter, card: QRectF, mm: float, ticket: PrintedTicket) -> Drawn:
    """Paint one ticket in ``card``; return the texts drawn and where."""
    drawn: Drawn = []
    padding = PADDING_MM * mm
    qr = qr_rect(card, mm)
    draw_qr(painter, qr, qr_matrix(ticket.code))

    x = card.left() + padding
    width = card.width() - 2 * padding
    text_width = qr.left() - x - 2 * mm
    y = card.top() + padding
    _line(
        painter, drawn, x, y, width, ticket.site, _fitted(painter, ticket.site, width, mm), "black"
    )
    y = qr.top()
    y += _line(painter, drawn, x, y, text_width, TAGLINE, _font(SANS, 2.4, mm), "#555555")
    y += 1.5 * mm

    groups = code_groups(ticket.code)
    font = _code_font(painter, groups, text_width, mm)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    metrics = painter.fontMetrics()
    gap = metrics.horizontalAdvance("M")
    left = x
    for group in groups:
        painter.drawText(QPointF(left, y + metrics.ascent()), group)
        advance = metrics.horizontalAdvance(group)
        drawn.append((group, QRectF(left, y, advance, metrics.height())))
        left += advance + gap
    y += metrics.height() + 1.5 * mm

    y += _line(
        painter,
        drawn,
        x,
        y,
        text_width,
        f"{ticket.minutes} min",
        _font(SANS, 5.0, mm, bold=True),
        "black",
    )
    y += _line(painter, drawn, x, y, text_width, SINGLE_USE, _font(SANS, 2.4, mm), "#555555")
    y += 1.0 * mm
    y += _line(painter, drawn, x, y, text_width, VALIDITY, _font(SANS, 2.4, mm), "#555555")
    y += _line(
        painter, drawn, x, y, text_width, validity_text(ticket), _font(SANS, 3.4, mm), "black"
    )

    y = max(y, qr.bottom()) + 1.0 * mm
    painter.setFont(_font(SANS, 2.5, mm))
    painter.setPen(QColor("#222222"))
    for sentence in HOW_TO:
        space = QRectF(x, y, width, card.bottom() - padding / 2 - y)
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
        used = painter.boundingRect(space, flags, sentence)
        painter.drawText(space, flags, sentence)
        drawn.append((sentence, used))
        y += used.height() + 0.4 * mm
    return drawn


def paint_cut_lines(painter: QPainter, page: QRectF, mm: float) -> None:
    """Dashed lines from edge to edge between the tickets, for the guillotine or scissors."""
    pen = QPen(QColor("#888888"))
    pen.setWidthF(0.2 * mm)
    pen.setStyle(Qt.PenStyle.DashLine)
    painter.save()
    painter.setPen(pen)
    margin = MARGIN_MM * mm
    width = (page.width() - 2 * margin) / COLUMNS
    height = (page.height() - 2 * margin) / ROWS
    for c in range(COLUMNS + 1):
        x = page.left() + margin + c * width
        painter.drawLine(QPointF(x, page.top()), QPointF(x, page.bottom()))
    for r in range(ROWS + 1):
        y = page.top() + margin + r * height
        painter.drawLine(QPointF(page.left(), y), QPointF(page.right(), y))
    painter.restore()


def paint_page(painter: QPainter, page: QRectF, mm: float, tickets: list[PrintedTicket]) -> Drawn:
    """One page: the cut lines and up to :data:`PER_PAGE` tickets; returns the texts drawn."""
    painter.fillRect(page, QColor("white"))
    paint_cut_lines(painter, page, mm)
    drawn: Drawn = []
    for card, ticket in zip(card_rects(page, mm), tickets, strict=False):
        drawn += paint_ticket(painter, card, mm, ticket)
    return drawn


def render_tickets(device: QPagedPaintDevice, tickets: list[PrintedTicket]) -> bool:
    """Paint every ticket, a page per :data:`PER_PAGE`; False when the device cannot be painted
    on (a file that cannot be written, a printer that went away)."""
    painter = QPainter()
    if not painter.begin(device):
        return False
    try:
        mm = device.logicalDpiX() / 25.4
        page = QRectF(0, 0, device.width(), device.height())
        for index, chunk in enumerate(pages(tickets)):
            if index and not device.newPage():
                return False
            paint_page(painter, page, mm, chunk)
    finally:
        painter.end()
    return True
