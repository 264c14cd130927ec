"""Messages from the staff: one dialog on top of the visitor's programs, read one by one."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from PySide6.QtCore import QDateTime, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.formats import format_time
from ui.kiosk.enter_key import enter_presses_buttons
from ui.theme import BLACK, BLUE, BLUE_DARK, HEADING_TEXT_CAP, INK, MUTED, PAPER, YELLOW, margin

log = logging.getLogger("epn.ui.kiosk.message")

#: The button answers only after this long, so that a visitor typing in their own program
#: when the message pops up does not acknowledge it by accident.
ARM_MS = 800

MIN_WIDTH, MAX_WIDTH = 720, 1000

# Colours by role, as in ui.theme: the contrast variant is white and yellow on black.
_NORMAL = {
    "back": PAPER,
    "frame": BLUE,
    "title": BLUE_DARK,
    "text": INK,
    "muted": MUTED,
    "box": "#f1f4fa",
    "box_border": "#f1f4fa",
    "button": BLUE,
    "button_text": PAPER,
    "focus": YELLOW,
    "focus_bg": BLUE,
}
_CONTRAST = {
    "back": BLACK,
    "frame": YELLOW,
    "title": YELLOW,
    "text": PAPER,
    "muted": PAPER,
    "box": BLACK,
    "box_border": PAPER,
    "button": YELLOW,
    "button_text": BLACK,
    "focus": YELLOW,
    "focus_bg": PAPER,
}


def message_style(text_size: float = 1.0, contrast: bool = False, scale: float = 1.0) -> str:
    """The dialog's stylesheet, like ui.theme's: sizes times ``scale`` (texts also by ``text_size``);
    ``contrast`` is white and yellow on black."""
    text = scale * text_size
    c = _CONTRAST if contrast else _NORMAL

    def f(size: float) -> str:  # a font size
        return f"{round(size * text)}px"

    def h(size: float) -> str:  # a heading's font size: it grows less (ui.theme)
        return f"{round(size * scale * min(text_size, HEADING_TEXT_CAP))}px"

    def s(size: float) -> str:  # a padding, border or radius
        return f"{max(1, round(size * scale))}px"

    return f"""
#StaffMessage {{ background: {c["back"]}; border: {s(6)} solid {c["frame"]}; }}
QLabel#MessageTitle {{ font-size: {h(30)}; font-weight: bold; color: {c["title"]}; }}
QLabel#MessageTime, QLabel#MessageCount {{ font-size: {f(20)}; color: {c["muted"]}; }}
QLabel#MessageText {{ font-size: {f(30)}; color: {c["text"]}; background: {c["box"]};
    padding: {s(18)}; border: {s(2)} solid {c["box_border"]}; border-radius: {s(10)}; }}
QPushButton {{ font-size: {f(24)}; font-weight: bold; padding: {s(14)} {s(30)};
    border-radius: {s(10)}; border: {s(2)} solid {c["button"]}; background: {c["button"]};
    color: {c["button_text"]}; }}
QPushButton:focus {{ border: {s(4)} solid {c["focus"]}; background: {c["focus_bg"]}; }}
QPushButton:disabled {{ background: {MUTED}; border-color: {MUTED}; color: {PAPER}; }}
"""


MESSAGE_STYLE = message_style()


def _language() -> str:
    """The kiosk's language now (ui.i18n.Languages sets Qt's default locale with it)."""
    return QLocale().name()[:2]


@dataclass(frozen=True)
class StaffMessage:
    #: In the site's language: shown when ``texts`` has none in the visitor's.
    text: str
    received: QDateTime
    texts: dict[str, str] = field(default_factory=dict)

    def in_language(self, language: str) -> str:
        """The text in ``language``, else in the site's language."""
        return self.texts.get(language) or self.text


