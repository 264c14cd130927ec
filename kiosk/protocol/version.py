"""Which version this program is, and the oldest station version the server still supports.

Every program prints the same version (``epn --version``), stations report it in their
heartbeats and the server's health answer carries it: all read it here.
"""

from __future__ import annotations

import re
from importlib.metadata import PackageNotFoundError, version

#: The distribution whose version every program reports.
DISTRIBUTION = "epn-kiosk"

#: The oldest station (agent) version this server supports: an older one is shown as outdated
#: in ``epn station list`` and on its console tile. Raise it when the protocol drops something
#: that older stations still need.
MIN_STATION_VERSION = "0.1.0"

_RELEASE = re.compile(r"\d+(?:\.\d+)*")


def package_version() -> str:
    """The installed version of the package (``0+unknown`` in a tree that was never installed)."""
    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError:
        return "0+unknown"


def release(text: str) -> tuple[int, ...] | None:
    """The release numbers that start ``text`` (``1.2.0rc1`` -> (1, 2, 0)); None without any."""
    found = _RELEASE.match(text.strip().removeprefix("v"))
    if found is None:
        return None
    numbers = [int(part) for part in found[0].split(".")]
    while len(numbers) > 1 and numbers[-1] == 0:  # 1.2 and 1.2.0 are the same release
        numbers.pop()
    return tuple(numbers)


def is_outdated(station_version: str | None, oldest: str = MIN_STATION_VERSION) -> bool:
    """Whether a station reporting ``station_version`` is older than ``oldest``.

    A station that reports no version (it never heartbeated) is not judged; one whose version
    cannot be read (``0+unknown``, garbage) is outdated: nothing says it speaks this protocol.
    """
    if station_version is None:
        return False
    reported = release(station_version)
    wanted = release(oldest)
    return reported is None or (wanted is not None and reported < wanted)
