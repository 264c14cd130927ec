"""Process life of the Qt programs: quit cleanly on SIGTERM / Ctrl+C."""

from __future__ import annotations

import logging
import signal

from PySide6.QtCore import QCoreApplication, QTimer


def quit_on_signals(app: QCoreApplication) -> QTimer:
    """Make SIGINT and SIGTERM quit the event loop, so the program closes its state cleanly.

    Python runs signal handlers only between bytecodes; the returned timer wakes the
    interpreter regularly while Qt's loop waits in C++. Keep a reference to it.
    """
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: app.quit())
    timer = QTimer(app, objectName="signal-wakeup")
    timer.timeout.connect(lambda: None)
    timer.start(250)
    return timer


def setup_logging() -> None:
    """Log our program's story at INFO on stderr; the HTTP client's request lines only on trouble."""
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    logging.getLogger("httpx").setLevel(logging.WARNING)
