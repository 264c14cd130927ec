"""The Time allowances page's warnings and automatic extension, against the real server."""

from __future__ import annotations

import json
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from kiosk.protocol.rules import SessionRuleRow
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
from ui.console.dialogs import ConfirmDialog
from ui.console.rules.part import RulesPart
from ui.console.rules.session_rules import Col
from ui.console.rules.session_rules_dialog import SessionRulesDialog
from ui.console.rules.session_rules_model import (
    MINUTES,
    TIMES,
    WARNINGS,
    RuleValues,
    Source,
    resolve,
)
from ui.console.rules.session_rules_texts import extension_text
from ui.console.rules.view import RulesView
from ui.demo_screens import clipped_texts

world = world_fixture(TWO_SITES)


@pytest.fixture(autouse=True)
def no_real_rules_dialog(monkeypatch: pytest.MonkeyPatch) -> None:
    def unexpected(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"unexpected dialog: {args[1:]}")

    monkeypatch.setattr(SessionRulesDialog, "ask", unexpected)


def stored(world: World, site: str | None, category: str) -> dict[str, Any] | None:
    site_id = None if site is None else world.site_ids[site]
    rows = world.query(
        "SELECT warning_seconds, extend_minutes, extend_times, extend_min_free"
        " FROM session_rules WHERE site_id IS ? AND category = ?",
        [site_id, category],
    )
    return rows[0] if rows else None


def add_row(world: World, site: str | None, category: str, **values: Any) -> None:
    if "warning_seconds" in values:
        values["warning_seconds"] = json.dumps(values["warning_seconds"])
    names = ["site_id", "category", *values]
    site_id = None if site is None else world.site_ids[site]
    world.execute(
        f"INSERT INTO session_rules ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
        [site_id, category, *values.values()],
    )


def panel_of(qtbot, console, site: str | None, world: World) -> RulesPart:
    view = open_view(qtbot, console, RulesView)
    choose_site(console, site)
    site_id = None if site is None else world.site_ids[site]
    panel = view.session_rules
    qtbot.waitUntil(lambda: panel.loaded and panel.shown_site == site_id, timeout=TIMEOUT_MS)
    return panel


def cell(panel: RulesPart, category: str, column: int) -> str:
    for row, line in enumerate(panel.lines):
        if line.category == category:
            return panel.table.item(row, column).text()
    raise AssertionError(f"{category} is not in the grid")


def test_admin_changes_a_city_wide_rule(qtbot, qapp, world: World, monkeypatch) -> None:
    with console_as(qapp, world, "boss") as console:
        panel = panel_of(qtbot, console, None, world)
        assert panel.read_only_text == ""
        assert cell(panel, "youth", Col.WARNINGS) == "5 min · 1 min"
        assert cell(panel, "youth", Col.WARNINGS_FROM) == "Default"
        assert cell(panel, "youth", Col.EXTENSION) == "No automatic extension"

        calls = answers(monkeypatch, SessionRulesDialog, RuleValues(warning_seconds=(600, 60)))
        assert panel.select_category("youth")
        console.window.activateWindow()
        qtbot.waitUntil(console.window.isActiveWindow, timeout=TIMEOUT_MS)
        panel.table.setFocus()
        qtbot.waitUntil(panel.table.hasFocus, timeout=TIMEOUT_MS)
        # F2 on this grid changes its line, not the allowances' above
        qtbot.keyClick(panel.table, Qt.Key.Key_F2)
        qtbot.waitUntil(lambda: len(calls) == 1, timeout=TIMEOUT_MS)
        title, where, start, fallback = calls[0][:4]
        assert title == "Warnings and extension of “Youth”"
        assert where.startswith("City-wide warnings and extension of “Youth”")
        assert start == RuleValues()  # nothing of its own yet
        assert fallback.sources[WARNINGS] == Source.DEFAULT
        qtbot.waitUntil(lambda: stored(world, None, "youth") is not None, timeout=TIMEOUT_MS)
        assert stored(world, None, "youth") == {
            "warning_seconds": "[600, 60]",
            "extend_minutes": None,
            "extend_times": None,
            "extend_min_free": None,
        }
        qtbot.waitUntil(
            lambda: cell(panel, "youth", Col.WARNINGS) == "10 min · 1 min", timeout=TIMEOUT_MS
        )
        assert cell(panel, "youth", Col.WARNINGS_FROM) == "City-wide"
        assert cell(panel, "youth", Col.EXTENSION_FROM) == "Default"
        assert cell(panel, "adult", Col.WARNINGS) == "5 min · 1 min"  # other categories kept
        assert panel.selected().category == "youth"
        assert console.window.message_text == "Warnings and extension of “Youth” saved."


