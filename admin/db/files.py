"""File steps the database code shares: private creation, flushing to disk."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def create_private(path: Path) -> None:
    """Create the database file readable and writable by its owner only (0600), whatever the
    umask; SQLite gives the -wal and -shm files it creates beside it the same mode."""
    if str(path) == ":memory:" or str(path).startswith("file:"):
        return
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError:  # there already, or not creatable: sqlite3 says why when it opens it
        return
    os.close(fd)


def fsync(path: Path) -> None:
    """What was written to ``path`` (a file or a folder's entries) is on the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):  # not possible on every platform; the rename still is
        fsync(path)
