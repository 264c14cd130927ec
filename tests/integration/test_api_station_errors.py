"""A real station agent's errors reach staff over real HTTP: the API and ``epn station
errors``, scrubbed and counted; an older server without the route leaves the agent working."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from admin.cli import app as cli
from admin.client.staff_client import StaffClient
from admin.core.notify import STATIONS_TOPIC, Notifier
from kiosk.agent import StationAgent
from kiosk.client import StationClient
from kiosk.clock import FakeClock as StationClock
from kiosk.listener import AgentListener
from kiosk.protocol.paths import Paths
from kiosk.protocol.station_errors import ErrorReport, ErrorReportBatch
from kiosk.store import LocalStore
from tests.helpers.clock import FakeClock
from tests.helpers.liveserver import add_site, add_staff, add_station, wait_until

PASSWORD = "bibliotheque"
CARD = "4000123412341234"


class Quiet(AgentListener):
    pass


@pytest.fixture
def staff(db_path: Path, base_url: str) -> Iterator[StaffClient]:
    add_staff(db_path, "admin", PASSWORD, role="admin")
    with StaffClient(base_url) as client:
        client.login("admin", PASSWORD)
        yield client


def test_an_agents_error_shows_in_the_api_and_the_cli(
    base_url: str,
    tmp_path: Path,
    db_path: Path,
    staff: StaffClient,
    clock: FakeClock,
    capsys: pytest.CaptureFixture[str],
) -> None:
    token = add_station(db_path, "RC-01")
    agent = StationAgent(
        client=StationClient(base_url, token, timeout=5.0),
        store=LocalStore(tmp_path / "station.db"),
        clock=StationClock(wall=clock()),
        listener=Quiet(),
        boot_id="boot-1",
        heartbeat_seconds=3600.0,
        tick_seconds=0.01,
        poll_wait=2.0,
        retry_initial=0.01,
        retry_max=0.05,
    )
    agent.start()
    try:
        wait_until(lambda: agent.online, what="agent online")
        for _ in range(3):
            logging.getLogger("epn.kiosk.cleanup").error("cleanup failed for card %s", CARD)
        agent.link.wake()
        # the first may go out alone: the repeats then raise its count on the server
        wait_until(
            lambda: [e.count for e in staff.station_errors("RC-01").errors] == [3],
            what="forwarded and counted",
        )
    finally:
        agent.stop()
    (error,) = staff.station_errors("RC-01").errors
    assert (error.level, error.logger, error.count) == ("ERROR", "epn.kiosk.cleanup", 3)
    assert error.message == "cleanup failed for card ***"

    assert cli.main(["station", "errors", "RC-01", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "ERROR    epn.kiosk.cleanup: cleanup failed for card *** (x3)" in out
    assert CARD not in out
    # bad input: a clear message and a non-zero exit
    assert cli.main(["station", "errors", "NOPE-1", "--db", str(db_path)]) != 0
    assert "NOPE-1" in capsys.readouterr().err


def test_reports_are_kept_once_and_pruned_per_station(
    base_url: str, db_path: Path, staff: StaffClient
) -> None:
    from admin.stations import errors as station_errors

    token = add_station(db_path, "RC-01")
    add_site(db_path, "EPN Laeken")
    client = StationClient(base_url, token)
    try:
        report = ErrorReport(
            report_id="r" * 12, at="2025-03-10T09:00:00", level="ERROR", logger="x", message="m"
        )
        for count in (1, 4, 2):  # a resend with a larger count raises it, never lowers it
            batch = ErrorReportBatch(reports=[report.model_copy(update={"count": count})])
            assert client.post_error_reports(batch).accepted == [report.report_id]
        assert [e.count for e in staff.station_errors("RC-01").errors] == [4]
        many = [
            report.model_copy(update={"report_id": f"report-{n:04d}", "message": f"m{n}"})
            for n in range(station_errors.KEEP_PER_STATION + 10)
        ]
        for start in range(0, len(many), 100):
            client.post_error_reports(ErrorReportBatch(reports=many[start : start + 100]))
    finally:
        client.close()
    kept = staff.station_errors("RC-01").errors
    assert len(kept) == station_errors.KEEP_PER_STATION
    assert kept[0].message == f"m{station_errors.KEEP_PER_STATION + 9}"


def test_a_station_token_cannot_read_errors(base_url: str, db_path: Path) -> None:
    import httpx

    token = add_station(db_path, "RC-01")
    with httpx.Client(base_url=base_url) as http:
        response = http.get(
            Paths.station_errors("RC-01"), headers={"Authorization": f"Bearer {token}"}
        )
    assert response.status_code == 401


def test_the_room_counts_each_stations_recent_errors(
    base_url: str, db_path: Path, staff: StaffClient, clock: FakeClock, notifier: Notifier
) -> None:
    from admin.stations import errors as station_errors

    tokens = {name: add_station(db_path, name) for name in ("RC-01", "RC-02")}

    def report(n: int) -> ErrorReport:
        return ErrorReport(
            report_id=f"report-{n:04d}",
            at=clock().isoformat(),
            level="ERROR",
            logger="x",
            message=f"m{n}",
        )

    def counts() -> dict[str, int]:
        return {s.name: s.recent_errors for s in staff.stations().stations}

    rc01 = StationClient(base_url, tokens["RC-01"])
    try:
        rc01.post_error_reports(ErrorReportBatch(reports=[report(1)]))  # soon out of the window
        clock.advance(seconds=station_errors.RECENT.total_seconds() + 60)
        staff.login("admin", PASSWORD)  # a day later: a new sign-in
        assert counts() == {"RC-01": 0, "RC-02": 0}  # an old error is no longer "recent"
        before = notifier.version(STATIONS_TOPIC)
        rc01.post_error_reports(ErrorReportBatch(reports=[report(2), report(3)]))
        assert notifier.version(STATIONS_TOPIC) > before  # the consoles' room wakes up
        rc01.post_error_reports(ErrorReportBatch(reports=[report(3)]))  # a resend: still 2
    finally:
        rc01.close()
    assert counts() == {"RC-01": 2, "RC-02": 0}
    # the listing still has the old one: only the room's count is limited to the window
    assert len(staff.station_errors("RC-01").errors) == 3
