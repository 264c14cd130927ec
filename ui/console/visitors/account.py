"""Dialogs acting on a visitor's account: disable it (a reason, an optional last day) and give
a new PIN or remove it. Each behind an ``ask()`` classmethod that tests replace."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.protocol.limits import MAX_REASON_LENGTH, PIN_PATTERN
from kiosk.protocol.people import VisitorDetail
from ui.console.fields import fit_placeholder
from ui.console.visitors.texts import field_error_text, who
from ui.dialogs import ok_cancel_buttons

_PIN = re.compile(PIN_PATTERN)


@dataclass(frozen=True)
class Disablement:
    reason: str
    until: date | None  # the last day; None: until staff enable the account again


class DisableDialog(QDialog):
    def __init__(self, parent: QWidget | None, visitor: VisitorDetail) -> None:
        super().__init__(parent)
        self.setObjectName("DisableDialog")
        self.visitor = visitor
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.reason_label = QLabel()
        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(MAX_REASON_LENGTH)
        self.reason_label.setBuddy(self.reason_edit)
        self.until_check = QCheckBox()
        self.until_edit = QDateEdit()
        self.until_edit.setCalendarPopup(True)
        today = QDate.currentDate()
        self.until_edit.setMinimumDate(today)
        self.until_edit.setDate(today.addDays(7))
        self.until_edit.setEnabled(False)
        self.until_check.toggled.connect(self.until_edit.setEnabled)
        self.buttons = ok_cancel_buttons(self)
        form = QFormLayout()
        form.addRow(self.reason_label, self.reason_edit)
        form.addRow(self.until_check, self.until_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.reason_edit.textChanged.connect(self._update)
        self.retranslate()
        self._update()
        self.resize(460, self.sizeHint().height())

    def disablement(self) -> Disablement:
        until = self.until_edit.date().toPython() if self.until_check.isChecked() else None
        assert until is None or isinstance(until, date)
        return Disablement(self.reason_edit.text().strip(), until)

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.reason_edit.text().strip()))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Disable an account"))
        self.intro.setText(
            self.tr("%1 will not be able to sign in. Their data and usage are kept.").replace(
                "%1", who(self.visitor)
            )
        )
        self.reason_label.setText(self.tr("&Reason"))
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        self.reason_edit.setPlaceholderText(self.tr("Shown to staff, e.g. card lost"))
        fit_placeholder(self.reason_edit)  # "Visible par l'équipe, p. ex. carte perdue"
        self.until_check.setText(self.tr("&Until (last day)"))
        self.until_edit.setAccessibleName(self.tr("Last day of the disablement"))
        self.until_edit.setToolTip(self.tr("Leave unticked to disable until someone enables it"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Disable…"))

    @classmethod
    def ask(cls, parent: QWidget | None, visitor: VisitorDetail) -> Disablement | None:
        dialog = cls(parent, visitor)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.disablement()


@dataclass(frozen=True)
class PinChoice:
    pin: str | None  # None: remove the PIN


class PinDialog(QDialog):
    """A new PIN typed twice (masked), or removing the PIN; mistakes shown under the field."""

    def __init__(self, parent: QWidget | None, visitor: VisitorDetail) -> None:
        super().__init__(parent)
        self.setObjectName("PinDialog")
        self.visitor = visitor
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.new_radio = QRadioButton()
        self.remove_radio = QRadioButton()
        self.remove_radio.setEnabled(visitor.has_pin)
        self.new_radio.setChecked(True)
        self.pin_label = QLabel()
        self.pin_edit = QLineEdit()
        self.again_label = QLabel()
        self.again_edit = QLineEdit()
        for edit, label in ((self.pin_edit, self.pin_label), (self.again_edit, self.again_label)):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(12)
            label.setBuddy(edit)
        self.error = QLabel(objectName="Error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = ok_cancel_buttons(self)
        form = QFormLayout()
        form.addRow(self.pin_label, self.pin_edit)
        form.addRow(self.again_label, self.again_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.new_radio)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.remove_radio)
        layout.addWidget(self.buttons)
        self.new_radio.toggled.connect(self._update)
        self.retranslate()
        self._update()
        self.resize(440, self.sizeHint().height())

    def choice(self) -> PinChoice:
        return PinChoice(None if self.remove_radio.isChecked() else self.pin_edit.text())

    def _update(self) -> None:
        new = self.new_radio.isChecked()
        for widget in (self.pin_label, self.pin_edit, self.again_label, self.again_edit):
            widget.setEnabled(new)
        if not new:
            self.error.hide()

    def accept(self) -> None:
        if self.new_radio.isChecked():
            pin, again = self.pin_edit.text(), self.again_edit.text()
            problem = ""
            if not _PIN.match(pin):
                problem = field_error_text("pin")
            elif pin != again:
                problem = self.tr("The two PINs are not the same: type it again.")
            self.error.setText(problem)
            self.error.setVisible(bool(problem))
            if problem:
                self.pin_edit.setFocus()
                return
        super().accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("PIN of %1").replace("%1", self.visitor.identifier))
        self.intro.setText(
            (
                self.tr("%1 has a PIN. Give a new one, or remove it.")
                if self.visitor.has_pin
                else self.tr("%1 has no PIN: they sign in with their card number only.")
            ).replace("%1", who(self.visitor))
        )
        self.new_radio.setText(self.tr("Give a &new PIN"))
        self.remove_radio.setText(self.tr("&Remove the PIN (card number only)"))
        self.pin_label.setText(self.tr("New &PIN"))
        self.pin_edit.setAccessibleName(self.tr("New PIN"))
        self.pin_edit.setPlaceholderText(self.tr("4 to 12 digits"))
        self.again_label.setText(self.tr("PIN a&gain"))
        self.again_edit.setAccessibleName(self.tr("PIN again"))

    @classmethod
    def ask(cls, parent: QWidget | None, visitor: VisitorDetail) -> PinChoice | None:
        dialog = cls(parent, visitor)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice()
