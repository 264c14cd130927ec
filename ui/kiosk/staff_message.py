"""Messages from the staff: one dialog on top of the visitor's programs, read one by one."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QDateTime, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.theme import BLUE, BLUE_DARK, INK, MUTED, PAPER, YELLOW

log = logging.getLogger("epn.ui.kiosk.message")

#: The button answers only after this long, so that a visitor typing in their own program
#: when the message pops up does not acknowledge it by accident.
ARM_MS = 800

MESSAGE_STYLE = f"""
#StaffMessage {{ background: {PAPER}; border: 6px solid {BLUE}; }}
QLabel#MessageTitle {{ font-size: 30px; font-weight: bold; color: {BLUE_DARK}; }}
QLabel#MessageTime, QLabel#MessageCount {{ font-size: 20px; color: {MUTED}; }}
QLabel#MessageText {{ font-size: 30px; color: {INK}; background: #f1f4fa; padding: 18px;
    border-radius: 10px; }}
QPushButton {{ font-size: 24px; font-weight: bold; padding: 14px 30px; border-radius: 10px;
    border: 2px solid {BLUE}; background: {BLUE}; color: {PAPER}; }}
QPushButton:focus {{ border: 4px solid {YELLOW}; }}
QPushButton:disabled {{ background: {MUTED}; border-color: {MUTED}; }}
"""


@dataclass(frozen=True)
class StaffMessage:
    text: str
    received: QDateTime


class StaffMessageDialog(QDialog):
    """Shows the staff's messages in the order they came, each until "OK, I have read it".

    Not modal: the agent and the visitor's programs go on. Emits ``acknowledged(text)``.
    """

    acknowledged = Signal(str)

    @classmethod
    def show_message(cls, dialog: StaffMessageDialog, text: str, received: QDateTime) -> None:
        """The controller's entry point; tests replace it."""
        dialog.add_message(text, received)

    def __init__(self, parent: QWidget | None = None, *, arm_ms: int = ARM_MS) -> None:
        super().__init__(parent)
        self.setObjectName("StaffMessage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.setModal(False)
        self.setStyleSheet(MESSAGE_STYLE)
        self.setMinimumWidth(720)
        self.setMaximumWidth(1000)
        self._queue: list[StaffMessage] = []

        self.title = QLabel(objectName="MessageTitle")
        self.time_label = QLabel(objectName="MessageTime")
        self.count_label = QLabel(objectName="MessageCount")
        self.text = QLabel(objectName="MessageText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # staff text is never markup
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.ok_button = QPushButton()
        self.ok_button.setAutoDefault(False)  # Enter typed elsewhere must not acknowledge
        self.ok_button.clicked.connect(self._acknowledge)

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.time_label)
        foot = QHBoxLayout()
        foot.addWidget(self.count_label)
        foot.addStretch(1)
        foot.addWidget(self.ok_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(36, 30, 36, 30)
        column.setSpacing(20)
        column.addLayout(head)
        column.addWidget(self.text)
        column.addLayout(foot)

        self.arm_timer = QTimer(self, objectName="staff-message-arm")
        self.arm_timer.setSingleShot(True)
        self.arm_timer.setInterval(arm_ms)
        self.arm_timer.timeout.connect(lambda: self.ok_button.setEnabled(True))
        self.retranslate()

    def add_message(self, text: str, received: QDateTime) -> None:
        """Queue a message; the dialog shows if it was hidden."""
        self._queue.append(StaffMessage(text, received))
        if len(self._queue) == 1:
            self._show_current()
        else:
            self.retranslate()  # "1 more message after this one."
        if not self.isVisible():
            self.adjustSize()
            self.show()
        self.raise_()

    def clear(self) -> None:
        """The session is over: what the visitor did not read is not for the next one."""
        if self._queue:
            log.info("%d staff message(s) left unread", len(self._queue))
        self._queue = []
        self.arm_timer.stop()
        self.hide()

    @property
    def pending(self) -> int:
        """Messages shown or waiting, not acknowledged yet."""
        return len(self._queue)

    @property
    def current_text(self) -> str:
        return self._queue[0].text if self._queue else ""

    def _show_current(self) -> None:
        self.ok_button.setEnabled(False)
        self.arm_timer.start()
        self.retranslate()

    def _acknowledge(self) -> None:
        if not self._queue:
            return
        message = self._queue.pop(0)
        log.info("staff message acknowledged (%d left)", len(self._queue))
        self.acknowledged.emit(message.text)
        if self._queue:
            self._show_current()
        else:
            self.hide()

    def reject(self) -> None:  # Qt override: closing the window counts as reading it
        self._acknowledge()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        if event.key() == Qt.Key.Key_Escape:
            return  # an Escape meant for another program must not dismiss the message
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Message from the staff"))
        self.title.setText(self.tr("Message from the staff"))
        self.ok_button.setText(self.tr("OK, I have read it"))
        self.ok_button.setAccessibleName(self.tr("OK, I have read it"))
        if not self._queue:
            self.text.setText("")
            self.time_label.setText("")
            self.count_label.setText("")
            return
        current = self._queue[0]
        self.text.setText(current.text)
        self.text.setAccessibleName(current.text)
        when = QLocale().toString(current.received.time(), QLocale.FormatType.ShortFormat)
        self.time_label.setText(self.tr("Received at %1").replace("%1", when))
        waiting = len(self._queue) - 1
        self.count_label.setText(
            self.tr("%n more message(s) after this one.", "", waiting) if waiting else ""
        )