def test_staff_set_and_remove_their_sites_row(qtbot, qapp, world: World, monkeypatch) -> None:
    add_row(world, None, "youth", extend_minutes=15, extend_times=2)
    with console_as(qapp, world, "duo") as console:
        panel = panel_of(qtbot, console, "Nord", world)
        assert cell(panel, "youth", Col.EXTENSION) == (
            "15 min more, up to 2 time(s), while nobody waits in the queue"
        )
        assert cell(panel, "youth", Col.EXTENSION_FROM) == "The city"
        panel.select_category("youth")
        assert not panel.remove_button.isEnabled()  # inherited: nothing of the site's own

        calls = answers(monkeypatch, SessionRulesDialog, RuleValues(extend_minutes=20))
        panel.change_button.click()
        assert "at Nord only" in calls[0][1]
        assert calls[0][3].extend_minutes == 15  # unset, the value falls through to the city's
        qtbot.waitUntil(lambda: stored(world, "Nord", "youth") is not None, timeout=TIMEOUT_MS)
        assert stored(world, "Nord", "youth")["extend_minutes"] == 20
        assert stored(world, None, "youth")["extend_minutes"] == 15  # the city keeps its own
        assert stored(world, "Centre", "youth") is None
        qtbot.waitUntil(
            lambda: cell(panel, "youth", Col.EXTENSION_FROM) == "This site + The city",
            timeout=TIMEOUT_MS,
        )
        assert cell(panel, "youth", Col.EXTENSION).startswith("20 min more, up to 2 time(s)")
        row = [line.category for line in panel.lines].index("youth")
        assert panel.table.item(row, Col.EXTENSION).font().bold()
        assert not panel.table.item(row, Col.WARNINGS).font().bold()

        assert panel.remove_button.text() == "Use the city's rules"
        assert panel.remove_button.isEnabled()
        questions = answers(monkeypatch, ConfirmDialog, False, True)
        console.window.activateWindow()
        qtbot.waitUntil(console.window.isActiveWindow, timeout=TIMEOUT_MS)
        panel.table.setFocus()
        qtbot.waitUntil(panel.table.hasFocus, timeout=TIMEOUT_MS)
        qtbot.keyClick(panel.table, Qt.Key.Key_Delete)  # "No": nothing sent
        assert console.tasks.wait_idle()
        assert stored(world, "Nord", "youth") is not None
        panel.remove_button.click()
        assert questions[1][0] == (
            "Remove the warnings and extension of “Youth” that are Nord's own? Then: warnings "
            "5 min · 1 min before the end; 15 min more, up to 2 time(s), while nobody waits in "
            "the queue."
        )
        qtbot.waitUntil(lambda: stored(world, "Nord", "youth") is None, timeout=TIMEOUT_MS)
        qtbot.waitUntil(
            lambda: cell(panel, "youth", Col.EXTENSION_FROM) == "The city",
            timeout=TIMEOUT_MS,
        )
        assert not panel.remove_button.isEnabled()
        [entry] = world.query("SELECT action FROM audit WHERE action = 'rules.clear'")
        assert entry["action"] == "rules.clear"


def test_staff_only_read_the_city_wide_rules(qtbot, qapp, world: World, monkeypatch) -> None:
    add_row(world, None, "adult", warning_seconds=[120])
    with console_as(qapp, world, "duo") as console:
        panel = panel_of(qtbot, console, None, world)
        assert panel.read_only_text == (
            "Read only: only administrators change the city-wide warnings and extensions."
        )
        assert not panel.change_button.isEnabled()
        assert not panel.remove_button.isVisibleTo(panel)
        panel.select_category("adult")
        panel.change_selected()  # no dialog (the autouse guard fails on any), nothing sent
        panel.remove_selected()
        console.window.activateWindow()
        qtbot.waitUntil(console.window.isActiveWindow, timeout=TIMEOUT_MS)
        panel.table.setFocus()
        qtbot.waitUntil(panel.table.hasFocus, timeout=TIMEOUT_MS)
        qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
        assert console.tasks.wait_idle()
        assert stored(world, None, "adult") == {
            "warning_seconds": "[120]",
            "extend_minutes": None,
            "extend_times": None,
            "extend_min_free": None,
        }
        # their own site: they may set its rules
        panel = panel_of(qtbot, console, "Centre", world)
        assert panel.read_only_text == ""
        assert panel.change_button.isEnabled()


def test_a_refused_change_is_shown_inline_and_the_values_kept(
    qtbot, qapp, world: World, monkeypatch
) -> None:
    with console_as(qapp, world, "duo") as console:
        panel = panel_of(qtbot, console, "Centre", world)
        # the category disappears between loading and saving
        world.execute("DELETE FROM categories WHERE name = 'pupil'")
        typed = RuleValues(warning_seconds=(900, 30), extend_times=3)
        calls = answers(monkeypatch, SessionRulesDialog, typed, None)
        panel.select_category("pupil")
        panel.change_button.click()
        qtbot.waitUntil(lambda: panel.error_text != "", timeout=TIMEOUT_MS)
        assert panel.error_text == (
            "The server does not know this category or site any more. Press F5. "
            "Your values are kept."
        )
        assert console.window.message_text == "Nothing was saved."
        assert stored(world, "Centre", "pupil") is None
        panel.change_button.click()
        assert calls[1][2] == typed  # what they typed is offered again


