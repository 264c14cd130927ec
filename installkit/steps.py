"""One change to the system each: planned first (nothing touched), then applied.

A step knows whether there is anything to do by reading the system when it is planned, so the
plan of ``--dry-run`` and the report of a real run say the same thing, and a second run finds
every step ``unchanged``.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Step:
    """What one step does: ``todo``/``done`` say it before and after; no ``apply``: nothing."""

    todo: str
    done: str
    target: str
    apply: Callable[[], None] | None = None
    note: str = ""

    @property
    def changes(self) -> bool:
        return self.apply is not None

    def line(self, *, planned: bool) -> str:
        verb = f"would {self.todo}" if planned and self.changes else self.done
        return f"{verb} {self.target}" + (f" ({self.note})" if self.note else "")


def unchanged(target: str, note: str = "") -> Step:
    return Step("", "unchanged", target, note=note)


def skipped(target: str, note: str) -> Step:
    return Step("", "skipped", target, note=note)


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _state(path: Path) -> tuple[bytes | None, int, int, int]:
    """A regular file's content, mode and owners (None: absent or not a regular file)."""
    try:
        info = path.lstat()
    except FileNotFoundError:
        return None, 0, -1, -1
    if not stat.S_ISREG(info.st_mode):
        return None, 0, -1, -1
    return path.read_bytes(), stat.S_IMODE(info.st_mode), info.st_uid, info.st_gid


def make_parents(path: Path) -> None:
    """Missing parent folders, root's and readable by all (as the system's own)."""
    missing = [parent for parent in path.parents if not parent.exists()]
    for parent in reversed(missing):
        parent.mkdir(mode=0o755)
        os.chmod(parent, 0o755)


def write_file(path: Path, data: bytes, mode: int, owner: int = 0, group: int = 0) -> None:
    """Written whole, with its mode and owners, then renamed over the old one."""
    make_parents(path)
    partial = path.with_name(f".{path.name}.epn-partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o600)
    try:
        os.fchown(fd, owner, group)
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb", closefd=False) as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
    finally:
        os.close(fd)
    os.replace(partial, path)


def file_step(path: Path, content: str, mode: int, *, owner: int = 0, group: int = 0) -> Step:
    data = content.encode("utf-8")
    old, old_mode, old_owner, old_group = _state(path)
    if old == data and (old_mode, old_owner, old_group) == (mode, owner, group):
        return unchanged(str(path))
    if old is None:
        todo, done = "write", "wrote"
    elif old == data:
        todo, done = "set the mode and owner of", "set the mode and owner of"
    else:
        todo, done = "update", "updated"
    return Step(todo, done, str(path), lambda: write_file(path, data, mode, owner, group))


def mode_step(path: Path, mode: int, *, owner: int = 0, group: int = 0) -> Step:
    """An existing file or folder's mode and owners, set without touching its content."""
    try:
        info = path.lstat()
    except FileNotFoundError:
        return skipped(str(path), "absent")
    if (stat.S_IMODE(info.st_mode), info.st_uid, info.st_gid) == (mode, owner, group):
        return unchanged(str(path))

    def apply() -> None:
        os.chown(path, owner, group, follow_symlinks=False)
        os.chmod(path, mode)

    return Step("set the mode and owner of", "set the mode and owner of", str(path), apply)


def folder_step(path: Path, mode: int, *, owner: int = 0, group: int = 0) -> Step:
    """A folder with exactly ``mode`` and owners (root's unless told)."""
    if path.is_dir() and not path.is_symlink():
        return mode_step(path, mode, owner=owner, group=group)

    def apply() -> None:
        make_parents(path)
        path.mkdir(mode=mode)
        os.chown(path, owner, group)
        os.chmod(path, mode)

    return Step("create", "created", str(path), apply)


def link_step(link: Path, to: str) -> Step:
    """A symbolic link ``link`` → ``to`` (what ``systemctl enable`` makes)."""
    if link.is_symlink() and os.readlink(link) == to:
        return unchanged(str(link))

    def apply() -> None:
        make_parents(link)
        if link.is_symlink() or link.exists():
            link.unlink()
        link.symlink_to(to)

    return Step("link", "linked", f"{link} → {to}", apply)


def remove_step(path: Path) -> Step:
    """A file, link or folder (with all it holds) gone; nothing to do if it is not there."""
    if not path.is_symlink() and not path.exists():
        return unchanged(str(path), "absent")

    def apply() -> None:  # gone meanwhile (systemctl disable removes its link): fine
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink(missing_ok=True)

    return Step("remove", "removed", str(path), apply)


def run_steps(steps: list[Step], out: Callable[[str], None], *, dry_run: bool) -> None:
    """Apply each step (unless ``dry_run``) and print its line: the plan, or what was done."""
    if dry_run:
        out("plan (--dry-run: nothing is changed)")
    for step in steps:
        if not dry_run and step.apply is not None:
            step.apply()
        out(step.line(planned=dry_run))
