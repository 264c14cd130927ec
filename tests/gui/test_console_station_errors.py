"""The errors a station forwards reach the console: a mark on its tile with how many arrived
lately, in the staff's language, and a dialog that lists them (or says why it cannot), against
the real server, on the frozen site clock."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.protocol.http import ServerUnreachable
from kiosk.protocol.room import StationState, StationStatus
from kiosk.protocol.station import SiteInfo
from kiosk.protocol.station_errors import ErrorReport, ErrorReportBatch
from tests.gui.test_console_alerts import notes_of, room_of, tile_image
from tests.helpers.desk_world import (
    ROOM,
    TIMEOUT_MS,
    World,
    console,
    languages,
    page_context,
    world_fixture,
)
from ui.console.app import ConsoleProgram
from ui.console.context import error_text
from ui.console.room.errors_dialog import StationErrorsDialog
from ui.console.room.station_model import NOTES_ROLE, Column, NoteKind, StationTableModel
from ui.console.room.tiles import TilesView
from ui.formats import format_day, format_time, site_moment
from ui.i18n import Languages

world = world_fixture(ROOM)
#: The shared fixtures (tests/helpers/desk_world.py), used by name below.
FIXTURES = (console, languages)
#: Set to a folder to keep the screenshots (the tile's mark, the dialog, in each language).
SCREENSHOT_VARIABLE = "EPN_STATION_ERRORS_SCREENSHOTS"
MESSAGES = ("cleanup failed for card ***", "screen crashed: exit code 1")


@pytest.fixture
def langs(qapp: Any) -> Iterator[Languages]:
    """The real catalogues, French first."""
    app = QApplication.instance()
    assert app is not None
    installed = Languages(app, "fr")
    yield installed
    installed.close()


def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get(SCREENSHOT_VARIABLE) or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def report_errors(world: World, station: str, counts: tuple[int, ...] = (3, 1)) -> None:
    """The station forwards one report per message, each seen ``count`` times."""
    reports = [
        ErrorReport(
            report_id=f"{station}-report-{n:03d}",
            at=world.clock().isoformat(),
            level="ERROR",
            logger="epn.kiosk.cleanup",
            message=MESSAGES[n % len(MESSAGES)],
            count=count,
        )
        for n, count in enumerate(counts)
    ]
    client = world.station(station)
    try:
        client.post_error_reports(ErrorReportBatch(reports=reports))
    finally:
        client.close()


def rows(dialog: StationErrorsDialog) -> list[tuple[str, ...]]:
    table = dialog.table
    return [
        tuple(table.item(row, column).text() for column in range(table.columnCount()))
        for row in range(table.rowCount())
    ]


def test_a_station_with_recent_errors_shows_how_many_on_its_tile(
    qtbot: Any, console: ConsoleProgram, world: World, langs: Languages, tmp_path: Path
) -> None:
    room = room_of(console, qtbot)
    room.show_list(False)
    console.window.resize(1100, 760)
    console.window.show()
    assert notes_of(room, "PC-01") == []

    report_errors(world, "PC-01")  # the server wakes the room's long-poll: no refresh needed
    qtbot.waitUntil(lambda: notes_of(room, "PC-01") != [], timeout=TIMEOUT_MS)
    assert notes_of(room, "PC-01") == [(NoteKind.STATION_ERRORS, "2 erreurs récentes")]
    assert notes_of(room, "PC-02") == []
    folder = shots(tmp_path)
    for language, words in (
        ("fr", "2 erreurs récentes"),
        ("nl", "2 recente fouten"),
        ("en", "2 recent errors"),
    ):
        langs.set_language(language)
        assert notes_of(room, "PC-01") == [(NoteKind.STATION_ERRORS, words)]
        row = room.model.row_of("PC-01") or 0
        # the tooltip (the whole tile in a sentence) and the list's notes column say it too
        assert words in room.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
        assert room.model.index(row, Column.NOTES).data() == words
        assert tile_image(room, "PC-01").save(str(folder / f"station-errors-tile-{language}.png"))
    # the dialog as the room opens it: inside the console, with its style sheets
    status = room.model.station("PC-01")
    assert status is not None
    dialog = StationErrorsDialog(room.context, status, room)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=TIMEOUT_MS)
    assert len(rows(dialog)) == 2
    for language in ("fr", "nl", "en"):
        langs.set_language(language)
        dialog.resize(720, 300)
        assert dialog.grab().save(str(folder / f"station-errors-dialog-{language}.png"))
    dialog.close()
    dialog.deleteLater()

    # a single one is written in the singular
    report_errors(world, "PC-02", counts=(5,))
    qtbot.waitUntil(lambda: notes_of(room, "PC-02") != [], timeout=TIMEOUT_MS)
    assert notes_of(room, "PC-02") == [(NoteKind.STATION_ERRORS, "1 recent error")]


def station(name: str = "PC-01", recent_errors: int = 0) -> StationStatus:
    return StationStatus(
        id=1,
        name=name,
        site=SiteInfo(id=1, name="Centre"),
        state=StationState.FREE,
        recent_errors=recent_errors,
    )


def test_the_mark_goes_when_no_error_is_recent_any_more(qtbot: Any) -> None:
    model = StationTableModel()
    view = TilesView()
    qtbot.addWidget(view)
    view.setModel(model)
    model.set_stations([station(recent_errors=3)])
    notes = model.index(0, 0).data(NOTES_ROLE)
    assert [(n.kind, n.text) for n in notes] == [(NoteKind.STATION_ERRORS, "3 recent errors")]
    model.set_stations([station(recent_errors=0)])  # the next snapshot: none in the window
    assert model.index(0, 0).data(NOTES_ROLE) == []
    assert "recent error" not in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)


@pytest.fixture
def desk(world: World) -> Iterator[Any]:
    with page_context(world, "desk", with_sites=True) as context:
        yield context


def open_dialog(qtbot: Any, context: Any, name: str = "PC-01") -> StationErrorsDialog:
    status = next(s for s in context.client.stations().stations if s.name == name)
    dialog = StationErrorsDialog(context, status)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.loading, timeout=TIMEOUT_MS)
    return dialog


def test_the_dialog_lists_the_stations_errors_in_the_sites_time(
    qtbot: Any, world: World, desk: Any, langs: Languages
) -> None:
    report_errors(world, "PC-01")
    [site] = [s for s in desk.sites if s.name == "Centre"]
    dialog = open_dialog(qtbot, desk)
    assert dialog.loaded and dialog.status.text() == ""
    received = site_moment(world.clock().isoformat(), site.timezone)
    assert received is not None
    when = f"{format_day(received)} {format_time(received)}"
    # newest first: the second report was written last (same instant: by its row)
    assert rows(dialog) == [
        (when, "Erreur", MESSAGES[1], "1"),
        (when, "Erreur", MESSAGES[0], "3"),
    ]
    assert dialog.windowTitle() == "Erreurs de PC-01"
    langs.set_language("nl")
    assert dialog.windowTitle() == "Fouten van PC-01"
    assert dialog.table.horizontalHeaderItem(3).text() == "Keer"
    assert dialog.close_button.text() == "Sluiten"
    assert dialog.table.item(0, 1).text() == "Fout"  # the level is translated too

    empty = open_dialog(qtbot, desk, "PC-02")
    assert rows(empty) == []
    assert empty.empty.text() == "Deze computer heeft geen fouten gemeld."


def test_the_dialog_says_when_the_errors_cannot_be_loaded(
    qtbot: Any, world: World, desk: Any, langs: Languages, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unreachable(name: str) -> None:
        raise ServerUnreachable("connection refused")

    monkeypatch.setattr(desk.client, "station_errors", unreachable)
    dialog = open_dialog(qtbot, desk)
    assert dialog.failed and rows(dialog) == []
    reason = error_text(ServerUnreachable("connection refused"))
    assert dialog.status.text() == f"Impossible de charger les erreurs : {reason}"
    assert dialog.empty.text() == "Rien à afficher."
    assert dialog.refresh_button.isEnabled()  # the member can try again


def test_the_room_opens_the_dialog_for_the_selected_station(
    qtbot: Any, console: ConsoleProgram, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        StationErrorsDialog,
        "open_for",
        classmethod(lambda cls, context, status, parent: opened.append(status.name)),
    )
    room = room_of(console, qtbot)
    assert not room.errors_action.isEnabled()  # nothing selected
    assert room.select_station("PC-01")
    assert room.select_station("PC-02", add=True)
    assert not room.errors_action.isEnabled()  # one computer at a time
    assert room.select_station("PC-02")
    assert room.errors_action.isEnabled()
    menu = room.context_menu()
    assert room.errors_action in menu.actions()
    assert room.errors_action in room.more_menu.actions()
    assert room.errors_action.text() == "Show errors…"
    room.errors_action.trigger()
    assert opened == ["PC-02"]
    menu.deleteLater()
