"""The session rules a public-PC session manager promises (Libki's list), against the real
server over real HTTP, with a frozen clock and the machine in a zone far from every site.

Where each rule is tested (rules already tested well are not repeated here):

empty login refused
    ``""`` over HTTP: test_api.py::test_invalid_body_is_422_with_code; ``""`` on the kiosk:
    tests/gui/test_kiosk.py::test_refusals_are_sentences_in_the_visitors_language; ``""`` PIN:
    tests/unit/admin/test_service.py::test_pin_refusals. Here: blank identifiers (spaces, tab,
    line break, no-break and ideographic spaces), null and missing, a blank PIN, blank typed
    on the real kiosk's lock screen, and a lone zero-width space (refused, never counted).
same PC resumes
    test_api_ledger.py::test_signing_in_again_on_the_same_station_resumes (same session id,
    the time since the last report not given back); test_ledger.py::
    test_same_visitor_on_the_same_station_resumes_the_session (ledger, later reports),
    ::test_a_resumed_session_with_no_time_left_gives_way_to_a_new_grant,
    ::test_resume_is_cut_at_closing_time. Not repeated.
second PC while active
    test_api.py::test_sign_in_and_refusals (SIGNED_IN_ELSEWHERE naming the station),
    test_api_concurrency.py (two at once: one wins). Here: the refusal touches nothing of the
    running session, holds across sites, and once that session ends the other PC admits the
    visitor with what the first used counted. (A silent first PC: tests/unit/admin/
    test_reconcile.py and tests/integration/test_network_cut.py.)
end twice is a no-op
    Replays of the same event: test_api.py::test_events_applied_exactly_once,
    test_ledger.py::test_totals_follow_heartbeats_ends_and_ignore_replays. Here: a second,
    different ``session_ended`` and a second staff ``end`` (after the end, and while the first
    is pending) leave used seconds, ledger and audit as they were, and so does a second
    ``session_ended`` reporting more seconds (an ended session never grows).
guest tickets single-use
    test_api_visitors.py::test_sign_in_with_a_ticket (again on the same station),
    tests/unit/admin/test_tickets.py (window, site, unknown codes, not consumed elsewhere),
    test_api_station_live.py (a refused desk sign-in gives the ticket back). Here: refused
    once its session ended, on another station, however it is typed; not consumed by a
    CLOSED or STATION_DISABLED refusal.
refusals and their details
    CLOSED: test_api_sites.py::test_sign_in_when_closed_says_when_it_opens (lunch break).
    NO_TIME_LEFT (day): test_api_charter.py::test_no_time_left_says_when_the_site_opens_with_
    time_back, test_service.py::test_no_time_left_once_the_day_is_used. ACCOUNT_DISABLED:
    test_api_charter.py::test_account_disabled_says_until_when, test_tickets.py::
    test_disabled_visitor_signs_in_after_the_last_day. STATION_DISABLED: test_api_stations.py::
    test_disable_is_pushed_and_refuses_sign_in. Here: CLOSED after hours skips a closed date,
    less than a minute before closing is closed; NO_TIME_LEFT for the week resets next Monday
    in the site's zone; STATION_DISABLED comes before anything about the identifier.
grant = min of the limits
    Pure rule: tests/unit/admin/test_policy.py; closing alone over HTTP: test_api_sites.py::
    test_grant_stops_at_closing_time. Here: session limit, daily left, weekly left and
    closing time each the smallest in turn over HTTP, on a real history of sessions.
daily allowance across sessions
    test_service.py::test_no_time_left_once_the_day_is_used (Brussels), test_ledger.py::
    test_a_session_across_midnight_counts_on_its_start_day. Here: at a site in Tokyo with the
    machine in Los Angeles, two sessions the same day add up, the day resets at the site's
    midnight (while UTC and the machine still say the day before), the week adds up across
    days and resets on the site's Monday.

Not tested here (being rewritten): sessions of silent stations and signing in elsewhere
meanwhile, and extensions past closing time.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from admin.db.store import Store
from admin.directory import Directory
from admin.sites.settings import SiteService
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.paths import Paths
from tests.helpers.clock import FakeClock
from tests.helpers.liveserver import add_site, add_staff, add_station, add_visitor, set_policy
from tests.helpers.stations_http import HttpStation, bearer, error_of

SITE = "EPN Test"  # Europe/Brussels, made by the db_path fixture
TOKYO = "EPN Tokyo"
PASSWORD = "bibliotheque"
CARD = "2100001234"

# --- fixtures ---------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def machine_far_from_every_site(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The machine runs in Los Angeles: a rule that read its zone would be caught out."""
    monkeypatch.setenv("TZ", "America/Los_Angeles")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def http(base_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, timeout=15) as client:
        yield client


