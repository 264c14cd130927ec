"""The network as citizens see it, built from the database once for all readers.

:func:`build` reads every site whose public part is on in one read transaction and makes the
frozen :class:`~admin.public.views.NetworkView` (views.py: the contract of every page and
feed). It reuses the server's own rules: the opening hours of :mod:`admin.sites.hours`, the
queue's expected wait (:func:`admin.holds.queue.line_waits`), the workshops' count of
registered places (:func:`admin.workshops.records.counts`), and the room's words: a PC is
*offline* when its station has been silent longer than ``OFFLINE_AFTER_SECONDS`` (as the
console's room), *in use* when a session runs on it, *held* when a booking, a workshop or the
queue holds it now, and *free* otherwise (online, enabled, nobody signed in, not held now).
Nothing of a visitor, a card or a staff member is read, but the animateur's name where the
site shows it.

:func:`current` is what the pages and feeds call: a small cache keyed by nothing but time
(``cache_seconds``, default :data:`DEFAULT_CACHE_SECONDS`), single-flight (readers arriving
while it is being computed wait for that one computation), on the store's read path (each
thread's own read connection: never the writer's lock, never waiting for a group commit).
:func:`current_async` answers a fresh view on the event loop without a thread hop and
computes a stale one in a worker thread, off the loop.
"""

from __future__ import annotations

import math
import threading
import weakref
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

import anyio.to_thread
from sqlite_utils import Database

from admin.core.timeutil import from_iso, to_iso
from admin.db.store import Store
from admin.holds import queue
from admin.public.config import DEFAULT_CACHE_SECONDS
from admin.public.views import (
    CalledNumber,
    DayHours,
    NetworkView,
    PublicWorkshop,
    Room,
    SiteProfile,
    SiteView,
)
from admin.sites import hours
from admin.sites import settings as sites
from admin.workshops import records
from kiosk.protocol.limits import OFFLINE_AFTER_SECONDS

#: The days of hours a site view carries, today first.
WEEK_DAYS = 7
#: How far ahead the workshops' dates are shown.
WORKSHOP_HORIZON = timedelta(weeks=4)
#: The city's colour, when a site chose none.
DEFAULT_COLOUR = SiteProfile().colour
LANGUAGES = ("fr", "nl", "en")

#: The columns of ``site_public`` the snapshot reads (never the logo's bytes).
PROFILE_COLUMNS = (
    "enabled",
    "address",
    "postcode",
    "commune",
    "phone",
    "email",
    "website",
    "register_fr",
    "register_nl",
    "register_en",
    "colour",
    "show_animateurs",
    "logo_digest",
)

T = TypeVar("T")


# --- building -------------------------------------------------------------------------------


def logo_path(site_id: int, digest: str) -> str:
    """The public URL path of a site's logo (served by admin/api/public.py); its digest makes a
    new logo a new address, so no cache keeps the old one."""
    return f"/public/v1/sites/{site_id}/logo?v={digest[:16]}"


def texts_of(row: Mapping[str, Any], prefix: str) -> dict[str, str]:
    """The languages a text was written in: ``prefix_fr``, ``prefix_nl``, ``prefix_en``."""
    return {lang: row[f"{prefix}_{lang}"] for lang in LANGUAGES if row.get(f"{prefix}_{lang}")}


def profile_of(site_id: int, row: Mapping[str, Any]) -> SiteProfile:
    """A site's public settings from its ``site_public`` row (empty: the defaults)."""
    if not row or row.get("enabled") is None:
        return SiteProfile()
    register = texts_of(row, "register")
    return SiteProfile(
        enabled=bool(row["enabled"]),
        address=row["address"],
        postcode=row["postcode"],
        commune=row["commune"],
        phone=row["phone"],
        email=row["email"],
        website=row["website"],
        how_to_register=register or None,
        logo=logo_path(site_id, row["logo_digest"]) if row["logo_digest"] else None,
        colour=row["colour"] or DEFAULT_COLOUR,
        show_animateurs=bool(row["show_animateurs"]),
    )


def _week(
    db: Database, site_id: int, schedule: hours.Schedule, today: date
) -> tuple[DayHours, ...]:
    reasons = {
        row["date"]: row["reason"]
        for row in db.query(
            "SELECT date, reason FROM site_closed_dates WHERE site_id = ? AND date >= ?",
            [site_id, today.isoformat()],
        )
    }
    week = []
    for offset in range(WEEK_DAYS):
        day = today + timedelta(days=offset)
        week.append(
            DayHours(
                day=day,
                spans=tuple((i.opens, i.closes) for i in schedule.intervals_on(day)),
                closed_reason=reasons.get(day.isoformat()) if day in schedule.closed else None,
                special=day in schedule.closed or day in schedule.exceptions,
            )
        )
    return tuple(week)


