"""The light heartbeat path: a routine "still here" is kept in memory and written in bulk.

Most heartbeats say what the station's previous one said (the same session, lock state, app
in use, alerts and agent version) with a larger used-seconds total. Such a batch (heartbeats
only, nothing changed since the station's last one this server stored, more than the
automatic-extension threshold left) is answered at once; :class:`HeartbeatBuffer` keeps its
last heartbeat per station and, every ``interval`` seconds, the group-commit writer applies
them (the same code as any heartbeat, :func:`admin.stations.events.apply`, "last seen"
included) in one transaction. Anything else (an event, a heartbeat that changes what staff
see, the first heartbeat of a station since the server started) takes the full path: written
and flushed to disk before its answer, after the station's heartbeats still held here.

What a crash (kill -9, power cut) may lose: at most one interval of light heartbeats, i.e.
"last seen" and the used and remaining seconds of the sessions are up to ``interval`` behind.
Nothing is lost for good: every heartbeat carries the session's running totals and the
station's whole state (kiosk/heartbeat.py), and the first heartbeat after a restart takes the
full path. Light heartbeats are not recorded one by one in the ``events`` table (nothing reads
them there); every other event still is, before its answer. A station is seen offline after
``OFFLINE_AFTER_SECONDS`` (30 s) and the sweeper waits as long: a second of delay is within
what they tolerate.
"""

from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database

from admin.core.actors import StationIdentity
from admin.db.store import Store
from admin.sessions.auto_extend import EXTEND_BELOW_SECONDS
from kiosk.protocol.station import Event, EventKind

log = logging.getLogger("epn.server.stations")

#: Seconds between two bulk writes of the light heartbeats, when they are on.
FLUSH_SECONDS = 1.0
#: ``epn server --heartbeat-flush`` by default: off. Measured (docs/PERFORMANCE.md), the bulk
#: writes made heartbeat p99 and command delivery worse where the disk keeps up with group
#: commit; turn it on where the disk's flushes are what limits the server.
DEFAULT_FLUSH_SECONDS = 0.0
#: The longest interval allowed: what staff see of a station would lag too much beyond it.
MAX_FLUSH_SECONDS = 60.0
#: Held heartbeats written by one job of the writer.
FLUSH_JOB_SIZE = 32


@dataclass(frozen=True)
class _Said:
    """What a heartbeat says beyond the running totals: a change takes the full path."""

    session_id: str | None
    locked: bool | None
    app_id: str | None
    alerts: tuple[str, ...]
    agent_version: str | None


def _said(event: Event) -> _Said:
    return _Said(
        event.session_id,
        event.locked,
        event.app_id,
        tuple(sorted(alert.value for alert in event.alerts)),
        event.agent_version,
    )


@dataclass(frozen=True)
class Held:
    """A light heartbeat waiting for the bulk write."""

    station: StationIdentity
    event: Event
    moment: datetime
    seen: Callable[[Database], None] | None


#: Applies held heartbeats in the writer's transaction: (station list changed, stations with
#: a command queued).
ApplyHeld = Callable[[Database, Sequence[Held]], tuple[bool, list[str]]]


class HeartbeatBuffer:
    """The light heartbeats of every station, until the writer's next bulk write."""

    def __init__(
        self,
        store: Store,
        apply: ApplyHeld,
        interval: float = FLUSH_SECONDS,
        notify: Callable[[bool, list[str]], None] | None = None,
    ) -> None:
        self._store = store
        self._apply = apply
        self.interval = interval
        self._notify = notify
        self._lock = threading.Lock()
        self._said: dict[int, _Said] = {}
        self._held: dict[int, Held] = {}
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        store.before_close(self.stop)

    def start(self) -> HeartbeatBuffer:
        self._thread = threading.Thread(target=self._run, name="epn-heartbeats", daemon=True)
        self._thread.start()
        return self

    def admits(self, station_id: int, batch: Sequence[Event]) -> bool:
        """True when ``batch`` is a routine heartbeat this buffer may keep (see the module)."""
        if not batch or any(event.kind != EventKind.HEARTBEAT for event in batch):
            return False
        last = batch[-1]
        if last.remaining_seconds is not None and last.remaining_seconds < EXTEND_BELOW_SECONDS:
            return False  # an automatic extension may be due: the full path decides at once
        with self._lock:
            return all(self._said.get(station_id) == _said(event) for event in batch)

    def keep(self, held: Held) -> None:
        with self._lock:
            self._held[held.station.id] = held  # the last one carries the running totals

    def submit_after_held(
        self, station_id: int, job: Callable[[Database, list[Held]], object]
    ) -> Future[object]:
        """Queue ``job`` for the writer with the station's held heartbeats, to apply first.

        Under the buffer's lock: a bulk write queued meanwhile cannot overtake it.
        """
        with self._lock:
            held = [self._held.pop(station_id)] if station_id in self._held else []
            self._said.pop(station_id, None)  # known again once this job is stored
            return self._store.submit(lambda db: job(db, held))

    def learn(self, station_id: int, batch: Sequence[Event]) -> None:
        """The full path stored ``batch``: its last heartbeat is what the station says now."""
        if batch and batch[-1].kind == EventKind.HEARTBEAT:
            with self._lock:
                self._said[station_id] = _said(batch[-1])

    def flush(self) -> Future[tuple[bool, list[str]]] | None:
        """Queue the held heartbeats for the writer; the last job's future, None if none.

        In jobs of :data:`FLUSH_JOB_SIZE`: the writer takes the GIL and its lock for one job
        at a time, so the event loop and the other writes are not held up for a whole flush.
        """
        future = None
        with self._lock:
            held, self._held = list(self._held.values()), {}
            for start in range(0, len(held), FLUSH_JOB_SIZE):
                part = held[start : start + FLUSH_JOB_SIZE]
                future = self._store.submit(functools.partial(self._write, part))
                if self._notify is not None:
                    future.add_done_callback(self._notified)
        return future

    def _write(self, part: list[Held], db: Database) -> tuple[bool, list[str]]:
        return self._apply(db, part)

    def _notified(self, future: Future[tuple[bool, list[str]]]) -> None:
        if future.exception() is not None:
            log.error("light heartbeats not written: %s", future.exception())
            return
        changed, queued = future.result()
        assert self._notify is not None
        if changed or queued:
            self._notify(changed, queued)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                self.flush()
            except Exception:  # the store is closing: the last flush is stop()'s
                log.exception("light heartbeats: flush failed")

    def stop(self) -> None:
        """Stop the timer and queue what is held (the store then writes it before closing)."""
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join()
        self.flush()
