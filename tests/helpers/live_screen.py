"""The real X display for end-to-end tests: captured by the test, checked by the kiosk.

The test reads the root window's pixels from the X server (another client than the kiosk:
what the visitor sees), saves them as a PNG, and asks the kiosk, through the folder named by
``EPN_LIVE_CHECKS`` (ui/kiosk/live_checks.py), to run the screen checks on that picture.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Any

from PySide6.QtGui import QImage
from Xlib import X
from Xlib.display import Display

from tests.helpers.processes import Process, wait_until

#: A screen counts as settled when two captures this far apart are the same.
SETTLE_S = 0.15


def capture_root(display: str) -> QImage:
    """The whole X screen as the X server holds it."""
    x: Any = Display(display)
    try:
        root = x.screen().root
        geometry = root.get_geometry()
        raw = root.get_image(0, 0, geometry.width, geometry.height, X.ZPixmap, 0xFFFFFFFF)
        # depth 24 on a little-endian server: B, G, R, pad per pixel, as Qt's RGB32
        image = QImage(
            raw.data,
            geometry.width,
            geometry.height,
            geometry.width * 4,
            QImage.Format.Format_RGB32,
        )
        return image.copy()  # owns its pixels: ``raw`` goes away
    finally:
        x.close()


def settled_capture(display: str, timeout: float = 5.0) -> QImage:
    """A capture once the screen stopped changing (windows mapped and painted)."""
    deadline = time.monotonic() + timeout
    previous = capture_root(display)
    while True:
        time.sleep(SETTLE_S)
        current = capture_root(display)
        if current == previous or time.monotonic() > deadline:
            return current
        previous = current


class LiveChecks:
    """Asks the kiosk for the screen checks on captures of the real display."""

    def __init__(self, display: str, folder: Path, pictures: Path) -> None:
        self.display = display
        self.folder = folder
        self.pictures = pictures
        pictures.mkdir(parents=True, exist_ok=True)

    def check(self, step: str) -> dict[str, Any]:
        """Capture the settled screen as ``<pictures>/<step>.png``; the kiosk's answer for it.

        Captured again (up to 3 times) while a window the kiosk shows is not yet on the
        screen (mapped and painted) when it answers."""
        for _ in range(3):
            picture = self.pictures / f"{step}.png"
            assert settled_capture(self.display).save(str(picture)), f"cannot save {picture}"
            answer = self._ask(step, picture)
            if all(window["viewable"] for window in answer.get("windows", [])):
                break
        return answer

    def _ask(self, step: str, picture: Path) -> dict[str, Any]:
        answer_path = self.folder / f"{step}.json"
        answer_path.unlink(missing_ok=True)
        request = self.folder / f"{step}.request.part"
        request.write_text(json.dumps({"step": step, "picture": str(picture)}), "utf-8")
        request.replace(self.folder / f"{step}.request")
        wait_until(answer_path.exists, timeout=20, message=f"the kiosk did not answer {step}")
        answer: dict[str, Any] = json.loads(answer_path.read_text("utf-8"))
        assert "error" not in answer, f"the kiosk could not check {step}: {answer['error']}"
        return answer


def control(answer: dict[str, Any], path_end: str = "", text: str = "") -> dict[str, Any]:
    """The button or field of a check's answer whose path ends with ``path_end`` (or whose
    text is ``text``), in the topmost window that has one."""
    for found in reversed(answer["controls"]):
        if (path_end and found["path"].endswith(path_end)) or (text and found["text"] == text):
            return dict(found)
    raise AssertionError(
        f"no control {path_end or text!r} on the screen; there are: "
        + ", ".join(f"{c['path']} {c['text']!r}" for c in answer["controls"])
    )


def wait_after(process: Process, mark: int, pattern: str, timeout: float = 20.0) -> str:
    """The first line ``process`` printed matching ``pattern`` after its first ``mark`` lines
    (what an action caused, not the same words printed before it)."""
    regex = re.compile(pattern)
    found: list[str] = []

    def seen() -> bool:
        found.extend(line for line in process.lines[mark:] if regex.search(line))
        return bool(found)

    try:
        wait_until(seen, timeout)
    except AssertionError:
        raise AssertionError(
            f"{process.name} printed no line matching {pattern!r} after line {mark}; its output:\n"
            + "\n".join(process.lines)
        ) from None
    return found[0]


def centre(found: dict[str, Any]) -> tuple[str, str]:
    x, y, width, height = found["rect"]
    return str(x + width // 2), str(y + height // 2)
