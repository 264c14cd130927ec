"""Classes of defects checked on every kiosk window at once: Enter on a focused button, and
text readable in high contrast (from the rendered pixels)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from tests.helpers.kiosk_gui import KioskProgram
from tests.helpers.kiosk_screens import (
    contrast_ratio,
    every_kiosk_screen,
    rendered_text_contrast,
    text_widgets,
)
from ui.theme import TEXT_SIZES


@pytest.fixture
def screens(kiosk: KioskProgram) -> dict[str, QWidget]:
    return every_kiosk_screen(kiosk)


def test_the_contrast_check_sees_unreadable_text(qtbot) -> None:
    """The check itself: white on white is unreadable, black on white is."""
    from PySide6.QtWidgets import QLabel

    assert contrast_ratio(0xFFFFFF, 0x000000) == pytest.approx(21)
    for colours, readable in (
        ("color: white; background: white;", False),
        ("color: #ddd; background: white;", False),
        ("color: black; background: white;", True),
    ):
        label = QLabel("Lisez-moi")
        qtbot.addWidget(label)
        label.setStyleSheet(f"QLabel {{ {colours} font-size: 24px; }}")
        label.show()
        ratio = rendered_text_contrast(label)
        assert ratio is not None
        assert (ratio >= 4.5) == readable, (colours, ratio)


def test_enter_presses_the_focused_button_on_every_kiosk_screen(
    qtbot, screens: dict[str, QWidget]
) -> None:
    """Before: Enter did nothing on the charter's buttons (only Space), nor on others."""
    missed = []
    pressed = 0
    for name, window in screens.items():
        for button in window.findChildren(QPushButton):
            if not (button.isVisible() and button.isEnabled()):
                continue
            clicks: list[bool] = []
            button.clicked.disconnect()  # what each button does is tested elsewhere
            button.clicked.connect(lambda _=False, c=clicks: c.append(True))
            for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                button.setFocus()
                qtbot.keyClick(button, key)
            if len(clicks) != 2:
                missed.append(f"{name}: {button.text()!r} ({len(clicks)} of 2)")
            pressed += 1
    assert pressed > 10
    assert missed == []


@pytest.mark.parametrize("text_size", TEXT_SIZES)
def test_every_text_is_readable_in_high_contrast_on_every_kiosk_screen(
    kiosk: KioskProgram, screens: dict[str, QWidget], text_size: float
) -> None:
    """Before: the charter's text was white on the text browser's white background."""
    kiosk.controller.charter_screen.show_charter(
        {"fr": "Respectez le matériel.\n\nParlez doucement."}, "fr"
    )
    kiosk.lock_screen.look_requested.emit(text_size, True)
    QApplication.processEvents()
    unreadable = []
    checked = 0
    for name, window in screens.items():
        if name == "maintenance bar":
            continue  # staff's, after the visitor left: it does not follow a visitor's look
        for widget in text_widgets(window):
            ratio = rendered_text_contrast(widget)
            if ratio is None:
                continue
            checked += 1
            if ratio < 4.5:
                text = getattr(widget, "text", lambda: "")() or type(widget).__name__
                unreadable.append(f"{name}: {text!r} {ratio:.2f}:1")
    assert checked > 20
    assert unreadable == [], "\n".join(unreadable)
