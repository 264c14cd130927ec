"""Staff at the kiosk: the sign-in dialog and the staff panel (extend, end, maintenance, quit).

Both are plain views: they emit what staff asked for and show what the coordinator
(:mod:`ui.kiosk.staff_desk`) tells them. Questions that need a yes or a number go through
classmethods (:class:`StaffConfirm`, :class:`MinutesDialog`) so tests can answer them.

Longer than the ~400-line aim: the sign-in dialog and the panel are two small views used only
together, with their ask() dialogs.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kiosk.protocol.limits import (
    DEFAULT_MAINTENANCE_MINUTES,
    MAX_EXTEND_MINUTES,
    MAX_MAINTENANCE_MINUTES,
)
from ui.dialogs import MinutesDialog
from ui.formats import format_duration
from ui.kiosk.enter_key import enter_presses_buttons
from ui.kiosk.lock_screen import LockScreen
from ui.theme import HEADING_TEXT_CAP, kiosk_style, margin

translate = QCoreApplication.translate

#: The staff windows follow the lock screen's look, but their text grows at most this much:
#: they are the staff's, and at the visitor's ×2 a panel of this many controls would not fit
#: a 1280×800 screen (ui.theme.HEADING_TEXT_CAP).
STAFF_TEXT_CAP = HEADING_TEXT_CAP
#: The widest a staff window gets at scale 1 (it fits a 1280-px screen); its rows wrap.
MAX_WIDTH = 1200

Text = Callable[[], str]


class StaffConfirm:
    """A yes/no question before an action that cannot be undone; replaced in tests."""

    @classmethod
    def ask(cls, parent: QWidget | None, question: str, yes: str) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("StaffConfirm", "Please confirm"))
        box.setText(question)
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.YesRole)
        no_button = box.addButton(
            translate("StaffConfirm", "Cancel"), QMessageBox.ButtonRole.NoRole
        )
        box.setDefaultButton(no_button)
        box.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        box.exec()
        return box.clickedButton() is yes_button


def _card(parent: QWidget) -> tuple[QFrame, QVBoxLayout, QScrollArea]:
    """The white card every staff window is drawn on (the kiosk stylesheet's #Card).

    It sits in a scroll area that scrolls only on a screen too small for it.
    """
    card = QFrame(objectName="Card")
    card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    area = QScrollArea(parent, objectName="CardArea")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.viewport().setAutoFillBackground(False)
    area.setWidget(card)
    card.setAutoFillBackground(False)  # (set by setWidget) the card's round corners show through
    outer = QVBoxLayout(parent)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area)
    inner = QVBoxLayout(card)
    inner.setContentsMargins(40, 32, 40, 32)
    inner.setSpacing(12)
    return card, inner, area


class _FittedDialog(QDialog):
    """A staff window sized from its content, whatever the language and the text size.

    It is ``width_em`` times its font size wide (wider if a row of buttons needs it) and as
    tall as its word-wrapped texts need at that width; it is fitted again whenever its content
    asks for another size (a text, the look, the language). It never gets larger than the
    screen: on a screen too small for it, its card scrolls.
    """

    width_em = 36.0
    #: this window's own rules, after the look's (ui.theme.kiosk_style)
    own_style = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card, self.form, self.card_area = _card(self)
        enter_presses_buttons(self)
        self.card.installEventFilter(self)
        self._fitting = False
        self._text_size = 1.0
        self._scale = 1.0
        self.follow_look()

    def follow_look(self) -> None:
        """The lock screen's look (its parent's), with the text capped at STAFF_TEXT_CAP;
        smaller margins in larger text. Called again whenever the lock screen's style changes."""
        lock = self.parentWidget()
        if isinstance(lock, LockScreen):
            text_size, contrast = lock.look
            self._text_size, self._scale = min(text_size, STAFF_TEXT_CAP), lock.scale
            style = kiosk_style(self._text_size, contrast, self._scale) + self.own_style
        else:
            style = self.own_style
        if style != self.styleSheet():
            self.setStyleSheet(style)
        self.form.setContentsMargins(
            *(margin(v, self._text_size, self._scale) for v in (40, 32, 40, 32))
        )
        self.form.setSpacing(margin(12, self._text_size, self._scale))

    def arrange(self, width: int) -> None:
        """Rows of buttons wrap when they do not fit ``width`` pixels (the panel's)."""

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.ParentChange):
            self.follow_look()
        super().changeEvent(event)

    def content_size(self, room: int | None = None) -> QSize:
        """The size the card asks for: on any screen wide enough for it, or within ``room``
        pixels of width (its rows of buttons wrap to fit, see :meth:`arrange`)."""
        wanted = round(min(self.width_em * self.fontInfo().pixelSize(), MAX_WIDTH * self._scale))
        if room is not None:
            wanted = min(wanted, room)
        margins = self.form.contentsMargins()
        self.arrange(wanted - margins.left() - margins.right())
        self.form.activate()
        least = self.form.totalMinimumSize()
        width = max(wanted, least.width())
        if self.form.hasHeightForWidth():
            height = self.form.totalHeightForWidth(width)
        else:
            height = self.form.totalSizeHint().height()
        if room is None and self.isVisible():  # the rows as they are shown, again
            self.arrange(self.card.width() - margins.left() - margins.right())
        return QSize(width, max(height, least.height()))

    def fitted_size(self) -> QSize:
        """:meth:`content_size` within the screen (with the window's frame, if any): its rows
        wrap to the screen's width, and its card scrolls if it is still too tall."""
        room = self._screen_bounds().size() - (self.frameGeometry().size() - self.geometry().size())
        size = self.content_size(room.width())
        if size.height() > room.height():  # it scrolls: the scroll bar takes its width
            bar = self.card_area.verticalScrollBar().sizeHint().width()
            size = self.content_size(room.width() - bar)
            size.setWidth(size.width() + bar)
        return size.boundedTo(room)

    def fit(self) -> None:
        """Resize to :meth:`fitted_size`, keeping the centre and staying on the screen."""
        if self._fitting:
            return
        self._fitting = True
        try:
            size = self.fitted_size()
            if size == self.size():
                self.setMinimumSize(size)
                return
            centre = self.frameGeometry().center()
            self.setMinimumSize(QSize(0, 0))  # (a larger minimum would resize it already)
            self.resize(size)
            self.setMinimumSize(size)
            if self.isVisible():
                box = self.frameGeometry()
                box.moveCenter(centre)
                bounds = self._screen_bounds()
                box.moveLeft(max(bounds.left(), min(box.left(), bounds.right() - box.width() + 1)))
                box.moveTop(max(bounds.top(), min(box.top(), bounds.bottom() - box.height() + 1)))
                self.move(box.topLeft())  # move() places the frame
        finally:
            self._fitting = False

    def _screen_bounds(self) -> QRect:
        screen = self.screen()
        return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 800)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if watched is self.card and event.type() == QEvent.Type.LayoutRequest:
            self.fit()  # a text, a font or the look changed what the card needs
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        self.fit()
        super().showEvent(event)


