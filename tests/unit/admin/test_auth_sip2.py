"""Sign-in through a library system over SIP2: a real pysip2 ACS server on a free port.

The ILS of these tests is pysip2's own server (the same codec, the other side), answering
patron information (63/64) for test patrons (tests/helpers/sip2_ils.py), over plain TCP and
once over TLS.
"""

from __future__ import annotations

import io
import json
import ssl
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from admin.api.tls import init_tls
from admin.auth.sip2 import Sip2Source
from admin.auth.sources import AuthConfig, Reason
from admin.core.errors import Refused
from admin.services import Service
from admin.visitors.profile import band_of_birth_year
from kiosk.protocol.errors import ErrorCode
from tests.helpers.clock import FakeClock
from tests.helpers.sip2_ils import SIP_PASSWORD, SIP_USER, asked, running_ils

NOW = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def ils() -> Iterator[int]:
    with running_ils() as port:
        yield port


@pytest.fixture(scope="module")
def tls_ils(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[int, Path]]:
    # valid now by the machine's clock, which the TLS handshake checks against
    issued = init_tls(
        tmp_path_factory.mktemp("ils-tls"), ["localhost"], days=2, now=datetime.now(UTC)
    )
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(issued.server_cert, issued.server_key)
    with running_ils(context) as port:
        yield port, issued.ca_cert


made: list[Sip2Source] = []


@pytest.fixture(autouse=True)
def _close_sources() -> Iterator[None]:
    yield
    while made:
        made.pop().close()


def source(port: int, **options: Any) -> Sip2Source:
    settings: dict[str, Any] = {
        "host": "127.0.0.1",
        "port": port,
        "login_user": SIP_USER,
        "login_password": SIP_PASSWORD,
        "institution_id": "BXL",
        "fines_limit": Decimal("5.00"),
        "categories": {"CHILD": "youth"},
        "profiles": {"CHILD": "Kids"},
        "take_statistics": True,
        "timeout": 2.0,
        "clock": lambda: NOW,
    }
    made.append(Sip2Source("library", **{**settings, **options}))
    return made[-1]


def test_each_patron_gets_its_answer(ils: int) -> None:
    library = source(ils)
    ok = library.check("1001", "1234")
    assert ok.account is not None
    assert (ok.account.category, ok.account.profile) == ("youth", "Kids")
    assert (ok.account.birth_year, ok.account.postcode) == (2014, "1000")
    assert ok.account.display_name is None  # take_name is off
    assert library.check("1001", "9999").reason == Reason.PIN_WRONG
    assert library.check("7777", "1234").reason == Reason.UNKNOWN
    expired = library.check("1002", "1234")
    assert (expired.reason, expired.details) == (Reason.EXPIRED, {"until": "2025-03-01"})
    assert library.check("1003", "1234").reason == Reason.BLOCKED
    assert library.check("1005", "1234").reason == Reason.BLOCKED  # card reported lost
    fines = library.check("1004", "1234")
    assert (fines.reason, fines.details) == (Reason.FINES, {"amount": "7.50", "currency": "EUR"})
    library.close()


def test_an_empty_pin_is_refused_without_asking_the_ils(ils: int) -> None:
    library = source(ils)
    before = len(asked)
    for pin in ("", "   "):
        assert library.check("1001", pin).reason == Reason.PIN_WRONG
    assert len(asked) == before


def test_a_card_sip2_cannot_carry_is_unknown_without_asking(ils: int) -> None:
    library = source(ils)
    before = len(asked)
    assert library.check("10|01", "1234").reason == Reason.UNKNOWN
    assert library.check("ĳ€漢", "1234").reason == Reason.UNKNOWN
    assert len(asked) == before


def test_a_wrong_sip_account_or_no_server_is_unreachable(ils: int) -> None:
    assert source(ils, login_password="nope").check("1001", "1234").reason == Reason.UNREACHABLE
    closed = source(1, timeout=0.5)  # nothing listens on port 1
    answer = closed.check("1001", "1234")
    assert answer.reason == Reason.UNREACHABLE
    assert "1234" not in str(answer.fields)


