"""The grid of warnings and automatic extension: a line per category, each value's origin."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QTableWidgetItem,
    QWidget,
)

from ui.console.rules.grid import CategoryGrid
from ui.console.rules.session_rules_model import EXTENSION, WARNINGS, RuleLine
from ui.console.rules.session_rules_texts import (
    details_text,
    extension_text,
    sources_text,
    warnings_text,
)
from ui.theme import MUTED

CATEGORY_ROLE = Qt.ItemDataRole.UserRole


class Col:
    CATEGORY, WARNINGS, WARNINGS_FROM, EXTENSION, EXTENSION_FROM = range(5)


class SessionRuleGrid(CategoryGrid):
    """Read-only cells; at a site, what this site sets in bold and the rest muted.

    F2 and Del act on this grid while it has the focus (the allowances grid above has the
    same keys): it takes them before the window's shortcuts and says so by a signal.
    """

    lines: list[RuleLine]
    change_requested = Signal()
    remove_requested = Signal()

    def __init__(self, category_text: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__("SessionRules", 5, Col.EXTENSION, parent)
        self._category_text = category_text
        self.retranslate()

    # --- keys ------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_F2, Qt.Key.Key_Delete)
            and not event.modifiers()
        ):
            event.accept()  # ours, not the Change button's of the allowances
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F2 and not event.modifiers():
            self.change_requested.emit()
        elif event.key() == Qt.Key.Key_Delete and not event.modifiers():
            self.remove_requested.emit()
        else:
            super().keyPressEvent(event)

    # --- selection ---------------------------------------------------------------------------

    # --- cells -------------------------------------------------------------------------------

    def _fill(self) -> None:
        self.setRowCount(len(self.lines))
        self.updateGeometry()
        city = self.site is None
        for row, line in enumerate(self.lines):
            applied = line.applied
            warned_from = [applied.sources[WARNINGS]]
            extended_from = applied.extension_sources()
            cells = (
                (self._category_text(line.category), None, ""),
                (warnings_text(applied.warning_seconds), warned_from, WARNINGS),
                (sources_text(warned_from, city_scope=city), warned_from, WARNINGS),
                (extension_text(applied), extended_from, EXTENSION),
                (sources_text(extended_from, city_scope=city), extended_from, EXTENSION),
            )
            for column, (text, sources, names) in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(CATEGORY_ROLE, line.category)
                if sources is not None and not city:
                    if any(source.at_site for source in sources):
                        font = QFont(item.font())
                        font.setBold(True)
                        item.setFont(font)
                    else:
                        item.setForeground(QBrush(QColor(MUTED)))
                if names:
                    shown = (names,) if isinstance(names, str) else names
                    item.setToolTip(details_text(shown, applied, city_scope=city))
                self.setItem(row, column, item)

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels(
            [
                self.tr("Category"),
                self.tr("Warnings"),
                self.tr("From"),
                self.tr("Automatic extension"),
                self.tr("From"),
            ]
        )
        self.setAccessibleName(self.tr("Warnings and automatic extension by category"))
        self._fill()
