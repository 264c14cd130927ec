"""A school directory for the tests: a real OpenLDAP slapd on free ports, LDAPS and StartTLS.

The directory: a pupils' group, teachers with a nested group (science), a disabled account;
the certificate is a private CA's (admin/api/tls.py), made for "localhost" only. Used by the
unit tests of the LDAP source, the end-to-end sign-in on the kiosk and
bench/sign_in_sources.py.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from admin.api.tls import init_tls

#: Where Debian puts slapd; None when it is not installed.
SLAPD = shutil.which("slapd", path="/usr/sbin:/usr/bin")

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


def free_port() -> int:
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


@contextmanager
def running_slapd(folder: Path) -> Iterator[Slapd]:
    """slapd on two free ports (ldap:// and ldaps://) with the test directory, in ``folder``."""
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
    plain, secure = free_port(), free_port()
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
