"""Retention's transactions (admin/privacy/retention.py): sized by time, the writer's page cache
and checkpoints while the job runs (Store.bulk), and a run cut off midway that the next run
finishes exactly."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

import pytest
from sqlite_utils import Database

from admin.core.errors import StoreError
from admin.db.store import Store
from admin.privacy import retention
from admin.privacy.retention import RetentionJob, next_batch
from admin.privacy.rights import last_use_sql
from admin.privacy.settings import Retention
from admin.services import Service
from tests.helpers.clock import FakeClock
from tests.unit.admin.test_privacy_retention import (  # noqa: F401 (the world fixture)
    monthly,
    reports,
    rollup_consistent,
    world,
)

STEP = 2**-7  # seconds (about 8 ms), exact in binary


def test_the_next_batch_holds_the_writer_for_the_target_time() -> None:
    assert next_batch(200, 0.04, 0.02, 20_000) == 100  # twice too long: half the rows
    assert next_batch(200, 0.01, 0.02, 20_000) == 400
    assert next_batch(200, 0.001, 0.02, 20_000) == 400  # at most twice the last
    assert next_batch(15_000, 0.001, 0.02, 20_000) == 20_000  # at most the job's batch
    assert next_batch(3, 1.0, 0.02, 20_000) == 1  # never none
    assert next_batch(3, 0.0, 0.02, 20_000) == 6


def _pragmas(store: Store) -> tuple[int, int]:
    return store.write(
        lambda db: (
            db.execute("PRAGMA cache_size").fetchone()[0],
            db.execute("PRAGMA wal_autocheckpoint").fetchone()[0],
        )
    )


def test_the_writer_has_a_larger_cache_and_no_checkpoint_only_while_the_job_runs(
    fresh_store: Store,
) -> None:
    before = _pragmas(fresh_store)
    with fresh_store.bulk(4096):
        assert _pragmas(fresh_store) == (-4096, 0)
        fresh_store.write(lambda db: db.execute("CREATE TABLE t (x)"))
    assert _pragmas(fresh_store) == before
    with pytest.raises(RuntimeError), fresh_store.bulk(4096):
        raise RuntimeError("the job failed")
    assert _pragmas(fresh_store) == before
    # the checkpoint at the end emptied the WAL into the database file
    frames = fresh_store.write(lambda db: db.execute("PRAGMA wal_checkpoint").fetchone())
    assert frames[1] == frames[2]


class _Timer:
    """A clock advancing STEP (8 ms) per batch the job writes (the test's write hook moves it)."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _timed(store: Store, timer: _Timer, fail_at: int) -> None:
    """Each write of the job moves the timer by STEP; the ``fail_at``-th one fails."""
    calls = itertools.count(1)
    write = store.write

    def hooked(fn: Callable[[Database], Any]) -> Any:
        if next(calls) == fail_at:
            raise StoreError("database write failed: disk I/O error")
        timer.now += STEP
        return write(fn)

    store.write = hooked  # type: ignore[method-assign]


def test_an_interrupted_run_is_finished_by_the_next_with_every_count_kept(
    service: Service,
    world: dict[str, int],  # noqa: F811
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(retention, "FIRST_BATCH", 2)
    sized: list[tuple[int, float]] = []

    def sizing(rows: int, took: float, target: float, most: int) -> int:
        sized.append((rows, took))
        return next_batch(rows, took, target, most)

    monkeypatch.setattr(retention, "next_batch", sizing)
    before, figures = monthly(service), reports(service)
    settled = _pragmas(service.store)
    timer, slept = _Timer(), []

    def job() -> RetentionJob:
        return RetentionJob(
            service.store,
            Retention(),
            clock,
            pause=0.001,
            sleep=slept.append,
            batch_seconds=0.02,
            timer=timer,
        )

    _timed(service.store, timer, fail_at=6)
    with pytest.raises(StoreError):
        job().run()
    assert _pragmas(service.store) == settled  # restored after the failure
    assert rollup_consistent(service)
    finishing = job()
    done = finishing.run()
    # the run's time per step (for the log and bench/retention.py): the fake timer's batches
    steps = finishing.step_seconds
    assert steps["sessions_keys_dropped"] > 0 and steps["sessions_pseudonymised"] > 0
    assert done.sessions_keys_dropped + done.sessions_pseudonymised > 0
    assert rollup_consistent(service)
    assert [m[:2] for m in monthly(service).values()] == [m[:2] for m in before.values()]
    assert [r[:2] for r in reports(service)] == [r[:2] for r in figures]
    left = service.store.read(
        lambda db: db.execute(
            "SELECT COUNT(*) FROM sessions WHERE visitor_id IS NOT NULL AND started_at < ?",
            ["2025-12-01"],
        ).fetchone()[0]
    )
    assert left == 0
    # STEP (8 ms) per batch against a 20 ms target: each batch twice the last, from 2 rows
    assert sized[:4] == [(2, STEP), (4, STEP), (8, STEP), (16, STEP)]
    # a pause after each batch, at least as long as half the batch
    assert slept and min(slept) >= STEP / 2


def test_finding_the_accounts_in_session_reads_only_the_running_and_unsettled_sessions(
    fresh_store: Store,
) -> None:
    """The daily run lists every account's last use: whether one is in session comes from the
    partial indexes of the running and unsettled sessions, not from each one's every session
    (1.6 s over 2,000,000 sessions before, 0.02 s now)."""
    plan = fresh_store.read(
        lambda db: [r[3] for r in db.execute("EXPLAIN QUERY PLAN " + last_use_sql())]
    )
    assert "SCAN s USING INDEX sessions_station_active" in plan
    assert "SCAN s USING INDEX sessions_open_visitor" in plan
    # each visitor's own sessions are only searched for their latest start (covering)
    searched = [p for p in plan if p.startswith("SEARCH s")]
    assert all("COVERING INDEX" in p for p in searched), searched
