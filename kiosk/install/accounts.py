"""The kiosk OS account: a plain local account, no password, its own group, no admin rights.

Created with ``useradd``, removed with ``userdel`` (the target's accounts:
:mod:`installkit.accounts`).
"""

from __future__ import annotations

from installkit.accounts import (
    NAME,
    Account,
    find_account,
    group_exists,
    missing_passwd,
    prefix,
)
from installkit.host import Run
from installkit.steps import Step, unchanged
from installkit.target import Target
from kiosk.install import InstallError

__all__ = ["Account", "account_step", "check_name", "find_account", "removal_step"]

#: Groups that make an account an administrator: a visitor in one could become root.
ADMIN_GROUPS = ("root", "sudo", "wheel", "admin", "adm")
COMMENT = "EPN Kiosk public session"


def check_name(name: str) -> None:
    if not NAME.match(name) or name == "root":
        raise InstallError(
            f"--user {name!r}: an account name is 1 to 32 lowercase letters, digits, '_' or "
            "'-', starting with a letter or '_' (and not root)"
        )


def check_not_admin(account: Account) -> None:
    admin = [group for group in account.groups if group in ADMIN_GROUPS]
    if account.uid == 0 or account.gid == 0 or admin:
        raise InstallError(
            f"the account {account.name!r} is an administrator ({', '.join(admin) or 'uid 0'}): "
            "a visitor could become root. Choose another --user, or take it out of those "
            f"groups (gpasswd -d {account.name} GROUP)"
        )


def account_step(target: Target, name: str, run: Run) -> Step:
    """The kiosk account, created if missing; an existing administrator account is refused."""
    what = f"user {name}"
    existing = find_account(target, name)
    if existing is not None:
        check_not_admin(existing)
        return unchanged(what, f"uid {existing.uid}")
    later = missing_passwd(target, what)
    if later is not None:
        return later
    command = ["useradd", *prefix(target), "--create-home", "--home-dir", f"/home/{name}"]
    command += ["--shell", "/bin/bash", "--user-group", "--comment", COMMENT]
    if group_exists(target, "autologin"):  # LightDM's automatic login needs it on some systems
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
        done = run(["userdel", *prefix(target), "--remove", name])
        # 12: the home could not be removed entirely (its mail spool missing is only a warning)
        if done.returncode not in (0, 12):
            raise InstallError(
                f"userdel could not remove {name!r}: {done.stderr.strip()} "
                f"(if the account is still logged in: loginctl terminate-user {name}, then run "
                "the uninstall again)"
            )

    return Step("remove", "removed", f"user {name}", apply)
