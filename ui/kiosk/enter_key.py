"""Enter presses the focused button on every kiosk window, as Space does.

Outside a dialog (and on a dialog's buttons that are not "auto default") Qt's push buttons
ignore Enter, yet the kiosk tells visitors to "press Enter" and most of them try it first.
A button that ignores the key passes it to its parents; the window's filter presses the button.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QWidget

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _EnterPressesButtons(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER
            and isinstance(watched, QWidget)
        ):
            focused = watched.focusWidget()
            if (
                isinstance(focused, QAbstractButton)
                and focused.isEnabled()
                and focused.isVisible()
                and (focused is watched or watched.isAncestorOf(focused))
            ):
                focused.click()
                return True
        return False


def enter_presses_buttons(window: QWidget) -> None:
    """Make Enter and Return press the focused button anywhere inside ``window``."""
    window.installEventFilter(_EnterPressesButtons(window))
