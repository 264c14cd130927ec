"""What the install needs from the machine it runs on, in one place (tests pass their own)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.protocol.station import EnrollResponse


def run_command(command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, check=False)


def running_epn() -> tuple[str, ...]:
    """The ``epn`` command of this install, absolute: the script itself, else python -m ui.main."""
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.name == "epn" and script.is_file():
        return (str(script.absolute()),)
    return (str(Path(sys.executable).absolute()), "-m", "ui.main")


def enroll_station(url: str, code: str) -> tuple[EnrollResponse, str | None]:
    """Enrol; the fingerprint of the server's certificate it enrolled against (None: http)."""
    from kiosk.client import enroll  # here: a dry run or an uninstall needs no HTTP client
    from kiosk.enrolment import host_name
    from kiosk.protocol.tls import ServerTrust
    from kiosk.version import agent_version

    # with a site's code for a fleet, the station is named after this PC
    trust = ServerTrust(learn=True)
    response = enroll(url, code, agent_version=agent_version(), station=host_name(), trust=trust)
    return response, trust.seen()


@dataclass(frozen=True)
class Host:
    euid: int
    #: systemd is the running init (``/run/systemd/system`` exists)
    systemd: bool
    epn: tuple[str, ...]
    run: Callable[[list[str]], subprocess.CompletedProcess[str]]
    enroll: Callable[[str, str], tuple[EnrollResponse, str | None]]
    out: Callable[[str], None]

    @classmethod
    def this_machine(cls) -> Host:
        return cls(
            euid=os.geteuid(),
            systemd=Path("/run/systemd/system").is_dir(),
            epn=running_epn(),
            run=run_command,
            enroll=enroll_station,
            out=print,
        )
