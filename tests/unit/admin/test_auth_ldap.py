"""Sign-in through a school directory: a real OpenLDAP slapd on free ports, LDAPS and StartTLS.

The directory: two pupils' group, teachers with a nested group (science), a disabled account;
the certificate is a private CA's (admin/api/tls.py), made for "localhost" only.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from admin.api.tls import init_tls
from admin.auth.ldap import LdapSource
from admin.auth.sources import AuthConfig, AuthConfigError, Reason
from admin.core.errors import Refused
from admin.services import Service
from kiosk.protocol.errors import ErrorCode

pytestmark = [
    pytest.mark.xdist_group("slapd"),
    pytest.mark.skipif(shutil.which("slapd", path="/usr/sbin:/usr/bin") is None, reason="slapd"),
]

BASE = "dc=schools,dc=test"
SERVICE_DN, SERVICE_PASSWORD = f"cn=kiosk,{BASE}", "service-pw"
GROUPS = [
    {"group": f"cn=teachers,ou=groups,{BASE}", "category": "teacher", "profile": "Teachers"},
    {"group": f"cn=pupils,ou=groups,{BASE}", "category": "pupil", "profile": "Pupils"},
]


def _person(uid: str, name: str, password: str, *extra: str) -> str:
    return "\n".join(
        [
            f"dn: uid={uid},ou=people,{BASE}",
            "objectClass: inetOrgPerson",
            f"uid: {uid}",
            f"cn: {name}",
            "sn: Test",
            f"displayName: {name}",
            f"userPassword: {password}",
            *extra,
        ]
    )


def _group(name: str, *members: str) -> str:
    lines = [f"dn: cn={name},ou=groups,{BASE}", "objectClass: groupOfNames", f"cn: {name}"]
    return "\n".join(lines + [f"member: {m}" for m in members])


DIRECTORY = "\n\n".join(
    [
        f"dn: {BASE}\nobjectClass: dcObject\nobjectClass: organization\ndc: schools\no: Schools",
        f"dn: ou=people,{BASE}\nobjectClass: organizationalUnit\nou: people",
        f"dn: ou=groups,{BASE}\nobjectClass: organizationalUnit\nou: groups",
        f"dn: {SERVICE_DN}\nobjectClass: organizationalRole\nobjectClass: simpleSecurityObject\n"
        f"cn: kiosk\nuserPassword: {SERVICE_PASSWORD}",
        _person("pupil1", "Pupil One", "pupil-pw"),
        _person("teacher1", "Teacher One", "teacher-pw"),
        _person("teacher2", "Teacher Two", "teacher2-pw"),
        _person("gone", "Left School", "gone-pw", "employeeType: disabled"),
        _group("pupils", f"uid=pupil1,ou=people,{BASE}"),
        _group("science", f"uid=teacher2,ou=people,{BASE}"),
        _group("teachers", f"uid=teacher1,ou=people,{BASE}", f"cn=science,ou=groups,{BASE}"),
    ]
)


@dataclass(frozen=True)
class Slapd:
    ldap: str
    ldaps: str
    ca_file: str


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _ready(port: int, process: subprocess.Popen[bytes]) -> None:
    """Wait until slapd accepts connections (a real process starting: polled, 10 s at most)."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"slapd stopped: {process.stderr.read() if process.stderr else ''}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.02)
    raise RuntimeError("slapd did not start")


