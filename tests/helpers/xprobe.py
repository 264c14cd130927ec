"""A window of another X client that records the keys reaching it: how a test sees a key grab."""

from __future__ import annotations

import select
import time
from collections.abc import Callable
from typing import Any

from Xlib import XK, X
from Xlib.display import Display


class ProbeWindow:
    """A focused window of another X client, recording the key presses that reach it."""

    def __init__(self, display: str) -> None:
        self.x: Any = Display(display)
        screen = self.x.screen()
        self.window = screen.root.create_window(
            0,
            0,
            300,
            200,
            0,
            screen.root_depth,
            event_mask=X.KeyPressMask | X.StructureNotifyMask,
        )
        self.window.map()
        self._next_event(lambda event: event.type == X.MapNotify)
        self.window.set_input_focus(X.RevertToParent, X.CurrentTime)
        self.x.sync()

    def focus(self) -> None:
        """Take the keyboard focus again (another window may have taken it)."""
        self.window.raise_window()
        self.window.set_input_focus(X.RevertToParent, X.CurrentTime)
        self.x.sync()

    def keycode(self, keysym_name: str) -> int:
        code: int = self.x.keysym_to_keycode(XK.string_to_keysym(keysym_name))
        return code

    def presses_until(self, end_keysym: str) -> list[int]:
        """Keycodes pressed in this window up to the ``end_keysym`` press, which is excluded.

        X delivers events in order, so once the end key arrived nothing typed before it can
        still be on its way: no waiting for something not to happen.
        """
        end = self.keycode(end_keysym)
        presses: list[int] = []
        while True:
            event = self._next_event(lambda event: event.type == X.KeyPress)
            if event.detail == end:
                return presses
            presses.append(event.detail)

    def grab_elsewhere(self, keysym_name: str, modifiers: int) -> None:
        """Take a key grab first, as a desktop environment would."""
        root = self.x.screen().root
        root.grab_key(self.keycode(keysym_name), modifiers, False, X.GrabModeAsync, X.GrabModeAsync)
        self.x.sync()

    def close(self) -> None:
        self.x.close()

    def _next_event(self, wanted: Callable[[Any], bool], timeout: float = 10.0) -> Any:
        deadline = time.monotonic() + timeout
        while True:
            while self.x.pending_events():
                event = self.x.next_event()
                if wanted(event):
                    return event
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError("the probe window got no such event in time")
            select.select([self.x], [], [], remaining)
