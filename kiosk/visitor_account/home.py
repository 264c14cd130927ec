"""The kiosk OS account's home folder, reset from a template between visitors.

The station service (root) runs :class:`HomeReset` when it starts and after each session, so
that nothing a visitor leaves reaches the next one: an autostart entry in ``~/.config``, a line
in ``~/.bashrc`` or ``~/.xsessionrc``, a browser profile, a download. Everything in the home
folder is removed except the entries the configuration keeps, then the template folder is
copied in and given to the account (how, safely: :mod:`kiosk.visitor_account.tree`). Root
removes whatever modes the visitor set (a file with mode 000 in a folder with mode 0500).

Errors::

    ValueError                  from the constructor: an unknown account or root's, a keep
     │                          entry that is absolute, has "..", or leads out of the home
     └── UnsafeCleanupPath      a home or template the reset refuses (kiosk.cleanup's rules:
                                the root, a system or shared folder; and a home that is not a
                                folder the account owns, a template overlapping the home)

Failures while running (an entry that cannot be removed, a home refused since) end up in the
:class:`HomeResetReport`, never raised: the service logs them and carries on.
"""

from __future__ import annotations

import errno
import logging
import os
import pwd
import stat
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from kiosk.cleanup import UnsafeCleanupPath, counted, unsafe_folder_reason
from kiosk.visitor_account.tree import (
    DIR_FLAGS,
    MAX_DEPTH,
    Copier,
    Emptier,
    KeepTree,
    Tally,
)

log = logging.getLogger("epn.kiosk.visitor_account")


@dataclass(frozen=True)
class HomeResetReport:
    """What one reset did, for the log and the service's events."""

    home: Path
    removed_files: int = 0
    removed_dirs: int = 0
    #: Kept entries found in the home (left as they were).
    kept: int = 0
    #: Files and links, and folders, copied from the template.
    restored_files: int = 0
    restored_dirs: int = 0
    #: The template was configured but is not there: the home was left empty.
    template_missing: bool = False
    #: Why nothing was touched (the home was refused); also the first of ``errors``.
    refused: str | None = None
    errors: tuple[str, ...] = ()
    seconds: float = 0.0

    @classmethod
    def of(cls, tally: Tally, seconds: float, refused: str | None = None) -> HomeResetReport:
        return cls(
            home=tally.home,
            removed_files=tally.removed_files,
            removed_dirs=tally.removed_dirs,
            kept=tally.kept,
            restored_files=tally.restored_files,
            restored_dirs=tally.restored_dirs,
            template_missing=tally.template_missing,
            refused=refused,
            errors=tuple(tally.errors),
            seconds=seconds,
        )

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        """One English line, e.g. "home /home/kiosk reset: 3,412 files and … ; 0 errors"."""
        if self.refused is not None:
            return f"home {self.home} NOT reset: {self.refused}"
        if self.template_missing:
            restored = "the template is missing, the home was left empty"
        else:
            restored = (
                f"{counted(self.restored_files, 'file')} and "
                f"{counted(self.restored_dirs, 'folder')} restored from the template"
            )
        kept = "1 entry" if self.kept == 1 else f"{self.kept} entries"
        return (
            f"home {self.home} reset in {self.seconds:.2f} s: "
            f"{counted(self.removed_files, 'file')} and {counted(self.removed_dirs, 'folder')} "
            f"removed, {kept} kept, {restored}; {counted(len(self.errors), 'error')}"
        )


class _Refused(Exception):
    """The home may not be reset now; the message says why."""


