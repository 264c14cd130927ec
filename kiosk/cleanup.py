"""Cleanup at session end: reset the configured folders from a template, clear the clipboard.

Nothing of one visitor may be left for the next, and nothing outside the configured folders may
ever be touched. So every folder is vetted twice (when the plan is built, from the station
config, and again just before it is emptied), symbolic links and Windows junctions are removed
as links and never followed, and a mount point found inside a folder is left alone.

One entry that cannot be removed (a busy file, a permission) does not stop the rest: it is
logged and listed in the :class:`CleanupReport`, and the next cleanup tries again.

Errors::

    ValueError
     └── UnsafeCleanupPath   a configured folder or template the cleanup refuses to use
                             (a configuration error, raised when the plan is built)

Failures while running are environment failures: they end up in the report, never raised.

Longer than the ~400-line aim: the safety rules (folders vetted twice, links and junctions never
followed, mount points left alone) are kept in one module so they are read and reviewed
together.
"""

from __future__ import annotations

import logging
import os
import shutil
import stat
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath
from typing import TypeVar

log = logging.getLogger("epn.kiosk.cleanup")

_T = TypeVar("_T")

#: Folders of the system (and everything inside them) that are never reset.
POSIX_SYSTEM_FOLDERS = tuple(
    PurePosixPath(p)
    for p in (
        "/bin",
        "/boot",
        "/dev",
        "/etc",
        "/lib",
        "/lib32",
        "/lib64",
        "/libx32",
        "/opt",
        "/proc",
        "/root",
        "/run",
        "/sbin",
        "/srv",
        "/sys",
        "/usr",
        "/var",
        "/snap",
    )
)
WINDOWS_SYSTEM_FOLDERS = tuple(
    PureWindowsPath(p)
    for p in (r"C:\Windows", r"C:\Program Files", r"C:\Program Files (x86)", r"C:\ProgramData")
)
#: Environment variables naming the same folders when Windows is not installed on C:.
_WINDOWS_SYSTEM_VARIABLES = ("SystemRoot", "ProgramFiles", "ProgramFiles(x86)", "ProgramData")
#: Folders that hold other people's data or mounted disks: never reset themselves (a folder
#: inside one may be, like /tmp's); C:\Users likewise.
_POSIX_SHARED = tuple(PurePosixPath(p) for p in ("/tmp", "/home", "/mnt", "/media"))
_WINDOWS_SHARED = (PureWindowsPath(r"C:\Users"),)


