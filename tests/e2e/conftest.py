"""End-to-end fixtures: a virtual X screen and the real ``epn`` command."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

SCREEN = "1280x800x24"


def _missing_tools() -> list[str]:
    return [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]


@contextmanager
def running_xvfb() -> Iterator[str]:
    """A virtual X screen of its own; its display name (":N")."""
    missing = _missing_tools()
    if missing:
        if os.environ.get("EPN_REQUIRE_E2E"):
            pytest.fail(
                f"end-to-end tests need {', '.join(missing)} (scripts/test.sh installs them)"
            )
        pytest.skip(f"needs {', '.join(missing)}")
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        # -noreset: a test connecting just as the last client left is not refused
        [
            "Xvfb",
            "-displayfd",
            str(write_fd),
            "-screen",
            "0",
            SCREEN,
            "-nolisten",
            "tcp",
            "-noreset",
        ],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    if not number:
        proc.kill()
        pytest.fail("Xvfb did not start")
    try:
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(10)


@pytest.fixture(scope="session")
def xvfb_display() -> Iterator[str]:
    with running_xvfb() as display:
        yield display


@pytest.fixture
def second_xvfb_display() -> Iterator[str]:
    """Another screen, for a second station whose full-screen kiosk must not meet the first."""
    with running_xvfb() as display:
        yield display


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The end-to-end tests run one after another on one worker of ``pytest -n``: each drives
    real processes on real time, and two of them at once would measure each other."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.xdist_group("e2e"))
