"""Realistic sample data for ``epn demo``: one Brussels EPN, its stations, visitors, staff."""

from __future__ import annotations

import secrets
from typing import Any

from admin.catalogue_admin import CatalogueAdmin
from admin.catalogue_sample import seed_catalogue
from admin.directory import Directory
from admin.store import Store
from admin.timeutil import Clock, utc_now

SITE = "EPN Riches Claires"
STATIONS = ("RC-01", "RC-02", "RC-03")
STAFF_USERNAME = "animateur"

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
    return store.write(
        lambda _db: _seed(directory, password or secrets.token_urlsafe(9), catalogue)
    )


def _seed(directory: Directory, password: str, catalogue: CatalogueAdmin) -> dict[str, Any]:
    directory.add_site(SITE)
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
