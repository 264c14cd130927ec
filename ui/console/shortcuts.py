"""The list of keyboard shortcuts (F1), read from the window's actions and buttons.

It is built from what the window really has, so it stays right as pages add shortcuts.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs import ok_cancel_buttons


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def shortcuts_of(widget: QWidget) -> list[tuple[str, str]]:
    """(what it does, keys) of the actions, buttons and shortcuts in ``widget``, sorted."""
    found: dict[tuple[str, str], None] = {}

    def add(what: str, keys: QKeySequence) -> None:
        text = keys.toString(QKeySequence.SequenceFormat.NativeText)
        if what and text:
            found[(what, text)] = None

    for action in widget.findChildren(QAction):
        for keys in action.shortcuts():
            add(_plain(action.text() or action.toolTip()), keys)
    for button in widget.findChildren(QAbstractButton):
        if button.isVisibleTo(widget):
            add(_plain(button.text() or button.toolTip()), button.shortcut())
    for shortcut in widget.findChildren(QShortcut):
        add(_plain(shortcut.whatsThis()), shortcut.key())
    return sorted(found, key=lambda pair: pair[0].casefold())


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None, rows: list[tuple[str, str]]) -> None:
        super().__init__(parent)
        self.setObjectName("ShortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.heading = QLabel(self.tr("Keyboard shortcuts"), objectName="Title")
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        for row, (what, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        buttons = ok_cancel_buttons(self)
        buttons.button(buttons.StandardButton.Cancel).hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(560, 520)

    @classmethod
    def ask(cls, parent: QWidget | None, rows: list[tuple[str, str]]) -> None:
        cls(parent, rows).exec()
