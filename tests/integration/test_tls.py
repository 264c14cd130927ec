"""TLS end to end: a real uvicorn serving HTTPS with a certificate from 'epn server init-tls'.

The certificates are made with this machine's clock (the TLS stack checks validity against
it); nothing here asserts anything about dates.
"""

from __future__ import annotations

import stat
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from functools import partial
from pathlib import Path

import pytest

from admin.api.tls import Issued, init_tls
from admin.client.staff_client import StaffClient
from admin.core.timeutil import utc_now
from admin.db.store import Store
from admin.stations.management import StationsAdmin
from kiosk.agent import StationAgent
from kiosk.client import StationClient, enroll
from kiosk.clock import FakeClock
from kiosk.config import load_config
from kiosk.enrolment import FINGERPRINT_FILE, resolve_token, server_trust
from kiosk.install.cli import main as install_main
from kiosk.listener import AgentListener
from kiosk.protocol.http import CertificateMismatch, ServerUnreachable
from kiosk.protocol.tls import ServerTrust, parse_fingerprint
from kiosk.store import LocalStore
from tests.helpers.liveserver import add_site, add_staff, add_station, running_server
from tests.integration.test_install import as_root, host


@dataclass(frozen=True)
class Tls:
    ours: Issued  # the server's CA and certificate
    other: Issued  # a second CA's, for 127.0.0.1 too


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> Tls:
    root = tmp_path_factory.mktemp("pki")
    hosts = ["127.0.0.1", "localhost"]
    return Tls(
        ours=init_tls(root / "ours", hosts, days=30, now=utc_now()),
        other=init_tls(root / "other", hosts, days=30, now=utc_now()),
    )


@dataclass(frozen=True)
class Served:
    url: str
    db: Path
    token: str


@pytest.fixture
def served(tmp_path: Path, tls: Tls) -> Iterator[Served]:
    db = tmp_path / "epn.db"
    add_site(db)
    token = add_station(db, "RC-01")
    with running_server(db, certfile=tls.ours.server_cert, keyfile=tls.ours.server_key) as url:
        yield Served(url=url, db=db, token=token)


def station(served: Served, trust: ServerTrust) -> StationClient:
    return StationClient(served.url, served.token, trust=trust, timeout=5.0)


def test_the_server_speaks_https_and_a_station_trusting_its_ca_accepts_it(
    served: Served, tls: Tls
) -> None:
    assert served.url.startswith("https://127.0.0.1:")
    client = station(served, ServerTrust(ca_file=tls.ours.ca_cert))
    try:
        assert client.me().name == "RC-01"
    finally:
        client.close()


def test_a_station_trusting_another_ca_refuses_the_server(served: Served, tls: Tls) -> None:
    client = station(served, ServerTrust(ca_file=tls.other.ca_cert))
    try:
        with pytest.raises(ServerUnreachable, match="CERTIFICATE_VERIFY_FAILED") as caught:
            client.me()
    finally:
        client.close()
    assert not isinstance(caught.value, CertificateMismatch)


def test_the_system_cas_alone_do_not_trust_a_private_ca(served: Served) -> None:
    client = station(served, ServerTrust())
    try:
        with pytest.raises(ServerUnreachable, match="CERTIFICATE_VERIFY_FAILED"):
            client.me()
    finally:
        client.close()


def test_a_wrong_fingerprint_is_refused_with_both_fingerprints(served: Served, tls: Tls) -> None:
    # the CA is right: the pin is checked as well, not instead
    trust = ServerTrust(ca_file=tls.ours.ca_cert, fingerprint=tls.other.fingerprint)
    client = station(served, trust)
    try:
        with pytest.raises(CertificateMismatch) as caught:
            client.me()
    finally:
        client.close()
    message = str(caught.value)
    assert f"expected {tls.other.fingerprint}" in message
    assert f"got {tls.ours.fingerprint}" in message
    assert (caught.value.expected, caught.value.got) == (
        tls.other.fingerprint,
        tls.ours.fingerprint,
    )


def test_the_right_fingerprint_alone_is_enough(served: Served, tls: Tls) -> None:
    # plain hex, lower case: the other accepted form
    pin = tls.ours.fingerprint.replace(":", "").lower()
    client = station(served, ServerTrust(fingerprint=parse_fingerprint(pin)))
    try:
        assert client.me().name == "RC-01"
    finally:
        client.close()


class Faults(AgentListener):
    def __init__(self) -> None:
        self.faults: list[str] = []

    def station_did_fail(self, fault: str) -> None:
        self.faults.append(fault)