class _Said:
    """A message label whose text is a function, re-run when the language changes."""

    def __init__(self, label: QLabel) -> None:
        self.label = label
        self.source: Text = str

    def show(self, text: Text, kind: str) -> None:
        self.source = text
        self.label.setProperty("kind", kind)
        self.label.style().unpolish(self.label)
        self.label.style().polish(self.label)
        self.label.setText(text())

    def retranslate(self) -> None:
        self.label.setText(self.source())


class StaffSignInDialog(_FittedDialog):
    """Staff username and password (or station PIN). Emits ``submitted(username, secret)``."""

    submitted = Signal(str, str)
    width_em = 35.0  # 640 px in normal text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StaffSignIn")
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        form = self.form
        self.title = QLabel(objectName="Title")
        self.title.setWordWrap(True)
        self.hint = QLabel(objectName="Hint")
        self.hint.setWordWrap(True)
        # why the station is out of order, when it cannot work: for staff, in the log's words
        self.fault = QLabel(objectName="Message")
        self.fault.setWordWrap(True)
        self.fault.setTextFormat(Qt.TextFormat.PlainText)
        self.fault.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fault.hide()
        self._fault: str | None = None
        self.username_label = QLabel(objectName="FieldLabel")
        self.username_edit = QLineEdit()
        self.username_edit.setMaxLength(64)
        self.username_label.setBuddy(self.username_edit)
        self.secret_label = QLabel(objectName="FieldLabel")
        self.secret_edit = QLineEdit()
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_edit.setMaxLength(256)
        self.secret_label.setBuddy(self.secret_edit)
        self.message = QLabel(objectName="Message")
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(56)
        self._said = _Said(self.message)
        self.cancel_button = QPushButton()
        self.cancel_button.setAutoDefault(False)
        self.submit_button = QPushButton(objectName="Primary")
        self.submit_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        for widget in (
            self.title,
            self.hint,
            self.fault,
            self.username_label,
            self.username_edit,
            self.secret_label,
            self.secret_edit,
            self.message,
        ):
            form.addWidget(widget)
        form.addLayout(buttons)

        self.username_edit.returnPressed.connect(self.secret_edit.setFocus)
        self.secret_edit.returnPressed.connect(self._submit)
        self.submit_button.clicked.connect(self._submit)
        self.cancel_button.clicked.connect(self.reject)
        self.setTabOrder(self.username_edit, self.secret_edit)
        self.setTabOrder(self.secret_edit, self.submit_button)
        self.setTabOrder(self.submit_button, self.cancel_button)
        self.retranslate()

    def set_fault(self, fault: str | None) -> None:
        """Show staff why the station cannot work (None: it works)."""
        self._fault = fault
        self.fault.setVisible(fault is not None)
        self.retranslate()

    def reset(self) -> None:
        self.set_busy(False)
        self.username_edit.clear()
        self.secret_edit.clear()
        self._said.show(str, "info")
        self.username_edit.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.submit_button.setEnabled(not busy)
        self.username_edit.setReadOnly(busy)
        self.secret_edit.setReadOnly(busy)
        if busy:
            self._said.show(lambda: self.tr("Checking…"), "info")

    def show_error(self, text: Text) -> None:
        """Why it failed; the username stays, the password is typed again."""
        self.set_busy(False)
        self._said.show(text, "error")
        self.secret_edit.clear()
        self.secret_edit.setFocus()

    def _submit(self) -> None:
        username = self.username_edit.text().strip()
        secret = self.secret_edit.text()
        if not self.submit_button.isEnabled():
            return
        if not username or not secret:
            self.show_error(lambda: self.tr("Type your staff username and your password or PIN."))
            if not username:
                self.username_edit.setFocus()
            return
        self.set_busy(True)
        self.submitted.emit(username, secret)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Staff sign-in"))
        self.title.setText(self.tr("Staff sign-in"))
        self.hint.setText(
            self.tr("For the staff of this site. Visitors: ask at the desk for help.")
        )
        self.username_label.setText(self.tr("Staff username"))
        self.username_edit.setAccessibleName(self.tr("Staff username"))
        self.secret_label.setText(self.tr("Password or staff PIN"))
        self.secret_edit.setAccessibleName(self.tr("Password or staff PIN"))
        self.submit_button.setText(self.tr("Sign in"))
        self.submit_button.setAccessibleName(self.tr("Sign in as staff"))
        self.cancel_button.setText(self.tr("Cancel"))
        if self._fault is not None:
            self.fault.setText(
                self.tr("This computer is out of order: %1").replace("%1", self._fault)
            )
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self._said.retranslate()


