"""Shared test set-up: Qt without a screen, temp dirs for every path, a frozen "now"."""

from __future__ import annotations

import json
import os
import resource
import tempfile
import time
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


#: set on a test whose ``xdist_group`` the run ignores (below)
GROUP_LOST = pytest.StashKey[str]()
#: The groups that take longest, started first in this order (scripts/test.sh runs pytest
#: with ``--no-loadscope-reorder``, so the workers take the tests in collection order): the
#: screenshot run (~90 s of CPU, then its ~830 checks), the closing-time test (two minutes
#: of waiting for a real closing), the station service's tests, the deployment guide's.
LONG_GROUPS = (
    "demo",
    "e2e-closing_time",
    "e2e-station_service",
    "deployment_guide",
    "browser-public",
)


def group_of(item: pytest.Item) -> str | None:
    mark = item.get_closest_marker("xdist_group")
    if mark is None:
        return None
    return str(mark.args[0] if mark.args else mark.kwargs.get("name", "default"))


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The longest groups first (``LONG_GROUPS``); the rest in collection order.

    Under ``--dist loadgroup`` each test with an ``xdist_group`` must carry its group in its
    id (``...@group``): that is how pytest-xdist keeps a group on one worker. pytest 9.2 made
    node ids structured and xdist 3.8's renaming silently stopped taking effect (the groups'
    tests then ran on every worker at once: pytest-xdist issue 1386). Such a test fails at its
    set-up, saying why, rather than run beside the tests it must not meet."""
    rank = {group: n for n, group in enumerate(LONG_GROUPS)}
    items.sort(key=lambda item: rank.get(group_of(item) or "", len(rank)))
    if not getattr(config.option, "loadgroup", False):
        return
    for item in items:
        group = group_of(item)
        if group is not None and "@" not in item.nodeid:
            item.stash[GROUP_LOST] = group


def pytest_runtest_setup(item: pytest.Item) -> None:
    if GROUP_LOST in item.stash:
        pytest.fail(
            f"--dist loadgroup ignored this test's xdist_group ({item.stash[GROUP_LOST]}): this"
            f" pytest ({pytest.__version__}) and pytest-xdist do not work together; pyproject.toml"
            " pins the pytest that does",
            pytrace=False,
        )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[object]:
    """With ``EPN_TEST_TIMELINE=FILE``: one JSON line a test (worker, xdist group, start and end
    wall time, set-up and teardown included, and the CPU seconds it used) appended to FILE;
    ``scripts/test_timeline.py FILE`` says what each worker did, what the critical path was
    and where the CPU went.

    ``cpu``: user + system time of the worker process during the test; ``cpu_children``: that
    of its child processes reaped during the test (servers, kiosks, ``epn demo``, lintian:
    ``subprocess.run`` and a stopped ``Process`` wait for theirs). A child still running when
    its test ends (a module's shared server) counts in the test that reaps it; a grandchild
    counts only once its own parent has waited for it, and a process the worker never waits
    for (an orphan, scripts/test.sh's background build of the package) counts nowhere.
    """
    target = os.environ.get("EPN_TEST_TIMELINE")
    if not target:
        return (yield)
    started = time.time()
    own, children = _cpu_seconds()
    try:
        return (yield)
    finally:
        own_after, children_after = _cpu_seconds()
        group = item.get_closest_marker("xdist_group")
        line = json.dumps(
            {
                "test": item.nodeid,
                "worker": os.environ.get("PYTEST_XDIST_WORKER", "main"),
                "group": (group.args[0] if group.args else group.kwargs.get("name"))
                if group
                else None,
                "start": started,
                "end": time.time(),
                "cpu": round(own_after - own, 4),
                "cpu_children": round(children_after - children, 4),
            }
        )
        # one write of a short line on an O_APPEND file: the workers' lines do not mix
        fd = os.open(target, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            os.write(fd, (line + "\n").encode())
        finally:
            os.close(fd)


def _cpu_seconds() -> tuple[float, float]:
    """User + system CPU seconds of this process, and of its reaped children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime
