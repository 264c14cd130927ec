"""The console's Time allowances page against the real server."""

from __future__ import annotations

from dataclasses import astuple

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QSpinBox

from admin.rules import grant as policy
from kiosk.protocol.limits import DEFAULT_CATEGORY
from kiosk.protocol.rules import Limits, PolicyRow
from tests.helpers.desk_world import (
    TIMEOUT_MS,
    TWO_SITES,
    World,
    answers,
    choose_site,
    console_as,
    no_real_dialogs_fixture,  # noqa: F401  (autouse)
    open_view,
    world_fixture,
)
from ui.console.dialogs import ConfirmDialog, TextDialog
from ui.console.rules.allowances import Col
from ui.console.rules.allowances_dialog import AllowanceDialog
from ui.console.rules.allowances_model import allowances
from ui.console.rules.lookup import Source
from ui.console.rules.part import RulesPart
from ui.console.rules.view import RulesView

world = world_fixture(TWO_SITES)


def city_row(world: World, category: str) -> dict | None:
    rows = world.query(
        "SELECT session_minutes, daily_minutes, weekly_minutes FROM policies WHERE category = ?",
        [category],
    )
    return rows[0] if rows else None


def site_rows(world: World, site: str) -> list[dict]:
    return world.query(
        "SELECT category, session_minutes, daily_minutes, weekly_minutes FROM site_policies"
        " WHERE site_id = ? ORDER BY category",
        [world.site_ids[site]],
    )


def youth_row_of(world: World, site: str) -> None:
    """The site's own allowances for youth: 30 min a session, 1 h a day, 4 h a week."""
    world.execute(
        "INSERT INTO site_policies (site_id, category, session_minutes, daily_minutes,"
        " weekly_minutes) VALUES (?, 'youth', 30, 60, 240)",
        [world.site_ids[site]],
    )


def cell(part: RulesPart, category: str, column: int) -> str:
    for row, line in enumerate(part.lines):
        if line.category == category:
            return part.table.item(row, column).text()
    raise AssertionError(f"{category} is not in the grid")


def loaded(qtbot, part: RulesPart, site: int | None) -> None:
    qtbot.waitUntil(lambda: part.loaded and part.shown_site == site, timeout=TIMEOUT_MS)


def test_admin_changes_a_city_wide_allowance(qtbot, qapp, world: World, monkeypatch) -> None:
    with console_as(qapp, world, "boss") as console:
        view = open_view(qtbot, console, RulesView)
        part = view.allowances
        choose_site(console, None)
        loaded(qtbot, part, None)
        assert part.read_only_text == ""
        assert cell(part, DEFAULT_CATEGORY, Col.CATEGORY) == "Every other category"
        assert cell(part, DEFAULT_CATEGORY, Col.SESSION) == "1 h"
        # a category without its own row gets the '*' row's minutes, and says so
        assert cell(part, "adult", Col.SOURCE) == "City-wide (as every other category)"
        view.retranslate()  # a language switch fills the grid again
        assert cell(part, "adult", Col.SOURCE) == "City-wide (as every other category)"

        calls = answers(monkeypatch, AllowanceDialog, Limits(45, 90, 300))
        assert part.select_category("adult")
        console.window.activateWindow()
        qtbot.waitUntil(console.window.isActiveWindow, timeout=TIMEOUT_MS)
        qtbot.keyClick(part.table, Qt.Key.Key_F2)
        qtbot.waitUntil(lambda: len(calls) == 1, timeout=TIMEOUT_MS)
        assert calls[0][2] == Limits(60, 120, 600)  # the dialog starts from what applies
        qtbot.waitUntil(lambda: city_row(world, "adult") is not None, timeout=TIMEOUT_MS)
        assert city_row(world, "adult") == {
            "session_minutes": 45,
            "daily_minutes": 90,
            "weekly_minutes": 300,
        }
        assert site_rows(world, "Centre") == []
        qtbot.waitUntil(lambda: cell(part, "adult", Col.SESSION) == "45 min", timeout=TIMEOUT_MS)
        assert cell(part, "adult", Col.DAILY) == "1 h 30 min"
        assert cell(part, "adult", Col.WEEKLY) == "5 h"
        assert cell(part, "adult", Col.SOURCE) == "City-wide"
        assert part.selected().category == "adult"
        assert console.window.message_text == "City-wide allowances of “Adult” saved."


