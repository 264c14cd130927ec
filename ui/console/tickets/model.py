"""The table of guest tickets: code, site, minutes, validity, state, who created them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import IntEnum
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from admin.client.staff_client import StaffClient
from kiosk.protocol.people import TicketInfo
from kiosk.protocol.sites import SiteSummary
from ui.console.tickets.page import MONO
from ui.formats import format_time

TICKET_ROLE = Qt.ItemDataRole.UserRole + 1
DEFAULT_TIMEZONE = "Europe/Brussels"

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    CODE = 0
    SITE = 1
    MINUTES = 2
    VALID_FROM = 3
    LAST_DAY = 4
    STATE = 5
    CREATED_BY = 6
    CREATED = 7


@dataclass(frozen=True)
class TicketRow:
    ticket: TicketInfo
    timezone: str


@dataclass(frozen=True)
class Loaded:
    sites: list[SiteSummary]
    tickets: list[TicketInfo]


def load(client: StaffClient, site: str | None) -> Loaded:
    """The member's sites and the tickets (of ``site``, or of all the member's sites)."""
    return Loaded(client.sites(), client.tickets(site))


def local(moment: str, timezone: str) -> datetime:
    return datetime.fromisoformat(moment).astimezone(ZoneInfo(timezone))


class TicketTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[TicketRow] = []
        self._mono = QFont()
        self._mono.setFamilies(MONO)
        self._mono.setStyleHint(QFont.StyleHint.Monospace)
        self._headers: list[str] = []
        self.retranslate()

    def set_rows(self, rows: list[TicketRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[TicketRow]:
        return list(self._rows)

    def ticket(self, row: int) -> TicketInfo:
        return self._rows[row].ticket

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == TICKET_ROLE:
            return row.ticket
        if role == Qt.ItemDataRole.FontRole and column == Column.CODE:
            return self._mono
        if role == Qt.ItemDataRole.ForegroundRole and row.ticket.state in ("used", "expired"):
            return QColor("#777777")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.MINUTES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: TicketRow, column: Column) -> str:
        ticket = row.ticket
        if column == Column.CODE:
            return ticket.code
        if column == Column.SITE:
            return ticket.site
        if column == Column.MINUTES:
            return self.tr("%1 min").replace("%1", str(ticket.minutes))
        if column == Column.VALID_FROM:
            starts = local(ticket.valid_from, row.timezone)
            if starts.hour == starts.minute == 0:
                return starts.strftime("%d/%m/%Y")
            return f"{starts.strftime('%d/%m/%Y')} {format_time(starts)}"
        if column == Column.LAST_DAY:
            ends = local(ticket.valid_to, row.timezone) - timedelta(microseconds=1)
            return ends.strftime("%d/%m/%Y")
        if column == Column.STATE:
            return self.state_text(row)
        if column == Column.CREATED_BY:
            return ticket.created_by or self.tr("administrator (command line)")
        created = local(ticket.created_at, row.timezone)
        return f"{created.strftime('%d/%m/%Y')} {format_time(created)}"

    def state_text(self, row: TicketRow) -> str:
        ticket = row.ticket
        if ticket.state == "used" and ticket.used_at:
            used_at = local(ticket.used_at, row.timezone)
            used = f"{used_at.strftime('%d/%m')} {format_time(used_at)}"
            return self.tr("Used on %1").replace("%1", used)
        return {
            "valid": self.tr("Not used yet"),
            "used": self.tr("Used"),
            "expired": self.tr("Expired"),
            "not_yet_valid": self.tr("Not valid yet"),
        }[ticket.state]

    def retranslate(self) -> None:
        self._headers = [
            self.tr("Code"),
            self.tr("Site"),
            self.tr("Minutes"),
            self.tr("Valid from"),
            self.tr("Last day"),
            self.tr("State"),
            self.tr("Created by"),
            self.tr("Created"),
        ]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1)
            )
