"""The rows of the audit page: an entry as table items, the site and text filter, the CSV file."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QStandardItem

from kiosk.protocol import csv_format
from kiosk.protocol.reports import AuditEntry
from ui.console.audit.texts import action_text, details_text, full_details, target_text, who_text
from ui.formats import format_time, site_moment

# lupdate finds calls of a function named translate with a literal context and text.
translate = QCoreApplication.translate

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


def day_start(day: date) -> datetime:
    """Midnight of ``day`` on this computer's clock, as an aware time for the server."""
    return datetime.combine(day, time.min).astimezone()


def day_end(day: date) -> datetime:
    return datetime.combine(day, time.max).astimezone()


def local_time(moment: str, timezone: str | None = None) -> str:
    """When, on the site's clock (the zone the entry's site keeps), else this computer's."""
    at = site_moment(moment, timezone) if timezone else None
    if at is None:
        at = datetime.fromisoformat(moment).astimezone()
    return f"{at.strftime('%d/%m/%Y')} {format_time(at)}"


def entry_items(entry: AuditEntry, site: str, timezone: str | None = None) -> list[QStandardItem]:
    """When, who, action, target, site, details; the entry itself on the first item."""
    texts = [
        local_time(entry.at, timezone),
        who_text(entry),
        action_text(entry.action),
        target_text(entry.target),
        site,
        details_text(entry),
    ]
    items = [QStandardItem(text) for text in texts]
    items[0].setData(entry, ENTRY_ROLE)
    if entry.staff is None:
        items[1].setToolTip(
            translate(
                "AuditText", "Done by the server itself or with the epn command on the server"
            )
        )
    items[2].setToolTip(entry.action)
    items[3].setToolTip(entry.target)
    items[5].setToolTip(full_details(entry))
    return items


class AuditFilterModel(QSortFilterProxyModel):
    """The rows of the toolbar's site (all when no site is chosen) containing the typed text.

    Entries about no site in particular (sign-ins, staff accounts) stay in every site's view.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.site_id: int | None = None
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_site(self, site_id: int | None) -> None:
        self.beginFilterChange()
        self.site_id = site_id
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        if self.site_id is not None:
            entry = self.sourceModel().index(row, 0, parent).data(ENTRY_ROLE)
            if isinstance(entry, AuditEntry) and entry.site_id not in (None, self.site_id):
                return False
        return super().filterAcceptsRow(row, parent)


def write_csv(path: str, header: list[str], rows: list[list[str]]) -> None:
    """ ";" and a BOM: what Excel opens directly with Belgian regional settings; cells that a
    spreadsheet would take for a formula are quoted (:mod:`kiosk.protocol.csv_format`)."""
    with open(path, "w", encoding="utf-8-sig", newline="") as file:
        writer = csv_format.writer(file, delimiter=";")
        writer.writerow(header)
        writer.writerows(rows)
