"""The console's page: Time allowances (placeholder, replaced by the real view)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.console.context import ConsoleContext
from ui.console.view import ConsoleView


class RulesView(ConsoleView):
    def __init__(self, context: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("RulesView")
        self.retranslate()

    def title(self) -> str:
        return self.tr("Time allowances")