def test_a_site_override_is_shown_as_such_and_set_at_the_site(
    qtbot, qapp, world: World, monkeypatch
) -> None:
    youth_row_of(world, "Centre")
    with console_as(qapp, world, "boss") as console:
        view = open_view(qtbot, console, RulesView)
        part = view.allowances
        choose_site(console, "Centre")
        loaded(qtbot, part, world.site_ids["Centre"])
        assert view.heading.text() == "Time allowances — Centre"
        assert cell(part, "youth", Col.SESSION) == "30 min"
        assert cell(part, "youth", Col.SOURCE) == "This site — city-wide: 1 h · 2 h · 10 h"
        row = [line.category for line in part.lines].index("youth")
        assert part.table.item(row, Col.SESSION).font().bold()
        assert part.table.item(row, Col.SESSION).toolTip() == (
            "City-wide: 1 h per session, 2 h per day, 10 h per week"
        )
        assert cell(part, "adult", Col.SOURCE) == (
            "Inherited from the city (as every other category)"
        )
        assert cell(part, DEFAULT_CATEGORY, Col.SOURCE) == "Inherited from the city"

        calls = answers(monkeypatch, AllowanceDialog, Limits(20, 40, 200))
        part.select_category("adult")
        qtbot.keyClick(part.table, Qt.Key.Key_Return)  # Enter on a line changes it
        assert "Centre only" in calls[0][1]
        qtbot.waitUntil(lambda: len(site_rows(world, "Centre")) == 2, timeout=TIMEOUT_MS)
        assert site_rows(world, "Centre")[0] == {
            "category": "adult",
            "session_minutes": 20,
            "daily_minutes": 40,
            "weekly_minutes": 200,
        }
        assert city_row(world, "adult") is None  # the city keeps its own
        qtbot.waitUntil(
            lambda: cell(part, "adult", Col.SOURCE).startswith("This site —"), timeout=TIMEOUT_MS
        )

        # the other site is untouched and still inherits
        choose_site(console, "Nord")
        loaded(qtbot, part, world.site_ids["Nord"])
        assert cell(part, "youth", Col.SOURCE) == (
            "Inherited from the city (as every other category)"
        )
        assert cell(part, "youth", Col.SESSION) == "1 h"


def test_a_site_follows_the_city_again_once_its_own_row_is_removed(
    qtbot, qapp, world: World, monkeypatch
) -> None:
    youth_row_of(world, "Nord")
    with console_as(qapp, world, "duo") as console:
        view = open_view(qtbot, console, RulesView)
        part = view.allowances
        choose_site(console, "Nord")
        loaded(qtbot, part, world.site_ids["Nord"])
        assert part.remove_button.text() == "Use the city's allowances"
        part.select_category("adult")  # inherited: nothing to remove
        assert not part.remove_button.isEnabled()
        part.select_category("youth")
        assert part.remove_button.isEnabled()
        questions = answers(monkeypatch, ConfirmDialog, False, True)
        console.window.activateWindow()
        qtbot.waitUntil(console.window.isActiveWindow, timeout=TIMEOUT_MS)
        part.table.setFocus()
        qtbot.waitUntil(part.table.hasFocus, timeout=TIMEOUT_MS)
        qtbot.keyClick(part.table, Qt.Key.Key_Delete)  # "No": nothing sent
        assert len(questions) == 1
        assert console.tasks.wait_idle()
        assert len(site_rows(world, "Nord")) == 1
        part.remove_button.click()
        assert questions[1][0] == (
            "Remove the allowances of “Youth” that are Nord's own? The site follows the city "
            "again: 1 h per session, 2 h per day, 10 h per week."
        )
        qtbot.waitUntil(lambda: site_rows(world, "Nord") == [], timeout=TIMEOUT_MS)
        qtbot.waitUntil(
            lambda: cell(part, "youth", Col.SOURCE).startswith("Inherited from the city"),
            timeout=TIMEOUT_MS,
        )
        assert not part.remove_button.isEnabled()
        assert console.window.message_text == (
            "“Youth” now follows: 1 h per session, 2 h per day, 10 h per week."
        )
        [entry] = world.query("SELECT target FROM audit WHERE action = 'policy.remove'")
        assert entry["target"] == "site:Nord"

        # city-wide, staff remove nothing; the button is not even offered
        choose_site(console, None)
        loaded(qtbot, part, None)
        assert not part.remove_button.isVisibleTo(view)


