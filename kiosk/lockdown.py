"""Lockdown: while the station is locked, the keys that would get around the lock screen are ours.

On X11 the agent grabs the escape combinations on the root window (XGrabKey, python-xlib) and
drops them; on Windows a low-level keyboard hook (pynput's ``win32_event_filter``) suppresses
them. Elsewhere nothing is blocked and a :class:`NullLockdown` says so in the log.

What grabs cannot stop, and the installer must configure instead: the X server handles
Ctrl+Alt+Backspace (``DontZap``) and Ctrl+Alt+F<n> (``DontVTSwitch``) itself when they are enabled,
a grab taken earlier by another program wins (we log the combination), X grabs do not reach
Wayland clients, and Windows never lets a hook see Ctrl+Alt+Delete.
"""

from __future__ import annotations

import itertools
import logging
import os
import select
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

log = logging.getLogger("epn.kiosk.lockdown")


@dataclass(frozen=True)
class KeyCombo:
    """A key (its X keysym name) with the modifiers that must be held."""

    key: str
    modifiers: tuple[str, ...] = ()  # "Ctrl", "Alt", "Shift"
    any_modifiers: bool = False  # blocked alone and with any modifier

    def __str__(self) -> str:
        name = "+".join((*self.modifiers, self.key))
        return f"{name} (with any modifiers)" if self.any_modifiers else name


_CTRL_ALT = ("Ctrl", "Alt")

_BLOCKED: tuple[KeyCombo, ...] = (
    KeyCombo("F4", ("Alt",)),
    KeyCombo("Tab", ("Alt",)),
    KeyCombo("Tab", ("Alt", "Shift")),
    KeyCombo("Escape", ("Alt",)),
    KeyCombo("Escape", ("Ctrl",)),
    KeyCombo("Escape", ("Ctrl", "Shift")),
    KeyCombo("F1", ("Alt",)),
    KeyCombo("F2", ("Alt",)),
    KeyCombo("BackSpace", _CTRL_ALT),
    KeyCombo("Delete", _CTRL_ALT),
    KeyCombo("t", _CTRL_ALT),
    *(KeyCombo(arrow, _CTRL_ALT) for arrow in ("Left", "Right", "Up", "Down")),
    *(KeyCombo(f"F{n}", _CTRL_ALT) for n in range(1, 13)),
    KeyCombo("Super_L", any_modifiers=True),
    KeyCombo("Super_R", any_modifiers=True),
    KeyCombo("Print", any_modifiers=True),
)


def blocked_combinations() -> tuple[KeyCombo, ...]:
    """Every combination a lockdown blocks while engaged."""
    return _BLOCKED


class Lockdown(Protocol):
    """Blocks the escape keys while engaged. Idempotent and thread-safe."""

    def engage(self) -> None:
        """The station is locked: block the escape keys."""
        ...

    def release(self) -> None:
        """A session is running: the keys work again."""
        ...

    def close(self) -> None:
        """Release everything for good."""
        ...


def make_lockdown(display: str | None = None) -> Lockdown:
    """The lockdown this machine supports: X11 grabs, a Windows hook, or none."""
    if sys.platform == "win32":
        try:
            return Win32Lockdown()
        except Exception as exc:
            return NullLockdown(f"no keyboard hook ({_describe(exc)})")
    name = display or os.environ.get("DISPLAY")
    if not name:
        return NullLockdown("no X display (DISPLAY is not set)")
    try:
        return X11Lockdown(name)
    except Exception as exc:
        return NullLockdown(f"cannot use the X display {name} ({_describe(exc)})")


