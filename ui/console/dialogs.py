"""Small dialogs shared by the console's views; each behind an ``ask*`` classmethod that tests
replace."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs import ok_cancel_buttons

# lupdate finds calls of a function named translate with a literal context and text.
translate = QCoreApplication.translate


class ConfirmDialog:
    """Asks the staff member to confirm a destructive action; replaced in tests through ask()."""

    @classmethod
    def ask(cls, parent: QWidget | None, text: str) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("ConsoleMessages", "Please confirm"))
        box.setText(text)
        yes = box.addButton(translate("ConsoleMessages", "Yes"), QMessageBox.ButtonRole.YesRole)
        no = box.addButton(translate("ConsoleMessages", "No"), QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(no)
        box.exec()
        return box.clickedButton() is yes


class TextDialog(QDialog):
    """Asks for one text (a reason, a message); OK stays off while the text is empty."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        label: str,
        text: str = "",
        *,
        multiline: bool = False,
        max_length: int = 500,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("TextDialog")
        self.setWindowTitle(title)
        self._max_length = max_length
        self.label = QLabel(label)
        self.label.setWordWrap(True)
        self.edit: QLineEdit | QPlainTextEdit
        if multiline:
            self.edit = QPlainTextEdit(text)
            self.edit.textChanged.connect(self._update)
        else:
            self.edit = QLineEdit(text)
            self.edit.setMaxLength(max_length)
            self.edit.textChanged.connect(self._update)
        self.label.setBuddy(self.edit)
        self.edit.setAccessibleName(label)
        self.buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.edit)
        layout.addWidget(self.buttons)
        self.resize(420, self.sizeHint().height())
        self._update()

    def text(self) -> str:
        if isinstance(self.edit, QPlainTextEdit):
            return self.edit.toPlainText().strip()
        return self.edit.text().strip()

    def _update(self) -> None:
        text = self.text()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(0 < len(text) <= self._max_length)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        title: str,
        label: str,
        text: str = "",
        *,
        multiline: bool = False,
        max_length: int = 500,
    ) -> str | None:
        """The text typed, or None when cancelled."""
        dialog = cls(parent, title, label, text, multiline=multiline, max_length=max_length)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.text()


class FileDialog:
    """Where to save or what to open, and opening a saved file; replaced in tests through
    ask_save() / ask_open() / open_file()."""

    @classmethod
    def ask_save(cls, parent: QWidget | None, title: str, name: str, filter: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, title, name, filter)
        return path or None

    @classmethod
    def ask_open(cls, parent: QWidget | None, title: str, filter: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(parent, title, "", filter)
        return path or None

    @classmethod
    def open_file(cls, path: str) -> None:
        """Open a saved file with the desktop's program for its type (a PDF reader…)."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))
