"""Shared test set-up: Qt without a screen, temp dirs for every path, a frozen "now"."""

from __future__ import annotations

import os

import pytest

from tests.helpers.clock import BRUSSELS, FakeClock, frozen_moments

# GUI tests render offscreen; end-to-end tests start their own Xvfb and set DISPLAY for the
# processes they launch. Set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("EPN_PASSWORD", None)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Each test that uses ``site_clock`` runs at each moment of ``EPN_TEST_NOW``."""
    if "site_clock" in metafunc.fixturenames:
        moments = frozen_moments()
        if len(moments) > 1:
            ids = [f"now={m.astimezone(BRUSSELS).isoformat(timespec='minutes')}" for m in moments]
            metafunc.parametrize("site_clock", moments, indirect=True, ids=ids)


@pytest.fixture
def site_clock(request: pytest.FixtureRequest) -> FakeClock:
    """The server's clock (and the kiosk's and console's wall clock) in the GUI tests: frozen
    at a fixed moment in Brussels, or at ``EPN_TEST_NOW`` (tests/helpers/clock.py)."""
    return FakeClock(getattr(request, "param", None) or frozen_moments()[0])
