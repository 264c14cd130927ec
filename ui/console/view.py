"""Base of the console's pages: a title, a refresh when shown or when the site scope changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from ui.console.context import ConsoleContext


class ConsoleView(QWidget):
    """One page of the console window.

    Subclasses build their widgets in ``__init__`` and implement :meth:`title`,
    :meth:`refresh` (load from the server through ``context.run``; never block) and
    :meth:`retranslate` (set every visible text; called once at the end of ``__init__`` by the
    subclass and on each language switch). The page is refreshed the first time it is shown,
    and again when the site scope changes (at once if visible, else when next shown).
    """

    def __init__(self, context: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._stale = True
        context.scope_did_change.connect(self._scope_did_change)

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Load what the page shows from the server."""

    def retranslate(self) -> None:
        """Set every visible text again (language switch)."""

    def has_unsaved_changes(self) -> bool:
        """The page holds changes not sent to the server (asked before the window closes)."""
        return False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _scope_did_change(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True
