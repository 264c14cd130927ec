"""A held station as a visitor sees it: the lock screen's line, the refusals, the session code
step, the warning and the end of a session cut for a hold; in French, Dutch and English."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.protocol.enums import EndReason
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.holds import BookingRequest, HoldNotice
from kiosk.protocol.screen_port import SessionView
from kiosk.protocol.station import SiteInfo, StationInfo, VisitorInfo
from tests.helpers.clock import BRUSSELS, FakeClock
from tests.helpers.kiosk_gui import (
    NO_PIN,
    PIN,
    SITE,
    STATION,
    WITH_PIN,
    KioskProgram,
    Server,
    clipped,
    sign_in,
    type_pin,
)
from ui.formats import format_time
from ui.i18n import Languages
from ui.kiosk.banner import WarningBanner
from ui.kiosk.end_screen import reason_text
from ui.kiosk.hold_text import held_from
from ui.kiosk.lock_screen import LockScreen
from ui.kiosk.messages import refusal_text, wrong_code_text
from ui.kiosk.windows import scale_for_height

#: A Monday afternoon in Brussels: the times said are this day's wall clock, whatever today is.
NOW = datetime(2026, 6, 1, 14, 30, tzinfo=BRUSSELS)
ZONE = "Europe/Brussels"


def plain(text: str) -> str:
    """The text with ordinary spaces (times are written with non-breaking ones)."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def at(hour: int, minute: int = 0) -> str:
    """A time of NOW's day, as the server sends it (UTC)."""
    return NOW.replace(hour=hour, minute=minute).astimezone(BRUSSELS).isoformat()


def notice(kind: str, start: str, end: str, **fields: Any) -> HoldNotice:
    return HoldNotice.model_validate(
        {"id": 1, "kind": kind, "state": "held", "starts_at": start, "ends_at": end, **fields}
    )


#: Each state of a held station's lock screen and what it says, in each language.
STATES: dict[str, tuple[HoldNotice, dict[str, str]]] = {
    "group": (
        notice("group", at(14), at(16), label="Classe 5B", code_accepted=True),
        {
            "fr": "Réservé pour « Classe 5B » de 14 h à 16 h",
            "nl": "Gereserveerd voor ‘Classe 5B’ van 14.00 tot 16.00 uur",
            "en": "Reserved for “Classe 5B” from 14:00 to 16:00",
        },
    ),
    "queue": (
        notice("queue", at(14, 25), at(16), number=42, claim_by=at(14, 35)),
        {
            "fr": "Réservé pour le numéro 42 jusqu'à 14 h 35",
            "nl": "Gereserveerd voor wachtnummer 42 tot 14.35 uur",
            "en": "Reserved for number 42 until 14:35",
        },
    ),
    "visitor": (
        notice("visitor", at(14, 25), at(15, 30), claim_by=at(14, 35)),
        {
            "fr": "Réservé jusqu'à 14 h 35 pour la personne qui l'a réservé",
            "nl": "Gereserveerd tot 14.35 uur voor wie deze computer gereserveerd heeft",
            "en": "Reserved until 14:35 for the person who booked it",
        },
    ),
    "later": (
        notice("workshop", at(16), at(17, 30), label="Mon CV en ligne"),
        {
            "fr": "Réservé à partir de 16 h",
            "nl": "Gereserveerd vanaf 16.00 uur",
            "en": "Reserved from 16:00",
        },
    ),
}


@pytest.fixture
def languages(qapp: QApplication) -> Iterator[Languages]:
    langs = Languages(qapp)
    yield langs
    langs.close()


@pytest.fixture
def lock(qtbot, languages: Languages) -> LockScreen:
    screen = LockScreen(now=FakeClock(NOW))
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def held(*holds: HoldNotice) -> StationInfo:
    return StationInfo(
        id=1,
        name="RC-01",
        site=SiteInfo(id=1, name="EPN Laeken"),
        timezone=ZONE,
        today_hours=["09:00-17:30"],
        holds=list(holds),
    )


def switch(languages: Languages, lock: LockScreen, code: str) -> None:
    languages.set_language(code)
    lock.set_language(code)