def login(http: httpx.Client) -> dict[str, str]:
    """A fresh staff token at the server's (frozen) now: tokens expire as the clock moves."""
    response = http.post(Paths.AUTH_LOGIN, json={"username": "admin", "password": PASSWORD})
    assert response.status_code == 200, response.text
    return bearer(response.json()["token"])


@pytest.fixture
def admin(http: httpx.Client, db_path: Path) -> dict[str, str]:
    add_staff(db_path, "admin", PASSWORD, role="admin")
    return login(http)


def station(http: httpx.Client, db_path: Path, name: str, site: str = SITE) -> HttpStation:
    """An enrolled station that has just called in (it is online)."""
    enrolled = HttpStation(http, add_station(db_path, name, site=site), name)
    enrolled.me()
    return enrolled


def add_tokyo(db_path: Path) -> None:
    with Store(db_path) as store:
        Directory(store).add_site(TOKYO, "Asia/Tokyo")


def set_hours(db_path: Path, weekday: str, intervals: str, site: str = SITE) -> None:
    with Store(db_path) as store:
        SiteService(store).set_day(site, weekday, intervals)


def rows(db_path: Path, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    with Store(db_path) as store:
        return store.read(lambda db: list(db.query(sql, params or [])))


def snapshot(db_path: Path) -> dict[str, Any]:
    """Everything an end could change: sessions, the daily totals, the audit, the commands."""
    return {
        "sessions": rows(db_path, "SELECT * FROM sessions ORDER BY id"),
        "ledger": rows(db_path, "SELECT * FROM visitor_usage ORDER BY visitor_id, day"),
        "audit": rows(db_path, "SELECT * FROM audit ORDER BY id"),
        "commands": rows(db_path, "SELECT * FROM commands ORDER BY id"),
    }


def usage(http: httpx.Client, identifier: str) -> tuple[int, int]:
    """The ledger's seconds today and this week, as staff read them (city-wide)."""
    body = http.get(f"{Paths.visitor(identifier)}/usage", headers=login(http)).json()
    return body["today_seconds"], body["week_seconds"]


def at(clock: FakeClock, month: int, day: int, hour: int, minute: int, second: int = 0) -> None:
    """Freeze the server's clock at a UTC moment of 2025."""
    clock.set(datetime(2025, month, day, hour, minute, second, tzinfo=UTC))


# --- empty login refused ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "identifier", ["   ", "\t", "\n", "\u00a0", "\u3000 \u3000", None], ids=repr
)
def test_a_blank_identifier_is_refused_before_any_lookup(
    http: httpx.Client, db_path: Path, identifier: str | None
) -> None:
    rc01 = station(http, db_path, "RC-01")
    add_visitor(db_path, CARD)
    status, code, details = error_of(rc01.sign_in(identifier))
    assert (status, code) == (422, ErrorCode.INVALID_REQUEST)
    assert [e["loc"] for e in details["errors"]] == [["body", "identifier"]]
    missing = http.post(Paths.STATION_SIGN_IN, json={"pin": "1234"}, headers=rc01.headers)
    assert error_of(missing)[:2] == (422, ErrorCode.INVALID_REQUEST)
    # nothing was opened, and the station is not counted as guessing card numbers
    assert rows(db_path, "SELECT * FROM sessions") == []
    assert rows(db_path, "SELECT * FROM lockouts WHERE failures > 0") == []
    assert rc01.grant(CARD)["granted_seconds"] == 3600


def test_a_zero_width_identifier_is_blank(http: httpx.Client, db_path: Path) -> None:
    rc01 = station(http, db_path, "RC-01")
    assert error_of(rc01.sign_in("\u200b"))[:2] == (422, ErrorCode.INVALID_REQUEST)
    assert rows(db_path, "SELECT * FROM lockouts WHERE failures > 0") == []


