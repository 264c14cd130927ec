"""A station upgraded in place reads what its pydantic models wrote, and writes the same.

The station service keeps its records without pydantic now (kiosk/protocol/lite.py): the
outbox's events, the session snapshot's visitor, the offline cache's visitor and apps. Each row
here is written as the models wrote it before (``model_dump_json``, a ``TypeAdapter``'s
``dump_json``), then read by the service's code.
"""

from __future__ import annotations

import json

from pydantic import TypeAdapter

from kiosk.clock import FakeClock
from kiosk.offline import OfflineDesk, OfflinePolicy
from kiosk.outbox import Outbox
from kiosk.protocol import lite
from kiosk.protocol.preferences import VisitorPreferences
from kiosk.protocol.station import AppEntry, EndReason, Event, EventKind, Grant, VisitorInfo
from kiosk.session import SessionState
from kiosk.store import LocalStore, Snapshot

PREFERENCES = VisitorPreferences(language="nl", text_size=1.5, contrast=True)
VISITOR = VisitorInfo(
    identifier="B123", display_name="Ana", category="adult", preferences=PREFERENCES
)
APPS = [
    AppEntry(id="writer", names={"en": "Writer"}, commands={"linux": "lowriter"}),
    AppEntry(id="web", icon="firefox", processes=["firefox", "/usr/lib/firefox/firefox"]),
]


def _old_event(seq: int, kind: EventKind, **fields: object) -> Event:
    return Event(
        event_id=f"event-{seq:04d}", seq=seq, kind=kind, at="2025-01-06T09:00:00+00:00", **fields
    )


def test_events_queued_by_the_models_are_sent_as_they_were(
    store: LocalStore, outbox: Outbox
) -> None:
    old = [
        _old_event(1, EventKind.HEARTBEAT, session_id="s-1", used_seconds=60, alerts=["no_screen"]),
        _old_event(
            2, EventKind.SESSION_ENDED, session_id="s-1", used_seconds=90, reason=EndReason.IDLE
        ),
        _old_event(3, EventKind.PREFERENCES_CHANGED, session_id="s-1", preferences=PREFERENCES),
    ]
    with store.write() as db:
        for event in old:  # as Outbox._insert wrote them
            db.execute(
                "INSERT INTO outbox (event_id, kind, body, created_at) VALUES (?, ?, ?, ?)",
                [
                    event.event_id,
                    event.kind.value,
                    event.model_dump_json(exclude={"seq"}),
                    event.at,
                ],
            )
    pending = outbox.pending()
    assert pending == old
    assert pending[1].reason is EndReason.IDLE
    # and the batch the server receives is the one the models would have sent
    assert lite.write_request("EventBatch", events=pending) == {
        "events": [e.model_dump(mode="json") for e in old]
    }


def test_an_event_is_written_as_the_model_wrote_it(store: LocalStore, outbox: Outbox) -> None:
    new = outbox.append(EventKind.PREFERENCES_CHANGED, session_id="s-1", preferences=PREFERENCES)
    with store.read() as db:
        (body,) = db.execute("SELECT body FROM outbox WHERE seq = ?", [new.seq]).fetchone()
    as_model = Event(**{**json.loads(body), "seq": new.seq})
    assert json.loads(body) == json.loads(as_model.model_dump_json(exclude={"seq"}))
    assert as_model == new


def test_a_session_snapshot_of_the_models_resumes(store: LocalStore) -> None:
    state = SessionState(
        session_id="s-1",
        visitor=VISITOR,
        started_mono=1000.5,
        allowed_seconds=1800,
        thresholds=(300, 60),
        warned=frozenset({300}),
    )
    store.save_snapshot(Snapshot(state, "boot-1", 1100.0, "2025-01-06T09:00:00+00:00"))
    with store.write() as db:  # the visitor column as the model wrote it
        db.execute("UPDATE snapshot SET visitor = ?", [VISITOR.model_dump_json()])
    loaded = store.load_snapshot()
    assert loaded is not None
    assert loaded.state.visitor == VISITOR
    assert loaded.state.visitor.preferences == PREFERENCES


def test_the_offline_cache_of_the_models_still_admits(store: LocalStore, clock: FakeClock) -> None:
    desk = OfflineDesk(store, clock, OfflinePolicy(mode="cached"))
    grant = Grant(
        session_id="s-1",
        visitor=VISITOR,
        granted_seconds=3600,
        apps=APPS,
        allowance_seconds=7200,
        daily_seconds=7200,
    )
    desk.remember("B123", None, grant)
    with store.write() as db:  # the visitor and apps columns as the models wrote them
        db.execute(
            "UPDATE credentials SET visitor = ?, apps = ?",
            [
                VISITOR.model_dump_json(exclude={"identifier"}),
                TypeAdapter(list[AppEntry]).dump_json(APPS).decode(),
            ],
        )
    admitted = desk.admit("B123", None)
    assert admitted.visitor == VISITOR
    assert admitted.apps == APPS
    assert admitted.granted_seconds == 30 * 60
