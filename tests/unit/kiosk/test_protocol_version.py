"""Which station versions the server still supports (kiosk/protocol/version.py)."""

from __future__ import annotations

import pytest

from kiosk.protocol.version import is_outdated, release


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("1.2.0", (1, 2)),
        ("1.2", (1, 2)),
        ("v1.10.3rc1", (1, 10, 3)),
        ("0+unknown", (0,)),
        ("x", None),
    ],
)
def test_release_numbers(text: str, numbers: tuple[int, ...] | None) -> None:
    assert release(text) == numbers


@pytest.mark.parametrize(
    ("station", "outdated"),
    [
        ("1.2.0", False),
        ("1.2", False),
        ("1.10.0", False),  # compared as numbers, not as text
        ("1.1.9", True),
        ("0+unknown", True),  # nothing says it speaks this protocol
        ("garbage", True),
        (None, False),  # it never said: not judged
    ],
)
def test_outdated_against_the_oldest_supported(station: str | None, outdated: bool) -> None:
    assert is_outdated(station, oldest="1.2.0") is outdated
