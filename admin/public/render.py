"""The public pages as HTML: a NetworkView and the reader's language in, a page out.

Pure: no database, no clock (the view's ``generated_at`` is "now"), no request. The templates
(admin/public/templates/) receive values already in words, at the site's zone, so that they only
lay them out. The sites' colours are served as a stylesheet of their own (:func:`colours_css`),
never inline: the CSP forbids inline styles and scripts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote
from zoneinfo import ZoneInfo

from jinja2 import Environment, FileSystemLoader, select_autoescape

from admin.core.wording import LANGUAGES
from admin.public.i18n import HTML_LANG, LANGUAGE_NAMES, Words
from admin.public.views import NetworkView, PublicWorkshop, SiteView

TEMPLATES = Path(__file__).parent / "templates"
PREFIX = "/public"
STATIC = f"{PREFIX}/static"
#: How often live.js refreshes the live parts (seconds): pages, and the room display.
REFRESH_PAGE = 5
REFRESH_DISPLAY = 3
#: Workshop dates on a card of the network page, and on a site's page.
CARD_WORKSHOPS = 3
SITE_WORKSHOPS = 20
DEFAULT_COLOUR = "#00528c"
#: WCAG AA's contrast for normal text.
AA_TEXT = 4.5
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True)
class Page:
    """Which page, for the layout: its name and the path the language links point to."""

    name: str  # network | site | display | embed | missing
    path: str


class Renderer:
    """Draws the pages from the templates; one for the server's life."""

    def __init__(self) -> None:
        self.env = Environment(
            loader=FileSystemLoader(TEMPLATES),
            autoescape=select_autoescape(default=True),
            trim_blocks=True,
            lstrip_blocks=True,
        )

    def network(self, view: NetworkView, language: str) -> str:
        words = Words(language)
        cards = [_site(site, view.generated_at, words, CARD_WORKSHOPS) for site in view.sites]
        zone = view.sites[0].timezone if view.sites else "Europe/Brussels"
        return self._draw(
            "network.html",
            Page("network", f"{PREFIX}/"),
            words,
            title=words["network"],
            sites=cards,
            updated=_updated(view.generated_at, zone, words),
            refresh=REFRESH_PAGE,
        )

    def site(self, view: NetworkView, site: SiteView, language: str, page: str) -> str:
        """The site's page, its room display or its embeddable box (``page``)."""
        words = Words(language)
        path = f"{PREFIX}/sites/{site.id}" + ("" if page == "site" else f"/{page}")
        return self._draw(
            f"{page}.html",
            Page(page, path),
            words,
            title=site.name,
            site=_site(site, view.generated_at, words, SITE_WORKSHOPS),
            updated=_updated(view.generated_at, site.timezone, words),
            refresh=REFRESH_DISPLAY if page == "display" else REFRESH_PAGE,
        )

    def missing(self, language: str) -> str:
        words = Words(language)
        return self._draw(
            "missing.html", Page("missing", f"{PREFIX}/"), words, title=words["not_found"]
        )

    def _draw(self, template: str, page: Page, words: Words, **values: Any) -> str:
        languages = [
            {"code": code, "tag": HTML_LANG[code], "name": LANGUAGE_NAMES[code]}
            for code in LANGUAGES
        ]
        return self.env.get_template(template).render(
            page=page,
            w=words,
            lang=HTML_LANG[words.language],
            languages=languages,
            prefix=PREFIX,
            static=STATIC,
            **values,
        )


def colours_css(view: NetworkView) -> str:
    """One class per site: its colour and the text colour that reads best on it."""
    rules = []
    for site in view.sites:
        colour = safe_colour(site.profile.colour)
        rules.append(f".site-{site.id}{{--site:{colour};--on-site:{on_colour(colour)}}}")
    return "\n".join(rules) + "\n"


def safe_colour(colour: str) -> str:
    return colour.lower() if _COLOUR.match(colour or "") else DEFAULT_COLOUR


