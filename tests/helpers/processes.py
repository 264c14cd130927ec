"""Child processes for end-to-end tests: their output collected so a test can wait for a line."""

from __future__ import annotations

import queue
import re
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path


def epn_command() -> list[str]:
    """The installed ``epn`` console script beside this interpreter, else the module."""
    script = Path(sys.executable).parent / "epn"
    return [str(script)] if script.exists() else [sys.executable, "-m", "ui.main"]


class Process:
    """A child process whose output lines are collected, so a test can wait for a log line."""

    def __init__(
        self, args: list[str], env: dict[str, str], name: str, cwd: Path | None = None
    ) -> None:
        self.name = name
        self.lines: list[str] = []
        #: When each of ``lines`` was read (``time.time()``), index for index.
        self.times: list[float] = []
        self._queue: queue.Queue[str] = queue.Queue()
        self.proc = subprocess.Popen(
            args,
            env=env,
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self._reader = threading.Thread(target=self._read, name=f"{name}-log", daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        try:
            for line in self.proc.stdout:
                self.times.append(time.time())  # first: lines[i] never lacks its time
                self.lines.append(line.rstrip())
                self._queue.put(line.rstrip())
        except ValueError:  # closed by stop() while a grandchild still held the pipe open
            pass

    def wait_for_line(self, pattern: str, timeout: float = 20.0) -> str:
        """Wait until the process prints a line matching ``pattern`` (seen before or after)."""
        regex = re.compile(pattern)
        for line in list(self.lines):
            if regex.search(line):
                return line
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self._queue.get(timeout=0.1)
            except queue.Empty:
                if self.proc.poll() is not None and self._queue.empty():
                    break
                continue
            if regex.search(line):
                return line
        raise AssertionError(
            f"{self.name} printed no line matching {pattern!r}; its output:\n"
            + "\n".join(self.lines)
        )

    def printed_at(self, pattern: str, timeout: float = 20.0) -> float:
        """When (``time.time()``) the process printed its first line matching ``pattern``."""
        self.wait_for_line(pattern, timeout)
        regex = re.compile(pattern)
        return next(self.times[i] for i, line in enumerate(self.lines) if regex.search(line))

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self._reader.join(5)
        if self.proc.stdout is not None:
            self.proc.stdout.close()
        return self.proc.returncode


def wait_until(predicate: Callable[[], object], timeout: float = 20.0, message: str = "") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.05)
    raise AssertionError(message or "condition not met in time")
