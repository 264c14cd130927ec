"""The public feeds against the real server (uvicorn on a free port): the JSON feeds and the
iCalendar feed parsed back, ETag and 304, the cache and security headers, the rate limit per
client address (X-Forwarded-For only from a trusted proxy), a site whose public part is off
and the whole public part off (404), and no personal data in any feed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import icalendar
import pytest

from admin.db.store import Store
from admin.public.config import PublicConfig, parse_networks
from admin.services import Service
from kiosk.protocol.holds import TicketRequest
from kiosk.protocol.paths import Paths
from kiosk.protocol.sites import SitePublic
from kiosk.protocol.workshops import RegistrationRequest, WorkshopRequest
from tests.helpers.clock import FakeClock
from tests.helpers.liveserver import running_server
from tests.integration.conftest import SITE

MONDAY = datetime(2025, 3, 10, 8, 0, tzinfo=UTC)  # 09:00 in Brussels
OPEN = PublicConfig(rate=1000, burst=1000)
#: What the populated world holds that no public answer may show.
PERSONAL = [
    "card-ann-4711",
    "card-bob-4712",
    "Annabelle Vandenbroucke",
    "Robert Claessens",
    "Zoé Dupont-Queue",
    "Marc Lambert-Inscrit",
    "animatrice-sophie",
    "agent-desk-jules",
    "4711",
    "pin_hash",
    "identifier",
    "visitor",
]


def seed(db_path: Path, clock: FakeClock) -> Service:
    """Two sites (B's public part off), PCs, visitors with names and PINs, staff, a session,
    queue tickets with a card and a name, a workshop with registrations."""
    clock.set(MONDAY)
    service = Service(Store(db_path), clock=clock)
    d = service.directory
    d.add_site("EPN Laeken")
    service.public.put(None, "EPN Laeken", SitePublic(enabled=False))
    tokens = {n: d.add_station(n, SITE).token for n in ("RC-01", "RC-02", "RC-03")}
    d.add_visitor("card-ann-4711", display_name="Annabelle Vandenbroucke", pin="4711")
    d.add_visitor("card-bob-4712", display_name="Robert Claessens")
    d.add_staff("animatrice-sophie", "secret-password", role="staff", sites=[SITE])
    d.add_staff("agent-desk-jules", "secret-password", role="staff", sites=[SITE])
    service.sites.set_day(SITE, "mon", "09:00-18:00")
    service.sites.set_day(SITE, "tue", "09:00-18:00")
    service.store.write(
        lambda db: db.execute("UPDATE stations SET last_seen_at = ?", [MONDAY.isoformat()])
    )
    station = service.stations.authenticate(tokens["RC-01"])
    service.stations.sign_in(station, "card-ann-4711", "4711")
    service.holds.take(None, TicketRequest(site=SITE, visitor="card-bob-4712"))
    service.holds.take(None, TicketRequest(site=SITE, name="Zoé Dupont-Queue"))
    workshop = service.workshops.add(
        None,
        WorkshopRequest(
            site=SITE,
            kind="initiation",
            title={"fr": "Courriel, pièces jointes; et sécurité", "nl": "E-mail en bijlagen"},
            theme="email",
            animateur="animatrice-sophie",
            capacity=4,
            stations=["RC-03"],
            starts_at="2025-03-11T14:00",
            minutes=90,
        ),
    )
    service.workshops.register(None, workshop.id, RegistrationRequest(visitor="card-bob-4712"))
    service.workshops.register(None, workshop.id, RegistrationRequest(name="Marc Lambert-Inscrit"))
    return service


@pytest.fixture
def world(db_path: Path, clock: FakeClock) -> Iterator[Service]:
    service = seed(db_path, clock)
    yield service
    service.store.close()


@pytest.fixture
def http(world: Service, db_path: Path, clock: FakeClock) -> Iterator[httpx.Client]:
    with (
        running_server(db_path, clock=clock, public=OPEN) as url,
        httpx.Client(base_url=url, timeout=15) as client,
    ):
        yield client


def every_feed(http: httpx.Client) -> dict[str, httpx.Response]:
    urls = ["/public/v1/sites.json", "/public/v1/sites/1/availability.json"]
    urls += [f"/public/v1/sites/1/workshops.ics?lang={lang}" for lang in ("fr", "nl", "en")]
    return {url: http.get(url) for url in urls}


def every_page(http: httpx.Client) -> dict[str, httpx.Response]:
    """The HTML pages a visitor reads: the network, the site, its room display and its box,
    in each language."""
    paths = ["/public/", "/public/sites/1", "/public/sites/1/display", "/public/sites/1/embed"]
    return {
        f"{path}?lang={lang}": http.get(path, params={"lang": lang})
        for path in paths
        for lang in ("fr", "nl", "en")
    }


def test_the_network_and_a_sites_availability(http: httpx.Client, clock: FakeClock) -> None:
    network = http.get("/public/v1/sites.json")
    assert network.status_code == 200 and network.headers["content-type"] == "application/json"
    (site,) = network.json()["sites"]  # EPN Laeken is off
    assert site["name"] == SITE and site["open_now"] is True
    assert site["hours_today"] == ["09:00-18:00"]
    # RC-01 in use, RC-02 and RC-03 held for the two numbers called
    assert (site["free"], site["computers"], site["waiting"]) == (0, 3, 0)
    assert site["expected_wait_minutes"] is None
    (shown,) = site["workshops"]
    assert shown["places_left"] == 2 and shown["places"] == 4
    assert shown["starts"] == "2025-03-11T14:00:00+01:00"
    now = http.get("/public/v1/sites/1/availability.json").json()
    assert now["room"] == {"computers": 3, "free": 0, "in_use": 1, "held": 2, "offline": 0}
    assert now["called"] == [
        {"number": 1, "computer": "RC-02"},
        {"number": 2, "computer": "RC-03"},
    ]
    assert now["closes_at"] == "2025-03-10T17:00:00+00:00"


def test_etag_304_and_the_headers(http: httpx.Client) -> None:
    for url, first in every_feed(http).items():
        assert first.status_code == 200, url
        etag = first.headers["etag"]
        assert etag.startswith('"') and not etag.startswith("W/"), url
        assert first.headers["cache-control"] == "public, max-age=5"
        csp = first.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "unsafe-inline" not in csp
        assert "frame-ancestors 'self'" in csp
        assert first.headers["x-content-type-options"] == "nosniff"
        assert first.headers["referrer-policy"] == "no-referrer"
        # made once per snapshot: the next answers come from the cache, without the framework,
        # and are the same, headers and all
        second = http.get(url)
        assert second.content == first.content, url
        for name in ("etag", "content-type", "cache-control", "content-security-policy"):
            assert second.headers[name] == first.headers[name], (url, name)
        again = http.get(url, headers={"If-None-Match": f'"other", {etag}'})
        assert (again.status_code, again.content) == (304, b""), url
        assert again.headers["etag"] == etag
        assert http.get(url, headers={"If-None-Match": '"other"'}).status_code == 200


def test_the_same_figures_until_the_cache_time_then_new_ones(
    http: httpx.Client, world: Service, clock: FakeClock
) -> None:
    before = http.get("/public/v1/sites/1/availability.json")
    world.store.write(lambda db: db.execute("UPDATE stations SET enabled = 0 WHERE name='RC-03'"))
    assert http.get("/public/v1/sites/1/availability.json").content == before.content
    clock.advance(5)
    after = http.get("/public/v1/sites/1/availability.json")
    assert after.json()["room"]["computers"] == 2
    assert after.headers["etag"] != before.headers["etag"]


def test_a_site_off_or_unknown_is_404_and_staff_routes_still_refuse(http: httpx.Client) -> None:
    for url in (
        "/public/v1/sites/2/availability.json",  # EPN Laeken: off
        "/public/v1/sites/2/workshops.ics",
        "/public/v1/sites/2/logo",
        "/public/v1/sites/99/availability.json",
        "/public/v1/sites/1/logo",  # no logo
    ):
        response = http.get(url)
        assert response.status_code == 404, url
        assert response.json()["error"]["code"] == "NOT_FOUND"
        assert response.headers["cache-control"] == "no-store"
        assert "nosniff" in response.headers["x-content-type-options"]
    assert http.get("/public/v1/sites/1/workshops.ics?lang=de").status_code == 422
    assert http.get(Paths.site(1, "public")).status_code == 401
    assert http.put(Paths.site(1, "public/logo"), content=b"x").status_code == 401


def test_the_logo_is_served_with_its_etag(http: httpx.Client, world: Service) -> None:
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><rect width="4" height="4"/></svg>'
    stored = world.public.set_logo(None, SITE, svg)
    assert stored.logo is not None
    logo = http.get(stored.logo)
    assert logo.status_code == 200 and logo.content == svg
    assert logo.headers["content-type"].startswith("image/svg+xml")
    assert "sandbox" in logo.headers["content-security-policy"]
    again = http.get(stored.logo, headers={"If-None-Match": logo.headers["etag"]})
    assert again.status_code == 304


def test_the_workshops_calendar_parses_back(
    http: httpx.Client, world: Service, clock: FakeClock
) -> None:
    response = http.get("/public/v1/sites/1/workshops.ics?lang=fr")
    assert response.headers["content-type"] == "text/calendar; charset=utf-8"
    body = response.content
    assert all(len(line) <= 75 for line in body.split(b"\r\n"))
    assert body.endswith(b"END:VCALENDAR\r\n") and b"\n" not in body.replace(b"\r\n", b"")
    calendar = icalendar.Calendar.from_ical(body)
    (event,) = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == "Courriel, pièces jointes; et sécurité"
    assert event.decoded("DTSTART") == datetime(2025, 3, 11, 13, 0, tzinfo=UTC)
    assert event.decoded("DTEND") == datetime(2025, 3, 11, 14, 30, tzinfo=UTC)
    assert "Places restantes: 2 / 4" in str(event["DESCRIPTION"])
    uid = str(event["UID"])
    nl = icalendar.Calendar.from_ical(http.get("/public/v1/sites/1/workshops.ics?lang=nl").content)
    (event_nl,) = nl.walk("VEVENT")
    assert str(event_nl["SUMMARY"]) == "E-mail en bijlagen" and str(event_nl["UID"]) == uid
    assert "Vrije plaatsen: 2 / 4" in str(event_nl["DESCRIPTION"])
    # a cancelled workshop leaves the feed at the next snapshot
    world.workshops.cancel(None, world.workshops.listing(None).workshops[0].id)
    clock.advance(5)
    after = icalendar.Calendar.from_ical(http.get("/public/v1/sites/1/workshops.ics").content)
    assert after.walk("VEVENT") == []


def test_no_personal_data_in_any_feed(http: httpx.Client, world: Service) -> None:
    answers = every_feed(http)
    for url, response in answers.items():
        text = response.text
        assert response.status_code == 200, url
        for secret in PERSONAL:
            assert secret not in text, (url, secret)


def test_no_personal_data_in_any_page(http: httpx.Client, world: Service) -> None:
    """The pages show the room, the queue and the workshops in numbers: someone in the room,
    waiting (with a card or a name) or registered (likewise) is never named, nor is staff."""
    pages = every_page(http)
    assert "Courriel, pièces jointes" in pages["/public/sites/1?lang=fr"].text
    display = pages["/public/sites/1/display?lang=fr"].text
    assert "Numéros appelés" in display and "RC-02" in display  # the tickets of Bob and Zoé
    for url, response in pages.items():
        assert response.status_code == 200, url
        assert "text/html" in response.headers["content-type"], url
        for secret in PERSONAL:
            assert secret not in response.text, (url, secret)


def test_animateurs_named_only_when_the_site_shows_them(
    world: Service, db_path: Path, clock: FakeClock
) -> None:
    world.public.put(None, SITE, SitePublic(show_animateurs=True))
    with (
        running_server(db_path, clock=clock, public=OPEN) as url,
        httpx.Client(base_url=url, timeout=15) as http,
    ):
        network = http.get("/public/v1/sites.json").text
        others = {url: r.text for url, r in every_page(http).items()}
    assert "animatrice-sophie" in network
    # the site's page says who leads each workshop, in the reader's language
    assert "Animateur\u00a0: animatrice-sophie" in others["/public/sites/1?lang=fr"]
    assert "Begeleider: animatrice-sophie" in others["/public/sites/1?lang=nl"]
    for secret in PERSONAL:
        if secret != "animatrice-sophie":
            assert secret not in network
            for url, text in others.items():
                assert secret not in text, (url, secret)


def limited(db_path: Path, clock: FakeClock, **config: Any) -> Any:
    return running_server(db_path, clock=clock, public=PublicConfig(**config))


def test_the_rate_limit_per_client_address(world: Service, db_path: Path, clock: FakeClock) -> None:
    config: dict[str, Any] = {"rate": 0.001, "burst": 3}
    with limited(db_path, clock, **config) as url, httpx.Client(base_url=url) as http:
        codes = [http.get("/public/v1/sites.json").status_code for _ in range(4)]
        assert codes == [200, 200, 200, 429]
        refused = http.get("/public/v1/sites/1/availability.json")
        assert refused.status_code == 429 and int(refused.headers["retry-after"]) >= 1
        assert refused.json()["error"]["code"] == "RATE_LIMITED"
        assert "nosniff" in refused.headers["x-content-type-options"]
        # the staff API is not limited
        assert http.get(Paths.HEALTH).status_code == 200
    trusted = parse_networks("127.0.0.1")
    with (
        limited(db_path, clock, trusted_proxies=trusted, **config) as url,
        httpx.Client(base_url=url) as http,
    ):
        for client in ("203.0.113.9", "198.51.100.7"):
            forwarded = {"X-Forwarded-For": f"{client}, 127.0.0.1"}
            codes = [
                http.get("/public/v1/sites.json", headers=forwarded).status_code for _ in range(4)
            ]
            assert codes == [200, 200, 200, 429], client


def test_the_public_part_turned_off(world: Service, db_path: Path, clock: FakeClock) -> None:
    with limited(db_path, clock, enabled=False) as url, httpx.Client(base_url=url) as http:
        for path in ("/public/v1/sites.json", "/public/v1/sites/1/availability.json", "/public"):
            assert http.get(path).status_code == 404
        assert http.get(Paths.HEALTH).status_code == 200


def test_frame_ancestors_for_the_citys_site(
    world: Service, db_path: Path, clock: FakeClock
) -> None:
    origins = ("https://www.bruxelles.be",)
    with limited(db_path, clock, frame_ancestors=origins) as url, httpx.Client(base_url=url) as h:
        csp = h.get("/public/v1/sites.json").headers["content-security-policy"]
    assert "frame-ancestors 'self' https://www.bruxelles.be" in csp
