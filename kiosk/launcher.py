"""Start the visitor's apps, each in its own process group, and account for their time.

A run is tracked by its root process: :meth:`Launcher.poll` hands back the runs whose root has
exited, with the seconds they ran on the injected clock; :meth:`Launcher.stop_all` ends every
run's whole process group at session end. Children an app leaves behind after its root exits
are the process guard's business (``ProcessGuard.sweep``).

Errors::

    RuntimeError
    └── LaunchError        reason: no_command | not_found | failed (environment, not a bug)
"""

from __future__ import annotations

import contextlib
import logging
import math
import os
import shlex
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import psutil

from kiosk.account import Account
from kiosk.clock import Clock
from kiosk.procs import gone, terminate, trees, wait_gone
from kiosk.refusals import LaunchError, LaunchReason

if TYPE_CHECKING:  # records of kiosk/protocol/lite.py at run time (the models name them)
    from kiosk.protocol.station import AppEntry

log = logging.getLogger("epn.kiosk.launcher")


def current_platform() -> str:
    """This machine's key in ``AppEntry.commands``: "linux", "windows" or "darwin"."""
    if sys.platform.startswith("win"):
        return "windows"
    if sys.platform == "darwin":
        return "darwin"
    return "linux"


@dataclass(frozen=True)
class AppRun:
    """One start of an app; ``seconds`` is whole seconds of use so far (or in all, once ended)."""

    app_id: str
    pid: int
    started_mono: float
    ended_mono: float | None = None
    seconds: int = 0


def _split(command: str, platform: str) -> list[str]:
    if platform != "windows":
        return shlex.split(command, posix=True)
    # Non-POSIX mode keeps the quotes around "C:\Program Files\..." tokens: drop them.
    return [
        t[1:-1] if len(t) >= 2 and t[0] == t[-1] == '"' else t
        for t in shlex.split(command, posix=False)
    ]


def _name_key(name: str, platform: str) -> str:
    """A process name as the guard compares it: its basename, case-folded on Windows."""
    base = (
        name.replace("\\", "/").rsplit("/", 1)[-1]
        if platform == "windows"
        else os.path.basename(name)
    )
    return base.casefold() if platform == "windows" else base


def allowed_names(apps: Iterable[AppEntry], platform: str) -> frozenset[str]:
    """The process names the apps may run: their commands' executables and their ``processes``.

    Absolute paths are reduced to their basename; on Windows the names are case-folded. An app
    with no command for ``platform`` cannot run here and adds nothing.
    """
    names: set[str] = set()
    for app in apps:
        command = app.commands.get(platform, "").strip()
        if not command:
            continue
        try:
            argv = _split(command, platform)
        except ValueError:
            continue
        if argv:
            names.add(_name_key(argv[0], platform))
        names.update(_name_key(p, platform) for p in app.processes if p.strip())
    names.discard("")
    return frozenset(names)


@dataclass
class _Tracked:
    run: AppRun
    popen: subprocess.Popen[bytes]


