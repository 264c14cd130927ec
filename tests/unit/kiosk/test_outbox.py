"""The outbox: ordered, durable, exactly the events queued."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from kiosk.clock import FakeClock
from kiosk.outbox import Outbox
from kiosk.protocol.station import EndReason, EventKind
from kiosk.store import LocalStore


def test_append_assigns_ids_sequence_and_time(outbox: Outbox, clock: FakeClock) -> None:
    first = outbox.append(EventKind.HEARTBEAT, session_id=None)
    clock.advance(5)
    second = outbox.append(
        EventKind.SESSION_ENDED, session_id="s-1", used_seconds=12, reason=EndReason.VISITOR
    )
    assert second.seq == first.seq + 1
    assert first.event_id != second.event_id and len(first.event_id) == 36
    assert (first.at, second.at) == ("2025-01-06T09:00:00+00:00", "2025-01-06T09:00:05+00:00")
    assert second.reason is EndReason.VISITOR


def test_pending_in_seq_order_and_mark_sent(outbox: Outbox) -> None:
    events = [
        outbox.append(EventKind.COMMAND_APPLIED, command_id=i, session_id="s", ok=True)
        for i in range(5)
    ]
    assert outbox.pending() == events
    assert outbox.pending(limit=2) == events[:2]
    assert outbox.mark_sent([events[0].event_id, events[2].event_id]) == 2
    assert outbox.mark_sent([events[0].event_id, "not-an-event"]) == 0
    assert [e.command_id for e in outbox.pending()] == [1, 3, 4]
    assert outbox.pending_count() == 3


def test_events_survive_reopening(store: LocalStore, db_path: Path, clock: FakeClock) -> None:
    queued = [
        Outbox(store, clock).append(EventKind.COMMAND_APPLIED, command_id=i, ok=False)
        for i in range(3)
    ]
    store.close()
    reopened = LocalStore(db_path)
    try:
        assert Outbox(reopened, clock).pending() == queued
    finally:
        reopened.close()


def test_heartbeats_coalesce_per_session(outbox: Outbox) -> None:
    outbox.append_heartbeat(session_id=None)
    outbox.append_heartbeat(session_id="s-1", used_seconds=10, remaining_seconds=50)
    ended = outbox.append(
        EventKind.SESSION_ENDED, session_id="s-1", used_seconds=20, reason=EndReason.STAFF
    )
    latest = outbox.append_heartbeat(session_id="s-1", used_seconds=20, remaining_seconds=40)
    free = outbox.append_heartbeat(session_id=None)
    assert outbox.pending() == [ended, latest, free]


def test_sent_heartbeats_are_not_replaced(outbox: Outbox) -> None:
    sent = outbox.append_heartbeat(session_id="s-1", used_seconds=1, remaining_seconds=9)
    outbox.mark_sent([sent.event_id])
    newer = outbox.append_heartbeat(session_id="s-1", used_seconds=2, remaining_seconds=8)
    assert outbox.pending() == [newer]
    assert newer.seq > sent.seq


def test_prune_keeps_recent_sent_events_and_never_reuses_a_seq(outbox: Outbox) -> None:
    events = [outbox.append(EventKind.HEARTBEAT) for _ in range(5)]
    outbox.mark_sent(e.event_id for e in events[:4])
    assert outbox.prune(keep=1) == 3
    assert outbox.pending() == [events[4]]
    outbox.mark_sent([events[4].event_id])
    assert outbox.prune(keep=0) == 2
    assert outbox.append(EventKind.HEARTBEAT).seq == events[-1].seq + 1


def test_a_malformed_event_is_not_queued(outbox: Outbox) -> None:
    with pytest.raises(ValueError):  # the schema's LiteError
        outbox.append(EventKind.HEARTBEAT, used_seconds=-1)
    assert outbox.pending() == []


def test_concurrent_appends_get_distinct_increasing_seqs(outbox: Outbox) -> None:
    def work() -> None:
        for _ in range(20):
            outbox.append(EventKind.HEARTBEAT)

    threads = [threading.Thread(target=work, name=f"appender-{i}") for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seqs = [e.seq for e in outbox.pending(limit=500)]
    assert len(seqs) == 80
    assert seqs == sorted(set(seqs))
