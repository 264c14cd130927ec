from __future__ import annotations

import pytest

from admin.errors import Duplicate
from admin.sample import seed_demo
from admin.service import Service
from admin.store import Store


def test_seed_demo_gives_working_credentials(fresh_store: Store) -> None:
    seeded = seed_demo(fresh_store)
    service = Service(fresh_store)
    assert set(seeded["stations"]) == {"RC-01", "RC-02", "RC-03"}
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
