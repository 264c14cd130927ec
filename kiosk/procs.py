"""Small psutil helpers shared by the launcher and the process guard.

A zombie counts as dead everywhere: on this kind of machine orphans are reaped slowly by PID 1,
and a zombie runs nothing.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterable

import psutil


def gone(proc: psutil.Process) -> bool:
    """Dead, or a zombie (which nothing but its parent's wait() will ever remove)."""
    try:
        return not proc.is_running() or proc.status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True
    except psutil.AccessDenied:
        return False


def wait_gone(procs: list[psutil.Process], timeout: float) -> bool:
    """Wait until every process is gone or ``timeout`` passed; True if they all are."""
    deadline = time.monotonic() + timeout
    pause = 0.001
    while not all(gone(p) for p in procs):
        if time.monotonic() >= deadline:
            return False
        time.sleep(pause)
        pause = min(pause * 2, 0.02)
    return True


def terminate(procs: list[psutil.Process], grace: float) -> None:
    """Terminate, wait up to ``grace`` seconds, kill the survivors."""
    for proc in procs:
        with contextlib.suppress(psutil.Error):
            proc.terminate()
    if wait_gone(procs, grace):
        return
    for proc in procs:
        if not gone(proc):
            with contextlib.suppress(psutil.Error):
                proc.kill()


def trees(pids: Iterable[int]) -> list[psutil.Process]:
    """Each process and all its descendants (those already gone are left out)."""
    procs: list[psutil.Process] = []
    for pid in pids:
        try:
            root = psutil.Process(pid)
            procs.append(root)
            procs.extend(root.children(recursive=True))
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
    return procs