class Launcher:
    """Starts apps and keeps track of them until they exit or the session ends."""

    def __init__(
        self,
        *,
        clock: Clock,
        platform: str | None = None,
        env: Mapping[str, str] | None = None,
        account: Account | None = None,
    ) -> None:
        """``account``: start the apps as this OS account (the station service runs as root)."""
        self._clock = clock
        self._account = account
        self._platform = platform or current_platform()
        self._env = dict(env) if env is not None else None
        self._runs: dict[int, _Tracked] = {}
        self._lock = threading.Lock()

    @property
    def platform(self) -> str:
        return self._platform

    def launch(self, app: AppEntry) -> AppRun:
        """Start ``app`` in a new process group; raise :class:`LaunchError` if it cannot be."""
        command = app.commands.get(self._platform, "").strip()
        if not command:
            raise LaunchError(app.id, LaunchReason.NO_COMMAND, f"no command for {self._platform}")
        try:
            argv = _split(command, self._platform)
        except ValueError as exc:
            raise LaunchError(app.id, LaunchReason.NO_COMMAND, f"bad command line: {exc}") from exc
        if not argv:
            raise LaunchError(app.id, LaunchReason.NO_COMMAND, f"no command for {self._platform}")
        executable = self._resolve(argv[0])
        if executable is None:
            raise LaunchError(app.id, LaunchReason.NOT_FOUND, f"executable {argv[0]!r} not found")
        options: dict[str, object] = {}
        if self._platform == "windows":
            options["creationflags"] = getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0)
        else:
            options["start_new_session"] = True
        if self._account is not None:
            options.update(self._account.popen_options(), cwd=str(self._account.home))
        try:
            popen = subprocess.Popen(
                [executable, *argv[1:]],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env=self._env,
                **options,  # type: ignore[call-overload]
            )
        except OSError as exc:
            raise LaunchError(
                app.id, LaunchReason.FAILED, f"{executable!r} did not start: {exc}"
            ) from exc
        run = AppRun(app_id=app.id, pid=popen.pid, started_mono=self._clock.monotonic())
        with self._lock:
            self._runs[popen.pid] = _Tracked(run, popen)
        log.info("launched app %s (pid %d): %s", app.id, popen.pid, executable)
        return run

    def _resolve(self, program: str) -> str | None:
        if os.path.isabs(program):
            ok = os.path.isfile(program) and os.access(program, os.X_OK)
            return program if ok else None
        path = self._env.get("PATH") if self._env is not None else None
        return shutil.which(program, path=path)

    def poll(self) -> list[AppRun]:
        """The runs whose root process exited since the last call, reaped, with their seconds."""
        now = self._clock.monotonic()
        ended: list[AppRun] = []
        with self._lock:
            for pid, tracked in list(self._runs.items()):
                if tracked.popen.poll() is None:
                    if not _is_zombie(pid):
                        continue
                    # it exited between the two looks: reap it now, or its Popen is dropped
                    # unreaped (a zombie left behind, and a ResourceWarning when collected)
                    _reap(tracked.popen)
                del self._runs[pid]
                ended.append(self._ended(tracked.run, now))
        for run in ended:
            log.info("app %s (pid %d) exited after %d s", run.app_id, run.pid, run.seconds)
        return ended

    def running(self) -> list[AppRun]:
        """The runs still tracked, with their seconds so far."""
        now = self._clock.monotonic()
        with self._lock:
            runs = [t.run for t in self._runs.values()]
        return [replace(r, seconds=_seconds(r.started_mono, now)) for r in runs]

    def pids(self) -> set[int]:
        """The root pids of the runs still tracked."""
        with self._lock:
            return set(self._runs)

    def stop_all(self, grace: float = 1.0) -> list[AppRun]:
        """End every run's process tree (terminate, then kill after ``grace`` s); idempotent.

        Returns the runs that were still tracked, ended now.
        """
        now = self._clock.monotonic()
        with self._lock:
            tracked = list(self._runs.values())
            self._runs.clear()
        if not tracked:
            return []
        if self._platform == "windows":
            self._stop_trees(tracked, grace)
        else:
            self._stop_groups(tracked, grace)
        runs = [self._ended(t.run, now) for t in tracked]
        for run in runs:
            log.info("stopped app %s (pid %d) after %d s", run.app_id, run.pid, run.seconds)
        return runs

    def _stop_groups(self, tracked: list[_Tracked], grace: float) -> None:
        # Descendants are collected before the signal so that one that left the group
        # (setsid) is still ended. Roots are reaped only after the last SIGKILL: an unreaped
        # root keeps its pid, hence the group id, from being reused meanwhile.
        procs = trees([t.run.pid for t in tracked])
        for t in tracked:
            _signal_group(t.run.pid, signal.SIGTERM)
        for proc in procs:
            _quietly(proc.terminate)
        wait_gone(procs, grace)
        for t in tracked:
            _signal_group(t.run.pid, signal.SIGKILL)
        for proc in procs:
            if not gone(proc):
                _quietly(proc.kill)
        for t in tracked:
            try:
                t.popen.wait(timeout=max(grace, 1.0))
            except subprocess.TimeoutExpired:
                log.warning("app %s (pid %d) survived SIGKILL", t.run.app_id, t.run.pid)

    def _stop_trees(self, tracked: list[_Tracked], grace: float) -> None:
        terminate(trees([t.run.pid for t in tracked]), grace)
        for t in tracked:
            try:
                t.popen.wait(timeout=max(grace, 1.0))
            except subprocess.TimeoutExpired:
                log.warning("app %s (pid %d) survived kill", t.run.app_id, t.run.pid)

    @staticmethod
    def _ended(run: AppRun, now: float) -> AppRun:
        return replace(run, ended_mono=now, seconds=_seconds(run.started_mono, now))


def _reap(popen: subprocess.Popen[bytes]) -> None:
    """Collect the exit status of a child known to have exited (a zombie: at once)."""
    try:
        popen.wait(timeout=1.0)
    except subprocess.TimeoutExpired:
        log.warning("pid %d looked exited but could not be reaped", popen.pid)


class RunningApps:
    """The app in use in the running session, for the staff console: the most recently
    started run still running.

    Fed by the agent: :meth:`started` with each :meth:`Launcher.launch`'s run, :meth:`ended`
    with each ``app_used`` report (an app id and its seconds, as :meth:`Launcher.poll` and
    :meth:`Launcher.stop_all` give them). Of several runs of one app, the one whose seconds
    match the report is the one that ended. Thread-safe.
    """

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._runs: list[AppRun] = []  # oldest first
        self._lock = threading.Lock()

    def started(self, run: AppRun) -> str | None:
        """Count a new run; the app in use before it (to tell whether it changed)."""
        with self._lock:
            before = self._current_locked()
            self._runs.append(run)
            return before

    def ended(self, app_id: str, seconds: int | None) -> bool:
        """A run of ``app_id`` ended after ``seconds``; True when the app in use changed."""
        now = self._clock.monotonic()
        with self._lock:
            before = self._current_locked()
            runs = [r for r in self._runs if r.app_id == app_id]
            if not runs:
                return False
            target = seconds if seconds is not None else 0
            gone = min(runs, key=lambda r: abs(_seconds(r.started_mono, now) - target))
            self._runs.remove(gone)
            return self._current_locked() != before

    def clear(self) -> None:
        """The session is over: no app in use."""
        with self._lock:
            self._runs.clear()

    def current(self) -> str | None:
        """The id of the most recently started app still running, or None."""
        with self._lock:
            return self._current_locked()

    def _current_locked(self) -> str | None:
        return self._runs[-1].app_id if self._runs else None


def _seconds(start: float, end: float) -> int:
    return max(0, math.floor(end - start))


def _is_zombie(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True
    except psutil.AccessDenied:
        return False


def _signal_group(pgid: int, sig: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, sig)


def _quietly(action: Callable[[], object]) -> None:
    with contextlib.suppress(psutil.NoSuchProcess, psutil.AccessDenied):
        action()
