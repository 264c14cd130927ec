"""Schemathesis against the real server's OpenAPI schema: no 5xx, every answer as documented.

Each operation of ``/api/v1/openapi.json`` gets a few generated requests, valid ones and
invalid ones, with the bearer its security scheme names (a station token, an admin's login
token). Examples are derandomized and few, so the run is the same on every machine and takes
seconds. Long-polls are asked not to wait.

The positive check is on: a request the schema allows is not refused as malformed (400, 422).
What a schema cannot say (a category that exists, an end date after the start date, opening
intervals that do not overlap...) is kept within the rule by the ``map_case`` hooks below,
each for one operation and only for valid data; the CSV import alone is left out of that
check (its body is a file whose content no schema describes).

Schemathesis' pytest loader (``schemathesis.pytest.from_fixture``) does not run on the pytest
of this project, so each operation is one subtest driving Hypothesis directly.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.configuration import set_hypothesis_home_dir
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    positive_data_acceptance,
    response_schema_conformance,
    status_code_conformance,
)

from admin.core.notify import Notifier
from admin.public.config import PublicConfig
from kiosk.protocol.hours_text import parse_interval
from kiosk.protocol.limits import MAX_STATS_DAYS
from kiosk.protocol.paths import API_PREFIX, Paths
from tests.helpers.clock import FakeClock
from tests.helpers.liveserver import add_staff, add_station, add_visitor, running_server

PASSWORD = "schema-admin-pass"
#: Generated requests per operation and mode (generating them costs more than sending them).
EXAMPLES = 8
MODES = (schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE)
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    positive_data_acceptance,
    response_schema_conformance,
    positive_data_acceptance,
]
#: Seconds a request may take: one that hangs fails the run.
REQUEST_TIMEOUT = 10
#: Query parameters that hold the request open (long-polls).
WAITS = ("wait",)
#: Operations whose valid requests may still be refused for what no schema can describe:
#: the CSV import's body is a file (its columns and values are checked line by line, and an
#: empty or headerless file is refused). Every other check still runs on them.
NOT_POSITIVE = {
    f"POST {Paths.VISITORS_IMPORT}",
    # a site's logo is an image file: its bytes are read for PNG, JPEG or SVG
    f"PUT {Paths.site('{site_id}', 'public/logo')}",
}
#: Operations that take nothing at all (no parameter, body or login): no request to them is
#: invalid, so there is no negative case to generate.
NO_INPUT = {f"GET {Paths.HEALTH}", "GET /public/v1/sites.json"}
#: A category of the sample data (the schema allows any name; the server knows these).
CATEGORY = "adult"
#: The span of dates the statistics cover (admin/reports/stats.py).
FIRST_STATS_DAY, LAST_STATS_DAY = date(2000, 1, 1), date(2199, 12, 31)


@pytest.fixture
def base_url(db_path: Path, clock: FakeClock, notifier: Notifier) -> Iterator[str]:
    """The real server, its public rate limit out of the way of the generated requests."""
    public = PublicConfig(rate=100_000, burst=100_000)
    with running_server(db_path, clock=clock, notifier=notifier, public=public) as url:
        yield url


@pytest.fixture(autouse=True)
def hypothesis_home(tmp_path: Path) -> Iterator[None]:
    """Hypothesis' caches in a temp dir, not in the work tree."""
    set_hypothesis_home_dir(tmp_path / "hypothesis")
    yield
    set_hypothesis_home_dir(None)


def _scheme(operation: Any) -> str | None:
    """The security scheme an operation asks for (StationToken, StaffToken), or None."""
    security = operation.definition.raw.get("security") or [{}]
    return next(iter(security[0]), None)


def _positive(case: Any) -> bool:
    return case.meta is not None and case.meta.generation.mode.is_positive


