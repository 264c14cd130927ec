"""The console's Statistics page against the real server: the figures, charts and tables shown,
the period switch, the site scope, the CSV written, and the message when the server is down."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget

from tests.helpers.clock import FakeClock
from tests.helpers.csv_cells import DANGEROUS, assert_neutralised, read
from tests.helpers.desk_world import (
    TIMEOUT_MS,
    Seed,
    Staff,
    Visitor,
    World,
    add_session,
    page_context,
    world_of,
)
from ui.console.context import ConsoleContext
from ui.console.dialogs import FileDialog
from ui.console.stats.view import StatsView

#: Wednesday 28 October 2026, 15:00 in Brussels (CET).
NOW = datetime(2026, 10, 28, 14, 0, tzinfo=UTC)


#: Two sites, a staff member of the Centre, an adult and a senior.
STATS = Seed(
    sites=("Centre", "Nord"),
    stations=(("PC-01", "Centre"), ("PC-02", "Centre"), ("PC-09", "Nord")),
    staff=(Staff("desk", sites=("Centre",)),),
    visitors=(Visitor("1001", category="adult"), Visitor("1002", category="senior")),
)


def add_sessions(world: World) -> None:
    """Known sessions this week and this month."""
    db = world.db
    adult, senior = world.visitor_ids["1001"], world.visitor_ids["1002"]
    world.execute("UPDATE visitors SET age_band = '70+' WHERE id = ?", [senior])
    # today, Wednesday: 09:30-10:45 and 10:00-11:00 local
    add_session(db, "PC-01", adult, "2026-10-28T08:30", "2026-10-28T09:45", 4320)
    add_session(db, "PC-02", senior, "2026-10-28T09:00", "2026-10-28T10:00", 3600)
    # Monday 14:00-14:30 local: this week
    add_session(db, "PC-01", senior, "2026-10-26T13:00", "2026-10-26T13:30", 1800)
    # 5 October: this month only
    add_session(db, "PC-02", adult, "2026-10-05T12:00", "2026-10-05T14:00", 7200)
    # at the Nord, which the staff member does not see
    add_session(db, "PC-09", adult, "2026-10-28T08:00", "2026-10-28T09:00", 3600)


@contextmanager
def stats_view(world: World) -> Iterator[tuple[StatsView, ConsoleContext]]:
    with page_context(world, "desk", with_sites=True) as context:
        view = StatsView(context)
        view.resize(1100, 1300)
        yield view, context
        view.close()


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    with world_of(tmp_path, STATS, prepare=add_sessions, clock=FakeClock(NOW)) as running:
        yield running


@pytest.fixture
def shown(qtbot, world: World) -> Iterator[tuple[StatsView, ConsoleContext]]:
    with stats_view(world) as (view, context):
        qtbot.addWidget(view)
        view.show()
        qtbot.waitUntil(lambda: view.report is not None, timeout=TIMEOUT_MS)
        yield view, context


def card(view: StatsView, name: str) -> str:
    return view.cards[name].value.text()


def table(widget: QTableWidget) -> list[list[str]]:
    return [
        [widget.item(row, column).text() for column in range(widget.columnCount())]
        for row in range(widget.rowCount())
    ]


def switch(qtbot, view: StatsView, period: str) -> None:
    qtbot.mouseClick(view.period_buttons[period], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: view.report is not None and view.report.period == period and not view.loading,
        timeout=TIMEOUT_MS,
    )


def test_today_at_the_members_sites(shown: tuple[StatsView, ConsoleContext]) -> None:
    view, _ = shown
    assert view.title() == "Statistics"
    assert view.period_buttons["today"].isChecked()
    assert (card(view, "sessions"), card(view, "hours"), card(view, "visitors")) == (
        "2",
        "2.2",  # hours in the one form the tables use too (not "2 h 12" next to "1.2")
        "2",
    )
    # 8100 s in use (the spans) of 2 stations x 15 hours offered so far today
    assert card(view, "occupancy") == "8 %"
    assert view.scope_label.text() == "All my sites · 28/10/2026"
    assert table(view.category_table) == [["Adult", "1", "1.2", "1"], ["Senior", "1", "1.0", "1"]]
    assert table(view.age_table) == [["70+", "1", "1.0", "1"], ["Not given", "1", "1.2", "1"]]
    assert table(view.site_table) == [["Centre", "2", "2.2", "2"]]
    assert view.hour_chart.values[9:12] == [1800, 2700 + 3600, 0]
    assert view.hour_chart.capacity[9] == 2 * 3600 and view.hour_chart.capacity[20] == 0
    assert view.heat_map.values[2][10] == 6300
    assert view.heat_map.rate(2, 10) == pytest.approx(6300 / 7200)
    assert "10:00" in view.hour_chart.accessibleDescription()
    assert "Wed 10:00, 88 %" in view.heat_map.accessibleDescription()
    assert view.export_button.isEnabled()
    assert not view.message.isVisible()


def test_the_period_switch(qtbot, shown: tuple[StatsView, ConsoleContext]) -> None:
    view, _ = shown
    switch(qtbot, view, "week")
    assert view.period_buttons["week"].isChecked()
    assert (card(view, "sessions"), card(view, "hours")) == ("3", "2.7")
    assert view.scope_label.text() == "All my sites · 26/10/2026 to 01/11/2026"
    assert view.heat_map.values[0][14] == 1800
    switch(qtbot, view, "month")
    assert (card(view, "sessions"), card(view, "hours")) == ("4", "4.7")
    assert view.heat_map.values[0][14] == 1800 + 3600  # 5 October, a Monday, 14:00-15:00
    switch(qtbot, view, "today")
    assert card(view, "sessions") == "2"


def test_the_site_chosen_in_the_toolbar(qtbot, shown: tuple[StatsView, ConsoleContext]) -> None:
    view, context = shown
    centre = next(site.id for site in context.sites if site.name == "Centre")
    context.set_site(centre)
    qtbot.waitUntil(
        lambda: view.report is not None and view.report.site_id == centre, timeout=TIMEOUT_MS
    )
    assert view.scope_label.text().startswith("Centre · ")
    assert not view.site_table.isVisible()  # one site: no table by site


def test_the_csv_export(qtbot, shown, tmp_path: Path, monkeypatch) -> None:
    view, context = shown
    switch(qtbot, view, "week")
    target = tmp_path / "export.csv"
    asked: list[str] = []

    def ask_save(cls, parent, title, name, filter):
        asked.append(name)
        return str(target)

    monkeypatch.setattr(FileDialog, "ask_save", classmethod(ask_save))
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert asked == ["epn-stats-2026-10-26-2026-11-01.csv"]
    text = target.read_bytes().decode("utf-8")
    assert text.startswith("\ufeff")  # the BOM Excel needs to read UTF-8
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    assert list(rows[0]) == [
        "period",
        "start",
        "end",
        "site",
        "section",
        "key",
        "sessions",
        "seconds",
        "hours",
        "visitors",
        "stations",
        "occupied_seconds",
        "capacity_seconds",
    ]
    total = rows[0]
    assert (total["section"], total["sessions"], total["seconds"], total["visitors"]) == (
        "total",
        "3",
        "9720",
        "2",
    )
    by = {(r["section"], r["key"]): r for r in rows}
    assert by[("category", "senior")]["seconds"] == "5400"
    assert by[("hour", "10")]["occupied_seconds"] == "6300"
    assert by[("weekday_hour", "mon-14")]["occupied_seconds"] == "1800"
    assert len([r for r in rows if r["section"] == "weekday_hour"]) == 168
    assert str(target) in context.message()


def test_a_stopped_server_is_said_plainly(
    qtbot, world: World, shown: tuple[StatsView, ConsoleContext]
) -> None:
    view, _ = shown
    world.stop_server()
    qtbot.mouseClick(view.period_buttons["week"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.loading, timeout=TIMEOUT_MS)
    assert view.message.isVisible()
    assert "cannot be reached" in view.message.text()
    assert view.report is None
    assert card(view, "sessions") == "–"
    assert not view.export_button.isEnabled()
    assert view.hour_chart.values == [0] * 24


def test_a_refusal_is_said_plainly(qtbot, shown: tuple[StatsView, ConsoleContext]) -> None:
    view, context = shown
    context.set_site(2)  # the Nord: not one of the member's sites (the toolbar never offers it)
    qtbot.waitUntil(lambda: view.message.isVisible() and not view.loading, timeout=TIMEOUT_MS)
    assert view.message.text() == "You may not do this at this site."
    assert view.report is None and card(view, "hours") == "–"
    context.set_site(None)
    qtbot.waitUntil(lambda: view.report is not None, timeout=TIMEOUT_MS)
    assert not view.message.isVisible()
    assert card(view, "sessions") == "2"


def test_the_charts_say_what_they_show(shown: tuple[StatsView, ConsoleContext]) -> None:
    view, _ = shown
    assert view.hour_chart.hour_text(10) == (
        "10:00 to 11:00: 1.8 station-hours in use (88 % of the time offered)"
    )
    assert view.heat_map.cell_text(3, 10) == (
        "Thu 10:00: 0 station-hours in use (closed or still to come)"
    )
    assert view.heat_map.accessibleName() == "Heat map: occupancy by weekday and hour"
    view.retranslate()  # a language switch keeps the figures
    assert card(view, "sessions") == "2"


def test_the_csv_export_neutralises_formulas(
    qtbot, shown, world: World, tmp_path: Path, monkeypatch
) -> None:
    view, _ = shown
    adult, senior = world.visitor_ids["1001"], world.visitor_ids["1002"]
    world.execute("UPDATE sites SET name = ? WHERE name = 'Centre'", [DANGEROUS[0]])
    for visitor, category, band in (
        (adult, DANGEROUS[1], DANGEROUS[2]),
        (senior, DANGEROUS[3], DANGEROUS[4]),
    ):
        world.execute(
            "UPDATE visitors SET category = ?, age_band = ? WHERE id = ?", [category, band, visitor]
        )
    switch(qtbot, view, "week")
    qtbot.waitUntil(
        lambda: view.report is not None and view.report.by_category[0].key in DANGEROUS,
        timeout=TIMEOUT_MS,
    )
    target = tmp_path / "export.csv"
    monkeypatch.setattr(FileDialog, "ask_save", classmethod(lambda cls, *a: str(target)))
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    rows = read(target.read_bytes().decode("utf-8-sig"), ";")
    assert_neutralised(rows, DANGEROUS[:5])


def test_a_closed_language_gives_the_number_format_back(qapp) -> None:
    """A program that switched to French must not leave "1,2" to the next one (shared app)."""
    from PySide6.QtCore import QLocale

    from ui.i18n import Languages

    before = QLocale().name()
    langs = Languages(qapp, "fr")
    assert QLocale().toString(1.5, "f", 1) == "1,5"
    langs.close()
    assert QLocale().name() == before


def test_age_bands_read_youngest_first_whatever_their_counts() -> None:
    from kiosk.protocol.reports import StatsBreakdown
    from ui.console.stats.view import by_age

    rows = [
        StatsBreakdown(key=key, sessions=n, seconds=0, visitors=n)
        for key, n in [("25-39", 9), (None, 7), ("70+", 5), ("0-11", 1), ("18-24", 3)]
    ]
    assert [row.key for row in by_age(rows)] == ["0-11", "18-24", "25-39", "70+", None]


def test_the_charts_say_the_hour_as_each_language_writes_it(
    shown: tuple[StatsView, ConsoleContext], languages
) -> None:
    view, _ = shown
    expected = {"fr": "De 9 h à 10 h", "nl": "Van 9.00 tot 10.00 uur", "en": "9:00 to 10:00"}
    for language, start in expected.items():
        languages.set_language(language)
        assert view.hour_chart.hour_text(9).startswith(start)
        assert " 09" not in view.heat_map.cell_text(0, 9)
