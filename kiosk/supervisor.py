"""The fail-closed watchdog: runs the kiosk as a child process and restarts it when it dies.

A crash must never leave a free desktop, so any death of the kiosk (a signal, a non-zero exit)
starts a new one at once; the new kiosk resumes the running session from its local store. Only
these end the supervisor:

- the kiosk exits 0: a deliberate quit (maintenance), the supervisor exits 0 too;
- the kiosk exits with a *fatal* code (2: its configuration is unusable), which a restart
  cannot cure: the supervisor exits with it;
- SIGTERM or SIGINT to the supervisor (or :meth:`Supervisor.stop`): forwarded to the kiosk,
  which closes cleanly; the supervisor waits for it and exits. A second one kills the kiosk.

Kept free of Qt and of the rest of the agent, so the process that watches stays small.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import subprocess
import threading
import time
from collections.abc import Mapping, Sequence
from types import FrameType
from typing import Any

log = logging.getLogger("epn.kiosk.supervisor")

#: The kiosk's exit code for an unusable configuration (like a command-line usage error).
EXIT_CONFIG = 2

_STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


def describe_exit(returncode: int) -> str:
    """``SIGKILL`` for a child killed by signal 9, ``exit 1`` for an exit code."""
    if returncode < 0:
        try:
            return signal.Signals(-returncode).name
        except ValueError:
            return f"signal {-returncode}"
    return f"exit {returncode}"


class Supervisor:
    """Run ``argv`` and start it again each time it dies, until it quits or we are stopped.

    Restarts after a child that ran at least ``stable_seconds`` are immediate; in a crash loop
    the delay doubles from ``min_restart_delay`` up to ``max_restart_delay``.
    """

    def __init__(
        self,
        argv: Sequence[str],
        *,
        env: Mapping[str, str] | None = None,
        min_restart_delay: float = 0.2,
        max_restart_delay: float = 1.0,
        stable_seconds: float = 30.0,
        fatal_exit_codes: Sequence[int] = (EXIT_CONFIG,),
    ) -> None:
        self.argv = list(argv)
        self.env = dict(env) if env is not None else None
        self.min_restart_delay = min_restart_delay
        self.max_restart_delay = max_restart_delay
        self.stable_seconds = stable_seconds
        self.fatal_exit_codes = frozenset(fatal_exit_codes)
        self.restarts = 0
        self._child: subprocess.Popen[Any] | None = None
        self._stop_signal: int | None = None
        self._stop_count = 0
        self._wake = threading.Event()

    @property
    def child_pid(self) -> int | None:
        child = self._child
        return child.pid if child is not None and child.returncode is None else None

    def restart_delay(self, quick_deaths: int) -> float:
        """Seconds to wait before the next start, after ``quick_deaths`` deaths in a row."""
        if quick_deaths <= 1:
            return 0.0
        return min(self.min_restart_delay * 2 ** (quick_deaths - 2), self.max_restart_delay)

    def run(self) -> int:
        """Supervise until the kiosk quits or we are stopped; returns the exit code to use."""
        previous = self._install_signal_handlers()
        try:
            return self._loop()
        finally:
            for signum, handler in previous.items():
                signal.signal(signum, handler)

    def stop(self, signum: int = signal.SIGTERM) -> None:
        """Ask the kiosk to close, then end; a second call kills it. Safe from any thread."""
        self._request_stop(signum)
        self._wake.set()  # cut a restart delay short

    def _request_stop(self, signum: int) -> None:
        # no locks here (nor Event.set): this also runs in a signal handler, which may
        # interrupt the main thread while it holds one
        self._stop_count += 1
        if self._stop_signal is None:
            self._stop_signal = signum
        self._signal_child(signal.SIGKILL if self._stop_count > 1 else signum)

    def _signal_child(self, signum: int) -> None:
        child = self._child
        if child is None or child.returncode is not None:
            return
        # os.kill, not Popen.send_signal: this may run in a signal handler while run() is
        # inside Popen.wait(), and must not touch the Popen's internal locks
        with contextlib.suppress(ProcessLookupError):
            os.kill(child.pid, signum)

    def _loop(self) -> int:
        quick_deaths = 0
        while True:
            if self._stop_signal is not None:
                return 0
            started = time.monotonic()
            try:
                child = self._start()
            except OSError as exc:
                log.error("cannot start the kiosk: %s", exc)
                return 1
            returncode = child.wait()
            cause = describe_exit(returncode)
            if self._stop_signal is not None:
                log.info(
                    "%s: kiosk stopped (%s); supervisor exiting",
                    signal.Signals(self._stop_signal).name,
                    cause,
                )
                return 0 if returncode in (0, -self._stop_signal) else max(returncode, 1)
            if returncode == 0:
                log.info("kiosk quit (exit 0); supervisor exiting")
                return 0
            if returncode in self.fatal_exit_codes:
                log.error("kiosk cannot start (%s: configuration); not restarting", cause)
                return returncode
            lived = time.monotonic() - started
            quick_deaths = 1 if lived >= self.stable_seconds else quick_deaths + 1
            delay = self.restart_delay(quick_deaths)
            self.restarts += 1
            log.warning(
                "kiosk died (%s); restarting%s", cause, f" in {delay:.1f} s" if delay else ""
            )
            if delay:
                self._wake.wait(delay)

    def _start(self) -> subprocess.Popen[Any]:
        child = subprocess.Popen(self.argv, env=self.env, stdin=subprocess.DEVNULL)
        self._child = child
        log.info("kiosk started (pid %d)", child.pid)
        if self._stop_signal is not None:
            # stopped while it was being started: the stop could not reach it yet
            self._signal_child(self._stop_signal)
        return child

    def _install_signal_handlers(self) -> dict[int, Any]:
        if threading.current_thread() is not threading.main_thread():
            return {}  # only the main thread may; tests driving run() in a thread call stop()

        def handle(signum: int, _frame: FrameType | None) -> None:
            self._request_stop(signum)

        return {signum: signal.signal(signum, handle) for signum in _STOP_SIGNALS}
