"""The public snapshot against a hand-built world on a fake clock (Monday 2025-03-10, 09:00
Brussels; the clocks change on Sunday 2025-03-30): the week's hours with a closed date and
exceptional hours, the room in counts (in use, held, offline, free, a disabled PC left out),
the queue (a number called to its PC, one waiting and the wait), the workshops of the next
four weeks with places left (a cancelled date and a cancelled workshop left out), a site whose
public part is off, and the cache: computed once for every reader, again after its seconds."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from admin.core.actors import StationIdentity
from admin.db.store import Store
from admin.public import snapshot
from admin.public.views import CalledNumber
from admin.services import Service
from kiosk.protocol.holds import BookingRequest, TicketRequest
from kiosk.protocol.sites import SitePublic
from kiosk.protocol.workshops import RegistrationRequest, WorkshopRequest
from tests.helpers.clock import FakeClock
from tests.unit.admin.conftest import SITE

MONDAY = datetime(2025, 3, 10, 8, 0, tzinfo=UTC)  # 09:00 in Brussels


def station(service: Service, name: str) -> StationIdentity:
    return service.stations.authenticate(service.directory.add_station(name, SITE).token)


def seen(service: Service, names: list[str], at: datetime) -> None:
    def write(db: Any) -> None:
        for name in names:
            db.execute(
                "UPDATE stations SET last_seen_at = ? WHERE name = ?", [at.isoformat(), name]
            )

    service.store.write(write)


def workshop(service: Service, **fields: Any) -> int:
    values: dict[str, Any] = {
        "site": SITE,
        "kind": "initiation",
        "title": {"fr": "Mon CV en ligne", "nl": "Mijn cv online"},
        "theme": "job-search",
        "animateur": "anim",
        "capacity": 3,
        "stations": ["RC-03"],
        "starts_at": "2025-03-11T14:00",
        "minutes": 120,
    }
    values.update(fields)
    return service.workshops.add(None, WorkshopRequest(**values)).id


@pytest.fixture
def world(service: Service, site: str, clock: FakeClock) -> Service:
    clock.set(MONDAY)
    sites = service.sites
    for day in ("mon", "tue", "wed", "thu", "fri"):
        sites.set_day(SITE, day, "09:00-12:30,13:30-18:00")
    sites.close_date(SITE, "2025-03-12", "Journée pédagogique")
    sites.open_exception(SITE, "2025-03-15", "10:00-13:00")
    sites.open_exception(SITE, "2025-03-30", "09:00-18:00")  # the clocks change that day
    rc = {name: station(service, name) for name in ("RC-01", "RC-02", "RC-03", "RC-04", "RC-05")}
    for card in ("ann", "bob", "cid"):
        service.directory.add_visitor(card)
    service.directory.add_staff("anim", "secret-password", role="staff", sites=[SITE])
    service.store.write(
        lambda db: db.execute("UPDATE stations SET enabled = 0 WHERE name = 'RC-05'")
    )
    seen(service, ["RC-01", "RC-02", "RC-04", "RC-05"], MONDAY)
    seen(service, ["RC-03"], MONDAY - timedelta(minutes=5))  # silent: offline
    service.stations.sign_in(rc["RC-01"], "ann", None)
    # RC-04 is booked from 09:10: free now, but not for the queue
    service.holds.book(
        None,
        BookingRequest(
            site=SITE,
            starts_at="2025-03-10T09:10",
            ends_at="2025-03-10T10:00",
            stations=["RC-04"],
            visitor="cid",
        ),
    )
    service.holds.take(None, TicketRequest(site=SITE, visitor="bob"))  # called to RC-02
    service.holds.take(None, TicketRequest(site=SITE, name="Zoé Dupont"))  # waits
    # workshops: one with places taken, a series with a cancelled date, a cancelled one,
    # and one beyond four weeks
    first = workshop(service)
    service.workshops.register(None, first, RegistrationRequest(visitor="ann"))
    service.workshops.register(None, first, RegistrationRequest(name="Marc Lambert"))
    series = workshop(
        service, title={"fr": "Tablette"}, starts_at="2025-03-13T14:00", weeks=2, level="all"
    )
    service.workshops.cancel(None, series, service.workshops.show(None, series).dates[0].id)
    gone = workshop(service, title={"fr": "Annulé"}, starts_at="2025-03-14T14:00")
    service.workshops.cancel(None, gone)
    workshop(service, title={"fr": "Trop loin"}, starts_at="2025-04-14T14:00")
    return service


def test_the_site_as_citizens_see_it(world: Service) -> None:
    view = snapshot.build_from(world.store, MONDAY)
    (site,) = view.sites
    assert (site.name, site.timezone, site.open_now) == (SITE, "Europe/Brussels", True)
    assert site.closes_at == datetime(2025, 3, 10, 11, 30, tzinfo=UTC)  # 12:30 Brussels
    assert site.next_opening is None
    # seven days, today first; the closed date with its reason, exceptional hours special
    assert [d.day for d in site.week] == [date(2025, 3, 10) + timedelta(days=i) for i in range(7)]
    assert site.today.spans == ((540, 750), (810, 1080))
    wednesday, saturday, sunday = site.week[2], site.week[5], site.week[6]
    assert (wednesday.spans, wednesday.closed_reason, wednesday.special) == (
        (),
        "Journée pédagogique",
        True,
    )
    assert (saturday.spans, saturday.special) == (((600, 780),), True)
    assert (sunday.spans, sunday.closed_reason, sunday.special) == ((), None, False)
    # the room: RC-01 in use, RC-02 held for number 1, RC-03 offline, RC-04 free (booked
    # from 09:10 only), RC-05 disabled (not counted)
    room = site.room
    assert (room.computers, room.free, room.in_use, room.held, room.offline) == (4, 1, 1, 1, 1)
    assert room.called == (CalledNumber(number=1, computer="RC-02"),)
    assert room.waiting == 1
    session = world.store.read(
        lambda db: dict(next(db.query("SELECT * FROM sessions WHERE state = 'active'")))
    )
    # a newcomer is second in line: after ann's session, then a session's usual length
    expected = (session["remaining_seconds"] + session["granted_seconds"] + 59) // 60
    assert room.expected_wait_minutes == expected
    # the workshops: places left, a cancelled date or workshop gone, four weeks only
    shown = [(w.title.get("fr"), w.starts.date(), w.places_left) for w in site.workshops]
    assert shown == [
        ("Mon CV en ligne", date(2025, 3, 11), 1),
        ("Tablette", date(2025, 3, 20), 3),
    ]
    first = site.workshops[0]
    assert first.starts == datetime(2025, 3, 11, 13, 0, tzinfo=UTC)
    assert first.title == {"fr": "Mon CV en ligne", "nl": "Mijn cv online"}
    assert first.theme["fr"] and first.level == "beginner" and first.places == 3
    assert first.animateur is None  # the site does not show names


def test_animateurs_named_only_when_the_site_says_so(world: Service) -> None:
    world.public.put(None, SITE, SitePublic(show_animateurs=True))
    (site,) = snapshot.build_from(world.store, MONDAY).sites
    assert {w.animateur for w in site.workshops} == {"anim"}


def test_a_site_whose_public_part_is_off_is_not_in_the_view(world: Service) -> None:
    world.directory.add_site("EPN Laeken")
    world.public.put(None, "EPN Laeken", SitePublic(enabled=False))
    assert [s.name for s in snapshot.build_from(world.store, MONDAY).sites] == [SITE]
    world.public.put(None, "EPN Laeken", SitePublic(enabled=True))
    names = [s.name for s in snapshot.build_from(world.store, MONDAY).sites]
    assert names == ["EPN Laeken", SITE]  # in name order


def test_closed_now_says_when_it_opens_and_the_dst_day(world: Service) -> None:
    # Saturday 13:30 Brussels: closed until the exceptional Sunday after the clocks change
    saturday = datetime(2025, 3, 29, 12, 30, tzinfo=UTC)
    (site,) = snapshot.build_from(world.store, saturday).sites
    assert not site.open_now and site.closes_at is None
    assert site.next_opening == datetime(2025, 3, 30, 7, 0, tzinfo=UTC)  # 09:00 CEST
    # on the day itself: 09:00-18:00 local is 07:00-16:00 UTC, not 08:00-17:00
    sunday = datetime(2025, 3, 30, 8, 0, tzinfo=UTC)
    (site,) = snapshot.build_from(world.store, sunday).sites
    assert site.open_now and site.closes_at == datetime(2025, 3, 30, 16, 0, tzinfo=UTC)
    assert site.today.day == date(2025, 3, 30) and site.today.special
    assert site.room.offline == 4  # nobody heard from since the Monday


def test_the_cache_computes_once_for_every_reader(fresh_store: Store) -> None:
    Service(fresh_store).directory.add_site(SITE)
    cache = snapshot.SnapshotCache(fresh_store, seconds=5)
    started = threading.Barrier(8)
    views = []

    def read() -> None:
        started.wait()
        views.append(cache.get(MONDAY))

    threads = [threading.Thread(target=read) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert cache.builds == 1 and all(v is views[0] for v in views)
    assert cache.get(MONDAY + timedelta(seconds=4.9)) is views[0]
    later = cache.get(MONDAY + timedelta(seconds=5))
    assert later is not views[0] and later.generated_at == MONDAY + timedelta(seconds=5)
    assert cache.get(MONDAY) is not later  # a clock set back: computed again
    assert cache.builds == 3
    made = []
    for _ in range(3):
        cache.rendered(MONDAY, "key", lambda view: made.append(view) or b"body")
    assert len(made) == 1
