"""The stations' events route served as plain ASGI (admin/api/station_link.py, EventsFastPath).

It must answer exactly as FastAPI's route does, for good and bad requests alike: the same
app with the fast path taken out is the reference.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
from starlette.routing import Route

from admin.api.app import create_app
from admin.api.station_link import EventsFastPath
from admin.core.notify import Notifier
from admin.db.store import Store
from kiosk.protocol.paths import Paths
from tests.helpers.liveserver import add_site, add_station, serve_app

EVENT_ID = str(uuid.uuid4())
GOOD = {"events": [{"event_id": EVENT_ID, "seq": 1, "kind": "cleanup_done", "at": "2025-03-10"}]}


@contextmanager
def _server(db: Path, *, fast: bool) -> Iterator[httpx.Client]:
    store = Store(db)
    notifier = Notifier()
    try:
        app = create_app(store, notifier=notifier)
        first = app.router.routes[0]
        assert isinstance(first, Route) and isinstance(first.app, EventsFastPath)
        if not fast:
            app.router.routes.pop(0)
        with (
            serve_app(app, on_stop=notifier.close) as url,
            httpx.Client(base_url=url, timeout=5) as client,
        ):
            yield client
    finally:
        store.close()


def _requests(token: str) -> list[dict[str, Any]]:
    bearer = {"Authorization": f"Bearer {token}"}
    return [
        {"json": GOOD, "headers": bearer},
        {"json": GOOD, "headers": bearer},  # a replay
        {"json": GOOD},
        {"json": GOOD, "headers": {"Authorization": f"Basic {token}"}},
        {"json": GOOD, "headers": {"Authorization": "Bearer"}},
        {"json": GOOD, "headers": {"Authorization": "Bearer not-a-token"}},
        {"content": b"{not json", "headers": bearer},
        {"content": b"", "headers": bearer},
        {"json": {"events": [{"event_id": "x", "seq": 1, "kind": "nope"}]}, "headers": bearer},
        {"json": {"events": "none"}, "headers": {"Authorization": "Bearer not-a-token"}},
        {
            "content": b'{"events": []}',
            "headers": {**bearer, "Content-Type": "text/plain"},
        },
        {"json": {"events": []}, "headers": bearer},
    ]


def test_the_fast_path_answers_as_fastapis_route_does(tmp_path: Path) -> None:
    seeded = tmp_path / "seeded.db"
    add_site(seeded, "EPN Test")
    token = add_station(seeded, "FP-01", site="EPN Test")
    answers: dict[bool, list[tuple[int, Any, str | None]]] = {}
    for fast in (True, False):
        db = tmp_path / f"{fast}.db"
        shutil.copyfile(seeded, db)
        with _server(db, fast=fast) as client:
            answers[fast] = []
            for request in _requests(token):
                response = client.post(Paths.STATION_EVENTS, **request)
                answers[fast].append(
                    (response.status_code, response.json(), response.headers.get("content-type"))
                )
    assert answers[True] == answers[False]
    statuses = [status for status, _, _ in answers[True]]
    assert statuses == [200, 200, 401, 401, 401, 401, 422, 422, 422, 401, 422, 200]
    assert answers[True][0][1] == {"accepted": [EVENT_ID]}