def test_pool_serves_many_sign_ins_at_once(ils: int) -> None:
    library = source(ils, pool_size=3)
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(10) as pool:
        answers = list(pool.map(lambda _: library.check("1001", "1234"), range(50)))
    assert all(a.account is not None for a in answers)
    assert library._idle.qsize() <= 3
    library.close()


def test_tls_with_the_certificate_checked(tls_ils: tuple[int, Path]) -> None:
    port, ca = tls_ils
    library = source(port, host="localhost", tls=True, ca_file=str(ca))
    assert library.check("1001", "1234").account is not None
    # the system's CAs do not know the ILS's private CA: refused, not trusted
    untrusted = source(port, host="localhost", tls=True)
    assert untrusted.check("1001", "1234").reason == Reason.UNREACHABLE


# --- through the station's sign-in ----------------------------------------------------------


@pytest.fixture
def library_site(service: Service, ils: int) -> Service:
    service.directory.add_site("Riches Claires")
    service.stations.sources = AuthConfig(
        sources={"library": source(ils)}, orders={"Riches Claires": ["local", "library"]}
    )
    return service


def _station(service: Service) -> Any:
    token = service.directory.add_station("RC-01", "Riches Claires").token
    return service.stations.authenticate(token)


def test_a_library_card_becomes_a_visitor_on_its_first_sign_in(library_site: Service) -> None:
    service = library_site
    rc01 = _station(service)
    with pytest.raises(Refused) as no_pin:
        service.stations.sign_in(rc01, "1001", None)
    assert no_pin.value.code == ErrorCode.PIN_REQUIRED
    grant = service.stations.sign_in(rc01, "1001", "1234")
    assert grant.granted_seconds > 0
    row = service.store.read(
        lambda db: next(db.query("SELECT * FROM visitors WHERE identifier = '1001'"))
    )
    assert (row["source"], row["category"], row["pin_hash"]) == ("library", "youth", None)
    # the statistics the library gives: the year of birth, the postcode as the commune
    assert (row["birth_year"], row["commune"]) == (2014, "1000")
    assert service.store.read(
        lambda db: next(db.query("SELECT age_band, commune, first_visit FROM sessions"))
    ) == {
        "age_band": band_of_birth_year(2014, service.clock().date()),
        "commune": "1000",
        "first_visit": 1,
    }
    assert service.visitors.get("1001").source == "library"
    counts = {
        (r["source"], r["outcome"]): r["count"] for r in service.stations.source_stats.summary()
    }
    assert counts[("library", "signed_in")] == 1


def test_refusals_of_the_library_reach_the_visitor(library_site: Service) -> None:
    service = library_site
    rc01 = _station(service)
    cases = {
        "1002": (ErrorCode.CARD_EXPIRED, {"until": "2025-03-01"}),
        "1003": (ErrorCode.CARD_BLOCKED, {}),
        "1004": (ErrorCode.FINES_DUE, {"amount": "7.50", "currency": "EUR"}),
    }
    for card, (code, details) in cases.items():
        with pytest.raises(Refused) as refused:
            service.stations.sign_in(rc01, card, "1234")
        assert (refused.value.code, refused.value.details) == (code, details)
    # an unknown card and a wrong PIN: the visitor list's answer, counted by the lockouts
    for card, pin in (("7777", "1234"), ("1001", "0000")):
        with pytest.raises(Refused) as refused:
            service.stations.sign_in(rc01, card, pin)
        assert refused.value.code == ErrorCode.BAD_CREDENTIALS
    assert refused.value.details["tries_left"] >= 0


def test_a_site_without_the_source_does_not_ask_it(library_site: Service) -> None:
    service = library_site
    service.directory.add_site("Laeken")
    token = service.directory.add_station("LK-01", "Laeken").token
    before = len(asked)
    with pytest.raises(Refused) as refused:
        service.stations.sign_in(service.stations.authenticate(token), "1001", "1234")
    assert refused.value.code == ErrorCode.BAD_CREDENTIALS
    assert len(asked) == before


