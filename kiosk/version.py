"""The version of the station agent, as reported to the server."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version


def agent_version() -> str:
    try:
        return version("epn-kiosk")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0+unknown"
