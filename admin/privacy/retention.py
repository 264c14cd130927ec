"""The retention job: what the server keeps past the network's periods (docs/PRIVACY.md).

Once a day (:class:`RetentionSweeper`, a thread of ``epn server``) or on demand (``epn
retention run [--dry-run]``), :meth:`RetentionJob.run`:

- usage older than ``usage_months``: sessions lose their visitor (their key stays, so the
  statistics still count one visitor once); the ledger's days, charter acceptances, queue
  tickets, visitor and group holds, guest tickets' link, desk sign-in commands' card, station
  events and sign-in limits of that age go or lose the card; workshop registrations of dates
  that old keep their counts and profile, not the person;
- usage older than ``key_months``: sessions lose the key too (counted as sessions and hours,
  no longer as a visitor);
- accounts unused for ``account_months``: erased as :func:`admin.privacy.rights.erase_in`
  erases on request (staff see them a month before: :meth:`RetentionJob.upcoming`);
- audit entries older than ``audit_months``: deleted.

Every step works in small transactions (about BATCH_SECONDS of the writer each, a pause
between them), so the stations' heartbeats wait for one batch at most; meanwhile the writer has
a larger page cache and the job checkpoints the WAL in its pauses, off the write lock
(:meth:`Store.bulk`); bench/retention.py measures both. A dry run
walks the same rows without changing any. Each run is audited with its counts (no names).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from functools import partial
from typing import Any

from sqlite_utils import Database

from admin.core import audit
from admin.core.errors import StoreError
from admin.core.timeutil import Clock, from_iso, to_iso, utc_now
from admin.db.store import Store
from admin.privacy.rights import erase_in, last_use_sql
from admin.privacy.settings import Retention, months_after, months_before
from kiosk.protocol.privacy import RetentionCounts, UpcomingDeletion

log = logging.getLogger("epn.server.retention")

#: Transactions are sized by time, not rows: each holds the writer about BATCH_SECONDS (the
#: rows of the next one follow from the last one's rate, from FIRST_BATCH rows up to ``batch``).
#: Then the heartbeats' turn: the job waits until the writes queued meanwhile are committed,
#: and at least PAUSE_SECONDS and PAUSE_SHARE of the batch's time (the server's other threads
#: need the CPU too).
BATCH = 20_000
FIRST_BATCH = 200
BATCH_SECONDS = 0.01
PAUSE_SECONDS = 0.002
PAUSE_SHARE = 0.5
#: While it runs, the writer's page cache (KiB: the indexes a first run over years of sessions
#: rewrites stay in memory) and a checkpoint at most this often, in the job's pauses.
CACHE_KIB = 256 * 1024
CHECKPOINT_SECONDS = 1.0
#: How often the server's thread looks whether a day has passed since the last run.
CHECK_SECONDS = 600.0
DAY = timedelta(days=1)

# Each step: a SELECT of the next rows after a cursor (its order key, rowid), in order, and
# the statement applied to those rowids. (key, rowid) > (?, ?) walks each row once, changed
# or not, so a dry run walks the same rows.
_Step = tuple[str, str, str]  # counts' field, select (params: cur_key, cur_rowid, cutoff), apply

_SESSION_STEPS: list[_Step] = [
    (
        "sessions_pseudonymised",
        "SELECT started_at, rowid FROM sessions INDEXED BY sessions_report"
        " WHERE started_at >= ?1 AND (started_at, rowid) > (?1, ?2) AND started_at < ?3"
        " AND visitor_id IS NOT NULL AND state = 'ended' AND open_until IS NULL"
        " ORDER BY started_at, rowid LIMIT ?4",
        # a session without its key (made before m030 and missed) gets it first; only then
        # the visitor goes (the rollup's triggers watch the key, not the visitor: untouched)
        "INSERT OR IGNORE INTO visitor_keys (visitor_id, key, created_at)"
        " SELECT DISTINCT visitor_id, abs(random() % 4611686018427387903) + 1, ?2 FROM sessions"
        " WHERE rowid IN (SELECT value FROM json_each(?1)) AND visitor_key IS NULL;"
        "UPDATE sessions SET visitor_key ="
        " (SELECT key FROM visitor_keys k WHERE k.visitor_id = sessions.visitor_id)"
        " WHERE rowid IN (SELECT value FROM json_each(?1)) AND visitor_key IS NULL;"
        "UPDATE sessions SET visitor_id = NULL WHERE rowid IN (SELECT value FROM json_each(?1))",
    ),
]
#: The rollup rows of a batch's ended, keyed sessions: per month and year, site and key.
_MOVES = (
    "SELECT substr(COALESCE(s.day, substr(s.started_at, 1, 10)), 1, l.len) AS period,"
    " st.site_id AS site, -s.visitor_key AS who, COUNT(*) AS n, SUM(s.used_seconds) AS used"
    " FROM sessions s JOIN stations st ON st.id = s.station_id"
    " CROSS JOIN (SELECT 7 AS len UNION ALL SELECT 4) l"
    " WHERE s.rowid IN (SELECT value FROM json_each(?1)) AND s.state = 'ended'"
    " AND s.visitor_key IS NOT NULL GROUP BY 1, 2, 3"
)
#: The label report's rollup (m034) of the same sessions: per month and year, site, key and
#: snapshot; their sessions stay, counted as nobody's in each of their rows (the site's, each
#: breakdown's).
_LABEL_MOVES = (
    "SELECT substr(COALESCE(s.day, substr(s.started_at, 1, 10)), 1, l.len) AS period,"
    " st.site_id AS site, -s.visitor_key AS who, s.purpose, s.gender, s.age_band, s.status,"
    " s.commune, s.category, COUNT(*) AS n FROM sessions s JOIN stations st"
    " ON st.id = s.station_id CROSS JOIN (SELECT 7 AS len UNION ALL SELECT 4) l"
    " WHERE s.rowid IN (SELECT value FROM json_each(?1)) AND s.state = 'ended'"
    " AND s.visitor_key IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9"
)
_DIMENSIONS = ("gender", "age_band", "status", "commune", "category")
_LABEL_KEY_MOVES = (
    "UPDATE label_rollup SET nobody = label_rollup.nobody + m.n FROM"
    " (SELECT period, site, purpose, d.name AS dimension, CASE d.name"
    + "".join(f" WHEN '{c}' THEN {c}" for c in _DIMENSIONS)
    + " ELSE '' END AS value, SUM(n) AS n FROM ("
    + _LABEL_MOVES
    + ") CROSS JOIN (SELECT '' AS name"
    + "".join(f" UNION ALL SELECT '{c}'" for c in _DIMENSIONS)
    + ") d GROUP BY 1, 2, 3, 4, 5) m"
    " WHERE (label_rollup.period, label_rollup.site_id, label_rollup.purpose,"
    " label_rollup.dimension, label_rollup.value)"
    " = (m.period, m.site, m.purpose, m.dimension, m.value);"
    f"UPDATE label_visitors SET sessions = label_visitors.sessions - m.n FROM ({_LABEL_MOVES}) m"
    " WHERE (label_visitors.period, label_visitors.site_id, label_visitors.who,"
    " label_visitors.gender, label_visitors.age_band, label_visitors.status,"
    " label_visitors.commune, label_visitors.category)"
    " = (m.period, m.site, m.who, m.gender, m.age_band, m.status, m.commune, m.category);"
    "DELETE FROM label_visitors WHERE sessions = 0 AND (period, site_id, who) IN"
    f" (SELECT period, site, who FROM ({_LABEL_MOVES}));"
)
#: Sessions past the key's period lose visitor and key in one pass (the first run over years of
#: sessions writes each row once); the pseudonymising pass starts where this one ends.
_KEY_STEP: _Step = (
    "sessions_keys_dropped",
    "SELECT started_at, rowid FROM sessions INDEXED BY sessions_report"
    " WHERE started_at >= ?1 AND (started_at, rowid) > (?1, ?2) AND started_at < ?3"
    " AND (visitor_key IS NOT NULL OR visitor_id IS NOT NULL)"
    " AND state = 'ended' AND open_until IS NULL ORDER BY started_at, rowid LIMIT ?4",
    # the rollup (m020/m030) of the batch's keyed sessions moves from their key to 0 here,
    # once per (period, site, key): the triggers leave exactly this change to us (m030)
    f"UPDATE usage_rollup SET sessions = usage_rollup.sessions - m.n,"
    f" seconds = usage_rollup.seconds - m.used FROM ({_MOVES}) m"
    " WHERE usage_rollup.period = m.period AND usage_rollup.site_id = m.site"
    " AND usage_rollup.visitor_id = m.who;"
    f"DELETE FROM usage_rollup WHERE sessions = 0 AND (period, site_id, visitor_id) IN"
    f" (SELECT period, site, who FROM ({_MOVES}));"
    "INSERT INTO usage_rollup (period, site_id, visitor_id, sessions, seconds)"
    f" SELECT period, site, 0, SUM(n), SUM(used) FROM ({_MOVES}) GROUP BY 1, 2"
    " ON CONFLICT (period, site_id, visitor_id) DO UPDATE SET"
    " sessions = sessions + excluded.sessions, seconds = seconds + excluded.seconds;"
    f"{_LABEL_KEY_MOVES}"
    "UPDATE sessions SET visitor_id = NULL, visitor_key = NULL"
    " WHERE rowid IN (SELECT value FROM json_each(?1))",
)
#: The other rows naming a visitor, older than the usage period (cutoff: a UTC ISO time; the
#: ``day`` columns compare with its date: a local day is at most a few hours off).
_OTHER_STEPS: list[_Step] = [
    (
        "ledger_days_deleted",
        "SELECT rowid, rowid FROM visitor_usage WHERE rowid > ?2 AND day < substr(?3, 1, 10)"
        " ORDER BY rowid LIMIT ?4",
        "DELETE FROM visitor_usage WHERE rowid IN (SELECT value FROM json_each(?1))",
    ),
    (
        "charter_acceptances_deleted",
        "SELECT rowid, rowid FROM charter_acceptances WHERE rowid > ?2"
        " AND day < substr(?3, 1, 10) ORDER BY rowid LIMIT ?4",
        "DELETE FROM charter_acceptances WHERE rowid IN (SELECT value FROM json_each(?1))",
    ),
    (
        "registrations_anonymised",
        "SELECT r.id, r.id FROM workshop_registrations r WHERE r.id > ?2"
        " AND (r.visitor_id IS NOT NULL OR r.name <> '')"
        " AND COALESCE((SELECT d.ends_at FROM workshop_dates d WHERE d.id = r.date_id),"
        "  (SELECT MAX(d.ends_at) FROM workshop_dates d WHERE d.workshop_id = r.workshop_id),"
        "  r.created_at) < ?3 ORDER BY r.id LIMIT ?4",
        "UPDATE workshop_registrations SET visitor_id = NULL, name = ''"
        " WHERE id IN (SELECT value FROM json_each(?1))",
    ),
    (
        "holds_deleted",
        "SELECT id, id FROM station_holds WHERE id > ?2 AND ends_at < ?3"
        " AND kind IN ('visitor', 'group', 'queue') ORDER BY id LIMIT ?4",
        "DELETE FROM hold_visitors WHERE booking IN (SELECT booking FROM station_holds"
        " WHERE id IN (SELECT value FROM json_each(?1)));"
        "DELETE FROM station_holds WHERE id IN (SELECT value FROM json_each(?1))",
    ),
    (
        "queue_tickets_deleted",
        "SELECT id, id FROM queue_tickets WHERE id > ?2 AND day < substr(?3, 1, 10)"
        " AND state NOT IN ('waiting', 'called') ORDER BY id LIMIT ?4",
        "DELETE FROM queue_tickets WHERE id IN (SELECT value FROM json_each(?1))",
    ),
    (
        "tickets_unlinked",
        "SELECT id, id FROM tickets WHERE id > ?2 AND visitor_id IS NOT NULL"
        " AND created_at < ?3 ORDER BY id LIMIT ?4",
        "UPDATE tickets SET visitor_id = NULL WHERE id IN (SELECT value FROM json_each(?1))",
    ),
    (
        "commands_cleared",
        "SELECT id, id FROM commands WHERE id > ?2 AND created_at < ?3"
        " AND (identifier IS NOT NULL OR grant_body IS NOT NULL) ORDER BY id LIMIT ?4",
        "UPDATE commands SET identifier = NULL, grant_body = NULL"
        " WHERE id IN (SELECT value FROM json_each(?1))",
    ),
    (
        "events_deleted",
        "SELECT rowid, rowid FROM events WHERE rowid > ?2 AND received_at < ?3"
        " ORDER BY rowid LIMIT ?4",
        "DELETE FROM events WHERE rowid IN (SELECT value FROM json_each(?1))",
    ),
    (
        "lockouts_deleted",
        "SELECT last_failure_at, id FROM lockouts"
        " WHERE last_failure_at >= ?1 AND (last_failure_at, id) > (?1, ?2)"
        " AND last_failure_at < ?3 ORDER BY last_failure_at, id LIMIT ?4",
        "DELETE FROM lockouts WHERE id IN (SELECT value FROM json_each(?1))",
    ),
]
_AUDIT_STEP: _Step = (
    "audit_deleted",
    "SELECT at, id FROM audit WHERE at >= ?1 AND (at, id) > (?1, ?2) AND at < ?3"
    " ORDER BY at, id LIMIT ?4",
    "DELETE FROM audit WHERE id IN (SELECT value FROM json_each(?1))",
)


class RetentionJob:
    """One network's retention, over one store and clock."""

    def __init__(
        self,
        store: Store,
        settings: Retention,
        clock: Clock = utc_now,
        *,
        batch: int = BATCH,
        pause: float = PAUSE_SECONDS,
        sleep: Callable[[float], None] = time.sleep,
        batch_seconds: float = BATCH_SECONDS,
        timer: Callable[[], float] = time.perf_counter,
    ) -> None:
        self._store = store
        self.settings = settings.checked()
        self._clock = clock
        self._batch = batch
        self._pause = pause
        self._sleep = sleep
        self._batch_seconds = batch_seconds
        self._timer = timer
        self._checkpointed = 0.0
        self._took: dict[str, float] = {}  # seconds per step of the last run

    def run(self, *, dry_run: bool = False) -> RetentionCounts:
        """Apply the periods now (or only count, ``dry_run``); logged and audited."""
        if dry_run:
            return self._run(dry_run=True)
        with self._store.bulk(CACHE_KIB):
            self._checkpointed = self._timer()
            return self._run(dry_run=False)

    @property
    def step_seconds(self) -> dict[str, float]:
        """How long each step of the last run took (its pauses included)."""
        return dict(self._took)

    def _run(self, *, dry_run: bool) -> RetentionCounts:
        now = self._clock()
        self._took = {}
        settings = self.settings
        usage_cut = to_iso(months_before(now, settings.usage_months))
        counts = RetentionCounts()
        started = time.perf_counter()
        key_cut = to_iso(months_before(now, settings.key_months))
        self._walk(_KEY_STEP, key_cut, counts, dry_run)
        for step in _SESSION_STEPS:
            self._walk(step, usage_cut, counts, dry_run, to_iso(now), start=key_cut)
        for step in _OTHER_STEPS:
            self._walk(step, usage_cut, counts, dry_run)
        for visitor_id in self._unused_accounts(now):
            if not dry_run:
                self._store.write(partial(_erase_unused, visitor=visitor_id, now=now))
                self._sleep(self._pause)
            counts.accounts_deleted += 1
        self._walk(_AUDIT_STEP, to_iso(months_before(now, settings.audit_months)), counts, dry_run)
        done = {k: v for k, v in counts.model_dump().items() if v}
        log.info(
            "retention %s in %.1f s: %s",
            "dry run" if dry_run else "run",
            time.perf_counter() - started,
            ", ".join(
                f"{k} {v}" + (f" ({self._took[k]:.1f} s)" if k in self._took else "")
                for k, v in done.items()
            )
            or "nothing to do",
        )
        if not dry_run:
            self._store.write(
                lambda db: audit.record(
                    db,
                    at=to_iso(now),
                    staff_id=None,
                    action="retention.run",
                    target="retention",
                    after={"settings": settings.view().model_dump(), "counts": done},
                )
            )
        return counts

    def upcoming(self, within: timedelta | None = None) -> list[UpcomingDeletion]:
        """The accounts the job erases from now to a month ahead (or ``within``), soonest first."""
        now = self._clock()
        horizon = months_after(now, 1) if within is None else now + within
        rows = self._store.read(lambda db: _last_uses(db))
        found = []
        for row in rows:
            due = months_after(_as_time(row["last_use"]), self.settings.account_months)
            if now < due <= horizon and not row["in_session"]:
                found.append(
                    UpcomingDeletion(
                        identifier=row["identifier"],
                        display_name=row["display_name"],
                        last_use=row["last_use"],
                        deleted_from=to_iso(due),
                    )
                )
        return sorted(found, key=lambda u: (u.deleted_from, u.identifier))

    def _unused_accounts(self, now: datetime) -> list[int]:
        rows = self._store.read(lambda db: _last_uses(db))
        months = self.settings.account_months
        return [
            int(row["id"])
            for row in rows
            if not row["in_session"] and months_after(_as_time(row["last_use"]), months) <= now
        ]

    def _walk(
        self,
        step: _Step,
        cutoff: str,
        counts: RetentionCounts,
        dry_run: bool,
        now: str = "",
        start: str = "",
    ) -> None:
        field, select, apply = step
        began_step = self._timer()
        cursor: tuple[Any, int] = (start, 0)
        rows_next = min(FIRST_BATCH, self._batch)

        def batch(db: Database) -> tuple[Any, int] | None:
            rows = db.execute(select, [cursor[0], cursor[1], cutoff, rows_next]).fetchall()
            if not rows:
                return None
            if not dry_run:
                ids = "[" + ",".join(str(int(r[1])) for r in rows) + "]"
                for statement in apply.split(";"):
                    db.execute(statement, [ids, now] if "?2" in statement else [ids])
            setattr(counts, field, getattr(counts, field) + len(rows))
            last = rows[-1]
            return (last[0], int(last[1]))

        while True:
            began = self._timer()
            moved = self._store.read(batch) if dry_run else self._store.write(batch)
            if moved is None:
                self._took[field] = self._took.get(field, 0.0) + self._timer() - began_step
                return
            cursor = moved
            took = self._timer() - began
            rows_next = next_batch(rows_next, took, self._batch_seconds, self._batch)
            if not self._pause:
                continue
            resume = self._timer() + max(self._pause, took * PAUSE_SHARE)
            if not dry_run:
                # the writes queued behind this batch (heartbeats) go first, committed
                self._store.submit(_nothing).result()
                if self._timer() - self._checkpointed >= CHECKPOINT_SECONDS:
                    self._store.checkpoint()  # in the pause: the heartbeats write meanwhile
                    self._checkpointed = self._timer()
            left = resume - self._timer()
            if left > 0:
                self._sleep(left)


