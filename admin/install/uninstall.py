"""``epn uninstall server``: the service goes, the city's data stays.

The units are stopped, disabled and removed (with their ``.wants`` links). The database, its
backups, the config and its certificates, and the ``epn`` account are kept, and each is named
in the report: removing a city's only copy of its usage history is never a side effect of
uninstalling a program. What to delete by hand, if that is really meant, is printed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from admin.install.layout import (
    BACKUP_DIR,
    BACKUP_TIMER,
    BACKUP_UNIT,
    CONFIG_DIR,
    SERVER_UNIT,
    STATE_DIR,
    USER,
)
from installkit.accounts import find_account
from installkit.host import Host, check_may_run
from installkit.steps import Step, remove_step, run_steps, unchanged
from installkit.systemd import is_live, systemctl_step
from installkit.target import Target


@dataclass(frozen=True)
class UninstallOptions:
    dry_run: bool = False
    root: Path = Path("/")


def plan(options: UninstallOptions, host: Host) -> list[Step]:
    target = Target(options.root)
    live = is_live(host, target)
    steps: list[Step] = []
    for unit in (SERVER_UNIT, BACKUP_TIMER):
        if live and target.path(unit.path).exists():
            steps.append(systemctl_step(host, "disable", "--now", unit.name))
    for unit in (SERVER_UNIT, BACKUP_TIMER):
        steps.append(remove_step(target.path(unit.wants_link)))
    for path in (SERVER_UNIT.path, BACKUP_UNIT, BACKUP_TIMER.path):
        steps.append(remove_step(target.path(path)))
    if live and any(step.changes for step in steps):
        steps.append(systemctl_step(host, "daemon-reload", note="forget the removed units"))
    for path, what in (
        (STATE_DIR, "the database"),
        (BACKUP_DIR, "the backups"),
        (CONFIG_DIR, "the config and certificates"),
    ):
        if target.path(path).exists():
            steps.append(unchanged(str(target.path(path)), f"kept: {what}"))
    if find_account(target, USER) is not None:
        steps.append(unchanged(f"user {USER}", "kept: it owns the data"))
    return steps


def uninstall_server(options: UninstallOptions, host: Host) -> int:
    check_may_run(host, "uninstall server", root=options.root, dry_run=options.dry_run)
    run_steps(plan(options, host), host.out, dry_run=options.dry_run)
    host.out(
        f"the data is kept; to delete it for good: rm -r {STATE_DIR} {CONFIG_DIR} && "
        f"userdel {USER} (a backup elsewhere first: epn backup --db … --to …)"
    )
    return 0
