"""The demo's workshops: a week of initiations, a training and a course at the demo's EPN, as
the City's EPNs run them (web, e-mail, job search, online procedures, a blog), with people
registered, one full with a waitlist."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

from admin.core.timeutil import Clock, utc_now
from admin.db.store import Store
from admin.demo.sample import SITE, STAFF_USERNAME
from admin.workshops.service import WorkshopService
from kiosk.protocol.workshops import RegistrationRequest, WorkshopRequest

#: (weekday of next week, time, minutes, weeks, fields): next week, so that no session of the
#: demo's day runs into a reserved computer.
WORKSHOPS: tuple[tuple[int, str, int, int, dict[str, Any]], ...] = (
    (
        0,
        "14:00",
        90,
        4,
        {
            "kind": "initiation",
            "title": {
                "fr": "Premiers pas sur internet",
                "nl": "Eerste stappen op het internet",
                "en": "First steps on the web",
            },
            "description": {
                "fr": "Naviguer, chercher une information, reconnaître un site fiable.",
                "nl": "Surfen, informatie zoeken, een betrouwbare website herkennen.",
                "en": "Browsing, finding information, telling a reliable site.",
            },
            "theme": "web",
            "level": "beginner",
            "capacity": 6,
            "stations": ["RC-05", "RC-06", "RC-07", "RC-08"],
        },
    ),
    (
        1,
        "10:00",
        120,
        3,
        {
            "kind": "initiation",
            "title": {"fr": "Mon CV en ligne", "nl": "Mijn cv online", "en": "My CV online"},
            "theme": "job-search",
            "level": "intermediate",
            "capacity": 4,
            "station_count": 4,
        },
    ),
    (
        2,
        "14:00",
        90,
        2,
        {
            "kind": "course",
            "title": {
                "fr": "Ma boîte e-mail",
                "nl": "Mijn mailbox",
                "en": "My e-mail box",
            },
            "theme": "email",
            "level": "beginner",
            "language": "nl",
            "capacity": 5,
            "station_count": 5,
        },
    ),
    (
        3,
        "10:00",
        120,
        1,
        {
            "kind": "training",
            "title": {
                "fr": "MyMinfin et IRISbox : démarches en ligne",
                "nl": "MyMinfin en IRISbox: administratie online",
                "en": "MyMinfin and IRISbox: procedures online",
            },
            "theme": "admin-online",
            "level": "all",
            "capacity": 6,
            "station_count": 6,
            "registration": "date",
        },
    ),
    (
        4,
        "14:00",
        120,
        6,
        {
            "kind": "workshop",
            "title": {
                "fr": "Créer son blog",
                "nl": "Je eigen blog maken",
                "en": "Making your own blog",
            },
            "theme": "content",
            "level": "all",
            "capacity": 8,
            "station_count": 4,
            "walk_ins": True,
            "code": "BLOG24",
        },
    ),
)

#: Who registers for "Mon CV en ligne": four places, two on the waitlist.
CV_PEOPLE: tuple[dict[str, str], ...] = (
    {"visitor": "2100001237"},
    {"visitor": "2100001234"},
    {
        "name": "Youssef Benali",
        "age_band": "25-39",
        "status": "jobseeker",
        "commune": "molenbeek-saint-jean",
    },
    {"visitor": "2100001238"},
    {"visitor": "2100001235"},
    {
        "name": "Nathalie Lambert",
        "gender": "f",
        "age_band": "40-59",
        "status": "jobseeker",
        "commune": "bruxelles",
    },
)


def seed_workshops(
    store: Store, *, clock: Clock = utc_now, timezone: str = "Europe/Brussels"
) -> list[int]:
    """Plan the demo's workshops next week at the demo's site; returns their ids."""
    service = WorkshopService(store, clock)
    today = clock().astimezone(ZoneInfo(timezone)).date()
    monday = today - timedelta(days=today.weekday()) + timedelta(weeks=1)
    made = []
    for weekday, at, minutes, weeks, fields in WORKSHOPS:
        day = monday + timedelta(days=weekday)
        request = WorkshopRequest.model_validate(
            {
                "site": SITE,
                "animateur": STAFF_USERNAME,
                "starts_at": f"{day.isoformat()}T{at}",
                "minutes": minutes,
                "weeks": weeks,
                **fields,
            }
        )
        made.append(service.add(None, request))
    cv = made[1]
    for person in CV_PEOPLE:
        service.register(None, cv.id, RegistrationRequest.model_validate(person))
    first = made[0]
    for person in ({"visitor": "2100001239"}, {"name": "Mehmet Yilmaz", "age_band": "60-69"}):
        service.register(None, first.id, RegistrationRequest.model_validate(person))
    return [w.id for w in made]
