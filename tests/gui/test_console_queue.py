"""The desk's queue and bookings in the console's room, against the real server: take a number,
call it to a PC and see the tile, skip, cancel and serve; book a PC and see the tile; a refused
overlapping booking says why; the list of bookings cancels one; the Sites page's minutes."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QTime

from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.http import ApiError
from tests.helpers.clock import FakeClock
from tests.helpers.desk_world import (
    ROOM,
    TIMEOUT_MS,
    World,
    answers,
    choose_site,
    console,
    languages,
    open_console,
    open_view,
    world_fixture,
)
from ui.console.app import ConsoleProgram
from ui.console.context import error_text
from ui.console.dialogs import ConfirmDialog
from ui.console.room.bookings import BookingDialog, BookingsDialog
from ui.console.room.station_model import NOTES_ROLE, NoteKind
from ui.console.room.view import RoomView
from ui.console.sites.form import Tab
from ui.console.sites.view import SitesView

#: Tuesday 18 November 2025, 14:00 in Brussels: the queue and the bookings count from here,
#: whatever day the tests run on.
NOW = datetime(2025, 11, 18, 13, 0, tzinfo=UTC)

world = world_fixture(ROOM, clock=FakeClock(NOW))
FIXTURES = (console, languages)


def room_of(qtbot, console: ConsoleProgram) -> RoomView:
    room = open_view(qtbot, console, RoomView)
    choose_site(console, "Centre")
    qtbot.waitUntil(lambda: room.model.station("PC-03") is not None, timeout=TIMEOUT_MS)
    return room


def hold_note(room: RoomView, name: str) -> str:
    row = room.model.row_of(name)
    assert row is not None
    notes = room.model.index(row, 0).data(NOTES_ROLE)
    return next((n.text for n in notes if n.kind == NoteKind.HOLD), "")


def tickets(world: World) -> list[tuple[int, str]]:
    rows = world.query("SELECT number, state FROM queue_tickets ORDER BY number")
    return [(row["number"], row["state"]) for row in rows]


def test_take_a_number_call_skip_cancel_and_serve(qtbot, console: ConsoleProgram, world: World):
    world.sign_in("PC-01", "1001")
    world.sign_in("PC-02", "3003")
    room = room_of(qtbot, console)
    panel = room.queue
    assert panel.empty.text() == "Nobody waits. Take a number for a visitor above."

    # a name only: PC-03 is free, so number 1 is called to it at once
    panel.who_kind.setCurrentIndex(panel.who_kind.findData("name"))
    qtbot.keyClicks(panel.who, "Bob")
    qtbot.keyClick(panel.who, "\r")
    qtbot.waitUntil(lambda: panel.called.text() == "Number 1 → PC-03", timeout=TIMEOUT_MS)
    assert panel.row_texts() == [["1", "Bob", "Called to PC-03 until 14:05"]]
    assert panel.who.text() == ""
    qtbot.waitUntil(
        lambda: hold_note(room, "PC-03") == "Reserved for number 1 until 14:05", timeout=TIMEOUT_MS
    )
    assert hold_note(room, "PC-01") == ""

    # a card: nothing free now, so it waits; the card is masked as in the room
    panel.who_kind.setCurrentIndex(panel.who_kind.findData("card"))
    panel.who.setText("2100005678")
    panel.take_button.click()
    qtbot.waitUntil(lambda: len(panel.row_texts()) == 2, timeout=TIMEOUT_MS)
    number, who, state = panel.row_texts()[1]
    assert (number, who) == ("2", "••••5678")
    # the expected wait, from the sessions' time left
    assert state.startswith("Waiting · about ")

    # the same card again: the server's refusal in words
    panel.who.setText("2100005678")
    panel.take()
    qtbot.waitUntil(
        lambda: console.window.message_text == "This visitor already has number 2.",
        timeout=TIMEOUT_MS,
    )

    # called by hand while nothing is free: said, nothing changed
    assert panel.select_ticket(panel.tickets()[1].id)
    panel.call_button.click()
    qtbot.waitUntil(
        lambda: console.window.message_text == "No computer is free now.", timeout=TIMEOUT_MS
    )
    panel.skip_selected()  # alone in the line: stays waiting, at its end
    qtbot.waitUntil(
        lambda: console.window.message_text == "Number 2 goes to the end of the line.",
        timeout=TIMEOUT_MS,
    )
    assert tickets(world) == [(1, "called"), (2, "waiting")]

    # number 1 does not come: cancelled, PC-03 goes to number 2 at once
    assert panel.select_ticket(panel.tickets()[0].id)
    panel.cancel_button.click()
    qtbot.waitUntil(lambda: panel.called.text() == "Number 2 → PC-03", timeout=TIMEOUT_MS)
    qtbot.waitUntil(
        lambda: hold_note(room, "PC-03") == "Reserved for number 2 until 14:05", timeout=TIMEOUT_MS
    )
    assert tickets(world) == [(1, "cancelled"), (2, "called")]

    # served at the desk: the line is empty, the tile free of its hold
    assert panel.select_ticket(panel.tickets()[0].id)
    panel.serve_button.click()
    qtbot.waitUntil(lambda: panel.row_texts() == [], timeout=TIMEOUT_MS)
    assert not panel.called.isVisible()
    qtbot.waitUntil(lambda: hold_note(room, "PC-03") == "", timeout=TIMEOUT_MS)
    assert tickets(world) == [(1, "cancelled"), (2, "served")]


def test_calling_to_a_computer_that_is_not_free_says_so(
    qtbot, console: ConsoleProgram, world: World
):
    for station, card in (("PC-01", "1001"), ("PC-02", "3003"), ("PC-03", "2100005678")):
        world.sign_in(station, card)
    room = room_of(qtbot, console)
    panel = room.queue
    qtbot.waitUntil(lambda: room.model.station("PC-03").session_id is not None, timeout=TIMEOUT_MS)
    panel.who_kind.setCurrentIndex(panel.who_kind.findData("name"))
    panel.who.setText("Dana")
    panel.take()
    qtbot.waitUntil(
        lambda: [r[2].split(" · ")[0] for r in panel.row_texts()] == ["Waiting"], timeout=TIMEOUT_MS
    )
    panel._fill_call_to()
    assert [a.text() for a in panel.call_to_menu.actions()] == ["No computer is free now"]
    panel.call_selected("PC-02")
    qtbot.waitUntil(
        lambda: console.window.message_text == "PC-02 is not free now.", timeout=TIMEOUT_MS
    )
    assert tickets(world) == [(1, "waiting")]


def test_book_a_computer_and_see_the_tile_then_a_refused_overlap(
    qtbot, console: ConsoleProgram, world: World, monkeypatch: pytest.MonkeyPatch
):
    room = room_of(qtbot, console)
    assert room.select_station("PC-02")
    assert room.book_action.isEnabled()
    dialog = room.book_selected()
    assert isinstance(dialog, BookingDialog)
    qtbot.waitUntil(lambda: dialog.settings is not None, timeout=TIMEOUT_MS)
    assert dialog.station.currentData() == "PC-02"
    assert "waits 10 min after the start" in dialog.note.text()
    dialog.card.setText("1001")
    dialog.starts.setTime(QTime(15, 0))
    dialog.ends.setTime(QTime(16, 0))
    dialog.send()
    qtbot.waitUntil(lambda: dialog.booking is not None, timeout=TIMEOUT_MS)
    [hold] = world.query("SELECT starts_at, ends_at, kind, state FROM station_holds")
    assert (hold["starts_at"], hold["ends_at"]) == (
        "2025-11-18T14:00:00.000000+00:00",
        "2025-11-18T15:00:00.000000+00:00",
    )
    qtbot.waitUntil(
        lambda: hold_note(room, "PC-02") == "Reserved for a visitor 15:00 – 16:00",
        timeout=TIMEOUT_MS,
    )

    # another visitor on the same PC at an overlapping time: refused, said, values kept
    other = room.book_selected()
    assert isinstance(other, BookingDialog)
    other.card.setText("3003")
    other.starts.setTime(QTime(15, 30))
    other.ends.setTime(QTime(16, 30))
    other.send()
    qtbot.waitUntil(lambda: other.error_text != "", timeout=TIMEOUT_MS)
    assert other.error_text == "PC-02 is already reserved on 18 November from 15:00 to 16:00."
    assert other.isVisible() and other.card.text() == "3003"
    assert len(world.query("SELECT id FROM station_holds")) == 1
    other.reject()

    # a group on two PCs, chosen, with a code made up
    group = room.book_group()
    assert isinstance(group, BookingDialog) and group.group
    group.label_edit.setText("Classe 5B")
    group.by_count.setChecked(True)
    group.count.setValue(2)
    group.new_code.setChecked(True)
    group.starts.setTime(QTime(16, 0))
    group.ends.setTime(QTime(17, 0))
    group.send()
    qtbot.waitUntil(lambda: group.booking is not None, timeout=TIMEOUT_MS)
    assert len(group.booking.holds) == 2 and group.booking.holds[0].code

    # the list: today's bookings, and cancel one after confirming
    bookings = room.show_bookings()
    assert isinstance(bookings, BookingsDialog)
    qtbot.waitUntil(lambda: bookings.loaded, timeout=TIMEOUT_MS)
    rows = bookings.row_texts()
    assert rows[0][1:5] == ["15:00 – 16:00", "PC-02", "Visitor", "••••01"]
    assert [r[4].startswith("Classe 5B (code ") for r in rows[1:]] == [True, True]
    asked = answers(monkeypatch, ConfirmDialog, True)
    assert bookings.select_station("PC-02")
    bookings.cancel_selected()
    assert (
        asked[0][0] == "Cancel the booking of PC-02, 15:00 – 16:00? The computers are free again."
    )
    qtbot.waitUntil(lambda: len(bookings.row_texts()) == 2, timeout=TIMEOUT_MS)
    qtbot.waitUntil(
        lambda: (
            hold_note(room, "PC-02").startswith("Reserved: « Classe 5B »")
            or hold_note(room, "PC-02") == ""
        ),
        timeout=TIMEOUT_MS,
    )
    bookings.reject()


def test_refusals_name_the_hours_and_the_times(qapp) -> None:
    closed = ApiError(
        ErrorCode.HOLD_OUTSIDE_HOURS, "x", 403, {"reason": "closed_day", "date": "2025-11-23"}
    )
    assert error_text(closed) == "The site is closed on 23 November 2025."
    outside = ApiError(
        ErrorCode.HOLD_OUTSIDE_HOURS,
        "x",
        403,
        {"reason": "outside_hours", "date": "2025-11-18", "hours": ["09:00-12:00", "13:00-17:30"]},
    )
    assert error_text(outside) == (
        "On 18 November 2025 the site is open 9:00 – 12:00, 13:00 – 17:30: book within these hours."
    )
    past = ApiError(ErrorCode.HOLD_BAD_TIME, "x", 400, {"reason": "the hold starts in the past"})
    assert error_text(past) == "This time is already past: choose a later one."
    closed_ticket = ApiError(ErrorCode.TICKET_CLOSED, "x", 409, {"number": 4, "state": "served"})
    assert error_text(closed_ticket) == "Number 4 is no longer in line."
    few = ApiError(ErrorCode.NO_FREE_STATION, "x", 409, {"wanted": 3, "free": 1})
    assert error_text(few) == "Not enough free computers then: 3 asked for, 1 free."


def test_the_sites_page_saves_the_minutes_of_bookings_and_the_queue(
    qtbot, console: ConsoleProgram, world: World
):
    view = open_view(qtbot, console, SitesView)
    choose_site(console, "Centre")
    qtbot.waitUntil(lambda: view.holds is not None, timeout=TIMEOUT_MS)
    editor = view.form.holds_editor
    assert view.form.isTabEnabled(Tab.HOLDS)
    assert (editor.claim.value(), editor.queue.value()) == (10, 5)
    editor.claim.setValue(20)
    editor.queue.setValue(8)
    assert view.dirty and view.form.tabText(Tab.HOLDS).endswith(" *")
    view.save()
    qtbot.waitUntil(lambda: not view.dirty, timeout=TIMEOUT_MS)
    [row] = world.query(
        "SELECT hold_claim_minutes, queue_hold_minutes FROM sites WHERE name = 'Centre'"
    )
    assert (row["hold_claim_minutes"], row["queue_hold_minutes"]) == (20, 8)


def test_the_room_with_its_queue_and_bookings_fits_1280_pixels_in_each_language(
    qtbot, qapp, world: World
):
    from ui.i18n import Languages

    languages = Languages(qapp)
    program = open_console(qapp, world, "desk", languages)
    try:
        window = program.window
        room = open_view(qtbot, program, RoomView)
        for code in ("fr", "nl", "en"):
            window.set_language(code)
            assert window.minimumSizeHint().width() <= 1280, code
            assert room.bookings_button.isVisibleTo(room)
    finally:
        program.close()
        languages.close()
