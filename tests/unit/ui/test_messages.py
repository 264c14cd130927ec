"""Refusal sentences: what happened and what to do, with the figure or time filled in.

The English sentences are checked here; the French and Dutch ones come from the catalogues
(tests/unit/ui/test_i18n.py). Figures and times are checked for the site's timezone and the
chosen language's formats.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.http import ApiError, ServerUnreachable
from ui.formats import format_day, format_time
from ui.i18n import Languages
from ui.kiosk.messages import charter_refused_text, error_text, refusal_text, when_text

BRUSSELS = "Europe/Brussels"
#: Monday 10 March 2025, 11:00 in Brussels.
MONDAY = datetime(2025, 3, 10, 10, 0, tzinfo=UTC)
#: Thursday 13 March 2025, 11:00 in Brussels.
THURSDAY = datetime(2025, 3, 13, 10, 0, tzinfo=UTC)


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Languages]:
    before = QLocale()
    languages = Languages(qapp, "en")
    yield languages
    languages.close()
    QLocale.setDefault(before)


def refused(code: ErrorCode, now: datetime = MONDAY, tz: str = BRUSSELS, **details: Any) -> str:
    return refusal_text(code, details, timezone=tz, now=now)


@pytest.mark.usefixtures("language")
class TestEnglish:
    def test_no_time_left_says_when_it_comes_back(self) -> None:
        # the server sends the site's first opening after the allowance resets
        assert refused(ErrorCode.NO_TIME_LEFT, back_at="2025-03-11T08:00:00+00:00") == (
            "Your computer time for today is used up. It comes back tomorrow at 9:00."
        )

    def test_no_time_left_for_the_week_names_the_weekday(self) -> None:
        text = refused(
            ErrorCode.NO_TIME_LEFT,
            THURSDAY,
            back_at="2025-03-17T08:00:00Z",
            resets_at="2025-03-16T23:00:00Z",
            allowances={"session": 3600, "daily": 3600, "weekly": 0},
        )
        assert (
            text == "Your computer time for this week is used up. It comes back on Monday at 9:00."
        )

    def test_no_time_left_at_midnight_says_the_day_alone(self) -> None:
        # a site open around the clock: the time comes back at local midnight
        assert refused(ErrorCode.NO_TIME_LEFT, back_at="2025-03-10T23:00:00Z") == (
            "Your computer time for today is used up. It comes back tomorrow."
        )
        weekly = {"allowances": {"weekly": 0}, "back_at": "2025-03-16T23:00:00Z"}
        assert refused(ErrorCode.NO_TIME_LEFT, THURSDAY, **weekly) == (
            "Your computer time for this week is used up. It comes back on Monday."
        )

    def test_no_time_left_without_details(self) -> None:
        # the station's own refusal while offline has no details
        assert refused(ErrorCode.NO_TIME_LEFT) == (
            "Your computer time for today is used up. It comes back tomorrow."
        )

    @pytest.mark.parametrize(
        ("opens_at", "when"),
        [
            ("2025-03-10T12:30:00Z", "today at 13:30"),
            ("2025-03-11T08:00:00Z", "tomorrow at 9:00"),
            ("2025-03-13T13:00:00Z", "on Thursday at 14:00"),
            ("2025-03-24T08:00:00Z", "on 24 March at 9:00"),
            ("2025-07-01T07:00:00Z", "on 1 July at 9:00"),  # summer time: UTC+2
        ],
    )
    def test_closed_says_when_it_opens(self, opens_at: str, when: str) -> None:
        assert refused(ErrorCode.CLOSED, opens_at=opens_at) == (
            f"The room is closed now. It opens again {when}."
        )

    def test_closed_with_no_opening_in_sight(self) -> None:
        assert refused(ErrorCode.CLOSED, opens_at=None) == (
            "The room is closed now. Come back during opening hours."
        )

    def test_times_are_in_the_sites_timezone(self) -> None:
        # 23:30 UTC on Monday is already Tuesday 00:30 in Brussels, still Monday in London
        opens = "2025-03-10T23:30:00Z"
        assert refused(ErrorCode.CLOSED, opens_at=opens).endswith("tomorrow at 0:30.")
        assert refused(ErrorCode.CLOSED, tz="Europe/London", opens_at=opens).endswith(
            "today at 23:30."
        )

    @pytest.mark.parametrize(
        ("seconds", "wait"),
        [
            (700, "Try again in 12 minutes"),
            (60, "Try again in a minute"),
            (5, "Try again in a minute"),
        ],
    )
    def test_locked_out_says_how_long(self, seconds: int, wait: str) -> None:
        assert refused(ErrorCode.LOCKED_OUT, retry_after_seconds=seconds) == (
            f"Too many tries. {wait}, or ask the staff at the desk."
        )

    def test_locked_out_without_details(self) -> None:
        assert refused(ErrorCode.LOCKED_OUT) == (
            "Too many tries. Wait a few minutes, or ask the staff at the desk."
        )

    def test_signed_in_elsewhere_names_the_computer(self) -> None:
        assert refused(ErrorCode.SIGNED_IN_ELSEWHERE, station="LK-03") == (
            "You are already signed in on computer LK-03. End your session there first, "
            "or ask the staff at the desk."
        )

    def test_signed_in_on_a_silent_computer_sends_the_visitor_to_the_desk(self) -> None:
        assert refused(ErrorCode.SIGNED_IN_ELSEWHERE, station="LK-03", silent=True) == (
            "Your session on computer LK-03 may still be open: that computer does not answer. "
            "Ask the staff at the desk to end it."
        )

    @pytest.mark.parametrize(
        ("reason", "sentence"),
        [
            ("unknown", "We do not know this ticket code. Check it and try again, or ask the staff at the desk."),
            ("used", "This ticket was already used. Ask the staff at the desk for a new one."),
            ("expired", "This ticket is no longer valid. Ask the staff at the desk for a new one."),
            ("not_yet_valid", "This ticket is not valid yet. Look at the date on it, or ask the staff."),
            ("wrong_site", "This ticket is for another public computer room. Ask the staff at the desk."),
            (None, "This ticket is not valid. Ask the staff at the desk."),
        ],
    )  # fmt: skip
    def test_ticket_refusals_by_reason(self, reason: str | None, sentence: str) -> None:
        assert refused(ErrorCode.TICKET_INVALID, reason=reason) == sentence

    def test_account_disabled_says_from_when_the_card_works_again(self) -> None:
        assert refused(ErrorCode.ACCOUNT_DISABLED, until="2025-03-12") == (
            "Your card is blocked. You can use it again on 13 March 2025, "
            "or ask the staff at the desk."
        )
        assert refused(ErrorCode.ACCOUNT_DISABLED) == (
            "Your card is blocked. Ask the staff at the desk."
        )

    @pytest.mark.parametrize(
        ("code", "sentence"),
        [
            (ErrorCode.PIN_REQUIRED, "Type your PIN code, then press Enter."),
            (ErrorCode.BAD_CREDENTIALS, "Card number or PIN not recognised. Check them and try again, or ask the staff at the desk."),
            (ErrorCode.UNKNOWN_IDENTIFIER, "Card number or PIN not recognised. Check them and try again, or ask the staff at the desk."),
            (ErrorCode.STATION_DISABLED, "This computer is out of order. Please use another one."),
            (ErrorCode.UNAUTHENTICATED, "This computer is not registered with the server. Ask the staff at the desk."),
            (ErrorCode.OFFLINE, "The server cannot be reached. Try again in a moment, or ask the staff at the desk."),
            (ErrorCode.INVALID_REQUEST, "Sign-in did not work. Ask the staff at the desk."),
            (ErrorCode.CARD_EXPIRED, "Your library card has expired. Please see the desk to renew it."),
            (ErrorCode.CARD_BLOCKED, "The library system blocks your card. Please see the desk."),
            (ErrorCode.SOURCE_UNREACHABLE, "The library system cannot be reached just now. Try again in a moment, or ask the staff at the desk."),
        ],
    )  # fmt: skip
    def test_plain_refusals(self, code: ErrorCode, sentence: str) -> None:
        assert refused(code) == sentence

    def test_error_text_reads_the_details_of_an_api_error(self) -> None:
        error = ApiError(ErrorCode.LOCKED_OUT, "locked", 429, {"retry_after_seconds": 125})
        assert error_text(error).startswith("Too many tries. Try again in 3 minutes")
        assert error_text(ServerUnreachable("down")).startswith("The server cannot be reached.")
        assert error_text(RuntimeError("bug")) == "Something went wrong. Ask the staff at the desk."

    def test_bad_details_fall_back_to_the_plain_sentence(self) -> None:
        assert refused(ErrorCode.CLOSED, opens_at="soon") == (
            "The room is closed now. Come back during opening hours."
        )
        assert refused(ErrorCode.LOCKED_OUT, retry_after_seconds="x").startswith(
            "Too many tries. Wait a few minutes"
        )
        assert refused(ErrorCode.ACCOUNT_DISABLED, until="2025-02-30") == (
            "Your card is blocked. Ask the staff at the desk."
        )

    def test_charter_refused(self) -> None:
        assert charter_refused_text() == (
            "To use a computer here you need to accept the rules. "
            "Ask the staff if you have questions."
        )


@pytest.mark.parametrize(
    ("code", "sentence"),
    [
        ("en", "Please see the desk: fines of 7.50\u00a0€."),
        ("fr", "Passez à l'accueil : amendes de 7,50\u00a0€."),
        ("nl", "Ga even langs de balie: boetes van 7,50\u00a0€."),
    ],
)
def test_fines_due_says_the_amount_in_the_visitors_language(
    language: Languages, code: str, sentence: str
) -> None:
    language.set_language(code)
    assert refused(ErrorCode.FINES_DUE, amount="7.50", currency="EUR") == sentence
    # an amount that is no figure: the sentence without it
    assert "7" not in refused(ErrorCode.FINES_DUE, amount="lots", currency="EUR")


@pytest.mark.parametrize(
    ("code", "weekday", "day", "clock"),
    [
        ("fr", "lundi", "17 mars", "9\u00a0h\u00a005"),
        ("nl", "maandag", "17 maart", "9.05\u00a0uur"),
        ("en", "Monday", "17 March", "9:05"),
    ],
)
def test_figures_follow_the_chosen_language(
    language: Languages, code: str, weekday: str, day: str, clock: str
) -> None:
    language.set_language(code)
    monday = datetime(2025, 3, 17, 9, 5, tzinfo=UTC)
    assert format_day(monday) == day
    assert format_time(monday) == clock
    assert weekday in when_text(monday, THURSDAY)
    assert clock in when_text(monday, THURSDAY)