def _within_rules(schema: Any, today: date) -> None:
    """Keep valid requests within the rules a schema cannot state (one hook per operation).

    Invalid data (the negative mode) goes out as generated.
    """

    def hook(method: str, path: str) -> Callable[[Callable[[Any], None]], None]:
        def register(fix: Callable[[Any], None]) -> None:
            def map_case(context: Any, case: Any) -> Any:
                if _positive(case):
                    fix(case)
                return case

            schema.hooks.hook.apply_to(method=method, path=f"{API_PREFIX}{path}")(map_case)

        return register

    def known_category(case: Any) -> None:  # categories are rows of the database
        if isinstance(case.body, dict) and case.body.get("category") is not None:
            case.body["category"] = CATEGORY

    def a_profile(case: Any) -> None:  # a category that exists; a commune of the list, a
        # year of birth and a first visit not after the server's today (admin/visitors/profile.py)
        known_category(case)
        body = case.body if isinstance(case.body, dict) else {}
        fixed = {"commune": "bruxelles", "birth_year": 1980, "first_visit": "2020-01-06"}
        for key, value in fixed.items():
            if body.get(key):
                body[key] = value

    hook("POST", "/visitors")(a_profile)
    hook("PATCH", "/visitors/{identifier}")(a_profile)
    hook("POST", "/profiles/{name}/assign")(known_category)
    hook("POST", "/profiles/{name}/unassign")(known_category)

    @hook("POST", "/visitors/{identifier}/disable")
    def not_in_the_past(case: Any) -> None:  # "today" is the server's clock
        until = case.body.get("until") if isinstance(case.body, dict) else None
        if until is not None and date.fromisoformat(until) <= today:
            case.body["until"] = (today + timedelta(days=1)).isoformat()

    @hook("PUT", "/apps/{app_id}")
    def same_app(case: Any) -> None:  # the body names the app of the path
        if isinstance(case.body, dict):
            case.body["id"] = case.path_parameters["app_id"]

    @hook("POST", "/profiles/{name}/apps")
    def added_or_removed(case: Any) -> None:  # an app is not both added and removed
        if isinstance(case.body, dict) and case.body.get("add") and case.body.get("remove"):
            added = set(case.body["add"])
            case.body["remove"] = [app for app in case.body["remove"] if app not in added]

    @hook("PUT", "/sites/{site_id}/hours")
    def a_schedule(case: Any) -> None:  # intervals open before they close, none overlap
        body = case.body if isinstance(case.body, dict) else {}

        def day(texts: list[str]) -> list[str]:
            kept: list[Any] = []
            for interval in sorted(parse_interval(text) for text in texts if _opens_first(text)):
                if not kept or kept[-1].closes <= interval.opens:
                    kept.append(interval)
            return [str(interval) for interval in kept]

        for weekday, texts in (body.get("weekly") or {}).items():
            body["weekly"][weekday] = day(texts)
        for key in ("closed", "exceptions"):
            rows, seen = body.get(key) or [], set()
            body[key] = [r for r in rows if r["date"] not in seen and not seen.add(r["date"])]
        for row in body.get("exceptions") or []:
            row["hours"] = day(row["hours"]) or ["09:00-17:00"]

    @hook("PUT", "/sites/{site_id}/ready-messages")
    def in_the_sites_language(case: Any) -> None:  # each message has a text in the site's
        body = case.body if isinstance(case.body, dict) else {}
        language = body.get("language") or "fr"
        for message in body.get("messages") or []:
            if isinstance(message, dict) and isinstance(message.get("texts"), dict):
                message["texts"].setdefault(language, "Message")

    @hook("POST", "/sites/{site_id}/enroll-code")
    def enough_names(case: Any) -> None:  # a pattern of N '#' names at most 10**N - 1 stations
        body = case.body if isinstance(case.body, dict) else {}
        pattern = body.get("name_pattern")
        if isinstance(pattern, str) and isinstance(body.get("count"), int | float):
            body["count"] = min(int(body["count"]), 10 ** pattern.count("#") - 1)

    # a hold's times: ISO 8601 that parses, a month ahead, within the sample site's hours
    later = today + timedelta(days=30)
    starts, ends = f"{later.isoformat()}T10:00", f"{later.isoformat()}T11:00"

    @hook("GET", "/holds")
    def times_that_parse(case: Any) -> None:
        query = case.query or {}
        for key, moment in (("since", starts), ("until", ends)):
            if query.get(key) is not None:
                query[key] = moment

    @hook("POST", "/holds")
    def a_booking(case: Any) -> None:  # each kind with its own fields (BookingRequest)
        body = case.body if isinstance(case.body, dict) else None
        if body is None:
            return
        body.update(starts_at=starts, ends_at=ends)
        if body.get("stations") and body.get("count") is not None:
            del body["count"]
        if body.get("kind", "visitor") == "visitor":
            body["visitor"] = body.get("visitor") or "1001"
            for key in ("visitors", "code", "new_code"):
                body.pop(key, None)
            body["stations"] = (body.get("stations") or [])[:1]
            if body.get("count") is not None:
                body["count"] = 1
        else:
            body.pop("visitor", None)
            body["label"] = body.get("label") or "Class"

    @hook("POST", "/queue")
    def a_card_or_a_name(case: Any) -> None:  # one of them (TicketRequest)
        body = case.body if isinstance(case.body, dict) else None
        if body is not None and (body.get("visitor") is None) == (body.get("name") is None):
            body.pop("name", None)
            body["visitor"] = body.get("visitor") or "1001"

    # workshops: a theme and an animateur that exist, a title in the site's language (fr),
    # its first date a month ahead within the hours, the cross-field rules of WorkshopRequest
    @hook("GET", "/workshops")
    def workshop_times_that_parse(case: Any) -> None:
        query = case.query or {}
        for key, moment in (("since", starts), ("until", ends)):
            if query.get(key) is not None:
                query[key] = moment

    @hook("POST", "/workshops")
    def a_workshop(case: Any) -> None:
        body = case.body if isinstance(case.body, dict) else None
        if body is None:
            return
        body.update(starts_at=starts, minutes=min(int(body.get("minutes", 60)), 60))
        body.update(site="EPN Test", theme="web", animateur="admin")
        body["weeks"] = min(int(body.get("weeks", 1)), 4)
        body["title"] = {**(body.get("title") or {}), "fr": "Atelier"}
        if body.get("stations") and body.get("station_count") is not None:
            del body["station_count"]
        if not body.get("walk_ins"):
            body.pop("code", None)

    @hook("PATCH", "/workshops/{workshop_id}")
    def a_change(case: Any) -> None:
        body = case.body if isinstance(case.body, dict) else None
        if body is None:
            return
        if body.get("theme") is not None:
            body["theme"] = "web"
        if body.get("title") is not None:
            body["title"] = {**body["title"], "fr": "Atelier"}

    @hook("POST", "/workshops/{workshop_id}/registrations")
    def a_person(case: Any) -> None:  # a card or a name; statistics only with a name
        body = case.body if isinstance(case.body, dict) else None
        if body is None:
            return
        if (body.get("visitor") is None) == (body.get("name") is None):
            body.pop("visitor", None)
            body["name"] = body.get("name") or "Zoé"
        if body.get("visitor") is not None:
            for key in ("gender", "age_band", "status", "commune"):
                body.pop(key, None)
        elif body.get("commune"):
            body["commune"] = "bruxelles"  # one of the server's communes, or a postcode

    def a_period(case: Any) -> None:  # both dates or neither, in order, one year at most
        query = case.query or {}
        if query.get("start") is None and query.get("end") is None:
            if query.get("period") == "custom":  # "custom" is the period of explicit dates
                del query["period"]
            return
        start = date.fromisoformat(query.get("start") or query["end"])
        end = date.fromisoformat(query.get("end") or query["start"])
        start = min(max(min(start, end), FIRST_STATS_DAY), LAST_STATS_DAY)
        end = min(max(start, end), start + timedelta(days=MAX_STATS_DAYS - 1), LAST_STATS_DAY)
        query.update(start=start.isoformat(), end=end.isoformat())
        if query.get("period") not in (None, "custom"):
            del query["period"]

    @hook("PUT", "/sites/{site_id}/public")
    def readable_colour(case: Any) -> None:  # white text on it meets WCAG AA (4.5:1)
        if isinstance(case.body, dict) and case.body.get("colour") is not None:
            case.body["colour"] = "#00528c"

    @hook("GET", "/reports/label")
    def a_label_period(case: Any) -> None:  # a period, or both dates in order, none to come
        query = case.query if case.query is not None else {}
        if query.get("from") is not None or query.get("to") is not None:
            query.pop("period", None)
            query.update(
                {"from": (today - timedelta(days=30)).isoformat(), "to": today.isoformat()}
            )
        else:
            query["period"] = str(today.year - 1)
        case.query = query

    hook("GET", "/stats")(a_period)
    hook("GET", "/stats.csv")(a_period)


