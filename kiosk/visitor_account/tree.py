"""The home folder's tree, worked on relative to open folders: emptied but the kept entries,
then filled from the template and given to the account.

Each folder is held open and everything is done relative to it (``dir_fd``, ``O_NOFOLLOW``),
as ``shutil.rmtree`` does: a symbolic link, even one swapped in while the walk runs, is removed
as a link and never followed, and the template is never written through one (``O_EXCL``). A
folder on another file system (a mount point) is left alone. At most :data:`MAX_DEPTH` folders
are held open: a deeper one is moved up to the top of the home and emptied from there, so no
depth defeats the walk (nor the recursion limit). Failures are counted in a :class:`Tally`,
never raised. POSIX only.
"""

from __future__ import annotations

import contextlib
import errno
import itertools
import logging
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger("epn.kiosk.visitor_account")

#: A folder opened to work inside it: never through a symbolic link.
DIR_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC
#: Folders held open at once while emptying; deeper ones are moved up to the home's top.
MAX_DEPTH = 64
#: Where a too-deep folder is moved before it is emptied (top of the home, then numbered).
_MOVED_PREFIX = ".epn-home-reset-"

#: The kept entries as a tree of names: None is an entry kept whole, a dict a folder that
#: holds kept entries (it stays, the rest of it goes).
KeepTree = dict[str, "KeepTree | None"]
NOTHING_KEPT: KeepTree = {}


@dataclass
class Tally:
    """What a reset did so far; every failure logged as it is met."""

    home: Path
    removed_files: int = 0
    removed_dirs: int = 0
    kept: int = 0
    restored_files: int = 0
    restored_dirs: int = 0
    template_missing: bool = False
    errors: list[str] = field(default_factory=list)

    def error(self, where: str, problem: OSError | str) -> None:
        """Count and log a failure at ``where`` (relative to the home; "" for the home)."""
        text = problem if isinstance(problem, str) else (problem.strerror or str(problem))
        message = f"{self.home / where}: {text}"
        log.warning("home reset: %s", message)
        self.errors.append(message)


class Emptier:
    """Removes everything below a folder but the kept entries, relative to open folders."""

    def __init__(self, home_fd: int, device: int, tally: Tally) -> None:
        self._home_fd = home_fd
        self._device = device
        self._tally = tally
        self._moved: list[str] = []
        self._numbers = itertools.count(1)

    def empty(self, dir_fd: int, keep: KeepTree, where: str, depth: int) -> None:
        tally = self._tally
        try:
            with os.scandir(dir_fd) as listing:
                entries = list(listing)
        except OSError as exc:
            tally.error(where, exc)
            return
        for entry in entries:
            name, path = entry.name, _join(where, entry.name)
            below = keep.get(name, NOTHING_KEPT)
            if below is None:
                tally.kept += 1
                continue
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
            except OSError as exc:
                tally.error(path, exc)
                continue
            if not is_dir:
                if _remove(os.unlink, name, dir_fd, path, tally):
                    tally.removed_files += 1
            elif depth >= MAX_DEPTH and below is NOTHING_KEPT:
                self._move_up(dir_fd, name, path)
            else:
                self._clear_folder(dir_fd, name, below, path, depth)

    def _clear_folder(self, dir_fd: int, name: str, keep: KeepTree, path: str, depth: int) -> None:
        """Empty the folder ``name`` but its kept entries; remove it unless it holds some."""
        tally = self._tally
        try:
            fd = os.open(name, DIR_FLAGS, dir_fd=dir_fd)
        except FileNotFoundError:
            return
        except OSError as exc:
            if exc.errno not in (errno.ELOOP, errno.ENOTDIR):
                tally.error(path, exc)
            elif _remove(os.unlink, name, dir_fd, path, tally):  # a link since it was listed
                tally.removed_files += 1
            return
        errors = len(tally.errors)
        try:
            if os.fstat(fd).st_dev != self._device:
                tally.error(path, "another file system (a mount point); left alone")
                return
            self.empty(fd, keep, path, depth + 1)
        finally:
            os.close(fd)
        # A folder that still holds something (an entry reported already) is not tried.
        removable = keep is NOTHING_KEPT and len(tally.errors) == errors
        if removable and _remove(os.rmdir, name, dir_fd, path, tally):
            tally.removed_dirs += 1

    def _move_up(self, dir_fd: int, name: str, path: str) -> None:
        """Move a folder too deep to hold open to the top of the home, to empty it later."""
        while True:
            moved = f"{_MOVED_PREFIX}{next(self._numbers)}"
            if not _exists(moved, self._home_fd):
                break
        try:
            os.rename(name, moved, src_dir_fd=dir_fd, dst_dir_fd=self._home_fd)
        except OSError as exc:
            self._tally.error(path, exc)
            return
        self._moved.append(moved)

    def empty_moved(self) -> None:
        """Empty and remove the folders moved up (which may move more up as they go)."""
        while self._moved:
            name = self._moved.pop()
            self._clear_folder(self._home_fd, name, NOTHING_KEPT, name, 1)


