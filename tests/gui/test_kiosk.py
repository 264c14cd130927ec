"""The kiosk screens against a real server: sign-in, refusals, languages, staff actions."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from admin.api.serving import free_port
from admin.client.staff_client import StaffClient
from tests.helpers.clock import FakeClock
from tests.helpers.kiosk_gui import (
    BLOCKED,
    NO_PIN,
    PIN,
    SITE,
    STAFF_PASSWORD,
    STATION,
    WITH_PIN,
    Server,
    session_row,
    sign_in,
    start_kiosk,
    type_pin,
)
from ui.i18n import Languages
from ui.kiosk.app import KioskProgram
from ui.kiosk.session_bar import ConfirmEndDialog

NOT_RECOGNISED = "Numéro de carte ou code PIN non reconnu."


def test_lock_screen_is_french_with_the_card_field_focused(qtbot, kiosk: KioskProgram) -> None:
    lock = kiosk.lock_screen
    assert lock.isVisible()
    assert lock.title.text() == "Bienvenue"
    assert lock.submit_button.text() == "Se connecter"
    assert lock.station_line.text() == f"Ordinateur {STATION}"
    assert lock.brand.text() == SITE
    assert not lock.pin_edit.isVisible()
    qtbot.waitUntil(lock.identifier_edit.hasFocus)


def test_sign_in_without_pin_shows_the_session_bar(
    qtbot, kiosk: KioskProgram, server: Server
) -> None:
    sign_in(qtbot, kiosk, NO_PIN)
    bar = kiosk.session_bar
    qtbot.waitUntil(bar.isVisible)
    assert not kiosk.lock_screen.isVisible()
    assert "Fatima" in bar.greeting.full_text
    # The default policy grants 60 minutes: the countdown says "1 h", then "59 min", in words
    # a visitor cannot take for a time of day
    assert bar.countdown.text() in ("1 h", "59 min")
    row = session_row(server.store)
    assert row["state"] == "active"


def test_pin_is_asked_and_a_wrong_pin_is_explained(qtbot, kiosk: KioskProgram) -> None:
    lock = kiosk.lock_screen
    sign_in(qtbot, kiosk, WITH_PIN)
    qtbot.waitUntil(lock.pin_edit.isVisible)
    assert lock.hint.text() == "Tapez le code PIN de cette carte, puis appuyez sur Entrée."
    assert lock.message_text == ""  # the prompt is the step's own, not a message
    qtbot.waitUntil(lock.pin_edit.hasFocus)
    type_pin(qtbot, kiosk, "9999")
    qtbot.waitUntil(lambda: lock.message_text.startswith(NOT_RECOGNISED))
    assert lock.identifier_edit.text() == WITH_PIN  # nothing to retype
    assert lock.pin_edit.text() == ""
    type_pin(qtbot, kiosk, PIN)
    qtbot.waitUntil(kiosk.session_bar.isVisible)
    assert "Jan" in kiosk.session_bar.greeting.full_text


@pytest.mark.parametrize(
    ("identifier", "expected"),
    [
        (BLOCKED, "Votre carte est bloquée."),
        ("", "Tapez ou scannez d'abord votre numéro de carte."),
    ],
)
def test_refusals_are_sentences_in_the_visitors_language(
    qtbot, kiosk: KioskProgram, identifier: str, expected: str
) -> None:
    sign_in(qtbot, kiosk, identifier)
    qtbot.waitUntil(lambda: kiosk.lock_screen.message_text.startswith(expected))
    assert kiosk.lock_screen.isVisible()
    assert not kiosk.session_bar.isVisible()


def test_a_refusal_after_the_right_pin_goes_back_to_the_card_step(
    qtbot, kiosk: KioskProgram, server: Server
) -> None:
    """A card refused once its PIN was right (here: blocked) is done with: the screen goes back
    to the card, so that the next person's card is not taken for this one's PIN (a wrong try
    counted on the refused card)."""
    server.store.write(
        lambda db: db.execute("UPDATE visitors SET enabled = 0 WHERE identifier = ?", [WITH_PIN])
    )
    lock = kiosk.lock_screen
    sign_in(qtbot, kiosk, WITH_PIN)
    qtbot.waitUntil(lock.pin_edit.isVisible)
    type_pin(qtbot, kiosk, PIN)
    qtbot.waitUntil(lambda: lock.message_text.startswith("Votre carte est bloquée"))
    assert not lock.pin_edit.isVisible()
    assert lock.identifier_edit.text() == "" and lock.identifier_edit.hasFocus()
    sign_in(qtbot, kiosk, NO_PIN)  # the next person: a card, not a PIN
    qtbot.waitUntil(kiosk.session_bar.isVisible)


def test_an_unknown_card_is_asked_for_a_pin_then_not_recognised(qtbot, kiosk: KioskProgram) -> None:
    """The server answers an unknown card like one with a PIN: the screen asks for the PIN,
    then says "not recognised", as for a wrong PIN (before: "we do not know this card")."""
    lock = kiosk.lock_screen
    sign_in(qtbot, kiosk, "9999999999")
    qtbot.waitUntil(lock.pin_edit.isVisible)
    assert lock.hint.text() == "Tapez le code PIN de cette carte, puis appuyez sur Entrée."
    assert lock.message_text == ""  # the prompt is the step's own, not a message
    qtbot.waitUntil(lock.pin_edit.hasFocus)
    type_pin(qtbot, kiosk, "1234")
    qtbot.waitUntil(lambda: lock.message_text.startswith(NOT_RECOGNISED))
    assert lock.identifier_edit.text() == "9999999999"  # to check, or to go back and retype
    assert lock.back_button.isVisible()
    assert not kiosk.session_bar.isVisible()


def test_language_switch_changes_every_text_at_once(qtbot, kiosk: KioskProgram) -> None:
    lock = kiosk.lock_screen
    sign_in(qtbot, kiosk, "9999999999")
    qtbot.waitUntil(lock.pin_edit.isVisible)
    qtbot.waitUntil(lock.pin_edit.hasFocus)
    type_pin(qtbot, kiosk, "1234")
    qtbot.waitUntil(lambda: lock.message_text.startswith(NOT_RECOGNISED))
    qtbot.mouseClick(lock.language_buttons["nl"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: lock.title.text() == "Welkom")  # LanguageChange is a posted event
    assert lock.submit_button.text() == "Aanmelden"
    assert lock.message_text.startswith("Kaartnummer of pincode niet herkend.")
    qtbot.mouseClick(lock.language_buttons["en"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: lock.title.text() == "Welcome")
    assert lock.message_text.startswith("Card number or PIN not recognised.")
    assert lock.language_buttons["en"].isChecked()


def test_unreachable_server_is_explained(
    qtbot, tmp_path: Path, languages: Languages, site_clock: FakeClock
) -> None:
    program = start_kiosk(
        f"http://127.0.0.1:{free_port()}", "x" * 20, tmp_path / "s", languages, clock=site_clock
    )
    try:
        qtbot.waitUntil(program.lock_screen.offline_banner.isVisible, timeout=10000)
        sign_in(qtbot, program, NO_PIN)
        qtbot.waitUntil(
            lambda: program.lock_screen.message_text.startswith("Le serveur est injoignable.")
        )
    finally:
        program.close()


def test_unknown_station_token_is_explained(
    qtbot, server: Server, tmp_path: Path, languages: Languages
) -> None:
    program = start_kiosk(
        server.url, "not-a-station-token-at-all", tmp_path / "s", languages, clock=server.clock
    )
    try:
        # The station's first sync is refused: out of order, whatever a visitor did meanwhile.
        # A sign-in typed before that refusal is told why; one typed after meets the panel.
        sign_in(qtbot, program, NO_PIN)
        screen = program.lock_screen
        qtbot.waitUntil(
            lambda: (
                screen.message_text.startswith(
                    "Cet ordinateur n'est pas enregistré auprès du serveur."
                )
                or screen.out_of_order_panel.isVisible()
            )
        )
        qtbot.waitUntil(screen.out_of_order_panel.isVisible, timeout=10000)
        assert "unknown station token" in (screen.fault or "")
        assert not screen.card.isVisible()
        assert screen.out_of_order_title.text().startswith("Hors\u00a0service")
        assert screen.out_of_order_text.text().startswith("Veuillez")
    finally:
        program.close()


def test_visitor_ends_the_session_after_confirming(
    qtbot, kiosk: KioskProgram, server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    sign_in(qtbot, kiosk, NO_PIN)
    qtbot.waitUntil(kiosk.session_bar.isVisible)
    answers = iter([False, True])
    monkeypatch.setattr(ConfirmEndDialog, "ask", classmethod(lambda cls, parent: next(answers)))
    qtbot.mouseClick(kiosk.session_bar.end_button, Qt.MouseButton.LeftButton)
    assert kiosk.session_bar.isVisible()  # "No, keep working"
    qtbot.mouseClick(kiosk.session_bar.end_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(kiosk.lock_screen.isVisible)
    assert kiosk.lock_screen.message_text.startswith("Votre session est terminée.")
    qtbot.waitUntil(lambda: session_row(server.store).get("state") == "ended", timeout=10000)
    assert session_row(server.store)["end_reason"] == "visitor"


def test_staff_extend_and_end_reach_the_kiosk(qtbot, kiosk: KioskProgram, server: Server) -> None:
    sign_in(qtbot, kiosk, NO_PIN)
    qtbot.waitUntil(kiosk.session_bar.isVisible)
    assert kiosk.agent.view() is not None
    with StaffClient(server.url) as staff:
        staff.login("accueil", STAFF_PASSWORD)
        staff.extend(STATION, 15)
        qtbot.waitUntil(lambda: kiosk.agent.view().remaining_seconds > 74 * 60, timeout=3000)
        qtbot.waitUntil(lambda: kiosk.session_bar.note.text() == "L'équipe a ajouté 15 minutes.")
        assert kiosk.session_bar.countdown.text() in ("1 h 14 min", "1 h 15 min")
        staff.end(STATION)
        qtbot.waitUntil(kiosk.lock_screen.isVisible, timeout=3000)
    assert kiosk.lock_screen.message_text == "L'équipe a terminé votre session. Merci !"
    qtbot.waitUntil(lambda: session_row(server.store).get("end_reason") == "staff", timeout=10000)


def test_only_the_lock_screen_and_the_bar_are_built_at_start(qtbot, kiosk: KioskProgram) -> None:
    """A start (after a crash, too) builds no window the lock screen does not need yet."""
    from PySide6.QtWidgets import QDialog

    qtbot.waitUntil(kiosk.lock_screen.isVisible)
    dialogs = [type(w).__name__ for w in kiosk.lock_screen.findChildren(QDialog)]
    assert dialogs == []  # no staff sign-in, staff panel, rules or away screen yet
    controller = kiosk.controller
    built = [controller._banner.built, controller._end_screen.built]
    assert built == [None, None]
    assert controller._staff_messages.built is None