@pytest.mark.parametrize("state", list(STATES))
@pytest.mark.parametrize("code", ["fr", "nl", "en"])
def test_the_lock_screen_says_whom_the_station_is_held_for(
    lock: LockScreen, languages: Languages, state: str, code: str
) -> None:
    hold, said = STATES[state]
    assert lock.hold_text == ""  # a free station says nothing of holds
    lock.set_station_info(held(hold))
    switch(languages, lock, code)
    assert plain(lock.hold_text) == said[code]
    assert lock.hold_line.isVisible()


def test_the_line_follows_the_clock_and_goes_with_the_hold(qtbot, languages: Languages) -> None:
    clock = FakeClock(NOW)
    lock = LockScreen(now=clock)
    qtbot.addWidget(lock)
    switch(languages, lock, "fr")
    lock.set_station_info(held(STATES["later"][0]))
    assert lock.hold_timer.isActive()
    clock.advance(minutes=90)  # 16:00: the workshop holds it now
    lock.refresh_hold()
    assert plain(lock.hold_text) == "Réservé pour « Mon CV en ligne » de 16 h à 17 h 30"
    lock.set_station_info(held())  # cancelled: the server's info no longer lists it
    assert lock.hold_text == "" and not lock.hold_timer.isActive()


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800)])
@pytest.mark.parametrize("code", ["fr", "nl", "en"])
def test_a_held_station_fits_at_every_look(
    qtbot, lock: LockScreen, languages: Languages, size: tuple[int, int], code: str
) -> None:
    """Each state with the longest refusal under the fields, offline, at ×1, ×1.5 and ×2, in
    normal and high contrast, on the two smallest screens; and the session code step."""
    switch(languages, lock, code)
    lock.set_online(False)
    scale = scale_for_height(size[1])
    for state, (hold, _) in STATES.items():
        lock.set_station_info(held(hold))
        for text_size in (1.0, 1.5, 2.0):
            for contrast in (False, True):
                lock.apply_look(text_size, contrast, scale)
                lock.reset()
                lock.show_error(
                    lambda: refusal_text(
                        ErrorCode.STATION_HELD,
                        {"until": at(16), "label": "Classe 5B", "kind": "group"},
                        timezone=ZONE,
                    )
                )
                lock.resize(*size)
                qtbot.waitUntil(lambda: lock.size().toTuple() == size)
                QApplication.sendPostedEvents()
                lock.layout().activate()
                assert lock.minimumSizeHint().height() <= size[1], (state, text_size)
                assert clipped(lock) == [], (state, text_size, contrast)
                lock.identifier_edit.setText("2100001111")
                lock.ask_code()
                QApplication.sendPostedEvents()
                lock.layout().activate()
                assert lock.code_edit.isVisible()
                assert clipped(lock) == [], ("code step", state, text_size, contrast)


# --- refusals ---------------------------------------------------------------------------------

REFUSALS: list[tuple[ErrorCode, dict[str, Any], dict[str, str]]] = [
    (
        ErrorCode.STATION_HELD,
        {"kind": "group", "label": "Classe 5B", "until": at(16), "timezone": ZONE},
        {
            "fr": "Cet ordinateur est réservé pour « Classe 5B » jusqu'à 16 h.",
            "nl": "Deze computer is tot 16.00 uur gereserveerd voor ‘Classe 5B’.",
            "en": "This computer is reserved for “Classe 5B” until 16:00.",
        },
    ),
    (
        ErrorCode.STATION_HELD,
        {"kind": "queue", "number": 42, "until": at(14, 5), "timezone": ZONE},
        {
            "fr": "Cet ordinateur est réservé pour le numéro 42 jusqu'à 14 h 05.",
            "nl": "Deze computer is tot 14.05 uur gereserveerd voor wachtnummer 42.",
            "en": "This computer is reserved for number 42 until 14:05.",
        },
    ),
    (
        ErrorCode.STATION_HELD,
        {"kind": "visitor", "until": at(15), "your_station": "RC-04", "timezone": ZONE},
        {
            "fr": "Votre ordinateur réservé est RC-04.",
            "nl": "Uw gereserveerde computer is RC-04.",
            "en": "Your reserved computer is RC-04.",
        },
    ),
    (
        ErrorCode.HOLD_ELSEWHERE,
        {"station": "RC-04", "kind": "queue", "number": 42, "until": at(14, 35)},
        {
            "fr": "L'ordinateur RC-04 est réservé pour vous jusqu'à 14 h 35.",
            "nl": "Computer RC-04 is tot 14.35 uur voor u gereserveerd.",
            "en": "Computer RC-04 is reserved for you until 14:35.",
        },
    ),
]


