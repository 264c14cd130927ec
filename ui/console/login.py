"""Staff sign-in: server, username and password; the check runs off the UI thread."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.protocol.enums import ErrorCode
from kiosk.protocol.http import ApiError, ServerUnreachable
from ui.tasks import TaskManager

if TYPE_CHECKING:
    # a pydantic model: loaded with the staff client, at the first sign-in attempt (its worker)
    from kiosk.protocol.staff import LoginResponse

log = logging.getLogger("epn.ui.console.login")

# lupdate finds calls of a function named translate with a literal context and text.
translate = QCoreApplication.translate


class LoginClient(Protocol):
    def login(self, username: str, password: str) -> LoginResponse: ...


def login_error_text(error: BaseException) -> str:
    """Translated sentence for anything a staff login attempt raised."""
    if isinstance(error, ServerUnreachable):
        return translate(
            "ConsoleMessages", "The server cannot be reached. Check the network, then try again."
        )
    if isinstance(error, ApiError):
        if error.code in (ErrorCode.BAD_LOGIN, ErrorCode.UNAUTHENTICATED):
            return translate("ConsoleMessages", "Wrong username or password.")
        if error.code == ErrorCode.LOCKED_OUT:
            return translate(
                "ConsoleMessages", "Too many tries. Wait a few minutes, then try again."
            )
        if error.code == ErrorCode.INVALID_REQUEST:
            return translate("ConsoleMessages", "Type your username and password.")
        return translate("ConsoleMessages", "Sign-in did not work. Try again.")
    return translate("ConsoleMessages", "Something went wrong. Try again, or call the IT helpdesk.")


class LoginDialog(QDialog):
    """Asks for the staff credentials and checks them with the server.

    Use :meth:`ask`; tests replace it.
    """

    def __init__(
        self,
        parent: QWidget | None,
        server_url: str,
        client: LoginClient,
        tasks: TaskManager,
        username: str = "",
        password: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("LoginDialog")
        self.setModal(True)
        self._client = client
        self._tasks = tasks
        self._busy = False
        self._error_source = str  # kept as a function: re-translated on a language switch
        self.response: LoginResponse | None = None

        self.title = QLabel(objectName="Title")
        self.server_label = QLabel()
        self.server_edit = QLineEdit(server_url)
        self.server_edit.setReadOnly(bool(server_url))
        self.username_label = QLabel()
        self.username_edit = QLineEdit(username)
        self.username_edit.setMaxLength(64)
        self.password_label = QLabel()
        self.password_edit = QLineEdit(password)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setMaxLength(256)
        for label, edit in (
            (self.server_label, self.server_edit),
            (self.username_label, self.username_edit),
            (self.password_label, self.password_edit),
        ):
            label.setBuddy(edit)
        self.error_label = QLabel(objectName="Error")
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.login_button = QPushButton(objectName="Primary")
        self.login_button.setDefault(True)
        self.cancel_button = QPushButton()
        self.buttons.addButton(self.login_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)

        form = QFormLayout()
        form.addRow(self.server_label, self.server_edit)
        form.addRow(self.username_label, self.username_edit)
        form.addRow(self.password_label, self.password_edit)
        root = QVBoxLayout(self)
        root.addWidget(self.title)
        root.addLayout(form)
        root.addWidget(self.error_label)
        root.addWidget(self.buttons)

        self.username_edit.returnPressed.connect(self._username_entered)
        self.password_edit.returnPressed.connect(self.submit)
        self.login_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        self.setMinimumWidth(420)
        self.retranslate()
        (self.password_edit if username else self.username_edit).setFocus()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        server_url: str,
        client: LoginClient,
        tasks: TaskManager,
        username: str = "",
        password: str = "",
    ) -> LoginResponse | None:
        """Show the dialog until the server accepts the credentials; None if cancelled."""
        dialog = cls(parent, server_url, client, tasks, username, password)
        dialog.exec()
        return dialog.response

    @property
    def error_text(self) -> str:
        return self.error_label.text()

    def submit(self) -> None:
        if self._busy:
            return
        username = self.username_edit.text().strip()
        password = self.password_edit.text()
        if not self.server_edit.text().strip():
            self._show_error(
                lambda: translate("ConsoleMessages", "Type the address of the server.")
            )
            self.server_edit.setFocus()
            return
        if not username or not password:
            self._show_error(
                lambda: translate("ConsoleMessages", "Type your username and password.")
            )
            (self.password_edit if username else self.username_edit).setFocus()
            return
        self._set_busy(True)
        self._tasks.run(
            lambda: self._client.login(username, password), self._logged_in, self._failed
        )

    def reject(self) -> None:
        self._busy = False  # an answer arriving after cancel is ignored
        super().reject()

    def _username_entered(self) -> None:
        if self.password_edit.text():
            self.submit()
        else:
            self.password_edit.setFocus()

    def _logged_in(self, response: LoginResponse) -> None:
        if not self._busy:
            return
        self._set_busy(False)
        self.response = response
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if not self._busy:
            return
        if not isinstance(error, ApiError | ServerUnreachable):
            log.error("staff login failed", exc_info=error)
        self._set_busy(False)
        self._show_error(lambda: login_error_text(error))
        self.password_edit.selectAll()
        self.password_edit.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.login_button.setEnabled(not busy)
        self.username_edit.setReadOnly(busy)
        self.password_edit.setReadOnly(busy)
        if busy:
            self._show_error(lambda: translate("ConsoleMessages", "Signing in…"))

    def _show_error(self, text: object) -> None:
        self._error_source = text  # type: ignore[assignment]
        self.error_label.setText(self._error_source())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Staff sign-in"))
        self.title.setText(self.tr("EPN console — staff sign-in"))
        self.server_label.setText(self.tr("Server"))
        self.username_label.setText(self.tr("Username"))
        self.password_label.setText(self.tr("Password"))
        self.login_button.setText(self.tr("Sign in"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.username_edit.setAccessibleName(self.tr("Username"))
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.error_label.setText(self._error_source())
