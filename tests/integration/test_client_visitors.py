"""Over real HTTP: the staff client's visitor calls (admin/client/visitors.py) and the shapes
the console relies on: a PATCH that sends only what changed (None clears), a refused field
named in the error, a refused import listing its problems, a quoted identifier.

(An identifier holding "/" cannot reach the per-visitor routes: the server decodes %2F before
routing. Reported; not tested here.)"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from admin.client.staff_client import StaffClient
from admin.db.store import Store
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.http import ApiError
from kiosk.protocol.people import VisitorCreate, VisitorUpdate
from tests.helpers.clock import FakeClock
from tests.helpers.liveserver import add_staff, add_visitor

PASSWORD = "accueil-riches-claires"


@pytest.fixture
def client(db_path: Path, base_url: str) -> Iterator[StaffClient]:
    add_staff(db_path, "desk", PASSWORD, role="staff", sites=["EPN Test"])
    add_visitor(db_path, "1001", display_name="Alice Dupont")
    client = StaffClient(base_url)
    client.login("desk", PASSWORD)
    yield client
    client.close()


def test_update_sends_only_what_is_set_and_none_clears(client: StaffClient) -> None:
    client.update_visitor("1001", VisitorUpdate(status="jobseeker", notes="Large text"))
    visitor = client.update_visitor("1001", VisitorUpdate(notes=None))
    assert (visitor.display_name, visitor.status, visitor.notes) == (
        "Alice Dupont",
        "jobseeker",
        None,
    )
    assert client.visitor("1001") == visitor


def test_a_refused_field_is_named_in_the_error(client: StaffClient) -> None:
    with pytest.raises(ApiError) as refused:
        client.update_visitor("1001", VisitorUpdate(category="astronaut"))
    assert refused.value.code == ErrorCode.INVALID_REQUEST
    assert refused.value.details["field"] == "category"
    with pytest.raises(ApiError) as taken:
        client.create_visitor(VisitorCreate(identifier="1001"))
    assert taken.value.status == 409  # the console says "already exists" at the identifier


def test_identifier_with_a_space_hash_and_question_mark_is_quoted(
    client: StaffClient, clock: FakeClock
) -> None:
    created = client.create_visitor(VisitorCreate(identifier="RC 2026#7?", pin="1234"))
    assert created.has_pin
    last_day = clock().date() + timedelta(days=3)
    disabled = client.disable_visitor("RC 2026#7?", "Card lost", last_day)
    assert (disabled.enabled, disabled.disabled_until) == (False, last_day.isoformat())
    assert client.enable_visitor("RC 2026#7?").enabled
    assert not client.set_visitor_pin("RC 2026#7?", None).has_pin
    usage = client.visitor_usage("RC 2026#7?")
    assert (usage.today_seconds, usage.week_seconds, usage.sessions) == (0, 0, [])


def test_a_refused_import_lists_its_problems_and_writes_nothing(
    client: StaffClient, db_path: Path
) -> None:
    data = b"identifier,pin\n2001,12\n2002,\n"
    report = client.import_visitors(data, dry_run=True)
    assert (report.rows, report.imported) == (2, 0)
    assert [(p.line, p.field) for p in report.problems] == [(2, "pin")]
    with pytest.raises(ApiError) as refused:
        client.import_visitors(data, dry_run=False)
    assert [p["line"] for p in refused.value.details["problems"]] == [2]
    with Store(db_path) as store:
        count = store.read(lambda db: db.execute("SELECT COUNT(*) FROM visitors").fetchone()[0])
    assert count == 1
    report = client.import_visitors(b"identifier\n2001\n2002\n", dry_run=False)
    assert (report.dry_run, report.imported) == (False, 2)


def test_export_is_for_admins(client: StaffClient, db_path: Path) -> None:
    with pytest.raises(ApiError) as refused:
        client.export_visitors()
    assert refused.value.code == ErrorCode.FORBIDDEN
    add_staff(db_path, "boss", PASSWORD, role="admin")
    client.login("boss", PASSWORD)
    text = client.export_visitors(excel=True)
    assert text.startswith("\ufeffidentifier;display_name")
    assert "1001;Alice Dupont;adult" in text