class UnsafeCleanupPath(ValueError):
    """A configured folder (or the template) that the cleanup refuses to use."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"refusing to reset {path}: {reason}")
        self.path = path
        self.reason = reason


def unsafe_folder_reason(path: Path, home: Path | None) -> str | None:
    """Why ``path`` must not be reset, in a few English words; None when it may be.

    Refused: a relative path, a path with "..", the root, the home folder or any folder that
    contains it, /tmp itself, and a system folder or anything inside one (unless it is inside
    the home folder). Both the path as written and where it really leads are checked, so a
    symbolic link to /etc is refused. With ``home`` None (vetting a home folder itself, which
    the visitor's account reset does) only the root, the shared and the system folders count.
    """
    if not path.is_absolute():
        return "not an absolute path"
    if ".." in path.parts:
        return 'contains a ".." component'
    try:
        resolved = path.resolve()
        homes = () if home is None else tuple(dict.fromkeys((home, home.resolve())))
    except (OSError, RuntimeError) as exc:  # a symlink loop, an unreadable parent
        return f"cannot be resolved ({exc})"
    reason = _form_reason(path, homes)
    if reason is None and resolved != path:
        reason = _form_reason(resolved, homes)
        if reason is not None:
            reason = f"leads to {resolved}, {reason}"
    return reason


def _form_reason(path: PurePath, homes: Sequence[PurePath]) -> str | None:
    if path.parent == path:
        return "the root folder"
    for home in homes:
        if path == home:
            return "the home folder itself"
        if home.is_relative_to(path):
            return f"contains the home folder {home}"
    if any(path.is_relative_to(home) for home in homes):
        return None  # where Downloads and Documents live, even when home is under /root
    return system_folder_reason(path)


def system_folder_reason(path: PurePath) -> str | None:
    """Why ``path`` is off limits as a system folder; None when it is not one.

    Windows paths (compared case-insensitively) are checked against the Windows folders,
    others against the POSIX ones.
    """
    if isinstance(path, PureWindowsPath):
        folders: Iterable[PurePath] = _windows_system_folders()
        shared: Iterable[PurePath] = _WINDOWS_SHARED
    else:
        folders = POSIX_SYSTEM_FOLDERS
        shared = _POSIX_SHARED
    for folder in shared:
        if path == folder:
            return f"the shared folder {folder} itself"
    for folder in folders:
        if path == folder:
            return "a system folder"
        if path.is_relative_to(folder):
            return f"inside the system folder {folder}"
    return None


def _windows_system_folders() -> tuple[PureWindowsPath, ...]:
    from_environment = (os.environ.get(name) for name in _WINDOWS_SYSTEM_VARIABLES)
    found = [PureWindowsPath(value) for value in from_environment if value]
    return tuple(dict.fromkeys([*WINDOWS_SYSTEM_FOLDERS, *found]))


@dataclass(frozen=True)
class FolderReport:
    """What the cleanup did to one configured folder."""

    folder: Path
    removed_files: int = 0
    removed_dirs: int = 0
    restored_files: int = 0
    errors: tuple[str, ...] = ()


@dataclass(frozen=True)
class CleanupReport:
    """What one cleanup did, for the log and the session-end event."""

    folders: tuple[FolderReport, ...]
    clipboard_cleared: bool
    seconds: float
    clipboard_error: str | None = None
    #: The kiosk account's home reset from its template (station service): its summary line.
    home: str | None = None
    home_errors: tuple[str, ...] = ()

    @property
    def removed_files(self) -> int:
        return sum(f.removed_files for f in self.folders)

    @property
    def removed_dirs(self) -> int:
        return sum(f.removed_dirs for f in self.folders)

    @property
    def restored_files(self) -> int:
        return sum(f.restored_files for f in self.folders)

    @property
    def errors(self) -> tuple[str, ...]:
        """Every failure, the clipboard's included."""
        folder_errors = (
            *self.home_errors,
            *(e for f in self.folders for e in f.errors),
        )
        if self.clipboard_error is None:
            return folder_errors
        return (*folder_errors, f"clipboard: {self.clipboard_error}")

    def summary(self) -> str:
        """One line, e.g. "3 folders reset: 12 files and 2 folders removed, …; 0 errors"."""
        if self.clipboard_cleared:
            clipboard = "clipboard cleared"
        elif self.clipboard_error is not None:
            clipboard = "clipboard NOT cleared"
        else:
            clipboard = "no clipboard to clear"
        home = f"home reset: {self.home}; " if self.home is not None else ""
        return (
            f"{home}{counted(len(self.folders), 'folder')} reset: "
            f"{counted(self.removed_files, 'file')} and {counted(self.removed_dirs, 'folder')} "
            f"removed, {self.restored_files} restored from the template; {clipboard}; "
            f"{counted(len(self.errors), 'error')}"
        )


def counted(n: int, noun: str) -> str:
    """``n`` and the noun, in the plural unless ``n`` is 1: "1 file", "12 files"."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


@dataclass
class _Tally:
    folder: Path
    removed_files: int = 0
    removed_dirs: int = 0
    restored_files: int = 0
    errors: list[str] = field(default_factory=list)

    def error(self, path: Path | str, problem: OSError | str) -> None:
        text = problem if isinstance(problem, str) else (problem.strerror or str(problem))
        message = f"{path}: {text}"
        log.warning("cleanup: %s", message)
        self.errors.append(message)

    def freeze(self) -> FolderReport:
        return FolderReport(
            folder=self.folder,
            removed_files=self.removed_files,
            removed_dirs=self.removed_dirs,
            restored_files=self.restored_files,
            errors=tuple(self.errors),
        )


class CleanupPlan:
    """The configured folders, their template and the clipboard: vetted once, run every session.

    Folder ``F`` is emptied, then filled again with a copy of ``template/<F's name>/`` when that
    exists. Raises :class:`UnsafeCleanupPath` when a folder is unsafe to reset, listed twice or
    inside another, or overlaps the template.
    """

    def __init__(
        self,
        folders: Sequence[Path],
        template: Path | None,
        home: Path,
        clear_clipboard: Callable[[], None] | None = None,
        *,
        home_reset: Callable[[], tuple[str, tuple[str, ...]]] | None = None,
    ) -> None:
        """``home_reset``: resets the whole home first (the station service's), returns its
        summary line and its errors."""
        self._home = home
        self._home_reset = home_reset
        self._template = template
        self._clear_clipboard = clear_clipboard
        self._folders = tuple(folders)
        resolved: dict[Path, Path] = {}
        for folder in self._folders:
            reason = unsafe_folder_reason(folder, home)
            if reason is not None:
                raise UnsafeCleanupPath(folder, reason)
            for other, other_resolved in resolved.items():
                if _overlap(folder, folder.resolve(), other, other_resolved):
                    raise UnsafeCleanupPath(folder, f"overlaps the configured folder {other}")
            resolved[folder] = folder.resolve()
        if template is not None:
            template_resolved = template.resolve()
            for folder, folder_resolved in resolved.items():
                if _overlap(template, template_resolved, folder, folder_resolved):
                    raise UnsafeCleanupPath(
                        template, f"the template overlaps the configured folder {folder}"
                    )
        # Where each folder's parent really is now; a parent that later becomes a link
        # (~/.config replaced by a link elsewhere) must not lead the cleanup out.
        self._parents = {folder: folder.parent.resolve() for folder in self._folders}

    @property
    def folders(self) -> tuple[Path, ...]:
        return self._folders

    def run(self) -> CleanupReport:
        """Reset every folder and clear the clipboard; failures are reported, never raised."""
        started = time.monotonic()
        if self._template is not None and not self._template.is_dir():
            log.warning("cleanup: the template folder %s does not exist", self._template)
        home: str | None = None
        home_errors: tuple[str, ...] = ()
        if self._home_reset is not None:
            try:
                home, home_errors = self._home_reset()
            except Exception as exc:
                log.error("cleanup: the home reset failed", exc_info=True)
                home, home_errors = "failed", (f"home: {exc}",)
        reports = tuple(self._reset(folder) for folder in self._folders)
        cleared, clipboard_error = self._clear_the_clipboard()
        report = CleanupReport(
            folders=reports,
            clipboard_cleared=cleared,
            seconds=time.monotonic() - started,
            clipboard_error=clipboard_error,
            home=home,
            home_errors=tuple(home_errors),
        )
        log.info("cleanup: %s", report.summary())
        return report

    def _reset(self, folder: Path) -> FolderReport:
        tally = _Tally(folder)
        try:
            if folder.parent.resolve() != self._parents[folder]:
                tally.error(folder, "its parent folder now leads elsewhere; left alone")
                return tally.freeze()
            if os.path.lexists(folder) and _is_link(os.lstat(folder)):
                # A folder replaced by a link: remove the link, never what it leads to.
                if not _remove(os.unlink, folder, tally):
                    return tally.freeze()
                tally.removed_files += 1
            reason = unsafe_folder_reason(folder, self._home)
            if reason is not None:
                tally.error(folder, f"{reason}; left alone")
                return tally.freeze()
            folder.mkdir(parents=True, exist_ok=True)
            device = os.lstat(folder).st_dev
        except OSError as exc:
            tally.error(folder, exc)
            return tally.freeze()
        _empty(folder, device, tally)
        if tally.errors:
            # A leftover might be a link the copy would write through: restore next time.
            tally.error(folder, "template not restored, some entries could not be removed")
        else:
            self._restore(folder, tally)
        return tally.freeze()

    def _restore(self, folder: Path, tally: _Tally) -> None:
        if self._template is None:
            return
        source = self._template / folder.name
        if not source.is_dir():
            return

        def copy(src: str, dst: str) -> object:
            copied = shutil.copy2(src, dst)
            tally.restored_files += 1
            return copied

        try:
            shutil.copytree(source, folder, symlinks=True, dirs_exist_ok=True, copy_function=copy)
        except shutil.Error as exc:  # the rest was copied; these entries failed
            for src, _dst, why in exc.args[0]:
                tally.error(src, f"not restored ({why})")
        except OSError as exc:
            tally.error(source, exc)

    def _clear_the_clipboard(self) -> tuple[bool, str | None]:
        if self._clear_clipboard is None:
            return False, None
        try:
            self._clear_clipboard()
        except Exception as exc:  # the UI layer's callable; a failure must not stop the reset
            log.error("cleanup: could not clear the clipboard", exc_info=True)
            return False, str(exc) or type(exc).__name__
        return True, None


def _overlap(a: Path, a_resolved: Path, b: Path, b_resolved: Path) -> bool:
    return any(
        x.is_relative_to(y) or y.is_relative_to(x) for x, y in ((a, b), (a_resolved, b_resolved))
    )


def _is_link(st: os.stat_result) -> bool:
    """A symbolic link, or a Windows junction (which ``is_symlink`` misses before 3.12)."""
    reparse = getattr(st, "st_file_attributes", 0) & getattr(
        stat, "FILE_ATTRIBUTE_REPARSE_POINT", 0
    )
    return stat.S_ISLNK(st.st_mode) or bool(reparse)


def _empty(directory: Path, device: int, tally: _Tally) -> None:
    """Remove everything inside ``directory``, never following a link, counting as it goes."""
    try:
        entries = _attempt(lambda p: list(os.scandir(p)), directory, loosen=(directory,))
    except OSError as exc:
        tally.error(directory, exc)
        return
    for entry in entries:
        path = Path(entry.path)
        try:
            st = entry.stat(follow_symlinks=False)
        except FileNotFoundError:
            continue
        except OSError as exc:
            tally.error(path, exc)
            continue
        if not stat.S_ISDIR(st.st_mode) or _is_link(st):
            if _remove(os.unlink, path, tally, loosen=(directory, path)):
                tally.removed_files += 1
        elif st.st_dev != device:
            tally.error(path, "a mount point; left alone")
        else:
            _empty(path, device, tally)
            if _remove(os.rmdir, path, tally, loosen=(directory,)):
                tally.removed_dirs += 1


def _remove(
    remove: Callable[[Path], None], path: Path, tally: _Tally, loosen: Sequence[Path] = ()
) -> bool:
    """Remove one entry; True when it was removed, False (reported) when it could not be."""
    try:
        _attempt(remove, path, loosen)
    except FileNotFoundError:
        return False  # gone already
    except OSError as exc:
        tally.error(path, exc)
        return False
    return True


def _attempt(operation: Callable[[Path], _T], path: Path, loosen: Sequence[Path]) -> _T:
    """Run ``operation``; on a permission error give the owner rights on ``loosen`` and retry.

    A visitor can make a file read-only (Windows then refuses to delete it) or a folder
    read-only (its entries can't be removed); the station user owns both, so it may undo that.
    """
    try:
        return operation(path)
    except PermissionError:
        if not loosen:
            raise
        for target in loosen:
            _grant_owner(target)
        return operation(path)


def _grant_owner(path: Path) -> None:
    try:
        st = os.lstat(path)
        if not _is_link(st):  # chmod would change the link's target
            os.chmod(path, stat.S_IMODE(st.st_mode) | stat.S_IRWXU)
    except OSError:
        pass  # the retry reports the original failure
