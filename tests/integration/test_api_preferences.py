"""A visitor's reading preferences over real HTTP: kept by the server, back at any sign-in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from admin.db.store import Store
from kiosk.protocol.paths import Paths
from tests.helpers.liveserver import add_site, add_station, add_visitor
from tests.helpers.stations_http import HttpStation, error_of

SITE = "EPN Test"  # made by the db_path fixture
OTHER_SITE = "EPN Schaerbeek"
CARD = "2100001234"


@pytest.fixture
def http(base_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, timeout=15) as client:
        yield client


def station(http: httpx.Client, db_path: Path, name: str, site: str) -> HttpStation:
    enrolled = HttpStation(http, add_station(db_path, name, site=site), name)
    enrolled.me()
    return enrolled


def sign_in(station: HttpStation, preferences: dict[str, Any] | None = None) -> httpx.Response:
    return station.http.post(
        Paths.STATION_SIGN_IN,
        json={"identifier": CARD, "preferences": preferences},
        headers=station.headers,
    )


def kept(db_path: Path) -> list[dict[str, Any]]:
    with Store(db_path) as store:
        return store.read(
            lambda db: list(
                db.query("SELECT language, text_size, contrast FROM visitor_preferences")
            )
        )


def test_set_on_one_site_applied_at_sign_in_on_another(http: httpx.Client, db_path: Path) -> None:
    add_site(db_path, OTHER_SITE)
    add_visitor(db_path, CARD)
    laeken = station(http, db_path, "LK-01", SITE)
    schaerbeek = station(http, db_path, "SB-01", OTHER_SITE)

    # chosen on the lock screen before signing in: they come back with the grant, and stay
    first = sign_in(laeken, {"language": "nl", "text_size": 1.5})
    assert first.status_code == 200, first.text
    grant = first.json()
    assert grant["visitor"]["preferences"] == {"language": "nl", "text_size": 1.5, "contrast": None}
    # changed during the session: the station's event
    laeken.send(
        laeken.event(
            "preferences_changed",
            session_id=grant["session_id"],
            preferences={"text_size": 2.0, "contrast": True},
        )
    )
    laeken.end(grant["session_id"], used=60)

    # on another PC of another site, without choosing anything: all of it is back
    second = sign_in(schaerbeek)
    assert second.status_code == 200, second.text
    assert second.json()["visitor"]["preferences"] == {
        "language": "nl",
        "text_size": 2.0,
        "contrast": True,
    }
    assert kept(db_path) == [{"language": "nl", "text_size": 2.0, "contrast": 1}]


@pytest.mark.parametrize(
    "preferences",
    [{"language": "de"}, {"text_size": 1.3}, {"contrast": "yes"}, {"font": "big"}],
)
def test_bad_preferences_are_a_422_with_a_code_and_change_nothing(
    http: httpx.Client, db_path: Path, preferences: dict[str, Any]
) -> None:
    add_visitor(db_path, CARD)
    laeken = station(http, db_path, "LK-01", SITE)
    status, code, _ = error_of(sign_in(laeken, preferences))
    assert (status, code) == (422, "INVALID_REQUEST")
    grant = laeken.grant(CARD)
    response = http.post(
        Paths.STATION_EVENTS,
        json={
            "events": [
                laeken.event(
                    "preferences_changed", session_id=grant["session_id"], preferences=preferences
                )
            ]
        },
        headers=laeken.headers,
    )
    assert (response.status_code, response.json()["error"]["code"]) == (422, "INVALID_REQUEST")
    assert kept(db_path) == []
