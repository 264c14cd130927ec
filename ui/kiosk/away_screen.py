"""The screen of "Lock while I'm away": the session is locked, its time keeps running.

The visitor's own PIN or card number unlocks it. It says how much time is left and when the
session ends if nobody comes back; after too many wrong answers the session ends (kiosk/away.py).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.protocol.limits import MAX_IDENTIFIER_LENGTH
from ui.formats import format_duration
from ui.kiosk.enter_key import enter_presses_buttons
from ui.kiosk.language_switch import add_language_buttons, check_language
from ui.kiosk.lock_screen import LockScreen
from ui.theme import margin

WINDOWED_SIZE = (1280, 800)
#: The card's widest, in letters of the screen's text: 820 px in normal text, more in large.
CARD_WIDTH_EM = 45.5


class AwayScreen(QWidget):
    """Covers the visitor's desktop while they are away.

    Emits ``unlock_requested(secret)`` and ``language_requested(code)``; the controller answers
    with :meth:`show_wrong` or hides it.
    """

    unlock_requested = Signal(str)
    language_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        # a window of its own, a child of the lock screen so that it follows its stylesheet
        super().__init__(parent, Qt.WindowType.Window)
        # the lock screen's look: the same background, card and field in every theme
        self.setObjectName("LockScreen")
        enter_presses_buttons(self)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowTitle("EPN Kiosk")
        self._remaining = 0
        self._away_left = 0
        self._tries_left: int | None = None
        self._empty = False
        self._busy = False

        top = QHBoxLayout()
        top.addStretch(1)
        self.language_buttons = add_language_buttons(top, self.language_requested.emit)

        self.card = card = QFrame(objectName="Card")
        card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        # as tall as its word-wrapped lines need at its width (never held to one line each)
        card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.title = QLabel(objectName="Title")
        self.time_line = QLabel(objectName="Hint")
        self.deadline_line = QLabel(objectName="Message")
        self.deadline_line.setProperty("kind", "info")
        self.field_label = QLabel(objectName="FieldLabel")
        self.secret_edit = QLineEdit()
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_edit.setMaxLength(MAX_IDENTIFIER_LENGTH)
        self.secret_edit.returnPressed.connect(self._submit)
        self.field_label.setBuddy(self.secret_edit)
        self.message = QLabel(objectName="Message")
        self.unlock_button = QPushButton(objectName="Primary")
        self.unlock_button.setAutoDefault(False)
        self.unlock_button.clicked.connect(self._submit)
        for label in (self.title, self.time_line, self.deadline_line, self.message):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field_label.setWordWrap(True)
        self.buttons = buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        #: the field, and the button beside it in larger text (a line less: it fits 1024×768)
        self.entry = QHBoxLayout()
        self.entry.addWidget(self.secret_edit, 1)

        self.form = form = QVBoxLayout(card)
        form.setContentsMargins(48, 36, 48, 36)
        form.setSpacing(12)
        form.addWidget(self.title)
        form.addWidget(self.time_line)
        form.addWidget(self.deadline_line)
        form.addSpacing(8)
        form.addWidget(self.field_label)
        form.addLayout(self.entry)
        form.addWidget(self.message)
        form.addLayout(buttons)

        self.middle = middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(card, 6)
        middle.addStretch(1)
        self.root = layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 28)
        layout.addLayout(top)
        layout.addStretch(1)
        layout.addLayout(middle)
        layout.addStretch(2)
        self.setTabOrder(self.secret_edit, self.unlock_button)
        self._fit_card()
        self.retranslate()

    # --- for the controller ---------------------------------------------------------------

    def place(self, windowed: bool) -> None:
        """Show it over the whole main screen (a plain window with ``windowed``)."""
        if windowed:
            self.resize(*WINDOWED_SIZE)
            self.show()
        else:
            self.setWindowFlags(
                Qt.WindowType.Window
                | Qt.WindowType.FramelessWindowHint
                | Qt.WindowType.WindowStaysOnTopHint
            )
            screen = QGuiApplication.primaryScreen()
            rect = screen.geometry() if screen is not None else QRect(0, 0, *WINDOWED_SIZE)
            self.setGeometry(rect)
            self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.secret_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def reset(self, remaining_seconds: int, away_seconds: int) -> None:
        """Freshly locked: empty field, no message."""
        self._tries_left = None
        self._empty = False
        self.set_busy(False)
        self.secret_edit.clear()
        self.set_times(remaining_seconds, away_seconds)
        self.retranslate()

    def set_times(self, remaining_seconds: int, away_seconds: int) -> None:
        self._remaining = remaining_seconds
        self._away_left = away_seconds
        self.time_line.setText(
            self.tr("Your time keeps running: %1 left.").replace(
                "%1", format_duration(remaining_seconds)
            )
        )
        self.deadline_line.setText(
            self.tr("The session ends in %1 if you do not come back.").replace(
                "%1", format_duration(away_seconds, words=True)
            )
        )

    def show_wrong(self, tries_left: int) -> None:
        """The answer was not the visitor's PIN or card number."""
        self._tries_left = tries_left
        self._empty = False
        self.set_busy(False)
        self.secret_edit.clear()
        self.secret_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._show_message()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.unlock_button.setEnabled(not busy)
        self.secret_edit.setReadOnly(busy)

    def set_language(self, code: str) -> None:
        check_language(self.language_buttons, code)

    @property
    def message_text(self) -> str:
        return self.message.text()

    # --- inside ---------------------------------------------------------------------------

    def _submit(self) -> None:
        if self._busy:
            return
        secret = self.secret_edit.text().strip()
        if not secret:
            self._empty = True
            self._show_message()
            return
        self._empty = False
        self.set_busy(True)
        self.unlock_requested.emit(secret)

    def _show_message(self) -> None:
        if self._empty:
            text = self.tr("Type your PIN or card number first.")
        elif self._tries_left is None:
            text = ""
        else:
            text = self.tr(
                "This is not your PIN or card number. %n more try(s), then the session ends.",
                "",
                self._tries_left,
            )
        self.message.setText(text)

    def _fit_card(self) -> None:
        """The card widens with the text (large text), like the lock screen's; in larger text
        it takes the screen's whole width if it needs it, and the margins give way to the text
        (the look is the lock screen's, whose stylesheet this screen follows)."""
        self.card.setMaximumWidth(round(CARD_WIDTH_EM * self.fontInfo().pixelSize()))
        lock = self.parentWidget()
        text_size, scale = (lock.look[0], lock.scale) if isinstance(lock, LockScreen) else (1, 1)
        for side in (0, 2):
            self.middle.setStretch(side, 1 if text_size <= 1.0 else 0)
        self.form.setContentsMargins(*(margin(v, text_size, scale) for v in (48, 36, 48, 36)))
        self.form.setSpacing(margin(12, text_size, scale))
        beside = text_size > 1.0
        if beside != (self.entry.indexOf(self.unlock_button) >= 0):
            (self.buttons if beside else self.entry).removeWidget(self.unlock_button)
            (self.entry if beside else self.buttons).addWidget(self.unlock_button)
        self.entry.setSpacing(margin(12, text_size, scale))
        self.root.setContentsMargins(*(margin(v, text_size, scale) for v in (28, 20, 28, 28)))
        self.root.setSpacing(margin(12, text_size, scale))
        # a line of message keeps its room, so the card barely moves when one appears
        self.message.setMinimumHeight(round(self.message.fontMetrics().lineSpacing() * 1.3))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_card()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("This computer is locked"))
        self.field_label.setText(self.tr("Type your PIN or card number to unlock"))
        self.secret_edit.setAccessibleName(self.tr("Your PIN or card number"))
        self.unlock_button.setText(self.tr("Unlock"))
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.set_times(self._remaining, self._away_left)
        self._show_message()