@pytest.mark.parametrize(("error", "details", "said"), REFUSALS)
@pytest.mark.parametrize("code", ["fr", "nl", "en"])
def test_refusals_on_a_held_station_say_for_whom_and_until_when(
    languages: Languages, error: ErrorCode, details: dict[str, Any], said: dict[str, str], code: str
) -> None:
    """Times at the site's zone (the server's UTC 12:00 is 14 h in Brussels in June)."""
    languages.set_language(code)
    text = refusal_text(error, details, timezone=ZONE, now=NOW)
    assert said[code] in plain(text)
    assert "Sign-in did not work" not in text  # not the catch-all of an unknown code


# --- the session code step, against the real server ------------------------------------------


def book_group(server: Server, code: str | None) -> None:
    from admin.holds.service import HoldService

    now = server.clock()
    HoldService(server.store, server.clock).book(
        None,
        BookingRequest(
            site=SITE,
            kind="group",
            label="Classe 5B",
            stations=[STATION],
            starts_at=now.isoformat(),
            ends_at=(now + timedelta(hours=2)).isoformat(),
            code=code,
        ),
    )


def test_a_walk_in_signs_in_on_a_group_s_station_with_its_session_code(
    qtbot, kiosk: KioskProgram, server: Server
) -> None:
    book_group(server, "K7PQ2M")
    lock = kiosk.lock_screen
    sign_in(qtbot, kiosk, NO_PIN)
    qtbot.waitUntil(lambda: lock.code_step)
    assert lock.code_edit.hasFocus()
    qtbot.keyClicks(lock.code_edit, "WRONG1")
    qtbot.keyClick(lock.code_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: lock.message_text == wrong_code_text())
    assert lock.submit_button.isEnabled()
    assert lock.code_step  # still there, the code selected to type again
    lock.code_edit.clear()
    qtbot.keyClicks(lock.code_edit, "K7PQ2M")
    qtbot.keyClick(lock.code_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: kiosk.agent.view() is not None, timeout=5000)


def test_without_a_code_the_group_s_station_refuses_with_its_label(
    qtbot, kiosk: KioskProgram, server: Server
) -> None:
    book_group(server, None)
    sign_in(qtbot, kiosk, NO_PIN)
    lock = kiosk.lock_screen
    qtbot.waitUntil(lambda: "Classe 5B" in lock.message_text)
    assert not lock.code_step


def test_after_a_held_station_refuses_a_pin_the_next_card_is_a_card(
    qtbot, kiosk: KioskProgram, server: Server
) -> None:
    """The server checks the PIN before the hold, so a held station asks the PIN of someone it
    then refuses: it goes back to the card step, so that the next person's card is not taken
    for this one's PIN (a wrong try counted on the refused card)."""
    book_group(server, None)
    lock = kiosk.lock_screen
    sign_in(qtbot, kiosk, WITH_PIN)
    type_pin(qtbot, kiosk, PIN)
    qtbot.waitUntil(lambda: "Classe 5B" in lock.message_text)
    assert not lock.pin_edit.isVisible() and not lock.code_step
    assert lock.identifier_edit.text() == "" and lock.identifier_edit.hasFocus()


# --- the warning and the end of a session cut for a hold -------------------------------------


