"""A site's ready-made staff messages over real HTTP: validation with codes, scope, audit, and
a message picked by staff reaching the station in every language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.limits import MAX_MESSAGE_LENGTH, MAX_READY_MESSAGES
from kiosk.protocol.paths import Paths
from tests.helpers.liveserver import add_site, add_staff, add_station, add_visitor

PASSWORD = "bibliotheque"
SITE = "EPN Test"
OTHER = "EPN Other"

CLOSING = {
    "fr": "La salle ferme dans 15 minutes.",
    "nl": "De zaal sluit over 15 minuten.",
    "en": "The room closes in 15 minutes.",
}


@pytest.fixture
def http(base_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, timeout=15) as client:
        yield client


def login(http: httpx.Client, db_path: Path, username: str, **kwargs: Any) -> dict[str, str]:
    add_staff(db_path, username, PASSWORD, **kwargs)
    response = http.post(Paths.AUTH_LOGIN, json={"username": username, "password": PASSWORD})
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['token']}"}


@pytest.fixture
def station_token(db_path: Path) -> str:
    return add_station(db_path, "RC-01", site=SITE)


@pytest.fixture
def desk(http: httpx.Client, db_path: Path, station_token: str) -> dict[str, str]:
    return login(http, db_path, "desk", role="staff", sites=[SITE])


def site_id(http: httpx.Client, headers: dict[str, str], name: str = SITE) -> int:
    sites = http.get(Paths.SITES, headers=headers).json()["sites"]
    return int(next(site["id"] for site in sites if site["name"] == name))


def put(http: httpx.Client, headers: dict[str, str], body: dict[str, Any]) -> httpx.Response:
    return http.put(
        Paths.site(site_id(http, headers), "ready-messages"), json=body, headers=headers
    )


def code_of(response: httpx.Response) -> str:
    return str(response.json()["error"]["code"])


def test_staff_add_edit_and_remove_their_sites_messages(
    http: httpx.Client, desk: dict[str, str]
) -> None:
    url = Paths.site(site_id(http, desk), "ready-messages")
    assert http.get(url, headers=desk).json() == {"language": "fr", "messages": []}
    body = {
        "language": "fr",
        "messages": [{"texts": CLOSING}, {"texts": {"fr": "  Votre impression est prête.  "}}],
    }
    stored = http.put(url, json=body, headers=desk).json()
    closing, printout = stored["messages"]
    assert closing["texts"] == CLOSING and isinstance(closing["id"], int)
    assert printout["texts"] == {"fr": "Votre impression est prête."}  # edges trimmed
    # edit one, remove the other: the ids staff kept stay
    closing["texts"]["en"] = "The room closes in a quarter of an hour."
    again = http.put(url, json={"language": "fr", "messages": [closing]}, headers=desk).json()
    assert again["messages"] == [closing]
    assert http.get(url, headers=desk).json() == again


@pytest.mark.parametrize(
    ("body", "code", "field"),
    [
        # no text in the site's language (French here; Dutch in the second)
        ({"messages": [{"texts": {"nl": "Welkom"}}]}, ErrorCode.MESSAGE_LANGUAGE_MISSING, None),
        (
            {"language": "nl", "messages": [{"texts": {"fr": "Bienvenue"}}]},
            ErrorCode.MESSAGE_LANGUAGE_MISSING,
            None,
        ),
        ({"messages": [{"texts": {}}]}, ErrorCode.INVALID_REQUEST, None),
        ({"messages": [{"texts": {"fr": "   "}}]}, ErrorCode.INVALID_REQUEST, None),
        (
            {"messages": [{"texts": {"fr": "x" * (MAX_MESSAGE_LENGTH + 1)}}]},
            ErrorCode.INVALID_REQUEST,
            None,
        ),
        (
            {"messages": [{"texts": {"de": "Hallo", "fr": "Salut"}}]},
            ErrorCode.INVALID_REQUEST,
            None,
        ),
        ({"language": "de", "messages": []}, ErrorCode.INVALID_REQUEST, None),
        (
            {"messages": [{"texts": {"fr": "m"}}] * (MAX_READY_MESSAGES + 1)},
            ErrorCode.INVALID_REQUEST,
            None,
        ),
    ],
)
def test_bad_messages_are_refused_with_a_code_and_nothing_changes(
    http: httpx.Client, desk: dict[str, str], body: dict[str, Any], code: str, field: None
) -> None:
    assert put(http, desk, {"messages": [{"texts": CLOSING}]}).status_code == 200
    before = http.get(Paths.site(site_id(http, desk), "ready-messages"), headers=desk).json()
    response = put(http, desk, body)
    assert response.status_code == 422, response.text
    assert code_of(response) == code
    if code == ErrorCode.MESSAGE_LANGUAGE_MISSING:
        assert response.json()["error"]["details"]["message"] == 0
    after = http.get(Paths.site(site_id(http, desk), "ready-messages"), headers=desk).json()
    assert after == before


def test_another_sites_messages_are_forbidden(
    http: httpx.Client, db_path: Path, desk: dict[str, str]
) -> None:
    other = add_site(db_path, OTHER)
    admin = login(http, db_path, "admin", role="admin")
    assert put(http, admin, {"messages": [{"texts": CLOSING}]}).status_code == 200
    url = Paths.site(other, "ready-messages")
    for method, kwargs in (("GET", {}), ("PUT", {"json": {"messages": []}})):
        response = http.request(method, url, headers=desk, **kwargs)
        assert (response.status_code, code_of(response)) == (403, ErrorCode.FORBIDDEN)
    # an id of another site's message cannot be taken over: it becomes a new message
    theirs = http.get(Paths.site(site_id(http, admin), "ready-messages"), headers=admin).json()
    stolen = {"messages": [{"id": theirs["messages"][0]["id"], "texts": {"fr": "À moi"}}]}
    http.put(url, json=stolen, headers=admin)
    mine = http.get(Paths.site(site_id(http, admin), "ready-messages"), headers=admin).json()
    assert mine == theirs


def test_each_change_is_audited(http: httpx.Client, desk: dict[str, str], db_path: Path) -> None:
    assert put(http, desk, {"messages": [{"texts": CLOSING}]}).status_code == 200
    admin = login(http, db_path, "admin", role="admin")
    entries = http.get(Paths.AUDIT, params={"action": "site.ready_messages"}, headers=admin)
    assert entries.status_code == 200, entries.text
    (entry,) = entries.json()["entries"]
    assert entry["target"] == f"site:{SITE}"


def test_a_message_in_three_languages_reaches_the_station(
    http: httpx.Client, db_path: Path, desk: dict[str, str], station_token: str
) -> None:
    add_visitor(db_path, "1001")
    station = {"Authorization": f"Bearer {station_token}"}
    signed = http.post(Paths.STATION_SIGN_IN, json={"identifier": "1001"}, headers=station)
    assert signed.status_code == 200, signed.text
    sent = http.post(
        Paths.station_commands("RC-01"),
        json={"kind": "message", "text": CLOSING["fr"], "texts": CLOSING},
        headers=desk,
    )
    assert sent.status_code == 201, sent.text
    (command,) = http.get(Paths.STATION_COMMANDS, headers=station).json()["commands"]
    assert command["text"] == CLOSING["fr"] and command["texts"] == CLOSING
    # a language the protocol does not know is refused, not passed on
    odd = http.post(
        Paths.station_commands("RC-01"),
        json={"kind": "message", "text": "Hallo", "texts": {"de": "Hallo"}},
        headers=desk,
    )
    assert (odd.status_code, code_of(odd)) == (422, ErrorCode.INVALID_REQUEST)
