"""Diagnostics for the end-to-end tests: the screen checks (ui/checks) on the real X display.

Off unless the environment variable ``EPN_LIVE_CHECKS`` names a folder; a station never sets
it. When set, the kiosk watches that folder. A test that wants the live screen checked:

1. captures the X display itself (the root window, read from the X server by another client:
   exactly the pixels the visitor sees, whatever window overlaps whatever) into a PNG;
2. writes ``<step>.request`` in the folder: ``{"step": ..., "picture": "/path/of/the.png"}``;
3. reads ``<step>.json``, written by the kiosk: the checks that ran, the findings, each visible
   window's place, the buttons and fields with their place on the screen (so the test can
   click them with xdotool) and the texts of the visible labels (what the visitor reads), then
   the request is removed.

For each of its visible top-level windows the kiosk cuts the window's rectangle out of the
test's picture and runs :func:`ui.checks.check_window` with the window's live widget tree; the
windows stacked above it on the X server (read from X, not guessed) count as covering it.

Why here, in the kiosk process, and not a widget tree serialized for the test: the checks read
far more than texts and rectangles — fonts and their metrics, elision, scroll ranges, focus,
style options of each button, which widget clips which — all of it Qt's API on live widgets;
a serialized copy would be a second implementation of ui/checks to keep in step. The pixels,
on the other hand, come from the test's capture, not from a render of the widgets
(``QWidget.grab()`` would paint the tree again, and see nothing of what X really shows).

The tree is read a few milliseconds after the capture; the test captures until two pictures in
a row are the same (the screen has settled), and the text cursor does not blink while the
diagnostics are on, so that a settled screen stays still.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QFileSystemWatcher, QObject, QPoint, QRect
from PySide6.QtGui import QImage, QRegion
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget

from ui.checks import CHECKS, check_window, checks_for
from ui.checks.texts import widget_path

ENV = "EPN_LIVE_CHECKS"
log = logging.getLogger("epn.ui.kiosk.live_checks")


def install_live_checks(app: QApplication, language: Callable[[], str]) -> LiveChecks | None:
    """Watch the folder ``EPN_LIVE_CHECKS`` names, if it is set; None otherwise."""
    folder = os.environ.get(ENV)
    if not folder:
        return None
    return LiveChecks(app, Path(folder), language)


class LiveChecks(QObject):
    """Answers the requests a test writes in ``folder`` (see the module's docstring)."""

    def __init__(self, app: QApplication, folder: Path, language: Callable[[], str]) -> None:
        super().__init__(app)
        self.folder = folder
        self.language = language
        folder.mkdir(parents=True, exist_ok=True)
        app.setCursorFlashTime(0)  # a steady cursor: a settled screen stays the same
        self.watcher = QFileSystemWatcher([str(folder)], self)
        self.watcher.directoryChanged.connect(self._requests)
        log.info("live checks: answering requests in %s", folder)
        self._requests()

    def _requests(self, _path: str = "") -> None:
        for request in sorted(self.folder.glob("*.request")):
            try:
                asked = json.loads(request.read_text(encoding="utf-8"))
                answer = self.answer(str(asked["step"]), Path(asked["picture"]))
            except Exception as exc:  # reported to the test rather than lost in the log
                log.exception("live checks: request %s failed", request.name)
                answer = {"step": request.stem, "error": repr(exc)}
            target = self.folder / f"{request.stem}.json"
            partial = target.with_suffix(".json.part")
            partial.write_text(json.dumps(answer, indent=1, ensure_ascii=False), "utf-8")
            partial.replace(target)
            request.unlink(missing_ok=True)
            log.info("live checks: %s answered", request.stem)

    def answer(self, step: str, picture: Path) -> dict[str, Any]:
        """The checks over every visible window of this program, cut out of ``picture``."""
        image = QImage(str(picture))
        if image.isNull():
            raise ValueError(f"cannot read the picture {picture}")
        language = self.language()
        shown = stacked(
            [w for w in QApplication.topLevelWidgets() if w.isVisible() and not w.isMinimized()]
        )
        windows = [window for window, _ in shown]
        ran: list[str] = []
        findings: list[dict[str, Any]] = []
        placed: list[dict[str, Any]] = []
        controls: list[dict[str, Any]] = []
        labels: list[dict[str, str]] = []
        for position, window in enumerate(windows):
            frame = window.geometry()
            above = windows[position + 1 :]
            unseen = QRegion(frame)
            for other in above:
                unseen -= QRegion(other.geometry())
            if unseen.isEmpty():
                continue  # wholly under other windows (the lock screen under the rules)
            covering = [other.geometry().translated(-frame.topLeft()) for other in above]
            checks = checks_for(window, language)
            ran.extend(c for c in checks if c not in ran)
            found = check_window(window, image.copy(frame), language, covering, checks)
            name = window.objectName() or type(window).__name__
            placed.append({"window": name, "rect": _rect(frame), "viewable": shown[position][1]})
            findings.extend({**f.to_json(), "window": name} for f in found)
            controls.extend(_controls(window))
            labels.extend(_labels(window))
        ran.sort(key=CHECKS.index)
        return {
            "step": step,
            "language": language,
            "picture": str(picture),
            "windows": placed,
            "checks": ran,
            "findings": findings,
            "controls": controls,
            "labels": labels,
        }


def stacked(windows: list[QWidget]) -> list[tuple[QWidget, bool]]:
    """``windows`` from the bottom of the X server's stack to its top, each with whether X
    shows it (mapped: viewable)."""
    try:
        from Xlib import X
        from Xlib.display import Display
    except ImportError:  # not on X (no python-xlib): the order Qt lists them in
        return [(window, True) for window in windows]
    display = Display()
    try:
        root = display.screen().root
        order = {child.id: i for i, child in enumerate(root.query_tree().children)}

        def place(window: QWidget) -> tuple[int, bool]:
            # climb from the window to the root's child holding it (a window manager's frame)
            own = display.create_resource_object("window", int(window.winId()))
            viewable = own.get_attributes().map_state == X.IsViewable
            current = own
            while True:
                parent = current.query_tree().parent
                if parent.id in (root.id, 0):
                    return order.get(current.id, -1), viewable
                current = parent

        placed = sorted(((place(window), window) for window in windows), key=lambda p: p[0][0])
        return [(window, viewable) for (_, viewable), window in placed]
    finally:
        display.close()


def _controls(window: QWidget) -> list[dict[str, Any]]:
    """The visible buttons and fields, with their text and place on the screen."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or not isinstance(widget, QAbstractButton | QLineEdit):
            continue
        text = widget.text() if isinstance(widget, QAbstractButton) else widget.placeholderText()
        found.append(
            {
                "path": widget_path(widget, window),
                "kind": "field" if isinstance(widget, QLineEdit) else "button",
                "text": text,
                "name": widget.accessibleName(),
                "rect": _rect(QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())),
                "focused": widget.hasFocus(),
            }
        )
    return found


def _labels(window: QWidget) -> list[dict[str, str]]:
    """The visible labels that show a text, with their path in the window."""
    return [
        {"path": widget_path(label, window), "text": label.text()}
        for label in window.findChildren(QLabel)
        if label.isVisibleTo(window) and label.text()
    ]


def _rect(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]