def test_values_falling_through_show_where_they_come_from(qtbot, qapp, world: World) -> None:
    add_row(world, None, "*", warning_seconds=[120])
    add_row(world, "Centre", "*", extend_minutes=10, extend_times=1)
    add_row(world, None, "youth", extend_min_free=2)
    with console_as(qapp, world, "boss") as console:
        panel = panel_of(qtbot, console, "Centre", world)
        assert cell(panel, "youth", Col.WARNINGS) == "2 min"
        assert cell(panel, "youth", Col.WARNINGS_FROM) == "The city (every category)"
        assert cell(panel, "youth", Col.EXTENSION) == (
            "10 min more, up to 1 time(s), while nobody waits in the queue"
        )
        # the city's old "2 computers free" is neither shown nor counted as a source
        assert cell(panel, "youth", Col.EXTENSION_FROM) == "This site (every category)"
        assert cell(panel, "adult", Col.EXTENSION_FROM) == "This site (every category)"
        row = [line.category for line in panel.lines].index("youth")
        assert panel.table.item(row, Col.EXTENSION).toolTip() == (
            "Minutes more: 10 min — This site (every category)\n"
            "Times per session: 1 — This site (every category)"
        )
        # the '*' lines are their scope's own: the city's seen from the city
        choose_site(console, None)
        qtbot.waitUntil(lambda: panel.shown_site is None, timeout=TIMEOUT_MS)
        assert cell(panel, "*", Col.WARNINGS_FROM) == "City-wide"
        assert cell(panel, "youth", Col.WARNINGS_FROM) == "City-wide (every category)"
        assert cell(panel, "youth", Col.EXTENSION) == "No automatic extension"


def test_the_dialog_checks_what_is_typed(qtbot) -> None:
    server_defaults = SessionRuleRow(
        category="*", warning_seconds=[300, 60], extend_minutes=0, extend_times=0, extend_min_free=1
    )
    defaults = resolve("youth", 3, [], server_defaults)
    dialog = SessionRulesDialog(
        None, "t", "w", RuleValues(extend_minutes=15), defaults, source=Source.SITE
    )
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.form.ticks[MINUTES].isChecked() and not dialog.form.ticks[WARNINGS].isChecked()
    assert not dialog.form.warnings.isEnabled()
    assert dialog.form.warnings.text() == "5, 1"  # what applies when not set here
    assert dialog.form.notes[WARNINGS].text() == "as the defaults"
    assert dialog.hint.text() == "No automatic extension while the minutes or the times are 0."
    dialog.form.ticks[WARNINGS].setChecked(True)
    dialog.form.warnings.setText("10, 0")
    assert not ok.isEnabled()
    assert dialog.problem.text() == "“0”: a warning comes at least 1 second before the end."
    dialog.form.warnings.setText("10, 30 s")
    assert ok.isEnabled()
    assert dialog.form.notes[WARNINGS].text() == "10 min · 30 s"
    dialog.form.ticks[TIMES].setChecked(True)
    dialog.form.times.setValue(2)
    applied = defaults.over(dialog.form.value(), Source.SITE)
    assert dialog.form.outcome.text() == (
        "What applies then: warnings 10 min · 30 s before the end; " + extension_text(applied) + "."
    )
    assert dialog.form.value() == RuleValues((600, 30), 15, 2, None)
    # the former "other computers that must be free" is asked no more; the rule is said
    assert "extend_min_free" not in dialog.form.ticks
    assert "Computers" not in " ".join(t.text() for t in dialog.form.ticks.values())
    assert "stops while anybody waits in the site's queue" in dialog.form.help.text()
    for tick in dialog.form.ticks.values():
        tick.setChecked(False)
    assert not ok.isEnabled()  # nothing set: removing the line is the way


def test_the_page_fits_at_1280_by_800_read_only(qtbot, qapp, world: World) -> None:
    add_row(world, None, "*", warning_seconds=[120])
    with console_as(qapp, world, "duo") as console:
        window = console.window
        window.show()
        window.resize(1280, 800)
        panel = panel_of(qtbot, console, None, world)
        qtbot.waitUntil(lambda: (window.width(), window.height()) == (1280, 800))
        assert panel.read_only.isVisible()
        qtbot.waitUntil(lambda: panel.table.rowHeight(0) > 0)
        assert clipped_texts(window) == []
        # every line of both grids in view, the read-only sentences included
        view = window.view(RulesView)

        def all_lines_shown() -> bool:
            return all(
                table.visualRect(table.model().index(table.rowCount() - 1, 0)).bottom()
                < table.viewport().height()
                for table in (view.allowances.table, panel.table)
            )

        qtbot.waitUntil(all_lines_shown, timeout=TIMEOUT_MS)
