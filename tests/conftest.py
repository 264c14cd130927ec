"""Shared test set-up: Qt without a screen, temp dirs for every path, a frozen "now"."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

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


@pytest.fixture(autouse=True, scope="session")
def migrated_template() -> Iterator[None]:
    """A new database starts as a copy of one migrated once per run (3 ms, not 180 ms).

    ``Store`` on a path that does not exist yet gets the template's bytes first (a private
    0600 file, as ``Store`` makes it), then opens it as usual: its migrations find nothing to
    do. An existing file (an old schema, a backup, a corrupt file: the migration and restore
    tests) is opened as it is. ``EPN_TEST_FRESH_DB=1`` turns it off: every database migrated
    from nothing, as a first ``epn server`` does (the subprocess servers always do).
    """
    if os.environ.get("EPN_TEST_FRESH_DB") == "1":
        yield
        return
    from admin.db.store import Store

    with tempfile.TemporaryDirectory(prefix="epn-template-") as folder:
        template = Path(folder) / "template.db"
        Store(template).close()
        data = template.read_bytes()
        original = Store.__init__

        def from_template(self: Store, path: str | Path) -> None:
            target = Path(path)
            if str(path) != ":memory:" and not str(path).startswith("file:"):
                try:
                    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                except OSError:  # there already, or not creatable: Store says why
                    pass
                else:
                    with os.fdopen(fd, "wb") as out:
                        out.write(data)
            original(self, path)

        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(Store, "__init__", from_template)
            yield
