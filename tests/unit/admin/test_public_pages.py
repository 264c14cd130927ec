"""The public HTML pages drawn from a NetworkView: what each page says, in which language, and
that it stays accessible by construction (one h1, lang on foreign text, times in <time>)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from admin.core.wording import NB
from admin.public.config import PublicConfig
from admin.public.pages import LANGUAGE_COOKIE, add_pages
from admin.public.render import colours_css, contrast, on_colour
from admin.public.serving import Publisher
from admin.public.views import CalledNumber, NetworkView
from tests.helpers.liveserver import serve_app
from tests.helpers.public_views import network

PAGES = ("/public/", "/public/sites/1", "/public/sites/1/display", "/public/sites/1/embed")


class _Outline(HTMLParser):
    """The headings, the html lang, the inline styles and scripts of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.headings: list[int] = []
        self.lang = ""
        self.inline: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        named = dict(attrs)
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        if tag == "html":
            self.lang = named.get("lang") or ""
        if "style" in named or tag == "style" or (tag == "script" and "src" not in named):
            self.inline.append(tag)


#: The view the served pages draw (a test may put another).
SHOWN: list[NetworkView] = [network()]


class _HandPublisher(Publisher):
    """The server's publisher over a hand-built view in place of the database's snapshot."""

    def __init__(self) -> None:
        self.config = PublicConfig(cache_seconds=5)
        self.keys = []

    async def cached(self, key: Any, make: Callable[[NetworkView], Any]) -> Any:
        return make(SHOWN[0])


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    app = FastAPI()

    add_pages(app, _HandPublisher())
    with serve_app(app) as url:
        yield url


@pytest.fixture(autouse=True)
def _shown() -> Iterator[None]:
    yield
    SHOWN[0] = network()


@pytest.fixture
def client(base_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url) as client:
        yield client


def _text(html: str) -> str:
    return re.sub(r"[ \t\r\n]+", " ", re.sub(r"<[^>]+>", " ", html)).replace("&#39;", "'")


@pytest.mark.parametrize("path", PAGES)
@pytest.mark.parametrize(("lang", "tag"), [("fr", "fr-BE"), ("nl", "nl-BE"), ("en", "en")])
def test_each_page_has_its_language_one_h1_ordered_headings_and_nothing_inline(
    client: httpx.Client, path: str, lang: str, tag: str
) -> None:
    response = client.get(path, params={"lang": lang})
    assert response.status_code == 200
    outline = _Outline()
    outline.feed(response.text)
    assert outline.lang == tag
    assert outline.headings.count(1) == 1 and outline.headings[0] == 1
    for before, after in zip(outline.headings, outline.headings[1:], strict=False):
        assert after <= before + 1, outline.headings
    assert outline.inline == []
    assert '<script src="/public/static/live.js" defer>' in response.text


def test_the_network_page_shows_each_site_live_in_words(client: httpx.Client) -> None:
    text = _text(client.get("/public/").text)
    assert "Bibliothèque de Laeken" in text and "BruSurf" in text
    assert f"Ouvert jusqu'à 12{NB}h{NB}30" in text
    assert f"Fermé{NB}· ouvre à 13{NB}h{NB}30" in text
    assert "4 ordinateurs libres sur 12" in text and "Aucun ordinateur libre sur 8" in text
    assert f"3 personnes attendent · Attente estimée{NB}: 20{NB}min" in text
    assert "3 places libres" in text and "Complet" in text
    assert f"Aujourd'hui{NB}: 9{NB}h à 12{NB}h{NB}30 et 13{NB}h{NB}30 à 18{NB}h" in text


def test_the_language_follows_the_browser_then_the_switch_is_remembered(
    client: httpx.Client,
) -> None:
    dutch = client.get("/public/", headers={"Accept-Language": "nl-BE,nl;q=0.9"})
    assert "4 van de 12 computers vrij" in _text(dutch.text)
    english = client.get("/public/sites/1", params={"lang": "en"})
    assert english.cookies.get(LANGUAGE_COOKIE) == "en"
    again = client.get("/public/", headers={"Accept-Language": "nl"})
    assert "4 of 12 computers free" in _text(again.text)
    assert 'href="/public/?lang=nl" lang="nl-BE" hreflang="nl-BE"' in again.text


