"""Bad input on the sign-in through a library system, over real HTTP: the real server, the
test ILS (pysip2's server, tests/helpers/sip2_ils.py) behind a link that can be slow or garble
its answers, and the station's own sign-in with its offline cache (kiosk/offline.py).

Whatever the card, the PIN or the ILS does: a 4xx or a 503 with its ErrorCode (never a 500), a
log line for staff that names neither the card nor the PIN, and nothing cached for offline
sign-in unless the server granted a session.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import httpx
import pytest

from admin.auth.sip2 import Sip2Source
from admin.auth.sources import AuthConfig
from admin.core.logsafe import EscapingFormatter
from kiosk.client import StationClient
from kiosk.clock import FakeClock as StationClock
from kiosk.offline import OfflineDesk, OfflinePolicy, sign_in
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.http import ApiError
from kiosk.store import LocalStore
from tests.helpers.clock import FakeClock
from tests.helpers.liveserver import add_station, running_server
from tests.helpers.sip2_ils import (
    SIP_PASSWORD,
    SIP_USER,
    SlowLink,
    asked,
    pins,
    running_ils,
)
from tests.helpers.stations_http import HttpStation, error_of

SITE = "EPN Test"  # made by the db_path fixture
NOW = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)
TIMEOUT = 0.3  # the source's: a slow ILS is given up on after this


@pytest.fixture(scope="module")
def ils() -> Iterator[int]:
    with running_ils() as port:
        yield port


@pytest.fixture
def link(ils: int) -> Iterator[SlowLink]:
    relay = SlowLink(ils)
    yield relay
    relay.close()


@pytest.fixture
def library(link: SlowLink) -> Iterator[Sip2Source]:
    source = Sip2Source(
        "library",
        host="127.0.0.1",
        port=link.port,
        login_user=SIP_USER,
        login_password=SIP_PASSWORD,
        institution_id="BXL",
        fines_limit=Decimal("5.00"),
        categories={"CHILD": "youth"},
        timeout=TIMEOUT,
        clock=lambda: NOW,
    )
    yield source
    source.close()


@pytest.fixture
def base_url(db_path: Path, clock: FakeClock, library: Sip2Source) -> Iterator[str]:
    sources = AuthConfig(sources={"library": library}, orders={SITE: ["local", "library"]})
    with running_server(db_path, clock=clock, sources=sources) as url:
        yield url


@pytest.fixture
def station(base_url: str, db_path: Path) -> Iterator[HttpStation]:
    with httpx.Client(base_url=base_url, timeout=10) as http:
        yield HttpStation(http, add_station(db_path, "RC-01", site=SITE), "RC-01")


def refusal(station: HttpStation, card: str, pin: str | None) -> tuple[int, str]:
    status, code, _ = error_of(station.sign_in(card, pin))
    return status, code


def test_a_pin_with_spaces_is_sent_as_typed_and_refused(station: HttpStation) -> None:
    for pin in ("12 34", "1 2 3 4", "12\u00a034"):
        before = len(pins)
        assert refusal(station, "1001", pin) == (403, ErrorCode.BAD_CREDENTIALS)
        assert pins[before:] == [pin]  # never squeezed into the right PIN
    before = len(asked)
    for blank in ("   ", "\t", "\u00a0"):  # only blanks: no PIN, the ILS is not asked
        assert refusal(station, "1001", blank) == (403, ErrorCode.PIN_REQUIRED)
    assert len(asked) == before
    # blanks around the PIN are a typing slip the protocol trims for every visitor, as for
    # the visitor list's PINs (SignInRequest): the ILS gets the PIN itself
    assert "session_id" in station.grant("1001", " 1234\t")
    assert pins[-1] == "1234"


def test_a_slow_library_is_unreachable_then_serves_again(
    station: HttpStation, link: SlowLink
) -> None:
    assert "session_id" in station.grant("1001", "1234")  # a pooled connection now idle
    link.delay = TIMEOUT * 3
    assert refusal(station, "1004", "1234") == (503, ErrorCode.SOURCE_UNREACHABLE)
    link.delay = 0
    # the connection that timed out was dropped: its late answer is not read as this one's
    assert refusal(station, "1004", "1234")[1] == ErrorCode.FINES_DUE


def _truncated(frame: bytes) -> bytes:
    return frame[:10] + b"\r"


def _wrong_message(frame: bytes) -> bytes:
    return b"96" + frame[2:]


def _not_sip(frame: bytes) -> bytes:
    return b"\xff\xfe\x00 not SIP2 \x1b[31m\r"


def _line_breaks(frame: bytes) -> bytes:
    return b"64" + b"\nFORGED log line" * 3 + b"\r"


def _endless(frame: bytes) -> bytes:
    return b"64" + b"Y" * 10_000  # no end of message: not read past the frame limit


@pytest.mark.parametrize("garble", [_truncated, _wrong_message, _not_sip, _line_breaks, _endless])
def test_a_malformed_answer_is_unreachable_never_a_500(
    station: HttpStation,
    link: SlowLink,
    garble: Callable[[bytes], bytes],
    caplog: pytest.LogCaptureFixture,
) -> None:
    link.garble = lambda frame: garble(frame) if frame.startswith(b"64") else frame
    with caplog.at_level(logging.INFO, logger="epn.server"):
        status, code = refusal(station, "1001", "1234")
    assert (status, code) == (503, ErrorCode.SOURCE_UNREACHABLE)
    _assert_staff_lines(caplog.records, "unreachable")


def test_each_refusal_has_a_staff_log_line_without_the_card_or_pin(
    station: HttpStation, caplog: pytest.LogCaptureFixture
) -> None:
    cases = {
        "1002": "card_expired",
        "1003": "card_blocked",
        "1004": "fines_due",
        "7777": "card_unknown",
    }
    for card, reason in cases.items():
        caplog.clear()
        with caplog.at_level(logging.INFO, logger="epn.server"):
            assert refusal(station, card, "1234")[0] < 500
        _assert_staff_lines(caplog.records, reason, card)


def _assert_staff_lines(records: list[logging.LogRecord], reason: str, card: str = "1001") -> None:
    formatter = EscapingFormatter("%(name)s: %(message)s")
    lines = [formatter.format(r) for r in records if r.name.startswith("epn.server")]
    said = [line for line in lines if "refused a sign-in on RC-01" in line]
    assert said and all(reason in line for line in said), lines
    for line in lines:
        assert "\n" not in line, line
        assert card not in line and "1234" not in line, line


def test_only_a_granted_sign_in_is_cached_for_offline(
    base_url: str, db_path: Path, tmp_path: Path, link: SlowLink
) -> None:
    token = add_station(db_path, "RC-02", site=SITE)
    store = LocalStore(tmp_path / "station.db")
    desk = OfflineDesk(store, StationClock(wall=NOW), OfflinePolicy(mode="cached"))
    client = StationClient(base_url, token, timeout=5.0)

    def cached() -> int:
        with sqlite3.connect(tmp_path / "station.db") as db:
            return int(db.execute("SELECT count(*) FROM credentials").fetchone()[0])

    try:
        for card, pin, code in (
            ("1004", "1234", ErrorCode.FINES_DUE),
            ("1002", "1234", ErrorCode.CARD_EXPIRED),
            ("1001", "12 34", ErrorCode.BAD_CREDENTIALS),
        ):
            with pytest.raises(ApiError) as refused:
                sign_in(client, desk, card, pin)
            assert refused.value.code == code
        assert cached() == 0
        _, offline = sign_in(client, desk, "1001", "1234")
        assert not offline and cached() == 1
        # the ILS not answering is a refusal the server gives: no offline sign-in from cache
        link.delay = TIMEOUT * 3
        with pytest.raises(ApiError) as refused:
            sign_in(client, desk, "1001", "1234")
        assert refused.value.code == ErrorCode.SOURCE_UNREACHABLE
        assert cached() == 1
    finally:
        client.close()
        store.close()
