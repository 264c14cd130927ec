"""The station's errors for the server: scrubbed, counted, capped, kept offline, and never in
the way of the events (kiosk/error_reports.py)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import pytest

from kiosk.clock import FakeClock
from kiosk.error_reports import (
    ERROR_LOGGER,
    KEEP_UNSENT,
    LEFT_OUT,
    REPEAT_SECONDS,
    ErrorForwarder,
    ErrorQueue,
    ErrorReportHandler,
    scrub,
)
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.http import ApiError, ServerUnreachable
from kiosk.protocol.station import EventKind
from kiosk.protocol.station_errors import ErrorReportBatch, ErrorReportsAccepted
from kiosk.store import LocalStore

log = logging.getLogger("epn.kiosk.test_errors")


@pytest.fixture
def queue(store: LocalStore, clock: FakeClock) -> ErrorQueue:
    return ErrorQueue(store, clock, per_minute=3)


@pytest.fixture
def handler(queue: ErrorQueue) -> Iterator[ErrorReportHandler]:
    handler = ErrorReportHandler(queue)
    logging.getLogger(ERROR_LOGGER).addHandler(handler)
    yield handler
    logging.getLogger(ERROR_LOGGER).removeHandler(handler)


class Server:
    """Takes the batches it is sent; an older server answers 404."""

    def __init__(self) -> None:
        self.batches: list[ErrorReportBatch] = []
        self.error: Exception | None = None

    def post(self, batch: ErrorReportBatch) -> ErrorReportsAccepted:
        if self.error is not None:
            raise self.error
        self.batches.append(batch)
        return ErrorReportsAccepted(accepted=[r.report_id for r in batch.reports])

    def counts(self) -> dict[str, int]:
        """Each message's count as the server holds it (the last one sent)."""
        held: dict[str, Any] = {}
        for batch in self.batches:
            for report in batch.reports:
                held[report.report_id] = report
        return {r.message: r.count for r in held.values()}


@pytest.mark.parametrize(
    ("message", "secret"),
    [
        ("sign-in failed for card 4000123412341234", "4000123412341234"),
        ("PIN 4321 refused", "4321"),
        ("token=abcdefABCDEF0123456789xyz rejected", "abcdefABCDEF0123456789xyz"),
        ("Authorization: Bearer s3cr3tT0kenValue", "s3cr3tT0kenValue"),
        ("session 0b8e6c1e-3f7a-4a44-9d5e-0e2b4c1a9f00 lost", "0b8e6c1e-3f7a-4a44-9d5e"),
        ("visitor identifier B123 unknown", "B123"),
        ("enrolment code: K7M2-P9QX refused", "K7M2-P9QX"),
    ],
)
def test_scrub_removes_what_identifies_someone(message: str, secret: str) -> None:
    scrubbed = scrub(message)
    assert secret not in scrubbed
    assert scrubbed[:3] == message[:3]  # what it was about stays readable


def test_scrub_keeps_an_ordinary_message() -> None:
    text = "cleanup: could not remove /home/kiosk/Downloads (pid 812)"
    assert scrub(text) == text


def test_an_error_is_queued_scrubbed_and_a_warning_is_not(
    handler: ErrorReportHandler, queue: ErrorQueue
) -> None:
    log.warning("forbidden process firefox (pid 81) killed")
    log.error("could not cache the credential of card 4000123412341234")
    try:
        raise OSError("disk full writing 4000123412341234")
    except OSError:
        log.exception("snapshot failed")
    logging.getLogger("epn.server.x").error("a server error in the same process")
    reports = queue.pending()
    assert [(r.level, r.logger, r.message) for r in reports] == [
        ("ERROR", "epn.kiosk.test_errors", "could not cache the credential of card ***"),
        ("ERROR", "epn.kiosk.test_errors", "snapshot failed (OSError)"),
    ]
    # nothing anywhere in the queue carries the card number
    with queue._store.read() as db:
        dumped = repr(list(db.query("SELECT * FROM error_reports")))
    assert "4000123412341234" not in dumped


