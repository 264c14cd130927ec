"""A visitor's rights from the Visitors page: everything held about them (JSON or a readable
PDF) saved where the member chooses, and, for admins, the erasure of the account.

Both go through the server (GET /visitors/{card}/data, data.pdf; POST .../erase), which audits
them; the calls run off the UI thread (:meth:`ConsoleContext.run`). Each dialog sits behind a
classmethod that tests replace.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.protocol.http import ApiError
from kiosk.protocol.people import VisitorDetail
from kiosk.protocol.privacy import Erasure
from ui.console.context import ConsoleContext
from ui.console.dialogs import FileDialog
from ui.console.refusals import visitor_refusal_text
from ui.console.visitors.texts import who
from ui.console.workshops.texts import console_language, language_text

# lupdate finds calls of a function named translate with a literal context and text.
translate = QCoreApplication.translate

#: The languages the server writes the PDF in.
PDF_LANGUAGES = ("fr", "nl", "en")


class VisitorData(QObject):
    """The context of the sentences with a count (``tr()``: lupdate marks plurals only there)."""


@dataclass(frozen=True)
class ExportChoice:
    kind: str  # "json" or "pdf"
    language: str  # the PDF's language (unused for JSON)


class ExportDialog(QDialog):
    """JSON (for another program) or PDF (for the visitor to read), and the PDF's language."""

    def __init__(self, parent: QWidget | None, visitor: VisitorDetail) -> None:
        super().__init__(parent)
        self.setObjectName("ExportDataDialog")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.pdf_radio = QRadioButton()
        self.json_radio = QRadioButton()
        self.pdf_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.pdf_radio)
        group.addButton(self.json_radio)
        self.language_combo = QComboBox()
        for code in PDF_LANGUAGES:
            self.language_combo.addItem(language_text(code), code)
        self.language_combo.setCurrentIndex(self.language_combo.findData(console_language()))
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language_combo)
        form = QFormLayout()
        form.addRow(self.language_label, self.language_combo)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.pdf_radio.toggled.connect(self.language_combo.setEnabled)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.pdf_radio)
        layout.addLayout(form)
        layout.addWidget(self.json_radio)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Export the data of %1").replace("%1", who(visitor)))
        self.intro.setText(
            self.tr(
                "Everything the server holds about %1: the account, the sessions, the workshop "
                "registrations and the audit entries naming them. The export is recorded in "
                "the audit log."
            ).replace("%1", who(visitor))
        )
        self.pdf_radio.setText(self.tr("A readable &PDF, to print or hand to the visitor"))
        self.json_radio.setText(self.tr("&JSON, for another program"))
        self.language_label.setText(self.tr("PDF &language"))
        self.save_button.setText(self.tr("&Save…"))
        self.cancel_button.setText(self.tr("Cancel"))

    def choice(self) -> ExportChoice:
        kind = "pdf" if self.pdf_radio.isChecked() else "json"
        return ExportChoice(kind, str(self.language_combo.currentData()))

    @classmethod
    def ask(cls, parent: QWidget | None, visitor: VisitorDetail) -> ExportChoice | None:
        dialog = cls(parent, visitor)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice()


def _information(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    return box


class SavedDialog:
    """ "Saved" with Open (the file in the desktop's program) and Close; tests replace it."""

    @classmethod
    def ask(cls, parent: QWidget | None, path: str) -> bool:
        """True when the member chose Open (the file is opened then)."""
        box = _information(
            parent,
            translate("VisitorData", "Saved"),
            translate("VisitorData", "The data was saved in %1.").replace("%1", path),
        )
        opened = box.addButton(translate("VisitorData", "&Open"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("VisitorData", "Close"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is not opened:
            return False
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))
        return True


class EraseDialog(QDialog):
    """Says what erasing does and asks for the card number typed again before Erase."""

    def __init__(self, parent: QWidget | None, visitor: VisitorDetail) -> None:
        super().__init__(parent)
        self.setObjectName("EraseDialog")
        self.identifier = visitor.identifier
        self.heading = QLabel(objectName="Title")
        self.heading.setWordWrap(True)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.card_label = QLabel()
        self.card_label.setWordWrap(True)
        self.card_edit = QLineEdit()
        self.card_edit.setMaxLength(100)
        self.card_label.setBuddy(self.card_edit)
        self.buttons = QDialogButtonBox()
        self.erase_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.erase_button.setObjectName("Danger")
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setDefault(True)
        self.erase_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.card_edit.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.explanation, self.card_label, self.card_edit):
            layout.addWidget(widget)
        layout.addWidget(self.buttons)
        name = who(visitor)
        self.setWindowTitle(self.tr("Erase an account"))
        self.heading.setText(self.tr("Erase the account of %1?").replace("%1", name))
        self.explanation.setText(
            self.tr(
                "The name, card number, PIN, notes and profile of this visitor are removed at "
                "once, with their workshop registrations' names and the audit entries naming "
                "them. Their sessions stay, under no name, so the statistics still count "
                "them. This cannot be undone: the visitor will need a new account to come "
                "back. The erasure is recorded with a receipt number."
            )
        )
        self.card_label.setText(
            self.tr("To confirm, &type the card number %1:").replace("%1", visitor.identifier)
        )
        self.erase_button.setText(self.tr("Erase for good"))
        self.cancel_button.setText(self.tr("Cancel"))
        # wrapped labels get their height for this width: a layout asked before clips them
        self.setMinimumWidth(520)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)

    def _update(self) -> None:
        self.erase_button.setEnabled(self.card_edit.text().strip() == self.identifier)

    def accept(self) -> None:
        if self.erase_button.isEnabled():
            super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, visitor: VisitorDetail) -> bool:
        return cls(parent, visitor).exec() == QDialog.DialogCode.Accepted


