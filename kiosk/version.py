"""The version of the station agent, as reported to the server (kiosk/protocol/version.py)."""

from __future__ import annotations

from kiosk.protocol.version import package_version


def agent_version() -> str:
    return package_version()
