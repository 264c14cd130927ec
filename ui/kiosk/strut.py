"""The session bar reserves its strip of the screen, so maximised windows do not cover it.

On X11 (the ``xcb`` platform) the bar's native window gets the EWMH properties a panel has:
``_NET_WM_WINDOW_TYPE_DOCK``, ``_NET_WM_STRUT`` and ``_NET_WM_STRUT_PARTIAL`` (top = the bar's
bottom edge, top_start_x/top_end_x = its span), written with python-xlib on a connection of
our own. Elsewhere it does nothing: on Windows the same needs an AppBar (SHAppBarMessage),
which is future work; Wayland has no such protocol for ordinary clients.
"""

from __future__ import annotations

import logging
import os
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

log = logging.getLogger("epn.ui.kiosk.strut")

#: _NET_WM_STRUT_PARTIAL: left, right, top, bottom, then the start/end of each edge's span.
StrutPartial = tuple[int, int, int, int, int, int, int, int, int, int, int, int]


def strut_partial(x: int, y: int, width: int, height: int) -> StrutPartial:
    """The partial strut of a bar at the top edge of the root window (native pixels)."""
    return (0, 0, y + height, 0, 0, 0, 0, 0, x, x + width - 1, 0, 0)


class TopStrut(QObject):
    """Keeps ``widget``'s reservation up to date; call :meth:`schedule` when it moves/resizes."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        self._display: Any = None
        self._last: StrutPartial | None = None
        self._timer = QTimer(self, objectName="session-bar-strut")
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.apply)
        self.enabled = QGuiApplication.platformName() == "xcb" and bool(os.environ.get("DISPLAY"))
        if not self.enabled:
            log.debug("no strut on platform %s", QGuiApplication.platformName())

    def schedule(self) -> None:
        """Apply once the event loop has run (Qt has then sent its own requests to X)."""
        if self.enabled:
            self._timer.start()

    def apply(self) -> StrutPartial | None:
        """Write the properties now; returns what was written (None: nothing to do)."""
        widget = self._widget
        if not self.enabled or not widget.isWindow() or not widget.isVisible():
            return None
        ratio = widget.devicePixelRatioF()
        geometry = widget.frameGeometry()
        partial = strut_partial(
            round(geometry.x() * ratio),
            round(geometry.y() * ratio),
            round(geometry.width() * ratio),
            round(geometry.height() * ratio),
        )
        if partial == self._last:
            return partial
        try:
            self._write(int(widget.winId()), partial)
        except Exception:  # an X error must never take the session bar down
            log.exception("could not reserve the session bar's space")
            self._display = None
            return None
        self._last = partial
        log.info("session bar reserves the top %d px (x %d-%d)", partial[2], *partial[8:10])
        return partial

    def _write(self, window_id: int, partial: StrutPartial) -> None:
        from Xlib import Xatom
        from Xlib.display import Display

        # Qt's own requests on this window (creation, its window type) go first
        QGuiApplication.sync()
        if self._display is None:
            self._display = Display(os.environ["DISPLAY"])
        display = self._display
        window = display.create_resource_object("window", window_id)
        atom = display.intern_atom
        window.change_property(
            atom("_NET_WM_WINDOW_TYPE"), Xatom.ATOM, 32, [atom("_NET_WM_WINDOW_TYPE_DOCK")]
        )
        window.change_property(atom("_NET_WM_STRUT"), Xatom.CARDINAL, 32, list(partial[:4]))
        window.change_property(atom("_NET_WM_STRUT_PARTIAL"), Xatom.CARDINAL, 32, list(partial))
        display.sync()

    def close(self) -> None:
        self._timer.stop()
        if self._display is not None:
            self._display.close()
            self._display = None
