"""The room's action buttons: a row that wraps onto a second line when the window (or the
language's longer words) leaves too little width, so no action ever hides off-screen."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLayout, QLayoutItem, QToolButton, QWidget

#: The gap after a group of buttons (where a toolbar has a separator).
GROUP_GAP = 8


class FlowLayout(QLayout):
    """Left to right, wrapping to the next line like words (after Qt's flow layout example)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gaps: dict[int, int] = {}  # index of an item -> extra space after it
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def add_gap(self) -> None:
        if self._items:
            self._gaps[len(self._items) - 1] = GROUP_GAP

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        x, y, line_height = rect.x(), rect.y(), 0
        for index, item in enumerate(self._items):
            if item.widget() is not None and item.widget().isHidden():
                continue
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and line_height > 0:
                x, y = rect.x(), y + line_height + self._spacing
                line_height = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing + self._gaps.get(index, 0)
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y()


class ActionBar(QWidget):
    """A button per action; groups are separated by a gap."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RoomActions")
        self.flow = FlowLayout(self)
        self._buttons: dict[int, QToolButton] = {}

    def add_action(self, action: QAction, name: str = "") -> QToolButton:
        button = QToolButton(objectName=name or "RoomAction")
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.flow.addWidget(button)
        self._buttons[id(action)] = button
        return button

    def add_widget(self, widget: QWidget) -> None:
        self.flow.addWidget(widget)

    def add_gap(self) -> None:
        self.flow.add_gap()

    def widgetForAction(self, action: QAction) -> QToolButton | None:
        return self._buttons.get(id(action))