class NullLockdown:
    """Blocks nothing; logs that once, when first engaged."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        self._lock = threading.Lock()
        self._logged = False
        self.engaged = False

    def engage(self) -> None:
        with self._lock:
            self.engaged = True
            if self._logged:
                return
            self._logged = True
        log.warning("escape keys (Alt+F4, Alt+Tab, …) are not blocked: %s", self.reason)

    def release(self) -> None:
        self.engaged = False

    def close(self) -> None:
        self.engaged = False


class X11Lockdown:
    """Passive key grabs on the root window, on a connection of our own.

    Grabbed key events come to this connection; the "epn-lockdown" thread reads and drops them.
    Every X call is made under one lock: python-xlib is not thread-safe.
    """

    def __init__(self, display: str | None = None) -> None:
        from Xlib.display import Display

        self._x: Any = Display(display)
        self._x.set_error_handler(self._on_x_error)
        self._root: Any = self._x.screen().root
        self._lock = threading.RLock()
        self._engaged = False
        self._closed = False
        self._grabs: list[tuple[int, int]] = []
        self._refused: list[KeyCombo] = []
        self._stop = threading.Event()
        self._wake_r, self._wake_w = os.pipe()
        self._thread = threading.Thread(target=self._drain_loop, name="epn-lockdown", daemon=True)
        self._thread.start()

    @property
    def engaged(self) -> bool:
        return self._engaged

    @property
    def grabbed(self) -> int:
        """How many key grabs (a keycode with one modifier mask) are held now."""
        with self._lock:
            return len(self._grabs)

    @property
    def refused(self) -> tuple[KeyCombo, ...]:
        """The combinations the last ``engage()`` could not grab (another program holds them)."""
        with self._lock:
            return tuple(self._refused)

    def blocked_combinations(self) -> tuple[KeyCombo, ...]:
        return blocked_combinations()

    def engage(self) -> None:
        with self._lock:
            if self._closed or self._engaged:
                return
            self._engaged = True
            self._x_call(self._grab_all)

    def release(self) -> None:
        with self._lock:
            if self._closed or not self._engaged:
                return
            self._engaged = False
            self._x_call(self._ungrab_all)

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            if self._engaged:
                self._engaged = False
                self._x_call(self._ungrab_all)
            self._closed = True
        self._stop.set()
        os.write(self._wake_w, b"x")
        self._thread.join(2.0)
        with self._lock:
            try:
                self._x.close()
            except Exception as exc:
                log.info("X connection did not close cleanly (%s)", _describe(exc))
            os.close(self._wake_r)
            os.close(self._wake_w)

    def _x_call(self, action: Callable[[], None]) -> None:
        """Run ``action`` on the connection (lock held); a lost X server must not crash the agent."""
        try:
            action()
            self._drop_queued_events()
        except Exception as exc:
            log.warning("lockdown: X call failed (%s)", _describe(exc))

    def _grab_all(self) -> None:
        from Xlib import X

        alt = self._modifier_mask("Alt_L", X.Mod1Mask)
        masks = {"Ctrl": X.ControlMask, "Shift": X.ShiftMask, "Alt": alt}
        # The lock keys add their own modifier bits: grab every combination of them too.
        locks = (X.LockMask, X.Mod2Mask, X.Mod5Mask)
        lock_variants = {
            sum(subset)
            for n in range(len(locks) + 1)
            for subset in itertools.combinations(locks, n)
        }
        attempts: dict[tuple[int, int], KeyCombo] = {}
        failed: set[tuple[int, int]] = set()
        for combo in _BLOCKED:
            keycodes = self._keycodes(combo.key)
            if not keycodes:
                log.info("lockdown: %s is not on this keyboard", combo)
                continue
            if combo.any_modifiers:
                variants = {X.AnyModifier}
            else:
                base = sum(masks[m] for m in combo.modifiers)
                variants = {base | lock for lock in lock_variants}
            for keycode in keycodes:
                for mask in variants:
                    grab = (keycode, mask)
                    attempts[grab] = combo
                    self._root.grab_key(
                        keycode,
                        mask,
                        False,
                        X.GrabModeAsync,
                        X.GrabModeAsync,
                        onerror=_Refusal(grab, failed),
                    )
        self._x.sync()  # every grab answered: errors have reached their handlers
        self._grabs = [grab for grab in attempts if grab not in failed]
        self._refused = list(dict.fromkeys(attempts[grab] for grab in failed))
        for combo in self._refused:
            log.warning("lockdown: could not grab %s, another program holds it", combo)
        log.info("lockdown engaged: %d key grabs", len(self._grabs))

    def _ungrab_all(self) -> None:
        for keycode, mask in self._grabs:
            self._root.ungrab_key(keycode, mask)
        self._grabs = []
        self._x.sync()
        log.info("lockdown released")

    def _keycodes(self, keysym_name: str) -> list[int]:
        from Xlib import XK

        keysym = XK.string_to_keysym(keysym_name)
        return sorted({code for code, _index in self._x.keysym_to_keycodes(keysym)})

    def _modifier_mask(self, keysym_name: str, default: int) -> int:
        """The modifier bit a key sets (Alt_L is usually Mod1, but the keymap decides)."""
        keycodes = set(self._keycodes(keysym_name))
        for index, codes in enumerate(self._x.get_modifier_mapping()):
            if keycodes & set(codes):
                return 1 << index
        return default

    def _on_x_error(self, error: Any, request: Any) -> None:
        log.warning("lockdown: X error %s", type(error).__name__)

    def _drop_queued_events(self) -> None:
        while self._x.pending_events():
            self._x.next_event()

    def _drain_loop(self) -> None:
        """Read and drop the grabbed key events until close()."""
        fd = self._x.fileno()
        while not self._stop.is_set():
            try:
                select.select([fd, self._wake_r], [], [])
            except (OSError, ValueError):
                return
            with self._lock:
                if self._stop.is_set():
                    return
                try:
                    self._drop_queued_events()
                except Exception as exc:
                    log.warning("lockdown: lost the X connection (%s)", _describe(exc))
                    return


class _Refusal:
    """The error handler of one grab request: notes the grab as refused."""

    def __init__(self, grab: tuple[int, int], refused: set[tuple[int, int]]) -> None:
        self._grab = grab
        self._refused = refused

    def __call__(self, error: Any, request: Any) -> bool:
        self._refused.add(self._grab)
        return True  # handled: python-xlib must not print it


class Win32Lockdown:
    """A low-level keyboard hook that swallows the blocked combinations while engaged."""

    _LLKHF_ALTDOWN = 0x20

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._engaged = False
        self._key_state = _async_key_state()
        from pynput import keyboard

        self._listener: Any = keyboard.Listener(win32_event_filter=self._filter)
        self._listener.start()

    @property
    def engaged(self) -> bool:
        return self._engaged

    def engage(self) -> None:
        with self._lock:
            self._engaged = True

    def release(self) -> None:
        with self._lock:
            self._engaged = False

    def close(self) -> None:
        with self._lock:
            self._engaged = False
            self._listener.stop()

    def _filter(self, msg: int, data: Any) -> bool:
        """Runs inside the hook for every key: keep it short (Windows drops slow hooks)."""
        if self._engaged:
            held: set[str] = set()
            if data.flags & self._LLKHF_ALTDOWN:
                held.add("Alt")
            if self._key_state(0x11) & 0x8000:  # VK_CONTROL
                held.add("Ctrl")
            if self._key_state(0x10) & 0x8000:  # VK_SHIFT
                held.add("Shift")
            if win32_blocks(data.vkCode, held):
                self._listener.suppress_event()  # raises: the hook returns 1
        return False  # we have no callbacks: don't queue the event for them


# Windows virtual-key codes of the keys in _BLOCKED.
_VK = {
    "Tab": 0x09,
    "BackSpace": 0x08,
    "Escape": 0x1B,
    "Print": 0x2C,
    "Delete": 0x2E,
    "Left": 0x25,
    "Up": 0x26,
    "Right": 0x27,
    "Down": 0x28,
    "t": 0x54,
    "Super_L": 0x5B,
    "Super_R": 0x5C,
    **{f"F{n}": 0x6F + n for n in range(1, 13)},
}


_WIN32_RULES: dict[int, tuple[KeyCombo, ...]] = {
    vk: tuple(combo for combo in _BLOCKED if _VK[combo.key] == vk) for vk in set(_VK.values())
}


def win32_blocks(vk: int, held: set[str]) -> bool:
    """Whether the Windows hook swallows key ``vk`` pressed with the modifiers ``held``.

    Extra modifiers don't free a combination: Alt+Shift+F4 is blocked like Alt+F4.
    """
    return any(
        combo.any_modifiers or held.issuperset(combo.modifiers)
        for combo in _WIN32_RULES.get(vk, ())
    )


def _async_key_state() -> Callable[[int], int]:
    """user32's GetAsyncKeyState, which tells the hook whether Ctrl or Shift is held."""
    if sys.platform != "win32":
        raise OSError("the Windows keyboard hook needs Windows")
    import ctypes

    get_async_key_state: Callable[[int], int] = ctypes.windll.user32.GetAsyncKeyState
    return get_async_key_state


def _describe(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
