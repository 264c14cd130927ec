"""Placement of the kiosk's windows: the lock screen, the session bar, and a cover on each other
screen; and their look (text size, high contrast) sized for the screen."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Protocol, TypeVar

from PySide6.QtCore import QEvent, QRect, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QVBoxLayout, QWidget

from ui.kiosk.lock_screen import LockScreen
from ui.kiosk.logo import logo_pixmap
from ui.kiosk.session_bar import BAR_HEIGHT, SessionBar
from ui.theme import kiosk_style

#: How often the kiosk's windows are raised again over the visitor's (milliseconds).
KEEP_ON_TOP_MS = 1000
WINDOWED_SIZE = (1280, 800)
#: The screen height the kiosk's sizes are drawn for; taller screens scale up, to this much.
DESIGN_HEIGHT = 900
MAX_SCALE = 2.4
log = logging.getLogger("epn.ui.kiosk")


def scale_for_height(height: int) -> float:
    """How much bigger than designed: 1 up to 900 px high, 2.4 on a 4K screen (2160 px)."""
    return min(max(height / DESIGN_HEIGHT, 1.0), MAX_SCALE)


class CoverWindow(QWidget):
    """Covers a screen other than the main one while the station is locked."""

    def __init__(self, site: str = "") -> None:
        super().__init__()
        self.setObjectName("Cover")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowTitle("EPN Kiosk")
        self._site = site
        self.logo = QLabel(objectName="Logo")
        self.title = QLabel(objectName="CoverTitle")
        self.text = QLabel(objectName="CoverText")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for label in (self.logo, self.title, self.text):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addStretch(1)
        self.apply_look(1.0, False, 1.0)
        self.retranslate()

    def set_site(self, site: str) -> None:
        self._site = site
        self.retranslate()

    def apply_look(self, text_size: float, contrast: bool, scale: float) -> None:
        style = kiosk_style(text_size=text_size, contrast=contrast, scale=scale)
        if style != self.styleSheet():  # unchanged: not parsed and polished again
            self.setStyleSheet(style)
        self.logo.setPixmap(logo_pixmap(round(120 * scale), self.devicePixelRatioF()))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self._site or self.tr("Public computer"))
        self.text.setText(self.tr("Please use the main screen."))


class LookWindow(Protocol):
    """A window that follows the kiosk's look (the banner, the end screen, staff messages)."""

    def apply_look(self, text_size: float, contrast: bool, scale: float) -> None: ...


W = TypeVar("W", bound=LookWindow)


