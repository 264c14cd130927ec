"""The station's own errors, queued on disk and forwarded to the server for staff.

:class:`ErrorReportHandler` is a logging handler on the ``epn.kiosk`` logger (the station's
own: not the server's or the screen's, which share a process with it in ``epn demo``): every
record of an ``epn.kiosk.*`` logger at ERROR or above (warnings are left out: the station warns of every
forbidden program and every retry, which the server already learns otherwise) becomes a
report in the local store's ``error_reports`` table, through :class:`ErrorQueue`:

- **scrubbed** (:func:`scrub`): digit runs (card numbers, PINs), long letter-and-digit runs
  (tokens), UUIDs (session ids) and the value after ``token=``/``pin=``/... are replaced
  before anything is written; the station's messages should already avoid them;
- **de-duplicated**: the same level, logger and message within :data:`REPEAT_SECONDS` raise
  the count of one report (sent again with its new count) rather than adding reports;
- **rate-limited**: at most ``per_minute`` new reports a minute; past it, one report counts
  what was left out;
- **bounded**: at most :data:`KEEP_UNSENT` unsent reports (the oldest go first), so a station
  offline for weeks keeps a useful tail, not a full disk.

:class:`ErrorForwarder` sends the unsent reports after the event outbox (kiosk/link.py). An
older server without the route answers 404: the forwarder then waits
:data:`UNSUPPORTED_RETRY_SECONDS` before asking again, and the events are never held up.
"""

from __future__ import annotations

import logging
import re
import threading
import uuid
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from kiosk.clock import Clock
from kiosk.protocol import lite
from kiosk.protocol.http import ApiError, ClientError
from kiosk.protocol.limits import MAX_ERROR_MESSAGE_LENGTH, MAX_ERROR_REPORTS, MAX_LOGGER_LENGTH
from kiosk.store import LocalStore

if TYPE_CHECKING:  # records of kiosk/protocol/lite.py at run time (the models name them)
    from kiosk.protocol.station_errors import ErrorReport, ErrorReportBatch, ErrorReportsAccepted

log = logging.getLogger("epn.kiosk.error_reports")

#: The logger whose records (and its children's) are forwarded.
ERROR_LOGGER = "epn.kiosk"

#: The same message within this many seconds is counted on one report.
REPEAT_SECONDS = 600.0
#: New reports a minute, at most; the rest are counted on one "left out" report.
PER_MINUTE = 10
#: Unsent reports kept; sent ones kept for diagnosis.
KEEP_UNSENT = 500
KEEP_SENT = 200
#: How long an older server (no route: 404) is left alone before the forwarder asks again.
UNSUPPORTED_RETRY_SECONDS = 3600.0
#: The message of the report that counts what the rate limit left out.
LEFT_OUT = "more errors than the station forwards a minute: not forwarded"

_SCRUBBERS = [
    # key=value, key: value for what must never leave the station
    (
        re.compile(
            r"(?i)\b(token|pin|password|passwd|secret|identifier|card|code|bearer|authorization)"
            r"(\s*[=:]\s*|\s+)(['\"]?)[^\s'\",;)]+"
        ),
        r"\1\2\3***",
    ),
    (re.compile(r"(?i)\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b"), "<id>"),
    # a run of 16+ letters, digits, -, _ with at least one digit: a token or a hash
    (re.compile(r"\b(?=[A-Za-z_\-]*\d)[A-Za-z0-9_\-]{16,}\b"), "<token>"),
    # 4+ digits in a row (a card number, a PIN, a barcode); shorter numbers (pids of 3
    # digits, counts) stay readable
    (re.compile(r"\d{4,}"), "<n>"),
]


def scrub(text: str) -> str:
    """``text`` without anything shaped like a card number, a PIN, a token or an identifier."""
    for pattern, replacement in _SCRUBBERS:
        text = pattern.sub(replacement, text)
    return text


