"""The lock screen: sign in with a card number (typed or scanned), then a PIN when the card has one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.protocol import MAX_IDENTIFIER_LENGTH, MAX_PIN_LENGTH
from ui.i18n import LANGUAGES
from ui.kiosk.messages import empty_identifier_text


class LockScreen(QWidget):
    """What a visitor sees while the station is free.

    Emits ``sign_in_requested(identifier, pin)`` (pin is None until the server asks for one) and
    ``language_requested(code)``. The controller answers with :meth:`ask_pin`,
    :meth:`show_error` or :meth:`reset`.
    """

    sign_in_requested = Signal(str, object)
    language_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LockScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._station = ""
        self._site = ""
        self._online = True
        self._pin_step = False
        self._busy = False
        # The message is kept as a function so that it is re-translated on a language switch.
        self._message_source: Callable[[], str] = str
        self._message_kind = "error"

        # Top line: brand and station on the left, the language switch always on the right.
        self.brand = QLabel(objectName="Brand")
        self.station_line = QLabel(objectName="StationLine")
        self.language_buttons: dict[str, QPushButton] = {}
        self._language_group = QButtonGroup(self)
        self._language_group.setExclusive(True)
        top = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.brand)
        left.addWidget(self.station_line)
        top.addLayout(left)
        top.addStretch(1)
        for code, name in LANGUAGES.items():
            button = QPushButton(name, objectName="Language")
            button.setCheckable(True)
            button.setAccessibleName(name)
            button.clicked.connect(lambda _=False, c=code: self.language_requested.emit(c))
            self._language_group.addButton(button)
            self.language_buttons[code] = button
            top.addWidget(button)

        self.offline_banner = QLabel(objectName="Banner")
        self.offline_banner.setWordWrap(True)
        self.offline_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.offline_banner.hide()

        # The sign-in card.
        card = QFrame(objectName="Card")
        card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        card.setMaximumWidth(760)
        card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.title = QLabel(objectName="Title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = QLabel(objectName="Hint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.identifier_label = QLabel(objectName="FieldLabel")
        self.identifier_edit = QLineEdit()
        self.identifier_edit.setMaxLength(MAX_IDENTIFIER_LENGTH)
        self.identifier_label.setBuddy(self.identifier_edit)
        self.pin_label = QLabel(objectName="FieldLabel")
        self.pin_edit = QLineEdit()
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(MAX_PIN_LENGTH)
        self.pin_label.setBuddy(self.pin_edit)
        self.message = QLabel(objectName="Message")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setMinimumHeight(64)
        self.back_button = QPushButton()
        self.submit_button = QPushButton(objectName="Primary")
        self.submit_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)

        form = QVBoxLayout(card)
        form.setContentsMargins(48, 40, 48, 40)
        form.setSpacing(14)
        form.addWidget(self.title)
        form.addWidget(self.hint)
        form.addSpacing(10)
        form.addWidget(self.identifier_label)
        form.addWidget(self.identifier_edit)
        form.addWidget(self.pin_label)
        form.addWidget(self.pin_edit)
        form.addWidget(self.message)
        form.addLayout(buttons)

        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(card, 3)
        middle.addStretch(1)

        root = QVBoxLayout(self)
        root.setContentsMargins(32, 24, 32, 24)
        root.addLayout(top)
        root.addWidget(self.offline_banner)
        root.addStretch(1)
        root.addLayout(middle)
        root.addStretch(2)

        self.identifier_edit.returnPressed.connect(self._submit)
        self.pin_edit.returnPressed.connect(self._submit)
        self.submit_button.clicked.connect(self._submit)
        self.back_button.clicked.connect(self.reset)
        self.setTabOrder(self.identifier_edit, self.pin_edit)
        self.setTabOrder(self.pin_edit, self.submit_button)
        self.setTabOrder(self.submit_button, self.back_button)

        self.retranslate()
        self.reset()

    # --- state the controller sets ---------------------------------------------------------

    def set_station(self, station: str, site: str) -> None:
        self._station, self._site = station, site
        self.retranslate()

    def set_language(self, code: str) -> None:
        self.language_buttons[code].setChecked(True)

    def set_online(self, online: bool) -> None:
        self._online = online
        self.offline_banner.setVisible(not online)

    def set_busy(self, busy: bool) -> None:
        """While the server is asked, keep the fields but refuse a second submit."""
        self._busy = busy
        self.submit_button.setEnabled(not busy)
        self.identifier_edit.setReadOnly(busy)
        self.pin_edit.setReadOnly(busy)
        if busy:
            self._show(lambda: self.tr("Checking…"), kind="info")

    def reset(self) -> None:
        """Back to an empty identifier field with the focus in it."""
        self._pin_step = False
        self.set_busy(False)
        self.identifier_edit.clear()
        self.pin_edit.clear()
        self._apply_step()
        self._show(str)
        self.identifier_edit.setFocus()

    def ask_pin(self, text: Callable[[], str]) -> None:
        self._pin_step = True
        self.set_busy(False)
        self.pin_edit.clear()
        self._apply_step()
        self._show(text, kind="info")
        self.pin_edit.setFocus()

    def show_error(self, text: Callable[[], str]) -> None:
        """Show why sign-in failed; the typed identifier stays so nothing has to be retyped."""
        self.set_busy(False)
        self._show(text)
        if self._pin_step:
            self.pin_edit.clear()
            self.pin_edit.setFocus()
        else:
            self.identifier_edit.selectAll()
            self.identifier_edit.setFocus()

    def show_info(self, text: Callable[[], str]) -> None:
        self._show(text, kind="info")

    @property
    def station_name(self) -> str:
        return self._station

    @property
    def message_text(self) -> str:
        return self.message.text()

    # --- internals -------------------------------------------------------------------------

    def _submit(self) -> None:
        if self._busy:
            return
        identifier = self.identifier_edit.text().strip()
        if not identifier:
            self._pin_step = False
            self._apply_step()
            self.show_error(empty_identifier_text)
            return
        pin = self.pin_edit.text() if self._pin_step else None
        if self._pin_step and not pin:
            self.show_error(lambda: self.tr("Type your PIN code, then press Enter."))
            return
        self.set_busy(True)
        self.sign_in_requested.emit(identifier, pin)

    def _apply_step(self) -> None:
        self.pin_label.setVisible(self._pin_step)
        self.pin_edit.setVisible(self._pin_step)
        self.back_button.setVisible(self._pin_step)

    def _show(self, text: Callable[[], str], kind: str = "error") -> None:
        self._message_source, self._message_kind = text, kind
        self.message.setProperty("kind", kind)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        if event.key() == Qt.Key.Key_Escape and self._pin_step:
            self.reset()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.brand.setText(self._site or self.tr("Public computer"))
        self.station_line.setText(
            self.tr("Computer %1").replace("%1", self._station) if self._station else ""
        )
        self.title.setText(self.tr("Welcome"))
        self.hint.setText(self.tr("Scan your card or type your card number, then press Enter."))
        self.identifier_label.setText(self.tr("Card number"))
        self.identifier_edit.setAccessibleName(self.tr("Card number"))
        self.pin_label.setText(self.tr("PIN code"))
        self.pin_edit.setAccessibleName(self.tr("PIN code"))
        self.submit_button.setText(self.tr("Sign in"))
        self.submit_button.setAccessibleName(self.tr("Sign in"))
        self.back_button.setText(self.tr("Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.offline_banner.setText(
            self.tr("This computer cannot reach the server right now. Ask the staff at the desk.")
        )
        self.message.setText(self._message_source())
