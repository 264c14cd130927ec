"""The stations' identities kept in memory (admin/stations/link.py): no join per heartbeat,
and every change to a station's identity seen on its very next request.

The changes are made through a second :class:`Store` on the same file, the way an ``epn``
command changes the database while the server runs: a counter inside the server alone would
miss them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from admin.core.errors import Refused
from admin.db.store import Store
from admin.services import Service
from admin.stations.management import StationsAdmin
from kiosk.protocol.errors import ErrorCode
from tests.helpers.clock import FakeClock


@pytest.fixture
def token(service: Service, site: str) -> str:
    return service.directory.add_station("RC-01", site).token


@pytest.fixture
def command_line(db_path: Path, clock: FakeClock, token: str) -> Iterator[StationsAdmin]:
    """The station administration of another process on the same database file."""
    with Store(db_path) as store:
        yield StationsAdmin(store, clock)


def warm(service: Service, token: str) -> None:
    for _ in range(2):
        assert service.stations.authenticate(token).name == "RC-01"


def refused(service: Service, token: str) -> None:
    with pytest.raises(Refused) as raised:
        service.stations.identify(token)
    assert raised.value.code == ErrorCode.UNAUTHENTICATED


def test_a_known_station_is_not_looked_up_again(service: Service, token: str) -> None:
    warm(service, token)
    statements: list[str] = []
    service.store.read(lambda db: db.conn.set_trace_callback(statements.append))
    try:
        station, _ = service.stations.identify(token)
    finally:
        service.store.read(lambda db: db.conn.set_trace_callback(None))
    assert station.name == "RC-01"
    assert statements and not [s for s in statements if "stations st" in s]


def test_revoke_stops_the_token_on_the_next_request(
    service: Service, token: str, command_line: StationsAdmin
) -> None:
    warm(service, token)
    command_line.revoke(None, "RC-01")
    refused(service, token)


def test_disable_and_enable_show_on_the_next_request(
    service: Service, token: str, command_line: StationsAdmin
) -> None:
    warm(service, token)
    command_line.set_enabled(None, "RC-01", False, reason="en panne")
    station, _ = service.stations.identify(token)
    assert (station.enabled, station.disabled_reason) == (False, "en panne")
    with pytest.raises(Refused) as raised:
        service.stations.sign_in(station, "card", None)
    assert raised.value.code == ErrorCode.STATION_DISABLED
    command_line.set_enabled(None, "RC-01", True)
    assert service.stations.identify(token)[0].enabled is True


def test_reenrolment_refuses_the_old_token_and_accepts_the_new(
    service: Service, token: str, command_line: StationsAdmin, site: str
) -> None:
    warm(service, token)
    command_line.revoke(None, "RC-01")
    code = command_line.enrol_code(None, "RC-01")
    new = command_line.enroll(code.code).token
    refused(service, token)
    assert service.stations.authenticate(new).name == "RC-01"
    assert service.stations.authenticate(new).name == "RC-01"  # the new one kept
    refused(service, token)


def test_a_site_change_shows_on_the_next_request(
    service: Service, token: str, db_path: Path
) -> None:
    warm(service, token)
    service.directory.add_site("Annexe", timezone="America/Montreal")
    with Store(db_path) as other:
        other.write(
            lambda db: db.execute(
                "UPDATE stations SET site_id = (SELECT id FROM sites WHERE name = 'Annexe')"
            )
        )
    station, _ = service.stations.identify(token)
    assert (station.site_name, station.timezone) == ("Annexe", "America/Montreal")
    with Store(db_path) as other:
        other.write(lambda db: db.execute("UPDATE sites SET timezone = 'Europe/Paris'"))
    assert service.stations.identify(token)[0].timezone == "Europe/Paris"


def test_last_seen_does_not_empty_the_kept_identities(
    service: Service, token: str, clock: FakeClock
) -> None:
    warm(service, token)
    version = service.store.read(
        lambda db: db.execute("SELECT version FROM station_identity_version").fetchone()[0]
    )
    clock.advance(seconds=5)
    station, seen = service.stations.identify(token)
    assert seen is not None and not station.came_online
    service.store.write(seen)
    clock.advance(seconds=0.5)
    assert service.stations.identify(token)[1] is None  # the kept row knows it was just seen
    assert version == service.store.read(
        lambda db: db.execute("SELECT version FROM station_identity_version").fetchone()[0]
    )
