"""A NetworkView of Brussels' public computer rooms built by hand, for the public pages' tests
that need no database."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from admin.public.views import (
    CalledNumber,
    DayHours,
    NetworkView,
    PublicWorkshop,
    Room,
    SiteProfile,
    SiteView,
)

BRUSSELS = ZoneInfo("Europe/Brussels")
#: Tuesday 8 December 2026, 10:30 in Brussels.
NOW = datetime(2026, 12, 8, 10, 30, tzinfo=BRUSSELS)
DAY = (9 * 60, 12 * 60 + 30), (13 * 60 + 30, 18 * 60)


def _week(first: date, *, closed_on: int = 6) -> tuple[DayHours, ...]:
    days = []
    for offset in range(7):
        day = first + timedelta(days=offset)
        if day.weekday() == closed_on:
            days.append(DayHours(day, ()))
        elif offset == 4:
            days.append(DayHours(day, (), closed_reason="Formation du personnel", special=True))
        elif offset == 3:
            days.append(DayHours(day, ((9 * 60, 12 * 60),), special=True))
        else:
            days.append(DayHours(day, DAY))
    return tuple(days)


def network(*, free: int = 4, called: tuple[CalledNumber, ...] = ()) -> NetworkView:
    start = NOW.replace(hour=14, minute=0) + timedelta(days=1)
    laeken = SiteView(
        id=1,
        name="Bibliothèque de Laeken",
        timezone="Europe/Brussels",
        profile=SiteProfile(
            address="Boulevard Émile Bockstael 246",
            postcode="1020",
            commune="Bruxelles",
            phone="02 279 37 90",
            email="epn.laeken@example.be",
            how_to_register={"fr": "À l'accueil ou par téléphone.", "nl": "Aan de balie."},
            colour="#ffd400",
        ),
        open_now=True,
        closes_at=NOW.replace(hour=12, minute=30),
        next_opening=None,
        week=_week(NOW.date()),
        room=Room(12, free, 12 - free - 1, 1, 0, 3, 20, called),
        workshops=(
            PublicWorkshop(
                id=7,
                date_id=70,
                kind="initiation",
                title={"nl": "Digitaal lezen"},
                description={},
                theme={},
                level="beginner",
                language="nl",
                starts=start,
                ends=start + timedelta(hours=2),
                places=8,
                places_left=3,
            ),
            PublicWorkshop(
                id=8,
                date_id=80,
                kind="workshop",
                title={"fr": "Mon CV en ligne", "nl": "Mijn cv online", "en": "My CV online"},
                description={},
                theme={},
                level="all",
                language="fr",
                starts=start + timedelta(days=2),
                ends=start + timedelta(days=2, hours=3),
                places=10,
                places_left=0,
            ),
        ),
    )
    brusurf = SiteView(
        id=2,
        name="BruSurf",
        timezone="Europe/Brussels",
        profile=SiteProfile(address="Rue de la Fourche 36", postcode="1000", colour="#00528c"),
        open_now=False,
        closes_at=None,
        next_opening=NOW.replace(hour=13, minute=30),
        week=_week(NOW.date()),
        room=Room(8, 0, 0, 0, 8, 0, None),
        workshops=(),
    )
    return NetworkView(NOW, (brusurf, laeken))
