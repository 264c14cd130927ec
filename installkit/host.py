"""What an install needs from the machine it runs on, in one place (tests pass their own)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

Run = Callable[[list[str]], subprocess.CompletedProcess[str]]


def run_command(command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, check=False)


def running_epn() -> tuple[str, ...]:
    """The ``epn`` command of this install, absolute: the script itself (or the launcher that
    named itself in ``EPN_COMMAND``: the Debian package's), else python -m ui.main."""
    launcher = Path(os.environ.get("EPN_COMMAND", ""))
    if launcher.is_absolute() and launcher.name == "epn" and launcher.is_file():
        return (str(launcher),)
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.name == "epn" and script.is_file():
        return (str(script.absolute()),)
    return (str(Path(sys.executable).absolute()), "-m", "ui.main")


@dataclass(frozen=True)
class Host:
    euid: int
    #: systemd is the running init (``/run/systemd/system`` exists)
    systemd: bool
    epn: tuple[str, ...]
    run: Run
    out: Callable[[str], None]

    @classmethod
    def this_machine(cls) -> Host:
        return cls(
            euid=os.geteuid(),
            systemd=Path("/run/systemd/system").is_dir(),
            epn=running_epn(),
            run=run_command,
            out=print,
        )


def check_may_run(host: Host, command: str, *, root: Path, dry_run: bool) -> None:
    """Refuse before anything: ``root`` must be absolute, and a real run needs root (a plan
    with ``--dry-run`` anyone may see)."""
    from installkit import InstallError

    if not root.is_absolute():
        raise InstallError(f"--root {root}: must be an absolute folder path")
    if not dry_run and host.euid != 0:
        raise InstallError(
            f"must run as root (sudo epn {command}); --dry-run shows the plan as anyone"
        )