def test_a_blank_pin_asks_for_the_pin_and_is_no_wrong_guess(
    http: httpx.Client, db_path: Path
) -> None:
    rc01 = station(http, db_path, "RC-01")
    add_visitor(db_path, CARD, pin="2468")
    for _ in range(6):  # more than the lockout allows for wrong PINs
        assert error_of(rc01.sign_in(CARD, "   "))[:2] == (403, ErrorCode.PIN_REQUIRED)
    assert rc01.grant(CARD, "2468")["granted_seconds"] == 3600


def test_a_blank_card_number_on_the_kiosk_never_reaches_the_server(
    qtbot: Any, db_path: Path, base_url: str, tmp_path: Path, clock: FakeClock
) -> None:
    from PySide6.QtWidgets import QApplication

    from tests.helpers.kiosk_gui import sign_in, start_kiosk
    from ui.i18n import Languages

    token = add_station(db_path, "RC-01")
    add_visitor(db_path, CARD)
    app = QApplication.instance()
    assert app is not None
    languages = Languages(app)
    kiosk = start_kiosk(base_url, token, tmp_path / "station", languages, clock=clock)
    try:
        lock = kiosk.lock_screen
        qtbot.waitUntil(lambda: lock.station_name == "RC-01")
        sign_in(qtbot, kiosk, "   ")
        qtbot.waitUntil(
            lambda: lock.message_text.startswith("Tapez ou scannez d'abord votre numéro")
        )
        assert lock.isVisible() and lock.submit_button.isEnabled()
        assert rows(db_path, "SELECT * FROM sessions") == []
    finally:
        kiosk.close()
        languages.close()


# --- second PC while active -------------------------------------------------------------------


@pytest.mark.parametrize("other_site", [SITE, "EPN Other"])
def test_a_second_pc_is_refused_and_the_running_session_is_untouched(
    http: httpx.Client,
    db_path: Path,
    clock: FakeClock,
    admin: dict[str, str],
    other_site: str,
) -> None:
    if other_site != SITE:
        add_site(db_path, other_site)
    rc01, other = station(http, db_path, "RC-01"), station(http, db_path, "OT-02", other_site)
    add_visitor(db_path, CARD)
    first = rc01.grant(CARD)["session_id"]
    clock.advance(600)
    rc01.heartbeat(first, used=600, remaining=3000)
    other.me()
    before = snapshot(db_path)

    status, code, details = error_of(other.sign_in(CARD))
    assert (status, code, details["station"]) == (409, ErrorCode.SIGNED_IN_ELSEWHERE, "RC-01")
    assert snapshot(db_path) == before  # no session opened, none closed, nothing counted

    clock.advance(300)
    rc01.end(first, used=900)
    other.me()
    second = other.grant(CARD)  # the default day is 120 min: 15 of them were used
    assert second["session_id"] != first and second["granted_seconds"] == 3600
    assert second["allowance_seconds"] == 7200 - 900
    assert usage(http, CARD) == (900, 900)


# --- end twice is a no-op ---------------------------------------------------------------------


def staff_end(http: httpx.Client, admin: dict[str, str], name: str) -> httpx.Response:
    return http.post(Paths.station_commands(name), json={"kind": "end"}, headers=admin)


def test_ending_an_ended_session_again_changes_nothing(
    http: httpx.Client, db_path: Path, clock: FakeClock, admin: dict[str, str]
) -> None:
    rc01 = station(http, db_path, "RC-01")
    add_visitor(db_path, CARD)
    session_id = rc01.grant(CARD)["session_id"]
    clock.advance(600)
    rc01.heartbeat(session_id, used=600, remaining=3000)
    assert staff_end(http, admin, "RC-01").status_code == 201
    [command] = rc01.commands()
    clock.advance(5)
    rc01.send(rc01.event("command_applied", command_id=command["id"], ok=True))
    rc01.end(session_id, used=605, reason="staff")
    done = snapshot(db_path)
    [ended] = done["sessions"]
    assert (ended["state"], ended["used_seconds"], ended["end_reason"]) == ("ended", 605, "staff")
    assert [r["seconds"] for r in done["ledger"]] == [605]

    clock.advance(60)
    again = staff_end(http, admin, "RC-01")
    assert error_of(again)[:2] == (409, ErrorCode.NO_ACTIVE_SESSION)
    rc01.end(session_id, used=605, reason="visitor")  # another event, not a replay
    rc01.end(session_id, used=600, reason="time_up")  # an older count
    assert snapshot(db_path) == done
    assert usage(http, CARD) == (605, 605)


