"""The stations' events route served as plain ASGI: EventsFastPath (admin/api/station_link.py)
ahead of FastAPI's route, and StationLane (admin/api/app.py) ahead of the middlewares.

Both must answer exactly as FastAPI's route does, for good and bad requests alike: the same
app with them taken out is the reference.
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

from admin.api.app import StationLane, create_app
from admin.api.station_link import EventsFastPath
from admin.core.notify import Notifier
from admin.db.store import Store
from kiosk.protocol.paths import Paths
from tests.helpers.liveserver import add_site, add_station, serve_app

EVENT_ID = str(uuid.uuid4())
SET_BY_UVICORN = {"date", "server"}
GOOD = {"events": [{"event_id": EVENT_ID, "seq": 1, "kind": "cleanup_done", "at": "2025-03-10"}]}


#: The lane (no access log: nothing observes each request), the route, FastAPI's route alone.
WAYS = ("lane", "route", "fastapi")


@contextmanager
def _server(db: Path, way: str) -> Iterator[httpx.Client]:
    store = Store(db)
    notifier = Notifier()
    try:
        app = create_app(store, notifier=notifier, access_log=way != "lane")
        first = app.router.routes[0]
        assert isinstance(first, Route) and isinstance(first.app, EventsFastPath)
        lanes = [m for m in app.user_middleware if m.cls is StationLane]
        assert len(lanes) == (1 if way == "lane" else 0)
        if way == "fastapi":
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
        {"content": b" " * (70 * 1024) + b'{"events": []}', "headers": bearer},  # too large
    ]


def test_the_fast_path_answers_as_fastapis_route_does(tmp_path: Path) -> None:
    seeded = tmp_path / "seeded.db"
    add_site(seeded, "EPN Test")
    token = add_station(seeded, "FP-01", site="EPN Test")
    answers: dict[str, list[tuple[int, Any, list[tuple[str, str]]]]] = {}
    for way in WAYS:
        db = tmp_path / f"{way}.db"
        shutil.copyfile(seeded, db)
        with _server(db, way) as client:
            answers[way] = []
            for request in _requests(token):
                response = client.post(Paths.STATION_EVENTS, **request)
                headers = [(k, v) for k, v in response.headers.items() if k not in SET_BY_UVICORN]
                answers[way].append((response.status_code, response.json(), headers))
    assert answers["lane"] == answers["fastapi"]
    assert answers["route"] == answers["fastapi"]
    statuses = [status for status, _, _ in answers["lane"]]
    assert statuses == [200, 200, 401, 401, 401, 401, 422, 422, 422, 401, 422, 200, 413]
    assert answers["lane"][0][1] == {"accepted": [EVENT_ID]}