class ReceiptDialog:
    """The erasure's receipt (the audit entry's id); tests replace it."""

    @classmethod
    def ask(cls, parent: QWidget | None, text: str) -> None:
        _information(parent, translate("VisitorData", "Account erased"), text).exec()


def export_data(parent: QWidget, context: ConsoleContext, visitor: VisitorDetail) -> None:
    """Ask JSON or PDF, then where; fetch and write off the UI thread; say Saved with Open."""
    choice = ExportDialog.ask(parent, visitor)
    if choice is None:
        return
    day = context.today().isoformat()
    if choice.kind == "pdf":
        name = f"visitor-{visitor.identifier}-{day}-{choice.language}.pdf"
        filter_ = translate("VisitorData", "PDF documents (*.pdf)")
    else:
        name = f"visitor-{visitor.identifier}-{day}.json"
        filter_ = translate("VisitorData", "JSON files (*.json)")
    path = FileDialog.ask_save(
        parent, translate("VisitorData", "Save the visitor's data"), name, filter_
    )
    if not path:
        return
    client, identifier = context.client, visitor.identifier

    def fetch_and_write() -> bool:
        if choice.kind == "pdf":
            content = client.visitor_data_pdf(identifier, choice.language)
        else:
            content = (client.visitor_data(identifier).model_dump_json(indent=2) + "\n").encode()
        try:
            Path(path).write_bytes(content)
        except OSError:
            return False
        return True

    def done(written: bool) -> None:
        if not written:
            context.show_write_failed(path)
            return
        context.show_message(
            lambda: (
                translate("VisitorData", "The data of %1 was saved in %2.")
                .replace("%1", who(visitor))
                .replace("%2", path)
            )
        )
        SavedDialog.ask(parent, path)

    context.show_message(lambda: translate("VisitorData", "Exporting…"))
    context.run(fetch_and_write, done, lambda error: _refused(context, error))


def erase_account(
    parent: QWidget,
    context: ConsoleContext,
    visitor: VisitorDetail,
    erased: Callable[[VisitorDetail], None],
) -> None:
    """Admins: the serious confirmation, the erasure, its receipt; ``erased`` drops the row."""
    if not context.is_admin or not EraseDialog.ask(parent, visitor):
        return
    client, identifier = context.client, visitor.identifier

    def done(erasure: Erasure) -> None:
        erased(visitor)

        def text() -> str:
            return (
                VisitorData.tr(
                    "The account of %1 was erased; %n session(s) now count under no name. "
                    "Receipt number: %2 (the audit entry; give it to the visitor if they ask).",
                    "",
                    erasure.sessions_pseudonymised,
                )
                .replace("%1", who(visitor))
                .replace("%2", str(erasure.receipt))
            )

        context.show_message(text)
        ReceiptDialog.ask(parent, text())

    context.show_message(lambda: translate("VisitorData", "Erasing…"))
    context.run(lambda: client.erase_visitor(identifier), done, lambda e: _refused(context, e))


def _refused(context: ConsoleContext, error: BaseException) -> None:
    said = visitor_refusal_text(error) if isinstance(error, ApiError) else None
    if said is None:
        context.show_error(error)
    else:
        context.show_message(lambda: said, error=True)