def test_a_second_staff_end_before_the_station_applied_the_first_counts_nothing(
    http: httpx.Client, db_path: Path, clock: FakeClock, admin: dict[str, str]
) -> None:
    rc01 = station(http, db_path, "RC-01")
    add_visitor(db_path, CARD)
    session_id = rc01.grant(CARD)["session_id"]
    clock.advance(300)
    # online (a station silent for 30 s would have its session ended at the desk at once)
    rc01.send(
        rc01.event("heartbeat", session_id=session_id, used_seconds=300, remaining_seconds=3300)
    )
    assert staff_end(http, admin, "RC-01").status_code == 201
    assert staff_end(http, admin, "RC-01").status_code == 201  # a double click at the desk
    first, second = rc01.commands()
    rc01.send(rc01.event("command_applied", command_id=first["id"], ok=True))
    rc01.end(session_id, used=300, reason="staff")
    ended = snapshot(db_path)
    # the station has no session left to end: it refuses the second one
    rc01.send(rc01.event("command_applied", command_id=second["id"], ok=False))
    after = snapshot(db_path)
    assert after["sessions"] == ended["sessions"] and after["ledger"] == ended["ledger"]
    assert [r["used_seconds"] for r in after["sessions"]] == [300]
    assert [c["status"] for c in after["commands"]] == ["applied", "failed"]
    assert rc01.commands() == []


def test_an_ended_session_never_grows(
    http: httpx.Client, db_path: Path, clock: FakeClock, admin: dict[str, str]
) -> None:
    rc01 = station(http, db_path, "RC-01")
    add_visitor(db_path, CARD)
    session_id = rc01.grant(CARD)["session_id"]
    clock.advance(600)
    rc01.end(session_id, used=600)
    clock.advance(300)
    rc01.me()
    rc01.end(session_id, used=900)
    [ended] = rows(db_path, "SELECT used_seconds FROM sessions")
    assert ended["used_seconds"] == 600
    assert usage(http, CARD) == (600, 600)


# --- guest tickets single-use -----------------------------------------------------------------


def ticket(http: httpx.Client, admin: dict[str, str], minutes: int = 30) -> str:
    created = http.post(
        Paths.TICKETS, json={"site": SITE, "count": 1, "minutes": minutes}, headers=admin
    )
    assert created.status_code == 201, created.text
    return str(created.json()["tickets"][0]["code"])


def test_a_used_ticket_is_refused_everywhere_however_it_is_typed(
    http: httpx.Client, db_path: Path, clock: FakeClock, admin: dict[str, str]
) -> None:
    rc01, rc02 = station(http, db_path, "RC-01"), station(http, db_path, "RC-02")
    code = ticket(http, admin)
    guest = rc01.grant(f"{code[:5]}-{code[5:]}".lower())
    assert guest["granted_seconds"] == 1800 and guest["visitor"]["category"] == "guest"
    clock.advance(1200)
    rc01.end(guest["session_id"], used=1200)
    rc02.me()
    for typed in (code, code.lower(), f" {code[:5]} {code[5:]} "):
        for where in (rc01, rc02):
            status, error, details = error_of(where.sign_in(typed))
            assert (status, error, details) == (403, ErrorCode.TICKET_INVALID, {"reason": "used"})
    assert len(rows(db_path, "SELECT * FROM sessions")) == 1


