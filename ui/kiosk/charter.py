"""The site's rules, shown full screen after sign-in until the visitor accepts or refuses them."""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import LANGUAGES
from ui.kiosk.enter_key import enter_presses_buttons
from ui.kiosk.language_switch import add_language_buttons, check_language
from ui.kiosk.lock_screen import LockScreen
from ui.theme import BLUE, margin

log = logging.getLogger("epn.ui.kiosk")

WINDOWED_SIZE = (1280, 800)


def rules_html(text: str) -> str:
    """The charter as rich text: paragraphs at blank lines, line breaks kept, nothing else.

    The text is escaped: a site's charter cannot inject markup, links or images.
    """
    paragraphs = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    body = "".join(
        f'<p style="margin-bottom: 14px">{html.escape(p).replace(chr(10), "<br>")}</p>'
        for p in paragraphs
    )
    return f'<body style="font-size: large; line-height: 140%">{body}</body>'


class CharterScreen(QWidget):
    """The rules in the chosen language, large and scrollable, with "accept" and "refuse".

    Emits ``accepted``, ``refused`` and ``language_requested(code)``; the controller answers a
    language request with :meth:`set_language` (after switching the whole program's language).
    """

    accepted = Signal()
    refused = Signal()
    language_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        # A window of its own, a child of the lock screen so that it follows its stylesheet.
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("CharterScreen")
        enter_presses_buttons(self)
        self.setWindowTitle("EPN Kiosk")
        # Until the theme styles #CharterScreen, the screen colour comes from the palette.
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(BLUE))
        self.setPalette(palette)
        self._texts: dict[str, str] = {}
        self._language = "fr"

        top = QHBoxLayout()
        top.addStretch(1)
        self.language_buttons = add_language_buttons(top, self._language_clicked)

        card = QFrame(objectName="Card")
        card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.card = card
        card.setMaximumWidth(1100)
        card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.title = QLabel(objectName="Title")
        self.title.setWordWrap(True)
        self.hint = QLabel(objectName="Hint")
        self.hint.setWordWrap(True)
        self.text = QTextBrowser(objectName="CharterText")
        self.text.setOpenLinks(False)
        self.text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrows and Page Down scroll it
        self.text.setFrameShape(QFrame.Shape.NoFrame)
        self.refuse_button = QPushButton()
        self.accept_button = QPushButton(objectName="Primary")
        #: side by side; one under the other in larger text (accepting first), see _fit_look
        self.buttons = buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        buttons.addWidget(self.refuse_button)
        buttons.addStretch(1)
        buttons.addWidget(self.accept_button)

        self.inside = inside = QVBoxLayout(card)
        inside.setContentsMargins(40, 28, 40, 28)
        inside.setSpacing(14)
        inside.addWidget(self.title)
        inside.addWidget(self.hint)
        inside.addWidget(self.text, 1)
        inside.addLayout(buttons)

        self.middle = middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(card, 6)
        middle.addStretch(1)

        self.root = root = QVBoxLayout(self)
        root.setContentsMargins(32, 24, 32, 24)
        root.setSpacing(16)
        root.addLayout(top)
        root.addLayout(middle, 1)

        self.accept_button.clicked.connect(self._accept)
        self.refuse_button.clicked.connect(self._refuse)
        self.setTabOrder(self.text, self.refuse_button)
        self.setTabOrder(self.refuse_button, self.accept_button)
        self._fit_look()
        self.retranslate()

    # --- what the controller calls ---------------------------------------------------------

    def show_charter(self, texts: dict[str, str], language: str) -> None:
        """Load the site's rules (by language) and show them in ``language``."""
        self._texts = {code: text for code, text in texts.items() if text.strip()}
        self.set_busy(False)
        self.set_language(language)

    def set_language(self, code: str) -> None:
        self._language = code
        check_language(self.language_buttons, code)
        self.retranslate()

    def set_busy(self, busy: bool) -> None:
        """While the answer is recorded, a second click does nothing."""
        self.accept_button.setEnabled(not busy)
        self.refuse_button.setEnabled(not busy)

    def present(self, *, windowed: bool) -> None:
        """Full screen and top-most on a public PC; an ordinary window in development."""
        if windowed:
            self.resize(*WINDOWED_SIZE)
            self.show()
        else:
            top = Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
            self.setWindowFlags(Qt.WindowType.Window | top)
            screen = QGuiApplication.primaryScreen()
            if screen is not None:
                self.setGeometry(screen.geometry())
            self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.text.verticalScrollBar().setValue(0)
        self.text.setFocus()
        log.info("charter shown (%s)", self.shown_language)

    @property
    def shown_language(self) -> str:
        """The language of the text on screen: the chosen one, or the first the site has."""
        if self._language in self._texts:
            return self._language
        return next((code for code in LANGUAGES if code in self._texts), self._language)

    @property
    def rules_text(self) -> str:
        return self.text.toPlainText()

    # --- internals -------------------------------------------------------------------------

    def _language_clicked(self, code: str) -> None:
        self.set_language(code)
        self.language_requested.emit(code)

    def _accept(self) -> None:
        self.set_busy(True)
        self.accepted.emit()

    def _refuse(self) -> None:
        self.set_busy(True)
        self.refused.emit()

    def _fit_look(self) -> None:
        """In larger text (the lock screen's look, whose stylesheet this screen follows) the
        card takes the whole width, its margins give way to the text and its buttons go one
        under the other: the rules keep room to scroll on a 1024×768 screen."""
        lock = self.parentWidget()
        text_size, scale = (lock.look[0], lock.scale) if isinstance(lock, LockScreen) else (1, 1)
        larger = text_size > 1.0
        for side in (0, 2):
            self.middle.setStretch(side, 0 if larger else 1)
        self.inside.setContentsMargins(*(margin(v, text_size, scale) for v in (40, 28, 40, 28)))
        self.inside.setSpacing(margin(14, text_size, scale))
        self.root.setContentsMargins(*(margin(v, text_size, scale) for v in (32, 24, 32, 24)))
        self.root.setSpacing(margin(16, text_size, scale))
        self.buttons.setDirection(
            QBoxLayout.Direction.BottomToTop if larger else QBoxLayout.Direction.LeftToRight
        )

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.Type.StyleChange, QEvent.Type.ParentChange):
            self._fit_look()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("The rules of this place"))
        shown = self.shown_language
        if shown != self._language and self._texts:
            self.hint.setText(
                self.tr(
                    "The rules are not written in your language yet. Ask the staff if you need help."
                )
            )
        else:
            self.hint.setText(
                self.tr("Please read them. To use a computer here, you need to accept them.")
            )
        self.text.setHtml(rules_html(self._texts.get(shown, "")))
        self.text.setAccessibleName(self.tr("The rules of this place"))
        self.accept_button.setText(self.tr("I accept the rules"))
        self.accept_button.setAccessibleName(self.tr("I accept the rules"))
        self.refuse_button.setText(self.tr("No, I refuse"))
        self.refuse_button.setAccessibleName(self.tr("No, I refuse"))
