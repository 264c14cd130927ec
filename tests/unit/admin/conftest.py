"""Fixtures for the server's unit tests: a fresh database file and a controllable clock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from admin.db.store import Store
from admin.services import Service
from tests.helpers.clock import FakeClock

SITE = "EPN Test"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "epn.db"


@pytest.fixture
def fresh_store(db_path: Path) -> Iterator[Store]:
    with Store(db_path) as store:
        yield store


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def service(fresh_store: Store, clock: FakeClock) -> Service:
    return Service(fresh_store, clock=clock)


@pytest.fixture
def site(service: Service) -> str:
    service.directory.add_site(SITE)
    return SITE
