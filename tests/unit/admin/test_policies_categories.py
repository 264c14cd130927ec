"""Policies and categories: the services (admin/rules/allowances.py, admin/rules/categories.py) and
``epn policy list``, ``epn category list|add``, ``epn visitor add``'s checks."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from admin.cli import app as cli
from admin.core.actors import StaffMember
from admin.core.errors import Refused
from admin.db.store import Store
from admin.rules.allowances import PolicyAdmin
from admin.rules.categories import Categories
from admin.rules.grant import Limits
from admin.services import Service
from kiosk.protocol.errors import ErrorCode

Capture = pytest.CaptureFixture[str]


def run(capsys: Capture, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def audit_rows(store: Store, action: str) -> list[dict[str, Any]]:
    return store.read(
        lambda db: list(db.query("SELECT * FROM audit WHERE action = ? ORDER BY id", [action]))
    )


PASSWORD = "bibliotheque"


@pytest.fixture
def admin(service: Service) -> StaffMember:
    staff_id = service.directory.add_staff("boss", PASSWORD, role="admin")
    return StaffMember(id=staff_id, username="boss", role="admin", site_ids=())


@pytest.fixture
def member(service: Service, site: str) -> StaffMember:
    """A staff member of the first site (id 1)."""
    staff_id = service.directory.add_staff("anim", PASSWORD, role="staff", sites=[site])
    return StaffMember(id=staff_id, username="anim", role="staff", site_ids=(1,))


# --- services ---------------------------------------------------------------------------------


def test_policy_list_has_city_rows_then_the_sites_overrides(
    service: Service, site: str, fresh_store: Store
) -> None:
    policies = PolicyAdmin(fresh_store)
    policies.set(None, "youth", Limits(30, 60, 200), site=site)
    city = policies.list(None)
    assert {row.category for row in city} >= {"*", "guest"}
    assert all(row.site_id is None for row in city)
    with_site = policies.list(None, site)
    assert with_site[: len(city)] == city
    override = with_site[-1]
    assert (override.category, override.session_minutes, override.site_id) == ("youth", 30, 1)


def test_staff_change_only_their_own_sites_overrides(
    service: Service, member: StaffMember, fresh_store: Store
) -> None:
    other = service.directory.add_site("EPN Other")
    policies = PolicyAdmin(fresh_store)
    row = policies.set(member, "adult", Limits(45, 90, 300), site=1)
    assert row.site_id == 1
    with pytest.raises(Refused) as refused:
        policies.set(member, "adult", Limits(45, 90, 300), site=other)
    assert refused.value.code == ErrorCode.FORBIDDEN
    with pytest.raises(Refused) as refused:
        policies.set(member, "adult", Limits(45, 90, 300))
    assert refused.value.code == ErrorCode.FORBIDDEN
    with pytest.raises(Refused) as refused:
        policies.list(member, other)
    assert refused.value.code == ErrorCode.FORBIDDEN
    assert [r.site_id for r in policies.list(None, "EPN Other") if r.site_id] == []


def test_city_policy_is_audited_with_the_admin_and_the_row_before(
    admin: StaffMember, fresh_store: Store
) -> None:
    PolicyAdmin(fresh_store).set(admin, "*", Limits(50, 100, 500))
    [row] = audit_rows(fresh_store, "policy.set")
    assert row["staff_id"] == admin.id and row["target"] == "policy:*" and row["site_id"] is None
    assert json.loads(row["before"])["session_minutes"] == 60
    assert json.loads(row["after"]) == {
        "category": "*",
        "session_minutes": 50,
        "daily_minutes": 100,
        "weekly_minutes": 500,
    }


@pytest.mark.parametrize(
    ("category", "limits", "code"),
    [
        ("nobody", Limits(10, 10, 10), ErrorCode.NOT_FOUND),
        ("guest", Limits(10, 10, 10), ErrorCode.NOT_FOUND),
        ("adult", Limits(-1, 10, 10), ErrorCode.INVALID_REQUEST),
        ("adult", Limits(10, 10, 10**6), ErrorCode.INVALID_REQUEST),
    ],
)
def test_policy_refusals(
    admin: StaffMember, fresh_store: Store, category: str, limits: Limits, code: ErrorCode
) -> None:
    with pytest.raises(Refused) as refused:
        PolicyAdmin(fresh_store).set(admin, category, limits)
    assert refused.value.code == code
    assert audit_rows(fresh_store, "policy.set") == []


def test_category_add_is_admin_only_checked_and_audited(
    admin: StaffMember, member: StaffMember, fresh_store: Store
) -> None:
    categories = Categories(fresh_store)
    assert "adult" in [c.name for c in categories.list()]
    with pytest.raises(Refused) as refused:
        categories.add(member, "retired")
    assert refused.value.code == ErrorCode.FORBIDDEN
    added = categories.add(admin, "retired")
    assert added.name in [c.name for c in categories.list()]
    [row] = audit_rows(fresh_store, "category.add")
    assert (row["staff_id"], row["target"]) == (admin.id, "category:retired")
    # the new category is usable at once by the policies
    assert PolicyAdmin(fresh_store).set(admin, "retired", Limits(1, 2, 3)).category == "retired"


@pytest.mark.parametrize(
    "name", ["", "Adult", "with space", "a_b", "x" * 33, "guest", "adult", "*"]
)
def test_category_names_are_checked(admin: StaffMember, fresh_store: Store, name: str) -> None:
    with pytest.raises(Refused) as refused:
        Categories(fresh_store).add(admin, name)
    assert refused.value.code == ErrorCode.INVALID_REQUEST
    assert audit_rows(fresh_store, "category.add") == []


# --- CLI --------------------------------------------------------------------------------------


@pytest.fixture
def db(tmp_path: Path, capsys: Capture) -> str:
    path = str(tmp_path / "epn.db")
    assert run(capsys, "site", "add", "EPN Laeken", "--db", path)[0] == 0
    return path


def test_epn_policy_list(db: str, capsys: Capture) -> None:
    argv = ["policy", "set", "youth", "--session", "30", "--daily", "60", "--weekly", "200"]
    assert run(capsys, *argv, "--site", "EPN Laeken", "--db", db)[0] == 0
    code, out, _ = run(capsys, "policy", "list", "--db", db)
    assert code == 0 and "youth" not in out
    assert any(line.split()[:2] == ["*", "city-wide"] for line in out.splitlines())
    code, out, _ = run(capsys, "policy", "list", "--site", "EPN Laeken", "--db", db)
    assert code == 0
    assert "youth        EPN Laeken                    30     60    200" in out
    rows = json.loads(
        run(capsys, "policy", "list", "--site", "EPN Laeken", "--json", "--db", db)[1]
    )
    assert {"category": "youth", "site_id": 1}.items() <= rows[-1].items()
    code, _, err = run(capsys, "policy", "list", "--site", "Nowhere", "--db", db)
    assert code == 1 and "no site 'Nowhere'" in err


def test_epn_category_add_and_list(db: str, capsys: Capture) -> None:
    code, out, _ = run(capsys, "category", "add", "retired", "--db", db)
    assert code == 0 and "category 'retired' added" in out
    assert "retired" in run(capsys, "category", "list", "--db", db)[1].split()
    names = [
        c["name"] for c in json.loads(run(capsys, "category", "list", "--json", "--db", db)[1])
    ]
    assert names == sorted(names) and "retired" in names
    code, _, err = run(capsys, "category", "add", "retired", "--db", db)
    assert code == 1 and "already exists" in err
    code, _, err = run(capsys, "category", "add", "Bad Name", "--db", db)
    assert code == 2 and "lower case" in err and len(err.strip().splitlines()) == 1
    # a new category is one a visitor may have
    assert run(capsys, "visitor", "add", "2100007", "--category", "retired", "--db", db)[0] == 0


@pytest.mark.parametrize(
    ("options", "pin", "exit_code", "message"),
    [
        (["--category", "martian"], "", 1, "category: unknown category"),
        (["--category", "guest"], "", 1, "category: reserved for guest tickets"),
        ([], "98", 2, "PIN: must be 4 to 12 digits"),
        ([], "abcd", 2, "PIN: must be 4 to 12 digits"),
        (["--name", "x" * 101], "", 2, "--name: at most 100 characters"),
        (["--category", "x" * 33], "", 2, "--category: string should have at most 32 characters"),
    ],
)
def test_epn_visitor_add_checks_like_the_api(
    db: str,
    capsys: Capture,
    monkeypatch: pytest.MonkeyPatch,
    options: list[str],
    pin: str,
    exit_code: int,
    message: str,
) -> None:
    monkeypatch.setenv("EPN_PIN", pin)
    code, _, err = run(capsys, "visitor", "add", "2100001", *options, "--db", db)
    assert code == exit_code and message in err
    assert len(err.strip().splitlines()) == 1 and (not pin or pin not in err)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM visitors").fetchone()[0] == 0


def test_epn_visitor_add_output_and_audit_unchanged(
    db: str, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EPN_PIN", "2468")
    argv = ["visitor", "add", "2100001", "--category", "adult", "--db", db]
    code, out, _ = run(capsys, *argv)
    assert (code, out) == (0, "visitor '2100001' added (adult)\n")
    with sqlite3.connect(db) as conn:
        action, staff_id = conn.execute(
            "SELECT action, staff_id FROM audit WHERE target LIKE 'visitor:%'"
        ).fetchone()
    assert (action, staff_id) == ("visitor.add", None)