class KioskWindows:
    """Full screen and top-most on a public PC; ordinary windows with ``windowed`` (development).

    While locked, every screen other than the primary one shows a :class:`CoverWindow`; the
    covers follow screens being plugged in and out, and hide during a session.
    """

    def __init__(self, lock: LockScreen, bar: QWidget, *, windowed: bool) -> None:
        self.lock = lock
        self.bar = bar
        self.windowed = windowed
        self.covers: dict[QScreen, CoverWindow] = {}
        self._site = ""
        self._locked = False
        self._look: tuple[float, bool] = (1.0, False)
        #: Screens that must stay above the visitor's windows while shown (away, charter).
        self._held: list[QWidget] = []
        # A program of the visitor's may raise its own windows over ours: raise ours again.
        self.keep_on_top_timer = QTimer(lock, objectName="kiosk-keep-on-top")
        self.keep_on_top_timer.setInterval(KEEP_ON_TOP_MS)
        self.keep_on_top_timer.timeout.connect(self.keep_on_top)
        lock.setWindowTitle("EPN Kiosk")
        bar.setWindowTitle("EPN Kiosk — session")
        if not windowed:
            lock.setWindowFlags(self._top_flags())
            bar.setWindowFlags(self._top_flags() | Qt.WindowType.Tool)
            app = QGuiApplication.instance()
            if isinstance(app, QGuiApplication):
                app.screenAdded.connect(lambda _screen: self.sync_covers())
                app.screenRemoved.connect(self._screen_removed)
                app.primaryScreenChanged.connect(lambda _screen: self.sync_covers())
            self.sync_covers()
            self.keep_on_top_timer.start()
        lock.look_requested.connect(self.apply_look)
        self.apply_look(1.0, False)

    @staticmethod
    def _top_flags() -> Qt.WindowType:
        return Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint

    def _screen_rect(self) -> QRect:
        screen = QGuiApplication.primaryScreen()
        return screen.geometry() if screen is not None else QRect(0, 0, *WINDOWED_SIZE)

    def scale(self) -> float:
        height = WINDOWED_SIZE[1] if self.windowed else self._screen_rect().height()
        return scale_for_height(height)

    # --- look ------------------------------------------------------------------------------

    #: other windows that follow the look, in the order added (see add_look_window)
    _look_windows: tuple[LookWindow, ...] = ()

    def add_look_window(self, window: W) -> W:
        """``window`` follows the look from now on (it gets the current one now); returned."""
        self._look_windows = (*self._look_windows, window)
        window.apply_look(*self._look, self.scale())
        return window

    @property
    def look(self) -> tuple[float, bool]:
        """The text size and high contrast shown now."""
        return self._look

    def apply_look(self, text_size: float, contrast: bool) -> None:
        """Text size and high contrast on every kiosk window, sized for the main screen."""
        self._look = (text_size, contrast)
        scale = self.scale()
        log.info("look: text ×%g, high contrast %s, scale %.2f", text_size, contrast, scale)
        self.lock.apply_look(text_size, contrast, scale)
        style = kiosk_style(text_size=text_size, contrast=contrast, scale=scale)
        if style != self.bar.styleSheet():  # unchanged: not parsed and polished again
            self.bar.setStyleSheet(style)
        if isinstance(self.bar, SessionBar):
            self.bar.set_text_scale(scale * text_size)
        for cover in self.covers.values():
            cover.apply_look(text_size, contrast, scale)
        for window in self._look_windows:
            window.apply_look(text_size, contrast, scale)

    def set_site(self, site: str) -> None:
        self._site = site
        for cover in self.covers.values():
            cover.set_site(site)

    # --- covers ----------------------------------------------------------------------------

    def _screen_removed(self, screen: QScreen) -> None:
        self.sync_covers([s for s in QGuiApplication.screens() if s is not screen])

    def sync_covers(
        self, screens: Sequence[QScreen] | None = None, primary: QScreen | None = None
    ) -> None:
        """One cover per screen other than ``primary`` (by default, the system's screens)."""
        if screens is None:
            screens = QGuiApplication.screens()
        if primary is None:
            primary = QGuiApplication.primaryScreen()
        wanted = [screen for screen in screens if screen is not primary]
        for screen in [s for s in self.covers if s not in wanted]:
            cover = self.covers.pop(screen)
            cover.hide()
            cover.deleteLater()
            log.info("cover removed from a screen")
        for screen in wanted:
            cover = self.covers.get(screen)
            if cover is None:
                cover = CoverWindow(self._site)
                cover.setWindowFlags(self._top_flags())
                cover.apply_look(*self._look, self.scale())
                self.covers[screen] = cover
                log.info("cover added for screen %s", screen.name())
            cover.setGeometry(screen.geometry())
            if self._locked:
                cover.showFullScreen()

    # --- lock and session ------------------------------------------------------------------

    def show_lock(self) -> None:
        self._locked = True
        self.bar.hide()
        if self.windowed:
            self.lock.resize(*WINDOWED_SIZE)
            self.lock.show()
        else:
            # Without a window manager showFullScreen() keeps the preferred size: set it first.
            self.lock.setGeometry(self._screen_rect())
            self.lock.showFullScreen()
            for screen, cover in self.covers.items():
                cover.setGeometry(screen.geometry())
                cover.showFullScreen()
                cover.raise_()
        self.lock.raise_()
        self.lock.activateWindow()
        log.info("lock screen shown")

    def hold_on_top(self, window: QWidget) -> None:
        """Keep ``window`` above everything else whenever it is shown (after the lock screen)."""
        self._held.append(window)

    def keep_on_top(self) -> None:
        """Raise the kiosk's visible windows, the most important last (it ends up on top).

        Open dialogs (a confirmation, the staff panel, a staff message) come last of all:
        without a window manager nothing else would keep them above the window they belong to.
        """
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog)]
        order = [self.bar, *self.covers.values(), self.lock, *self._held, *dialogs]
        for window in order:
            if window.isVisible():
                window.raise_()

    def show_session(self) -> None:
        self._locked = False
        self.lock.hide()
        for cover in self.covers.values():
            cover.hide()
        rect = self._screen_rect()
        width = WINDOWED_SIZE[0] if self.windowed else rect.width()
        # as high as its rows need at this width (SessionBar._plan)
        height = (
            self.bar.height_for_width(width) if isinstance(self.bar, SessionBar) else BAR_HEIGHT
        )
        self.bar.setGeometry(rect.x(), rect.y(), width, height)
        self.bar.show()
        self.bar.raise_()
        log.info("session bar shown")
