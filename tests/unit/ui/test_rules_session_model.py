"""The session rules grid's lookup (ui/console/rules/session_rules_model.py) against the server's."""

from __future__ import annotations

import json

import pytest

from admin.rules import session_rules
from kiosk.protocol.rules import SessionRuleRow
from ui.console.rules.session_rules_model import (
    FIELDS,
    MINUTES,
    TIMES,
    WARNINGS,
    RuleValues,
    Source,
    WarningsError,
    parse_warnings,
    resolve,
    rule_lines,
    warnings_input,
)

SITE = 7
DEFAULTS = SessionRuleRow(
    category="*",
    warning_seconds=[300, 60],
    extend_minutes=0,
    extend_times=0,
    extend_min_free=1,
)


def row(site: int | None, category: str, **values: object) -> SessionRuleRow:
    return SessionRuleRow(category=category, site_id=site, **values)


def server(category: str, rows: list[SessionRuleRow]) -> session_rules.Rules:
    stored = [
        {
            "site_id": r.site_id,
            "category": r.category,
            "warning_seconds": None if r.warning_seconds is None else json.dumps(r.warning_seconds),
            "extend_minutes": r.extend_minutes,
            "extend_times": r.extend_times,
            "extend_min_free": r.extend_min_free,
        }
        for r in rows
    ]
    return session_rules.resolve(category, SITE, stored)


CASES = [
    # nothing set: the defaults
    ([], {WARNINGS: Source.DEFAULT, MINUTES: Source.DEFAULT}),
    # the site changes only its warnings and keeps the city's extension
    (
        [
            row(SITE, "youth", warning_seconds=[600]),
            row(None, "youth", warning_seconds=[120], extend_minutes=15, extend_times=2),
        ],
        {WARNINGS: Source.SITE, MINUTES: Source.CITY, TIMES: Source.CITY},
    ),
    # the city's row for the category comes before the site's '*' row
    (
        [
            row(SITE, "*", extend_minutes=10, extend_times=1, extend_min_free=3),
            row(None, "youth", extend_minutes=30),
        ],
        {MINUTES: Source.CITY, TIMES: Source.SITE_ALL},
    ),
    # the site's '*' row before the city's '*' row; an empty list of warnings is a value
    (
        [row(SITE, "*", warning_seconds=[]), row(None, "*", warning_seconds=[900], extend_times=4)],
        {WARNINGS: Source.SITE_ALL, TIMES: Source.CITY_ALL, MINUTES: Source.DEFAULT},
    ),
    # another site's rows change nothing
    ([row(SITE + 1, "youth", extend_minutes=5, extend_times=5)], {MINUTES: Source.DEFAULT}),
]


@pytest.mark.parametrize(("rows", "sources"), CASES)
def test_each_value_follows_the_servers_lookup_order(rows, sources) -> None:
    applied = resolve("youth", SITE, rows, DEFAULTS)
    expected = server("youth", rows)
    assert applied.warning_seconds == expected.warning_seconds
    assert applied.extend_minutes == expected.extend_minutes
    assert applied.extend_times == expected.extend_times
    assert applied.auto_extends == expected.auto_extends
    for name, source in sources.items():
        assert applied.sources[name] == source, name


def test_city_wide_the_sites_rows_do_not_count() -> None:
    rows = [row(SITE, "youth", extend_minutes=5), row(None, "*", extend_minutes=20)]
    applied = resolve("youth", None, rows, DEFAULTS)
    assert (applied.extend_minutes, applied.sources[MINUTES]) == (20, Source.CITY_ALL)


def test_without_a_row_its_values_fall_through() -> None:
    rows = [row(SITE, "youth", extend_minutes=5), row(None, "youth", extend_minutes=20)]
    applied = resolve("youth", SITE, rows, DEFAULTS, without=(SITE, "youth"))
    assert (applied.extend_minutes, applied.sources[MINUTES]) == (20, Source.CITY)


def test_lines_mark_the_scopes_own_rows() -> None:
    rows = [row(None, "adult", extend_minutes=5), row(SITE, "youth", extend_times=2)]
    lines = {line.category: line for line in rule_lines(rows, ["adult", "youth"], DEFAULTS, SITE)}
    assert list(lines) == ["*", "adult", "youth"]
    assert lines["youth"].own == RuleValues(extend_times=2)
    assert lines["adult"].own is None  # the city's, not this site's
    city = {line.category: line for line in rule_lines(rows, ["youth"], DEFAULTS, None)}
    assert city["adult"].own == RuleValues(extend_minutes=5)
    assert city["youth"].own is None


def test_the_extensions_origin_is_that_of_the_values_that_decide_it() -> None:
    off = resolve("youth", SITE, [row(SITE, "youth", extend_minutes=15)], DEFAULTS)
    assert not off.auto_extends
    assert off.extension_sources() == [Source.DEFAULT]  # the times, still 0 by default
    on = resolve(
        "youth",
        SITE,
        [row(SITE, "youth", extend_minutes=15), row(None, "*", extend_times=2)],
        DEFAULTS,
    )
    # the former "computers free" no longer decides anything
    assert on.extension_sources() == [Source.SITE, Source.CITY_ALL]


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("5, 1", (300, 60)),
        ("1; 5;", (300, 60)),
        ("10 min, 30 s, 30s", (600, 30)),
        ("", ()),
        ("60", (3600,)),
    ],
)
def test_warnings_are_typed_in_minutes_or_seconds(text, seconds) -> None:
    assert parse_warnings(text) == seconds
    assert parse_warnings(warnings_input(seconds)) == seconds


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("5, soon", WarningsError.NOT_A_TIME),
        ("0", WarningsError.TOO_SOON),
        ("61", WarningsError.TOO_EARLY),
        ("1, 2, 3, 4, 5, 6", WarningsError.TOO_MANY),
    ],
)
def test_warnings_that_cannot_be_say_why(text, reason) -> None:
    with pytest.raises(WarningsError) as raised:
        parse_warnings(text)
    assert raised.value.reason == reason


def test_the_former_computers_free_is_no_value_of_the_rules_but_is_kept_on_save() -> None:
    """The server no longer reads extend_min_free: it is neither shown nor asked for, a row
    that only had it is not the scope's own row, and saving a row sends back what it had."""
    assert "extend_min_free" not in FIELDS
    assert not hasattr(resolve("youth", SITE, [], DEFAULTS), "extend_min_free")
    old = [row(SITE, "youth", extend_min_free=3)]
    [_, youth] = rule_lines(old, ["youth"], DEFAULTS, SITE)
    assert youth.own is None
    kept = RuleValues.of(row(SITE, "youth", extend_minutes=5, extend_min_free=3))
    assert kept.change(SITE).extend_min_free == 3


def test_a_change_replaces_the_row_with_nulls_where_not_set() -> None:
    change = RuleValues((600, 60), extend_minutes=None, extend_times=3).change(SITE)
    assert change.model_dump() == {
        "site_id": SITE,
        "warning_seconds": [600, 60],
        "extend_minutes": None,
        "extend_times": 3,
        "extend_min_free": None,
    }
