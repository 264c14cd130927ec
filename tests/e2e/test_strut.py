"""The session bar reserves its strip of the screen on a real X server (Xvfb)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from Xlib import X, Xatom
from Xlib.display import Display

ROOT = Path(__file__).resolve().parents[2]

# A tiny program: the real session bar, frameless and top-most as on a public PC, that prints
# its native window id once the strut is written, then collapses on the next input line.
PROGRAM = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QRect, QSocketNotifier, Qt, QTimer
    from PySide6.QtWidgets import QApplication
    from ui.kiosk.session_bar import BAR_HEIGHT, SessionBar

    app = QApplication([])
    bar = SessionBar()
    bar.setWindowFlags(
        Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint | Qt.WindowType.Tool
    )
    bar.start("Test", 600)
    bar.setGeometry(QRect(0, 0, 1000, BAR_HEIGHT))
    bar.show()

    def report():
        written = bar.strut.apply()
        print(int(bar.winId()), *(written or ()), flush=True)

    def command():
        line = sys.stdin.readline().strip()
        if line == "collapse":
            bar.collapse()
            QTimer.singleShot(0, report)
        else:
            app.quit()

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(command)
    QTimer.singleShot(0, report)
    app.exec()
    """
)


def read_cardinals(display: Display, window_id: int, name: str) -> list[int]:
    window = display.create_resource_object("window", window_id)
    prop = window.get_full_property(display.intern_atom(name), Xatom.CARDINAL)
    return list(prop.value) if prop is not None else []


def read_window_type(display: Display, window_id: int) -> list[int]:
    window = display.create_resource_object("window", window_id)
    prop = window.get_full_property(display.intern_atom("_NET_WM_WINDOW_TYPE"), X.AnyPropertyType)
    return list(prop.value) if prop is not None else []


def test_the_bar_reserves_its_space_and_follows_collapse(xvfb_display: str) -> None:
    env = {**os.environ, "DISPLAY": xvfb_display, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-c", PROGRAM],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=env,
        text=True,
        cwd=ROOT,
    )
    assert proc.stdin is not None and proc.stdout is not None
    display = Display(xvfb_display)
    try:
        window_id, *written = (int(v) for v in proc.stdout.readline().split())
        height = written[2]
        assert height >= 60  # the bar's height, top of the screen
        assert read_cardinals(display, window_id, "_NET_WM_STRUT") == [0, 0, height, 0]
        assert read_cardinals(display, window_id, "_NET_WM_STRUT_PARTIAL") == [
            0, 0, height, 0, 0, 0, 0, 0, 0, 999, 0, 0,
        ]  # fmt: skip
        assert read_window_type(display, window_id) == [
            display.intern_atom("_NET_WM_WINDOW_TYPE_DOCK")
        ]

        proc.stdin.write("collapse\n")
        proc.stdin.flush()
        _, *small = (int(v) for v in proc.stdout.readline().split())
        partial = read_cardinals(display, window_id, "_NET_WM_STRUT_PARTIAL")
        assert partial == small
        top, start, end = partial[2], partial[8], partial[9]
        assert 40 <= top < height  # the small clock keeps its own, smaller strip
        assert end == 999 and 0 < start < end  # at the right end of where the bar was
    finally:
        display.close()
        proc.stdin.write("quit\n")
        proc.stdin.close()
        proc.wait(10)
        proc.stdout.close()
