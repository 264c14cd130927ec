"""The warning banner: "5 minutes left", or "Are you still there?", over the visitor's work.

A separate top-level window near the top centre of the screen that never takes the keyboard:
the visitor typing in their own program keeps typing there while it shows.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from ui.kiosk.enter_key import enter_presses_buttons
from ui.kiosk.hold_text import warning_text
from ui.kiosk.session_bar import BAR_HEIGHT
from ui.theme import BLACK, HEADING_TEXT_CAP, INK, ORANGE, PAPER, YELLOW, margin

log = logging.getLogger("epn.ui.kiosk.banner")

#: How long a warning stays before it hides by itself (the last minute's stays).
HIDE_AFTER_MS = 20_000
#: A warning this close to the end stays until dismissed or the end.
LAST_WARNING_SECONDS = 60
WIDTH = 960

ICON_SIZE = 72


def banner_style(text_size: float = 1.0, contrast: bool = False, scale: float = 1.0) -> str:
    """The banner's stylesheet, like ui.theme's: sizes times ``scale`` (texts also by ``text_size``);
    ``contrast`` is white and yellow on black."""
    # Its texts start larger than the kiosk's body text (24 px against 18): they grow at most
    # ×1.5 (still as large as the body text at ×2), so that the banner leaves the visitor's
    # work in view (half the screen at least) on a 1024×768 screen below a ×2 session bar.
    text_size = min(text_size, HEADING_TEXT_CAP)
    text = scale * text_size
    back, frame, title, detail = (
        (BLACK, YELLOW, YELLOW, PAPER) if contrast else (ORANGE, INK, PAPER, PAPER)
    )
    button, button_text, button_border = (
        (BLACK, YELLOW, YELLOW) if contrast else (PAPER, INK, PAPER)
    )

    def f(size: float) -> str:  # a font size
        return f"{round(size * text)}px"

    def s(size: float) -> str:  # a padding, border or radius
        return f"{max(1, round(size * scale))}px"

    return f"""
#WarningBanner {{ background: {back}; border: {s(4)} solid {frame}; }}
#WarningBanner QLabel {{ color: {detail}; }}
QLabel#BannerTitle {{ font-size: {f(36)}; font-weight: bold; color: {title}; }}
QLabel#BannerDetail {{ font-size: {f(24)}; }}
#WarningBanner QPushButton {{ font-size: {f(22)}; font-weight: bold; padding: {s(10)} {s(26)};
    border-radius: {s(10)}; border: {s(3)} solid {button_border}; background: {button};
    color: {button_text}; min-width: {f(110)}; }}
