"""The message staff send to computers: a ready-made one picked from the site's list (sent in
every language it has, so each station shows its visitor's), or a text typed here.

:class:`MessageDialog` asks for it (``ask``, replaced in tests); :class:`ReadyMessagesEditor`
adds, changes and removes the site's ready-made messages, each in French, Dutch and English.
The server checks what is saved (lengths, a text in the site's language) and its refusal is
shown in the editor; the editor only keeps Save off while a message has no text at all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.http import ApiError
from kiosk.protocol.limits import MAX_MESSAGE_LENGTH
from kiosk.protocol.sites import ReadyMessage, SiteReadyMessages
from ui.dialogs import ok_cancel_buttons
from ui.theme import MUTED

# lupdate finds calls of a function named translate with a literal context and text.
translate = QCoreApplication.translate

LANGUAGES = ("fr", "nl", "en")


@dataclass(frozen=True)
class MessageChoice:
    """What to send: ``text`` (the site's language, or typed), and ``texts`` by language when
    a ready-made message was picked as it is."""

    text: str
    texts: dict[str, str] = field(default_factory=dict)


def shown_text(message: ReadyMessage, site_language: str) -> str:
    """A ready-made message as staff read it: the console's language, else the site's."""
    language = QLocale().name()[:2]
    texts: dict[str, str] = dict(message.texts)
    return texts.get(language) or texts.get(site_language) or next(iter(texts.values()), "")


def language_name(language: str) -> str:
    names = {
        "fr": translate("ReadyMessages", "French"),
        "nl": translate("ReadyMessages", "Dutch"),
        "en": translate("ReadyMessages", "English"),
    }
    return names[language]


class MessageDialog(QDialog):
    """A list of the site's ready-made messages over the text to send."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        ready: SiteReadyMessages | None,
        edit: Callable[[], SiteReadyMessages | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MessageDialog")
        self.setWindowTitle(title)
        self._ready = ready or SiteReadyMessages()
        self._edit = edit
        self._picked: ReadyMessage | None = None
        self.ready_label = QLabel()
        self.ready_list = QListWidget(objectName="ReadyMessages")
        self.ready_list.setWordWrap(True)
        self.ready_label.setBuddy(self.ready_list)
        self.ready_list.currentRowChanged.connect(self._pick)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self._edit_list)
        self.edit_button.setVisible(edit is not None)
        self.text_label = QLabel()
        self.text_label.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text_label.setBuddy(self.text)
        self.text.textChanged.connect(self._typed)
        self.languages_label = QLabel(objectName="Status")
        self.languages_label.setWordWrap(True)
        self.buttons = ok_cancel_buttons(self)
        head = QHBoxLayout()
        head.addWidget(self.ready_label, 1)
        head.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.ready_list)
        layout.addWidget(self.text_label)
        layout.addWidget(self.text)
        layout.addWidget(self.languages_label)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._fill()
        self.resize(520, 460)

    def retranslate(self) -> None:
        self.ready_label.setText(translate("ReadyMessages", "&Ready-made messages:"))
        self.ready_list.setAccessibleName(translate("ReadyMessages", "Ready-made messages"))
        self.edit_button.setText(translate("ReadyMessages", "Edit the list…"))
        self.text_label.setText(
            translate(
                "ReadyMessages",
                "&Message (shown on the screen until the visitor closes it):",
            )
        )
        self.text.setAccessibleName(translate("ReadyMessages", "Message"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("ReadyMessages", "Send")
        )
        self._typed()

    def _fill(self) -> None:
        self.ready_list.blockSignals(True)
        self.ready_list.clear()
        for message in self._ready.messages:
            item = QListWidgetItem(shown_text(message, self._ready.language))
            item.setData(Qt.ItemDataRole.UserRole, message.id)
            self.ready_list.addItem(item)
        self.ready_list.setCurrentRow(-1)
        self.ready_list.blockSignals(False)
        if not self._ready.messages:
            empty = QListWidgetItem(translate("ReadyMessages", "No ready-made message yet."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            # a disabled item is drawn in Qt's disabled grey (#bebebe on white, 1.86:1)
            empty.setForeground(QColor(MUTED))
            self.ready_list.addItem(empty)

    def pick(self, row: int) -> None:
        """Choose the ready-made message of ``row`` (what a click does)."""
        self.ready_list.setCurrentRow(row)

    def _pick(self, row: int) -> None:
        if not 0 <= row < len(self._ready.messages):
            return
        message = self._ready.messages[row]
        self.text.setPlainText(shown_text(message, self._ready.language))
        self._picked = message  # after the text: typing changes it back to a typed message
        self._typed()

    def _typed(self) -> None:
        text = self.text.toPlainText().strip()
        picked = self._picked
        if picked is not None and text != shown_text(picked, self._ready.language):
            self._picked = None  # changed by hand: sent as typed, in this language only
            self.ready_list.blockSignals(True)
            self.ready_list.setCurrentRow(-1)
            self.ready_list.blockSignals(False)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(0 < len(text) <= MAX_MESSAGE_LENGTH)
        if self._picked is not None:
            names = ", ".join(language_name(lang) for lang in LANGUAGES if lang in picked.texts)  # type: ignore[union-attr]
            self.languages_label.setText(
                translate(
                    "ReadyMessages", "Each computer shows it in its visitor's language (%1)."
                ).replace("%1", names)
            )
        else:
            self.languages_label.setText(
                translate("ReadyMessages", "A typed message is shown as you write it.")
            )

    def _edit_list(self) -> None:
        if self._edit is None:
            return
        saved = self._edit()
        if saved is not None:
            self._ready = saved
            self._picked = None
            self._fill()
            self._typed()

    def choice(self) -> MessageChoice:
        text = self.text.toPlainText().strip()
        if self._picked is None:
            return MessageChoice(text)
        texts = dict(self._picked.texts)
        return MessageChoice(texts.get(self._ready.language) or text, texts)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        title: str,
        ready: SiteReadyMessages | None,
        edit: Callable[[], SiteReadyMessages | None] | None = None,
    ) -> MessageChoice | None:
        """What to send, or None when cancelled."""
        dialog = cls(parent, title, ready, edit)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.choice()
        finally:
            dialog.deleteLater()


#: Saves a site's list (through the server's checks), then calls ``done`` with what was saved or
#: ``failed`` with the refusal: the editor closes only once saved.
SaveReadyMessages = Callable[
    [SiteReadyMessages, Callable[[SiteReadyMessages], None], Callable[[BaseException], None]],
    None,
]


class ReadyMessagesEditor(QDialog):
    """Add, change and remove a site's ready-made messages, each in French, Dutch and English.

    ``save`` sends the list to the server and calls back with what it stored or its refusal;
    the dialog closes only once saved.
    """

    def __init__(
        self,
        parent: QWidget | None,
        site_name: str,
        ready: SiteReadyMessages,
        save: SaveReadyMessages,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ReadyMessagesEditor")
        self._language = ready.language
        self._messages: list[ReadyMessage] = [m.model_copy(deep=True) for m in ready.messages]
        self._save = save
        self.saved: SiteReadyMessages | None = None
        self.setWindowTitle(
            translate("ReadyMessages", "Ready-made messages of %1").replace("%1", site_name)
        )
        self.list = QListWidget(objectName="ReadyMessages")
        self.list.setWordWrap(True)
        self.list.setAccessibleName(translate("ReadyMessages", "Ready-made messages"))
        self.list.currentRowChanged.connect(self._show)
        self.add_button = QPushButton(translate("ReadyMessages", "&Add"))
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(translate("ReadyMessages", "&Delete"))
        self.remove_button.clicked.connect(self.remove)
        self.fields: dict[str, QPlainTextEdit] = {}
        form = QFormLayout()
        for lang in LANGUAGES:
            edit = QPlainTextEdit()
            edit.setAccessibleName(language_name(lang))
            edit.setFixedHeight(64)
            edit.textChanged.connect(lambda lang=lang: self._edited(lang))
            self.fields[lang] = edit
            label = QLabel(self._field_label(lang))
            label.setBuddy(edit)
            form.addRow(label, edit)
        self.error_label = QLabel(objectName="Error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = ok_cancel_buttons(self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("ReadyMessages", "Save")
        )
        side = QVBoxLayout()
        side.addWidget(self.add_button)
        side.addWidget(self.remove_button)
        side.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.list, 1)
        top.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._refill()
        self.resize(620, 560)

    def _field_label(self, lang: str) -> str:
        if lang == self._language:  # the site's language: required
            return translate("ReadyMessages", "%1 (required):").replace("%1", language_name(lang))
        return translate("ReadyMessages", "%1:").replace("%1", language_name(lang))

    # --- the list ------------------------------------------------------------------------------

    def _refill(self, row: int | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for message in self._messages:
            self.list.addItem(shown_text(message, self._language) or "…")
        self.list.blockSignals(False)
        target = len(self._messages) - 1 if row is None else row
        self.list.setCurrentRow(min(target, len(self._messages) - 1))
        self._show(self.list.currentRow())

    def _show(self, row: int) -> None:
        message = self._messages[row] if 0 <= row < len(self._messages) else None
        for lang, edit in self.fields.items():
            edit.blockSignals(True)
            edit.setPlainText(dict(message.texts).get(lang, "") if message else "")
            edit.setEnabled(message is not None)
            edit.blockSignals(False)
        self.remove_button.setEnabled(message is not None)
        self._update()

    def add(self) -> None:
        self._messages.append(ReadyMessage.model_construct(id=None, texts={}))
        self._refill(len(self._messages) - 1)
        self.fields[self._language].setFocus()

    def remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._messages):
            del self._messages[row]
            self._refill(max(0, row - 1))

    def _edited(self, lang: str) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self._messages):
            return
        message = self._messages[row]
        texts: dict[str, str] = dict(message.texts)
        text = self.fields[lang].toPlainText()
        if text.strip():
            texts[lang] = text
        else:
            texts.pop(lang, None)
        message.texts = texts  # type: ignore[assignment]
        item = self.list.item(row)
        if item is not None:
            item.setText(shown_text(message, self._language) or "…")
        self._update()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(all(m.texts for m in self._messages))
        self.error_label.hide()

    # --- saving ----------------------------------------------------------------------------------

    def accept(self) -> None:  # Qt override: saved first, closed once the server agrees
        body = SiteReadyMessages.model_construct(language=self._language, messages=self._messages)
        self.buttons.setEnabled(False)
        self._save(body, self._did_save, self._did_fail)

    def _did_save(self, saved: SiteReadyMessages) -> None:
        self.buttons.setEnabled(True)
        self.saved = saved
        super().accept()

    def _did_fail(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error_label.setText(refusal_text(error, self._language))
        self.error_label.show()
        if isinstance(error, ApiError) and isinstance(error.details.get("message"), int):
            self.list.setCurrentRow(error.details["message"])

    @classmethod
    def edit(
        cls,
        parent: QWidget | None,
        site_name: str,
        ready: SiteReadyMessages,
        save: SaveReadyMessages,
    ) -> SiteReadyMessages | None:
        """The list as saved, or None when cancelled; replaced in tests."""
        dialog = cls(parent, site_name, ready, save)
        try:
            dialog.exec()
            return dialog.saved
        finally:
            dialog.deleteLater()


def refusal_text(error: BaseException, site_language: str) -> str:
    """Why the server refused the list, as staff can act on it."""
    if isinstance(error, ApiError) and error.code == ErrorCode.MESSAGE_LANGUAGE_MISSING:
        # whole sentences: French writes the language's name in lower case here
        sentences = {
            "fr": translate(
                "ReadyMessages", "Each message needs a text in French, the site's language."
            ),
            "nl": translate(
                "ReadyMessages", "Each message needs a text in Dutch, the site's language."
            ),
            "en": translate(
                "ReadyMessages", "Each message needs a text in English, the site's language."
            ),
        }
        return sentences[site_language]
    if isinstance(error, ApiError) and error.code == ErrorCode.INVALID_REQUEST:
        return translate(
            "ReadyMessages",
            "A message is too long (%1 characters at most) or empty, or there are too many.",
        ).replace("%1", str(MAX_MESSAGE_LENGTH))
    from ui.console.context import error_text

    return error_text(error)
