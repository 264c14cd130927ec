"""Station enrolment by code, revocation and the detailed list (admin/stations/management.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from admin.cli import app as cli
from admin.core.errors import Refused
from admin.services import Service
from admin.stations.management import CODE_LENGTH, StationsAdmin
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.limits import OFFLINE_AFTER_SECONDS
from kiosk.protocol.station import Event, EventKind
from tests.helpers.clock import FakeClock


@pytest.fixture
def stations(service: Service, site: str) -> StationsAdmin:
    return StationsAdmin(service.store, service.clock)


def test_code_is_exchanged_once_for_a_working_token(
    service: Service, stations: StationsAdmin, site: str
) -> None:
    code = stations.enrol_code(None, "RC-05", site=site)
    assert len(code.code) == CODE_LENGTH
    [pending] = stations.list(None)
    assert (pending.name, pending.enrolled) == ("RC-05", False)
    enrolled = stations.enroll(code.code.lower(), agent_version="0.1.0")
    assert enrolled.station.name == "RC-05" and enrolled.station.site.name == site
    assert service.stations.authenticate(enrolled.token).name == "RC-05"
    [details] = stations.list(None)
    assert (details.enrolled, details.agent_version) == (True, "0.1.0")
    with pytest.raises(Refused, match=ErrorCode.ENROLMENT_CODE_INVALID.value):
        stations.enroll(code.code)
    with pytest.raises(Refused, match=ErrorCode.ENROLMENT_CODE_INVALID.value):
        stations.enroll("WRONGCOD")
    audit = service.store.read(
        lambda db: [r["after"] or "" for r in db.query("SELECT after FROM audit")]
    )
    assert not any(code.code in text for text in audit)


def test_code_expires_after_a_day(stations: StationsAdmin, clock: FakeClock, site: str) -> None:
    code = stations.enrol_code(None, "RC-05", site=site)
    clock.advance(hours=24)
    with pytest.raises(Refused, match=ErrorCode.ENROLMENT_CODE_EXPIRED.value):
        stations.enroll(code.code)


def test_a_new_code_replaces_the_unused_one(stations: StationsAdmin, site: str) -> None:
    first = stations.enrol_code(None, "RC-05", site=site)
    second = stations.enrol_code(None, "RC-05")
    with pytest.raises(Refused, match=ErrorCode.ENROLMENT_CODE_INVALID.value):
        stations.enroll(first.code)
    assert stations.enroll(second.code).station.name == "RC-05"


def test_code_for_an_unknown_station_needs_its_site(stations: StationsAdmin, site: str) -> None:
    with pytest.raises(Refused, match=ErrorCode.NOT_FOUND.value):
        stations.enrol_code(None, "RC-09")
    with pytest.raises(Refused, match=ErrorCode.NOT_FOUND.value):
        stations.enrol_code(None, "RC-09", site="Nowhere")


def test_revoke_stops_the_token(service: Service, stations: StationsAdmin, site: str) -> None:
    token = service.directory.add_station("RC-01", site).token
    service.stations.authenticate(token)
    details = stations.revoke(None, "RC-01")
    assert details.enrolled is False
    with pytest.raises(Refused, match=ErrorCode.UNAUTHENTICATED.value):
        service.stations.authenticate(token)
    # enrolled again with a code, under the same name
    code = stations.enrol_code(None, "RC-01")
    assert service.stations.authenticate(stations.enroll(code.code).token).name == "RC-01"


def test_list_shows_online_version_and_scope(
    service: Service, stations: StationsAdmin, site: str, clock: FakeClock
) -> None:
    service.directory.add_site("BruSurf")
    service.directory.add_station("BS-01", "BruSurf")
    rc01 = service.stations.authenticate(service.directory.add_station("RC-01", site).token)
    beat = Event(event_id="e" * 10, seq=1, kind=EventKind.HEARTBEAT, at="x", agent_version="1.2.3")
    service.stations.apply_events(rc01, [beat])
    by_name = {s.name: s for s in stations.list(None)}
    assert (by_name["RC-01"].online, by_name["RC-01"].agent_version) == (True, "1.2.3")
    assert by_name["BS-01"].online is False and by_name["BS-01"].last_seen_at is None
    clock.advance(OFFLINE_AFTER_SECONDS + 1)
    assert stations.details(None, "RC-01").online is False
    service.directory.add_staff("bru", "bibliotheque", role="staff", sites=["BruSurf"])
    bru = service.staff.authenticate(service.staff.login("bru", "bibliotheque").token)
    assert [s.name for s in stations.list(bru)] == ["BS-01"]
    # another site's station answers as a missing one
    with pytest.raises(Refused, match=ErrorCode.NOT_FOUND.value):
        stations.revoke(bru, "RC-01")
    with pytest.raises(Refused, match=ErrorCode.NOT_FOUND.value):
        stations.enrol_code(bru, "RC-01")


def test_cli_station_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "cli.db")
    assert cli.main(["site", "add", "EPN Laeken", "--db", db]) == 0
    assert cli.main(["station", "enroll-code", "PC-1", "--site", "EPN Laeken", "--db", db]) == 0
    code = capsys.readouterr().out.strip().splitlines()[-1]
    assert len(code) == CODE_LENGTH
    assert cli.main(["station", "disable", "PC-1", "--reason", "en panne", "--db", db]) == 0
    capsys.readouterr()
    assert cli.main(["station", "list", "--json", "--db", db]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert (row["name"], row["site"], row["enabled"], row["disabled_reason"]) == (
        "PC-1",
        "EPN Laeken",
        False,
        "en panne",
    )
    assert cli.main(["station", "revoke", "PC-9", "--db", db]) == 1
    assert cli.main(["station", "disable", "PC-1", "--reason", " ", "--db", db]) == 2
    assert cli.main(["station", "enroll-code", "PC-2", "--db", db]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 3 and all(line.startswith("epn") for line in err)
