"""The public pages in a real browser: Debian's Chromium driven by Selenium through
/usr/bin/chromedriver, against the real server over a populated database of Brussels' public
computer rooms.

Each page at a phone's, a tablet's and a desktop's size in French, Dutch and English: a
screenshot saved (under the test's folder), the sites' names and live numbers present in the
page's text, no horizontal scrolling at 360 px, and axe-core (from the npm registry, installed
by scripts/test.sh into tests/browser/node_modules) finding no serious or critical violation of
WCAG 2.0/2.1 A and AA. Then the live parts: a sign-in on a station changes "free computers" on
an open page, and a queue number called shows on the room display, without reloading, each
waited for on the condition. The embed box inside a real iframe of another origin: shown when
the server allows that origin, refused by the CSP by default. The room display's screenshots
are taken with a number called and someone waiting.

The server's clock starts on a fixed Tuesday morning in Brussels and runs at the real pace (the
snapshot's cache expires as in production). One browser for the whole module: Chromium is heavy.
"""

from __future__ import annotations

import html
import http.server
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit
from zoneinfo import ZoneInfo

import httpx
import pytest

from admin.public.config import PublicConfig
from kiosk.protocol.paths import Paths
from tests.helpers.liveserver import add_site, add_staff, add_station, add_visitor, running_server
from tests.helpers.stations_http import HttpStation, bearer

pytestmark = pytest.mark.xdist_group("browser-public")

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
HERE = Path(__file__).resolve().parent
AXE = HERE / "node_modules" / "axe-core" / "axe.min.js"
BRUSSELS = ZoneInfo("Europe/Brussels")
#: Tuesday 8 December 2026, 10:30 in Brussels: the rooms are open.
START = datetime(2026, 12, 8, 10, 30, tzinfo=BRUSSELS)
PASSWORD = "bibliotheque"
SIZES = {"phone": (360, 740), "tablet": (768, 1024), "desktop": (1366, 768)}
LANGUAGES = ("fr", "nl", "en")
#: Brussels' public computer rooms (docs: /work/shared/context) and their PCs.
SITES = {
    "Bibliothèque de Laeken": ("LAE", 6, "#6b2c91"),
    "BruSurf": ("BRU", 4, "#00528c"),
    "Double Click": ("DCK", 5, "#a4161a"),
    "EPN-Bravvo": ("BRV", 3, "#1f6f43"),
}
#: How long the live parts may take to follow the room: the snapshot's cache (5 s) plus the
#: page's refresh (live.js, 5 s on pages, 3 s on the display), with room for a slow machine.
LIVE_TIMEOUT = 30.0
FREE_WORDS = {"fr": "ordinateurs libres sur", "nl": "computers vrij", "en": "computers free"}


class RunningClock:
    """The server's clock: ``START``, then the real time that has passed."""

    def __init__(self, start: datetime) -> None:
        self._start = start.astimezone(UTC)
        self._zero = time.monotonic()

    def __call__(self) -> datetime:
        from datetime import timedelta

        return self._start + timedelta(seconds=time.monotonic() - self._zero)


@dataclass
class World:
    base_url: str
    http: httpx.Client
    admin: dict[str, str]
    site_ids: dict[str, int]
    stations: dict[str, list[HttpStation]]
    db_path: Path
    clock: RunningClock
    #: The sessions opened by the fixture, by card, and the ticket of who waits at BruSurf.
    sessions: dict[str, str]
    waiting: dict[str, Any]

    def keep_online(self) -> None:
        """Every station says it is there (a station's heartbeat, as the service does)."""
        for stations in self.stations.values():
            for station in stations:
                station.me()


