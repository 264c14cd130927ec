"""A dialog that lists what the server answers: an intro, a read-only table (or a sentence when
there is nothing), a status line, Refresh and Close (the station errors, the lockouts).

Close is an ordinary button of the box, not Qt's standard one: the box would put back Qt's
own text on a language switch, after the dialog's own ``retranslate``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ui.console.tables import show_cells_whole


class ListDialog(QDialog):
    """The frame; subclasses load the rows, fill the table and say their texts."""

    def __init__(
        self,
        columns: int,
        stretch: int,
        *,
        actions: tuple[QWidget, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        """``stretch``: the column that takes the width left; ``actions``: buttons after
        Refresh."""
        super().__init__(parent)
        self._said: Callable[[], str] = str
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, columns)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        show_cells_whole(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(objectName="Status")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.results = QStackedWidget()
        self.results.addWidget(self.table)
        self.results.addWidget(self.empty)
        self.status = QLabel(objectName="Status")
        self.status.setWordWrap(True)
        self.refresh_button = QPushButton()
        self.buttons = QDialogButtonBox()
        self.close_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.refresh_button, *actions):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        layout.addLayout(row)

    def say(self, text: Callable[[], str]) -> None:
        """Show ``text()`` on the status line, again in the new language after a switch."""
        self._said = text
        self.status.setText(text())

    def retranslate(self) -> None:
        """The frame's own texts; subclasses say theirs, then call this."""
        self.refresh_button.setText(self.tr("Refresh"))
        self.close_button.setText(self.tr("Close"))
        self.status.setText(self._said())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