def on_colour(colour: str) -> str:
    """The text colour on ``colour``: white, as staff chose the colour for (the settings refuse
    a colour under 4.5:1 with white), else black where white would not read (a colour set
    before that check, the default of an older database)."""
    return "#ffffff" if contrast(colour, "#ffffff") >= AA_TEXT else "#000000"


def contrast(first: str, second: str) -> float:
    """WCAG's contrast ratio between two "#rrggbb" colours."""
    a, b = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def _luminance(colour: str) -> float:
    def channel(hex_pair: str) -> float:
        c = int(hex_pair, 16) / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(colour[i : i + 2]) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _updated(moment: datetime, zone: str, words: Words) -> dict[str, str]:
    local = moment.astimezone(ZoneInfo(zone))
    return {"text": words["updated"].format(time=words.clock(local)), "iso": local.isoformat()}


def _site(site: SiteView, now: datetime, words: Words, workshops: int) -> dict[str, Any]:
    zone = ZoneInfo(site.timezone)
    local_now = now.astimezone(zone)
    closes = site.closes_at.astimezone(zone) if site.closes_at else None
    opens = site.next_opening.astimezone(zone) if site.next_opening else None
    room = site.room
    profile = site.profile
    register, register_lang = words.pick(profile.how_to_register)
    return {
        "id": site.id,
        "name": site.name,
        "css": f"site-{site.id}",
        "logo": profile.logo,
        "open": site.open_now,
        "status": words.status(local_now, closes if site.open_now else None, opens),
        "today": (
            words["today"].format(hours=words.spans(site.today.spans))
            if site.today.spans
            else words["closed_today"]
        ),
        "free": room.free,
        "computers": room.computers,
        "free_text": words.free(room.free, room.computers),
        "waiting": room.waiting,
        "waiting_text": words.waiting(room.waiting),
        "wait_text": (
            words.wait(room.expected_wait_minutes)
            if room.waiting and room.expected_wait_minutes is not None
            else ""
        ),
        "called": [{"number": c.number, "computer": c.computer} for c in room.called],
        "week": [
            {
                "name": words.weekday(day.day),
                "date": words.day(day.day),
                "iso": day.day.isoformat(),
                "hours": words.spans(day.spans) if day.spans else words["closed"],
                "closed": not day.spans,
                "reason": day.closed_reason or "",
                "special": day.special,
                "today": index == 0,
            }
            for index, day in enumerate(site.week)
        ],
        "workshops": [_workshop(w, zone, words) for w in site.workshops[:workshops]],
        "address": _address(site),
        "map": _map_link(site),
        "phone": profile.phone or "",
        "email": profile.email or "",
        "website": profile.website or "",
        "register": register or words["register_default"],
        "register_lang": register_lang,
    }


def _workshop(workshop: PublicWorkshop, zone: ZoneInfo, words: Words) -> dict[str, Any]:
    starts, ends = workshop.starts.astimezone(zone), workshop.ends.astimezone(zone)
    title, title_lang = words.pick(workshop.title)
    return {
        "title": title or words.word(workshop.kind),
        "title_lang": title_lang,
        "kind": words.word(workshop.kind),
        "level": words.word(workshop.level),
        "language": words.word(workshop.language),
        "date": words.day(starts.date()),
        "start": words.clock(starts, unit=False),
        "end": words.clock(ends),
        "starts_iso": starts.isoformat(),
        "ends_iso": ends.isoformat(),
        "places_left": workshop.places_left,
        "places": words.places(workshop.places_left),
        "animateur": workshop.animateur or "",
    }


def _address(site: SiteView) -> str:
    profile = site.profile
    town = " ".join(part for part in (profile.postcode, profile.commune) if part)
    return ", ".join(part for part in (profile.address, town) if part)


def _map_link(site: SiteView) -> str:
    address = _address(site)
    return f"https://www.openstreetmap.org/search?query={quote(address)}" if address else ""
