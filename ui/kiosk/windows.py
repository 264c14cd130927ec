"""Placement of the kiosk's two top-level windows: the lock screen and the session bar."""

from __future__ import annotations

import logging

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from ui.kiosk.session_bar import BAR_HEIGHT

WINDOWED_SIZE = (1280, 800)
log = logging.getLogger("epn.ui.kiosk")


class KioskWindows:
    """Full screen and top-most on a public PC; ordinary windows with ``windowed`` (development)."""

    def __init__(self, lock: QWidget, bar: QWidget, *, windowed: bool) -> None:
        self.lock = lock
        self.bar = bar
        self.windowed = windowed
        lock.setWindowTitle("EPN Kiosk")
        bar.setWindowTitle("EPN Kiosk — session")
        if not windowed:
            top = Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
            lock.setWindowFlags(top)
            bar.setWindowFlags(top | Qt.WindowType.Tool)

    def _screen_rect(self) -> QRect:
        screen = QGuiApplication.primaryScreen()
        return screen.geometry() if screen is not None else QRect(0, 0, *WINDOWED_SIZE)

    def show_lock(self) -> None:
        self.bar.hide()
        if self.windowed:
            self.lock.resize(*WINDOWED_SIZE)
            self.lock.show()
        else:
            # Without a window manager showFullScreen() keeps the preferred size: set it first.
            self.lock.setGeometry(self._screen_rect())
            self.lock.showFullScreen()
        self.lock.raise_()
        self.lock.activateWindow()
        log.info("lock screen shown")

    def show_session(self) -> None:
        self.lock.hide()
        rect = self._screen_rect()
        width = WINDOWED_SIZE[0] if self.windowed else rect.width()
        self.bar.setGeometry(rect.x(), rect.y(), width, BAR_HEIGHT)
        self.bar.show()
        self.bar.raise_()
        log.info("session bar shown")