def _nothing(db: Database) -> None:
    return None


def next_batch(rows: int, took: float, target: float, most: int) -> int:
    """The rows of the next transaction: as many as ``target`` seconds hold at the last one's
    rate, at most twice the last (a rate measured on few rows is rough) and ``most``."""
    if took <= 0:
        return min(most, rows * 2)
    return max(1, min(most, rows * 2, int(rows * target / took)))


def _erase_unused(db: Database, *, visitor: int, now: datetime) -> None:
    erase_in(db, visitor, now, staff_id=None, log_it=False)  # the run's entry counts them


def _last_uses(db: Database) -> Sequence[dict[str, Any]]:
    return list(db.query(last_use_sql()))


def _as_time(text: str) -> datetime:
    return from_iso(text)


class RetentionSweeper:
    """A thread of ``epn server`` running the job once a day (the first time an hour after
    start, so a restart loop does not run it again and again)."""

    def __init__(
        self, job: RetentionJob, clock: Clock = utc_now, check: float = CHECK_SECONDS
    ) -> None:
        self._job = job
        self._clock = clock
        self._check = check
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._next = clock() + timedelta(hours=1)

    def due(self) -> bool:
        return self._clock() >= self._next

    def run_if_due(self) -> RetentionCounts | None:
        if not self.due():
            return None
        self._next = self._clock() + DAY
        return self._job.run()

    def start(self) -> RetentionSweeper:
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name="retention", daemon=True)
            self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _loop(self) -> None:
        while not self._stop.wait(self._check):
            try:
                self.run_if_due()
            except StoreError as exc:  # busy or full: tomorrow's run does it
                log.warning("retention run failed: %s", exc)
            except Exception:  # a bug: logged with its traceback, the server keeps going
                log.exception("retention run crashed")
