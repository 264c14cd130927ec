"""The console's Sites page (hours, closed dates, texts) against the real server."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt, QTime

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
from ui.console.app import ConsoleProgram
from ui.console.dialogs import ConfirmDialog
from ui.console.sites.form import Tab
from ui.console.sites.view import SitesView

world = world_fixture(TWO_SITES)


def hours_rows(world: World, site: str) -> list[tuple[int, str, str]]:
    rows = world.query(
        "SELECT weekday, opens, closes FROM site_hours WHERE site_id = ? ORDER BY weekday, opens",
        [world.site_ids[site]],
    )
    fmt = lambda m: f"{m // 60:02d}:{m % 60:02d}"  # noqa: E731
    return [(r["weekday"], fmt(r["opens"]), fmt(r["closes"])) for r in rows]


def closed_rows(world: World, site: str) -> list[dict]:
    return world.query(
        "SELECT date, reason FROM site_closed_dates WHERE site_id = ? ORDER BY date",
        [world.site_ids[site]],
    )


def text_rows(world: World, site: str) -> dict[tuple[str, str], str]:
    rows = world.query(
        "SELECT kind, language, text FROM site_texts WHERE site_id = ?", [world.site_ids[site]]
    )
    return {(r["kind"], r["language"]): r["text"] for r in rows}


def sites_view(qtbot, console: ConsoleProgram, site: str | None) -> SitesView:
    view = open_view(qtbot, console, SitesView)
    choose_site(console, site)
    qtbot.waitUntil(lambda: view.hours is not None and view.texts is not None, timeout=TIMEOUT_MS)
    return view


def set_range(view: SitesView, day: str, index: int, opens: str, closes: str) -> None:
    edit = view.week.days[day].ranges[index]
    edit.opens.setTime(QTime.fromString(opens, "HH:mm"))
    edit.closes.setTime(QTime.fromString(closes, "HH:mm"))


def saved(qtbot, view: SitesView) -> None:
    qtbot.waitUntil(lambda: not view.dirty and not view._saving, timeout=TIMEOUT_MS)


def test_hours_are_saved_and_loaded_again(qtbot, qapp, world: World) -> None:
    with console_as(qapp, world, "boss") as console:
        view = sites_view(qtbot, console, "Centre")
        week = view.week
        assert week.always_open.isChecked()  # a new site has no hours: open around the clock
        assert not view.save_button.isEnabled()
        week.always_open.setChecked(False)
        set_range(view, "mon", 0, "09:00", "12:30")
        week.days["mon"].add.click()
        set_range(view, "mon", 1, "13:30", "00:00")  # 00:00 as the end: midnight
        for day in ("sat", "sun"):
            week.days[day].closed.setChecked(True)
        assert view.dirty
        assert view.unsaved.text() == "● Unsaved changes"
        assert view.tabs.tabText(Tab.HOURS).endswith(" *")
        console.window.activateWindow()
        qtbot.waitUntil(console.window.isActiveWindow, timeout=TIMEOUT_MS)
        qtbot.keyClick(view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S
        saved(qtbot, view)
        rows = hours_rows(world, "Centre")
        assert rows[:2] == [(0, "09:00", "12:30"), (0, "13:30", "24:00")]
        assert {row[0] for row in rows} == {0, 1, 2, 3, 4}  # Saturday and Sunday closed
        assert (1, "09:00", "17:00") in rows
        assert view.unsaved.text() == ""
        assert console.window.message_text == "Centre saved."

        view.load(world.site_ids["Centre"])
        qtbot.waitUntil(lambda: view.hours is not None, timeout=TIMEOUT_MS)
        assert not week.always_open.isChecked()
        assert [r.value() for r in week.days["mon"].ranges] == [(540, 750), (810, 1440)]
        assert week.days["sun"].closed.isChecked()
        assert not week.days["tue"].closed.isChecked()
        assert not view.dirty


@pytest.mark.parametrize(
    ("ranges", "error"),
    [
        ([("12:00", "09:00")], "Each range must start before it ends."),
        (
            [("09:00", "13:00"), ("12:00", "17:00")],
            "These ranges overlap: make them follow each other.",
        ),
    ],
)
def test_a_bad_range_is_refused_inline_and_kept(
    qtbot, qapp, world: World, ranges: list[tuple[str, str]], error: str
) -> None:
    with console_as(qapp, world, "boss") as console:
        view = sites_view(qtbot, console, "Centre")
        view.week.always_open.setChecked(False)
        for index, (opens, closes) in enumerate(ranges):
            if index:
                view.week.days["wed"].add.click()
            set_range(view, "wed", index, opens, closes)
        view.tabs.setCurrentIndex(Tab.MESSAGE)
        view.save_button.click()
        assert view.tabs.currentIndex() == Tab.HOURS  # brought to where the mistake is
        assert view.week.days["wed"].error.text() == error
        assert view.week.days["wed"].error.isVisibleTo(view)
        assert not view.week.days["tue"].error.isVisibleTo(view)
        assert console.window.message_text == "Nothing was saved: correct what is shown in red."
        assert console.tasks.wait_idle()
        assert hours_rows(world, "Centre") == []
        assert view.dirty
        typed = [
            (e.opens.time().toString("HH:mm"), e.closes.time().toString("HH:mm"))
            for e in view.week.days["wed"].ranges
        ]
        assert typed == ranges


def test_every_day_closed_is_not_taken_for_always_open(qtbot, qapp, world: World) -> None:
    with console_as(qapp, world, "boss") as console:
        view = sites_view(qtbot, console, "Centre")
        view.week.always_open.setChecked(False)
        for row in view.week.days.values():
            row.closed.setChecked(True)
        view.save()
        assert view.week.error.text().startswith("Every day is closed.")
        assert console.tasks.wait_idle()
        assert hours_rows(world, "Centre") == []


def test_a_refusal_of_the_server_is_shown_next_to_the_day(qtbot, qapp, world: World) -> None:
    with console_as(qapp, world, "boss") as console:
        view = sites_view(qtbot, console, "Centre")
        view.week.always_open.setChecked(False)
        view.week.days["fri"].add.click()
        set_range(view, "fri", 0, "09:00", "13:00")
        set_range(view, "fri", 1, "12:00", "17:00")
        view.week.check = lambda: True  # type: ignore[method-assign]  # let the server judge
        view.save()
        qtbot.waitUntil(lambda: view.week.days["fri"].error.isVisibleTo(view), timeout=TIMEOUT_MS)
        assert view.week.days["fri"].error.text() == (
            "The server refused the hours of this day: check each range."
        )
        assert view.dirty
        assert len(view.week.days["fri"].ranges) == 2
        assert hours_rows(world, "Centre") == []


def test_closed_dates_are_added_and_removed(qtbot, qapp, world: World) -> None:
    with console_as(qapp, world, "boss") as console:
        view = sites_view(qtbot, console, "Nord")
        dates = view.dates
        view.tabs.setCurrentIndex(Tab.DATES)
        assert dates.closed_empty.isVisibleTo(view)  # the empty state says what to do
        dates.closed_date.setDate(QDate(2027, 7, 21))
        dates.reason.setText("Fête nationale")
        dates.add_closed_button.click()
        dates.closed_date.setDate(QDate(2027, 11, 11))
        dates.add_closed_button.click()
        dates.closed_date.setDate(QDate(2027, 7, 21))
        dates.add_closed_button.click()  # twice the same date: said, not added
        assert dates.closed_error_text.endswith("is already closed.")
        assert [row.date for row in dates.closed] == ["2027-07-21", "2027-11-11"]
        view.save()
        saved(qtbot, view)
        assert closed_rows(world, "Nord") == [
            {"date": "2027-07-21", "reason": "Fête nationale"},
            {"date": "2027-11-11", "reason": None},
        ]
        assert dates.closed_error_text == ""

        dates._select(dates.closed_table, "2027-07-21")
        dates.closed_table.setFocus()
        console.window.activateWindow()
        qtbot.waitUntil(console.window.isActiveWindow, timeout=TIMEOUT_MS)
        qtbot.keyClick(dates.closed_table, Qt.Key.Key_Delete)
        qtbot.waitUntil(lambda: len(dates.closed) == 1, timeout=TIMEOUT_MS)
        view.save()
        saved(qtbot, view)
        assert closed_rows(world, "Nord") == [{"date": "2027-11-11", "reason": None}]

        # special hours: typed as text, checked before they are added
        dates.special_date.setDate(QDate(2027, 12, 24))
        dates.special_hours.setText("14:00-10:00")
        dates.add_special_button.click()
        assert dates.special_error_text.startswith("Type the hours as ranges")
        assert dates.special_hours.text() == "14:00-10:00"  # kept to correct
        dates.special_hours.setText("09:00-12:00, 13:00-15:00")
        dates.add_special_button.click()
        view.save()
        saved(qtbot, view)
        rows = world.query("SELECT date, opens, closes FROM site_exceptional_hours ORDER BY opens")
        assert [(r["date"], r["opens"], r["closes"]) for r in rows] == [
            ("2027-12-24", 540, 720),
            ("2027-12-24", 780, 900),
        ]


def test_texts_are_saved_per_language(qtbot, qapp, world: World) -> None:
    with console_as(qapp, world, "desk") as console:  # staff of the Centre only
        view = sites_view(qtbot, console, "Centre")
        message = view.message.texts
        message.edits["fr"].setPlainText("Atelier CV mardi à 10h.")
        message.edits["nl"].setPlainText("CV-workshop dinsdag om 10 uur.")
        message.edits["en"].setPlainText("CV workshop on Tuesday at 10:00.")
        assert message.counts["nl"].text() == "30 / 1000 characters"
        message.tabs.setCurrentIndex(1)
        assert view.message.preview.text() == "CV-workshop dinsdag om 10 uur."
        view.charter.texts.edits["nl"].setPlainText("Respecteer de anderen.")
        view.charter.required.setCurrentIndex(view.charter.required.findData("yes"))
        assert view.tabs.tabText(Tab.MESSAGE).endswith(" *")
        view.save()
        saved(qtbot, view)
        assert text_rows(world, "Centre") == {
            ("message", "fr"): "Atelier CV mardi à 10h.",
            ("message", "nl"): "CV-workshop dinsdag om 10 uur.",
            ("message", "en"): "CV workshop on Tuesday at 10:00.",
            ("charter", "nl"): "Respecteer de anderen.",
        }
        required = world.query("SELECT charter_required FROM sites WHERE name = 'Centre'")
        assert required == [{"charter_required": 1}]
        assert hours_rows(world, "Centre") == []  # the hours were not touched

        # too long: refused before sending, the text kept
        message.edits["en"].setPlainText("x" * 1001)
        assert message.counts["en"].objectName() == "Error"
        view.tabs.setCurrentIndex(Tab.HOURS)
        view.save()
        assert view.tabs.currentIndex() == Tab.MESSAGE
        assert message.error_text == (
            "The text in English is too long: at most 1000 characters. Shorten it to save."
        )
        assert len(message.edits["en"].toPlainText()) == 1001
        assert console.tasks.wait_idle()
        assert text_rows(world, "Centre")[("message", "en")] == "CV workshop on Tuesday at 10:00."


def test_unsaved_changes_are_confirmed_before_another_site(
    qtbot, qapp, world: World, monkeypatch
) -> None:
    with console_as(qapp, world, "boss") as console:
        view = sites_view(qtbot, console, None)
        assert view.left.isVisibleTo(view)
        assert view.heading.text() == "Centre"  # the first site by name
        view.message.texts.edits["fr"].setPlainText("Fermé à midi.")
        questions = answers(monkeypatch, ConfirmDialog, False, True)
        nord = view.left.list.findItems("Nord", Qt.MatchFlag.MatchExactly)[0]
        view.left.list.setCurrentItem(nord)
        assert questions == [("The changes to Centre are not saved. Discard them and show Nord?",)]
        assert view.site_id == world.site_ids["Centre"]  # said no: still editing the Centre
        assert view.left.list.currentItem().text() == "Centre"
        assert view.message.texts.edits["fr"].toPlainText() == "Fermé à midi."

        view.left.list.setCurrentItem(nord)  # said yes: Nord is shown, nothing saved
        qtbot.waitUntil(
            lambda: view.site_id == world.site_ids["Nord"] and view.texts is not None,
            timeout=TIMEOUT_MS,
        )
        assert view.heading.text() == "Nord"
        assert view.message.texts.edits["fr"].toPlainText() == ""
        assert not view.dirty
        assert text_rows(world, "Centre") == {}

        # the toolbar too: keeping the changes keeps the site, and says so
        view.message.texts.edits["en"].setPlainText("Closed at noon.")
        answers(monkeypatch, ConfirmDialog, False)
        choose_site(console, "Centre")
        assert view.site_id == world.site_ids["Nord"]
        assert view.notice.text() == (
            "Still showing Nord, with your unsaved changes. Save or discard them to see Centre."
        )
        view.save()
        qtbot.waitUntil(
            lambda: view.site_id == world.site_ids["Centre"] and view.texts is not None,
            timeout=TIMEOUT_MS,
        )
        assert text_rows(world, "Nord") == {("message", "en"): "Closed at noon."}


def test_leaving_the_page_offers_to_save(qtbot, qapp, world: World, monkeypatch) -> None:
    with console_as(qapp, world, "boss") as console:
        view = sites_view(qtbot, console, "Nord")
        view.message.texts.edits["nl"].setPlainText("Gesloten op maandag.")
        questions = answers(monkeypatch, ConfirmDialog, True)
        console.window.show_view(0)
        qtbot.waitUntil(lambda: len(questions) == 1, timeout=TIMEOUT_MS)
        assert questions[0][0].startswith("You left unsaved changes to Nord. Save them now?")
        qtbot.waitUntil(lambda: text_rows(world, "Nord") != {}, timeout=TIMEOUT_MS)
        assert text_rows(world, "Nord") == {("message", "nl"): "Gesloten op maandag."}


def test_discard_goes_back_to_what_the_server_holds(qtbot, qapp, world: World, monkeypatch) -> None:
    with console_as(qapp, world, "boss") as console:
        view = sites_view(qtbot, console, "Nord")
        view.week.always_open.setChecked(False)
        assert view.discard_button.isEnabled()
        answers(monkeypatch, ConfirmDialog, True)
        view.discard_button.click()
        assert view.week.always_open.isChecked()
        assert not view.dirty
        assert not view.save_button.isEnabled()
