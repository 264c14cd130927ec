"""The screen process, kept alive by the station service: started as the kiosk account, again
each time it dies, and never while staff quit it for maintenance.

The first restart after a screen that lived ``stable_seconds`` is immediate; in a crash loop
the delay doubles from ``min_delay`` up to ``max_delay``. ``on_exit`` is told each death (the
service covers the display until the next screen is ready). Thread: ``epn-screen-keeper``.
"""

from __future__ import annotations

import logging
import subprocess
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any

from kiosk.account import Account
from kiosk.supervisor import describe_exit

log = logging.getLogger("epn.kiosk.screen_keeper")


class ScreenKeeper:
    def __init__(
        self,
        command: Sequence[str],
        *,
        account: Account,
        on_start: Callable[[int], None],
        on_exit: Callable[[int, int], None],
        min_delay: float = 0.2,
        max_delay: float = 2.0,
        stable_seconds: float = 30.0,
    ) -> None:
        self.command = list(command)
        self.account = account
        self._on_start = on_start
        self._on_exit = on_exit
        self._min_delay = min_delay
        self._max_delay = max_delay
        self._stable = stable_seconds
        self._env: dict[str, str] | None = None
        self._quiet_until = 0.0
        self._wake = threading.Condition()
        self._stopping = False
        self._child: subprocess.Popen[Any] | None = None
        self._thread: threading.Thread | None = None
        #: Screens started so far; deaths in a row without a stable run.
        self.starts = 0
        self.quick_deaths = 0

    @property
    def pid(self) -> int | None:
        child = self._child
        return child.pid if child is not None and child.poll() is None else None

    def set_display(self, display: str, xauthority: str | None) -> None:
        """Where the screen is shown; the keeper starts it from now on."""
        with self._wake:
            self._env = self.account.environment(display, xauthority)
            self._wake.notify_all()

    def quiet_for(self, seconds: float) -> None:
        """Do not start the screen for ``seconds`` (staff quit it for maintenance)."""
        with self._wake:
            self._quiet_until = time.monotonic() + seconds
            self._wake.notify_all()

    def end_quiet(self) -> None:
        with self._wake:
            self._quiet_until = 0.0
            self._wake.notify_all()

    @property
    def quiet_seconds(self) -> int | None:
        left = self._quiet_until - time.monotonic()
        return int(left) + 1 if left > 0 else None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="epn-screen-keeper", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        with self._wake:
            self._stopping = True
            self._wake.notify_all()
        child = self._child
        if child is not None and child.poll() is None:
            child.terminate()
            try:
                child.wait(timeout)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
        if self._thread is not None:
            self._thread.join(timeout)

    def _wait_turn(self, delay: float) -> dict[str, str] | None:
        """Wait for a display, the end of a quiet time and ``delay``; None when stopping."""
        deadline = time.monotonic() + delay
        with self._wake:
            while not self._stopping:
                now = time.monotonic()
                until = max(deadline, self._quiet_until)
                if self._env is not None and now >= until:
                    return dict(self._env)
                self._wake.wait(None if self._env is None else until - now)
        return None

    def _run(self) -> None:
        delay = 0.0
        while True:
            env = self._wait_turn(delay)
            if env is None:
                return
            started = time.monotonic()
            try:
                child = subprocess.Popen(
                    self.command,
                    env=env,
                    cwd=str(self.account.home) if self.account.home.is_dir() else "/",
                    stdin=subprocess.DEVNULL,
                    start_new_session=True,
                    **self.account.popen_options(),
                )
            except OSError as exc:
                log.error("cannot start the screen: %s", exc)
                self.quick_deaths += 1
                delay = self._max_delay
                continue
            self._child = child
            self.starts += 1
            log.info("screen started (pid %d) as %s", child.pid, self.account.name)
            self._on_start(child.pid)
            returncode = child.wait()
            with self._wake:
                stopping = self._stopping
            if stopping:
                return
            lived = time.monotonic() - started
            self.quick_deaths = 0 if lived >= self._stable else self.quick_deaths + 1
            delay = (
                0.0
                if self.quick_deaths <= 1
                else min(self._min_delay * 2 ** (self.quick_deaths - 2), self._max_delay)
            )
            log.warning(
                "screen ended (%s) after %.1f s; %s",
                describe_exit(returncode),
                lived,
                "quiet for maintenance" if self.quiet_seconds else f"restarting in {delay:.1f} s",
            )
            self._on_exit(child.pid, returncode)