def test_an_unreachable_library_is_a_503_refusal(service: Service, clock: FakeClock) -> None:
    service.directory.add_site("Riches Claires")
    service.stations.sources = AuthConfig(
        sources={"library": source(1, timeout=0.5)}, orders={"Riches Claires": ["library"]}
    )
    with pytest.raises(Refused) as refused:
        service.stations.sign_in(_station(service), "1001", "1234")
    assert refused.value.code == ErrorCode.SOURCE_UNREACHABLE


# --- the CLI ---------------------------------------------------------------------------------


def _config(tmp_path: Path, port: int) -> Path:
    path = tmp_path / "server.toml"
    path.write_text(
        f"""[server]
db = "{tmp_path / "epn.db"}"

[auth.sites]
"Riches Claires" = ["local", "library"]

[auth.sources.library]
kind = "sip2"
host = "127.0.0.1"
port = {port}
login_user = "{SIP_USER}"
login_password = "{SIP_PASSWORD}"
institution_id = "BXL"
fines_limit = "5.00"
categories = {{ CHILD = "youth" }}
"""
    )
    return path


def test_auth_test_prints_each_answer_and_never_the_pin(
    tmp_path: Path, ils: int, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from admin.cli import app as cli

    config = _config(tmp_path, ils)
    argv = ["auth", "test", "--config", str(config), "--site", "Riches Claires"]
    monkeypatch.setattr("sys.stdin", io.StringIO("1234\n"))
    assert cli.main([*argv, "--card", "1004", "--pin-stdin"]) == 1
    out = capsys.readouterr().out
    assert "library (sip2): fines_due" in out and '"amount": "7.50"' in out
    assert "1234" not in out.replace("1004", "")
    monkeypatch.setattr("sys.stdin", io.StringIO("1234\n"))
    assert cli.main([*argv, "--card", "1001", "--pin-stdin", "--json"]) == 0
    (answer,) = json.loads(capsys.readouterr().out)
    assert (answer["result"], answer["account"]["category"]) == ("accepted", "youth")
    # the secrets of the config are masked in its view
    assert cli.main(["auth", "sources", "--config", str(config)]) == 0
    out = capsys.readouterr().out
    assert "login_password" in out and SIP_PASSWORD not in out
    # a site without sources
    assert cli.main([*argv[:-1], "Laeken", "--card", "1001", "--pin-stdin"]) == 2
    assert "own visitors only" in capsys.readouterr().err


def test_auth_stats_and_visitor_show(
    library_site: Service, capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    from admin.cli import app as cli

    rc01 = _station(library_site)
    library_site.stations.sign_in(rc01, "1001", "1234")
    with pytest.raises(Refused):
        library_site.stations.sign_in(rc01, "1004", "1234")
    assert cli.main(["auth", "stats", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "signed_in" in out and "fines_due" in out
    assert cli.main(["visitor", "show", "1001", "--db", str(db_path)]) == 0
    assert "source:        library" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("table", "problem"),
    [
        ({"sources": {"library": {"kind": "z39"}}}, "kind: must be one of ldap, sip2"),
        ({"sources": {"library": {"kind": "sip2", "host": "h", "hots": "x"}}}, "hots: unknown key"),
        ({"sources": {"library": {"kind": "sip2"}}}, "host: required"),
        ({"sites": {"Laeken": ["local", "library"]}}, "no source named 'library'"),
        ({"sites": {"Laeken": "local"}}, "must be a list of source names"),
        ({"source": {}}, "[auth] source: unknown key"),
    ],
)
def test_config_mistakes_are_named(table: dict[str, Any], problem: str) -> None:
    from admin.auth.sources import AuthConfigError, parse_auth

    with pytest.raises(AuthConfigError) as error:
        parse_auth(table)
    assert problem in str(error.value)
