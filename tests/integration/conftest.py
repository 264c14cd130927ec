"""Integration fixtures: the real server over HTTP on a free port, with a settable clock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from admin.core.notify import Notifier
from tests.helpers.clock import FakeClock
from tests.helpers.liveserver import add_site, running_server

SITE = "EPN Test"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "epn.db"
    add_site(path, SITE)
    return path


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def notifier() -> Notifier:
    return Notifier()


@pytest.fixture
def base_url(db_path: Path, clock: FakeClock, notifier: Notifier) -> Iterator[str]:
    with running_server(db_path, clock=clock, notifier=notifier) as url:
        yield url
