"""Lockdown choice and fallbacks, the blocked combinations, and the Windows hook's decision."""

from __future__ import annotations

import logging
import sys

import pytest

from kiosk.lockdown import (
    KeyCombo,
    NullLockdown,
    blocked_combinations,
    make_lockdown,
    win32_blocks,
)

VK_F4, VK_TAB, VK_ESCAPE, VK_LWIN, VK_RWIN, VK_T, VK_A = 0x73, 0x09, 0x1B, 0x5B, 0x5C, 0x54, 0x41


def lockdown_warnings(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "epn.kiosk.lockdown"]


def test_without_a_display_nothing_is_blocked_and_the_log_says_so_once(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.setattr(sys, "platform", "linux")

    lockdown = make_lockdown()

    assert isinstance(lockdown, NullLockdown)
    lockdown.engage()
    lockdown.release()
    lockdown.engage()
    lockdown.close()
    lockdown.close()
    records = lockdown_warnings(caplog)
    assert len(records) == 1
    assert "not blocked" in records[0].getMessage()
    assert "DISPLAY" in records[0].getMessage()


# python-xlib leaves the socket of a refused connection for the garbage collector.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_an_unreachable_display_falls_back_without_crashing(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")

    lockdown = make_lockdown(":4242")

    assert isinstance(lockdown, NullLockdown)
    assert ":4242" in lockdown.reason
    lockdown.engage()
    assert lockdown.engaged
    assert ":4242" in lockdown_warnings(caplog)[0].getMessage()


def test_windows_without_a_usable_hook_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")

    lockdown = make_lockdown()

    assert isinstance(lockdown, NullLockdown)
    assert "keyboard hook" in lockdown.reason


@pytest.mark.parametrize(
    "combo",
    [
        KeyCombo("F4", ("Alt",)),
        KeyCombo("Tab", ("Alt",)),
        KeyCombo("Tab", ("Alt", "Shift")),
        KeyCombo("Super_L", any_modifiers=True),
        KeyCombo("Super_R", any_modifiers=True),
        KeyCombo("Escape", ("Ctrl",)),
        KeyCombo("BackSpace", ("Ctrl", "Alt")),
        KeyCombo("Delete", ("Ctrl", "Alt")),
        KeyCombo("F1", ("Ctrl", "Alt")),
        KeyCombo("F12", ("Ctrl", "Alt")),
    ],
    ids=str,
)
def test_the_escape_keys_are_blocked(combo: KeyCombo) -> None:
    assert combo in blocked_combinations()


def test_combinations_read_as_people_write_them() -> None:
    labels = {str(combo) for combo in blocked_combinations()}
    assert {"Alt+F4", "Alt+Tab", "Ctrl+Escape", "Ctrl+Alt+BackSpace"} <= labels
    assert "Super_L (with any modifiers)" in labels
    assert len(labels) == len(blocked_combinations())


@pytest.mark.parametrize(
    ("vk", "held", "blocked"),
    [
        (VK_F4, {"Alt"}, True),
        (VK_F4, {"Alt", "Shift"}, True),
        (VK_F4, set(), False),
        (VK_TAB, {"Alt"}, True),
        (VK_TAB, set(), False),
        (VK_ESCAPE, {"Ctrl"}, True),
        (VK_ESCAPE, {"Ctrl", "Shift"}, True),
        (VK_ESCAPE, set(), False),
        (VK_LWIN, set(), True),
        (VK_RWIN, {"Ctrl"}, True),
        (VK_T, {"Ctrl", "Alt"}, True),
        (VK_T, {"Ctrl"}, False),
        (VK_A, {"Ctrl", "Alt"}, False),
    ],
)
def test_the_windows_hook_swallows_only_blocked_combinations(
    vk: int, held: set[str], blocked: bool
) -> None:
    assert win32_blocks(vk, held) is blocked