def _opens_first(text: str) -> bool:
    opens, _, closes = text.partition("-")
    return opens < closes


def _fuzz(operation: Any, mode: Any, base_url: str, headers: dict[str, str]) -> None:
    """Send the operation's generated requests, failing on the first that breaks a check."""
    checks = CHECKS
    if operation.label in NOT_POSITIVE:
        checks = [check for check in CHECKS if check is not positive_data_acceptance]

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=EXAMPLES,
        # no timing of examples (a busy machine would make it flaky): each request has its own
        # deadline instead (REQUEST_TIMEOUT); benchmarks under bench/ measure speed
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    def check(case: Any) -> None:
        for name in WAITS:
            if case.query and name in case.query:
                case.query[name] = 0
        case.call_and_validate(
            base_url=base_url, headers=headers, checks=checks, timeout=REQUEST_TIMEOUT
        )

    check()


def test_every_operation_answers_as_documented(
    db_path: Path, base_url: str, clock: FakeClock, subtests: pytest.Subtests
) -> None:
    station = add_station(db_path, "RC-01")
    add_visitor(db_path, "1001")
    add_staff(db_path, "admin", PASSWORD, role="admin")
    login = httpx.post(
        f"{base_url}{Paths.AUTH_LOGIN}", json={"username": "admin", "password": PASSWORD}
    )
    tokens = {"StationToken": station, "StaffToken": login.json()["token"]}
    schema = schemathesis.openapi.from_url(f"{base_url}{API_PREFIX}/openapi.json")
    # the server's local day may be the next one already: "today" is the later of the two
    _within_rules(schema, clock().date() + timedelta(days=1))
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 45

    for operation in operations:
        scheme = _scheme(operation)
        headers = {"Authorization": f"Bearer {tokens[scheme]}"} if scheme else {}
        for mode in MODES:
            if operation.label in NO_INPUT and mode == schemathesis.GenerationMode.NEGATIVE:
                continue
            with subtests.test(msg=f"{operation.label} {mode.value}"):
                _fuzz(operation, mode, base_url, headers)
