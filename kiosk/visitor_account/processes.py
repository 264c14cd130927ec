"""The kiosk account's processes that nobody started for the station, ended.

A program a visitor planted (an autostart entry, a line in ``~/.bashrc``, a process left running
when the session ended) runs as the kiosk account before any session, where the process guard
does not look. When the station service starts, and after each session, it ends every process
of that account except the spared ones: ``spare_pids`` and their descendants (the screen the
service launched, the X session's leader) and the processes one of whose names (process name,
executable or ``argv[0]`` basename, as the guard compares them) is in ``baseline_names``.

Each is sent SIGTERM, then SIGKILL after ``grace`` seconds; a zombie counts as dead. A few
rounds catch children started while their parent was being ended.

Errors::

    ValueError      an unknown account, or root's (ending root's processes would end the system)

A process that survives SIGKILL (stuck in the kernel) or cannot be inspected is logged, never
raised.
"""

from __future__ import annotations

import logging
import os
import pwd
from collections.abc import Iterable

import psutil

from kiosk.clock import Clock, SystemClock
from kiosk.guard import GuardReport, name_key, process_names
from kiosk.procs import gone, terminate, wait_gone

log = logging.getLogger("epn.kiosk.visitor_account")

#: Passes over the account's processes: a process may start children while being ended.
_ROUNDS = 3
#: Longest parent chain followed to tell whether a process descends from a spared one.
_MAX_DEPTH = 256


def end_planted_processes(
    user: str,
    *,
    spare_pids: Iterable[int] = (),
    baseline_names: Iterable[str] = (),
    started_before: float | None = None,
    grace: float = 1.0,
    clock: Clock | None = None,
) -> list[GuardReport]:
    """End the processes of ``user`` that are not spared; what was ended, action "killed".

    ``started_before``: only the processes started at or before this time (psutil's
    ``create_time``, the kernel's clock for every process) are ended; the later ones are
    spared, even those that start while this runs.
    ``at_mono`` of each report is on ``clock`` (the system's by default), as the guard's.
    """
    try:
        uid = pwd.getpwnam(user).pw_uid
    except KeyError:
        raise ValueError(f"no such account whose processes to end: {user!r}") from None
    if uid == 0:
        raise ValueError(f"refusing to end the processes of {user!r}: a root account")
    # This process and its ancestors are never ended (their other descendants may be).
    never = {os.getpid(), *(p.pid for p in psutil.Process().parents())}
    spared = set(spare_pids)
    names = frozenset(name_key(n) for n in baseline_names if n)
    now = (clock or SystemClock()).monotonic
    ended: list[GuardReport] = []
    seen: set[psutil.Process] = set()
    for _round in range(_ROUNDS):
        targets = [
            t for t in _planted(uid, never, spared, names, started_before) if t[0] not in seen
        ]
        if not targets:
            break
        procs = [proc for proc, _name, _exe in targets]
        seen.update(procs)
        terminate(procs, grace)
        wait_gone(procs, grace)  # after SIGKILL: a moment to die
        for proc, name, exe in targets:
            if gone(proc):
                ended.append(GuardReport(proc.pid, name, exe, "killed", now()))
            else:
                log.error("process %s (pid %d) of %s survived SIGKILL", name, proc.pid, user)
    if ended:
        log.warning(
            "ended %d planted processes of %s: %s",
            len(ended),
            user,
            ", ".join(f"{r.name} ({r.pid})" for r in ended),
        )
    return ended


def _planted(
    uid: int,
    never: set[int],
    spared: set[int],
    names: frozenset[str],
    started_before: float | None = None,
) -> list[tuple[psutil.Process, str, str]]:
    """The live processes of ``uid`` that are not spared, with their name and executable."""
    found = []
    for proc in psutil.process_iter():
        if proc.pid in never or proc.pid in spared:
            continue
        try:
            with proc.oneshot():
                if proc.uids().real != uid or gone(proc):
                    continue
                if started_before is not None and proc.create_time() > started_before:
                    continue
                name, exe, keys = process_names(proc)
                if keys & names or _descends(proc, spared):
                    continue
        except (psutil.NoSuchProcess, psutil.ZombieProcess):
            continue
        except psutil.AccessDenied:
            log.warning("cannot inspect pid %d of the kiosk account: left alone", proc.pid)
            continue
        found.append((proc, name, exe))
    return found


def _descends(proc: psutil.Process, spared: set[int]) -> bool:
    """Whether ``proc`` descends from a spared process."""
    pid = proc.ppid()
    for _ in range(_MAX_DEPTH):
        if pid in spared:
            return True
        if pid <= 1:
            return False
        try:
            pid = psutil.Process(pid).ppid()
        except psutil.Error:
            return False
    return False
