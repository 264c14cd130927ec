"""The running server's mark on its database: ``<db>.server.lock``, held with ``flock``.

``epn server`` holds an exclusive advisory lock on the file beside its database for as long as
it runs, and writes its program version and the schema it knows into it. Any other process can
then tell whether a server is using a database, and which version it is (:func:`holder`),
without disturbing it: a CLI of another version refuses to migrate that database, and
``epn restore`` refuses to swap it. The lock goes with the process (a crash releases it); the
file stays, and a file nobody holds means no server.

Advisory locks need ``fcntl`` (Linux, macOS): elsewhere nothing is held and nothing is seen.
"""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import IO

from admin.core.errors import StoreError

#: How long a starting server waits for the lock: a CLI's probe holds it for microseconds.
ACQUIRE_PATIENCE_S = 2.0


def program_version() -> str:
    """This program's version, as installed."""
    try:
        return metadata.version("epn-kiosk")
    except metadata.PackageNotFoundError:  # run from a tree that was never installed
        return "unknown"


def lock_path(db_path: str | Path) -> Path:
    return Path(f"{db_path}.server.lock")


@dataclass(frozen=True)
class Holder:
    """What a running server wrote in its lock file."""

    version: str
    schema: int
    pid: int


def _try_lock(handle: IO[str], exclusive: bool) -> bool:
    if sys.platform == "win32":  # pragma: no cover - no advisory locks there
        return True
    import fcntl

    try:
        fcntl.flock(
            handle.fileno(), (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB
        )
    except BlockingIOError:
        return False
    return True


def holder(db_path: str | Path) -> Holder | None:
    """The server that holds ``db_path``'s lock now, or None when no process holds it."""
    path = lock_path(db_path)
    try:
        handle = path.open(encoding="utf-8")
    except FileNotFoundError:
        return None
    with handle:
        if _try_lock(handle, exclusive=False):
            return None  # closing the file releases the shared lock just taken
        try:
            data = json.loads(handle.read() or "{}")
            return Holder(str(data["version"]), int(data["schema"]), int(data["pid"]))
        except (ValueError, KeyError, TypeError):  # held, but written by something else
            return Holder("unknown", -1, -1)


class ServerLock:
    """The exclusive lock of a process that owns the database: ``epn server``, ``epn restore``.

    ``with ServerLock(db, schema=...)``: refused (StoreError) when another process holds it.
    """

    def __init__(self, db_path: str | Path, *, schema: int, version: str | None = None) -> None:
        self.db_path = Path(db_path)
        self.schema = schema
        self.version = version or program_version()
        self._handle: IO[str] | None = None

    def acquire(self) -> ServerLock:
        path = lock_path(self.db_path)
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise StoreError(f"cannot create the lock file {path}: {exc.strerror}") from exc
        handle = os.fdopen(fd, "r+", encoding="utf-8")
        deadline = time.monotonic() + ACQUIRE_PATIENCE_S
        while not _try_lock(handle, exclusive=True):
            if time.monotonic() > deadline:
                handle.close()
                other = holder(self.db_path)
                who = f"version {other.version}, pid {other.pid}" if other else "another process"
                raise StoreError(
                    f"{self.db_path} is in use by a running EPN server ({who}): stop it first"
                )
            time.sleep(0.05)
        handle.seek(0)
        handle.truncate()
        record = {"version": self.version, "schema": self.schema, "pid": os.getpid()}
        handle.write(json.dumps(record))
        handle.flush()
        self._handle = handle
        return self

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    def __enter__(self) -> ServerLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
