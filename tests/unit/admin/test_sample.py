"""The demo's sample data: working credentials, all or nothing, plausible past sessions."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from admin.core.errors import Duplicate
from admin.core.timeutil import from_iso
from admin.db.store import Store
from admin.demo.sample import STATIONS, TIMEZONE, seed_demo, seed_history
from admin.public.settings import contrast_with_white
from admin.public.snapshot import build_from
from admin.services import Service
from kiosk.protocol.limits import MIN_COLOUR_CONTRAST

NOW = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)


def history(tmp_path: Path, seed: int = 7) -> list[dict]:
    store = Store(tmp_path / f"demo-{seed}.db")
    try:
        seed_demo(store, clock=lambda: NOW)
        count = seed_history(store, days=14, clock=lambda: NOW, seed=seed)
        rows = store.read(
            lambda db: list(db.query("SELECT * FROM sessions ORDER BY station_id, started_at"))
        )
    finally:
        store.close()
    assert count == len(rows)
    return rows


def test_sessions_fall_in_opening_hours_on_weekdays_and_saturdays(tmp_path: Path) -> None:
    rows = history(tmp_path)
    assert len(rows) > 100
    zone = ZoneInfo(TIMEZONE)
    for row in rows:
        start = from_iso(row["started_at"]).astimezone(zone)
        end = from_iso(row["ended_at"]).astimezone(zone)
        assert start.weekday() != 6
        assert (start.hour, start.minute) >= (9, 30) and (end.hour, end.minute) <= (18, 0)
        assert row["day"] == start.date().isoformat()
        assert start.date() < NOW.date()
        assert row["used_seconds"] == (end - start).total_seconds()
        assert row["state"] == "ended"


def test_a_station_never_holds_two_sessions_at_once(tmp_path: Path) -> None:
    rows = history(tmp_path)
    for before, after in itertools.pairwise(rows):
        if before["station_id"] == after["station_id"]:
            assert before["ended_at"] <= after["started_at"]


def test_the_same_seed_gives_the_same_history(tmp_path: Path) -> None:
    def key(rows: list[dict]) -> list[tuple]:
        return [(r["station_id"], r["started_at"], r["used_seconds"]) for r in rows]

    for folder in "abc":
        (tmp_path / folder).mkdir()
    first = key(history(tmp_path / "a", 3))
    assert first == key(history(tmp_path / "b", 3))
    assert first != key(history(tmp_path / "c", 4))


def test_seed_demo_gives_working_credentials(fresh_store: Store) -> None:
    seeded = seed_demo(fresh_store)
    service = Service(fresh_store)
    assert set(seeded["stations"]) == set(STATIONS)
    station = service.stations.authenticate(seeded["stations"]["RC-01"])
    assert station.site_name == "EPN Riches Claires"
    staff = seeded["staff"]
    login = service.staff.login(staff["username"], staff["password"])
    assert login.staff.role == "staff" and login.staff.site_ids == [station.site_id]
    categories = {v["category"] for v in seeded["visitors"]}
    assert {"adult", "youth", "senior", "jobseeker"} <= categories
    with_pin = next(v for v in seeded["visitors"] if v["pin"] and v["enabled"])
    grant = service.stations.sign_in(station, with_pin["identifier"], with_pin["pin"])
    assert grant.visitor.display_name == with_pin["name"]


def test_seed_demo_is_all_or_nothing(fresh_store: Store) -> None:
    directory = Service(fresh_store).directory
    directory.add_site("Double Click")
    directory.add_station("RC-02", "Double Click")  # the demo's second station name is taken
    with pytest.raises(Duplicate):
        seed_demo(fresh_store)
    assert fresh_store.read(lambda db: [r["name"] for r in db["sites"].rows]) == ["Double Click"]
    assert fresh_store.read(lambda db: db["visitors"].count) == 0


def test_the_demo_site_has_a_public_page_with_its_address_and_colour(
    fresh_store: Store,
) -> None:
    seed_demo(fresh_store, clock=lambda: NOW)
    view = build_from(fresh_store, NOW)
    (site,) = view.sites
    profile = site.profile
    assert (profile.address, profile.postcode, profile.commune) == (
        "Rue des Riches Claires 24",
        "1000",
        "Bruxelles",
    )
    assert profile.how_to_register is not None
    assert set(dict(profile.how_to_register)) == {"fr", "nl", "en"}
    assert profile.colour == "#8a1538"
    assert contrast_with_white(profile.colour) >= MIN_COLOUR_CONTRAST
    assert profile.logo is not None and profile.logo.startswith(f"/public/v1/sites/{site.id}/")
