"""The focused widget shows that it has the focus: a visible change on its edge (WCAG 2.4.7).

The widget is rendered with the focus and again with the focus moved away (its signals
blocked meanwhile: a line edit losing the focus must not submit), then given the focus back.
Its edge — a band just inside and just outside its box — must change by enough pixels, each
by a visible contrast, to draw a ring around at least half of it.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QTextEdit,
    QWidget,
)

from ui.checks.findings import Finding
from ui.checks.pixels import Pixels, contrast

#: How far inside and outside the box the ring is looked for, in pixels.
INSIDE, OUTSIDE = 4, 3
#: The widgets whose box shows the focus.
RINGED = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSlider,
)
#: Contrast between a ring pixel focused and not focused that counts as a change.
CHANGE = 1.5


def focused_widget(window: QWidget) -> QWidget | None:
    """The widget that has the keyboard focus in this window, when it is the active one and
    the widget is one whose box shows the focus (a button, a field, a slider…)."""
    widget = QApplication.focusWidget()
    if widget is None or not widget.isVisible():
        return None
    if widget is not window and not window.isAncestorOf(widget):
        return None
    if not isinstance(widget, RINGED):
        return None  # a list shows the focus on its current item, a container not at all
    return widget


def focus_findings(window: QWidget, path: str) -> list[Finding]:
    widget = focused_widget(window)
    if widget is None:
        return []
    box = QRect(widget.mapTo(window, QPoint(0, 0)), _edge(widget).size())
    box.translate(_edge(widget).topLeft())
    area = box.adjusted(-OUTSIDE, -OUTSIDE, OUTSIDE, OUTSIDE).intersected(window.rect())
    # as a keyboard user sees it: styles draw the focus ring after a Tab, not after a click
    keyboard = Qt.WidgetAttribute.WA_KeyboardFocusChange
    was_keyboard = window.testAttribute(keyboard)
    window.setAttribute(keyboard, True)
    blocker = QSignalBlocker(widget)
    try:
        focused = Pixels(window.grab(area).toImage())
        widget.clearFocus()
        unfocused = Pixels(window.grab(area).toImage())
    finally:
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        blocker.unblock()
        window.setAttribute(keyboard, was_keyboard)
    inner = box.translated(-area.topLeft())
    ring = _ring(inner, *focused.size)
    changed = 0
    for x, y in ring:
        before = focused.pixel(x, y)
        after = unfocused.pixel(x, y)
        if before != after and contrast(before, after) >= CHANGE:
            changed += 1
    needed = max(8, (box.width() + box.height()))  # a 1-px line around half of it
    if changed >= needed:
        return []
    text = getattr(widget, "text", lambda: "")()
    return [
        Finding(
            "focus",
            path,
            text if isinstance(text, str) else "",
            f"no visible focus ring: {changed} pixels of its edge change with the focus, "
            f"needs {needed}",
        )
    ]


def _edge(widget: QWidget) -> QRect:
    """Where the ring belongs: the widget's box; a check box's or radio button's stretches
    past its label, so the style's focus rect around the label."""
    if isinstance(widget, QCheckBox | QRadioButton):
        option = QStyleOptionButton()
        widget.initStyleOption(option)  # type: ignore[attr-defined]
        element = (
            QStyle.SubElement.SE_CheckBoxFocusRect
            if isinstance(widget, QCheckBox)
            else QStyle.SubElement.SE_RadioButtonFocusRect
        )
        return widget.style().subElementRect(element, option, widget)
    return widget.rect()


def _ring(box: QRect, width: int, height: int) -> list[tuple[int, int]]:
    """The pixels within INSIDE inside and OUTSIDE outside of ``box``'s edge, row by row.

    The pixels of the outer box that ``core.contains`` refuses, without asking it for each
    one: each row is the outer span less the core's span where the row crosses the core.
    The core's bounds as ``QRect.contains`` reads them (a rect narrower than 2 * INSIDE is
    inverted: its edges swap, as Qt does)."""
    outer = box.adjusted(-OUTSIDE, -OUTSIDE, OUTSIDE, OUTSIDE)
    core = box.adjusted(INSIDE, INSIDE, -INSIDE, -INSIDE)
    left, right = _span(core.left(), core.right())
    top, bottom = _span(core.top(), core.bottom())
    x0, x1 = max(0, outer.left()), min(width, outer.right() + 1)
    points = []
    for y in range(max(0, outer.top()), min(height, outer.bottom() + 1)):
        if top <= y <= bottom:
            points.extend((x, y) for x in range(x0, min(x1, left)))
            points.extend((x, y) for x in range(max(x0, right + 1), x1))
        else:
            points.extend((x, y) for x in range(x0, x1))
    return points


def _span(first: int, last: int) -> tuple[int, int]:
    """The coordinates ``QRect.contains`` accepts between two edges (qrect.cpp)."""
    if last < first - 1:
        return last + 1, first - 1
    return first, last
