"""Realistic sample data for ``epn demo``: one Brussels EPN, its stations, visitors, staff."""

from __future__ import annotations

import secrets
from typing import Any

from admin.catalogue_admin import CatalogueAdmin
from admin.catalogue_sample import seed_catalogue
from admin.directory import Directory
from admin.sites import SiteService
from admin.store import Store
from admin.timeutil import Clock, utc_now

SITE = "EPN Riches Claires"
STATIONS = ("RC-01", "RC-02", "RC-03")
STAFF_USERNAME = "animateur"

#: The lock screen's message, by language.
MESSAGE = {
    "fr": "Atelier « Mon CV en ligne » mardi à 14 h. Inscription à l'accueil.",
    "nl": "Workshop 'Mijn cv online' op dinsdag om 14 uur. Inschrijven aan het onthaal.",
    "en": "Workshop 'My CV online' on Tuesday at 2 pm. Sign up at the desk.",
}

#: The rules each visitor accepts once a day, by language.
CHARTER = {
    "fr": (
        "Bienvenue à l'EPN ! Les ordinateurs sont à tout le monde : prenez-en soin.\n\n"
        "Votre temps est compté par jour. Enregistrez votre travail sur une clé USB ou "
        "dans votre boîte mail : tout est effacé à la fin de la session.\n\n"
        "Pas de sites violents, haineux ou pornographiques.\n\n"
        "Besoin d'aide ? Demandez à l'accueil."
    ),
    "nl": (
        "Welkom in de EPN! De computers zijn van iedereen: ga er zorgvuldig mee om.\n\n"
        "Je tijd wordt per dag geteld. Bewaar je werk op een USB-stick of in je mailbox: "
        "alles wordt gewist aan het einde van de sessie.\n\n"
        "Geen gewelddadige, haatdragende of pornografische sites.\n\n"
        "Hulp nodig? Vraag het aan het onthaal."
    ),
    "en": (
        "Welcome to the EPN! The computers belong to everyone: take care of them.\n\n"
        "Your time is counted per day. Save your work on a USB stick or in your mailbox: "
        "everything is erased at the end of the session.\n\n"
        "No violent, hateful or pornographic websites.\n\n"
        "Need help? Ask at the desk."
    ),
}

#: category -> (session, daily, weekly) minutes
POLICIES = {
    "adult": (60, 120, 600),
    "youth": (45, 90, 300),
    "senior": (90, 180, 720),
    "jobseeker": (120, 240, 1200),
}

#: identifier (library card number), display name, category, PIN or None, enabled
VISITORS: tuple[tuple[str, str, str, str | None, bool], ...] = (
    ("2100001234", "Fatima El Amrani", "adult", "1234", True),
    ("2100001235", "Jan Peeters", "senior", None, True),
    ("2100001236", "Lucas Dubois", "youth", None, True),
    ("2100001237", "Amina Diallo", "jobseeker", "2580", True),
    ("2100001238", "Marc Janssens", "adult", None, True),
    ("2100001239", "Sofia Rossi", "senior", "0000", True),
    ("2100009999", "Compte suspendu", "adult", None, False),
)


def seed_demo(
    store: Store, *, password: str | None = None, clock: Clock = utc_now
) -> dict[str, Any]:
    """Fill an empty database; returns the station tokens and the staff credentials.

    Result: ``{"site": str, "stations": {name: token}, "staff": {"username", "password"},
    "visitors": [{"identifier", "name", "category", "pin"}]}``.
    """
    directory = Directory(store, clock)
    # one outer transaction (the inner writes become savepoints): all or nothing
    catalogue = CatalogueAdmin(store, clock)
    sites = SiteService(store, clock)
    return store.write(
        lambda _db: _seed(directory, password or secrets.token_urlsafe(9), catalogue, sites)
    )


def _seed(
    directory: Directory, password: str, catalogue: CatalogueAdmin, sites: SiteService
) -> dict[str, Any]:
    directory.add_site(SITE)
    # open around the clock (no hours), so that the demo works at any time of day
    for language in MESSAGE:
        sites.set_text(SITE, "message", language, MESSAGE[language])
        sites.set_text(SITE, "charter", language, CHARTER[language])
    for category, (session, daily, weekly) in POLICIES.items():
        directory.set_policy(
            category, session_minutes=session, daily_minutes=daily, weekly_minutes=weekly
        )
    tokens = {name: directory.add_station(name, SITE).token for name in STATIONS}
    visitors = []
    for identifier, name, category, pin, enabled in VISITORS:
        directory.add_visitor(
            identifier, pin=pin, category=category, display_name=name, enabled=enabled
        )
        visitors.append(
            {
                "identifier": identifier,
                "name": name,
                "category": category,
                "pin": pin,
                "enabled": enabled,
            }
        )
    directory.add_staff(STAFF_USERNAME, password, role="staff", sites=[SITE])
    seed_catalogue(catalogue)
    return {
        "site": SITE,
        "stations": tokens,
        "staff": {"username": STAFF_USERNAME, "password": password},
        "visitors": visitors,
    }