def _cut(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"


class ErrorQueue:
    """The unsent reports in the local store, de-duplicated and rate-limited as they come."""

    def __init__(self, store: LocalStore, clock: Clock, *, per_minute: int = PER_MINUTE) -> None:
        self._store = store
        self._clock = clock
        self._per_minute = per_minute
        self._lock = threading.Lock()
        #: (level, logger, message) -> (report id, monotonic time of its first record)
        self._recent: dict[tuple[str, str, str], tuple[str, float]] = {}
        self._minute_start = float("-inf")
        self._minute_count = 0

    def add(self, level: str, logger: str, message: str) -> None:
        """Queue one record (scrubbed here); it is on disk when this returns."""
        key = (
            level,
            _cut(logger, MAX_LOGGER_LENGTH),
            _cut(scrub(message), MAX_ERROR_MESSAGE_LENGTH),
        )
        now = self._clock.monotonic()
        with self._lock:
            self._forget_before(now - REPEAT_SECONDS)
            if key not in self._recent:
                if now - self._minute_start >= 60.0:
                    self._minute_start, self._minute_count = now, 0
                if self._minute_count >= self._per_minute:
                    key = ("WARNING", log.name, LEFT_OUT)
                else:
                    self._minute_count += 1
            if not self._count_again(key, now):
                self._insert(key, now)

    def _forget_before(self, limit: float) -> None:
        for key in [k for k, (_, first) in self._recent.items() if first < limit]:
            del self._recent[key]

    def _count_again(self, key: tuple[str, str, str], now: float) -> bool:
        known = self._recent.get(key)
        if known is None:
            return False
        with self._store.write() as db:
            cursor = db.execute(
                "UPDATE error_reports SET count = count + 1, sent_at = NULL,"
                " seq = (SELECT coalesce(max(seq), 0) + 1 FROM error_reports)"
                " WHERE report_id = ?",
                [known[0]],
            )
        return cursor.rowcount > 0

    def _insert(self, key: tuple[str, str, str], now: float) -> None:
        report_id = str(uuid.uuid4())
        level, logger, message = key
        with self._store.write() as db:
            db.execute(
                "INSERT INTO error_reports (report_id, seq, at, level, logger, message, count)"
                " VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM error_reports), ?, ?, ?, ?, 1)",
                [report_id, self._clock.now().isoformat(), level, logger, message],
            )
            db.execute(
                "DELETE FROM error_reports WHERE sent_at IS NULL AND seq NOT IN ("
                " SELECT seq FROM error_reports WHERE sent_at IS NULL ORDER BY seq DESC LIMIT ?)",
                [KEEP_UNSENT],
            )
        self._recent[key] = (report_id, now)

    def pending(self, limit: int = MAX_ERROR_REPORTS) -> list[ErrorReport]:
        """Unsent reports (or raised counts), oldest first."""
        with self._store.read() as db:
            rows = list(
                db.query(
                    "SELECT report_id, at, level, logger, message, count FROM error_reports"
                    " WHERE sent_at IS NULL ORDER BY seq LIMIT ?",
                    [limit],
                )
            )
        return [lite.read_record("ErrorReport", dict(row)) for row in rows]

    def mark_sent(self, report_ids: Iterable[str], counts: dict[str, int]) -> int:
        """The server holds these reports at ``counts``; a count raised since stays unsent."""
        sent_at = self._clock.now().isoformat()
        marked = 0
        with self._store.write() as db:
            for report_id in report_ids:
                cursor = db.execute(
                    "UPDATE error_reports SET sent_at = ?"
                    " WHERE report_id = ? AND sent_at IS NULL AND count = ?",
                    [sent_at, report_id, counts.get(report_id, 0)],
                )
                marked += cursor.rowcount
            db.execute(
                "DELETE FROM error_reports WHERE sent_at IS NOT NULL AND seq NOT IN ("
                " SELECT seq FROM error_reports WHERE sent_at IS NOT NULL"
                " ORDER BY seq DESC LIMIT ?)",
                [KEEP_SENT],
            )
        return marked


class ErrorReportHandler(logging.Handler):
    """Puts the station's error records into an :class:`ErrorQueue` (attach to ERROR_LOGGER)."""

    def __init__(self, queue: ErrorQueue, level: int = logging.ERROR) -> None:
        super().__init__(level)
        self._queue = queue
        self._busy = threading.local()

    def emit(self, record: logging.LogRecord) -> None:
        if getattr(self._busy, "on", False):
            return  # an error while queueing an error: never loop
        self._busy.on = True
        try:
            message = record.getMessage()
            if record.exc_info and record.exc_info[0] is not None:
                # the exception's type, not its text or traceback: those may carry values
                message = f"{message} ({record.exc_info[0].__name__})"
            self._queue.add(record.levelname, record.name, message)
        except Exception:
            pass
        finally:
            self._busy.on = False


class ErrorForwarder:
    """Sends the queued reports to the server, when it has the route (see module docstring)."""

    def __init__(
        self,
        queue: ErrorQueue,
        post: Callable[[ErrorReportBatch], ErrorReportsAccepted],
        clock: Clock,
    ) -> None:
        self._queue = queue
        self._post = post
        self._clock = clock
        self._unsupported_until = float("-inf")
        self._sending = threading.Lock()

    def send_once(self) -> int:
        """Send what is queued; how many reports the server now holds. Never raises a
        ClientError: the next sync tries again."""
        # one sender at a time: the sync thread and a sync asked from elsewhere (a wake-up)
        # would post the same reports twice (harmless to the server, which keeps each once)
        with self._sending:
            return self._send_locked()

    def _send_locked(self) -> int:
        if self._clock.monotonic() < self._unsupported_until:
            return 0
        sent = 0
        while True:
            reports = self._queue.pending()
            if not reports:
                return sent
            try:
                batch: ErrorReportBatch = lite.station_record("ErrorReportBatch", reports=reports)
                accepted = self._post(batch)
            except ApiError as exc:
                if exc.status in (404, 405):
                    self._unsupported_until = self._clock.monotonic() + UNSUPPORTED_RETRY_SECONDS
                    log.info("the server does not take error reports (an older version)")
                else:
                    log.info("error reports refused (%s); kept for later", exc.code)
                return sent
            except ClientError:
                return sent
            counts = {r.report_id: r.count for r in reports}
            marked = self._queue.mark_sent(accepted.accepted, counts)
            sent += marked
            if marked == 0:
                return sent
