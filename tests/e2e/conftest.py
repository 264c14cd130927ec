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


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist reads the groups into the test ids
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Each end-to-end module's tests run one after another on one worker of ``pytest -n``
    (an ``xdist_group`` per module), beside the other modules' on the other workers.

    What they could share is their own on each worker: every worker starts its own Xvfb
    (``xvfb_display``, per session) and each test its own server on a free port, kiosk state
    folder and database under ``tmp_path``. The accounts they make are created and removed
    under a lock (tests/helpers/accounts.py). test_station_service.py's tests open this
    checkout's folders to the kiosk account and close them again after
    (tests/helpers/station_service.py): in one module, one at a time. The real-time bounds
    they assert (a second, three, five) are far above what a busy worker adds.
    """
    here = Path(__file__).parent
    for item in items:
        path = Path(str(item.fspath))
        if here in path.parents:
            item.add_marker(pytest.mark.xdist_group(f"e2e-{path.stem.removeprefix('test_')}"))