"""


BANNER_STYLE = banner_style()


def clock_pixmap(size: int, ratio: float = 1.0) -> QPixmap:
    """A white clock face, drawn here so that it reads on orange in every theme."""
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(INK), size / 16))
    painter.setBrush(QColor(PAPER))
    margin = size / 16
    painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin))
    centre = size / 2
    hands = QPen(QColor(INK), size / 12)
    hands.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(hands)
    painter.drawLine(QPointF(centre, centre), QPointF(centre, size * 0.22))
    painter.drawLine(QPointF(centre, centre), QPointF(size * 0.70, centre))
    painter.end()
    return pixmap


class WarningBanner(QWidget):
    """Shows one warning at a time; the controller calls :meth:`warn`, :meth:`warn_idle`,
    :meth:`idle_cancelled` and :meth:`clear`. Emits ``dismissed`` when the visitor hides it.

    ``beep`` rings at each warning (None: silent); ``clock`` (monotonic seconds) drives the
    idle countdown.
    """

    dismissed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        hide_after_ms: int = HIDE_AFTER_MS,
        tick_ms: int = 250,
        beep: Callable[[], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("WarningBanner")
        enter_presses_buttons(self)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        # Never take the keyboard from the visitor's program, never show in the taskbar.
        self.setWindowFlags(
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowDoesNotAcceptFocus
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._beep = beep
        self._clock = clock
        self._kind = ""  # "time", "idle" or "" (hidden)
        self._held_at: datetime | None = None
        self._threshold = 0
        self._idle_deadline = 0.0
        #: the last-minute warning, shown again when an idle warning over it is cancelled
        self._sticky_threshold: int | None = None
        self._width = WIDTH
        self._bar_height = BAR_HEIGHT  # the session bar's, as it tells (below_bar)
        self._gap = 16
        self._top = BAR_HEIGHT + 16  # below the session bar

        self.icon = QLabel(objectName="BannerIcon")
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title = QLabel(objectName="BannerTitle")
        self.title.setWordWrap(True)
        self.detail = QLabel(objectName="BannerDetail")
        self.detail.setWordWrap(True)
        self.dismiss_button = QPushButton()
        # a click works; focus would be refused by the window anyway
        self.dismiss_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.dismiss_button.clicked.connect(self._dismiss)

        #: laid out by _arrange: the texts beside the icon and the button in normal text,
        #: the whole width for the detail in larger text
        self.row = QGridLayout(self)
        self._stacked: bool | None = None
        self.apply_look(1.0, False, 1.0)

        self.hide_timer = QTimer(self, objectName="banner-hide")
        self.hide_timer.setSingleShot(True)
        self.hide_timer.setInterval(hide_after_ms)
        self.hide_timer.timeout.connect(self._expire)
        self.countdown_timer = QTimer(self, objectName="banner-idle-countdown")
        self.countdown_timer.setInterval(tick_ms)
        self.countdown_timer.timeout.connect(self.retranslate)
        self.retranslate()

    # --- what the controller calls -----------------------------------------------------

    def warn(self, threshold_seconds: int, *, held_at: datetime | None = None) -> None:
        """The session crossed a warning threshold: ``threshold_seconds`` are left.

        ``held_at``: the session ends because the station is held from then (site's time).
        """
        self._held_at = held_at
        self._threshold = max(1, threshold_seconds)
        sticky = self._threshold <= LAST_WARNING_SECONDS
        self._sticky_threshold = self._threshold if sticky else None
        if self._kind == "idle":
            return  # the idle countdown is more urgent; this one shows when it is cancelled
        self._present("time", sticky=sticky)

    def warn_idle(self, seconds_left: int) -> None:
        """Nobody used the computer for a while: count down to the end of the session."""
        self._idle_deadline = self._clock() + max(0, seconds_left)
        self._present("idle", sticky=True)
        self.countdown_timer.start()

    def idle_cancelled(self) -> None:
        """Input again: the idle countdown goes; an undismissed last-minute warning comes back."""
        if self._kind != "idle":
            return
        self.countdown_timer.stop()
        if self._sticky_threshold is not None:
            self._threshold = self._sticky_threshold
            self._kind = "time"
            self.retranslate()
        else:
            self._hide()

    def clear(self) -> None:
        """The session is over: no warning is left."""
        self._sticky_threshold = None
        self._hide()

    def apply_look(self, text_size: float, contrast: bool, scale: float = 1.0) -> None:
        """Large text and high contrast, sized for the screen; a shown banner fits again."""
        text = scale * min(text_size, HEADING_TEXT_CAP)  # as banner_style's
        # polished first: a stylesheet changed before the first show would not replace the
        # rules Qt has already cached for this window
        self.ensurePolished()
        self.setStyleSheet(banner_style(text_size=text_size, contrast=contrast, scale=scale))
        self.icon.setPixmap(clock_pixmap(round(ICON_SIZE * text), self.devicePixelRatioF()))
        self._arrange(stacked=text_size > 1.0)
        # smaller margins in larger text, never so small that the text touches the frame
        sides = max(margin(24, text_size, scale), round(16 * scale))
        ends = max(margin(18, text_size, scale), round(12 * scale))
        self.row.setContentsMargins(sides, ends, sides, ends)
        self.row.setHorizontalSpacing(margin(20, text_size, scale))
        self.row.setVerticalSpacing(round(6 * scale))
        self._width = round(WIDTH * text)
        # the session bar grows with its text (SessionBar.set_text_scale): stay below it
        self._bar_height = max(self._bar_height, round(BAR_HEIGHT * scale * text_size))
        self._gap = round(16 * scale)
        self._top = self._bar_height + self._gap
        if self.isVisible():
            self._place()

    def below_bar(self, bar_height: int) -> None:
        """The session bar is ``bar_height`` px high now (SessionBar.height_changed)."""
        self._bar_height = bar_height
        self._top = bar_height + self._gap
        if self.isVisible():
            self._place()

    def _arrange(self, *, stacked: bool) -> None:
        """Normal text: the icon, the title over the detail, the button. Larger text: the
        title and the button on the first row, the detail on the whole width below (no icon:
        the colour and the title say it already)."""
        if stacked == self._stacked:
            return
        self._stacked = stacked
        for widget in (self.icon, self.title, self.detail, self.dismiss_button):
            self.row.removeWidget(widget)
        top, centre = Qt.AlignmentFlag.AlignTop, Qt.AlignmentFlag.AlignVCenter
        self.row.setColumnStretch(0, 0)
        self.row.setColumnStretch(1, 1)
        self.row.setRowStretch(1, 1)
        if stacked:
            self.icon.hide()
            self.row.addWidget(self.title, 0, 0, 1, 2, centre)
            self.row.addWidget(self.dismiss_button, 0, 2, centre)
            self.row.addWidget(self.detail, 1, 0, 1, 3, top)
        else:
            self.icon.show()
            self.row.addWidget(self.icon, 0, 0, 2, 1, top)
            self.row.addWidget(self.title, 0, 1)
            self.row.addWidget(self.detail, 1, 1, top)
            self.row.addWidget(self.dismiss_button, 0, 2, 2, 1, centre)

    @property
    def kind(self) -> str:
        """``"time"``, ``"idle"``, or ``""`` when nothing is shown."""
        return self._kind

    @property
    def seconds_left(self) -> int:
        """The idle countdown as shown."""
        return max(0, round(self._idle_deadline - self._clock()))

    # --- internals ---------------------------------------------------------------------

    def _present(self, kind: str, *, sticky: bool) -> None:
        self._kind = kind
        self.retranslate()
        self._place()
        self.show()
        self.raise_()
        if sticky:
            self.hide_timer.stop()
        else:
            self.hide_timer.start()
        if self._beep is not None:
            self._beep()
        log.info("warning banner shown: %s", self.title.text())

    def _place(self) -> None:
        screen = QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 800)
        width = min(self._width, area.width() - 40)
        self.setFixedWidth(width)
        # the wrapped texts' height at this width, not at the width adjustSize() would guess
        self.setFixedHeight(self.row.totalHeightForWidth(width))
        self.move(area.x() + (area.width() - width) // 2, area.y() + self._top)

    def _dismiss(self) -> None:
        log.info("warning banner dismissed")
        self._sticky_threshold = None
        self._hide()
        self.dismissed.emit()

    def _expire(self) -> None:
        if self._kind == "time":
            self._hide()

    def _hide(self) -> None:
        self._kind = ""
        self.hide_timer.stop()
        self.countdown_timer.stop()
        self.hide()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.isVisible():
                self._place()  # the new language's texts may wrap on more lines
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Time warning"))
        self.dismiss_button.setText(self.tr("OK"))
        self.dismiss_button.setAccessibleName(self.tr("Hide this warning"))
        if self._kind == "idle":
            self.title.setText(self.tr("Are you still there?"))
            self.detail.setText(
                self.tr(
                    "Move the mouse or press a key, or your session ends in %n second(s).",
                    "",
                    self.seconds_left,
                )
            )
        elif self._threshold >= LAST_WARNING_SECONDS:
            minutes = max(1, round(self._threshold / 60))
            self.title.setText(self.tr("%n minute(s) left", "", minutes))
            self.detail.setText(self._detail_text())
        else:
            self.title.setText(self.tr("%n second(s) left", "", self._threshold))
            self.detail.setText(self._detail_text())
        self.setAccessibleName(self.title.text())
        self.setAccessibleDescription(self.detail.text())

    def _detail_text(self) -> str:
        """Why the session ends then (the station is held from then), and what to do."""
        if self._held_at is None:
            return self._save_text()
        return warning_text(self._held_at, self._threshold) + " " + self.tr("Save your work now.")

    def _save_text(self) -> str:
        return self.tr("Save your work now. When the time is up, your programs close.")
