"""Schemathesis against the real server's OpenAPI schema: no 5xx, every answer as documented.

Each operation of ``/api/v1/openapi.json`` gets a few generated requests, valid ones and
invalid ones, with the bearer its security scheme names (a station token, an admin's login
token). Examples are derandomized and few, so the run is the same on every machine and takes
seconds. Long-polls are asked not to wait.

Schemathesis' pytest loader (``schemathesis.pytest.from_fixture``) does not run on the pytest
of this project, so each operation is one subtest driving Hypothesis directly.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.configuration import set_hypothesis_home_dir
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from kiosk.protocol.paths import API_PREFIX, Paths
from tests.helpers.liveserver import add_staff, add_station, add_visitor

PASSWORD = "schema-admin-pass"
#: Generated requests per operation and mode (generating them costs more than sending them).
EXAMPLES = 8
MODES = (schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE)
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
#: Query parameters that hold the request open (long-polls).
WAITS = ("wait",)


@pytest.fixture(autouse=True)
def hypothesis_home(tmp_path: Path) -> Iterator[None]:
    """Hypothesis' caches in a temp dir, not in the work tree."""
    set_hypothesis_home_dir(tmp_path / "hypothesis")
    yield
    set_hypothesis_home_dir(None)


def _scheme(operation: Any) -> str | None:
    """The security scheme an operation asks for (StationToken, StaffToken), or None."""
    security = operation.definition.raw.get("security") or [{}]
    return next(iter(security[0]), None)


def _fuzz(operation: Any, mode: Any, base_url: str, headers: dict[str, str]) -> None:
    """Send the operation's generated requests, failing on the first that breaks a check."""

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=EXAMPLES,
        # ms per example: a request that hangs is a failure too (the whole run's speed is not
        # judged here: this machine is shared; benchmarks under bench/ measure speed)
        deadline=2000,
        database=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    def check(case: Any) -> None:
        for name in WAITS:
            if case.query and name in case.query:
                case.query[name] = 0
        case.call_and_validate(base_url=base_url, headers=headers, checks=CHECKS)

    check()


def test_every_operation_answers_as_documented(
    db_path: Path, base_url: str, subtests: pytest.Subtests
) -> None:
    station = add_station(db_path, "RC-01")
    add_visitor(db_path, "1001")
    add_staff(db_path, "admin", PASSWORD, role="admin")
    login = httpx.post(
        f"{base_url}{Paths.AUTH_LOGIN}", json={"username": "admin", "password": PASSWORD}
    )
    tokens = {"StationToken": station, "StaffToken": login.json()["token"]}
    schema = schemathesis.openapi.from_url(f"{base_url}{API_PREFIX}/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 45

    for operation in operations:
        scheme = _scheme(operation)
        headers = {"Authorization": f"Bearer {tokens[scheme]}"} if scheme else {}
        for mode in MODES:
            with subtests.test(msg=f"{operation.label} {mode.value}"):
                _fuzz(operation, mode, base_url, headers)
