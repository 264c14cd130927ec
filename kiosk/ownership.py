"""Files the station service trusts must belong to the machine, not to the visitor.

The service reads its config and keeps its token and state where the kiosk account can neither
write nor (for the secrets) read. :func:`machine_owned_problem` says why a path fails that, in a
sentence for the log and the staff panel; :func:`private_dir` makes the state folder right.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


def machine_owned_problem(path: Path, *, owner_uid: int | None = None) -> str | None:
    """Why another account could change ``path`` (the file or a folder above it), or None.

    Every component must be owned by ``owner_uid`` (default: this process's user) or root, and
    writable by nobody else (group and others have no write bit, a sticky folder like /tmp
    included: a file created there by the visitor would be theirs).
    """
    owner = os.geteuid() if owner_uid is None else owner_uid
    current = Path(os.path.abspath(path))
    for part in (current, *current.parents):
        try:
            st = os.lstat(part)
        except FileNotFoundError:
            if part == current:
                return f"{part} does not exist"
            continue
        except OSError as exc:
            return f"{part} cannot be checked ({exc.strerror})"
        if stat.S_ISLNK(st.st_mode):
            try:
                target = part.resolve(strict=True)
            except OSError:
                return f"{part} is a broken link"
            problem = machine_owned_problem(target, owner_uid=owner)
            if problem is not None:
                return problem
            continue
        if st.st_uid not in (owner, 0):
            return f"{part} belongs to uid {st.st_uid}, not to the station service"
        if st.st_mode & (stat.S_IWGRP | stat.S_IWOTH) and not _root_group_only(st):
            return f"{part} can be written by other accounts (mode {stat.S_IMODE(st.st_mode):o})"
    return None


def _root_group_only(st: os.stat_result) -> bool:
    """Group-writable by root's group and nobody else writes: as safe as root's own."""
    return st.st_gid == 0 and not st.st_mode & stat.S_IWOTH


def private_dir(path: Path) -> None:
    """Create ``path`` if needed and make it the service's alone (mode 0700)."""
    path.mkdir(parents=True, exist_ok=True)
    os.chmod(path, 0o700)
