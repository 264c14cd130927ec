"""Close the sessions of stations that went silent, at their last report.

A station that stops calling in (power cut, cable pulled) leaves its session active on the
server. :class:`Sweeper` runs in a thread of the server process and every ``interval`` seconds
closes the active sessions of stations not heard from for ``stale_after`` seconds (by default
:data:`~kiosk.protocol.limits.OFFLINE_AFTER_SECONDS`, when staff see them offline) with
:func:`admin.sessions.reconcile.close_silent`: ended at the last report, provisionally: the station may
still be running it, so the visitor cannot sign in elsewhere until the station's word settles
it (reopened, or ended with the station's real figures; see :mod:`admin.sessions.reconcile`).
Staff consoles are woken through the station list topic.

``epn server`` starts one (``admin/api/app.py``); so do ``epn demo`` and, when asked, the tests'
live server. Tests of the rule call :meth:`Sweeper.sweep_once` with a fake clock.
"""

from __future__ import annotations

import logging
import threading
from datetime import timedelta

from sqlite_utils import Database

from admin.core.errors import StoreError
from admin.core.notify import STATIONS_TOPIC, Notifier, commands_topic
from admin.core.timeutil import Clock, to_iso, utc_now
from admin.db.store import Store
from admin.holds import queue
from admin.sessions.reconcile import close_silent
from kiosk.protocol.limits import OFFLINE_AFTER_SECONDS

log = logging.getLogger("epn.server.sweeper")

SWEEP_SECONDS = 5.0


class Sweeper:
    def __init__(
        self,
        store: Store,
        clock: Clock = utc_now,
        notifier: Notifier | None = None,
        interval: float = SWEEP_SECONDS,
        stale_after: float = OFFLINE_AFTER_SECONDS,
    ) -> None:
        self._store = store
        self._clock = clock
        self._notifier = notifier
        self._interval = interval
        self._stale_after = stale_after
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        #: Sweeps done by the thread, for tests that wait for one.
        self.sweeps = 0

    def sweep_once(self) -> list[str]:
        """Close every stale session now, then release unclaimed holds and give free PCs to
        the queue (admin/holds/queue.py: ``tick``); returns the closed sessions' ids."""
        now = self._clock()
        cutoff = to_iso(now - timedelta(seconds=self._stale_after))
        held: set[int] = set()

        def write(db: Database) -> list[str]:
            stale = [
                row["id"]
                for row in db.query(
                    "SELECT s.id FROM sessions s JOIN stations st ON st.id = s.station_id"
                    " WHERE s.state = 'active'"
                    " AND (st.last_seen_at IS NULL OR st.last_seen_at < ?)",
                    [cutoff],
                )
            ]
            for session_id in stale:
                close_silent(db, session_id)
            held.update(queue.tick(db, now))
            return stale

        closed = self._store.write(write)
        if (closed or held) and self._notifier is not None:
            self._notifier.notify(STATIONS_TOPIC)
        if held and self._notifier is not None:
            # a hold released or expired, a PC held for the next in line: the sites' stations
            # read their holds again (their lock screens follow)
            for name in self._store.read(lambda db: _station_names(db, held)):
                self._notifier.notify(commands_topic(name))
        return closed

    def start(self) -> Sweeper:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="stale-sweeper", daemon=True)
            self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _run(self) -> None:
        while not self._stop.wait(self._interval):
            try:
                self.sweep_once()
            except StoreError as exc:  # database busy or disk full: try again next round
                log.warning("stale sweep failed: %s", exc)
            except Exception:  # a bug: logged with its traceback, the sweeper keeps going
                log.exception("stale sweep crashed")
            self.sweeps += 1

    def __enter__(self) -> Sweeper:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _station_names(db: Database, site_ids: set[int]) -> list[str]:
    marks = ", ".join("?" for _ in site_ids)
    return [
        str(r["name"])
        for r in db.query(
            f"SELECT name FROM stations WHERE site_id IN ({marks}) ORDER BY name",
            sorted(site_ids),
        )
    ]
