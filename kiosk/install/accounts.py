"""The kiosk OS account: a plain local account, no password, its own group, no admin rights.

Created with ``useradd`` (``--prefix`` the image folder under ``--root``: the image's own
``etc/passwd`` is changed, never the host's), removed with ``userdel``.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from kiosk.install import InstallError
from kiosk.install.layout import Target
from kiosk.install.steps import Step, skipped, unchanged

Run = Callable[[list[str]], subprocess.CompletedProcess[str]]

NAME = re.compile(r"^[a-z_][a-z0-9_-]{0,31}$")
#: Groups that make an account an administrator: a visitor in one could become root.
ADMIN_GROUPS = ("root", "sudo", "wheel", "admin", "adm")
COMMENT = "EPN Kiosk public session"


def check_name(name: str) -> None:
    if not NAME.match(name) or name == "root":
        raise InstallError(
            f"--user {name!r}: an account name is 1 to 32 lowercase letters, digits, '_' or "
            "'-', starting with a letter or '_' (and not root)"
        )


@dataclass(frozen=True)
class Account:
    name: str
    uid: int
    gid: int
    home: str
    groups: tuple[str, ...]


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
    return Account(name, int(row[2]), gid, row[5], groups)


def _group_exists(target: Target, group: str) -> bool:
    return any(r[0] == group for r in _rows(target.path(PurePosixPath("/etc/group"))))


def check_not_admin(account: Account) -> None:
    admin = [group for group in account.groups if group in ADMIN_GROUPS]
    if account.uid == 0 or account.gid == 0 or admin:
        raise InstallError(
            f"the account {account.name!r} is an administrator ({', '.join(admin) or 'uid 0'}): "
            "a visitor could become root. Choose another --user, or take it out of those "
            f"groups (gpasswd -d {account.name} GROUP)"
        )


def _prefix(target: Target) -> list[str]:
    return [] if target.is_live else ["--prefix", str(target.root)]


def account_step(target: Target, name: str, run: Run) -> Step:
    """The kiosk account, created if missing; an existing administrator account is refused."""
    what = f"user {name}"
    existing = find_account(target, name)
    if existing is not None:
        check_not_admin(existing)
        return unchanged(what, f"uid {existing.uid}")
    if not target.is_live and not target.path(PurePosixPath("/etc/passwd")).exists():
        return skipped(
            what,
            f"{target.root}/etc/passwd does not exist: create the account when the image runs",
        )
    command = ["useradd", *_prefix(target), "--create-home", "--home-dir", f"/home/{name}"]
    command += ["--shell", "/bin/bash", "--user-group", "--comment", COMMENT]
    if _group_exists(target, "autologin"):  # LightDM's automatic login needs it on some systems
        command += ["--groups", "autologin"]

    def apply() -> None:
        done = run([*command, name])
        if done.returncode != 0:
            raise InstallError(f"useradd could not create {name!r}: {done.stderr.strip()}")

    return Step("create", "created", what, apply)


def removal_step(target: Target, name: str, run: Run, *, still_used: bool) -> Step:
    """The account and its home removed (``still_used``: its processes are ended first)."""
    if find_account(target, name) is None:
        return unchanged(f"user {name}", "absent")

    def apply() -> None:
        if still_used:
            run(["loginctl", "terminate-user", name])
        done = run(["userdel", *_prefix(target), "--remove", name])
        # 12: the home could not be removed entirely (its mail spool missing is only a warning)
        if done.returncode not in (0, 12):
            raise InstallError(
                f"userdel could not remove {name!r}: {done.stderr.strip()} "
                f"(if the account is still logged in: loginctl terminate-user {name}, then run "
                "the uninstall again)"
            )

    return Step("remove", "removed", f"user {name}", apply)