def test_a_ticket_refused_for_the_site_or_the_station_stays_valid(
    http: httpx.Client, db_path: Path, clock: FakeClock, admin: dict[str, str]
) -> None:
    rc01 = station(http, db_path, "RC-01")
    code = ticket(http, admin)
    set_hours(db_path, "mon", "10:00-18:00")  # it is 09:00 in Brussels
    assert error_of(rc01.sign_in(code))[:2] == (403, ErrorCode.CLOSED)
    at(clock, 3, 10, 9, 0)  # 10:00: open
    disabled = http.post(Paths.station_admin("RC-01", "disable"), json={}, headers=admin)
    assert disabled.status_code == 201, disabled.text
    assert error_of(rc01.sign_in(code))[:2] == (403, ErrorCode.STATION_DISABLED)
    assert http.post(Paths.station_admin("RC-01", "enable"), headers=admin).status_code == 201
    assert [t["state"] for t in http.get(Paths.TICKETS, headers=admin).json()["tickets"]] == [
        "valid"
    ]
    assert rc01.grant(code)["granted_seconds"] == 1800


# --- refusals and their details ---------------------------------------------------------------


def test_closed_after_hours_names_the_next_opening_past_a_closed_date(
    http: httpx.Client, db_path: Path, clock: FakeClock
) -> None:
    rc01 = station(http, db_path, "RC-01")
    add_visitor(db_path, CARD)
    for day in ("mon", "tue", "wed"):
        set_hours(db_path, day, "09:00-18:00")
    with Store(db_path) as store:
        SiteService(store).close_date(SITE, "2025-03-11", "Fête")
    at(clock, 3, 10, 16, 59, 30)  # Monday 17:59:30 in Brussels: under a minute left
    status, code, details = error_of(rc01.sign_in(CARD))
    assert (status, code) == (403, ErrorCode.CLOSED)
    # Tuesday is closed: Wednesday 09:00 in Brussels
    assert datetime.fromisoformat(details["opens_at"]) == datetime(2025, 3, 12, 8, tzinfo=UTC)
    at(clock, 3, 10, 16, 58, 30)  # 17:58:30: a minute and a half left, granted
    assert rc01.grant(CARD)["granted_seconds"] == 90


def test_station_disabled_comes_before_anything_about_the_identifier(
    http: httpx.Client, db_path: Path, admin: dict[str, str]
) -> None:
    rc01 = station(http, db_path, "RC-01")
    add_visitor(db_path, CARD, pin="2468")
    add_visitor(db_path, "blocked", enabled=False)
    response = http.post(
        Paths.station_admin("RC-01", "disable"), json={"reason": "en panne"}, headers=admin
    )
    assert response.status_code == 201, response.text
    for identifier, pin in ((CARD, None), (CARD, "0000"), ("blocked", None), ("nobody", None)):
        status, code, _ = error_of(rc01.sign_in(identifier, pin))
        assert (status, code) == (403, ErrorCode.STATION_DISABLED), identifier
    assert rows(db_path, "SELECT * FROM lockouts WHERE failures > 0") == []


# --- grant = min of the limits ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("limits", "hours", "smallest", "granted", "allowance"),
    [
        # used: 100 min on Monday, 30 min this Tuesday morning; asked Tuesday 10:00 in Brussels
        ((20, 120, 600), None, "session", 20 * 60, 90 * 60),
        ((60, 70, 600), None, "daily", 40 * 60, 40 * 60),
        ((60, 120, 160), None, "weekly", 30 * 60, 30 * 60),
        ((60, 120, 600), "08:00-10:25", "closing", 25 * 60, 90 * 60),
    ],
)
def test_the_grant_is_the_smallest_limit(
    http: httpx.Client,
    db_path: Path,
    clock: FakeClock,
    admin: dict[str, str],
    limits: tuple[int, int, int],
    hours: str | None,
    smallest: str,
    granted: int,
    allowance: int,
) -> None:
    rc01 = station(http, db_path, "RC-01")
    add_visitor(db_path, CARD)
    set_policy(db_path, "adult", session_minutes=120, daily_minutes=240, weekly_minutes=1000)
    at(clock, 3, 10, 9, 0)  # Monday 10:00 in Brussels
    rc01.end(rc01.grant(CARD)["session_id"], used=100 * 60)
    at(clock, 3, 11, 8, 0)  # Tuesday 09:00
    rc01.me()
    rc01.end(rc01.grant(CARD)["session_id"], used=30 * 60)
    assert usage(http, CARD) == (30 * 60, 130 * 60)

    session, daily, weekly = limits
    set_policy(
        db_path, "adult", session_minutes=session, daily_minutes=daily, weekly_minutes=weekly
    )
    if hours is not None:
        set_hours(db_path, "tue", hours)
    at(clock, 3, 11, 9, 0)  # Tuesday 10:00
    rc01.me()
    grant = rc01.grant(CARD)
    terms = {
        "session": session * 60,
        "daily": daily * 60 - 30 * 60,
        "weekly": weekly * 60 - 130 * 60,
        "closing": grant["closes_in_seconds"],
    }
    assert (terms[smallest], grant["granted_seconds"]) == (granted, granted)
    assert all(v > granted for k, v in terms.items() if k != smallest and v is not None)
    assert grant["allowance_seconds"] == allowance
    assert (grant["closes_in_seconds"] is None) is (hours is None)


