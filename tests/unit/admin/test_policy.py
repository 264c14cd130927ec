from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from admin.core.timeutil import to_iso
from admin.rules import grant as policy

TZ = "Europe/Brussels"
# Wednesday 12 March 2025, 14:00 in Brussels (CET, UTC+1)
NOW = datetime(2025, 3, 12, 13, 0, tzinfo=UTC)
LIMITS = policy.Limits(session_minutes=60, daily_minutes=120, weekly_minutes=600)


def session(started: datetime, used: int, *, active: bool = False, **extra: Any) -> dict[str, Any]:
    row = {
        "started_at": to_iso(started),
        "used_seconds": used,
        "state": "active" if active else "ended",
        "remaining_seconds": 0,
        "reported_at": None,
    }
    row.update(extra)
    return row


def test_period_starts_are_local_midnight_and_monday() -> None:
    day, week = policy.period_starts(NOW, TZ)
    assert day == datetime(2025, 3, 11, 23, 0, tzinfo=UTC)
    assert week == datetime(2025, 3, 9, 23, 0, tzinfo=UTC)


def test_period_start_just_after_local_midnight_is_the_new_day() -> None:
    # 00:30 in Brussels is still 23:30 UTC the day before
    day, _ = policy.period_starts(datetime(2025, 3, 12, 23, 30, tzinfo=UTC), TZ)
    assert day == datetime(2025, 3, 12, 23, 0, tzinfo=UTC)


def test_period_start_across_dst_change() -> None:
    # Sunday 30 March 2025 Brussels switches to CEST; Monday 31 midnight is 22:00 UTC
    day, week = policy.period_starts(datetime(2025, 3, 31, 10, 0, tzinfo=UTC), TZ)
    assert day == datetime(2025, 3, 30, 22, 0, tzinfo=UTC)
    assert week == day


def test_fresh_visitor_gets_the_session_limit() -> None:
    assert policy.grant_seconds(LIMITS, policy.Usage(0, 0)) == 3600


def test_daily_allowance_caps_the_grant() -> None:
    assert policy.grant_seconds(LIMITS, policy.Usage(100 * 60, 100 * 60)) == 20 * 60


def test_weekly_allowance_caps_the_grant() -> None:
    assert policy.grant_seconds(LIMITS, policy.Usage(0, 590 * 60)) == 10 * 60


def test_less_than_a_minute_left_grants_nothing() -> None:
    assert policy.grant_seconds(LIMITS, policy.Usage(120 * 60 - 59, 0)) == 0
    assert policy.grant_seconds(LIMITS, policy.Usage(120 * 60 - 60, 0)) == 60


def test_allowances_name_each_term() -> None:
    terms = policy.allowances(LIMITS, policy.Usage(30 * 60, 500 * 60))
    assert terms == {"session": 3600, "daily": 90 * 60, "weekly": 100 * 60}


def test_usage_sums_today_and_week_in_site_time() -> None:
    sessions = [
        session(NOW - timedelta(hours=1), 600),  # today
        session(datetime(2025, 3, 11, 23, 30, tzinfo=UTC), 300),  # today 00:30 local
        session(datetime(2025, 3, 11, 22, 30, tzinfo=UTC), 1000),  # yesterday 23:30 local
        session(datetime(2025, 3, 10, 9, 0, tzinfo=UTC), 2000),  # Monday
        session(datetime(2025, 3, 9, 22, 30, tzinfo=UTC), 5000),  # Sunday, last week
    ]
    assert policy.usage(sessions, NOW, TZ) == policy.Usage(900, 3900)


def test_active_session_counts_time_since_its_last_report() -> None:
    running = session(
        NOW - timedelta(minutes=30),
        600,
        active=True,
        remaining_seconds=1800,
        reported_at=to_iso(NOW - timedelta(minutes=5)),
    )
    assert policy.estimate_used(running, NOW) == 900
    assert policy.estimate_left(running, NOW) == 1500
    assert policy.usage([running], NOW, TZ).today_seconds == 900


def test_estimates_are_capped_by_what_was_left() -> None:
    silent = session(
        NOW - timedelta(hours=2),
        600,
        active=True,
        remaining_seconds=300,
        reported_at=to_iso(NOW - timedelta(hours=1)),
    )
    assert policy.estimate_used(silent, NOW) == 900
    assert policy.estimate_left(silent, NOW) == 0


def test_ended_session_estimates_are_its_record() -> None:
    done = session(NOW - timedelta(hours=1), 1234)
    assert policy.estimate_used(done, NOW) == 1234
    assert policy.estimate_left(done, NOW) == 0


@pytest.mark.parametrize(("category", "expected"), [("youth", 45), ("unknown", 60)])
def test_limits_for_category_falls_back_to_default(category: str, expected: int) -> None:
    policies = {"*": LIMITS, "youth": policy.Limits(45, 90, 300)}
    assert policy.limits_for(category, policies).session_minutes == expected
