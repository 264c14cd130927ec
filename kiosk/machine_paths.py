"""The station service's machine-wide folders: its config, state and the screen's socket.

Apart from :mod:`kiosk.config` (TOML, platformdirs, the trust options): ``epn kiosk`` reads
its default socket here before it shows the lock screen.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def _machine_dirs() -> tuple[Path, Path, Path]:
    """The station service's config, state and run folders: the platform's machine-wide ones
    (``%ProgramData%`` on Windows), never the visitor's."""
    if sys.platform == "win32":
        base = Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / "EPN Kiosk"
        return base, base / "state", base / "run"
    return Path("/etc/epn-kiosk"), Path("/var/lib/epn-kiosk"), Path("/run/epn-kiosk")


_CONFIG_DIR, SERVICE_STATE_DIR, _RUN_DIR = _machine_dirs()
#: The station service's own config and state: owned by the machine, not by the visitor.
SERVICE_CONFIG_PATH = _CONFIG_DIR / "station.toml"
SERVICE_SOCKET = _RUN_DIR / "screen.sock"
