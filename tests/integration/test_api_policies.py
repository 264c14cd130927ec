"""Policies and categories over real HTTP: reading, changing, scope and audit."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from admin.db.store import Store
from kiosk.protocol.paths import Paths
from tests.helpers.liveserver import add_site, add_staff

PASSWORD = "bibliotheque"
SITE = "EPN Test"  # id 1, made by the db_path fixture
OTHER = "EPN Other"
LIMITS = {"session_minutes": 30, "daily_minutes": 60, "weekly_minutes": 200}


@pytest.fixture
def http(base_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, timeout=15) as client:
        yield client


@pytest.fixture
def other_id(db_path: Path) -> int:
    return add_site(db_path, OTHER)


def login(http: httpx.Client, db_path: Path, username: str, **kwargs: Any) -> dict[str, str]:
    add_staff(db_path, username, PASSWORD, **kwargs)
    response = http.post(Paths.AUTH_LOGIN, json={"username": username, "password": PASSWORD})
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['token']}"}


@pytest.fixture
def admin(http: httpx.Client, db_path: Path) -> dict[str, str]:
    return login(http, db_path, "admin", role="admin")


@pytest.fixture
def staff_a(http: httpx.Client, db_path: Path) -> dict[str, str]:
    return login(http, db_path, "anim", role="staff", sites=[SITE])


def code(response: httpx.Response) -> str:
    value: str = response.json()["error"]["code"]
    return value


def policies(http: httpx.Client, headers: dict[str, str], site: int | None = None) -> list[Any]:
    params = {} if site is None else {"site": site}
    response = http.get(Paths.POLICIES, params=params, headers=headers)
    assert response.status_code == 200, response.text
    rows: list[Any] = response.json()["policies"]
    return rows


def audit(db_path: Path, action: str) -> list[dict[str, Any]]:
    with Store(db_path) as store:
        return store.read(
            lambda db: list(db.query("SELECT * FROM audit WHERE action = ? ORDER BY id", [action]))
        )


def test_staff_set_their_sites_override_and_read_it_back(
    http: httpx.Client, db_path: Path, staff_a: dict[str, str]
) -> None:
    response = http.put(Paths.policy("youth"), json={**LIMITS, "site_id": 1}, headers=staff_a)
    assert response.status_code == 200, response.text
    assert response.json() == {"category": "youth", "site_id": 1, **LIMITS}
    rows = policies(http, staff_a, site=1)
    assert {"category": "youth", "site_id": 1, **LIMITS} in rows
    assert any(row["category"] == "*" and row["site_id"] is None for row in rows)
    assert all(row["site_id"] is None for row in policies(http, staff_a))
    [entry] = audit(db_path, "policy.set")
    assert entry["target"] == f"site:{SITE}" and entry["site_id"] == 1
    assert entry["staff_id"] is not None


def test_staff_of_site_a_cannot_touch_site_b_nor_city_rows(
    http: httpx.Client, db_path: Path, staff_a: dict[str, str], other_id: int
) -> None:
    refused = http.put(Paths.policy("adult"), json={**LIMITS, "site_id": other_id}, headers=staff_a)
    assert refused.status_code == 403 and code(refused) == "FORBIDDEN"
    refused = http.put(Paths.policy("adult"), json=LIMITS, headers=staff_a)
    assert refused.status_code == 403 and code(refused) == "FORBIDDEN"
    refused = http.put(Paths.policy("*"), json=LIMITS, headers=staff_a)
    assert refused.status_code == 403
    listing = http.get(Paths.POLICIES, params={"site": other_id}, headers=staff_a)
    assert listing.status_code == 403
    # an unknown site looks the same as another's: nothing leaks
    unknown = http.put(Paths.policy("adult"), json={**LIMITS, "site_id": 999}, headers=staff_a)
    assert unknown.status_code == 403
    assert audit(db_path, "policy.set") == []
    with Store(db_path) as store:
        assert store.read(lambda db: db["site_policies"].count) == 0


def test_admin_sets_city_rows_and_any_sites(
    http: httpx.Client, db_path: Path, admin: dict[str, str], other_id: int
) -> None:
    response = http.put(Paths.policy("*"), json=LIMITS, headers=admin)
    assert response.status_code == 200, response.text
    assert {"category": "*", "site_id": None, **LIMITS} in policies(http, admin)
    response = http.put(Paths.policy("senior"), json={**LIMITS, "site_id": other_id}, headers=admin)
    assert response.status_code == 200
    targets = [row["target"] for row in audit(db_path, "policy.set")]
    assert targets == ["policy:*", f"site:{OTHER}"]


@pytest.mark.parametrize(
    ("category", "body", "status"),
    [
        ("martian", LIMITS, 404),
        ("adult", {**LIMITS, "session_minutes": -1}, 422),
        ("adult", {**LIMITS, "weekly_minutes": 10**9}, 422),
        ("adult", {"session_minutes": 10}, 422),
    ],
)
def test_bad_policy_changes(
    http: httpx.Client, admin: dict[str, str], category: str, body: Any, status: int
) -> None:
    assert http.put(Paths.policy(category), json=body, headers=admin).status_code == status


def test_categories_read_by_staff_added_by_admins(
    http: httpx.Client, db_path: Path, admin: dict[str, str], staff_a: dict[str, str]
) -> None:
    names = [c["name"] for c in http.get(Paths.CATEGORIES, headers=staff_a).json()["categories"]]
    assert "adult" in names and "retired" not in names
    refused = http.post(Paths.CATEGORIES, json={"name": "retired"}, headers=staff_a)
    assert refused.status_code == 403
    assert http.post(Paths.CATEGORIES, json={"name": "Bad Name"}, headers=admin).status_code == 422
    added = http.post(Paths.CATEGORIES, json={"name": "retired"}, headers=admin)
    assert added.status_code == 201 and added.json()["name"] == "retired"
    again = http.post(Paths.CATEGORIES, json={"name": "retired"}, headers=admin)
    assert again.status_code == 409
    assert [row["target"] for row in audit(db_path, "category.add")] == ["category:retired"]
    # usable at once, by policies and by visitor accounts
    assert http.put(Paths.policy("retired"), json=LIMITS, headers=admin).status_code == 200
    visitor = http.post(
        Paths.VISITORS, json={"identifier": "2100001", "category": "retired"}, headers=staff_a
    )
    assert visitor.status_code == 201


def test_removing_a_sites_own_row_brings_back_the_city_rows(
    http: httpx.Client, db_path: Path, staff_a: dict[str, str], admin: dict[str, str], other_id: int
) -> None:
    assert http.put(
        Paths.policy("youth"), json={**LIMITS, "site_id": 1}, headers=staff_a
    ).is_success
    assert http.put(
        Paths.policy("youth"), json={**LIMITS, "site_id": other_id}, headers=admin
    ).is_success
    # another site's row, or the city's: not for staff of site A
    other = http.delete(Paths.policy("youth"), params={"site_id": other_id}, headers=staff_a)
    assert other.status_code == 403 and code(other) == "FORBIDDEN"
    city = http.delete(Paths.policy("adult"), headers=staff_a)
    assert city.status_code == 403
    removed = http.delete(Paths.policy("youth"), params={"site_id": 1}, headers=staff_a)
    assert removed.status_code == 204, removed.text
    assert all(row["site_id"] is None for row in policies(http, staff_a, site=1))
    again = http.delete(Paths.policy("youth"), params={"site_id": 1}, headers=staff_a)
    assert again.status_code == 404 and code(again) == "NOT_FOUND"
    [entry] = audit(db_path, "policy.remove")
    assert entry["target"] == f"site:{SITE}" and entry["site_id"] == 1
    assert '"session_minutes": 30' in entry["before"] and entry["after"] is None
    # the other site keeps its own row
    assert {"category": "youth", "site_id": other_id, **LIMITS} in policies(
        http, admin, site=other_id
    )


def test_admins_remove_a_city_row_but_never_the_default(
    http: httpx.Client, db_path: Path, admin: dict[str, str]
) -> None:
    assert http.put(Paths.policy("senior"), json=LIMITS, headers=admin).is_success
    assert http.delete(Paths.policy("senior"), headers=admin).status_code == 204
    assert all(row["category"] != "senior" for row in policies(http, admin))
    default = http.delete(Paths.policy("*"), headers=admin)
    assert default.status_code == 422 and code(default) == "INVALID_REQUEST"
    assert any(row["category"] == "*" for row in policies(http, admin))
    assert [row["target"] for row in audit(db_path, "policy.remove")] == ["policy:senior"]


def test_no_token_no_policies(http: httpx.Client) -> None:
    assert http.delete(Paths.policy("adult")).status_code == 401
    assert http.get(Paths.SESSION_RULES).status_code == 401
    assert http.put(Paths.session_rule("adult"), json={"extend_times": 1}).status_code == 401
    assert http.delete(Paths.session_rule("adult")).status_code == 401
    assert http.get(Paths.POLICIES).status_code == 401
    assert http.get(Paths.CATEGORIES).status_code == 401


# --- session rules ---------------------------------------------------------------------------

RULES = {"warning_seconds": [60, 600], "extend_minutes": 15, "extend_times": 2}


def session_rules(http: httpx.Client, headers: dict[str, str], site: int | None = None) -> Any:
    params = {} if site is None else {"site": site}
    response = http.get(Paths.SESSION_RULES, params=params, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


def test_session_rules_are_listed_with_the_defaults(
    http: httpx.Client, staff_a: dict[str, str]
) -> None:
    body = session_rules(http, staff_a, site=1)
    assert body == {
        "rules": [],
        "defaults": {
            "category": "*",
            "site_id": None,
            "warning_seconds": [300, 60],
            "extend_minutes": 0,
            "extend_times": 0,
            "extend_min_free": 1,
        },
    }


def test_admin_sets_city_rules_staff_their_sites_row_and_clear_it(
    http: httpx.Client,
    db_path: Path,
    admin: dict[str, str],
    staff_a: dict[str, str],
    other_id: int,
) -> None:
    city = http.put(Paths.session_rule("*"), json=RULES, headers=admin)
    assert city.status_code == 200, city.text
    assert city.json() == {
        "category": "*",
        "site_id": None,
        "warning_seconds": [600, 60],  # largest first
        "extend_minutes": 15,
        "extend_times": 2,
        "extend_min_free": None,  # not set by this row: falls through
    }
    # staff: their site's row only, replacing what it held
    mine = {"site_id": 1, "extend_min_free": 3, "extend_minutes": 10}
    assert http.put(Paths.session_rule("youth"), json=mine, headers=staff_a).is_success
    again = http.put(
        Paths.session_rule("youth"), json={"site_id": 1, "extend_min_free": 2}, headers=staff_a
    )
    assert again.json()["extend_minutes"] is None and again.json()["extend_min_free"] == 2
    rows = session_rules(http, staff_a, site=1)["rules"]
    assert [(r["category"], r["site_id"]) for r in rows] == [("*", None), ("youth", 1)]
    for refused, status in (
        (http.put(Paths.session_rule("youth"), json=RULES, headers=staff_a), 403),
        (
            http.put(
                Paths.session_rule("youth"), json={**RULES, "site_id": other_id}, headers=staff_a
            ),
            403,
        ),
        (http.get(Paths.SESSION_RULES, params={"site": other_id}, headers=staff_a), 403),
        (http.delete(Paths.session_rule("*"), headers=staff_a), 403),
    ):
        assert refused.status_code == status, refused.text
    assert (
        http.delete(Paths.session_rule("youth"), params={"site_id": 1}, headers=staff_a).status_code
        == 204
    )
    gone = http.delete(Paths.session_rule("youth"), params={"site_id": 1}, headers=staff_a)
    assert gone.status_code == 404 and code(gone) == "NOT_FOUND"
    assert [(r["category"], r["site_id"]) for r in session_rules(http, staff_a, 1)["rules"]] == [
        ("*", None)
    ]
    entries = audit(db_path, "rules.set") + audit(db_path, "rules.clear")
    assert [(e["action"], e["target"], e["site_id"]) for e in entries] == [
        ("rules.set", "rules:*", None),
        ("rules.set", f"site:{SITE}", 1),
        ("rules.set", f"site:{SITE}", 1),
        ("rules.clear", f"site:{SITE}", 1),
    ]
    assert all(e["staff_id"] is not None for e in entries)


@pytest.mark.parametrize(
    ("category", "body", "status"),
    [
        ("martian", RULES, 404),
        ("adult", {}, 422),  # nothing set: remove the row instead
        ("adult", {"warning_seconds": [0]}, 422),
        ("adult", {"warning_seconds": [1, 2, 3, 4, 5, 6]}, 422),
        ("adult", {"extend_minutes": 601}, 422),
        ("adult", {"extend_times": -1}, 422),
        ("adult", {"extend_min_free": 1001}, 422),
        ("adult", {"site_id": 0, "extend_times": 1}, 422),
    ],
)
def test_bad_session_rules(
    http: httpx.Client, admin: dict[str, str], category: str, body: Any, status: int
) -> None:
    response = http.put(Paths.session_rule(category), json=body, headers=admin)
    assert response.status_code == status, response.text
    assert session_rules(http, admin)["rules"] == []


def test_the_guest_category_may_have_session_rules(
    http: httpx.Client, admin: dict[str, str]
) -> None:
    response = http.put(Paths.session_rule("guest"), json={"extend_times": 0}, headers=admin)
    assert response.status_code == 200, response.text