def test_admin_makes_a_category_follow_the_default_again(
    qtbot, qapp, world: World, monkeypatch
) -> None:
    world.execute(
        "INSERT INTO policies (category, session_minutes, daily_minutes, weekly_minutes)"
        " VALUES ('senior', 90, 180, 900)"
    )
    with console_as(qapp, world, "boss") as console:
        view = open_view(qtbot, console, RulesView)
        part = view.allowances
        choose_site(console, None)
        loaded(qtbot, part, None)
        assert part.remove_button.text() == "Use the default allowances"
        part.select_category(DEFAULT_CATEGORY)
        assert not part.remove_button.isEnabled()  # '*' is every category's fallback
        part.select_category("senior")
        questions = answers(monkeypatch, ConfirmDialog, True)
        part.remove_button.click()
        assert questions[0][0] == (
            "Remove the city-wide allowances of “Senior”? This category then gets those of "
            "every other category: 1 h per session, 2 h per day, 10 h per week."
        )
        qtbot.waitUntil(lambda: city_row(world, "senior") is None, timeout=TIMEOUT_MS)
        qtbot.waitUntil(
            lambda: cell(part, "senior", Col.SOURCE) == "City-wide (as every other category)",
            timeout=TIMEOUT_MS,
        )


def test_staff_cannot_change_city_wide_rows(qtbot, qapp, world: World, monkeypatch) -> None:
    with console_as(qapp, world, "duo") as console:
        view = open_view(qtbot, console, RulesView)
        part = view.allowances
        choose_site(console, None)
        loaded(qtbot, part, None)
        assert part.read_only_text.startswith(
            "Read only: only administrators change the city-wide allowances."
        )
        assert not part.change_button.isEnabled()
        assert not view.add_button.isVisibleTo(view)
        part.select_category("adult")
        part.change_selected()  # no dialog (the autouse guard fails on any), nothing sent
        assert console.tasks.wait_idle()
        assert city_row(world, "adult") is None

        # their own site: they may set its allowances
        choose_site(console, "Nord")
        loaded(qtbot, part, world.site_ids["Nord"])
        assert part.read_only_text == ""
        assert part.change_button.isEnabled()
        answers(monkeypatch, AllowanceDialog, Limits(90, 90, 400))
        part.select_category("adult")
        part.change_button.click()
        qtbot.waitUntil(lambda: site_rows(world, "Nord") != [], timeout=TIMEOUT_MS)
        assert site_rows(world, "Nord")[0]["session_minutes"] == 90
        assert city_row(world, "adult") is None


def test_a_refused_change_is_shown_inline_and_the_minutes_kept(
    qtbot, qapp, world: World, monkeypatch
) -> None:
    with console_as(qapp, world, "duo") as console:
        view = open_view(qtbot, console, RulesView)
        part = view.allowances
        choose_site(console, "Centre")
        loaded(qtbot, part, world.site_ids["Centre"])
        # the category disappears between loading and saving
        world.execute("DELETE FROM categories WHERE name = 'pupil'")
        calls = answers(monkeypatch, AllowanceDialog, Limits(25, 50, 100), Limits(25, 50, 100))
        part.select_category("pupil")
        part.change_button.click()
        qtbot.waitUntil(lambda: part.error_text != "", timeout=TIMEOUT_MS)
        assert (
            part.error_text == "The server does not know this category or site any more. Press F5."
        )
        assert console.window.message_text == "Nothing was saved."
        assert site_rows(world, "Centre") == []
        part.change_button.click()
        assert calls[1][2] == Limits(25, 50, 100)  # what they typed is offered again


