"""The end screen: "Your session is over — cleaning up…", then the lock screen comes back.

Shown from the end of the session until the station has cleaned up for the next visitor, and at
least long enough to be read; a safety timeout brings the lock screen back even if the cleanup
never reports.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.protocol.enums import EndReason
from ui.kiosk.enter_key import enter_presses_buttons
from ui.theme import BLACK, BLUE, BLUE_DARK, HEADING_TEXT_CAP, INK, MUTED, PAPER, YELLOW, margin

log = logging.getLogger("epn.ui.kiosk.end")
translate = QCoreApplication.translate

#: Shortest time on screen, so that it can be read.
MINIMUM_MS = 2_000
#: Longest wait for the cleanup before the lock screen comes back anyway.
SAFETY_MS = 30_000
WINDOWED_SIZE = (1280, 800)

CARD_WIDTH = 900


def end_style(text_size: float = 1.0, contrast: bool = False, scale: float = 1.0) -> str:
    """The end screen's stylesheet, like ui.theme's: sizes times ``scale`` (text more if
    ``text_size``); ``contrast`` is white and yellow on black."""
    text = scale * text_size
    if contrast:
        screen, card, border, title, body, muted = BLACK, BLACK, PAPER, YELLOW, PAPER, PAPER
    else:
        screen, card, border, title, body, muted = BLUE, PAPER, PAPER, BLUE_DARK, INK, MUTED

    def f(size: float) -> str:  # a font size
        return f"{round(size * text)}px"

    def h(size: float) -> str:  # a heading's font size: it grows less (ui.theme)
        return f"{round(size * scale * min(text_size, HEADING_TEXT_CAP))}px"

    def s(size: float) -> str:  # a padding, border or radius
        return f"{max(1, round(size * scale))}px"

    return f"""
