""" "Call the desk" on the kiosk, against the real server and an in-process agent: the lock
screen's and the session bar's button, what the visitor reads, and the console's model of the
room lighting up and clearing when staff answer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from admin.client.staff_client import StaffClient
from kiosk.protocol.commands import CommandKind, CommandRequest
from kiosk.protocol.enums import DeskCallState
from tests.helpers.contrast import text_contrast
from tests.helpers.kiosk_gui import NO_PIN, STAFF_PASSWORD, STATION, KioskProgram, Server, sign_in
from ui.console.room.commands import CommandTracker
from ui.console.room.station_model import DESK_CALL_ROLE, StationTableModel
from ui.kiosk.lock_screen import LockScreen
from ui.theme import TEXT_SIZES

TIMEOUT_MS = 5000


def calls(server: Server) -> list[dict]:
    return server.store.read(lambda db: list(db.query("SELECT * FROM desk_calls")))


def test_a_call_from_the_lock_screen_lights_the_console_and_its_answer_reaches_the_visitor(
    qtbot, kiosk: KioskProgram, server: Server
) -> None:
    lock = kiosk.lock_screen
    qtbot.waitUntil(lock.isVisible)
    assert lock.desk_button.text() == "Appeler l'accueil"
    assert not lock.desk_status.isVisible()
    lock.identifier_edit.setFocus()
    qtbot.mouseClick(lock.desk_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: lock.desk_status.isVisible())
    assert lock.desk_status.text() == "L'accueil est prévenu. Quelqu'un va venir vous aider."
    assert lock.desk_button.text() == "Annuler mon appel"
    assert lock.identifier_edit.hasFocus()  # the next card scan still goes to the card field
    qtbot.waitUntil(lambda: len(calls(server)) == 1, timeout=TIMEOUT_MS)

    # the console's model of the room, fed by the real server
    model = StationTableModel(tracker=CommandTracker(), tick_ms=60_000)
    with StaffClient(server.url) as staff:
        staff.login("accueil", STAFF_PASSWORD)
        model.set_stations(staff.stations().stations)
        assert model.index(0, 0).data(DESK_CALL_ROLE) == 0
        staff.post_command(STATION, CommandRequest(kind=CommandKind.ANSWER_CALL))
        model.set_stations(staff.stations().stations)
        assert model.index(0, 0).data(DESK_CALL_ROLE) is None
    model.countdown_timer.stop()
    qtbot.waitUntil(lambda: kiosk.agent.desk_call == DeskCallState.ANSWERED, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: lock.desk_status.text() == "Quelqu'un de l'accueil arrive.")
    assert lock.desk_button.text() == "Appeler l'accueil"  # another call may be made
    assert calls(server) == []


def test_the_session_bar_calls_and_cancels_and_a_sign_in_clears_a_lock_screen_call(
    qtbot, kiosk: KioskProgram, server: Server
) -> None:
    lock, bar = kiosk.lock_screen, kiosk.session_bar
    qtbot.mouseClick(lock.desk_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(calls(server)) == 1, timeout=TIMEOUT_MS)
    sign_in(qtbot, kiosk, NO_PIN)
    qtbot.waitUntil(bar.isVisible)
    # the visitor got in: the call from the lock screen is over, here and at the desk
    qtbot.waitUntil(lambda: calls(server) == [], timeout=TIMEOUT_MS)
    assert bar.desk_button.text() == "Aide"

    qtbot.mouseClick(bar.desk_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bar.desk_button.text() == "Annuler l'appel")
    assert bar.note.text() == "L'accueil est prévenu. Quelqu'un va venir vous aider."
    qtbot.waitUntil(lambda: len(calls(server)) == 1, timeout=TIMEOUT_MS)
    assert calls(server)[0]["session_id"] == kiosk.agent.view().session_id
    qtbot.mouseClick(bar.desk_button, Qt.MouseButton.LeftButton)  # "Cancel my call"
    qtbot.waitUntil(lambda: bar.desk_button.text() == "Aide")
    qtbot.waitUntil(lambda: calls(server) == [], timeout=TIMEOUT_MS)


@pytest.mark.parametrize("contrast", [False, True])
@pytest.mark.parametrize("text_size", TEXT_SIZES)
def test_the_call_sentence_reads_on_the_lock_screen(
    qtbot, text_size: float, contrast: bool
) -> None:
    lock = LockScreen()
    qtbot.addWidget(lock)
    lock.apply_look(text_size, contrast, 1.0)
    lock.resize(1280, 800)
    lock.set_desk_call(DeskCallState.WAITING)
    lock.show()
    qtbot.waitExposed(lock)
    status = lock.desk_status
    assert status.isVisible()
    assert status.heightForWidth(status.width()) <= status.height()  # whole, not cut
    assert text_contrast(lock, status) >= 4.5


def test_the_lock_screen_bottom_row_is_arranged_again_when_the_call_button_changes_its_words(
    qtbot, kiosk: KioskProgram
) -> None:
    """Dutch, large text: "Mijn oproep annuleren" is longer than "Balie roepen"; the reading
    aids, the call and "Staff" then go on two rows rather than cutting "Tekstgrootte"."""
    from ui.theme import LARGE_TEXT_FACTOR

    lock = kiosk.lock_screen
    qtbot.waitUntil(lock.isVisible)
    kiosk.controller.set_language("nl")
    kiosk.controller.windows.apply_look(LARGE_TEXT_FACTOR, False)
    lock.resize(1280, 800)
    kiosk.controller.desk_call.show(DeskCallState.WAITING)  # what the station reports
    qtbot.waitUntil(lambda: lock.desk_button.text() == "Mijn oproep annuleren")
    row = (lock.text_size_switch, lock.contrast_button, lock.desk_button, lock.staff_button)
    qtbot.waitUntil(
        lambda: (
            all(w.width() >= w.minimumSizeHint().width() for w in row)
            and all(w.width() >= w.sizeHint().width() for w in row)
        )
    )
