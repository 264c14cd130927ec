"""Units enabled (and started) once: by systemctl on a running systemd, else by their links."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath

from installkit import InstallError
from installkit.host import Host
from installkit.steps import Step, link_step, unchanged
from installkit.target import Target

UNIT_DIR = PurePosixPath("/etc/systemd/system")


@dataclass(frozen=True)
class Unit:
    """A unit to enable: its name and the target that wants it (``multi-user.target``)."""

    name: str
    wanted_by: str

    @property
    def path(self) -> PurePosixPath:
        return UNIT_DIR / self.name

    @property
    def wants_link(self) -> PurePosixPath:
        return UNIT_DIR / f"{self.wanted_by}.wants" / self.name


def systemctl(host: Host, *args: str) -> None:
    done = host.run(["systemctl", *args])
    if done.returncode != 0:
        raise InstallError(f"systemctl {' '.join(args)} failed: {done.stderr.strip()}")


def systemctl_step(host: Host, *args: str, note: str = "") -> Step:
    return Step("run", "ran", f"systemctl {' '.join(args)}", lambda: systemctl(host, *args), note)


def is_live(host: Host, target: Target) -> bool:
    """True when systemctl runs: this very machine, systemd its init."""
    return target.is_live and host.systemd


def enable_steps(
    host: Host, target: Target, units: Sequence[Unit], *, reload: bool, restart: Sequence[str]
) -> list[Step]:
    """Each unit enabled and running; ``reload``: a unit file changed; ``restart``: the units
    whose files or config changed (restarted when they already run)."""
    if not is_live(host, target):
        return [link_step(target.path(unit.wants_link), str(unit.path)) for unit in units]
    steps: list[Step] = []
    if reload:
        steps.append(systemctl_step(host, "daemon-reload"))
    for unit in units:
        enabled = host.run(["systemctl", "is-enabled", unit.name]).stdout.strip() == "enabled"
        active = host.run(["systemctl", "is-active", unit.name]).stdout.strip() == "active"
        if enabled and active and unit.name not in restart:
            steps.append(unchanged(unit.name, "enabled and running"))
        else:
            command = "restart" if enabled and active else "enable --now"
            steps.append(systemctl_step(host, *command.split(), unit.name))
    return steps
