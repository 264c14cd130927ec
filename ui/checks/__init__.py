"""Checks that can see: defects of a rendered screen, from its pixels and its widget tree.

Used by the tests and by the screenshot runs (``epn demo --screenshots``), never by the
product itself. Given a top-level widget, its rendered image and the screen's language:

- ``contrast``: a text under 4.5:1 (3:1 when large) against its actual background, both
  read from the pixels inside the text's box (WCAG relative luminance);
- ``layout``: a text elided or cut, clipped by a parent or the window, hidden behind another
  widget or window, or past a scroll area that cannot scroll there; a button with neither
  text nor accessible name; buttons without text drawn alike that do different things;
- ``focus``: the focused widget shows no visible change on its edge when it has the focus;
- ``language``: English left on a French or Dutch screen.

Widgets that paint their own texts declare them through ``visible_texts()``
(ui/painted_text.py) and are checked like labels.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from ui.checks.contrast import contrast_findings
from ui.checks.findings import Finding
from ui.checks.focus import focus_findings, focused_widget
from ui.checks.language import language_findings
from ui.checks.layout import layout_findings
from ui.checks.pixels import Pixels
from ui.checks.texts import widget_path, window_texts

__all__ = ["CHECKS", "Finding", "ScreenReport", "check_screen", "check_window"]

CHECKS = ("contrast", "layout", "focus", "language")


def checks_for(window: QWidget, language: str) -> list[str]:
    """The checks that apply: focus when a widget of the window has it, language on a
    French or Dutch screen."""
    ran = ["contrast", "layout"]
    if focused_widget(window) is not None:
        ran.append("focus")
    if language in ("fr", "nl"):
        ran.append("language")
    return ran


def check_window(
    window: QWidget,
    image: QImage | None = None,
    language: str = "en",
    covering: Sequence[QRect] = (),
    checks: Sequence[str] = CHECKS,
) -> list[Finding]:
    """Every defect seen on ``window``; ``image`` is its rendering (``window.grab()``, taken
    here when None); ``covering``: other windows drawn over it, in its coordinates."""
    if image is None:
        image = window.grab().toImage()
    items = window_texts(window)
    paths = {id(item.widget): widget_path(item.widget, window) for item in items}
    found: list[Finding] = []
    pixels = Pixels(image)
    if "contrast" in checks:
        found.extend(contrast_findings(items, pixels, paths, window))
    if "layout" in checks:
        for area in window.findChildren(QWidget):
            paths.setdefault(id(area), widget_path(area, window))
        found.extend(layout_findings(items, window, paths, list(covering), pixels))
    if "focus" in checks:
        focused = focused_widget(window)
        if focused is not None:
            found.extend(focus_findings(window, widget_path(focused, window)))
    if "language" in checks:
        found.extend(language_findings(items, language, paths))
    return found


@dataclass
class ScreenReport:
    """What ran on a screen (one or more windows) and what it found."""

    checks: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"checks": self.checks, "findings": [f.to_json() for f in self.findings]}


def _asks_over(dialog: QWidget, window: QWidget) -> bool:
    """A modal dialog of ``window`` itself (a question, a form): while it is up nobody can use
    the window, so what it covers there is not hidden from anyone. A dialog covering another
    window (the end question over the warning banner) still hides that window's texts."""
    parent = dialog.parentWidget()
    return dialog.isModal() and parent is not None and parent.window() is window


def check_screen(windows: Sequence[QWidget], language: str) -> ScreenReport:
    """The checks over windows shown together, the later ones drawn over the earlier ones
    (the screenshot runs' pictures): each is rendered on its own and checked, a text under
    a later window counts as hidden."""
    report = ScreenReport()
    for position, window in enumerate(windows):
        origin = window.mapToGlobal(QPoint(0, 0))
        covering = [
            QRect(other.mapToGlobal(QPoint(0, 0)) - origin, other.size())
            for other in windows[position + 1 :]
            if other.isVisible() and not _asks_over(other, window)
        ]
        ran = checks_for(window, language)
        report.checks.extend(c for c in ran if c not in report.checks)
        report.findings.extend(check_window(window, None, language, covering, ran))
    report.checks.sort(key=CHECKS.index)
    return report