def _room(db: Database, site: Mapping[str, Any], now: datetime) -> Room:
    iso = to_iso(now)
    cutoff = to_iso(now - timedelta(seconds=OFFLINE_AFTER_SECONDS))
    rows = list(
        db.query(
            "SELECT st.last_seen_at IS NULL OR st.last_seen_at < ? AS offline,"
            " EXISTS (SELECT 1 FROM sessions s WHERE s.station_id = st.id"
            " AND s.state = 'active') AS in_use,"
            " EXISTS (SELECT 1 FROM station_holds h WHERE h.station_id = st.id"
            " AND h.state IN ('held', 'claimed') AND h.starts_at <= ? AND h.ends_at > ?) AS held"
            " FROM stations st WHERE st.site_id = ? AND st.enabled = 1",
            [cutoff, iso, iso, site["id"]],
        )
    )
    offline = sum(1 for r in rows if r["offline"])
    in_use = sum(1 for r in rows if not r["offline"] and r["in_use"])
    held = sum(1 for r in rows if not r["offline"] and not r["in_use"] and r["held"])
    waiting = queue.waiting_count(db, site["id"])
    wait = None
    if waiting:
        seconds = queue.line_waits(db, site, waiting + 1, now)[waiting]
        wait = None if seconds is None else math.ceil(seconds / 60)
    called = tuple(
        CalledNumber(number=int(r["number"]), computer=r["station"])
        for r in db.query(
            "SELECT t.number, st.name AS station FROM queue_tickets t"
            " JOIN station_holds h ON h.ticket_id = t.id AND h.state = 'held'"
            " JOIN stations st ON st.id = h.station_id"
            " WHERE t.site_id = ? AND t.state = 'called' ORDER BY t.number",
            [site["id"]],
        )
    )
    return Room(
        computers=len(rows),
        free=len(rows) - offline - in_use - held,
        in_use=in_use,
        held=held,
        offline=offline,
        waiting=waiting,
        expected_wait_minutes=wait,
        called=called,
    )


def _workshops(
    db: Database, site_id: int, now: datetime, show_animateurs: bool
) -> tuple[PublicWorkshop, ...]:
    themes = {
        row["code"]: texts_of(row, "label") for row in db.query("SELECT * FROM workshop_themes")
    }
    made = []
    for row in db.query(
        "SELECT w.*, d.id AS date_id, d.starts_at, d.ends_at, sf.username AS animateur"
        " FROM workshop_dates d JOIN workshops w ON w.id = d.workshop_id"
        " JOIN staff sf ON sf.id = w.animateur_id"
        " WHERE w.site_id = ? AND w.state = 'planned' AND d.state = 'planned'"
        " AND d.starts_at >= ? AND d.starts_at < ? ORDER BY d.starts_at, w.id",
        [site_id, to_iso(now), to_iso(now + WORKSHOP_HORIZON)],
    ):
        series = row["registration"] == "series"
        registered, _ = records.counts(db, row["id"], None if series else row["date_id"])
        made.append(
            PublicWorkshop(
                id=row["id"],
                date_id=row["date_id"],
                kind=row["kind"],
                title=texts_of(row, "title"),
                description=texts_of(row, "description"),
                theme=themes.get(row["theme"], {}),
                level=row["level"],
                language=row["language"],
                starts=from_iso(row["starts_at"]),
                ends=from_iso(row["ends_at"]),
                places=int(row["capacity"]),
                places_left=max(0, int(row["capacity"]) - registered),
                animateur=row["animateur"] if show_animateurs else None,
            )
        )
    return tuple(made)


def _site(db: Database, row: Mapping[str, Any], now: datetime) -> SiteView:
    profile = profile_of(row["id"], row)
    tz = row["timezone"]
    schedule = sites.load_schedule(db, row["id"])
    open_now = hours.is_open(schedule, now, tz)
    today = now.astimezone(ZoneInfo(tz)).date()
    return SiteView(
        id=row["id"],
        name=row["name"],
        timezone=tz,
        profile=profile,
        open_now=open_now,
        closes_at=hours.closes_at(schedule, now, tz) if open_now else None,
        next_opening=None if open_now else hours.next_opening(schedule, now, tz),
        week=_week(db, row["id"], schedule, today),
        room=_room(db, row, now),
        workshops=_workshops(db, row["id"], now, profile.show_animateurs),
    )


def in_read_transaction(db: Database, fn: Callable[[Database], T]) -> T:
    """``fn(db)`` inside one read transaction (one consistent state of every table), unless the
    connection is in a transaction already (then inside that one)."""
    if db.conn.in_transaction:
        return fn(db)
    db.execute("BEGIN")
    try:
        return fn(db)
    finally:
        db.execute("COMMIT")