def test_the_same_message_repeated_is_counted_not_resent(
    handler: ErrorReportHandler, queue: ErrorQueue, clock: FakeClock
) -> None:
    server = Server()
    forwarder = ErrorForwarder(queue, server.post, clock)
    for _ in range(5):
        log.error("X connection lost")
    assert [(r.message, r.count) for r in queue.pending()] == [("X connection lost", 5)]
    assert forwarder.send_once() == 1
    # repeated after it was sent: the same report, its count raised and sent again
    clock.advance(30)
    log.error("X connection lost")
    assert [r.count for r in queue.pending()] == [6]
    forwarder.send_once()
    assert server.counts() == {"X connection lost": 6}
    assert len({r.report_id for b in server.batches for r in b.reports}) == 1
    # past the repeat window it is a new report
    clock.advance(REPEAT_SECONDS + 1)
    log.error("X connection lost")
    assert [r.count for r in queue.pending()] == [1]


def test_past_the_cap_a_minute_errors_are_counted_on_one_report(
    handler: ErrorReportHandler, queue: ErrorQueue, clock: FakeClock
) -> None:
    for n in range(10):
        log.error("failure number %d", n)
    reports = queue.pending()
    assert [r.message for r in reports] == [
        "failure number 0",
        "failure number 1",
        "failure number 2",
        LEFT_OUT,
    ]
    assert reports[-1].count == 7
    clock.advance(61)  # a new minute: new messages get through again
    log.error("failure number 10")
    assert queue.pending()[-1].message == "failure number 10"


def test_an_offline_station_keeps_its_reports_and_sends_them_later(
    handler: ErrorReportHandler, store: LocalStore, clock: FakeClock
) -> None:
    server = Server()
    server.error = ServerUnreachable("offline")
    forwarder = ErrorForwarder(ErrorQueue(store, clock), server.post, clock)
    log.error("guard: psutil failed")
    assert forwarder.send_once() == 0
    # the agent restarts: a new queue over the same store still has it
    server.error = None
    assert ErrorForwarder(ErrorQueue(store, clock), server.post, clock).send_once() == 1
    assert server.counts() == {"guard: psutil failed": 1}


def test_the_unsent_reports_are_bounded(store: LocalStore, clock: FakeClock) -> None:
    queue = ErrorQueue(store, clock, per_minute=KEEP_UNSENT + 50)
    for n in range(KEEP_UNSENT + 20):
        queue.add("ERROR", "epn.kiosk.x", f"failure {n}")
    with store.read() as db:
        messages = [r["message"] for r in db.query("SELECT message FROM error_reports")]
    assert len(messages) == KEEP_UNSENT
    assert "failure 0" not in messages and f"failure {KEEP_UNSENT + 19}" in messages


def test_an_older_server_without_the_route_is_left_alone_for_an_hour(
    handler: ErrorReportHandler, queue: ErrorQueue, clock: FakeClock
) -> None:
    server = Server()
    server.error = ApiError(ErrorCode.NOT_FOUND, "Not Found", 404)
    forwarder = ErrorForwarder(queue, server.post, clock)
    log.error("lockdown: X call failed")
    assert forwarder.send_once() == 0
    server.error = None
    clock.advance(60)
    assert forwarder.send_once() == 0 and server.batches == []  # not asked again yet
    clock.advance(3600)
    assert forwarder.send_once() == 1
    assert server.counts() == {"lockdown: X call failed": 1}


def test_an_older_server_does_not_hold_up_the_station_events(
    make_agent: Any, fake_client: Any
) -> None:
    """Against a server without the route, the events flow as before and the reports wait."""
    fake_client.error_reports_error = ApiError(ErrorCode.NOT_FOUND, "Not Found", 404)
    agent = make_agent()
    agent.errors.add("ERROR", "epn.kiosk.guard", "psutil failed")
    agent.link.sync_once()
    assert agent.link.online
    assert [e.kind for e in fake_client.received] == [EventKind.HEARTBEAT]
    assert [r.message for r in agent.errors.pending()] == ["psutil failed"]
    # a server that has the route takes them at the next sync of the hour after
    fake_client.error_reports_error = None
    agent.link.sync_once()
    assert fake_client.error_reports == []


def test_the_agent_forwards_its_errors_at_its_sync(make_agent: Any, fake_client: Any) -> None:
    agent = make_agent()
    agent.start()
    try:
        logging.getLogger("epn.kiosk.cleanup").error("cleanup: could not reset /home/kiosk")
        agent.link.sync_once()
    finally:
        agent.stop()
    assert [(r.logger, r.message) for r in fake_client.error_reports] == [
        ("epn.kiosk.cleanup", "cleanup: could not reset /home/kiosk")
    ]
    # stopped: its handler is gone
    logging.getLogger("epn.kiosk.cleanup").error("after the stop")
    assert agent.errors.pending() == []
