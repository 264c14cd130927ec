from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from admin.sites import hours
from admin.sites.hours import Schedule
from kiosk.protocol import hours_text
from kiosk.protocol.hours_text import Interval
from kiosk.protocol.sites import WEEKDAYS

TZ = "Europe/Brussels"
BRUSSELS = ZoneInfo(TZ)
MON, SAT, SUN = 0, 5, 6


def local(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime:
    """A Brussels wall-clock time as an aware datetime."""
    return datetime(year, month, day, hour, minute, second, tzinfo=BRUSSELS)


def week(**days: str) -> Schedule:
    return Schedule(
        weekly={
            hours_text.weekday_number(day): hours_text.parse_intervals(text)
            for day, text in days.items()
        }
    )


# Monday 9 March 2026
SPLIT_MONDAY = week(mon="09:00-12:30,13:30-18:00", tue="10:00-12:00")


# --- parsing ------------------------------------------------------------------------------


def test_parse_several_intervals_sorted() -> None:
    day = hours_text.parse_intervals("13:30-18:00, 09:00-12:30")
    assert day == (Interval(540, 750), Interval(810, 1080))
    assert hours_text.format_day(day) == ["09:00-12:30", "13:30-18:00"]


def test_parse_end_of_day_and_closed() -> None:
    assert hours_text.parse_intervals("20:00-24:00") == (Interval(1200, 1440),)
    assert hours_text.parse_intervals("closed") == ()


@pytest.mark.parametrize(
    "text", ["9-12", "09:00", "12:00-09:00", "09:00-09:00", "25:00-26:00", "24:30-24:45", "x"]
)
def test_parse_rejects_bad_intervals(text: str) -> None:
    with pytest.raises(ValueError):
        hours_text.parse_intervals(text)


def test_parse_rejects_overlap() -> None:
    with pytest.raises(ValueError, match="overlap"):
        hours_text.parse_intervals("09:00-13:00,12:00-18:00")


def test_weekday_names() -> None:
    assert hours_text.weekday_number("Mon") == 0
    assert hours_text.weekday_number("sunday") == 6
    with pytest.raises(ValueError):
        hours_text.weekday_number("xyz")


# --- several intervals a day --------------------------------------------------------------


def test_open_in_the_morning_closes_at_lunch() -> None:
    now = local(2026, 3, 9, 10, 0)
    assert hours.is_open(SPLIT_MONDAY, now, TZ)
    assert hours.seconds_until_close(SPLIT_MONDAY, now, TZ) == 150 * 60
    assert hours.closes_at(SPLIT_MONDAY, now, TZ) == local(2026, 3, 9, 12, 30)


def test_closing_is_the_instant_itself_whatever_fraction_of_a_second_now_has() -> None:
    now = local(2026, 3, 9, 12, 28, 59) + timedelta(microseconds=194_390)
    assert hours.seconds_until_close(SPLIT_MONDAY, now, TZ) == 61  # whole seconds, rounded up
    assert hours.closes_at(SPLIT_MONDAY, now, TZ) == local(2026, 3, 9, 12, 30)


def test_closed_at_lunch_reopens_in_the_afternoon() -> None:
    now = local(2026, 3, 9, 12, 45)
    assert not hours.is_open(SPLIT_MONDAY, now, TZ)
    assert hours.seconds_until_close(SPLIT_MONDAY, now, TZ) == 0
    assert hours.next_opening(SPLIT_MONDAY, now, TZ) == local(2026, 3, 9, 13, 30)
    assert hours.closes_at(SPLIT_MONDAY, now, TZ) is None


def test_close_is_exclusive_and_open_inclusive() -> None:
    assert not hours.is_open(SPLIT_MONDAY, local(2026, 3, 9, 18, 0), TZ)
    assert hours.is_open(SPLIT_MONDAY, local(2026, 3, 9, 9, 0), TZ)
    assert hours.seconds_until_close(SPLIT_MONDAY, local(2026, 3, 9, 17, 59, 59), TZ) == 1


def test_evening_next_opening_is_next_day() -> None:
    assert hours.next_opening(SPLIT_MONDAY, local(2026, 3, 9, 19, 0), TZ) == local(
        2026, 3, 10, 10, 0
    )
    # Tuesday evening: the next opening is the following Monday
    assert hours.next_opening(SPLIT_MONDAY, local(2026, 3, 10, 13, 0), TZ) == local(
        2026, 3, 16, 9, 0
    )


def test_next_opening_when_open_is_now() -> None:
    now = local(2026, 3, 9, 10, 0)
    assert hours.next_opening(SPLIT_MONDAY, now, TZ) == now


def test_hours_today() -> None:
    assert hours.hours_today(SPLIT_MONDAY, local(2026, 3, 9, 7, 0), TZ) == [
        "09:00-12:30",
        "13:30-18:00",
    ]
    assert hours.hours_today(SPLIT_MONDAY, local(2026, 3, 11, 7, 0), TZ) == []
    assert hours.hours_today(hours.ALWAYS_OPEN, local(2026, 3, 11, 7, 0), TZ) == ["00:00-24:00"]


# --- closed dates and exceptions ----------------------------------------------------------


def test_closed_date_is_closed_all_day() -> None:
    schedule = Schedule(weekly=SPLIT_MONDAY.weekly, closed=frozenset({date(2026, 3, 9)}))
    now = local(2026, 3, 9, 10, 0)
    assert not hours.is_open(schedule, now, TZ)
    assert hours.seconds_until_close(schedule, now, TZ) == 0
    assert hours.next_opening(schedule, now, TZ) == local(2026, 3, 10, 10, 0)


def test_exception_replaces_the_weekday() -> None:
    schedule = Schedule(
        weekly=SPLIT_MONDAY.weekly,
        exceptions={date(2026, 3, 9): hours_text.parse_intervals("14:00-16:00")},
    )
    assert not hours.is_open(schedule, local(2026, 3, 9, 10, 0), TZ)
    assert hours.next_opening(schedule, local(2026, 3, 9, 10, 0), TZ) == local(2026, 3, 9, 14, 0)
    assert hours.seconds_until_close(schedule, local(2026, 3, 9, 15, 0), TZ) == 3600


def test_exception_opens_a_closed_weekday() -> None:
    schedule = Schedule(
        weekly=SPLIT_MONDAY.weekly, exceptions={date(2026, 3, 14): (Interval(600, 720),)}
    )
    assert hours.is_open(schedule, local(2026, 3, 14, 11, 0), TZ)


def test_no_hours_configured_is_always_open() -> None:
    now = local(2026, 3, 9, 3, 0)
    assert hours.is_open(hours.ALWAYS_OPEN, now, TZ)
    assert hours.seconds_until_close(hours.ALWAYS_OPEN, now, TZ) is None
    assert hours.next_opening(hours.ALWAYS_OPEN, now, TZ) == now


def test_always_open_except_a_closed_date() -> None:
    schedule = Schedule(closed=frozenset({date(2026, 3, 10)}))
    assert hours.seconds_until_close(schedule, local(2026, 3, 9, 22, 0), TZ) == 2 * 3600
    assert hours.next_opening(schedule, local(2026, 3, 10, 12, 0), TZ) == local(2026, 3, 11)


def test_closed_for_ever_has_no_next_opening() -> None:
    schedule = Schedule(weekly={MON: ()})
    assert hours.next_opening(schedule, local(2026, 3, 9, 12, 0), TZ) is None


# --- midnight -----------------------------------------------------------------------------


def test_interval_to_midnight_joins_the_next_day() -> None:
    schedule = week(sat="20:00-24:00", sun="00:00-02:00")
    now = local(2026, 3, 7, 23, 0)
    assert hours.seconds_until_close(schedule, now, TZ) == 3 * 3600
    # just after midnight, the span that began yesterday is still the one running
    assert hours.seconds_until_close(schedule, local(2026, 3, 8, 1, 0), TZ) == 3600


def test_interval_to_midnight_without_a_follow_up_closes_at_midnight() -> None:
    schedule = week(sat="20:00-24:00")
    assert hours.seconds_until_close(schedule, local(2026, 3, 7, 23, 30), TZ) == 1800


def test_open_around_the_clock_never_closes() -> None:
    schedule = week(**{day: "00:00-24:00" for day in WEEKDAYS})
    assert hours.seconds_until_close(schedule, local(2026, 3, 9, 12, 0), TZ) is None


# --- daylight-saving days in Brussels (last Sundays of March and October 2026) ---------------


def test_spring_forward_day_is_an_hour_shorter() -> None:
    # Sunday 29 March 2026: 02:00 CET becomes 03:00 CEST
    schedule = week(sun="01:00-05:00")
    start = datetime(2026, 3, 29, 0, 0, tzinfo=UTC)  # 01:00 CET
    assert hours.is_open(schedule, start, TZ)
    assert hours.seconds_until_close(schedule, start, TZ) == 3 * 3600
    assert hours.closes_at(schedule, start, TZ) == datetime(2026, 3, 29, 3, 0, tzinfo=UTC)


def test_spring_forward_day_uses_summer_offset_after_the_change() -> None:
    schedule = week(sun="10:00-18:00")
    # 10:00 CEST is 08:00 UTC, not 09:00
    assert not hours.is_open(schedule, datetime(2026, 3, 29, 7, 59, tzinfo=UTC), TZ)
    assert hours.is_open(schedule, datetime(2026, 3, 29, 8, 0, tzinfo=UTC), TZ)
    assert hours.next_opening(schedule, datetime(2026, 3, 28, 20, 0, tzinfo=UTC), TZ) == (
        datetime(2026, 3, 29, 8, 0, tzinfo=UTC)
    )
    assert hours.seconds_until_close(schedule, datetime(2026, 3, 29, 9, 0, tzinfo=UTC), TZ) == (
        7 * 3600
    )


def test_spring_forward_night_joins_across_midnight() -> None:
    schedule = week(sat="22:00-24:00", sun="00:00-04:00")
    now = datetime(2026, 3, 28, 22, 0, tzinfo=UTC)  # Saturday 23:00 CET
    # 23:00 → 04:00 local is 4 hours on this night
    assert hours.seconds_until_close(schedule, now, TZ) == 4 * 3600


def test_fall_back_day_is_an_hour_longer() -> None:
    # Sunday 25 October 2026: 03:00 CEST becomes 02:00 CET
    schedule = week(sun="01:00-05:00")
    start = datetime(2026, 10, 24, 23, 0, tzinfo=UTC)  # 01:00 CEST
    assert hours.seconds_until_close(schedule, start, TZ) == 5 * 3600
    assert hours.closes_at(schedule, start, TZ) == datetime(2026, 10, 25, 4, 0, tzinfo=UTC)


def test_fall_back_day_uses_winter_offset_after_the_change() -> None:
    schedule = week(sun="10:00-18:00")
    # 10:00 CET is 09:00 UTC
    assert not hours.is_open(schedule, datetime(2026, 10, 25, 8, 59, tzinfo=UTC), TZ)
    assert hours.is_open(schedule, datetime(2026, 10, 25, 9, 0, tzinfo=UTC), TZ)
    assert hours.seconds_until_close(schedule, datetime(2026, 10, 25, 12, 0, tzinfo=UTC), TZ) == (
        5 * 3600
    )


def test_all_day_on_fall_back_day_lasts_25_hours() -> None:
    schedule = Schedule(weekly={SAT: (), SUN: hours.ALL_DAY})
    midnight = datetime(2026, 10, 24, 22, 0, tzinfo=UTC)  # Sunday 00:00 CEST
    assert hours.seconds_until_close(schedule, midnight, TZ) == 25 * 3600
    assert midnight + timedelta(hours=25) == local(2026, 10, 26)


def test_naive_now_is_refused() -> None:
    with pytest.raises(ValueError):
        hours.is_open(SPLIT_MONDAY, datetime(2026, 3, 9, 10, 0), TZ)
