"""What the station's install needs from the machine: :mod:`installkit.host`'s, and enrolment."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from installkit import host as base
from installkit.host import run_command, running_epn

if TYPE_CHECKING:
    from kiosk.protocol.station import EnrollResponse

__all__ = ["Host", "enroll_station", "run_command", "running_epn"]


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
class Host(base.Host):
    enroll: Callable[[str, str], tuple[EnrollResponse, str | None]]

    @classmethod
    def this_machine(cls) -> Host:
        return cls(
            euid=os.geteuid(),
            systemd=Path("/run/systemd/system").is_dir(),
            epn=running_epn(),
            run=run_command,
            out=print,
            enroll=enroll_station,
        )