#EndScreen {{ background: {screen}; }}
#EndCard {{ background: {card}; border: {s(3)} solid {border}; border-radius: {s(18)}; }}
QLabel#EndTitle {{ font-size: {h(44)}; font-weight: bold; color: {title}; }}
QLabel#EndReason {{ font-size: {f(26)}; color: {body}; }}
QLabel#EndThanks {{ font-size: {h(30)}; font-weight: bold; color: {title}; }}
QLabel#EndProgress {{ font-size: {f(22)}; color: {muted}; }}
"""


END_STYLE = end_style()


def reason_text(reason: str) -> str:
    """Why the session ended, in one translated sentence ("" for an unknown reason)."""
    # Spelled out one by one so that lupdate sees each sentence.
    if reason == EndReason.TIME_UP:
        return translate("EndScreen", "Your time is up.")
    if reason == EndReason.VISITOR:
        return translate("EndScreen", "You ended your session.")
    if reason == EndReason.STAFF:
        return translate("EndScreen", "The staff ended your session.")
    if reason == EndReason.IDLE:
        return translate("EndScreen", "Nobody used the computer for a while.")
    if reason == EndReason.CLOSING:
        return translate("EndScreen", "The room is closing now.")
    if reason == EndReason.AWAY:
        return translate("EndScreen", "You were away longer than allowed.")
    if reason == EndReason.ELSEWHERE:
        return translate("EndScreen", "You signed in on another computer meanwhile.")
    if reason == EndReason.NO_TIME:
        return translate("EndScreen", "Your computer time is used up.")
    if reason == EndReason.BOOKING:
        return translate("EndScreen", "This computer is reserved from now for someone else.")
    if reason == EndReason.REBOOT:
        return translate("EndScreen", "The computer was restarted.")
    return ""


class EndScreen(QWidget):
    """Full screen between a session and the lock screen. Emits ``finished`` when it may go.

    The controller calls :meth:`begin` at the end of a session and :meth:`cleanup_finished`
    when the station reports its cleanup done.
    """

    finished = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        windowed: bool,
        minimum_ms: int = MINIMUM_MS,
        safety_ms: int = SAFETY_MS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("EndScreen")
        enter_presses_buttons(self)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.windowed = windowed
        if not windowed:
            self.setWindowFlags(
                Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
            )
        self._reason = ""
        self._active = False
        self._cleaned = False
        self._read = False  # shown long enough to be read

        self.card = card = QFrame(objectName="EndCard")
        card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.title = QLabel(objectName="EndTitle")
        self.reason = QLabel(objectName="EndReason")
        self.thanks = QLabel(objectName="EndThanks")
        self.progress = QLabel(objectName="EndProgress")
        self.column = column = QVBoxLayout(card)
        for label in (self.title, self.reason, self.thanks, self.progress):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column.addWidget(label)
        self.middle = middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(card, 4)
        middle.addStretch(1)
        self.root = root = QVBoxLayout(self)
        root.addStretch(1)
        root.addLayout(middle)
        root.addStretch(2)

        self.minimum_timer = QTimer(self, objectName="end-screen-minimum")
        self.minimum_timer.setSingleShot(True)
        self.minimum_timer.setInterval(minimum_ms)
        self.minimum_timer.timeout.connect(self._was_read)
        self.safety_timer = QTimer(self, objectName="end-screen-safety")
        self.safety_timer.setSingleShot(True)
        self.safety_timer.setInterval(safety_ms)
        self.safety_timer.timeout.connect(self._safety)
        self.apply_look(1.0, False, 1.0)
        self.retranslate()

    def begin(self, reason: str, *, cleaned: bool = False) -> None:
        """Show why the session ended; ``cleaned`` when the cleanup already reported."""
        self._reason = reason
        self._active = True
        self._cleaned = cleaned
        self._read = False
        self.retranslate()
        if self.windowed:
            self.resize(*WINDOWED_SIZE)
            self.show()
        else:
            self.setGeometry(self._screen_rect())
            self.showFullScreen()
        self.raise_()
        self.minimum_timer.start()
        self.safety_timer.start()
        log.info("end screen shown (%s)", reason)

    def apply_look(self, text_size: float, contrast: bool, scale: float = 1.0) -> None:
        """Large text and high contrast, sized for the screen: the card widens with its text."""
        text = scale * text_size
        # polished first: a stylesheet changed before the first show would not replace the
        # rules Qt has already cached for this window
        self.ensurePolished()
        self.setStyleSheet(end_style(text_size=text_size, contrast=contrast, scale=scale))
        self.card.setMaximumWidth(round(CARD_WIDTH * text))
        # in larger text the card takes the whole width it may (the screen's, on 1024×768)
        # rather than two thirds of it, and its margins give way to the text
        for side in (0, 2):
            self.middle.setStretch(side, 1 if text_size <= 1.0 else 0)
        self.column.setContentsMargins(*(margin(v, text_size, scale) for v in (56, 48, 56, 48)))
        self.column.setSpacing(margin(22, text_size, scale))
        self.root.setContentsMargins(*(margin(32, text_size, scale),) * 4)

    def cleanup_finished(self) -> None:
        if not self._active or self._cleaned:
            return
        self._cleaned = True
        self.retranslate()
        self._maybe_finish()

    @property
    def active(self) -> bool:
        """Shown and waiting: for the cleanup, or for the visitor to read it."""
        return self._active

    def _was_read(self) -> None:
        self._read = True
        self._maybe_finish()

    def _safety(self) -> None:
        if self._active:
            log.warning(
                "no cleanup report after %d ms: lock screen anyway", self.safety_timer.interval()
            )
            self._finish()

    def _maybe_finish(self) -> None:
        if self._active and self._read and self._cleaned:
            self._finish()

    def _finish(self) -> None:
        self._active = False
        self.minimum_timer.stop()
        self.safety_timer.stop()
        self.finished.emit()

    def _screen_rect(self) -> QRect:
        screen = QGuiApplication.primaryScreen()
        return screen.geometry() if screen is not None else QRect(0, 0, *WINDOWED_SIZE)

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        if event.spontaneous() and self._active:
            event.ignore()  # it goes by itself, once the computer is clean
            return
        # the program is closing: nothing may follow, not even the lock screen
        self._active = False
        self.minimum_timer.stop()
        self.safety_timer.stop()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Session over"))
        self.title.setText(self.tr("Your session is over"))
        self.reason.setText(reason_text(self._reason))
        self.reason.setVisible(bool(self.reason.text()))
        self.thanks.setText(self.tr("Thank you for your visit!"))
        self.progress.setText(
            self.tr("The computer is ready for the next visitor.")
            if self._cleaned
            else self.tr("Cleaning up the computer for the next visitor…")
        )
        self.setAccessibleName(self.title.text())
        self.setAccessibleDescription(f"{self.reason.text()} {self.progress.text()}")