class HomeReset:
    """The kiosk account's home folder, emptied and filled from ``template`` by :meth:`run`.

    ``keep`` names entries relative to the home (".cache/fontconfig", "Documents/Permanent")
    that the reset leaves as they are, and that the template does not overwrite.
    """

    def __init__(self, user: str, template: Path | None, keep: Sequence[str] = ()) -> None:
        try:
            account = pwd.getpwnam(user)
        except KeyError:
            raise ValueError(f"no such account to reset: {user!r}") from None
        if account.pw_uid == 0:
            raise ValueError(f"refusing to reset the home of {user!r}: a root account")
        self._user = user
        self._uid = account.pw_uid
        self._gid = account.pw_gid
        self._home = Path(account.pw_dir)
        reason = self._home_reason()
        if reason is not None:
            raise UnsafeCleanupPath(self._home, reason)
        self._keep = keep_tree(self._home, keep)
        if template is not None:
            real_template, real_home = template.resolve(), self._home.resolve()
            if real_template.is_relative_to(real_home) or real_home.is_relative_to(real_template):
                raise UnsafeCleanupPath(template, f"the template overlaps the home {self._home}")
        self._template = template

    @property
    def user(self) -> str:
        return self._user

    @property
    def home(self) -> Path:
        return self._home

    def run(self) -> HomeResetReport:
        """Empty the home but its kept entries, copy the template in; never raises."""
        started = time.monotonic()
        tally = Tally(self._home)
        refused: str | None = None
        try:
            home_fd = self._open_home()
        except _Refused as exc:
            refused = str(exc)
            tally.error("", f"{refused}; nothing touched")
        except OSError as exc:
            refused = f"cannot be opened ({exc.strerror or exc})"
            tally.error("", f"{refused}; nothing touched")
        else:
            try:
                self._reset(home_fd, tally)
            except OSError as exc:  # the home itself (each entry's failure is caught below)
                tally.error("", exc)
            finally:
                os.close(home_fd)
        report = HomeResetReport.of(tally, time.monotonic() - started, refused)
        (log.info if report.ok else log.warning)("home reset: %s", report.summary())
        return report

    # --- the home -----------------------------------------------------------------------

    def _home_reason(self) -> str | None:
        reason = unsafe_folder_reason(self._home, None)
        if reason is not None:
            return reason
        try:
            st = os.lstat(self._home)
        except FileNotFoundError:
            return None  # made at the first run
        except OSError as exc:
            return f"cannot be read ({exc.strerror or exc})"
        return self._owner_reason(st)

    def _owner_reason(self, st: os.stat_result) -> str | None:
        if stat.S_ISLNK(st.st_mode):
            return "a symbolic link, not a folder"
        if not stat.S_ISDIR(st.st_mode):
            return "not a folder"
        if st.st_uid != self._uid:
            return f"owned by uid {st.st_uid}, not by {self._user} (uid {self._uid})"
        return None

    def _open_home(self) -> int:
        """The home folder, vetted again and opened; made (empty) when it is missing."""
        reason = self._home_reason()
        if reason is not None:
            raise _Refused(reason)
        try:
            fd = os.open(self._home, DIR_FLAGS)
        except FileNotFoundError:
            os.mkdir(self._home, 0o700)
            os.chown(self._home, self._uid, self._gid)
            log.warning("home reset: %s was missing, made it", self._home)
            fd = os.open(self._home, DIR_FLAGS)
        except OSError as exc:
            if exc.errno in (errno.ELOOP, errno.ENOTDIR):
                raise _Refused("not a folder (replaced since the check?)") from None
            raise
        reason = self._owner_reason(os.fstat(fd))
        if reason is not None:
            os.close(fd)
            raise _Refused(reason)
        return fd

    def _reset(self, home_fd: int, tally: Tally) -> None:
        device = os.fstat(home_fd).st_dev
        walk = Emptier(home_fd, device, tally)
        walk.empty(home_fd, self._keep, "", 1)
        walk.empty_moved()
        if self._template is not None:
            self._restore(home_fd, device, tally)
        try:
            os.fchown(home_fd, self._uid, self._gid)
            os.fchmod(home_fd, 0o700)
        except OSError as exc:
            tally.error("", exc)

    # --- the template -------------------------------------------------------------------

    def _restore(self, home_fd: int, device: int, tally: Tally) -> None:
        assert self._template is not None
        try:
            template_fd = os.open(self._template, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
        except FileNotFoundError:
            log.warning("home reset: the template %s is missing", self._template)
            tally.template_missing = True
            return
        except OSError as exc:
            tally.error("", f"the template {self._template}: {exc.strerror}")
            return
        try:
            Copier(self._uid, self._gid, device, tally).copy(
                template_fd, home_fd, self._keep, "", 1
            )
        finally:
            os.close(template_fd)


def keep_tree(home: Path, keep: Sequence[str]) -> KeepTree:
    """The kept entries as a tree; ValueError naming an entry that is not safely in ``home``."""
    tree: KeepTree = {}
    real_home = home.resolve()
    for entry in keep:
        parts = _keep_parts(entry)
        try:
            real = home.joinpath(*parts).resolve()
        except (OSError, RuntimeError) as exc:
            raise ValueError(f"keep entry {entry!r} cannot be resolved ({exc})") from None
        if real == real_home or not real.is_relative_to(real_home):
            raise ValueError(
                f"keep entry {entry!r} leads out of the home folder {home} (to {real})"
            )
        node: KeepTree | None = tree
        for part in parts[:-1]:
            assert node is not None
            node = node.setdefault(part, {})
            if node is None:
                break  # a folder above it is kept whole already
        else:
            assert node is not None
            node[parts[-1]] = None
    return tree


def _keep_parts(entry: str) -> tuple[str, ...]:
    if not entry.strip() or "\0" in entry:
        raise ValueError(f"keep entry {entry!r} is empty or not a path")
    path = PurePosixPath(entry)
    if path.is_absolute():
        raise ValueError(f"keep entry {entry!r} is absolute: name it relative to the home folder")
    if ".." in path.parts:
        raise ValueError(f'keep entry {entry!r} contains ".."')
    if not path.parts:
        raise ValueError(f"keep entry {entry!r} names the home folder itself")
    if len(path.parts) >= MAX_DEPTH:
        raise ValueError(f"keep entry {entry!r} is deeper than {MAX_DEPTH - 1} folders")
    return path.parts