# --- daily allowance across sessions, in the site's zone --------------------------------------


def test_the_day_and_the_week_add_up_and_reset_in_the_sites_zone(
    http: httpx.Client, db_path: Path, clock: FakeClock, admin: dict[str, str]
) -> None:
    add_tokyo(db_path)
    tk01 = station(http, db_path, "TK-01", TOKYO)
    add_visitor(db_path, CARD)
    set_policy(db_path, "adult", session_minutes=60, daily_minutes=90, weekly_minutes=170)

    at(clock, 3, 10, 1, 0)  # Monday 10:00 in Tokyo
    first = tk01.grant(CARD)
    assert first["granted_seconds"] == 3600
    clock.advance(40 * 60)
    tk01.end(first["session_id"], used=40 * 60)
    second = tk01.grant(CARD)  # the same day: 90 - 40 min left, below the session limit
    assert second["granted_seconds"] == 50 * 60
    clock.advance(50 * 60)
    tk01.end(second["session_id"], used=50 * 60)
    status, code, details = error_of(tk01.sign_in(CARD))
    assert (status, code) == (403, ErrorCode.NO_TIME_LEFT)
    assert details["allowances"]["daily"] == 0 and details["allowances"]["weekly"] == 80 * 60
    # Tokyo's midnight, 15:00 UTC; the site is open around the clock: back then
    tokyo_midnight = datetime(2025, 3, 10, 15, tzinfo=UTC)
    assert datetime.fromisoformat(details["resets_at"]) == tokyo_midnight
    assert datetime.fromisoformat(details["back_at"]) == tokyo_midnight

    at(clock, 3, 10, 14, 50)  # 23:50 in Tokyo: still Monday there
    tk01.me()
    assert error_of(tk01.sign_in(CARD))[1] == ErrorCode.NO_TIME_LEFT
    at(clock, 3, 10, 15, 30)  # 00:30 Tuesday in Tokyo; Monday in UTC and Los Angeles
    tk01.me()
    third = tk01.grant(CARD)  # a new day; the week keeps Monday's 90 min
    assert third["granted_seconds"] == 3600 and third["allowance_seconds"] == 80 * 60
    clock.advance(3600)
    tk01.end(third["session_id"], used=3600)
    assert usage(http, CARD) == (3600, 150 * 60)

    at(clock, 3, 12, 1, 0)  # Wednesday 10:00 in Tokyo: a new day, 20 min of the week
    tk01.me()
    fourth = tk01.grant(CARD)
    assert fourth["granted_seconds"] == 20 * 60
    clock.advance(20 * 60)
    tk01.end(fourth["session_id"], used=20 * 60)
    status, code, details = error_of(tk01.sign_in(CARD))
    assert (status, code) == (403, ErrorCode.NO_TIME_LEFT)
    assert details["allowances"]["weekly"] == 0 and details["allowances"]["daily"] == 70 * 60
    tokyo_monday = datetime(2025, 3, 16, 15, tzinfo=UTC)  # Monday 17 March, 00:00 in Tokyo
    assert datetime.fromisoformat(details["resets_at"]) == tokyo_monday

    at(clock, 3, 16, 14, 50)  # Sunday 23:50 in Tokyo
    tk01.me()
    assert error_of(tk01.sign_in(CARD))[1] == ErrorCode.NO_TIME_LEFT
    at(clock, 3, 16, 15, 10)  # Monday 00:10 in Tokyo; Sunday in UTC and Los Angeles
    tk01.me()
    assert tk01.grant(CARD)["granted_seconds"] == 3600
    assert usage(http, CARD) == (0, 0)
