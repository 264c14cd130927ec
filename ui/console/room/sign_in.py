"""The room's dialog for signing a visitor in from the desk (its minutes: ui/dialogs.py).

Each has an ``ask()`` classmethod that tests replace.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.http import ApiError
from kiosk.protocol.limits import MAX_IDENTIFIER_LENGTH
from ui.console.context import error_text
from ui.dialogs import ok_cancel_buttons

# lupdate finds calls of a function named translate with a literal context and text.
translate = QCoreApplication.translate


def sign_in_refusal(error: BaseException) -> str:
    """Why the server did not sign the visitor in, as a sentence saying what to do."""
    if isinstance(error, ApiError):
        sentences = {
            ErrorCode.UNKNOWN_IDENTIFIER: translate(
                "SignInDialog", "No visitor or guest ticket has this identifier. Check it."
            ),
            ErrorCode.TICKET_INVALID: translate(
                "SignInDialog", "This guest ticket cannot be used (expired or used up)."
            ),
            ErrorCode.ACCOUNT_DISABLED: translate(
                "SignInDialog", "This visitor's account is disabled."
            ),
            ErrorCode.NO_TIME_LEFT: translate(
                "SignInDialog", "This visitor has no computer time left today or this week."
            ),
            ErrorCode.CLOSED: translate(
                "SignInDialog", "The site is closed now: nobody can be signed in."
            ),
            ErrorCode.SIGNED_IN_ELSEWHERE: translate(
                "SignInDialog",
                "This visitor is already signed in on another computer. End that session first.",
            ),
            ErrorCode.STATION_DISABLED: translate(
                "SignInDialog", "This computer is out of order. Choose another one."
            ),
            ErrorCode.OFFLINE: translate(
                "SignInDialog", "This computer is offline. Choose another one."
            ),
            ErrorCode.STATION_IN_USE: translate(
                "SignInDialog", "Someone is already signed in on this computer."
            ),
            ErrorCode.INVALID_REQUEST: translate(
                "SignInDialog", "This identifier is not valid. Check it."
            ),
        }
        if error.code in sentences:
            return sentences[error.code]
    return error_text(error)


#: Sends the identifier; calls one of the two callbacks on the UI thread.
Submit = Callable[[str, Callable[[object], None], Callable[[BaseException], None]], None]


class SignInDialog(QDialog):
    """Asks for the visitor's identifier and signs them in on one free computer.

    The dialog sends the request itself and stays open on a refusal, with the reason in a
    sentence under the field and the identifier kept, so the staff member can correct it.
    """

    def __init__(self, parent: QWidget | None, station: str, submit: Submit) -> None:
        super().__init__(parent)
        self.setObjectName("SignInDialog")
        self.station = station
        self._submit = submit
        self.setWindowTitle(
            translate("SignInDialog", "Sign a visitor in on %1").replace("%1", station)
        )
        self.intro = QLabel(
            translate(
                "SignInDialog",
                "Type or scan the visitor's card number or guest ticket. They are signed in on "
                "%1 without their PIN: you vouch for them.",
            ).replace("%1", station)
        )
        self.intro.setWordWrap(True)
        self.identifier_edit = QLineEdit()
        self.identifier_edit.setMaxLength(MAX_IDENTIFIER_LENGTH)
        self.identifier_edit.setAccessibleName(translate("SignInDialog", "Visitor identifier"))
        self.identifier_label = QLabel(translate("SignInDialog", "&Identifier"))
        self.identifier_label.setBuddy(self.identifier_edit)
        self.error_label = QLabel(objectName="Error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.identifier_label, self.identifier_edit)
        self.buttons = ok_cancel_buttons(self, translate("SignInDialog", "Sign in"))
        self.buttons.accepted.disconnect()
        self.buttons.accepted.connect(self.send)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.identifier_edit.textChanged.connect(self._update)
        self.resize(460, self.sizeHint().height())
        self._sending = False
        self._update()

    @property
    def error_text(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def identifier(self) -> str:
        return self.identifier_edit.text().strip()

    def send(self) -> None:
        identifier = self.identifier()
        if not identifier or self._sending:
            return
        self._sending = True
        self.error_label.hide()
        self._update()
        self._submit(identifier, self._done, self._refused)

    def _done(self, _result: object) -> None:
        self._sending = False
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self._sending = False
        self.error_label.setText(sign_in_refusal(error))
        self.error_label.show()
        self._update()
        self.identifier_edit.setFocus()
        self.identifier_edit.selectAll()

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.identifier()) and not self._sending)
        self.identifier_edit.setReadOnly(self._sending)

    @classmethod
    def ask(cls, parent: QWidget | None, station: str, submit: Submit) -> bool:
        """True once the visitor was signed in; False when the staff member cancels."""
        dialog = cls(parent, station, submit)
        return dialog.exec() == QDialog.DialogCode.Accepted
