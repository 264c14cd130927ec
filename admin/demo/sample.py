"""Realistic sample data for ``epn demo``: one Brussels EPN, its stations, visitors, staff."""

from __future__ import annotations

import random
import secrets
import uuid
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from admin.catalogue.editing import CatalogueAdmin
from admin.core.timeutil import Clock, to_iso, utc_now
from admin.db.store import Store
from admin.demo.catalogue import seed_catalogue
from admin.directory import Directory
from admin.public.settings import PublicSettings
from admin.rules.session_rules import SessionRules
from admin.sites.settings import SiteService
from admin.visitors import profile
from kiosk.protocol.sites import RegisterTexts, SitePublic

SITE = "EPN Riches Claires"
STATIONS = ("RC-01", "RC-02", "RC-03", "RC-04", "RC-05", "RC-06", "RC-07", "RC-08")
TIMEZONE = "Europe/Brussels"
STAFF_USERNAME = "animateur"
#: The demo's teacher (same password as the desk account): their console is the class's room.
TEACHER_USERNAME = "enseignante"

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
        "Welkom in de openbare computerruimte! De computers zijn van iedereen: "
        "ga er zorgvuldig mee om.\n\n"
        "Uw tijd wordt per dag geteld. Bewaar uw werk op een USB-stick of in uw mailbox: "
        "alles wordt gewist aan het einde van de sessie.\n\n"
        "Geen gewelddadige, haatzaaiende of pornografische websites.\n\n"
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

#: What citizens see of the site on the server's public page (/public/): the library's address,
#: how to register for its workshops, its colour (white text on it reads: 9.3:1) and logo.
PUBLIC = SitePublic(
    address="Rue des Riches Claires 24",
    postcode="1000",
    commune="Bruxelles",
    website="https://www.bruxelles.be/espaces-publics-numeriques",
    how_to_register=RegisterTexts(
        fr=(
            "Inscription aux ateliers à l'accueil de la bibliothèque, aux heures d'ouverture. "
            "Les ateliers sont gratuits ; apportez votre carte de bibliothèque."
        ),
        nl=(
            "Inschrijven voor de workshops aan het onthaal van de bibliotheek, tijdens de "
            "openingsuren. De workshops zijn gratis; breng uw bibliotheekkaart mee."
        ),
        en=(
            "Register for the workshops at the library's desk, during opening hours. "
            "The workshops are free; bring your library card."
        ),
    ),
    colour="#8a1538",
    show_animateurs=False,
)
#: The site's logo on its public page: its initials in white on its colour.
LOGO = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96">'
    b'<circle cx="48" cy="48" r="46" fill="#8a1538"/>'
    b'<text x="48" y="60" font-family="DejaVu Sans, sans-serif" font-size="34"'
    b' font-weight="bold" fill="#ffffff" text-anchor="middle">RC</text></svg>'
)

#: Warnings and automatic extension (admin/rules/session_rules.py), (site or None: city-wide,
#: category, values): the city warns young visitors earlier; the site lets job seekers finish
#: an application while computers are free.
SESSION_RULES: tuple[tuple[str | None, str, dict[str, Any]], ...] = (
    (None, "youth", {"warning_seconds": [600, 300, 60]}),
    (SITE, "jobseeker", {"extend_minutes": 15, "extend_times": 2, "extend_min_free": 2}),
)

#: category -> (session, daily, weekly) minutes
POLICIES = {
    "adult": (60, 120, 600),
    "youth": (45, 90, 300),
    "senior": (90, 180, 720),
    "jobseeker": (120, 240, 1200),
}

#: identifier (library card number), display name, category, PIN or None, enabled, age band
VISITORS: tuple[tuple[str, str, str, str | None, bool, str], ...] = (
    ("2100001234", "Fatima El Amrani", "adult", "1234", True, "25-39"),
    ("2100001235", "Jan Peeters", "senior", None, True, "70+"),
    ("2100001236", "Lucas Dubois", "youth", None, True, "12-17"),
    ("2100001237", "Amina Diallo", "jobseeker", "2580", True, "18-24"),
    ("2100001238", "Marc Janssens", "adult", None, True, "40-59"),
    ("2100001239", "Sofia Rossi", "senior", "0000", True, "70+"),
    ("2100009999", "Compte suspendu", "adult", None, False, "25-39"),
)

#: Regular visitors of the past weeks, for the statistics and the histories of the demo.
_FIRST = (
    "Youssef",
    "Marie",
    "Mehmet",
    "Nathalie",
    "Pieter",
    "Aïcha",
    "Olivier",
    "Elif",
    "Thomas",
    "Fatou",
    "Kevin",
    "Leen",
    "Ahmed",
    "Sarah",
    "Bruno",
    "Ines",
)
_LAST = (
    "Benali",
    "Claes",
    "Yilmaz",
    "Lambert",
    "Wouters",
    "Kaba",
    "Martin",
    "Demir",
    "Maes",
    "Ndiaye",
    "Hermans",
    "Mertens",
    "El Idrissi",
    "Leroy",
    "Costa",
    "Vermeulen",
)
_AGES = ("12-17", "18-24", "18-24", "25-39", "25-39", "40-59", "60-69", "70+")
_CATEGORIES = ("adult", "adult", "youth", "senior", "jobseeker", "jobseeker")
#: End reasons of past sessions, weighted as seen at a desk.
_REASONS = ("visitor",) * 6 + ("time_up",) * 3 + ("idle", "staff")