def _need(path: Path, what: str) -> None:
    if path.exists():
        return
    message = f"{what} is missing ({path}): scripts/test.sh installs it"
    if os.environ.get("EPN_REQUIRE_E2E"):
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    db_path = tmp_path_factory.mktemp("public") / "epn.db"
    clock = RunningClock(START)
    tokens: dict[str, list[tuple[str, str]]] = {}
    for name, (prefix, count, _) in SITES.items():
        add_site(db_path, name, clock=clock)
        tokens[name] = [
            (f"{prefix}-{n:02d}", add_station(db_path, f"{prefix}-{n:02d}", site=name, clock=clock))
            for n in range(1, count + 1)
        ]
    add_staff(db_path, "admin", PASSWORD, clock=clock)
    for card in range(1001, 1011):
        add_visitor(db_path, str(card), clock=clock)
    with running_server(db_path, clock=clock) as base_url, httpx.Client(base_url=base_url) as http:
        login = http.post(Paths.AUTH_LOGIN, json={"username": "admin", "password": PASSWORD})
        assert login.status_code == 200, login.text
        admin = bearer(login.json()["token"])
        sites = {s["name"]: s["id"] for s in http.get(Paths.SITES, headers=admin).json()["sites"]}
        _seed(http, admin, sites)
        world = World(
            base_url=base_url,
            http=http,
            admin=admin,
            site_ids=sites,
            stations={
                site: [HttpStation(http, token, name) for name, token in pairs]
                for site, pairs in tokens.items()
            },
            db_path=db_path,
            clock=clock,
            sessions={},
            waiting={},
        )
        world.keep_online()
        # two people at Laeken, signed in on a station
        for site, card in (("Bibliothèque de Laeken", "1001"), ("Bibliothèque de Laeken", "1002")):
            world.stations[site][int(card) - 1001].grant(card)
        # BruSurf full, and one person waiting for a computer there
        for index, card in enumerate(("1003", "1006", "1007", "1008")):
            world.sessions[card] = world.stations["BruSurf"][index].grant(card)["session_id"]
        taken = http.post(Paths.QUEUE, json={"site": "BruSurf", "visitor": "1009"}, headers=admin)
        assert taken.status_code == 201 and taken.json()["state"] == "waiting", taken.text
        world.waiting = taken.json()
        yield world


def _seed(http: httpx.Client, admin: dict[str, str], sites: dict[str, int]) -> None:
    week = {day: ["09:00-12:30", "13:30-18:00"] for day in ("mon", "tue", "wed", "thu", "fri")}
    week["sat"] = ["10:00-13:00"]
    for name, site_id in sites.items():
        hours: dict[str, Any] = {"weekly": week}
        if name == "Double Click":
            hours["closed"] = [{"date": "2026-12-10", "reason": "Formation du personnel"}]
        response = http.put(Paths.site(site_id, "hours"), json=hours, headers=admin)
        assert response.status_code == 200, response.text
    for name, (_, _, colour) in SITES.items():
        laeken = "Laeken" in name
        public = {
            "address": "Boulevard Émile Bockstael 246" if laeken else "Rue de la Fourche 36",
            "postcode": "1020" if laeken else "1000",
            "commune": "Bruxelles",
            "phone": "02 279 37 90",
            "how_to_register": {
                "fr": "À l'accueil ou par téléphone.",
                "nl": "Aan de balie of per telefoon.",
            },
            "colour": colour,
        }
        response = http.put(Paths.site(sites[name], "public"), json=public, headers=admin)
        assert response.status_code == 200, response.text
    theme = {"labels": {"fr": "Internet", "nl": "Internet", "en": "Internet"}}
    response = http.put(f"{Paths.WORKSHOP_THEMES}/internet", json=theme, headers=admin)
    assert response.status_code in (200, 201), response.text
    for site, title, language, starts in (
        (
            "Bibliothèque de Laeken",
            {"fr": "Lire en numérique", "nl": "Digitaal lezen"},
            "nl",
            "2026-12-09T14:00",
        ),
        (
            "Bibliothèque de Laeken",
            {"fr": "Mon CV en ligne", "en": "My CV online"},
            "fr",
            "2026-12-15T09:30",
        ),
        (
            "BruSurf",
            {"fr": "Premiers pas sur Internet", "nl": "Eerste stappen op internet"},
            "fr",
            "2026-12-10T10:00",
        ),
    ):
        body = {
            "site": site,
            "kind": "initiation",
            "title": title,
            "theme": "internet",
            "language": language,
            "animateur": "admin",
            "capacity": 3,
            "station_count": 2,
            "starts_at": starts,
            "minutes": 120,
        }
        response = http.post(Paths.WORKSHOPS, json=body, headers=admin)
        assert response.status_code == 201, response.text


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    _need(CHROMIUM, "Chromium (Debian: chromium)")
    _need(CHROMEDRIVER, "ChromeDriver (Debian: chromium-driver)")
    _need(AXE, "axe-core (npm ci --prefix tests/browser)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="epn-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(executable_path=str(CHROMEDRIVER)))
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return Path(os.environ.get("EPN_PUBLIC_SCREENSHOTS") or tmp_path_factory.mktemp("shots"))


def _open(browser: Any, world: World, path: str, language: str, size: str) -> None:
    width, height = SIZES[size]
    browser.set_window_rect(0, 0, width, height)
    # the viewport itself, not the window: headless Chromium makes them equal only when asked
    _metrics(browser, width, height, mobile=size == "phone")
    browser.get(f"{world.base_url}{path}?lang={language}")


