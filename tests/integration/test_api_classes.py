"""Class sessions over HTTP: a teacher's class through the staff client, a pupil's sign-in on
its PC, lock all reaching the stations' command long-polls, the end freeing every PC; the
real server on a fake clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import httpx
import pytest

from admin.client.staff_client import StaffClient
from kiosk.protocol.classes import ClassAction, ClassCommand, ClassRequest, ClassState
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.http import ApiError
from kiosk.protocol.paths import Paths
from tests.helpers.clock import FakeClock
from tests.helpers.liveserver import add_site, add_staff, add_station, add_visitor

PASSWORD = "bibliotheque"
SITE = "EPN Test"


@pytest.fixture
def http(base_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, timeout=15) as client:
        yield client


@pytest.fixture
def teacher(db_path: Path, base_url: str) -> Iterator[StaffClient]:
    add_staff(db_path, "mme-dupont", PASSWORD, role="teacher", sites=[SITE])
    with StaffClient(base_url) as client:
        client.login("mme-dupont", PASSWORD)
        yield client


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_a_teachers_class_from_start_to_end(
    http: httpx.Client, db_path: Path, teacher: StaffClient, clock: FakeClock
) -> None:
    tokens = {name: add_station(db_path, name) for name in ("RC-01", "RC-02", "RC-03")}
    add_visitor(db_path, "eleve1", category="pupil")
    add_visitor(db_path, "adulte")
    ends = (clock() + timedelta(minutes=50)).isoformat()
    started = teacher.start_class(
        ClassRequest(site=SITE, title="5e B", ends_at=ends, stations=["RC-01", "RC-02"])
    )
    assert started.state == ClassState.RUNNING and started.teacher == "mme-dupont"
    refused = http.post(
        Paths.STATION_SIGN_IN, json={"identifier": "adulte"}, headers=bearer(tokens["RC-01"])
    )
    assert refused.status_code == 403 and refused.json()["error"]["code"] == "STATION_HELD"
    pupil = http.post(
        Paths.STATION_SIGN_IN, json={"identifier": "eleve1"}, headers=bearer(tokens["RC-01"])
    )
    assert pupil.status_code == 200 and pupil.json()["granted_seconds"] == 50 * 60
    # the teacher's room: their site's stations, the class's PCs held for the class
    room = {s.name: s for s in teacher.stations().stations}
    assert room["RC-01"].hold is not None and room["RC-01"].hold.label == "5e B"
    locked = teacher.class_action(started.id, ClassAction.LOCK)
    assert locked.sent == ["RC-01"] and locked.skipped == ["RC-02"]
    commands = http.get(Paths.STATION_COMMANDS, headers=bearer(tokens["RC-01"])).json()
    assert [c["kind"] for c in commands["commands"]] == ["lock"]
    ended = teacher.end_class(started.id)
    assert ended.state == ClassState.ENDED
    commands = http.get(Paths.STATION_COMMANDS, headers=bearer(tokens["RC-01"])).json()
    assert [c["kind"] for c in commands["commands"]] == ["lock", "end"]
    free = http.post(
        Paths.STATION_SIGN_IN, json={"identifier": "adulte"}, headers=bearer(tokens["RC-02"])
    )
    assert free.status_code == 200
    with pytest.raises(ApiError) as over:
        teacher.class_action(started.id, ClassAction.MESSAGE, ClassCommand(text="Fini"))
    assert over.value.code == ErrorCode.CLASS_NOT_RUNNING, over.value


def test_a_teacher_of_another_site_and_bad_input_are_refused(
    db_path: Path, teacher: StaffClient, clock: FakeClock
) -> None:
    add_site(db_path, "EPN Laeken")
    add_station(db_path, "LK-01", site="EPN Laeken")
    ends = (clock() + timedelta(minutes=50)).isoformat()
    with pytest.raises(ApiError) as elsewhere:
        teacher.start_class(ClassRequest(site="EPN Laeken", title="x", ends_at=ends))
    assert elsewhere.value.code == ErrorCode.FORBIDDEN
    with pytest.raises(ApiError) as unknown:
        teacher.end_class(999)
    assert unknown.value.code == ErrorCode.NOT_FOUND
    with pytest.raises(ApiError) as visitors:
        teacher.search_visitors()
    assert visitors.value.code == ErrorCode.FORBIDDEN