def seed_demo(
    store: Store, *, password: str | None = None, clock: Clock = utc_now
) -> dict[str, Any]:
    """Fill an empty database; returns the station tokens and the staff credentials.

    Result: ``{"site": str, "stations": {name: token}, "staff": {"username", "password"},
    "teacher": {"username", "password"},
    "visitors": [{"identifier", "name", "category", "pin"}]}``.
    """
    directory = Directory(store, clock)
    # one outer transaction (the inner writes become savepoints): all or nothing
    catalogue = CatalogueAdmin(store, clock)
    sites = SiteService(store, clock)
    rules = SessionRules(store, clock)
    public = PublicSettings(store, clock)
    return store.write(
        lambda _db: _seed(
            directory, password or secrets.token_urlsafe(9), catalogue, sites, rules, public
        )
    )


def _seed(
    directory: Directory,
    password: str,
    catalogue: CatalogueAdmin,
    sites: SiteService,
    rules: SessionRules,
    public: PublicSettings,
) -> dict[str, Any]:
    directory.add_site(SITE)
    public.put(None, SITE, PUBLIC)
    public.set_logo(None, SITE, LOGO)
    # open around the clock (no hours), so that the demo works at any time of day
    for language in MESSAGE:
        sites.set_text(SITE, "message", language, MESSAGE[language])
        sites.set_text(SITE, "charter", language, CHARTER[language])
    for category, (session, daily, weekly) in POLICIES.items():
        directory.set_policy(
            category, session_minutes=session, daily_minutes=daily, weekly_minutes=weekly
        )
    for site, category, values in SESSION_RULES:
        rules.set(category, site=site, **values)
    tokens = {name: directory.add_station(name, SITE).token for name in STATIONS}
    visitors = []
    for identifier, name, category, pin, enabled, _age in VISITORS:
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
    directory.add_staff(TEACHER_USERNAME, password, role="teacher", sites=[SITE])
    seed_catalogue(catalogue)
    return {
        "site": SITE,
        "stations": tokens,
        "staff": {"username": STAFF_USERNAME, "password": password},
        "teacher": {"username": TEACHER_USERNAME, "password": password},
        "visitors": visitors,
    }


def seed_history(store: Store, *, days: int = 35, clock: Clock = utc_now, seed: int = 7) -> int:
    """Past sessions at the demo's site over ``days`` days (before today), from 9:30 to 18:00
    local, Monday to Saturday; returns how many. Deterministic for a given ``seed``."""
    rng = random.Random(seed)
    zone = ZoneInfo(TIMEZONE)
    today = clock().astimezone(zone).date()

    def write(db: Any) -> int:
        for identifier, _name, _category, _pin, _enabled, age in VISITORS:
            db.execute("UPDATE visitors SET age_band = ? WHERE identifier = ?", [age, identifier])
        created = to_iso(clock())
        regulars = []
        for index in range(40):
            identifier = f"21000{20000 + index:05d}"
            name = f"{_FIRST[index % len(_FIRST)]} {_LAST[(index * 7) % len(_LAST)]}"
            db.execute(
                "INSERT OR IGNORE INTO visitors (identifier, display_name, category, enabled,"
                " created_at, age_band) VALUES (?, ?, ?, 1, ?, ?)",
                [identifier, name, rng.choice(_CATEGORIES), created, rng.choice(_AGES)],
            )
        rows = db.execute(
            "SELECT id FROM visitors WHERE enabled = 1 ORDER BY identifier"
        ).fetchall()
        regulars = [row[0] for row in rows]
        stations = [
            row[0]
            for row in db.execute(
                "SELECT st.id FROM stations st JOIN sites si ON si.id = st.site_id"
                " WHERE si.name = ? ORDER BY st.name",
                [SITE],
            ).fetchall()
        ]
        count = 0
        for back in range(days, 0, -1):
            day = today - timedelta(days=back)
            if day.weekday() == 6:  # closed on Sundays
                continue
            busy = 1.4 if day.weekday() in (2, 5) else 1.0  # Wednesday and Saturday afternoons
            for station in stations:
                moment = datetime.combine(day, time(9, 30), zone)
                close = datetime.combine(day, time(18, 0), zone)
                while True:
                    moment += timedelta(minutes=rng.randint(2, int(50 / busy)))
                    length = timedelta(minutes=rng.choice((15, 25, 30, 40, 45, 55, 60, 60, 90)))
                    if moment + length > close:
                        break
                    reason = rng.choice(_REASONS)
                    visitor = rng.choice(regulars)
                    db.execute(
                        "INSERT INTO sessions (id, station_id, visitor_id, state, started_at,"
                        " ended_at, granted_seconds, used_seconds, remaining_seconds,"
                        f" reported_at, end_reason, day{profile.insert_columns()}) VALUES (?, ?,"
                        f" ?, 'ended', ?, ?, ?, ?, 0, ?, ?, ?{profile.insert_marks()})",
                        [
                            str(uuid.UUID(int=rng.getrandbits(128))),
                            station,
                            visitor,
                            to_iso(moment),
                            to_iso(moment + length),
                            int(length.total_seconds()) + 600,
                            int(length.total_seconds()),
                            to_iso(moment + length),
                            reason,
                            day.isoformat(),
                            *profile.snapshot(db, visitor, moment, TIMEZONE),
                        ],
                    )
                    count += 1
                    moment += length
        return count

    return store.write(write)
