"""Dialogs both the kiosk's staff panel and the console show, each behind an ``ask`` classmethod
that tests replace."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QSpinBox, QVBoxLayout, QWidget

# lupdate finds calls of a function named translate with a literal context and text.
translate = QCoreApplication.translate


def ok_cancel_buttons(dialog: QDialog, ok_text: str | None = None) -> QDialogButtonBox:
    """OK / Cancel with our own translated texts, wired to accept / reject."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text or translate("ConsoleDialogs", "OK"))
    ok.setObjectName("Primary")
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        translate("ConsoleDialogs", "Cancel")
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class MinutesDialog(QDialog):
    """Asks for a number of minutes (extend by, or the time left to set)."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        label: str,
        value: int,
        maximum: int,
        ok_text: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MinutesDialog")
        self.setWindowTitle(title)
        self.spin = QSpinBox()
        self.spin.setRange(1, maximum)
        self.spin.setValue(min(max(1, value), maximum))
        self.spin.setSuffix(translate("MinutesDialog", " min"))
        self.spin.setAccessibleName(label)
        self.spin.selectAll()
        self.label = QLabel(label)
        self.label.setWordWrap(True)
        self.label.setBuddy(self.spin)
        self.buttons = ok_cancel_buttons(self, ok_text)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.spin)
        layout.addWidget(self.buttons)
        self.resize(360, self.sizeHint().height())

    def minutes(self) -> int:
        return self.spin.value()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        title: str,
        label: str,
        value: int,
        maximum: int,
        ok_text: str | None = None,
    ) -> int | None:
        """The minutes chosen, or None when cancelled."""
        dialog = cls(parent, title, label, value, maximum, ok_text)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.minutes()