def test_an_agent_pinned_to_another_certificate_is_out_of_order_with_the_reason(
    served: Served, tls: Tls, tmp_path: Path
) -> None:
    listener = Faults()
    store = LocalStore(tmp_path / "station.db")
    agent = StationAgent(
        client=station(served, ServerTrust(fingerprint=tls.other.fingerprint)),
        store=store,
        clock=FakeClock(),
        listener=listener,
        boot_id="boot-1",
    )
    try:
        agent.link.sync_once()
    finally:
        agent.stop()
        store.close()
    [fault] = listener.faults
    assert "does not match the pinned fingerprint" in fault
    assert tls.other.fingerprint in fault and tls.ours.fingerprint in fault
    assert agent.fault == fault and not agent.link.online


def enrol_code(db: Path, name: str) -> str:
    with Store(db) as store:
        return StationsAdmin(store, utc_now).enrol_code(None, name, site="EPN Test").code


def test_enrolment_learns_the_fingerprint_and_the_next_start_pins_it(
    tmp_path: Path, tls: Tls
) -> None:
    db = tmp_path / "epn.db"
    add_site(db)
    state = tmp_path / "state"
    with running_server(db, certfile=tls.ours.server_cert, keyfile=tls.ours.server_key) as url:
        code = enrol_code(db, "RC-02")
        path = tmp_path / "station.toml"
        path.write_text(
            f'[server]\nurl = "{url}"\nenrol_code = "{code}"\n[paths]\nstate_dir = "{state}"\n',
            encoding="utf-8",
        )
        config = load_config(path)
        token = resolve_token(config, cli_token=None, environ={}, enroll=partial(enroll))

        saved = state / FINGERPRINT_FILE
        assert saved.read_text(encoding="utf-8").strip() == tls.ours.fingerprint
        assert stat.S_IMODE(saved.stat().st_mode) == 0o600
        # the next start: the learnt fingerprint is pinned, and the server matches it
        trust = server_trust(config)
        assert trust.fingerprint == tls.ours.fingerprint and trust.ca_file is None
        client = StationClient(url, token, trust=trust)
        try:
            assert client.me().name == "RC-02"
        finally:
            client.close()
    # the same address now answered by a server with another CA's certificate
    db2 = tmp_path / "other.db"
    add_site(db2)
    with running_server(db2, certfile=tls.other.server_cert, keyfile=tls.other.server_key) as url2:
        client = StationClient(url2, token, trust=server_trust(config))
        try:
            with pytest.raises(CertificateMismatch, match=tls.other.fingerprint):
                client.me()
        finally:
            client.close()


def test_the_staff_client_connects_over_tls_with_the_ca_file(served: Served, tls: Tls) -> None:
    add_staff(served.db, "ada", "correct horse battery")
    with StaffClient(served.url, trust=ServerTrust(ca_file=tls.ours.ca_cert)) as staff:
        staff.login("ada", "correct horse battery")
        assert [s.name for s in staff.stations().stations] == ["RC-01"]
    with (
        StaffClient(served.url, trust=ServerTrust(fingerprint=tls.other.fingerprint)) as staff,
        pytest.raises(CertificateMismatch),
    ):
        staff.login("ada", "correct horse battery")


@as_root
def test_epn_install_station_prints_and_keeps_the_fingerprint_it_enrolled_against(
    tmp_path: Path, tls: Tls
) -> None:
    db = tmp_path / "epn.db"
    add_site(db)
    root = tmp_path / "image"
    lines: list[str] = []
    with running_server(db, certfile=tls.ours.server_cert, keyfile=tls.ours.server_key) as url:
        argv = ["--server", url, "--code", enrol_code(db, "RC-03"), "--root", str(root)]
        code = install_main(["install", "station", *argv], host(lines))

    assert code == 0, lines
    assert f"server certificate SHA-256 {tls.ours.fingerprint}: pinned" in lines[1]
    saved = root / "var/lib/epn-kiosk" / FINGERPRINT_FILE
    assert saved.read_text(encoding="utf-8").strip() == tls.ours.fingerprint
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600


def test_epn_install_station_refuses_plain_http_to_another_machine(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines: list[str] = []
    argv = ["--server", "http://10.0.0.5:8750", "--code", "ABCD-1234", "--root", str(tmp_path)]

    assert install_main(["install", "station", *argv], host(lines)) == 1
    assert "plain http:// to another machine" in capsys.readouterr().err
    assert lines == [] and list(tmp_path.iterdir()) == []


def test_a_station_refuses_an_expired_server_certificate_naming_it(tmp_path: Path) -> None:
    # made 40 days ago for 30: expired ten days ago, whatever today is
    made = utc_now() - timedelta(days=40)
    old = init_tls(tmp_path / "old", ["127.0.0.1"], days=30, now=made)
    db = tmp_path / "epn.db"
    add_site(db)
    token = add_station(db, "RC-01")
    with running_server(db, certfile=old.server_cert, keyfile=old.server_key) as url:
        client = StationClient(url, token, trust=ServerTrust(ca_file=old.ca_cert), timeout=5.0)
        try:
            with pytest.raises(ServerUnreachable, match="certificate has expired"):
                client.me()
        finally:
            client.close()
