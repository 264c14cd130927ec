"""Blocking work off the UI thread: run a callable in a pool, get the outcome on the main thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

log = logging.getLogger("epn.ui.tasks")


class TaskManager(QObject):
    """Runs blocking calls (HTTP, SQLite) in worker threads.

    The callbacks always run on the thread that owns the manager (the UI thread), so they may
    touch widgets. A failure goes to ``on_failure`` when given; otherwise it is logged.
    """

    _finished = Signal(object)

    def __init__(self, parent: QObject | None = None, max_threads: int = 4) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        # Emitted from a worker thread, delivered queued on this object's thread.
        self._finished.connect(self._deliver)

    def run(
        self,
        fn: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        def job() -> None:
            try:
                result = fn()
            except Exception as exc:  # handed to the UI thread, which decides what to show
                self._finished.emit((on_failure, exc, True))
            else:
                self._finished.emit((on_success, result, False))

        self._pool.start(job)

    def _deliver(self, outcome: tuple[Callable[[Any], None] | None, Any, bool]) -> None:
        callback, value, failed = outcome
        if callback is None:
            if failed:
                log.error("background task failed", exc_info=value)
            return
        callback(value)

    def busy(self) -> bool:
        """Some task is still running in a worker thread."""
        return self._pool.activeThreadCount() > 0

    def wait_idle(self, msecs: int = 5000) -> bool:
        """Wait for running tasks to finish (used on shutdown and in tests)."""
        return self._pool.waitForDone(msecs)