def test_a_workshop_written_in_another_language_is_marked_so(client: httpx.Client) -> None:
    html = client.get("/public/sites/1", params={"lang": "fr"}).text
    assert '<p class="title" lang="nl"><strong>Digitaal lezen</strong>' in html
    assert '<p class="title"><strong>Mon CV en ligne</strong>' in html
    assert f"initiation · niveau{NB}: débutant · langue{NB}: néerlandais" in _text(html)
    assert '<time datetime="2026-12-09T14:00:00+01:00">mercredi 9 décembre 2026, 14' in html


def test_the_site_page_has_the_week_contact_and_how_to_register(client: httpx.Client) -> None:
    html = client.get("/public/sites/1", params={"lang": "nl"}).text
    text = _text(html)
    assert '<th scope="col">Dag</th><th scope="col">Uren</th>' in html
    assert "zondag 13 december 2026 Gesloten" in text
    assert "zaterdag 12 december 2026 Gesloten (Formation du personnel) · afwijkende uren" in text
    assert "vrijdag 11 december 2026 9.00 tot 12.00\u00a0uur · afwijkende uren" in text
    assert "Boulevard Émile Bockstael 246, 1020 Bruxelles" in text
    assert 'href="tel:022793790"' in html
    assert "Aan de balie." in text
    assert "woensdag 9 december 2026, 14.00 – 16.00\u00a0uur" in text
    english = _text(client.get("/public/sites/1", params={"lang": "en"}).text)
    assert "À l'accueil ou par téléphone." in english  # written in French only: shown so


def test_the_room_display_shows_the_numbers_called_with_their_computer(
    client: httpx.Client,
) -> None:
    SHOWN[0] = network(called=(CalledNumber(42, "PC-07"), CalledNumber(43, "PC-02")))
    html = client.get("/public/sites/1/display", params={"lang": "fr"}).text
    assert re.search(r'<td class="number">42</td><td>PC-07</td>', html)
    assert "43" in _text(html) and "4 ordinateurs libres sur 12" in _text(html)
    SHOWN[0] = network()
    quiet = client.get("/public/sites/1/display", params={"lang": "en"}).text
    assert "No number called yet." in quiet


def test_an_unknown_site_is_a_page_not_found_in_the_reader_s_language(client: httpx.Client) -> None:
    response = client.get("/public/sites/99", headers={"Accept-Language": "nl"})
    assert response.status_code == 404
    assert "Pagina niet gevonden" in response.text


def test_site_colours_are_a_stylesheet_with_a_readable_text_colour(client: httpx.Client) -> None:
    css = client.get("/public/colours.css")
    assert css.headers["content-type"].startswith("text/css")
    assert ".site-1{--site:#ffd400;--on-site:#000000}" in css.text  # white would not read
    assert ".site-2{--site:#00528c;--on-site:#ffffff}" in css.text
    for colour in ("#ffd400", "#00528c", "#777777", "#e30613", "#000000", "#ffffff"):
        assert contrast(colour, on_colour(colour)) >= 4.5, colour
    assert "--site:#00528c" in colours_css(network()).split("\n")[0]


def test_static_files_are_served(client: httpx.Client) -> None:
    assert "fetch(" in client.get("/public/static/live.js").text
    assert client.get("/public/static/public.css").status_code == 200


def test_a_page_has_its_etag_and_cache_time_and_answers_304_when_unchanged(
    client: httpx.Client,
) -> None:
    first = client.get("/public/sites/1", params={"lang": "nl"})
    assert first.headers["cache-control"] == "public, max-age=5"
    assert first.headers["vary"] == "Accept-Language, Cookie"
    again = client.get(
        "/public/sites/1", params={"lang": "nl"}, headers={"If-None-Match": first.headers["etag"]}
    )
    assert again.status_code == 304 and again.content == b""
    SHOWN[0] = network(free=3)
    changed = client.get(
        "/public/sites/1", params={"lang": "nl"}, headers={"If-None-Match": first.headers["etag"]}
    )
    assert changed.status_code == 200 and "3 van de 12 computers vrij" in changed.text