def _metrics(browser: Any, width: int, height: int, *, mobile: bool) -> None:
    browser.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile},
    )


def _fits(browser: Any, what: str) -> None:
    scroll, inner = browser.execute_script(
        "return [document.scrollingElement.scrollWidth, window.innerWidth]"
    )
    assert scroll <= inner, f"{what}: {scroll} px wide in a {inner} px screen"


def _text(browser: Any) -> str:
    return str(browser.execute_script("return document.body.innerText"))


def _axe(browser: Any) -> list[dict[str, Any]]:
    browser.execute_script(AXE.read_text())
    browser.set_script_timeout(30)
    result = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a',"
        " 'wcag21aa']}}).then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,"
        " help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))));"
    )
    return [v for v in result if v["impact"] in ("serious", "critical")]


def _wait(condition: Callable[[], bool], what: str, timeout: float = LIVE_TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.1)


def _pages(world: World) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Each page: its path and what its text must say whatever the language."""
    laeken = world.site_ids["Bibliothèque de Laeken"]
    return {
        "network": ("/public/", tuple(SITES)),
        "site": (
            f"/public/sites/{laeken}",
            ("Bibliothèque de Laeken", "Boulevard Émile Bockstael 246", "1020"),
        ),
        "display": (f"/public/sites/{laeken}/display", ("Bibliothèque de Laeken",)),
        "embed": (f"/public/sites/{laeken}/embed", ("Bibliothèque de Laeken",)),
    }


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("language", LANGUAGES)
def test_each_page_reads_fits_and_passes_axe(
    browser: Any, world: World, shots: Path, language: str, size: str
) -> None:
    world.keep_online()
    free = {"fr": "4 ordinateurs libres sur 6", "nl": "4 van de 6 computers vrij", "en": "4 of 6"}
    for name, (path, musts) in _pages(world).items():
        _open(browser, world, path, language, size)
        text = _text(browser)
        for must in musts:
            assert must in text, f"{name} {language} {size}: {must!r} not in the page"
        assert free[language] in text, f"{name} {language} {size}: Laeken's free computers"
        lang = browser.execute_script("return document.documentElement.lang")
        assert lang.startswith(language), (name, lang)
        if size == "phone":
            _fits(browser, f"{name} {language}")
        browser.save_screenshot(str(shots / f"{name}-{language}-{size}.png"))
        violations = _axe(browser)
        assert violations == [], f"{name} {language} {size}: {violations}"
        if size == "phone":  # WCAG's reflow: 320 CSS px (1280 px at 400 %), sideways never
            _metrics(browser, 320, 640, mobile=True)
            _fits(browser, f"{name} {language} at 320 px")


def test_the_network_page_says_the_room_in_numbers(browser: Any, world: World) -> None:
    world.keep_online()
    _open(browser, world, "/public/", "fr", "desktop")
    text = _text(browser)
    assert "Aucun ordinateur libre sur 4" in text  # BruSurf: full
    assert "1 personne attend" in text
    assert "5 ordinateurs libres sur 5" in text  # Double Click
    assert "Ouvert jusqu'à 12\u00a0h\u00a030" in text
    assert "Lire en numérique" in text and "3 places libres" in text


def test_a_sign_in_on_a_station_changes_the_free_computers_on_the_open_page(
    browser: Any, world: World
) -> None:
    world.keep_online()
    site = world.site_ids["EPN-Bravvo"]
    _open(browser, world, f"/public/sites/{site}", "en", "phone")
    assert "3 of 3 computers free" in _text(browser)
    world.stations["EPN-Bravvo"][1].grant("1004")
    _wait(lambda: "2 of 3 computers free" in _text(browser), "the sign-in on the open page")


def test_a_number_called_shows_on_the_room_display(browser: Any, world: World) -> None:
    world.keep_online()
    site = world.site_ids["Double Click"]
    _open(browser, world, f"/public/sites/{site}/display", "fr", "desktop")
    assert "Aucun numéro appelé" in _text(browser)
    taken = world.http.post(
        Paths.QUEUE, json={"site": "Double Click", "visitor": "1005"}, headers=world.admin
    )
    assert taken.status_code == 201, taken.text
    ticket = taken.json()
    if ticket["state"] != "called":  # a free PC calls the number at once, else staff call it
        called = world.http.post(Paths.ticket(ticket["id"], "call"), json={}, headers=world.admin)
        assert called.status_code == 200, called.text
        ticket = called.json()
    number, computer = str(ticket["number"]), ticket["station"]
    assert computer.startswith("DCK-")

    def shown() -> bool:
        cells = browser.execute_script(
            "return [...document.querySelectorAll('table.called td')].map(c => c.innerText)"
        )
        return list(cells) == [number, computer]

    _wait(shown, f"number {number} on the room display")
    assert "4 ordinateurs libres sur 5" in _text(browser)  # one held for the number


@contextmanager
def _city_site() -> Iterator[str]:
    """The City's website on another origin (another port): ``/?src=URL`` is a page framing
    URL, as the City's page embeds a site's box."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            src = parse_qs(urlsplit(self.path).query).get("src", ["about:blank"])[0]
            page = (
                '<!doctype html><html lang="fr"><head><title>Ville</title></head><body>'
                f'<iframe id="box" title="EPN" src="{html.escape(src)}" width="340"'
                ' height="420"></iframe></body></html>'
            ).encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def _framed(browser: Any, city: str, src: str) -> tuple[str, str]:
    """The City's page framing ``src``: the framed document's address and text, read from
    inside the frame once it has loaded (the box, or the browser's error document)."""
    browser.get(f"{city}/?{urlencode({'src': src})}")
    browser.switch_to.frame(browser.find_element("id", "box"))
    try:
        _wait(
            lambda: browser.execute_script("return document.readyState") == "complete",
            "the frame's document",
        )
        return str(browser.execute_script("return location.href")), _text(browser)
    finally:
        browser.switch_to.default_content()


