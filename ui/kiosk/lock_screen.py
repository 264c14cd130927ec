"""The lock screen: sign in with a card number (typed or scanned) or a guest ticket, then a PIN.

Longer than the ~400-line aim: one screen with its two steps (card, then PIN), the guest-ticket
mode and its looks (text size, high contrast); its sentences are in messages.py.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.clock import wall_now
from kiosk.protocol.enums import DeskCallState
from kiosk.protocol.limits import DEFAULT_TIMEZONE, MAX_IDENTIFIER_LENGTH, MAX_PIN_LENGTH
from ui.i18n import DEFAULT_LANGUAGE, LANGUAGES, in_language
from ui.kiosk.desk_call import DeskCallButton, DeskCallStatus
from ui.kiosk.enter_key import enter_presses_buttons
from ui.kiosk.hold_text import hold_line
from ui.kiosk.language_switch import add_language_buttons, check_language
from ui.kiosk.logo import logo_pixmap
from ui.kiosk.messages import empty_identifier_text
from ui.kiosk.site_panel import SitePanel
from ui.kiosk.text_size import TextSizeSwitch
from ui.theme import kiosk_style, margin

if TYPE_CHECKING:
    from kiosk.protocol.station import StationInfo

LOGO_SIZE = 56
CARD_WIDTH = 720
#: In larger text the site panel shows beside the card only on a screen at least this wide
#: (times the screen's scale): on a smaller one the card needs the whole width, so that an
#: offline banner and an error fit at once (the panel's hours are a help, the card the task).
SITE_PANEL_ROOM = 1600
#: The lines kept for a message under the fields: the longest refusal, in any language.
MESSAGE_LINES = 3
#: Below this height (times the screen's scale) the PIN step in larger text shows the card
#: number as a one-line reminder, not as its field: the PIN field and the message need the room.
SHORT_SCREEN = 900
#: The message's font size before the text size and the screen's scale (ui.theme: #Message).
MESSAGE_FONT_PX = 21
#: The hold's line follows the clock (a hold begins, ends, its claim deadline passes) this often.
HOLD_REFRESH_MS = 20_000
#: A group's session code: as long as the protocol takes (kiosk/protocol/holds.py).
MAX_HOLD_CODE_LENGTH = 12

log = logging.getLogger("epn.ui.kiosk")


def show_only(wanted: dict[QWidget, bool]) -> None:
    """Hide, then show: a widget shown in a visible window lays the window out at once, and
    one shown before another is hidden would grow the window past the screen for good."""
    for widget, visible in wanted.items():
        if not visible:
            widget.hide()
    for widget, visible in wanted.items():
        if visible and widget.isHidden():
            widget.show()


class LockScreen(QWidget):
    """What a visitor sees while the station is free.

    Emits ``sign_in_requested(identifier, pin)`` (pin is None until the server asks for one; a
    guest ticket's code is sent as the identifier), ``code_sign_in_requested(identifier, pin,
    code)`` once the visitor typed a held station's session code (:meth:`ask_code`),
    ``language_requested(code)``,
    ``look_requested(text_size, contrast)`` and ``staff_requested``. The controller answers with
    :meth:`ask_pin`, :meth:`show_error`, :meth:`reset`, :meth:`set_station_info`,
    :meth:`set_out_of_order` and :meth:`apply_look`.
    """

    sign_in_requested = Signal(str, object)
    code_sign_in_requested = Signal(str, object, str)
    language_requested = Signal(str)
    look_requested = Signal(float, bool)  # text size (ui.theme.TEXT_SIZES), high contrast
    staff_requested = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, now: Callable[[], datetime] = wall_now
    ) -> None:
        super().__init__(parent)
        self.setObjectName("LockScreen")
        enter_presses_buttons(self)
        # the station's wall clock: what "today" is on the site panel
        self._now = now
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._station = ""
        self._site = ""
        self._info: StationInfo | None = None
        self._language = DEFAULT_LANGUAGE
        self._online = True
        self._pin_step = False
        self._code_step = False
        # what the visitor gave at an earlier step: a PIN then a code, or a code then a PIN
        self._pin_given: str | None = None
        self._code_given: str | None = None
        self._ticket_mode = False
        self._busy = False
        self._out_of_order: str | None = None
        self._fault: str | None = None
        self._scale = 1.0
        self._text_size = 1.0
        self._contrast = False
        # The message is kept as a function so that it is re-translated on a language switch.
        self._message_source: Callable[[], str] = str
        self._message_kind = "error"

        # Top line: logo, site and station on the left, the language switch always on the right.
        self.logo = QLabel(objectName="Logo")
        self.brand = QLabel(objectName="Brand")
        self.brand.setWordWrap(True)
        self.station_line = QLabel(objectName="StationLine")
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self.logo)
        left = QVBoxLayout()
        left.setSpacing(2)
        left.addWidget(self.brand)
        left.addWidget(self.station_line)
        top.addLayout(left, 1)
        self.language_buttons = add_language_buttons(top, self._language_clicked)

        self.offline_banner = QLabel(objectName="Banner")
        self.offline_banner.setWordWrap(True)
        self.offline_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.offline_banner.hide()
        # a session the station cannot lock down (Wayland): said on the screen, not only logged
        self.unprotected_banner = QLabel(objectName="Banner")
        self.unprotected_banner.setWordWrap(True)
        self.unprotected_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unprotected_banner.hide()

        self.card = self._build_card()
        self.out_of_order_panel = self._build_out_of_order()
        # Shown one at a time; not a QStackedWidget, which would lose the wrapped labels' heights.
        for panel in (self.card, self.out_of_order_panel):
            panel.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.out_of_order_panel.hide()
        self.site_panel = SitePanel()
        self.site_panel.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        self.middle = QHBoxLayout()
        self.middle.setSpacing(28)
        self.middle.addStretch(0)
        self.middle.addWidget(self.card, 6)
        self.middle.addWidget(self.out_of_order_panel, 6)
        self.middle.addWidget(self.site_panel, 4, Qt.AlignmentFlag.AlignTop)
        self.middle.addStretch(0)

        # Bottom line: the reading aids on the left, the staff's discreet entry on the right.
        self.text_size_switch = TextSizeSwitch()
        self.text_size_switch.size_requested.connect(lambda _size: self._look_toggled())
        self.contrast_button = QPushButton(objectName="Toggle")
        self.contrast_button.setCheckable(True)
        self.contrast_button.clicked.connect(self._look_toggled)
        self.staff_button = QPushButton(objectName="Staff")
        self.staff_button.clicked.connect(self.staff_requested)
        # "Call the desk": a click leaves the focus in the card field (Tab still reaches it)
        self.desk_button = DeskCallButton()
        self.desk_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.desk_status = DeskCallStatus()
        # the reading aids, then "Call the desk" and the staff's entry: on two rows in larger
        # text (one is wider than a 1024 px screen at ×2), see _arrange_card
        aids = QHBoxLayout()
        aids.setSpacing(12)
        aids.addWidget(self.text_size_switch)
        aids.addWidget(self.contrast_button)
        aids.addStretch(1)
        helpers = QHBoxLayout()
        helpers.setSpacing(12)
        helpers.addStretch(1)
        helpers.addWidget(self.desk_button)
        helpers.addWidget(self.staff_button)
        self.bottom = bottom = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        bottom.setSpacing(12)
        bottom.addLayout(aids, 1)
        bottom.addLayout(helpers)

        self.root = QVBoxLayout(self)
        self.root.setContentsMargins(32, 20, 32, 16)
        self.root.setSpacing(14)
        self.root.addLayout(top)
        self.root.addWidget(self.offline_banner)
        self.root.addWidget(self.unprotected_banner)
        self.root.addStretch(1)
        self.root.addLayout(self.middle)
        self.root.addStretch(2)
        # what became of the call, on its own line above its button
        self.root.addWidget(self.desk_status)
        self.root.addLayout(bottom)

        self.identifier_edit.returnPressed.connect(self._submit)
        self.pin_edit.returnPressed.connect(self._submit)
        self.code_edit.returnPressed.connect(self._submit)
        self.submit_button.clicked.connect(self._submit)
        self.back_button.clicked.connect(self.reset)
        self.ticket_button.clicked.connect(lambda: self.set_ticket_mode(not self._ticket_mode))
        # Tab follows the reading of the card first, then the screen's edges.
        chain: list[QWidget] = [
            self.identifier_edit,
            self.pin_edit,
            self.code_edit,
            self.submit_button,
            self.back_button,
            self.ticket_button,
            *self.language_buttons.values(),
            *self.text_size_switch.buttons.values(),
            self.contrast_button,
            self.desk_button,
            self.staff_button,
        ]
        for first, second in pairwise(chain):
            self.setTabOrder(first, second)
        # A click on a button leaves the focus in the card's field (a card scanned next goes
        # there); Tab still reaches every button, and Enter or Space presses it.
        for button in self.findChildren(QPushButton):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        # a new character typed makes the last message old news
        self.identifier_edit.textEdited.connect(self._input_changed)
        self.pin_edit.textEdited.connect(self._input_changed)
        self.code_edit.textEdited.connect(self._input_changed)
        self.hold_timer = QTimer(self, objectName="lock-hold-line")
        self.hold_timer.setInterval(HOLD_REFRESH_MS)
        self.hold_timer.timeout.connect(self.refresh_hold)

        # The screen's width is the window's: the bottom row goes on two rows when one is too
        # wide (_arrange_card), so the layout must not hold the window wider than the screen.
        self.setMinimumWidth(1)
        self.apply_look(1.0, False, 1.0)
        self.retranslate()
        self.reset()

    def _build_card(self) -> QFrame:
        card = QFrame(objectName="Card")
        card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.title = QLabel(objectName="Title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.hint = QLabel(objectName="Hint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # whom the station is held for now, or from when later today (ui/kiosk/hold_text.py)
        self.hold_line = QLabel(objectName="HoldLine")
        self.hold_line.setWordWrap(True)
        self.hold_line.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hold_line.setTextFormat(Qt.TextFormat.PlainText)  # a label staff typed
        self.hold_line.hide()
        self.identifier_label = QLabel(objectName="FieldLabel")
        self.identifier_label.setWordWrap(True)
        self.identifier_edit = QLineEdit()
        self.identifier_edit.setMaxLength(MAX_IDENTIFIER_LENGTH)
        self.identifier_label.setBuddy(self.identifier_edit)
        # the card being signed in with, on one line: stands for the field at the PIN step in
        # larger text on a short screen (see _arrange_card)
        self.card_reminder = QLabel(objectName="FieldLabel")
        self.card_reminder.setWordWrap(True)
        self.card_reminder.setTextFormat(Qt.TextFormat.PlainText)
        self.card_reminder.hide()
        self.pin_label = QLabel(objectName="FieldLabel")
        self.pin_edit = QLineEdit()
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(MAX_PIN_LENGTH)
        self.pin_label.setBuddy(self.pin_edit)
        # a held station's session code (given by the teacher or animateur): its own step
        self.code_label = QLabel(objectName="FieldLabel")
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(MAX_HOLD_CODE_LENGTH)
        self.code_label.setBuddy(self.code_edit)
        self.message = QLabel(objectName="Message")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.back_button = QPushButton()
        self.submit_button = QPushButton(objectName="Primary")
        self.submit_button.setDefault(True)
        self.ticket_button = QPushButton()
        # The ticket path sits beside "Sign in": visible, but second to it.
        self.card_buttons = buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        buttons.setSpacing(12)
        others = QHBoxLayout()
        others.setSpacing(12)
        others.addWidget(self.back_button)
        others.addWidget(self.ticket_button)
        # as high as "Sign in" beside them (its text is larger): one row, one height
        for button in (self.back_button, self.ticket_button):
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum)
        buttons.addLayout(others)
        buttons.addWidget(self.submit_button, 1)

        self.form = QVBoxLayout(card)
        self.form.setSpacing(12)
        self.form.addWidget(self.title)
        self.form.addWidget(self.hold_line)
        self.form.addWidget(self.hint)
        self.form.addWidget(self.identifier_label)
        self.form.addWidget(self.identifier_edit)
        self.form.addWidget(self.card_reminder)
        self.form.addWidget(self.pin_label)
        self.form.addWidget(self.pin_edit)
        self.form.addWidget(self.code_label)
        self.form.addWidget(self.code_edit)
        self.form.addWidget(self.message)
        self.form.addLayout(buttons)
        return card

    def _build_out_of_order(self) -> QFrame:
        panel = QFrame(objectName="OutOfOrder")
        panel.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.out_of_order_title = QLabel(objectName="OutOfOrderTitle")
        self.out_of_order_text = QLabel(objectName="Hint")
        self.out_of_order_reason = QLabel(objectName="Hint")
        for label in (self.out_of_order_title, self.out_of_order_text, self.out_of_order_reason):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.out_of_order_reason.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(40, 40, 40, 40)
        layout.setSpacing(18)
        layout.addWidget(self.out_of_order_title)
        layout.addWidget(self.out_of_order_text)
        layout.addWidget(self.out_of_order_reason)
        return panel

    # --- state the controller sets ---------------------------------------------------------

    def set_station(self, station: str, site: str) -> None:
        self._station, self._site = station, site
        self.retranslate()

    def set_station_info(self, info: StationInfo) -> None:
        """Site and station names, today's hours, closing time and the site's message."""
        self._info = info
        self.set_station(info.name, info.site.name)
        self.refresh_hold()
        if info.holds:
            self.hold_timer.start()
        else:
            self.hold_timer.stop()

    def refresh_hold(self) -> None:
        """The hold's line as of now: held now, from when later today, or nothing."""
        info = self._info
        text = ""
        if info is not None and info.holds:
            timezone = info.timezone or DEFAULT_TIMEZONE
            text = hold_line(info.holds, self._now().astimezone(), timezone)
        if text != self.hold_line.text():
            self.hold_line.setText(text)
            self.hold_line.setAccessibleName(text)
            if text:
                log.info("lock screen says: %s", text)
            self._arrange_card()

    @property
    def hold_text(self) -> str:
        return self.hold_line.text()

    def set_language(self, code: str) -> None:
        self._language = code
        self._check_language()
        self.retranslate()

    def _check_language(self) -> None:
        check_language(self.language_buttons, self._language)

    def set_desk_call(self, state: DeskCallState, *, failed: bool = False) -> None:
        """The visitor's call for the desk: the button's words and the sentence beside it."""
        self.desk_button.set_state(state)
        self.desk_status.set_state(state, failed=failed)
        self._arrange_card()  # "Cancel my call" is longer: the bottom row may need two rows

    def set_online(self, online: bool) -> None:
        self._online = online
        self.offline_banner.setVisible(not online)

    def set_unprotected(self, unprotected: bool) -> None:
        """The session cannot be locked down (a Wayland session): say so to whoever looks."""
        self.unprotected_banner.setVisible(unprotected)

    def set_out_of_order(self, reason: str | None) -> None:
        """None: in service. Otherwise the card gives way to "out of order" (and staff's reason)."""
        self._out_of_order = reason
        if reason is None:
            self.out_of_order_panel.hide()
            self.card.show()
            self.reset()
        else:
            self.card.hide()
            self.out_of_order_panel.show()
            self.retranslate()
            self.language_buttons[self._language].setFocus()

    @property
    def out_of_order(self) -> bool:
        return self._out_of_order is not None or self._fault is not None

    def set_fault(self, fault: str | None) -> None:
        """The station cannot work (``fault``, for staff); None: it works again.

        The card gives way to "out of order, please ask at the desk" in every language at once,
        over staff's "out of order" if both: a fault is not the staff's choice.
        """
        self._fault = fault
        if fault is None and self._out_of_order is None:
            self.out_of_order_panel.hide()
            self.card.show()
            self.reset()
            return
        self.card.hide()
        self.out_of_order_panel.show()
        self.retranslate()
        self.language_buttons[self._language].setFocus()

    @property
    def fault(self) -> str | None:
        return self._fault

    def set_busy(self, busy: bool) -> None:
        """While the server is asked, keep the fields but refuse a second submit."""
        self._busy = busy
        self.submit_button.setEnabled(not busy)
        self.identifier_edit.setReadOnly(busy)
        self.pin_edit.setReadOnly(busy)
        self.code_edit.setReadOnly(busy)
        if busy:
            self._show(lambda: self.tr("Checking…"), kind="info")

    def reset(self) -> None:
        """Back to an empty card number field with the focus in it."""
        self._pin_step = False
        self._code_step = False
        self._pin_given = self._code_given = None
        self._ticket_mode = False
        self.set_busy(False)
        self.identifier_edit.clear()
        self.pin_edit.clear()
        self.code_edit.clear()
        self._apply_step()
        self._show(str)
        self.retranslate()
        self.identifier_edit.setFocus()

    def set_ticket_mode(self, on: bool) -> None:
        """Switch the card between a card number and a guest ticket's code."""
        self._ticket_mode = on
        self._pin_step = False
        self._code_step = False
        self._pin_given = self._code_given = None
        self.set_busy(False)
        self.identifier_edit.clear()
        self.pin_edit.clear()
        self._apply_step()
        self._show(str)
        self.retranslate()
        self.identifier_edit.setFocus()

    @property
    def ticket_mode(self) -> bool:
        return self._ticket_mode

    def ask_pin(self, text: Callable[[], str] = str) -> None:
        """The PIN step: its own prompt in the hint; ``text`` a message under the fields."""
        self._pin_step = True
        self._code_step = False
        self.set_busy(False)
        self.pin_edit.clear()
        self._apply_step()
        self._show(text, kind="info")
        self.retranslate()
        self.pin_edit.setFocus()
        log.info("lock screen asks for the PIN: %s", self.hint.text())

    def ask_code(self, text: Callable[[], str] = str) -> None:
        """The session code step of a station held for a group or a workshop that admits
        whoever gives its code; the card (and a PIN already typed) are kept."""
        if self._pin_step:
            self._pin_given = self.pin_edit.text() or None
        self._pin_step = False
        self._code_step = True
        self.set_busy(False)
        self.code_edit.clear()
        self._apply_step()
        self._show(text, kind="info")
        self.retranslate()
        self.code_edit.setFocus()
        log.info("lock screen asks for the session code: %s", self.hint.text())

    @property
    def code_step(self) -> bool:
        return self._code_step

    def show_error(self, text: Callable[[], str]) -> None:
        """Show why sign-in failed; the typed identifier stays so nothing has to be retyped."""
        self.set_busy(False)
        self._show(text)
        if self._pin_step:
            self.pin_edit.clear()
            self.pin_edit.setFocus()
        elif self._code_step:
            self.code_edit.selectAll()
            self.code_edit.setFocus()
        else:
            self.identifier_edit.selectAll()
            self.identifier_edit.setFocus()

    def show_info(self, text: Callable[[], str]) -> None:
        self._show(text, kind="info")

    def apply_look(self, text_size: float, contrast: bool, scale: float = 1.0) -> None:
        """Text size and high contrast (the switches show the state), sized for the screen."""
        self._text_size, self._contrast, self._scale = text_size, contrast, scale
        self.text_size_switch.set_size(text_size)
        self.contrast_button.blockSignals(True)
        self.contrast_button.setChecked(contrast)
        self.contrast_button.blockSignals(False)
        style = kiosk_style(text_size=text_size, contrast=contrast, scale=scale)
        if style != self.styleSheet():  # unchanged: not parsed and polished again
            self.setStyleSheet(style)
        text = scale * text_size
        size = round(LOGO_SIZE * scale)
        self.logo.setPixmap(logo_pixmap(size, self.devicePixelRatioF()))
        self.logo.setFixedSize(size, size)
        self.root.setContentsMargins(*(margin(v, text_size, scale) for v in (32, 20, 32, 16)))
        self.root.setSpacing(margin(14, text_size, scale))
        self.middle.setSpacing(margin(28, text_size, scale))
        # at the largest text every line counts on a 768 px high screen: less air in the card
        tight = text_size > 1.0
        self.form.setContentsMargins(
            *(round(v * scale) for v in ((40, 16, 40, 16) if tight else (40, 20, 40, 20)))
        )
        self.form.setSpacing(round((6 if tight else 10) * scale))
        self.card.setMaximumWidth(round(CARD_WIDTH * text))
        self.out_of_order_panel.setMaximumWidth(round(CARD_WIDTH * text))
        # the site's hours are in capped text (ui.theme.HEADING_TEXT_CAP): a narrower panel
        # leaves the card the width of its larger text
        self.site_panel.setMaximumWidth(
            round(CARD_WIDTH * 0.42 * scale) if tight else round(CARD_WIDTH * 0.7 * text)
        )
        self.middle.setStretchFactor(self.site_panel, 0 if tight else 4)
        self.site_panel.set_scale(scale)
        self._fit_site_panel()
        self._arrange_card()
        # Room for the longest message, so the card does not move when one appears or goes.
        # measured in the new look's font (ui.theme: QLabel#Message), not the label's, which
        # keeps the old look's until it is polished again
        font = QFont(self.message.font())
        font.setPixelSize(round(MESSAGE_FONT_PX * text))
        font.setBold(True)
        lines = QFontMetrics(font).lineSpacing() * MESSAGE_LINES
        self.message.setMinimumHeight(lines + round(4 * text))
        # the window's minimum size follows the new look at once: a resize that comes next (a
        # smaller text on a smaller screen) is not held back by the old look's minimum
        # the message label keeps the size hints measured under the old look: measured again
        shown = self.message.text()
        self.message.setText(" ")
        self.message.setText(shown)
        for panel in (self.card, self.out_of_order_panel, self.site_panel):
            panel.updateGeometry()  # their layout items keep the old look's sizes otherwise
        self.root.activate()

    @property
    def look(self) -> tuple[float, bool]:
        return self._text_size, self._contrast

    @property
    def scale(self) -> float:
        """How much bigger than designed, for this screen (ui.kiosk.windows.scale_for_height)."""
        return self._scale

    @property
    def station_name(self) -> str:
        return self._station

    @property
    def message_text(self) -> str:
        return self.message.text()

    # --- internals -------------------------------------------------------------------------

    def _language_clicked(self, code: str) -> None:
        self.language_requested.emit(code)
        self._check_language()  # a click on the current language leaves it checked

    def _look_toggled(self) -> None:
        self.look_requested.emit(
            self.text_size_switch.size_chosen, self.contrast_button.isChecked()
        )

    def _submit(self) -> None:
        if self._busy or self.out_of_order:
            return
        identifier = self.identifier_edit.text().strip()
        if not identifier:
            self._pin_step = False
            self._apply_step()
            if self._ticket_mode:
                self.show_error(lambda: self.tr("Type the code of your ticket first."))
            else:
                self.show_error(empty_identifier_text)
            return
        pin = self.pin_edit.text() if self._pin_step else self._pin_given
        if self._pin_step and not pin:
            self.show_error(lambda: self.tr("Type your PIN code, then press Enter."))
            return
        code = self.code_edit.text().strip() if self._code_step else self._code_given
        if self._code_step and not code:
            self.show_error(lambda: self.tr("Type the session code, then press Enter."))
            return
        self.set_busy(True)
        if code:
            self._code_given = code  # kept for a PIN asked next
            self.code_sign_in_requested.emit(identifier, pin, code)
        else:
            self.sign_in_requested.emit(identifier, pin)

    def _fit_site_panel(self) -> None:
        """Beside the card in normal text; in larger text only on a wide screen."""
        room = self._text_size <= 1.0 or self.width() >= SITE_PANEL_ROOM * self._scale
        self.site_panel.set_room(room)

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        self._fit_site_panel()
        self._arrange_card()
        super().resizeEvent(event)

    def _input_changed(self) -> None:
        if not self._busy and self.message.text():
            self._show(str)

    def _apply_step(self) -> None:
        step = self._pin_step or self._code_step
        self._arrange_card()
        show_only(
            {
                self.pin_edit: self._pin_step,
                self.code_edit: self._code_step,
                self.back_button: step,
                self.ticket_button: not step,
            }
        )

    def _arrange_card(self) -> None:
        """Fit the card to the text size: at ×2 it must hold in a 1024×768 screen."""
        tight = self._text_size > 1.0
        # "Sign in" beside the ticket button, below it in larger text (too wide together);
        # "Back" and "Sign in" are short: side by side
        # (side by side again when the card has the whole width)
        below = self._text_size > 1.0 and not self._pin_step and self.site_panel.isVisibleTo(self)
        self.card_buttons.setDirection(
            QBoxLayout.Direction.TopToBottom if below else QBoxLayout.Direction.LeftToRight
        )
        # "Welcome" is a greeting, and the PIN step's message says what to do: in larger text
        # their lines go to the fields (shown below, with the card number's reminder);
        # the card number as a one-line reminder at the PIN step in larger text on a short
        # screen: the PIN field, "Back" and a three-line message keep their room
        step = self._pin_step or self._code_step
        reminder = tight and step and self.height() < SHORT_SCREEN * self._scale
        # the hold's line above the fields (in larger text in the hint's place); the PIN and
        # code steps need its room, and their hint says what to type
        hold = bool(self.hold_line.text()) and not step
        show_only(
            {
                self.title: not tight,
                self.hold_line: hold,
                self.hint: not (tight and (step or hold)),
                self.identifier_label: not reminder,
                self.identifier_edit: not reminder,
                self.card_reminder: reminder,
                # the reminder names the field: "PIN code of card 2100001234", one line less
                self.pin_label: self._pin_step and not reminder,
                self.code_label: self._code_step and not reminder,
            }
        )
        # the reading aids, "Call the desk" and "Staff" on one row if they fit the screen's
        # width, else on two
        margins = self.root.contentsMargins()
        one_row = (
            sum(
                widget.sizeHint().width()
                for widget in (
                    self.text_size_switch,
                    self.contrast_button,
                    self.desk_button,
                    self.staff_button,
                )
            )
            + 3 * 12
            + margins.left()
            + margins.right()
        )
        two_rows = one_row > self.width()
        self.bottom.setDirection(
            QBoxLayout.Direction.TopToBottom if two_rows else QBoxLayout.Direction.LeftToRight
        )
        self.bottom.setSpacing(round((4 if two_rows else 12) * self._scale))

    def _show(self, text: Callable[[], str], kind: str = "error") -> None:
        self._message_source, self._message_kind = text, kind
        self.message.setProperty("kind", kind)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text())
        if self.message.text():
            # a sentence every visitor could read: no personal data (end-to-end tests read it)
            log.info("lock screen says: %s", self.message.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        key = event.key()
        if key == Qt.Key.Key_Escape and (self._pin_step or self._code_step or self._ticket_mode):
            self.reset()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            # the bottom line on one row or two follows its controls' new words (at large
            # text "Taille du texte" was cut on a row planned for "Text size"): they are
            # told of the language after this window, so their words are asked for first
            self.text_size_switch.retranslate()
            self.desk_button.retranslate()
            self._arrange_card()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.brand.setText(self._site or self.tr("Public computer"))
        self.logo.setAccessibleName(self._site or self.tr("Public computer"))
        self.station_line.setText(
            self.tr("Computer %1").replace("%1", self._station) if self._station else ""
        )
        if self._ticket_mode:
            self.title.setText(self.tr("Guest ticket"))
            self.hint.setText(self.tr("Type the code printed on your ticket, then press Enter."))
            self.identifier_label.setText(self.tr("Ticket code"))
            self.ticket_button.setText(self.tr("I have a card"))
        else:
            self.title.setText(self.tr("Welcome"))
            self.hint.setText(self.tr("Scan your card or type your card number, then press Enter."))
            self.identifier_label.setText(self.tr("Card number"))
            self.ticket_button.setText(self.tr("I have a guest ticket"))
        if self._pin_step:
            self.hint.setText(self.tr("Type the PIN code of this card, then press Enter."))
        if self._code_step:
            self.hint.setText(self.tr("Type the session code you were given, then press Enter."))
        card = self.identifier_edit.text().strip()
        self.card_reminder.setText(
            self.tr("Session code for card %1").replace("%1", card)
            if self._code_step
            else self.tr("PIN code of card %1").replace("%1", card)
        )
        self.code_label.setText(self.tr("Session code"))
        self.code_edit.setAccessibleName(self.tr("Session code"))
        self.identifier_edit.setAccessibleName(self.identifier_label.text())
        self.ticket_button.setAccessibleName(self.ticket_button.text())
        self.pin_label.setText(self.tr("PIN code"))
        self.pin_edit.setAccessibleName(self.tr("PIN code"))
        self.submit_button.setText(self.tr("Sign in"))
        self.submit_button.setAccessibleName(self.tr("Sign in"))
        self.back_button.setText(self.tr("Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.offline_banner.setText(
            self.tr("This computer cannot reach the server right now. Ask the staff at the desk.")
        )
        self.out_of_order_title.setText(self.tr("Out of order"))
        self.out_of_order_text.setText(
            self.tr("This computer is out of order. Please use another one.")
        )
        reason = (self._out_of_order or "").strip()
        self.out_of_order_reason.setText(
            self.tr("Message from the staff: %1").replace("%1", reason) if reason else ""
        )
        self.out_of_order_reason.setVisible(bool(reason))
        self.unprotected_banner.setText(
            self.tr(
                "This computer is not protected: its session cannot be locked. "
                "Tell the staff at the desk."
            )
        )
        self.contrast_button.setText(self.tr("◐  High contrast"))
        self.contrast_button.setAccessibleName(self.tr("High contrast"))
        self.staff_button.setText(self.tr("Staff"))
        self.staff_button.setAccessibleName(self.tr("Staff sign-in"))
        self.site_panel.show_info(self._info, self._language, self._now())
        self.refresh_hold()
        self.message.setText(self._message_source())
        if self._fault is not None:
            self._retranslate_fault()

    def _retranslate_fault(self) -> None:
        """Out of order by a fault: the same two lines in every language, the current first."""
        order = [self._language, *(code for code in LANGUAGES if code != self._language)]
        title = QT_TRANSLATE_NOOP("LockScreen", "Out of order")
        text = QT_TRANSLATE_NOOP("LockScreen", "Please ask at the desk.")
        # each language's words kept together: a line breaks only between two languages
        self.out_of_order_title.setText(
            " · ".join(
                dict.fromkeys(
                    in_language(c, "LockScreen", title).replace(" ", "\u00a0") for c in order
                )
            )
        )
        self.out_of_order_text.setText(
            "\n".join(dict.fromkeys(in_language(c, "LockScreen", text) for c in order))
        )
        self.out_of_order_reason.setVisible(False)
