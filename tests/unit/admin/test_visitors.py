"""Visitor accounts: fields, search, edit, disable with a last day, PIN reset."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from admin.core.errors import Duplicate, Refused
from admin.core.security import verify_secret
from admin.services import Service
from admin.visitors.accounts import Visitors
from kiosk.protocol.errors import ErrorCode
from tests.helpers.clock import FakeClock


@pytest.fixture
def visitors(service: Service, clock: FakeClock) -> Visitors:
    return Visitors(service.store, clock)


def _audit(service: Service, action: str) -> list[dict[str, object]]:
    return service.store.read(
        lambda db: list(db.query("SELECT * FROM audit WHERE action = ? ORDER BY id", [action]))
    )


def test_create_with_every_field(visitors: Visitors, service: Service) -> None:
    created = visitors.create(
        None,
        " 2100001234 ",
        pin="2468",
        display_name="Fatima",
        category="jobseeker",
        age_band="25-39",
        gender="f",
        status="jobseeker",
        notes="prefers the big screen",
    )
    assert created.identifier == "2100001234"
    assert (created.category, created.age_band, created.gender) == ("jobseeker", "25-39", "f")
    assert created.has_pin and created.enabled
    after = json.loads(str(_audit(service, "visitor.add")[0]["after"]))
    assert "pin_hash" not in after and after["has_pin"] is True


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"category": "astronaut"}, "category"),
        ({"category": "guest"}, "category"),
        ({"age_band": "30"}, "age_band"),
        ({"gender": "unknown"}, "gender"),
        ({"display_name": "x" * 101}, "display_name"),
        ({"pin": "12"}, "pin"),
        ({"pin": "12ab"}, "pin"),
    ],
)
def test_create_refuses_bad_fields(visitors: Visitors, fields: dict[str, str], field: str) -> None:
    with pytest.raises(Refused) as caught:
        visitors.create(None, "card", **fields)
    assert caught.value.code == ErrorCode.INVALID_REQUEST
    assert caught.value.details == {"field": field}
    assert visitors.search() == []


def test_create_duplicate(visitors: Visitors) -> None:
    visitors.create(None, "card")
    with pytest.raises(Duplicate):
        visitors.create(None, "card")


def test_search_by_identifier_prefix_or_name(visitors: Visitors) -> None:
    visitors.create(None, "2100001", display_name="Fatima El Amrani")
    visitors.create(None, "2100002", display_name="Jan Peeters")
    visitors.create(None, "3100003", display_name="Ahmed 100%")
    assert [v.identifier for v in visitors.search("21")] == ["2100001", "2100002"]
    assert [v.identifier for v in visitors.search("peeters")] == ["2100002"]
    assert [v.identifier for v in visitors.search("100")] == ["3100003"]  # in the name
    assert visitors.search("a%e") == []  # % is literal, not a wildcard
    assert visitors.search("a_r") == []
    assert len(visitors.search()) == 3


def test_edit_changes_and_clears_and_audits(visitors: Visitors, service: Service) -> None:
    visitors.create(None, "card", display_name="Jan", age_band="70+")
    boss = service.directory.add_staff("boss", "long enough", role="admin")
    edited = visitors.edit(boss, "card", {"category": "senior", "display_name": None})
    assert (edited.category, edited.display_name, edited.age_band) == ("senior", None, "70+")
    row = _audit(service, "visitor.edit")[0]
    assert row["staff_id"] == boss
    assert json.loads(str(row["before"]))["category"] == "adult"
    assert json.loads(str(row["after"]))["category"] == "senior"
    with pytest.raises(Refused, match="not an editable field"):
        visitors.edit(None, "card", {"pin_hash": "x"})
    with pytest.raises(Refused, match=ErrorCode.NOT_FOUND.value):
        visitors.edit(None, "nobody", {"notes": "x"})


def test_disable_until_a_day_then_enabled_again(
    visitors: Visitors, service: Service, clock: FakeClock
) -> None:
    visitors.create(None, "card")
    today = date(2025, 3, 10)
    disabled = visitors.disable(None, "card", "lost card", today + timedelta(days=2))
    assert not disabled.enabled and disabled.disabled_reason == "lost card"
    clock.advance(days=2)  # the last day of the disablement: still disabled
    assert not visitors.get("card").enabled
    clock.advance(days=1)
    again = visitors.get("card")
    assert again.enabled and again.disabled_reason is None


def test_disable_refuses_a_past_day_and_enable_clears(visitors: Visitors) -> None:
    visitors.create(None, "card")
    with pytest.raises(Refused, match="past"):
        visitors.disable(None, "card", "x", date(2025, 3, 9))
    visitors.disable(None, "card", "behaviour")
    assert not visitors.get("card").enabled
    enabled = visitors.enable(None, "card")
    assert enabled.enabled and enabled.disabled_until is None


def test_set_pin_hashes_and_removes(visitors: Visitors, service: Service) -> None:
    visitors.create(None, "card")
    assert visitors.set_pin(None, "card", "135790").has_pin
    stored = service.store.read(
        lambda db: next(db.query("SELECT pin_hash FROM visitors WHERE identifier = 'card'"))
    )["pin_hash"]
    assert stored != "135790" and verify_secret(stored, "135790")
    assert "135790" not in json.dumps(_audit(service, "visitor.pin"))
    assert not visitors.set_pin(None, "card", None).has_pin
    with pytest.raises(Refused, match="4 to 12 digits"):
        visitors.set_pin(None, "card", "1234567890123")


def test_categories_have_defaults(visitors: Visitors) -> None:
    assert set(visitors.categories()) == {
        "adult",
        "youth",
        "senior",
        "jobseeker",
        "student",
        "pupil",
        "teacher",
    }
