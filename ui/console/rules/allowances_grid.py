"""The grid of the Time allowances page: a line per category, its minutes and their origin."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QTableWidgetItem,
    QWidget,
)

from kiosk.protocol.limits import DEFAULT_CATEGORY, GUEST_CATEGORY
from ui.console.rules.allowances_dialog import duration_text, limits_text
from ui.console.rules.allowances_model import Allowance, Source
from ui.console.rules.grid import CategoryGrid
from ui.console.visitors.texts import category_text
from ui.theme import MUTED

CATEGORY_ROLE = Qt.ItemDataRole.UserRole
GUEST = GUEST_CATEGORY


class Col:
    CATEGORY, SESSION, DAILY, WEEKLY, SOURCE = range(5)


class AllowanceGrid(CategoryGrid):
    """Read-only cells; at a site, its own lines in bold and the inherited ones muted."""

    lines: list[Allowance]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Allowances", 5, Col.SOURCE, parent)
        self.retranslate()

    # --- cells -------------------------------------------------------------------------------

    def _fill(self) -> None:
        self.setRowCount(len(self.lines))
        self.updateGeometry()
        at_site = self.site is not None
        for row, line in enumerate(self.lines):
            own = line.source in (Source.SITE, Source.SITE_DEFAULT)
            minutes = (
                ("—", "—", "—")
                if line.limits is None
                else (
                    duration_text(line.limits.session_minutes),
                    duration_text(line.limits.daily_minutes),
                    duration_text(line.limits.weekly_minutes),
                )
            )
            values = (self.category_text(line.category), *minutes, self._source_text(line))
            tip = self._tooltip(line)
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(CATEGORY_ROLE, line.category)
                if column in (Col.SESSION, Col.DAILY, Col.WEEKLY):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if at_site and own:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                elif at_site:
                    item.setForeground(QBrush(QColor(MUTED)))
                if tip:
                    item.setToolTip(tip)
                self.setItem(row, column, item)

    def _tooltip(self, line: Allowance) -> str:
        if line.source == Source.SITE and line.city is not None:
            return self.tr("City-wide: %1").replace("%1", limits_text(line.city))
        if line.source in (Source.CITY_DEFAULT, Source.SITE_DEFAULT):
            return self.tr(
                "This category has no allowances of its own: it gets those of every other category."
            )
        return ""

    def category_text(self, category: str) -> str:
        if category == DEFAULT_CATEGORY:
            return self.tr("Every other category")
        if category == GUEST:
            return self.tr("Guest (tickets)")
        return category_text(category)

    def _source_text(self, line: Allowance) -> str:
        city_scope = self.site is None
        source = line.source
        if source == Source.SITE:
            if line.city is None:
                return self.tr("This site")
            return (
                self.tr("This site — city-wide: %1 · %2 · %3")
                .replace("%1", duration_text(line.city.session_minutes))
                .replace("%2", duration_text(line.city.daily_minutes))
                .replace("%3", duration_text(line.city.weekly_minutes))
            )
        if source == Source.SITE_DEFAULT:
            return self.tr("This site (as every other category)")
        if source == Source.CITY:
            return self.tr("City-wide") if city_scope else self.tr("Inherited from the city")
        if source == Source.CITY_DEFAULT:
            if city_scope:
                return self.tr("City-wide (as every other category)")
            return self.tr("Inherited from the city (as every other category)")
        return self.tr("Not set")

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels(
            [
                self.tr("Category"),
                self.tr("Per session"),
                self.tr("Per day"),
                self.tr("Per week"),
                self.tr("Applies from"),
            ]
        )
        self.setAccessibleName(self.tr("Time allowances by category"))
        self._fill()
