"""The Sites page's tab for bookings and the queue: how long a booked computer waits for its
visitor after the start, and how long the queue keeps a computer for the number called."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from kiosk.protocol.holds import CLAIM_MINUTES, QUEUE_HOLD_MINUTES, HoldSettings


class HoldsEditor(QWidget):
    """``changed`` when the member edits a value (not when filled)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HoldsEditor")
        self.claim = QSpinBox()
        self.claim.setRange(*CLAIM_MINUTES)
        self.queue = QSpinBox()
        self.queue.setRange(*QUEUE_HOLD_MINUTES)
        self.claim_label, self.queue_label = QLabel(), QLabel()
        self.claim_label.setBuddy(self.claim)
        self.queue_label.setBuddy(self.queue)
        self.help = QLabel(objectName="Status")
        self.help.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.claim_label, self.claim)
        form.addRow(self.queue_label, self.queue)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.help)
        layout.addStretch(1)
        self._filling = False
        for spin in (self.claim, self.queue):
            spin.valueChanged.connect(self._edited)

    def set_settings(self, settings: HoldSettings) -> None:
        self._filling = True
        self.claim.setValue(settings.claim_minutes)
        self.queue.setValue(settings.queue_hold_minutes)
        self._filling = False

    def settings(self) -> HoldSettings:
        return HoldSettings(claim_minutes=self.claim.value(), queue_hold_minutes=self.queue.value())

    def _edited(self) -> None:
        if not self._filling:
            self.changed.emit()

    def retranslate(self) -> None:
        self.claim_label.setText(self.tr("A booked computer waits for its &visitor"))
        self.queue_label.setText(self.tr("The queue keeps a computer for the number ca&lled"))
        for spin in (self.claim, self.queue):
            spin.setSuffix(self.tr(" min"))
        self.claim.setAccessibleName(self.tr("Minutes a booked computer waits for its visitor"))
        self.queue.setAccessibleName(
            self.tr("Minutes the queue keeps a computer for the number called")
        )
        self.help.setText(
            self.tr(
                "A computer booked for a visitor waits this long after the start of the "
                "booking for their card; then it is free again. When a computer frees up, the "
                "first in the queue has it this long; then it goes to the next in line. While "
                "anybody waits in the queue, sessions are not extended automatically."
            )
        )
