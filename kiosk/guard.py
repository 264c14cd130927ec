"""Process guard: while a session runs, end every new process that the visitor may not run.

Policed: the processes of the kiosk OS user (or, with ``scope_pid``, only that process's
descendants) that did not exist when the session began. Never policed: this process and its
ancestors, ``protected_pids``, processes named in ``baseline_names``, zombies, kernel threads.
A policed process is allowed when one of its names (process name, executable basename,
``argv[0]`` basename) is in the session's allowlist, or when its pid was given to
:meth:`ProcessGuard.allow_pid` (an app root started by the launcher). A child of a forbidden
process is forbidden too, whatever its name. A fork of an allowed process that still runs its
parent's executable is no new program: it is watched like an allowed one until it execs.
Descending from an allowed root grants nothing: a file manager that starts a terminal gets its
terminal killed.

A pass costs little: on Linux it first reads the last pid the kernel handed out
(``/proc/loadavg``) and stops there when it has not changed, since then nothing can have
started. Otherwise it lists the pids and inspects only those it has not classified yet;
verdicts are cached by pid and forgotten when the pid disappears, and a pid seen again is
classified afresh (its create time tells it apart from the baseline's).

Errors::

    ValueError      from the constructor: an unknown user, or asked to enforce on root's
                    processes without a scope (it would end the system's own services)
    psutil.NoSuchProcess / ZombieProcess    the process is gone: ignored
    psutil.AccessDenied                     the process is skipped (logged at debug once)

Longer than the ~400-line aim: what is policed, what is allowed and the cheap pass on Linux are
one algorithm, reviewed as a whole because it decides what a visitor may run.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum
from typing import Literal

import psutil

from kiosk.clock import Clock
from kiosk.procs import gone, terminate

log = logging.getLogger("epn.kiosk.guard")

_WINDOWS = sys.platform.startswith("win")
_LINUX = sys.platform.startswith("linux")
#: Longest parent chain followed to decide whether a process descends from ``scope_pid``.
_MAX_DEPTH = 256
#: An allowed process may exec another program under the same pid: its names are looked at
#: again at every pass while it is young (a fork caught before its exec), then this often.
_YOUNG_SECONDS = 2.0
_RECHECK_SECONDS = 0.5

GuardAction = Literal["killed", "reported"]


@dataclass(frozen=True)
class GuardReport:
    """A policed process the guard ended (``killed``) or only reported (``reported``)."""

    pid: int
    name: str
    exe: str
    action: GuardAction
    #: When the guard acted, on the injected clock's monotonic time.
    at_mono: float


class _Kind(Enum):
    IGNORED = "ignored"  # not policed
    ALLOWED = "allowed"
    FORBIDDEN = "forbidden"


@dataclass(slots=True)
class _Verdict:
    kind: _Kind
    #: Whether the process descends from scope_pid; None while nobody asked.
    in_scope: bool | None = None
    proc: psutil.Process | None = None  # policed processes only
    name: str = ""
    exe: str = ""
    #: When the guard first saw it and last looked at its names again (time.monotonic()).
    seen: float = 0.0
    checked: float = 0.0


_IGNORED = _Kind.IGNORED


def name_key(name: str) -> str:
    """A process name as the guard compares it: basename; on Windows case-folded, no ".exe"."""
    if not _WINDOWS:
        return os.path.basename(name)
    base = name.replace("\\", "/").rsplit("/", 1)[-1].casefold()
    return base[:-4] if base.endswith(".exe") else base


class ProcessGuard:
    """Polices the processes started during a session; see the module docstring."""

    def __init__(
        self,
        *,
        clock: Clock,
        enforce: bool,
        on_report: Callable[[GuardReport], None],
        baseline_names: Iterable[str] = (),
        protected_pids: Iterable[int] = (),
        user: str | None = None,
        scope_pid: int | None = None,
        interval: float = 0.2,
        grace: float = 0.3,
    ) -> None:
        self._clock = clock
        self._enforce = enforce
        self._on_report = on_report
        self._baseline_names = frozenset(name_key(n) for n in baseline_names if n)
        # a set given by the caller stays live: the station service adds its screen's pid
        # each time it starts one
        self._protected = protected_pids if isinstance(protected_pids, set) else set(protected_pids)
        self._scope_pid = scope_pid
        self._interval = interval
        self._grace = grace
        self._user = user or psutil.Process().username()
        self._uid: int | None = None
        if not _WINDOWS and scope_pid is None:
            import pwd

            try:
                self._uid = pwd.getpwnam(self._user).pw_uid
            except KeyError:
                raise ValueError(f"no such user to police: {self._user!r}") from None
            if enforce and self._uid == 0:
                # Policing root would end the system's own services started meanwhile.
                raise ValueError(
                    "refusing to enforce on root's processes: run the kiosk as its own user or give scope_pid"
                )
        self._lock = threading.RLock()
        self._wake = threading.Condition(self._lock)
        self._thread: threading.Thread | None = None
        self._stopping = False
        self._active = False
        # psutil.Process objects compare by pid and create time (since boot on Linux, so a
        # wall-clock change does not make the baseline look new).
        self._baseline: set[psutil.Process] | None = None
        self._last_pid: int | None = None
        self._never: set[int] = set()
        self._allowed: frozenset[str] = frozenset()
        self._allowed_roots: set[psutil.Process] = set()
        self._verdicts: dict[int, _Verdict] = {}
        self._watched: dict[int, _Verdict] = {}  # the allowed ones, looked at again
        try:
            self._own_exe = _exe(psutil.Process())
        except psutil.Error:
            self._own_exe = ""

    # --- session ------------------------------------------------------------------------

    def begin(self, allowed_names: Iterable[str]) -> None:
        """Start policing: every process present now is the baseline and is left alone."""
        me = psutil.Process()
        never = {os.getpid(), *self._protected, *(p.pid for p in me.parents())}
        baseline: set[psutil.Process] = set()
        verdicts: dict[int, _Verdict] = {}
        for pid in psutil.pids():
            try:
                baseline.add(psutil.Process(pid))
            except psutil.Error:
                continue
            verdicts[pid] = _Verdict(_IGNORED)
        with self._lock:
            self._never = never
            self._baseline = baseline
            self._verdicts = verdicts
            self._watched = {}
            self._allowed = frozenset(name_key(n) for n in allowed_names if n)
            self._allowed_roots = set()
            self._last_pid = None
            self._active = True
            self._wake.notify_all()
        log.info(
            "guard began: %d baseline processes, %d allowed names",
            len(baseline),
            len(self._allowed),
        )

    def allow_pid(self, pid: int) -> None:
        """Allow this process (an app root), whatever its name; not its children."""
        try:
            proc = psutil.Process(pid)
        except psutil.Error:
            return
        with self._lock:
            self._allowed_roots.add(proc)
            verdict = self._verdicts.get(pid)
            if verdict is not None and verdict.kind is _Kind.FORBIDDEN and verdict.proc == proc:
                verdict.kind = _Kind.ALLOWED
                self._watched[pid] = verdict

    def end(self) -> None:
        """Stop policing; what the session started stays known to :meth:`sweep`."""
        with self._lock:
            self._active = False

    # --- scanning -----------------------------------------------------------------------

    def scan_once(self) -> list[GuardReport]:
        """One pass over the new processes; acts on the forbidden ones and reports them."""
        with self._lock:
            if not self._active:
                return []
            reports = self._pass()
        self._notify(reports)
        return reports

    def sweep(self, grace: float = 1.0) -> list[GuardReport]:
        """End every policed process the session started, allowed or not; forget the session.

        Forbidden processes found by the final pass go to ``on_report`` as usual; the others
        are only returned. When not enforcing, nothing is touched: the list says what would be.
        """
        with self._lock:
            if self._baseline is None:
                return []
            found = self._pass()
            swept: list[GuardReport] = []
            done: set[int] = set()
            # A process may start children while it is being ended: a few rounds catch them.
            for _round in range(3):
                targets = [
                    (v, v.proc)
                    for pid, v in self._verdicts.items()
                    if v.proc is not None
                    and pid not in done
                    and pid not in self._protected
                    and not gone(v.proc)
                ]
                if not targets:
                    break
                done.update(p.pid for _v, p in targets)
                swept += self._act(targets, grace)
                if not self._enforce:
                    break
                found += self._pass()
            self._verdicts = {}
            self._watched = {}
            self._allowed_roots = set()
            self._last_pid = None
        self._notify(found)
        if swept:
            log.info("swept %d session processes", len(swept))
        return found + swept

    def _pass(self) -> list[GuardReport]:
        """Classify the pids not seen yet; end (or report) the forbidden ones. Lock held."""
        forbidden: list[tuple[_Verdict, psutil.Process]] = []
        last_pid = _last_pid()
        # When the kernel has handed out no pid since the last pass, nothing can be new.
        if last_pid is None or last_pid != self._last_pid:
            self._last_pid = last_pid
            verdicts = self._verdicts
            current = set(psutil.pids())
            for pid in verdicts.keys() - current:
                del verdicts[pid]
                self._watched.pop(pid, None)
            for pid in sorted(current - verdicts.keys()):  # parents (lower pids) first, usually
                verdict = self._classify(pid)
                if verdict is None:
                    continue
                verdicts[pid] = verdict
                if verdict.kind is _Kind.ALLOWED:
                    self._watched[pid] = verdict
                elif verdict.kind is _Kind.FORBIDDEN and verdict.proc is not None:
                    forbidden.append((verdict, verdict.proc))
        forbidden += self._recheck()
        if not forbidden:
            return []
        reports = self._act(forbidden, self._grace)
        for r in reports:
            log.warning(
                "%s forbidden process %s (pid %d, %s)", r.action, r.name, r.pid, r.exe or "?"
            )
        return reports

    def _recheck(self) -> list[tuple[_Verdict, psutil.Process]]:
        """The allowed processes that now run a program outside the allowlist (exec)."""
        now = time.monotonic()
        forbidden = []
        for pid, verdict in list(self._watched.items()):
            if now - verdict.seen > _YOUNG_SECONDS and now - verdict.checked < _RECHECK_SECONDS:
                continue
            if pid in self._protected:
                del self._watched[pid]
                verdict.kind, verdict.proc = _IGNORED, None
                continue
            verdict.checked = now
            proc = verdict.proc
            try:
                fresh = psutil.Process(pid)  # psutil caches exe(): ask a new object
                if fresh != proc or proc is None:
                    continue  # gone: the next listing forgets it
                with fresh.oneshot():
                    if fresh.name() == verdict.name and _exe(fresh) == verdict.exe:
                        continue
                    name, exe, keys = process_names(fresh)
            except psutil.Error:
                continue
            verdict.name, verdict.exe = name, exe
            if proc in self._allowed_roots or keys & self._allowed:
                continue
            verdict.kind = _Kind.FORBIDDEN
            del self._watched[pid]
            forbidden.append((verdict, proc))
        return forbidden

    def _act(
        self, targets: list[tuple[_Verdict, psutil.Process]], grace: float
    ) -> list[GuardReport]:
        """End the targets when enforcing; either way, the reports on them."""
        if self._enforce:
            terminate([p for _v, p in targets], grace)
        action: GuardAction = "killed" if self._enforce else "reported"
        now = self._clock.monotonic()
        return [GuardReport(p.pid, v.name, v.exe, action, now) for v, p in targets]

    def _classify(self, pid: int) -> _Verdict | None:
        """The verdict on a new pid, or None if it is already gone."""
        if pid in self._never or pid in self._protected or pid == 0:
            return _Verdict(_IGNORED)
        assert self._baseline is not None
        try:
            proc = psutil.Process(pid)
            with proc.oneshot():
                if proc in self._baseline:
                    return _Verdict(_IGNORED)
                ppid = proc.ppid()
                if _LINUX and (pid <= 2 or ppid == 2):  # init, kthreadd and kernel threads
                    return _Verdict(_IGNORED)
                if proc.status() == psutil.STATUS_ZOMBIE:
                    return _Verdict(_IGNORED)
                in_scope: bool | None = None
                if self._scope_pid is not None:
                    in_scope = self._descends(ppid)
                    if not in_scope:
                        return _Verdict(_IGNORED, in_scope=False)
                elif not self._owned(proc):
                    return _Verdict(_IGNORED)
                name, exe, keys = process_names(proc)
        except (psutil.NoSuchProcess, psutil.ZombieProcess):
            return None
        except psutil.AccessDenied:
            log.debug("access denied to pid %d: not policed", pid)
            return _Verdict(_IGNORED)
        if keys & self._baseline_names:
            return _Verdict(_IGNORED, in_scope=in_scope)
        parent = self._verdicts.get(ppid)
        if parent is not None and parent.kind is _Kind.FORBIDDEN:
            kind = _Kind.FORBIDDEN
        elif proc in self._allowed_roots or keys & self._allowed:
            kind = _Kind.ALLOWED
        elif ppid == os.getpid() and exe and exe == self._own_exe:
            # forked by this process (the launcher) and not yet running its program: watched
            # like an allowed one, so it is judged again once it has exec'd
            kind = _Kind.ALLOWED
        elif parent is not None and parent.kind is _Kind.ALLOWED and exe and exe == parent.exe:
            # a fork of an allowed process, still running its parent's program (caught before
            # its exec, or a worker of the same program): no new program yet; watched, so its
            # exec is judged like any other
            kind = _Kind.ALLOWED
        else:
            kind = _Kind.FORBIDDEN
        now = time.monotonic()
        return _Verdict(kind, in_scope, proc, name, exe, seen=now, checked=now)

    def _owned(self, proc: psutil.Process) -> bool:
        if self._uid is not None:
            return bool(proc.uids().real == self._uid)
        owner = proc.username()
        return owner.rsplit("\\", 1)[-1].casefold() == self._user.rsplit("\\", 1)[-1].casefold()

    def _descends(self, ppid: int) -> bool:
        """Whether a process whose parent is ``ppid`` descends from ``scope_pid``."""
        chain: list[int] = []
        pid, result = ppid, False
        for _ in range(_MAX_DEPTH):
            if pid == self._scope_pid:
                result = True
                break
            if pid <= 1:
                break
            known = self._verdicts.get(pid)
            if known is not None and known.in_scope is not None:
                result = known.in_scope
                break
            chain.append(pid)
            try:
                pid = psutil.Process(pid).ppid()
            except psutil.Error:
                break
        for link in chain:
            known = self._verdicts.get(link)
            if known is not None:
                known.in_scope = result
        return result

    def _notify(self, reports: list[GuardReport]) -> None:
        for report in reports:
            try:
                self._on_report(report)
            except Exception:
                log.exception("guard report callback failed for pid %d", report.pid)

    # --- thread -------------------------------------------------------------------------

    def start(self) -> None:
        """Scan every ``interval`` seconds in a daemon thread while a session runs."""
        with self._lock:
            if self._thread is not None and self._thread.is_alive():
                return
            self._stopping = False
            self._thread = threading.Thread(target=self._run, name="epn-guard", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        with self._lock:
            self._stopping = True
            self._wake.notify_all()
            thread = self._thread
        if thread is not None:
            thread.join(timeout)
        self._thread = None

    def _run(self) -> None:
        while True:
            with self._wake:
                # Between sessions the thread sleeps until begin() or stop().
                self._wake.wait_for(lambda: self._stopping or self._active)
                if self._stopping:
                    return
            try:
                self.scan_once()
            except Exception:
                log.exception("guard scan failed")
            with self._wake:
                if self._wake.wait_for(lambda: self._stopping, timeout=self._interval):
                    return


def _last_pid() -> int | None:
    """The pid the kernel gave out last (Linux), or None where that is not known."""
    if not _LINUX:
        return None
    try:
        with open("/proc/loadavg", "rb") as f:
            return int(f.read().rsplit(None, 1)[-1])
    except (OSError, ValueError, IndexError):
        return None


def process_names(proc: psutil.Process) -> tuple[str, str, set[str]]:
    """Name, executable path and every name the process goes by (process name truncates)."""
    name = proc.name()
    keys = {name_key(name)}
    exe = _exe(proc)
    if exe:
        keys.add(name_key(exe))
    try:
        argv = proc.cmdline()
    except psutil.AccessDenied:
        argv = []
    if argv and argv[0]:
        keys.add(name_key(argv[0]))
    keys.discard("")
    return name, exe, keys


def _exe(proc: psutil.Process) -> str:
    try:
        return proc.exe()
    except psutil.AccessDenied:
        return ""
