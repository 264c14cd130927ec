"""The session bar: a slim strip on top of the desktop with the time left, always in view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from ui.kiosk.messages import format_remaining

BAR_HEIGHT = 72
translate = QCoreApplication.translate


class ConfirmEndDialog:
    """Asks the visitor to confirm before a session ends; replaced in tests through ask()."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("ConfirmEndDialog", "End session"))
        box.setText(
            translate(
                "ConfirmEndDialog", "End your session now? Your open programs will be closed."
            )
        )
        yes = box.addButton(
            translate("ConfirmEndDialog", "Yes, end my session"), QMessageBox.ButtonRole.YesRole
        )
        no = box.addButton(
            translate("ConfirmEndDialog", "No, keep working"), QMessageBox.ButtonRole.NoRole
        )
        box.setDefaultButton(no)
        box.exec()
        return box.clickedButton() is yes


class SessionBar(QWidget):
    """Shows who is signed in, the countdown and the "End session" button.

    Emits ``end_requested`` once the visitor confirmed.
    """

    end_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SessionBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFixedHeight(BAR_HEIGHT)
        self._visitor = ""
        self._remaining = 0
        self._note = ""

        self.greeting = QLabel()
        self.time_label = QLabel()
        self.countdown = QLabel(objectName="Countdown")
        self.countdown.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.note = QLabel(objectName="BarNote")
        self.end_button = QPushButton()
        self.end_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.end_button.clicked.connect(self._confirm_end)

        row = QHBoxLayout(self)
        row.setContentsMargins(20, 6, 20, 6)
        row.setSpacing(18)
        row.addWidget(self.greeting)
        row.addStretch(1)
        row.addWidget(self.note)
        row.addStretch(1)
        row.addWidget(self.time_label)
        row.addWidget(self.countdown)
        row.addSpacing(12)
        row.addWidget(self.end_button)
        self.retranslate()

    def start(self, visitor_name: str, remaining_seconds: int) -> None:
        self._visitor = visitor_name
        self.set_warning(False)
        self.set_note("")
        self.set_remaining(remaining_seconds)
        self.retranslate()

    def set_remaining(self, seconds: int) -> None:
        self._remaining = seconds
        self.countdown.setText(format_remaining(seconds))
        self.countdown.setAccessibleName(
            self.tr("Time left: %1").replace("%1", self.countdown.text())
        )

    def set_warning(self, on: bool) -> None:
        self.setProperty("warning", "true" if on else "false")
        self.style().unpolish(self)
        self.style().polish(self)

    def set_note(self, text: str) -> None:
        self.note.setText(text)

    def warn(self, threshold_seconds: int) -> None:
        minutes = max(1, round(threshold_seconds / 60))
        self.set_warning(True)
        self.set_note(self.tr("%n minute(s) left. Save your work.", "", minutes))

    def time_added(self, seconds: int) -> None:
        minutes = max(1, round(seconds / 60))
        self.set_warning(False)
        self.set_note(self.tr("The staff added %n minute(s).", "", minutes))

    def _confirm_end(self) -> None:
        if ConfirmEndDialog.ask(self):
            self.end_requested.emit()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.greeting.setText(
            self.tr("Hello %1").replace("%1", self._visitor) if self._visitor else ""
        )
        self.time_label.setText(self.tr("Time left"))
        self.end_button.setText(self.tr("End session"))
        self.end_button.setAccessibleName(self.tr("End session"))
        self.set_remaining(self._remaining)
