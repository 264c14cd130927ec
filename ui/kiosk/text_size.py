"""The lock screen's text size switch: normal, ×1.5, ×2 (ui.theme.TEXT_SIZES)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ui.theme import TEXT_SIZES


class TextSizeSwitch(QWidget):
    """A caption and one checkable button per size; emits ``size_requested(size)``.

    Not an exclusive group (like the language switch): Tab reaches every size, and Space or
    Enter on one chooses it. :meth:`set_size` shows the current one.
    """

    size_requested = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TextSize")
        self.caption = QLabel(objectName="TextSizeCaption")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.caption)
        self.buttons: dict[float, QPushButton] = {}
        for size in TEXT_SIZES:
            button = QPushButton(objectName="Toggle")
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, s=size: self._clicked(s))
            self.buttons[size] = button
            layout.addWidget(button)
        self.caption.setBuddy(self.buttons[TEXT_SIZES[0]])
        self._size = TEXT_SIZES[0]
        self.set_size(self._size)
        self.retranslate()

    @property
    def size_chosen(self) -> float:
        return self._size

    def set_size(self, size: float) -> None:
        self._size = size
        for value, button in self.buttons.items():
            button.setChecked(value == size)

    def _clicked(self, size: float) -> None:
        self.set_size(size)  # a click on the current size leaves it checked
        self.size_requested.emit(size)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Text size"))
        texts = (self.tr("A ×1"), self.tr("A ×1.5"), self.tr("A ×2"))
        names = (
            self.tr("Normal text"),
            self.tr("Text one and a half times larger"),
            self.tr("Text twice as large"),
        )
        for button, text, name in zip(self.buttons.values(), texts, names, strict=True):
            button.setText(text)
            button.setAccessibleName(name)
            button.setAccessibleDescription(self.tr("Text size"))