@pytest.mark.parametrize(
    ("code", "said"),
    [
        ("fr", "Cet ordinateur est réservé à 14 h : votre session se termine dans 5 minutes."),
        ("nl", "Deze computer is gereserveerd om 14.00 uur: uw sessie stopt over 5 minuten."),
        ("en", "This computer is reserved at 14:00: your session ends in 5 minutes."),
    ],
)
def test_the_warning_says_the_station_is_held_then(
    qtbot, languages: Languages, code: str, said: str
) -> None:
    languages.set_language(code)
    banner = WarningBanner()
    qtbot.addWidget(banner)
    banner.warn(300)
    usual = banner.detail.text()
    banner.warn(300, held_at=NOW.replace(hour=14, minute=0))
    assert plain(banner.detail.text()).startswith(said)
    assert usual != banner.detail.text()


def test_the_controller_warns_of_the_hold_at_the_site_s_time(
    qtbot, kiosk: KioskProgram, server: Server
) -> None:
    view = SessionView(
        session_id="s-1",
        visitor=VisitorInfo(identifier=NO_PIN, category="adult"),
        remaining_seconds=300,
        used_seconds=600,
        allowed_seconds=900,
        ends_for="booking",
    )
    kiosk.controller._session_will_end(view, 300)  # what the bridge's signal calls
    held_at = (server.clock() + timedelta(seconds=300)).astimezone(BRUSSELS)
    assert format_time(held_at) in kiosk.banner.detail.text()


def test_the_warning_names_the_hold_s_minute_when_the_session_ends_a_moment_before_it(
    qtbot, kiosk: KioskProgram, server: Server
) -> None:
    """The server grants whole seconds up to the hold, so the session ends up to a second
    before it: the warning still says the hold's minute, not the one before."""
    server.clock.set(NOW.replace(minute=54, second=59, microsecond=600_000))  # 14:54:59.6
    view = SessionView(
        session_id="s-1",
        visitor=VisitorInfo(identifier=NO_PIN, category="adult"),
        remaining_seconds=60,  # ends at 14:55:59.6, cut for a hold at 14:56
        used_seconds=600,
        allowed_seconds=660,
        ends_for="booking",
    )
    kiosk.controller._session_will_end(view, 60)
    said = plain(kiosk.banner.detail.text())
    assert "réservé à 14 h 56 :" in said, said


def test_a_session_cut_for_a_hold_is_warned_of_the_hold_s_start() -> None:
    hold = notice("workshop", at(15), at(16), label="Mon CV en ligne")
    early = NOW.replace(hour=14, minute=59, second=59, microsecond=300_000)
    assert held_from([hold], early, ZONE) == NOW.replace(hour=15, minute=0)
    late = NOW.replace(hour=15, minute=0, second=2)
    assert held_from([hold], late, ZONE) == NOW.replace(hour=15, minute=0)
    # a hold the station has not read yet (a set_time for a hold made just now): the minute
    assert held_from([], early, ZONE) == NOW.replace(hour=15, minute=0)
    elsewhere = notice("workshop", at(16), at(17), label="Mon CV en ligne")
    assert held_from([elsewhere], early, ZONE) == NOW.replace(hour=15, minute=0)


@pytest.mark.parametrize(
    ("code", "said"),
    [
        ("fr", "Cet ordinateur est réservé à partir de maintenant pour quelqu'un d'autre."),
        ("nl", "Deze computer is vanaf nu voor iemand anders gereserveerd."),
        ("en", "This computer is reserved from now for someone else."),
    ],
)
def test_the_end_screen_says_the_station_is_held_from_now(
    languages: Languages, code: str, said: str
) -> None:
    languages.set_language(code)
    assert plain(reason_text(EndReason.BOOKING)) == said


def test_a_refusal_s_times_are_at_the_zone_it_names(languages: Languages) -> None:
    """The server's refusal names the site's zone; a zone it cannot read falls back to the
    station's."""
    languages.set_language("en")
    details = {"kind": "visitor", "until": "2026-06-01T12:00:00+00:00"}
    lisbon = refusal_text(
        ErrorCode.STATION_HELD, {**details, "timezone": "Europe/Lisbon"}, timezone=ZONE
    )
    assert "13:00" in plain(lisbon)
    unknown = refusal_text(
        ErrorCode.STATION_HELD, {**details, "timezone": "Mars/Base"}, timezone=ZONE
    )
    assert "14:00" in plain(unknown)
