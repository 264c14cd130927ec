"""``epn uninstall station``: the install reversed, from its record.

The service is stopped and disabled, every file the install wrote is removed, GDM's file gets
back the values it had, the token and the station's state go, and so does the kiosk account
when the install created it (unless ``--keep-user``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from installkit.host import check_may_run
from installkit.steps import Step, file_step, remove_step, run_steps, unchanged
from installkit.systemd import systemctl_step
from kiosk.install import gdm
from kiosk.install.accounts import find_account, removal_step
from kiosk.install.host import Host
from kiosk.install.layout import (
    ACCOUNTS_SERVICE,
    AUTOSTART,
    CONFIG_DIR,
    LIGHTDM,
    RECORD,
    STATE_DIR,
    UNIT,
    UNIT_NAME,
    UNIT_WANTS,
    XORG,
    XSESSION,
    Target,
)
from kiosk.install.record import Record, read_record


@dataclass(frozen=True)
class UninstallOptions:
    dry_run: bool = False
    keep_user: bool = False
    root: Path = Path("/")


def _gdm_step(target: Target, record: Record) -> list[Step]:
    if record.gdm_file is None:
        return []
    path = target.path(PurePosixPath(record.gdm_file))
    if not path.is_file():
        return [unchanged(str(path), "absent")]
    restored = gdm.with_values(path.read_text(encoding="utf-8"), record.gdm_previous)
    step = file_step(path, restored, 0o644)
    if step.changes:
        return [Step("restore", "restored", str(path), step.apply, "GDM's automatic login")]
    return [step]


def _user_step(host: Host, target: Target, record: Record | None, keep_user: bool) -> Step:
    name = record.user if record is not None else "kiosk"
    what = f"user {name}"
    if find_account(target, name) is None:
        return unchanged(what, "absent")
    if keep_user:
        return unchanged(what, "kept: --keep-user")
    if record is None or not record.user_created:
        return unchanged(what, "kept: it existed before the install")
    return removal_step(target, name, host.run, still_used=target.is_live and host.systemd)


def plan(options: UninstallOptions, host: Host, record: Record | None) -> list[Step]:
    target = Target(options.root)
    live = target.is_live and host.systemd
    steps: list[Step] = []
    if live and target.path(UNIT).exists():
        steps.append(
            systemctl_step(
                host, "disable", "--now", UNIT_NAME, note="stop and disable the station service"
            )
        )
    for path in (UNIT_WANTS, UNIT, XSESSION, AUTOSTART, LIGHTDM, XORG):
        steps.append(remove_step(target.path(path)))
    if record is not None:
        steps.extend(_gdm_step(target, record))
        steps.append(remove_step(target.path(ACCOUNTS_SERVICE / record.user)))
    steps.append(remove_step(target.path(CONFIG_DIR)))
    steps.append(remove_step(target.path(STATE_DIR)))
    if live and any(step.changes for step in steps):
        steps.append(systemctl_step(host, "daemon-reload", note="forget the removed unit"))
    steps.append(_user_step(host, target, record, options.keep_user))
    return steps


def uninstall_station(options: UninstallOptions, host: Host) -> int:
    check_may_run(host, "uninstall station", root=options.root, dry_run=options.dry_run)
    record = read_record(Target(options.root).path(RECORD))
    run_steps(plan(options, host, record), host.out, dry_run=options.dry_run)
    return 0