def build(db: Database, now: datetime) -> NetworkView:
    """Every public site as of ``now`` (an aware datetime), in name order."""
    columns = ", ".join(f"p.{c}" for c in PROFILE_COLUMNS)

    def read(db: Database) -> NetworkView:
        rows = [
            dict(r)
            for r in db.query(
                f"SELECT s.*, {columns} FROM sites s LEFT JOIN site_public p ON p.site_id = s.id"
                " WHERE COALESCE(p.enabled, 1) = 1 ORDER BY s.name"
            )
        ]
        return NetworkView(generated_at=now, sites=tuple(_site(db, row, now) for row in rows))

    return in_read_transaction(db, read)


def build_from(store: Store, now: datetime) -> NetworkView:
    """:func:`build` on the calling thread's read connection (never the writer's lock)."""
    return store.read(lambda db: build(db, now))


# --- the cache ------------------------------------------------------------------------------


@dataclass
class _Entry:
    view: NetworkView
    #: What the pages and feeds made of ``view`` (key → value), made once per view.
    rendered: dict[Any, Any] = field(default_factory=dict)


class SnapshotCache:
    """One snapshot for every reader during ``seconds``, computed once (single-flight)."""

    def __init__(self, store: Store, seconds: float = DEFAULT_CACHE_SECONDS) -> None:
        self._store = store
        self.seconds = seconds
        self._entry: _Entry | None = None
        self._computing = threading.Lock()
        #: How many times the snapshot was built (tests and the benchmark read it).
        self.builds = 0

    def fresh(self, now: datetime) -> _Entry | None:
        """The cached entry when still valid at ``now`` (a clock set back invalidates it)."""
        entry = self._entry
        if entry is None:
            return None
        age = (now - entry.view.generated_at).total_seconds()
        return entry if 0 <= age < self.seconds else None

    def entry(self, now: datetime) -> _Entry:
        entry = self.fresh(now)
        if entry is not None:
            return entry
        with self._computing:  # the others wait here for the one computation
            entry = self.fresh(now)
            if entry is None:
                view = build_from(self._store, now)
                self.builds += 1
                entry = self._entry = _Entry(view)
            return entry

    def get(self, now: datetime) -> NetworkView:
        return self.entry(now).view

    def rendered(self, now: datetime, key: Any, make: Callable[[NetworkView], T]) -> T:
        """``make(view)`` of the current view, made once per view and ``key`` (a race makes
        it twice at worst, with the same result)."""
        entry = self.entry(now)
        try:
            return entry.rendered[key]
        except KeyError:
            value = entry.rendered[key] = make(entry.view)
            return value

    def invalidate(self) -> None:
        self._entry = None


_caches: weakref.WeakKeyDictionary[Store, SnapshotCache] = weakref.WeakKeyDictionary()
_caches_lock = threading.Lock()


def cache_for(store: Store) -> SnapshotCache:
    """The store's one snapshot cache (made on first use, with the default time)."""
    cache = _caches.get(store)
    if cache is None:
        with _caches_lock:
            cache = _caches.get(store)
            if cache is None:
                cache = _caches[store] = SnapshotCache(store)
    return cache


def configure(store: Store, cache_seconds: float) -> SnapshotCache:
    """Set how long the store's snapshot serves (the server's ``[public] cache_seconds``)."""
    cache = cache_for(store)
    cache.seconds = cache_seconds
    return cache


def current(store: Store, now: datetime) -> NetworkView:
    """The network's public view at ``now``: the cached one while fresh, else built once."""
    return cache_for(store).get(now)


def invalidate_all() -> None:
    """Forget every cached snapshot (a site's public settings changed in this process)."""
    with _caches_lock:
        caches = list(_caches.values())
    for cache in caches:
        cache.invalidate()


async def current_async(store: Store, now: datetime) -> NetworkView:
    """:func:`current` for a coroutine: a fresh view at once, a stale one built in a worker
    thread (the event loop never runs the queries)."""
    cache = cache_for(store)
    entry = cache.fresh(now)
    if entry is not None:
        return entry.view
    return await anyio.to_thread.run_sync(cache.get, now)


async def rendered_async(
    store: Store, now: datetime, key: Any, make: Callable[[NetworkView], T]
) -> T:
    """:meth:`SnapshotCache.rendered` for a coroutine: a body already made for the fresh view
    at once, else built (and made) in a worker thread."""
    cache = cache_for(store)
    entry = cache.fresh(now)
    if entry is not None and key in entry.rendered:
        return entry.rendered[key]
    return await anyio.to_thread.run_sync(cache.rendered, now, key, make)
