"""The console's page: Guest tickets (placeholder, replaced by the real view)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.console.context import ConsoleContext
from ui.console.view import ConsoleView


class TicketsView(ConsoleView):
    def __init__(self, context: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("TicketsView")
        self.retranslate()

    def title(self) -> str:
        return self.tr("Guest tickets")
