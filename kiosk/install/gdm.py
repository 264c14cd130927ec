"""GDM's one config file (``custom.conf``): the ``[daemon]`` keys of automatic login.

The file is GDM's, not ours, so only three keys of its ``[daemon]`` section are changed, line
by line (comments and the rest stay as they are); the values they had are kept in the install
record and put back by the uninstall.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

SECTION = "daemon"
_HEADER = re.compile(r"^\s*\[([^\]]+)\]\s*$")
_KEY = re.compile(r"^\s*([A-Za-z][A-Za-z0-9_-]*)\s*=\s*(.*?)\s*$")


def automatic_login(user: str) -> dict[str, str]:
    """Automatic login of ``user`` into X11: GDM on Wayland would leave the kiosk unprotected."""
    return {"AutomaticLoginEnable": "true", "AutomaticLogin": user, "WaylandEnable": "false"}


def _daemon_span(lines: list[str]) -> tuple[int, int] | None:
    """The lines of the [daemon] section: (its header, the line after its last)."""
    start = None
    for number, line in enumerate(lines):
        header = _HEADER.match(line)
        if header is None:
            continue
        if start is not None:
            return start, number
        if header.group(1).strip() == SECTION:
            start = number
    return None if start is None else (start, len(lines))


def values(text: str, keys: list[str]) -> dict[str, str | None]:
    """The current value of each key of [daemon] (None: not set)."""
    found: dict[str, str | None] = dict.fromkeys(keys)
    lines = text.splitlines()
    span = _daemon_span(lines)
    if span is not None:
        for line in lines[span[0] + 1 : span[1]]:
            match = _KEY.match(line)
            if match and match.group(1) in found:
                found[match.group(1)] = match.group(2)
    return found


def with_values(text: str, wanted: Mapping[str, str | None]) -> str:
    """``text`` with each key of [daemon] set (None: its line removed); the rest untouched."""
    lines = text.splitlines()
    span = _daemon_span(lines)
    if span is None:
        lines[:0] = [f"[{SECTION}]", ""] if lines else [f"[{SECTION}]"]
        span = (0, 1)
    start, end = span
    body = lines[start + 1 : end]
    missing = dict(wanted)
    kept: list[str] = []
    for line in body:
        match = _KEY.match(line)
        if match and match.group(1) in wanted:
            value = missing.pop(match.group(1), None)
            if value is not None:
                kept.append(f"{match.group(1)}={value}")
            continue
        kept.append(line)
    added = [f"{key}={value}" for key, value in missing.items() if value is not None]
    lines[start + 1 : end] = added + kept
    return "\n".join(lines) + "\n"
