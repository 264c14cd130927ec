"""Texts that cannot be read whole: elided or cut, clipped by a parent or the window, hidden
behind another widget, or out of a scroll area's reach; buttons with neither text nor name."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)

from ui.checks.findings import Finding
from ui.checks.pixels import Pixels
from ui.checks.texts import TextItem, visible_part

SCROLLS = "scrolls into view"
#: Share of a text's box another widget may cover before the text counts as hidden.
COVERED = 0.25


def layout_findings(
    items: list[TextItem],
    window: QWidget,
    paths: dict[int, str],
    covering: list[QRect] | None = None,
    pixels: Pixels | None = None,
) -> list[Finding]:
    """``covering``: rects (the window's coordinates) of other windows drawn over this one;
    ``pixels``: the window's rendering, to find buttons drawn alike."""
    found: list[Finding] = []

    def add(item: TextItem, detail: str) -> None:
        found.append(Finding("layout", paths[id(item.widget)], item.whole, detail))

    bounds = window.rect()
    for item in items:
        if item.kind == "icon":
            # a line edit's own buttons (clear, …) are Qt's, named by the line edit
            inside_field = isinstance(item.widget.parentWidget(), QLineEdit)
            if not item.whole.strip() and not inside_field:
                add(item, "a button without text has no accessible name")
        elif item.fits is False:
            detail = "elided" if item.shown != item.whole else "cut: its box is too small"
            add(item, f"{detail} (shows {item.shown!r})" if detail == "elided" else detail)
        clip = _clipped_by(item, window)
        if clip == SCROLLS:
            pass  # scrolled out of view, where the visitor can scroll it back
        elif clip is not None:
            add(item, clip)
        elif not bounds.contains(item.rect):
            add(item, "cut by the edge of the window")
        if clip == SCROLLS:
            continue  # out of view: nothing to hide
        seen = visible_part(item, window)
        if seen.isEmpty():
            continue
        behind = _hidden_by(item, seen, window)
        if behind is not None:
            add(item, f"hidden behind {paths.get(id(behind)) or type(behind).__name__}")
        elif any(_share(seen, rect) > COVERED for rect in covering or []):
            add(item, "hidden behind another window")
    found.extend(_scroll_findings(window, paths))
    if pixels is not None:
        found.extend(_look_alikes(items, pixels, paths))
    return found


def _look_alikes(items: list[TextItem], pixels: Pixels, paths: dict[int, str]) -> list[Finding]:
    """Buttons without text that do different things but are drawn the same (two apps shown
    by the same initial): nothing on the screen tells them apart."""
    drawn: dict[tuple[int, int, tuple[int, ...]], list[TextItem]] = {}
    for item in items:
        if item.kind != "icon" or item.rect.isEmpty() or not item.whole.strip():
            continue
        key = (item.rect.width(), item.rect.height(), tuple(pixels.row_band(item.rect)))
        drawn.setdefault(key, []).append(item)
    found = []
    for same in drawn.values():
        names = {item.whole for item in same}
        if len(names) < 2:
            continue
        for item in same:
            others = sorted(names - {item.whole})
            found.append(
                Finding(
                    "layout",
                    paths[id(item.widget)],
                    item.whole,
                    f"looks the same as {', '.join(repr(o) for o in others)}: "
                    "a button without text that nothing tells apart",
                )
            )
    return found


def _scroll_findings(window: QWidget, paths: dict[int, str]) -> list[Finding]:
    """Documents and lists longer than their view that cannot be scrolled by mouse (the
    content of a QScrollArea is checked item by item above)."""
    found = []
    off = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    for area in window.findChildren(QAbstractScrollArea):
        if isinstance(area, QScrollArea) or not area.isVisibleTo(window):
            continue
        if area.window() is not window:  # in a dialog of this window: checked with the dialog
            continue
        for bar, policy in (
            (area.horizontalScrollBar(), area.horizontalScrollBarPolicy()),
            (area.verticalScrollBar(), area.verticalScrollBarPolicy()),
        ):
            if policy == off and bar.maximum() > bar.minimum():
                text = area.toPlainText() if isinstance(area, QTextEdit | QPlainTextEdit) else ""
                found.append(
                    Finding(
                        "layout",
                        paths.get(id(area)) or type(area).__name__,
                        " ".join(text.split())[:80],
                        "content past the view with no scroll bar to reach it",
                    )
                )
                break
    return found


def _share(rect: QRect, cover: QRect) -> float:
    area = rect.width() * rect.height()
    if area <= 0:
        return 0.0
    common = rect.intersected(cover)
    return common.width() * common.height() / area


def _clipped_by(item: TextItem, window: QWidget) -> str | None:
    """Why part of the text's box is not drawn: a parent (or a scroll area) cuts it."""
    rect = item.rect
    if item.kind == "document":
        return None
    parent = item.widget.parentWidget() if item.kind != "document" else None
    if item.kind in ("item", "painted"):  # drawn by the widget, within its own box
        is_area = isinstance(item.widget, QAbstractScrollArea)
        parent = item.widget.viewport() if is_area else item.widget
    while parent is not None and parent is not window and not parent.isWindow():
        box = QRect(parent.mapTo(window, QPoint(0, 0)), parent.size())
        if not box.contains(rect):
            area = parent.parentWidget()
            if isinstance(area, QAbstractScrollArea) and parent is area.viewport():
                cut = _unreachable(area, box, rect)
                if cut is not None:
                    return cut
                return SCROLLS
            if _share(rect, box) < 1.0 - 1e-9:
                return f"clipped by {parent.objectName() or type(parent).__name__}"
        parent = parent.parentWidget()
    return None


def _unreachable(area: QAbstractScrollArea, view: QRect, rect: QRect) -> str | None:
    """Past the viewport in a direction the scroll area does not scroll by mouse."""
    off = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    sideways = rect.left() < view.left() or rect.right() > view.right()
    upright = rect.top() < view.top() or rect.bottom() > view.bottom()
    if sideways and area.horizontalScrollBarPolicy() == off:
        return f"outside the reach of {area.objectName() or 'a scroll area'}: no scroll bar"
    if upright and area.verticalScrollBarPolicy() == off:
        return f"outside the reach of {area.objectName() or 'a scroll area'}: no scroll bar"
    return None


def _hidden_by(item: TextItem, seen: QRect, window: QWidget) -> QWidget | None:
    """A visible widget stacked above the text (a later sibling of it or of a parent)."""
    child: QWidget = item.widget
    while child is not window and not child.isWindow():
        parent = child.parentWidget()
        if parent is None:
            return None
        siblings = [w for w in parent.children() if isinstance(w, QWidget)]
        for later in siblings[siblings.index(child) + 1 :]:
            if later.isWindow() or not later.isVisibleTo(window):
                continue
            if later.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents):
                continue  # an overlay that lets everything through
            box = QRect(later.mapTo(window, QPoint(0, 0)), later.size())
            if _share(seen, box) > COVERED:
                return later
        child = parent
    return None
