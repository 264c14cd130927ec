"""The list of sites on the left of the Sites page (when the toolbar shows all sites)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from kiosk.protocol.sites import SiteSummary

SITE_ROLE = Qt.ItemDataRole.UserRole


class SiteListPanel(QWidget):
    """Sites by name; ``site_picked(id)`` when the member picks one (not when set by code)."""

    site_picked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(objectName="SiteList")
        self.list.setFixedWidth(170)
        self.label = QLabel()
        self.label.setBuddy(self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.list, 1)
        self.list.currentItemChanged.connect(self._changed)
        self.retranslate()

    def set_sites(self, sites: list[SiteSummary], current: int | None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for site in sorted(sites, key=lambda s: s.name):
            item = QListWidgetItem(site.name)
            item.setData(SITE_ROLE, site.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.select(current)

    def select(self, site_id: int | None) -> None:
        """Show ``site_id`` as the current one, without announcing it."""
        self.list.blockSignals(True)
        for row in range(self.list.count()):
            if self.list.item(row).data(SITE_ROLE) == site_id:
                self.list.setCurrentRow(row)
                break
        else:
            self.list.setCurrentRow(-1)
        self.list.blockSignals(False)

    def current_site(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(SITE_ROLE))

    def _changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None:
            self.site_picked.emit(int(item.data(SITE_ROLE)))

    def retranslate(self) -> None:
        self.label.setText(self.tr("S&ites"))
        self.list.setAccessibleName(self.tr("Sites"))
