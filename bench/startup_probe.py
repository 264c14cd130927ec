"""Run a Qt program and print when its first window is exposed: for bench/kiosk_startup.py.

    python bench/startup_probe.py bare            # a bare PySide6 window showing a label
    python bench/startup_probe.py epn kiosk ...   # the ``epn`` command (ui.main), unchanged

The first time a window of the program is exposed (mapped and drawable on the X server) the
process prints one line on stdout: ``EXPOSED <time.monotonic()> <RSS in KiB>`` (the monotonic
clock is the machine's, so the parent compares it with its own). The same probe wraps the
yardstick and the programs, so whatever it costs is paid by both: it imports PySide6's
QtWidgets before the program does (which each of them imports anyway) and filters the
application's events from its construction until the first expose, then removes itself.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _rss_kib() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024


def _install_probe() -> None:
    from PySide6 import QtWidgets
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtGui import QWindow
    from PySide6.QtWidgets import QApplication

    class _FirstExpose(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                event.type() == QEvent.Type.Expose
                and isinstance(watched, QWindow)
                and watched.isExposed()
            ):
                # mapped and drawable: Qt paints its first frame on this very event
                app = QApplication.instance()
                assert app is not None
                app.removeEventFilter(self)
                print(f"EXPOSED {time.monotonic():.6f} {_rss_kib()}", flush=True)
            return False

    probe = _FirstExpose()

    class _ProbedApplication(QApplication):
        def __init__(self, *args: object) -> None:
            super().__init__(*args)  # type: ignore[arg-type]
            self.installEventFilter(probe)

    # the program's ``from PySide6.QtWidgets import QApplication`` gets this one
    QtWidgets.QApplication = _ProbedApplication  # type: ignore[misc]


def _bare() -> int:
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication(sys.argv[:1])
    label = QLabel("bare")
    label.showFullScreen()
    return app.exec()


def main() -> int:
    _install_probe()
    if sys.argv[1] == "bare":
        return _bare()
    assert sys.argv[1] == "epn", sys.argv
    sys.argv = ["epn", *sys.argv[2:]]
    from ui.main import main as epn_main

    return epn_main()


if __name__ == "__main__":
    sys.exit(main())
