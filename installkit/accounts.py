"""Local accounts of the target system, read from its ``etc/passwd`` and ``etc/group``.

Created with ``useradd`` (``--prefix`` the image folder under ``--root``: the image's own
``etc/passwd`` is changed, never the host's); when the image has no ``etc/passwd`` the account
is left for when it runs (the step says so).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from installkit import InstallError
from installkit.host import Run
from installkit.steps import Step, skipped, unchanged
from installkit.target import Target

NAME = re.compile(r"^[a-z_][a-z0-9_-]{0,31}$")
NO_LOGIN = "/usr/sbin/nologin"


@dataclass(frozen=True)
class Account:
    name: str
    uid: int
    gid: int
    home: str
    groups: tuple[str, ...]
    shell: str = ""


def _rows(path: Path) -> list[list[str]]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    return [line.split(":") for line in text.splitlines() if line and not line.startswith("#")]


def find_account(target: Target, name: str) -> Account | None:
    """The local account ``name`` of the target system (its ``etc/passwd`` and ``etc/group``)."""
    row = next((r for r in _rows(target.path(PurePosixPath("/etc/passwd"))) if r[0] == name), None)
    if row is None or len(row) < 6:
        return None
    gid = int(row[3])
    groups = tuple(
        g[0]
        for g in _rows(target.path(PurePosixPath("/etc/group")))
        if len(g) >= 4 and (g[2] == str(gid) or name in g[3].split(","))
    )
    return Account(name, int(row[2]), gid, row[5], groups, row[6] if len(row) > 6 else "")


def group_exists(target: Target, group: str) -> bool:
    return any(r[0] == group for r in _rows(target.path(PurePosixPath("/etc/group"))))


def prefix(target: Target) -> list[str]:
    """``useradd``'s and ``userdel``'s option to work on the image's accounts."""
    return [] if target.is_live else ["--prefix", str(target.root)]


def missing_passwd(target: Target, what: str) -> Step | None:
    """The step that leaves the account for later, when the image has no ``etc/passwd``."""
    if not target.is_live and not target.path(PurePosixPath("/etc/passwd")).exists():
        return skipped(
            what,
            f"{target.root}/etc/passwd does not exist: create the account when the image runs",
        )
    return None


def system_account_step(target: Target, name: str, home: str, comment: str, run: Run) -> Step:
    """A system account with its own group, no login shell, no password; kept if it exists."""
    what = f"user {name}"
    existing = find_account(target, name)
    if existing is not None:
        if existing.uid == 0 or existing.gid == 0:
            raise InstallError(
                f"the account {name!r} exists and is root's (uid or gid 0): a service must not "
                "run as root; remove it or give it its own ids, then run the same command"
            )
        return unchanged(what, f"uid {existing.uid}")
    later = missing_passwd(target, what)
    if later is not None:
        return later
    command = ["useradd", *prefix(target), "--system", "--user-group", "--no-create-home"]
    command += ["--home-dir", home, "--shell", NO_LOGIN, "--comment", comment, name]

    def apply() -> None:
        done = run(command)
        if done.returncode != 0:
            raise InstallError(f"useradd could not create {name!r}: {done.stderr.strip()}")

    return Step("create", "created", what, apply, note=f"system account, home {home}, no login")
