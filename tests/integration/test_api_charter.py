"""The site's rules over HTTP: asked once a day per visitor, recorded once, configurable per
site; and the details of refusals the kiosk turns into sentences (admin/sites/charters.py)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from admin.db.store import Store
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.paths import Paths
from kiosk.protocol.station import EventKind
from tests.helpers.clock import FakeClock
from tests.helpers.liveserver import add_staff, add_station, add_visitor, set_policy

SITE = "EPN Test"  # tests/integration/conftest.py
PASSWORD = "bibliotheque"
VISITOR = "2100001234"
RULES = {
    "fr": "Respectez le matériel.\n\nPas de nourriture.",
    "nl": "Respecteer het materiaal.",
    "en": "Take care of the computers.",
}


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def http(base_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, timeout=15) as client:
        yield client


@pytest.fixture
def admin(http: httpx.Client, db_path: Path) -> dict[str, str]:
    add_staff(db_path, "admin", PASSWORD, role="admin")
    response = http.post(Paths.AUTH_LOGIN, json={"username": "admin", "password": PASSWORD})
    assert response.status_code == 200, response.text
    return bearer(response.json()["token"])


@pytest.fixture
def station(db_path: Path) -> dict[str, str]:
    return bearer(add_station(db_path, "RC-01"))


@pytest.fixture
def site_id(http: httpx.Client, admin: dict[str, str]) -> int:
    sites = http.get(Paths.SITES, headers=admin).json()["sites"]
    return int(next(site["id"] for site in sites if site["name"] == SITE))


def put_texts(http: httpx.Client, admin: dict[str, str], site_id: int, **texts: Any) -> None:
    response = http.put(Paths.site(site_id, "texts"), json=texts, headers=admin)
    assert response.status_code == 200, response.text


def sign_in(http: httpx.Client, station: dict[str, str], identifier: str) -> dict[str, Any]:
    response = http.post(Paths.STATION_SIGN_IN, json={"identifier": identifier}, headers=station)
    assert response.status_code == 200, response.text
    grant: dict[str, Any] = response.json()
    return grant


def post_event(
    http: httpx.Client,
    station: dict[str, str],
    kind: EventKind,
    seq: int,
    clock: FakeClock,
    event_id: str | None = None,
    **fields: Any,
) -> None:
    event = {
        "event_id": event_id or str(uuid.uuid4()),
        "seq": seq,
        "kind": kind,
        "at": clock().isoformat(),
        **fields,
    }
    response = http.post(Paths.STATION_EVENTS, json={"events": [event]}, headers=station)
    assert response.status_code == 200, response.text


def acceptances(db_path: Path) -> list[dict[str, Any]]:
    with Store(db_path) as store:
        return store.read(
            lambda db: list(db.query("SELECT * FROM charter_acceptances ORDER BY day"))
        )


def end(http: httpx.Client, station: dict[str, str], clock: FakeClock, seq: int, sid: str) -> None:
    post_event(
        http, station, EventKind.SESSION_ENDED, seq, clock, session_id=sid, used_seconds=60,
        reason="visitor",
    )  # fmt: skip


def test_first_session_of_the_day_asks_and_the_acceptance_counts_once(
    http: httpx.Client,
    admin: dict[str, str],
    station: dict[str, str],
    site_id: int,
    db_path: Path,
    clock: FakeClock,
) -> None:
    add_visitor(db_path, VISITOR)
    put_texts(http, admin, site_id, charter=RULES)

    first = sign_in(http, station, VISITOR)
    assert first["charter"] == RULES
    accepted_id = str(uuid.uuid4())
    post_event(
        http, station, EventKind.CHARTER_ACCEPTED, 1, clock, accepted_id,
        session_id=first["session_id"],
    )  # fmt: skip
    # a replay of the same event, and a second acceptance the same day: still one row
    post_event(
        http, station, EventKind.CHARTER_ACCEPTED, 1, clock, accepted_id,
        session_id=first["session_id"],
    )  # fmt: skip
    post_event(http, station, EventKind.CHARTER_ACCEPTED, 2, clock, session_id=first["session_id"])
    rows = acceptances(db_path)
    assert [(row["day"], row["session_id"]) for row in rows] == [
        ("2025-03-10", first["session_id"])
    ]
    end(http, station, clock, 3, first["session_id"])

    clock.advance(hours=2)
    second = sign_in(http, station, VISITOR)
    assert second["charter"] is None
    end(http, station, clock, 4, second["session_id"])

    clock.advance(days=1)  # Tuesday: asked again
    third = sign_in(http, station, VISITOR)
    assert third["charter"] == RULES


def test_rules_not_accepted_are_asked_again(
    http: httpx.Client,
    admin: dict[str, str],
    station: dict[str, str],
    site_id: int,
    db_path: Path,
    clock: FakeClock,
) -> None:
    add_visitor(db_path, VISITOR)
    put_texts(http, admin, site_id, charter={"fr": RULES["fr"]})
    first = sign_in(http, station, VISITOR)
    assert first["charter"] == {"fr": RULES["fr"]}
    end(http, station, clock, 1, first["session_id"])  # refused: the session ended
    assert sign_in(http, station, VISITOR)["charter"] == {"fr": RULES["fr"]}
    assert acceptances(db_path) == []


def test_day_of_acceptance_is_the_sites_local_day(
    http: httpx.Client,
    admin: dict[str, str],
    station: dict[str, str],
    site_id: int,
    db_path: Path,
    clock: FakeClock,
) -> None:
    add_visitor(db_path, VISITOR)
    put_texts(http, admin, site_id, charter=RULES)
    clock.advance(hours=15, minutes=30)  # 23:30 UTC on Monday: already Tuesday in Brussels
    grant = sign_in(http, station, VISITOR)
    post_event(http, station, EventKind.CHARTER_ACCEPTED, 1, clock, session_id=grant["session_id"])
    assert [row["day"] for row in acceptances(db_path)] == ["2025-03-11"]


@pytest.mark.parametrize(
    ("texts", "asked"),
    [
        ({"charter": RULES, "charter_required": False}, False),
        ({"charter": RULES, "charter_required": True}, True),
        ({"charter": RULES}, True),  # by default: asked when there is a charter text
        ({"message": {"fr": "Bienvenue"}, "charter_required": True}, False),  # nothing to read
    ],
)
def test_site_setting_decides(
    http: httpx.Client,
    admin: dict[str, str],
    station: dict[str, str],
    site_id: int,
    db_path: Path,
    texts: dict[str, Any],
    asked: bool,
) -> None:
    add_visitor(db_path, VISITOR)
    put_texts(http, admin, site_id, **texts)
    assert (sign_in(http, station, VISITOR)["charter"] is not None) is asked
    stored = http.get(Paths.site(site_id, "texts"), headers=admin).json()
    assert stored["charter_required"] == texts.get("charter_required")


def test_guests_accept_the_rules_every_session(
    http: httpx.Client,
    admin: dict[str, str],
    station: dict[str, str],
    site_id: int,
    clock: FakeClock,
) -> None:
    put_texts(http, admin, site_id, charter=RULES)
    batch = http.post(
        Paths.TICKETS, json={"site": SITE, "count": 2, "minutes": 30}, headers=admin
    ).json()
    first, second = (ticket["code"] for ticket in batch["tickets"])
    guest = sign_in(http, station, first)
    assert guest["charter"] == RULES
    post_event(http, station, EventKind.CHARTER_ACCEPTED, 1, clock, session_id=guest["session_id"])
    end(http, station, clock, 2, guest["session_id"])
    assert sign_in(http, station, second)["charter"] == RULES


def test_acceptance_of_another_stations_session_is_not_recorded(
    http: httpx.Client,
    admin: dict[str, str],
    station: dict[str, str],
    site_id: int,
    db_path: Path,
    clock: FakeClock,
) -> None:
    add_visitor(db_path, VISITOR)
    put_texts(http, admin, site_id, charter=RULES)
    grant = sign_in(http, station, VISITOR)
    other = bearer(add_station(db_path, "RC-02"))
    post_event(http, other, EventKind.CHARTER_ACCEPTED, 1, clock, session_id=grant["session_id"])
    assert acceptances(db_path) == []


# --- details of refusals (the kiosk fills them into its sentences) ---------------------------


def test_no_time_left_says_when_the_site_opens_with_time_back(
    http: httpx.Client, admin: dict[str, str], station: dict[str, str], site_id: int, db_path: Path
) -> None:
    set_policy(db_path, "*", session_minutes=60, daily_minutes=0, weekly_minutes=600)
    add_visitor(db_path, VISITOR)
    week = {day: ["09:00-18:00"] for day in ("mon", "tue", "wed", "thu", "fri")}
    response = http.put(Paths.site(site_id, "hours"), json={"weekly": week}, headers=admin)
    assert response.status_code == 200, response.text
    refused = http.post(Paths.STATION_SIGN_IN, json={"identifier": VISITOR}, headers=station)
    assert refused.status_code == 403
    body = refused.json()["error"]
    assert body["code"] == ErrorCode.NO_TIME_LEFT
    details = body["details"]
    # Brussels midnight, then Tuesday 09:00 in Brussels when the site opens
    assert datetime.fromisoformat(details["resets_at"]) == datetime(2025, 3, 10, 23, tzinfo=UTC)
    assert datetime.fromisoformat(details["back_at"]) == datetime(2025, 3, 11, 8, tzinfo=UTC)


def test_account_disabled_says_until_when(
    http: httpx.Client, admin: dict[str, str], station: dict[str, str], db_path: Path
) -> None:
    add_visitor(db_path, VISITOR)
    add_visitor(db_path, "2100009999")
    for identifier, until in ((VISITOR, "2025-03-12"), ("2100009999", None)):
        body = {"reason": "lost card", **({"until": until} if until else {})}
        response = http.post(Paths.visitor(identifier, "disable"), json=body, headers=admin)
        assert response.status_code == 200, response.text
    refused = http.post(Paths.STATION_SIGN_IN, json={"identifier": VISITOR}, headers=station)
    assert refused.json()["error"]["code"] == ErrorCode.ACCOUNT_DISABLED
    assert refused.json()["error"]["details"] == {"until": "2025-03-12"}
    forever = http.post(Paths.STATION_SIGN_IN, json={"identifier": "2100009999"}, headers=station)
    assert forever.json()["error"]["details"] == {}
