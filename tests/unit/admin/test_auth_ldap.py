"""Sign-in through a school directory: a real OpenLDAP slapd on free ports, LDAPS and StartTLS.

The directory and its server: tests/helpers/slapd.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from admin.auth.ldap import LdapSource
from admin.auth.sources import AuthConfig, AuthConfigError, Reason
from admin.core.errors import Refused
from admin.services import Service
from kiosk.protocol.errors import ErrorCode
from tests.helpers.slapd import (
    BASE,
    GROUPS,
    SERVICE_DN,
    SERVICE_PASSWORD,
    SLAPD,
    Slapd,
    free_port,
    running_slapd,
)

pytestmark = [
    pytest.mark.xdist_group("slapd"),
    pytest.mark.skipif(SLAPD is None, reason="slapd"),
]


@pytest.fixture(scope="session")
def slapd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Slapd]:
    with running_slapd(tmp_path_factory.mktemp("slapd")) as server:
        yield server


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
    down = schools(slapd, url=f"ldaps://localhost:{free_port()}")
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


def test_requests_are_sent_at_once_not_held_by_nagle(
    slapd: Slapd, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Over LDAPS, the small TLS records of a request waited for the server's delayed ACK
    (about 40 ms each, two binds and three searches a sign-in: 100 ms of 103 on this
    machine); every connection sends with TCP_NODELAY (bench/sign_in_sources.py)."""
    import socket

    from ldap3 import Connection

    delays: list[int] = []
    unbind = Connection.unbind

    def noted(connection: Connection, *args: Any) -> Any:
        if connection.socket is not None:
            delays.append(connection.socket.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
        return unbind(connection, *args)

    monkeypatch.setattr(Connection, "unbind", noted)
    assert schools(slapd).check("pupil1", "pupil-pw").account is not None
    starttls = schools(slapd, url=slapd.ldap, start_tls=True)
    assert starttls.check("pupil1", "pupil-pw").account is not None
    assert len(delays) == 4 and all(delays), delays