def test_the_embed_box_shows_inside_the_citys_frame_only_when_allowed(
    browser: Any, world: World
) -> None:
    """The City's page (another origin) frames a site's box: shown when the server lists that
    origin in --public-frame-ancestors; by default the CSP's frame-ancestors refuses it, and
    the frame holds Chromium's error document (chrome-error://), not the box."""
    world.keep_online()
    _metrics(browser, 1366, 768, mobile=False)
    laeken = world.site_ids["Bibliothèque de Laeken"]
    embed = f"/public/sites/{laeken}/embed?lang=fr"
    with _city_site() as city:
        address, text = _framed(browser, city, f"{world.base_url}{embed}")
        assert address.startswith("chrome-error://"), address
        assert "Bibliothèque de Laeken" not in text, text
        allowing = PublicConfig(frame_ancestors=(city,))
        with running_server(world.db_path, clock=world.clock, public=allowing) as base_url:
            address, text = _framed(browser, city, f"{base_url}{embed}")
    assert address == f"{base_url}{embed}", address
    assert "Bibliothèque de Laeken" in text and "4 ordinateurs libres sur 6" in text, text


def test_the_room_display_calls_a_number_while_people_wait(
    browser: Any, world: World, shots: Path
) -> None:
    """BruSurf is full with one person waiting; a second one comes, then a computer frees: the
    first number is called to it and the display says so, with the one still waiting. Its
    screenshots (docs/screenshots/public/display-*) are taken then, in each language."""
    world.keep_online()
    site = world.site_ids["BruSurf"]
    more = world.http.post(
        Paths.QUEUE, json={"site": "BruSurf", "visitor": "1010"}, headers=world.admin
    )
    assert more.status_code == 201 and more.json()["state"] == "waiting", more.text
    world.stations["BruSurf"][0].end(world.sessions["1003"], 600)
    ticket = world.waiting
    listed = world.http.get(Paths.QUEUE, params={"site": site}, headers=world.admin)
    assert listed.status_code == 200, listed.text
    state = {t["id"]: t for t in listed.json()["queues"][0]["tickets"]}[ticket["id"]]
    if state["state"] != "called":  # the freed PC calls the next number, else staff do
        called = world.http.post(Paths.ticket(ticket["id"], "call"), json={}, headers=world.admin)
        assert called.status_code == 200, called.text
        state = called.json()
    number, computer = str(state["number"]), state["station"]
    assert computer.startswith("BRU-")
    for language in LANGUAGES:
        for size, width in (("desktop", 1366), ("phone", 360)):
            _open(browser, world, f"/public/sites/{site}/display", language, size)

            def shown() -> bool:
                cells = browser.execute_script(
                    "return [...document.querySelectorAll('table.called td')].map(c => c.innerText)"
                )
                return number in cells and computer in cells

            _wait(shown, f"number {number} on the room display ({language})")
            waiting = {"fr": "1 personne attend", "nl": "1 persoon wacht", "en": "1 person waiting"}
            assert waiting[language] in _text(browser), _text(browser)
            browser.save_screenshot(str(shots / f"display-{language}-{width}.png"))