@pytest.fixture(scope="session")
def slapd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Slapd]:
    folder = tmp_path_factory.mktemp("slapd")
    # valid now by the machine's clock, which the TLS handshake checks against
    issued = init_tls(folder / "tls", ["localhost"], days=2, now=datetime.now(UTC))
    (folder / "db").mkdir()
    config = folder / "slapd.conf"
    schema = Path("/etc/ldap/schema")
    config.write_text(
        "\n".join(
            [
                *(f"include {schema / n}.schema" for n in ("core", "cosine", "inetorgperson")),
                "modulepath /usr/lib/ldap",
                "moduleload back_mdb",
                f"pidfile {folder / 'slapd.pid'}",
                f"TLSCACertificateFile {issued.ca_cert}",
                f"TLSCertificateFile {issued.server_cert}",
                f"TLSCertificateKeyFile {issued.server_key}",
                "database mdb",
                f'suffix "{BASE}"',
                f'rootdn "cn=admin,{BASE}"',
                "rootpw admin-pw",
                f"directory {folder / 'db'}",
                "maxsize 10485760",
                "access to attrs=userPassword by self read by anonymous auth by * none",
                "access to * by users read by * none",
                "",
            ]
        )
    )
    data = folder / "directory.ldif"
    data.write_text(DIRECTORY + "\n")
    subprocess.run(
        ["/usr/sbin/slapadd", "-f", str(config), "-l", str(data)], check=True, capture_output=True
    )
    plain, secure = _free_port(), _free_port()
    urls = f"ldap://127.0.0.1:{plain}/ ldaps://127.0.0.1:{secure}/"
    process = subprocess.Popen(
        ["/usr/sbin/slapd", "-f", str(config), "-h", urls, "-d", "0"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        _ready(plain, process)
        _ready(secure, process)
        yield Slapd(f"ldap://localhost:{plain}", f"ldaps://localhost:{secure}", str(issued.ca_cert))
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stderr:
            process.stderr.close()


def schools(slapd: Slapd, **options: Any) -> LdapSource:
    settings: dict[str, Any] = {
        "url": slapd.ldaps,
        "base_dn": BASE,
        "bind_dn": SERVICE_DN,
        "bind_password": SERVICE_PASSWORD,
        "ca_file": slapd.ca_file,
        "user_filter": "(objectClass=inetOrgPerson)",
        "groups": GROUPS,
        "nested_groups": "recursive",
        "disabled_filter": "(employeeType=disabled)",
        "take_name": True,
        "timeout": 3.0,
    }
    return LdapSource("schools", **{**settings, **options})


def test_search_then_bind_maps_groups_to_category_and_profile(slapd: Slapd) -> None:
    source = schools(slapd)
    pupil = source.check("pupil1", "pupil-pw").account
    assert pupil is not None
    assert (pupil.identifier, pupil.category, pupil.profile) == ("pupil1", "pupil", "Pupils")
    assert pupil.display_name == "Pupil One"
    teacher = source.check("teacher1", "teacher-pw").account
    assert teacher is not None and (teacher.category, teacher.profile) == ("teacher", "Teachers")
    # teacher2 is a teacher through the science group, found by the recursive search only
    nested = source.check("teacher2", "teacher2-pw").account
    assert nested is not None and nested.category == "teacher"
    flat = schools(slapd, nested_groups="none").check("teacher2", "teacher2-pw")
    assert (flat.account, flat.reason) == (None, Reason.UNKNOWN)


def test_refusals(slapd: Slapd) -> None:
    source = schools(slapd)
    assert source.check("pupil1", "wrong").reason == Reason.PIN_WRONG
    assert source.check("pupil1", "").reason == Reason.PIN_WRONG  # never an anonymous bind
    assert source.check("nobody", "pupil-pw").reason == Reason.UNKNOWN
    assert source.check("gone", "gone-pw").reason == Reason.BLOCKED
    # an injection in the identifier finds nobody (and is no bind as anyone)
    for attempt in ("*)(uid=*", "*", "pupil1)(|(uid=*"):
        assert source.check(attempt, "pupil-pw").reason == Reason.UNKNOWN


def test_direct_bind_over_starttls(slapd: Slapd) -> None:
    source = schools(
        slapd,
        url=slapd.ldap,
        start_tls=True,
        bind_dn=None,
        bind_password=None,
        user_dn_template=f"uid={{identifier}},ou=people,{BASE}",
    )
    pupil = source.check("pupil1", "pupil-pw").account
    assert pupil is not None and pupil.category == "pupil"
    assert source.check("pupil1", "wrong").reason == Reason.PIN_WRONG
    assert source.check("pupil1,ou=people", "pupil-pw").reason == Reason.PIN_WRONG


def test_certificate_checked_and_directory_down(slapd: Slapd) -> None:
    # the certificate names localhost, not 127.0.0.1
    wrong_name = schools(slapd, url=slapd.ldaps.replace("localhost", "127.0.0.1"))
    assert wrong_name.check("pupil1", "pupil-pw").reason == Reason.UNREACHABLE
    # the private CA is not among the system's
    assert schools(slapd, ca_file=None).check("pupil1", "pupil-pw").reason == Reason.UNREACHABLE
    down = schools(slapd, url=f"ldaps://localhost:{_free_port()}")
    answer = down.check("pupil1", "pupil-pw")
    assert answer.reason == Reason.UNREACHABLE
    assert "pupil-pw" not in str(answer.fields)


def test_plain_ldap_needs_saying_so(slapd: Slapd) -> None:
    with pytest.raises(AuthConfigError, match="ldaps"):
        schools(slapd, url=slapd.ldap)


def test_a_pupil_signs_in_with_the_pupils_profile(service: Service, slapd: Slapd) -> None:
    service.directory.add_site("School 1")
    service.catalogue.add_profile(None, "Pupils")
    service.stations.sources = AuthConfig(
        sources={"schools": schools(slapd)}, orders={"School 1": ["local", "schools"]}
    )
    token = service.directory.add_station("S1-01", "School 1").token
    station = service.stations.authenticate(token)
    assert service.stations.sign_in(station, "pupil1", "pupil-pw").granted_seconds > 0
    row = service.store.read(
        lambda db: next(
            db.query(
                "SELECT v.source, v.category, v.display_name, p.name AS profile FROM visitors v"
                " JOIN visitor_profiles vp ON vp.visitor_id = v.id"
                " JOIN profiles p ON p.id = vp.profile_id WHERE v.identifier = 'pupil1'"
            )
        )
    )
    assert row == {
        "source": "schools",
        "category": "pupil",
        "display_name": "Pupil One",
        "profile": "Pupils",
    }
    with pytest.raises(Refused) as refused:
        service.stations.sign_in(station, "gone", "gone-pw")
    assert refused.value.code == ErrorCode.CARD_BLOCKED