def test_admin_adds_a_category(qtbot, qapp, world: World, monkeypatch) -> None:
    with console_as(qapp, world, "boss") as console:
        view = open_view(qtbot, console, RulesView)
        part = view.allowances
        choose_site(console, None)
        loaded(qtbot, part, None)
        assert view.add_button.isVisibleTo(view)
        calls = answers(monkeypatch, TextDialog, "Senior Plus", "senior-plus")
        view.add_button.click()
        assert len(calls) == 2
        # refused before sending, asked again with what was typed and why
        assert calls[1][1].startswith("“Senior Plus” cannot be a category name")
        assert calls[1][2] == "Senior Plus"
        qtbot.waitUntil(
            lambda: world.query("SELECT 1 FROM categories WHERE name = 'senior-plus'") != [],
            timeout=TIMEOUT_MS,
        )
        qtbot.waitUntil(lambda: part.line("senior-plus") is not None, timeout=TIMEOUT_MS)
        assert part.selected().category == "senior-plus"
        assert cell(part, "senior-plus", Col.SOURCE) == "City-wide (as every other category)"

        calls = answers(monkeypatch, TextDialog, "youth", None)
        view.add_button.click()  # exists already: said at once, nothing sent
        assert calls[1][1].startswith("The category “youth” exists already.")
        assert console.tasks.wait_idle()
        assert len(world.query("SELECT 1 FROM categories WHERE name = 'youth'")) == 1


@pytest.mark.parametrize(
    ("city", "site", "category", "expected"),
    [
        ({"*": (60, 120, 600)}, {}, "adult", ((60, 120, 600), Source.CITY_ALL)),
        (
            {"*": (60, 120, 600), "adult": (30, 30, 30)},
            {"*": (5, 5, 5)},
            "adult",
            ((30, 30, 30), Source.CITY),
        ),
        ({"*": (60, 120, 600)}, {"*": (5, 5, 5)}, "adult", ((5, 5, 5), Source.SITE_ALL)),
        ({"*": (60, 120, 600)}, {"adult": (9, 9, 9)}, "adult", ((9, 9, 9), Source.SITE)),
    ],
)
def test_the_grid_follows_the_servers_lookup_order(city, site, category, expected) -> None:
    rows = [
        PolicyRow(category=c, site_id=None, session_minutes=a, daily_minutes=b, weekly_minutes=w)
        for c, (a, b, w) in city.items()
    ]
    rows += [
        PolicyRow(category=c, site_id=7, session_minutes=a, daily_minutes=b, weekly_minutes=w)
        for c, (a, b, w) in site.items()
    ]
    line = next(line for line in allowances(rows, ["adult"], 7) if line.category == category)
    assert (line.limits, line.source) == (Limits(*expected[0]), expected[1])
    server = policy.limits_for(  # the server's own lookup
        category,
        {c: policy.Limits(*v) for c, v in city.items()},
        {c: policy.Limits(*v) for c, v in site.items()},
    )
    assert astuple(line.limits) == astuple(server)


@pytest.mark.parametrize(
    ("minutes", "hint"),
    [
        ((60, 120, 600), ""),
        ((60, 0, 600), "With 0 minutes, these visitors cannot sign in at all."),
        ((60, 120, 0), "With 0 minutes, these visitors cannot sign in at all."),
        ((180, 120, 600), "A session never lasts longer than what is left of the day."),
        ((60, 720, 600), "A day never gives more than what is left of the week."),
    ],
)
def test_the_allowance_dialog_says_which_minutes_cannot_all_be_used(qtbot, minutes, hint) -> None:
    dialog = AllowanceDialog(None, "t", "w", Limits(60, 120, 600), note="n")
    qtbot.addWidget(dialog)
    for name, value in zip(("session", "day", "week"), minutes, strict=True):
        dialog.findChild(QSpinBox, f"Minutes-{name}").setValue(value)
    assert dialog.hint.text() == hint
    assert dialog.hint.isVisibleTo(dialog) == bool(hint)
    assert dialog.note.text() == "n"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