class StaffPanel(_FittedDialog):
    """What staff do at the station. Emits one signal per button; :meth:`reject` closes it."""

    extend_requested = Signal(int)  # minutes
    end_requested = Signal()
    maintenance_requested = Signal(int)  # minutes
    quit_requested = Signal()
    width_em = 48.0  # 864 px in normal text
    # a disabled action must look disabled
    own_style = "#StaffPanel QPushButton:disabled { color: #5f6368; border-color: #9aa0a6; }"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StaffPanel")
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self._station = ""
        self._site = ""
        self._staff = ""
        self._visitor: str | None = None
        self._remaining = 0
        root = self.form

        self.title = QLabel(objectName="Title")
        self.station_line = QLabel(objectName="Hint")
        self.staff_line = QLabel(objectName="Hint")
        for label in (self.title, self.station_line, self.staff_line):
            label.setWordWrap(True)
        self.session_heading = QLabel(objectName="FieldLabel")
        self.session_line = QLabel(objectName="Hint")
        self.session_line.setWordWrap(True)
        self.extend_5 = QPushButton()
        self.extend_15 = QPushButton()
        self.extend_other = QPushButton()
        self.end_button = QPushButton()
        self.session_buttons = session_buttons = QHBoxLayout()
        for button in (self.extend_5, self.extend_15, self.extend_other):
            session_buttons.addWidget(button)
        session_buttons.addStretch(1)
        session_buttons.addWidget(self.end_button)
        #: "End the session" in larger text, on a row of its own (arrange)
        self.session_end = QHBoxLayout()
        self.session_end.addStretch(1)

        self.maintenance_heading = QLabel(objectName="FieldLabel")
        self.minutes_label = QLabel(objectName="Minutes")
        self.maintenance_note = QLabel(objectName="Hint")
        self.maintenance_note.setWordWrap(True)
        self.minutes_box = QSpinBox()
        self.minutes_box.setRange(1, MAX_MAINTENANCE_MINUTES)
        self.minutes_box.setValue(DEFAULT_MAINTENANCE_MINUTES)
        self.minutes_label.setBuddy(self.minutes_box)
        self.unlock_button = QPushButton()
        self.quit_button = QPushButton()
        self.maintenance = maintenance = QHBoxLayout()
        maintenance.addWidget(self.minutes_label)
        maintenance.addWidget(self.minutes_box)
        maintenance.addWidget(self.unlock_button)
        maintenance.addStretch(1)
        #: the unlock button in larger text, on a row of its own (arrange)
        self.maintenance_unlock = QHBoxLayout()
        self.maintenance_unlock.addStretch(1)
        quitting = QHBoxLayout()
        quitting.addWidget(self.quit_button)
        quitting.addStretch(1)

        self.message = QLabel(objectName="Message")
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(56)
        self._said = _Said(self.message)
        self.close_button = QPushButton(objectName="Primary")
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)

        root.addWidget(self.title)
        root.addWidget(self.station_line)
        root.addWidget(self.staff_line)
        root.addSpacing(8)
        root.addWidget(self.session_heading)
        root.addWidget(self.session_line)
        root.addLayout(session_buttons)
        root.addLayout(self.session_end)
        root.addSpacing(8)
        root.addWidget(self.maintenance_heading)
        root.addLayout(maintenance)
        root.addLayout(self.maintenance_unlock)
        root.addLayout(quitting)
        root.addWidget(self.maintenance_note)
        root.addStretch(1)
        root.addWidget(self.message)
        root.addLayout(bottom)

        self.minutes_box.setMinimumHeight(48)
        for button in self._buttons():
            button.setMinimumHeight(48)
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.extend_5.clicked.connect(lambda: self.extend_requested.emit(5))
        self.extend_15.clicked.connect(lambda: self.extend_requested.emit(15))
        self.extend_other.clicked.connect(self._ask_minutes)
        self.end_button.clicked.connect(self.end_requested)
        self.unlock_button.clicked.connect(
            lambda: self.maintenance_requested.emit(self.minutes_box.value())
        )
        self.quit_button.clicked.connect(self.quit_requested)
        self.close_button.clicked.connect(self.reject)
        order = [
            self.extend_5,
            self.extend_15,
            self.extend_other,
            self.end_button,
            self.minutes_box,
            self.unlock_button,
            self.quit_button,
            self.close_button,
        ]
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)
        self.retranslate()

    def arrange(self, width: int) -> None:
        """A long button goes on a row of its own when its row does not fit ``width``
        (larger text, a small screen)."""
        # (button, its row in normal text and the place in it, its own row and the place)
        moves = (
            (self.end_button, self.session_buttons, 4, self.session_end, 1),
            (self.unlock_button, self.maintenance, 2, self.maintenance_unlock, 0),
        )
        for button, row, at, own_row, own_at in moves:
            widgets = [row.itemAt(i).widget() for i in range(row.count())] + [button]
            shown = {w for w in widgets if w is not None}
            spacing = max(0, row.spacing()) * (len(shown) - 1)
            larger = sum(w.sizeHint().width() for w in shown) + spacing > width
            if larger and row.indexOf(button) >= 0:
                row.removeWidget(button)
                own_row.insertWidget(own_at, button)
            elif not larger and own_row.indexOf(button) >= 0:
                own_row.removeWidget(button)
                row.insertWidget(at, button)

    def _buttons(self) -> list[QPushButton]:
        return [
            self.extend_5,
            self.extend_15,
            self.extend_other,
            self.end_button,
            self.unlock_button,
            self.quit_button,
            self.close_button,
        ]

    # --- what the coordinator sets -------------------------------------------------------

    def begin(self, station: str, site: str, staff: str) -> None:
        self._station, self._site, self._staff = station, site, staff
        self._said.show(str, "info")
        self.minutes_box.setValue(DEFAULT_MAINTENANCE_MINUTES)
        self.retranslate()

    def set_session(self, visitor: str | None, remaining_seconds: int = 0) -> None:
        """The running session (visitor None: the station is free)."""
        changed = (visitor is None) != (self._visitor is None)
        self._visitor, self._remaining = visitor, remaining_seconds
        running = visitor is not None
        for button in (self.extend_5, self.extend_15, self.extend_other, self.end_button):
            button.setEnabled(running)
        self.unlock_button.setEnabled(not running)
        self.minutes_box.setEnabled(not running)
        self._session_text()
        if changed and not self.focusWidget():
            self.close_button.setFocus()

    def set_busy(self, busy: bool) -> None:
        for button in self._buttons()[:-1]:
            button.setEnabled(not busy)
        if not busy:
            self.set_session(self._visitor, self._remaining)

    def show_info(self, text: Text) -> None:
        self.set_busy(False)
        self._said.show(text, "info")

    def show_error(self, text: Text) -> None:
        self.set_busy(False)
        self._said.show(text, "error")

    @property
    def message_text(self) -> str:
        return self.message.text()

    # --- internals -----------------------------------------------------------------------

    def _ask_minutes(self) -> None:
        minutes = MinutesDialog.ask(
            self,
            translate("MinutesDialog", "Add time"),
            translate("MinutesDialog", "Minutes to add:"),
            30,
            MAX_EXTEND_MINUTES,
        )
        if minutes is not None:
            self.extend_requested.emit(minutes)

    def _session_text(self) -> None:
        self.maintenance_note.setText(
            self.tr("To unlock the desktop, end the visitor's session first.")
            if self._visitor is not None
            else ""
        )
        if self._visitor is None:
            self.session_line.setText(self.tr("Nobody is using this computer."))
        else:
            self.session_line.setText(
                self.tr("%1 is using this computer. Time left: %2")
                .replace("%1", self._visitor)
                .replace("%2", format_duration(self._remaining))
            )
        self.session_line.setAccessibleName(self.session_line.text())

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Staff panel"))
        self.title.setText(self.tr("Staff panel"))
        self.station_line.setText(
            self.tr("Computer %1 — %2").replace("%1", self._station).replace("%2", self._site)
        )
        self.staff_line.setText(self.tr("Signed in as %1").replace("%1", self._staff))
        self.session_heading.setText(self.tr("Session"))
        self._session_text()
        self.maintenance_heading.setText(self.tr("Maintenance"))
        self.minutes_label.setText(self.tr("Minutes"))
        self.minutes_box.setAccessibleName(self.tr("Minutes of maintenance"))
        self.minutes_box.setSuffix(" " + self.tr("min"))
        names = {
            self.extend_5: (self.tr("+5 min"), self.tr("Add 5 minutes")),
            self.extend_15: (self.tr("+15 min"), self.tr("Add 15 minutes")),
            self.extend_other: (self.tr("Other duration…"), self.tr("Add another duration")),
            self.end_button: (self.tr("End the session…"), self.tr("End the visitor's session")),
            self.unlock_button: (
                self.tr("Unlock the desktop for maintenance"),
                self.tr("Unlock the desktop for maintenance"),
            ),
            self.quit_button: (
                self.tr("Quit the kiosk for maintenance…"),
                self.tr("Quit the kiosk for maintenance"),
            ),
            self.close_button: (self.tr("Close"), self.tr("Close the staff panel")),
        }
        for button, (text, name) in names.items():
            button.setText(text)
            button.setAccessibleName(name)
        self._said.retranslate()
