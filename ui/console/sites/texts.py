"""A site's lock-screen message and charter, in French, Dutch and English.

One tab per language, a plain text editor each, and a character count against the length the
server accepts (the text is never cut: a pasted text that is too long is shown in red and
refused before anything is sent, so nothing typed is lost).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import LANGUAGES
from ui.theme import BLUE, PAPER

PREVIEW_STYLE = (
    f"QLabel#KioskPreview {{ background: {BLUE}; color: {PAPER}; font-size: 20px;"
    " padding: 14px; border-radius: 6px; }"
)


class LanguageTexts(QWidget):
    """One text per language; ``changed`` on every edit."""

    changed = Signal()

    def __init__(self, kind: str, max_length: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.max_length = max_length
        self.setObjectName(f"Texts-{kind}")
        self.tabs = QTabWidget()
        self.edits: dict[str, QPlainTextEdit] = {}
        self.counts: dict[str, QLabel] = {}
        for code, name in LANGUAGES.items():
            page = QWidget()
            edit = QPlainTextEdit()
            edit.setObjectName(f"{kind}-{code}")
            edit.setTabChangesFocus(True)
            count = QLabel(objectName="Status")
            count.setAlignment(Qt.AlignmentFlag.AlignRight)
            layout = QVBoxLayout(page)
            layout.addWidget(edit, 1)
            layout.addWidget(count)
            self.tabs.addTab(page, name)
            self.edits[code], self.counts[code] = edit, count
            edit.textChanged.connect(lambda c=code: self._edited(c))
        self.error = QLabel(objectName="Error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.error)
        layout.addWidget(self.tabs, 1)
        self._loading = False
        self.retranslate()

    # --- values ----------------------------------------------------------------------------

    def set_texts(self, texts: dict[str, str]) -> None:
        self._loading = True
        for code, edit in self.edits.items():
            edit.setPlainText(texts.get(code, ""))
            self._count(code)
        self._loading = False
        self.set_error("")

    def texts(self) -> dict[str, str]:
        """Every language's text; an empty one removes it on the server."""
        return {code: edit.toPlainText().strip() for code, edit in self.edits.items()}

    def too_long(self) -> list[str]:
        return [
            code
            for code, edit in self.edits.items()
            if len(edit.toPlainText().strip()) > self.max_length
        ]

    def check(self) -> bool:
        """Say which language is too long and show it; True when all fit."""
        over = self.too_long()
        if not over:
            self.set_error("")
            return True
        code = over[0]
        self.tabs.setCurrentIndex(list(self.edits).index(code))
        self.set_error(
            self.tr("The text in %1 is too long: at most %2 characters. Shorten it to save.")
            .replace("%1", LANGUAGES[code])
            .replace("%2", str(self.max_length))
        )
        return False

    def set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    @property
    def error_text(self) -> str:
        return self.error.text() if self.error.isVisibleTo(self) else ""

    def current_language(self) -> str:
        return list(self.edits)[self.tabs.currentIndex()]

    def _edited(self, code: str) -> None:
        self._count(code)
        if not self._loading:
            self.changed.emit()

    def _count(self, code: str) -> None:
        length = len(self.edits[code].toPlainText().strip())
        label = self.counts[code]
        label.setText(
            self.tr("%1 / %2 characters")
            .replace("%1", str(length))
            .replace("%2", str(self.max_length))
        )
        over = length > self.max_length
        if label.objectName() != ("Error" if over else "Status"):
            label.setObjectName("Error" if over else "Status")
            label.style().unpolish(label)
            label.style().polish(label)

    def retranslate(self) -> None:
        for code, edit in self.edits.items():
            if self.kind == "message":
                edit.setAccessibleName(
                    self.tr("Lock-screen message in %1").replace("%1", LANGUAGES[code])
                )
                edit.setPlaceholderText(
                    self.tr("e.g. The EPN closes at 16:00 on Friday. Workshop on Tuesday at 10:00.")
                )
            elif self.kind == "register":
                edit.setAccessibleName(
                    self.tr("How to register in %1").replace("%1", LANGUAGES[code])
                )
                edit.setPlaceholderText(
                    self.tr("e.g. At the desk or by phone, from Monday before the workshop.")
                )
            else:
                edit.setAccessibleName(self.tr("Charter in %1").replace("%1", LANGUAGES[code]))
                edit.setPlaceholderText(
                    self.tr("The rules visitors accept before their first session of the day.")
                )
            self._count(code)


class MessageEditor(QWidget):
    """The lock-screen message, with a preview of how the kiosk shows it."""

    changed = Signal()

    def __init__(self, max_length: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts = LanguageTexts("message", max_length)
        self.explain = QLabel(objectName="Status")
        self.explain.setWordWrap(True)
        self.preview_label = QLabel()
        self.preview = QLabel(objectName="KioskPreview")
        self.preview.setStyleSheet(PREVIEW_STYLE)
        self.preview.setWordWrap(True)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(70)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.texts, 1)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.preview)
        self.texts.changed.connect(self.changed)
        self.texts.changed.connect(self._preview)
        self.texts.tabs.currentChanged.connect(self._preview)
        self.retranslate()

    def _preview(self, *_args: object) -> None:
        code = self.texts.current_language()
        text = self.texts.texts()[code]
        self.preview.setText(text or self.tr("(no message in %1)").replace("%1", LANGUAGES[code]))

    def retranslate(self) -> None:
        self.explain.setText(
            self.tr(
                "Shown under the site's name on the lock screen of every computer of the site, "
                "in the visitor's language. Leave a language empty to show nothing in it."
            )
        )
        self.preview_label.setText(self.tr("On the lock screen:"))
        self.texts.retranslate()
        self._preview()


class CharterEditor(QWidget):
    """The charter per language, and whether visitors must accept it."""

    changed = Signal()

    def __init__(self, max_length: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.required_label = QLabel()
        self.required = QComboBox()
        self.required.setObjectName("CharterRequired")
        for value in ("auto", "yes", "no"):
            self.required.addItem("", value)
        self.required_label.setBuddy(self.required)
        self.texts = LanguageTexts("charter", max_length)
        top = QHBoxLayout()
        top.addWidget(self.required_label)
        top.addWidget(self.required, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.texts, 1)
        self.required.currentIndexChanged.connect(lambda _i: self._required_changed())
        self.texts.changed.connect(self.changed)
        self._loading = False
        self.retranslate()

    def set_required(self, required: bool | None) -> None:
        self._loading = True
        choice = "auto" if required is None else ("yes" if required else "no")
        self.required.setCurrentIndex(max(self.required.findData(choice), 0))
        self._loading = False

    def required_value(self) -> bool | None:
        value = self.required.currentData()
        return None if value == "auto" else value == "yes"

    def _required_changed(self) -> None:
        if not self._loading:
            self.changed.emit()

    def retranslate(self) -> None:
        self.required_label.setText(self.tr("Visitors accept the &charter"))
        self.required.setAccessibleName(self.tr("Whether visitors accept the charter"))
        self.required.setItemText(
            0, self.tr("Automatically: once a day when the site has a charter text")
        )
        self.required.setItemText(1, self.tr("Yes, once a day before their first session"))
        self.required.setItemText(2, self.tr("No, never asked"))
        self.required.setToolTip(self.tr("Guests with a ticket accept it at every session."))
        self.texts.retranslate()