class StaffMessageDialog(QDialog):
    """Shows the staff's messages in the order they came, each until "OK, I have read it".

    Not modal: the agent and the visitor's programs go on. Emits ``acknowledged(text)``.
    """

    acknowledged = Signal(str)

    @classmethod
    def show_message(
        cls,
        dialog: StaffMessageDialog,
        text: str,
        received: QDateTime,
        texts: dict[str, str] | None = None,
    ) -> None:
        """The controller's entry point; tests replace it."""
        dialog.add_message(text, received, texts)

    def __init__(self, parent: QWidget | None = None, *, arm_ms: int = ARM_MS) -> None:
        super().__init__(parent)
        self.setObjectName("StaffMessage")
        self._top = 0  # the session bar's height above it (below_bar)
        enter_presses_buttons(self)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.setModal(False)
        self._queue: list[StaffMessage] = []

        self.title = QLabel(objectName="MessageTitle")
        self.title.setWordWrap(True)  # a long title next to the time goes to two lines
        self.time_label = QLabel(objectName="MessageTime")
        self.count_label = QLabel(objectName="MessageCount")
        self.text = QLabel(objectName="MessageText")
        for label in (self.title, self.time_label, self.count_label, self.text):
            label.setWordWrap(True)  # a long title or count wraps rather than being cut
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # staff text is never markup
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.ok_button = QPushButton()
        self.ok_button.setAutoDefault(False)  # Enter typed elsewhere must not acknowledge
        self.ok_button.clicked.connect(self._acknowledge)

        #: side by side in normal text, one under the other in larger text (apply_look)
        self.head = head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.time_label)
        self.foot = foot = QHBoxLayout()
        foot.addWidget(self.count_label)
        foot.addStretch(1)
        foot.addWidget(self.ok_button)
        self.column = column = QVBoxLayout(self)
        column.addLayout(head)
        #: the message scrolls when it is longer than the screen (larger text on 1024×768)
        self.text_area = QScrollArea(objectName="MessageArea")
        self.text_area.setFrameShape(QFrame.Shape.NoFrame)
        self.text_area.setWidgetResizable(True)
        self.text_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text_area.setWidget(self.text)
        self.text_area.viewport().setAutoFillBackground(False)
        self.text.setAutoFillBackground(False)
        column.addWidget(self.text_area)
        column.addLayout(foot)
        self.apply_look(1.0, False, 1.0)

        self.arm_timer = QTimer(self, objectName="staff-message-arm")
        self.arm_timer.setSingleShot(True)
        self.arm_timer.setInterval(arm_ms)
        self.arm_timer.timeout.connect(lambda: self.ok_button.setEnabled(True))
        self.retranslate()

    def add_message(
        self, text: str, received: QDateTime, texts: dict[str, str] | None = None
    ) -> None:
        """Queue a message (``texts``: by language; shown in the kiosk's language, which may
        change while it is shown); the dialog shows if it was hidden."""
        self._queue.append(StaffMessage(text, received, dict(texts or {})))
        if len(self._queue) == 1:
            self._show_current()
        else:
            self.retranslate()  # "1 more message after this one."
        self._fit()
        if not self.isVisible():
            self.show()
        self.raise_()

    def apply_look(self, text_size: float, contrast: bool, scale: float = 1.0) -> None:
        """Large text and high contrast, sized for the screen; the dialog fits its text again."""
        text = scale * text_size
        # polished first: a stylesheet changed before the first show would not replace the
        # rules Qt has already cached for this window
        self.ensurePolished()
        self.setStyleSheet(message_style(text_size=text_size, contrast=contrast, scale=scale))
        screen = QGuiApplication.primaryScreen()
        room = screen.availableGeometry().width() - 40 if screen is not None else MAX_WIDTH
        self.setMinimumWidth(min(round(MIN_WIDTH * text), room))
        self.setMaximumWidth(max(self.minimumWidth(), min(round(MAX_WIDTH * text), room)))
        stacked = text_size > 1.0
        direction = (
            QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight
        )
        for row in (self.head, self.foot):
            row.setDirection(direction)
            row.setSpacing(margin(12, text_size, scale))
        self.foot.setAlignment(
            self.ok_button, Qt.AlignmentFlag.AlignRight if stacked else Qt.AlignmentFlag(0)
        )
        self.column.setContentsMargins(*(margin(v, text_size, scale) for v in (36, 30, 36, 30)))
        self.column.setSpacing(margin(20, text_size, scale))
        self._fit()

    def _fit(self) -> None:
        """Its preferred width within its bounds, and the wrapped text's height at that width
        (adjustSize() takes the height for the unbounded width: the text would be cut); never
        taller than the screen: a longer message scrolls."""
        self.ensurePolished()  # the stylesheet's fonts, even before the first show
        for layout in (self.head, self.foot, self.column):
            layout.invalidate()  # texts just changed: no size hint from before, in any row
        self.column.activate()
        width = min(max(self.sizeHint().width(), self.minimumWidth()), self.maximumWidth())
        margins = self.column.contentsMargins()
        inner = width - margins.left() - margins.right()

        def height(row: QBoxLayout) -> int:
            hint = row.heightForWidth(inner) if row.hasHeightForWidth() else -1
            return hint if hint >= 0 else row.sizeHint().height()

        others = margins.top() + margins.bottom() + 2 * max(0, self.column.spacing())
        others += height(self.head) + height(self.foot)
        bar = self.text_area.verticalScrollBar().sizeHint().width()
        text = max(0, self.text.heightForWidth(inner))
        screen = QGuiApplication.primaryScreen()
        room = (
            screen.availableGeometry().height() - self._top - 40
            if screen is not None
            else text + others
        )
        if others + text > room:  # it scrolls: the scroll bar takes its width from the text
            text = max(0, self.text.heightForWidth(inner - bar))
            shown = max(room - others, 3 * self.text.fontMetrics().lineSpacing())
        else:
            shown = text
        self.text_area.setFixedHeight(min(text, shown))
        self.column.activate()  # the dialog's least height follows the new one, at once
        self.resize(width, others + min(text, shown))
        if screen is not None:  # all of it on the screen, "OK" included, below the bar
            area = screen.availableGeometry().adjusted(0, self._top, 0, 0)
            if not area.contains(self.frameGeometry()):
                self.move(
                    area.x() + (area.width() - self.width()) // 2,
                    area.y() + max(0, (area.height() - self.height()) // 2),
                )

    def below_bar(self, bar_height: int) -> None:
        """The session bar is ``bar_height`` px high now (SessionBar.height_changed): the
        message keeps clear of it, so the time left and the apps stay in view."""
        self._top = bar_height

    def clear(self) -> None:
        """The session is over: what the visitor did not read is not for the next one."""
        if self._queue:
            log.info("%d staff message(s) left unread", len(self._queue))
        self._queue = []
        self.arm_timer.stop()
        self.hide()

    @property
    def pending(self) -> int:
        """Messages shown or waiting, not acknowledged yet."""
        return len(self._queue)

    @property
    def current_text(self) -> str:
        """The message shown, in the kiosk's language."""
        return self._queue[0].in_language(_language()) if self._queue else ""

    def _show_current(self) -> None:
        self.ok_button.setEnabled(False)
        self.arm_timer.start()
        self.retranslate()
        self._fit()  # the next message may be longer

    def _acknowledge(self) -> None:
        if not self._queue:
            return
        message = self._queue.pop(0)
        log.info("staff message acknowledged (%d left)", len(self._queue))
        self.acknowledged.emit(message.text)
        if self._queue:
            self._show_current()
        else:
            self.hide()

    def reject(self) -> None:  # Qt override: closing the window counts as reading it
        self._acknowledge()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        if event.key() == Qt.Key.Key_Escape:
            return  # an Escape meant for another program must not dismiss the message
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._fit()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Message from the staff"))
        self.title.setText(self.tr("Message from the staff"))
        self.ok_button.setText(self.tr("OK, I have read it"))
        self.ok_button.setAccessibleName(self.tr("OK, I have read it"))
        if not self._queue:
            self.text.setText("")
            self.time_label.setText("")
            self.count_label.setText("")
            return
        current = self._queue[0]
        self.text.setText(self.current_text)
        self.text.setAccessibleName(self.current_text)
        when = format_time(current.received.time().toPython())
        self.time_label.setText(self.tr("Received at %1").replace("%1", when))
        waiting = len(self._queue) - 1
        self.count_label.setText(
            self.tr("%n more message(s) after this one.", "", waiting) if waiting else ""
        )