def _join(where: str, name: str) -> str:
    """A relative path as a string: pathlib's objects cost more than removing the file."""
    return f"{where}/{name}" if where else name


def _exists(name: str, dir_fd: int) -> bool:
    try:
        os.stat(name, dir_fd=dir_fd, follow_symlinks=False)
    except FileNotFoundError:
        return False
    return True


def _remove(remove: Callable[..., None], name: str, dir_fd: int, path: str, tally: Tally) -> bool:
    """``os.unlink`` or ``os.rmdir`` one entry; False (reported unless gone) when it failed."""
    try:
        remove(name, dir_fd=dir_fd)
    except FileNotFoundError:
        return False
    except OSError as exc:
        tally.error(path, exc)
        return False
    return True


class Copier:
    """Copies the template into the home, owned by the account, never over a kept entry."""

    def __init__(self, uid: int, gid: int, device: int, tally: Tally) -> None:
        self._uid = uid
        self._gid = gid
        self._device = device
        self._tally = tally

    def copy(self, src_fd: int, dst_fd: int, keep: KeepTree, where: str, depth: int) -> None:
        try:
            with os.scandir(src_fd) as listing:
                entries = list(listing)
        except OSError as exc:
            self._tally.error(where, f"template: {exc.strerror}")
            return
        for entry in entries:
            name, path = entry.name, _join(where, entry.name)
            below = keep.get(name, NOTHING_KEPT)
            if below is None:
                continue  # the kept entry wins
            try:
                st = entry.stat(follow_symlinks=False)
                if stat.S_ISDIR(st.st_mode):
                    self._copy_dir(src_fd, dst_fd, name, st, below, path, depth)
                elif stat.S_ISLNK(st.st_mode):
                    os.symlink(os.readlink(name, dir_fd=src_fd), name, dir_fd=dst_fd)
                    os.chown(name, self._uid, self._gid, dir_fd=dst_fd, follow_symlinks=False)
                    self._tally.restored_files += 1
                elif stat.S_ISREG(st.st_mode):
                    self._copy_file(src_fd, dst_fd, name, st)
                    self._tally.restored_files += 1
                else:
                    self._tally.error(path, "in the template, not a file, folder or link; skipped")
            except FileExistsError:
                self._tally.error(path, "still in the home; not restored from the template")
            except OSError as exc:
                self._tally.error(path, exc)

    def _copy_dir(
        self,
        src_fd: int,
        dst_fd: int,
        name: str,
        st: os.stat_result,
        keep: KeepTree,
        path: str,
        depth: int,
    ) -> None:
        if depth >= MAX_DEPTH:
            self._tally.error(path, f"the template is deeper than {MAX_DEPTH} folders; skipped")
            return
        src = os.open(name, DIR_FLAGS, dir_fd=src_fd)
        try:
            made = True
            try:
                os.mkdir(name, 0o700, dir_fd=dst_fd)
            except FileExistsError:
                made = False  # a folder holding kept entries, or one that could not be removed
            try:
                dst = os.open(name, DIR_FLAGS, dir_fd=dst_fd)
            except OSError as exc:
                if exc.errno not in (errno.ELOOP, errno.ENOTDIR):
                    raise
                self._tally.error(path, "still in the home, not a folder; not restored")
                return
            try:
                if made:
                    os.fchown(dst, self._uid, self._gid)
                    os.fchmod(dst, (stat.S_IMODE(st.st_mode) & 0o755) | 0o700)
                    self._tally.restored_dirs += 1
                elif os.fstat(dst).st_dev != self._device:
                    self._tally.error(path, "another file system (a mount point); not restored")
                    return
                self.copy(src, dst, keep, path, depth + 1)
            finally:
                os.close(dst)
        finally:
            os.close(src)

    def _copy_file(self, src_fd: int, dst_fd: int, name: str, st: os.stat_result) -> None:
        src = os.open(name, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC, dir_fd=src_fd)
        try:
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
            dst = os.open(name, flags, 0o600, dir_fd=dst_fd)
            try:
                _copy_bytes(src, dst)
                os.fchown(dst, self._uid, self._gid)
                # No set-id bits, nobody else may write: the template's mode otherwise.
                os.fchmod(dst, (stat.S_IMODE(st.st_mode) & 0o755) | 0o600)
            except OSError:
                with contextlib.suppress(OSError):
                    os.unlink(name, dir_fd=dst_fd)  # no half-copied file left behind
                raise
            finally:
                os.close(dst)
        finally:
            os.close(src)


def _copy_bytes(src: int, dst: int) -> None:
    try:
        while os.sendfile(dst, src, None, 1 << 24):
            pass
        return
    except OSError as exc:
        if exc.errno not in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
            raise
    while chunk := os.read(src, 1 << 20):
        view = memoryview(chunk)
        while view:
            view = view[os.write(dst, view) :]
