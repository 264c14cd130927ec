"""The service's cover: while no screen is up, the X session is hidden and takes no input.

When the screen process dies (or has not shown its windows yet) the station service maps a
black override-redirect window over the whole display, raised again every half second, and
grabs the keyboard and the pointer on it: whatever the visitor had open is neither visible nor
reachable until the screen says it is ready. python-xlib, on a connection of its own; a lost X
server is logged, never raised.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

log = logging.getLogger("epn.kiosk.cover")

_RAISE_SECONDS = 0.5


class XCover:
    """Covers display ``display`` while :meth:`show` is in effect; thread-safe."""

    def __init__(self, display: str) -> None:
        self._name = display
        self._lock = threading.Lock()
        self._x: Any = None
        self._window: Any = None
        self._shown = False
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def shown(self) -> bool:
        return self._shown

    def show(self) -> bool:
        """Cover the display now; False if the X server cannot be reached (logged)."""
        with self._lock:
            if self._shown:
                return True
            try:
                self._open()
                self._map()
            except Exception as exc:
                log.warning("cannot cover the display %s: %s", self._name, exc)
                self._drop()
                return False
            self._shown = True
            if self._thread is None or not self._thread.is_alive():
                self._stop.clear()
                self._thread = threading.Thread(
                    target=self._keep_on_top, name="epn-cover", daemon=True
                )
                self._thread.start()
        log.info("display %s covered until the screen is up", self._name)
        return True

    def hide(self) -> None:
        with self._lock:
            if not self._shown:
                return
            self._shown = False
            self._stop.set()
            try:
                self._x.ungrab_keyboard(0)
                self._x.ungrab_pointer(0)
                self._window.unmap()
                self._x.sync()
            except Exception as exc:
                log.info("cover already gone from %s: %s", self._name, exc)
                self._drop()
        log.info("display %s uncovered: the screen is up", self._name)

    def close(self) -> None:
        self.hide()
        thread = self._thread
        if thread is not None:
            thread.join(2.0)
        with self._lock:
            self._drop()

    def _open(self) -> None:
        if self._x is not None:
            return
        from Xlib import X
        from Xlib.display import Display

        x = Display(self._name)
        screen = x.screen()
        self._window = screen.root.create_window(
            0,
            0,
            screen.width_in_pixels,
            screen.height_in_pixels,
            0,
            screen.root_depth,
            X.InputOutput,
            X.CopyFromParent,
            background_pixel=screen.black_pixel,
            override_redirect=True,
            event_mask=X.KeyPressMask | X.ButtonPressMask,
        )
        self._window.set_wm_name("EPN Kiosk")
        self._x = x

    def _map(self) -> None:
        from Xlib import X

        self._window.map()
        self._window.configure(stack_mode=X.Above)
        self._x.sync()
        self._grab()

    def _grab(self) -> None:
        from Xlib import X

        self._window.grab_keyboard(True, X.GrabModeAsync, X.GrabModeAsync, X.CurrentTime)
        self._window.grab_pointer(
            True, 0, X.GrabModeAsync, X.GrabModeAsync, self._window, X.NONE, X.CurrentTime
        )
        self._x.sync()

    def _keep_on_top(self) -> None:
        from Xlib import X

        while not self._stop.wait(_RAISE_SECONDS):
            with self._lock:
                if not self._shown or self._x is None:
                    return
                try:
                    self._window.configure(stack_mode=X.Above)
                    self._grab()  # another client may have taken a grab meanwhile
                    while self._x.pending_events():
                        self._x.next_event()  # what the visitor types goes nowhere
                except Exception as exc:
                    log.warning("cover of %s lost: %s", self._name, exc)
                    self._shown = False
                    self._drop()
                    return

    def _drop(self) -> None:
        x, self._x, self._window = self._x, None, None
        if x is not None:
            try:
                x.close()
            except Exception as exc:
                log.debug("X connection of the cover did not close cleanly: %s", exc)
