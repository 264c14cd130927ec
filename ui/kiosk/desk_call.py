""" "Call the desk": the visitor's button on the session bar and the lock screen, and the line
between them and the station.

One call at a time: while the call waits the same button cancels it. The station says what
became of it (``desk_call_did_change``: waiting, answered, none) and both screens show it: the
button's words, and a sentence ("The desk has been told…", "Someone from the desk is coming.").
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from kiosk.protocol.enums import DeskCallState

if TYPE_CHECKING:
    from kiosk.protocol.screen_port import StationPort
    from ui.tasks import TaskManager

log = logging.getLogger("epn.ui.kiosk.desk_call")

translate = QCoreApplication.translate


def status_text(state: DeskCallState) -> str:
    """What the visitor reads about their call; empty without one."""
    if state == DeskCallState.WAITING:
        return translate("DeskCall", "The desk has been told. Someone will come to help you.")
    if state == DeskCallState.ANSWERED:
        return translate("DeskCall", "Someone from the desk is coming.")
    return ""


def failed_text() -> str:
    return translate("DeskCall", "The call did not go through. Please go to the desk.")


class DeskCallButton(QPushButton):
    """ "Call the desk", or "Cancel my call" while the call waits."""

    call_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("DeskCall")
        self._compact = compact
        self.setAutoDefault(False)
        self._state = DeskCallState.NONE
        self.clicked.connect(self._clicked)
        self.retranslate()

    @property
    def state(self) -> DeskCallState:
        return self._state

    def set_state(self, state: DeskCallState) -> None:
        self._state = DeskCallState(state)
        self.setProperty("calling", self._state == DeskCallState.WAITING)
        self.style().unpolish(self)
        self.style().polish(self)
        self.retranslate()

    def _clicked(self) -> None:
        if self._state == DeskCallState.WAITING:
            self.cancel_requested.emit()
        else:
            self.call_requested.emit()

    def retranslate(self) -> None:
        if self._state == DeskCallState.WAITING:
            self.setText(self.tr("Cancel call") if self._compact else self.tr("Cancel my call"))
            self.setAccessibleName(self.tr("The desk has been told. Cancel my call"))
            self.setToolTip(self.tr("Cancel the call if you no longer need help"))
        else:
            self.setText(self.tr("Help") if self._compact else self.tr("Call the desk"))
            self.setAccessibleName(self.tr("Call the desk"))
            self.setToolTip(self.tr("Someone from the desk comes to your computer to help you"))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class DeskCallStatus(QLabel):
    """The sentence about the call (the lock screen's); hidden without one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DeskCallStatus")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._state = DeskCallState.NONE
        self._failed = False
        self.hide()

    def set_state(self, state: DeskCallState, *, failed: bool = False) -> None:
        self._state, self._failed = DeskCallState(state), failed
        self._show()

    def _show(self) -> None:
        text = failed_text() if self._failed else status_text(self._state)
        self.setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(text))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._show()
        super().changeEvent(event)


class DeskCaller(QObject):
    """Sends the visitor's call (off the UI thread) and shows what the station says of it."""

    def __init__(
        self,
        *,
        agent: StationPort,
        bridge: QObject,
        buttons: list[DeskCallButton],
        shown: list[object],
        tasks: TaskManager,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.agent = agent
        self.tasks = tasks
        self._buttons = buttons
        #: Each has ``set_desk_call(state, failed=False)`` (its button's words with it): the
        #: lock screen, the session bar.
        self._shown = shown
        for button in buttons:
            button.call_requested.connect(self.call)
            button.cancel_requested.connect(self.cancel)
        bridge.desk_call_did_change.connect(self.show)  # type: ignore[attr-defined]
        self.show(agent.desk_call)

    def call(self) -> None:
        self.tasks.run(self.agent.call_desk, lambda _made: None, self._failed)

    def cancel(self) -> None:
        self.tasks.run(self.agent.cancel_desk_call, lambda _done: None, self._failed)

    def show(self, state: DeskCallState) -> None:
        for screen in self._shown:
            screen.set_desk_call(state)  # type: ignore[attr-defined]

    def _failed(self, exc: BaseException) -> None:
        log.warning("the call for the desk failed: %s", exc)
        for screen in self._shown:
            screen.set_desk_call(self.agent.desk_call, failed=True)  # type: ignore[attr-defined]
