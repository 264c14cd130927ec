"""A station speaking the protocol over real HTTP, for the integration tests of session rules.

    rc01 = HttpStation(http, add_station(db_path, "RC-01"), "RC-01")
    grant = rc01.sign_in("2100001234").json()
    rc01.end(grant["session_id"], used=600)

Each station numbers its events itself (``seq``), as the real agent does; an event sent again
with :meth:`HttpStation.send` keeps its id, so the server sees a replay.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

import httpx

from kiosk.protocol.paths import Paths


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def error_of(response: httpx.Response) -> tuple[int, str, dict[str, Any]]:
    """(status, code, details) of a refusal."""
    body = response.json()["error"]
    return response.status_code, str(body["code"]), dict(body.get("details") or {})


@dataclass
class HttpStation:
    http: httpx.Client
    token: str
    name: str
    seq: int = field(default=0)

    @property
    def headers(self) -> dict[str, str]:
        return bearer(self.token)

    def me(self) -> dict[str, Any]:
        """GET station/me: the station is seen online now."""
        response = self.http.get(Paths.STATION_ME, headers=self.headers)
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body

    def sign_in(self, identifier: Any, pin: str | None = None) -> httpx.Response:
        return self.http.post(
            Paths.STATION_SIGN_IN, json={"identifier": identifier, "pin": pin}, headers=self.headers
        )

    def grant(self, identifier: str, pin: str | None = None) -> dict[str, Any]:
        """Sign in and expect a grant."""
        response = self.sign_in(identifier, pin)
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body

    def event(self, kind: str, **fields: Any) -> dict[str, Any]:
        self.seq += 1
        return {
            "event_id": str(uuid.uuid4()),
            "seq": self.seq,
            "kind": kind,
            "at": "2025-03-10T09:00:00",
            **fields,
        }

    def send(self, *events: dict[str, Any]) -> None:
        response = self.http.post(
            Paths.STATION_EVENTS, json={"events": list(events)}, headers=self.headers
        )
        assert response.status_code == 200, response.text
        assert response.json()["accepted"] == [e["event_id"] for e in events]

    def heartbeat(self, session_id: str, used: int, remaining: int) -> None:
        self.send(
            self.event(
                "heartbeat", session_id=session_id, used_seconds=used, remaining_seconds=remaining
            )
        )

    def end(self, session_id: str, used: int, reason: str = "visitor") -> dict[str, Any]:
        """Send a session_ended; returns the event (to send it again as a replay)."""
        ended = self.event("session_ended", session_id=session_id, used_seconds=used, reason=reason)
        self.send(ended)
        return ended

    def commands(self) -> list[dict[str, Any]]:
        """The pending commands, at once (no long-poll)."""
        response = self.http.get(
            Paths.STATION_COMMANDS, params={"after": 0, "wait": 0}, headers=self.headers
        )
        assert response.status_code == 200, response.text
        return list(response.json()["commands"])
