"""Ready-made messages in the room: staff pick one (sent in every language it has) or type
their own, and edit the site's list through the server's checks; against the real server."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from admin.sites.ready_messages import ReadyMessageService
from kiosk.protocol.room import StationState
from kiosk.protocol.sites import SiteReadyMessages
from tests.helpers.desk_world import (
    ROOM,
    TIMEOUT_MS,
    World,
    console,
    languages,
    world_fixture,
)
from ui.console.app import ConsoleProgram
from ui.console.room.message_dialog import MessageChoice, MessageDialog, ReadyMessagesEditor
from ui.console.room.view import RoomView
from ui.i18n import Languages

world = world_fixture(ROOM)
#: The shared fixtures (tests/helpers/desk_world.py), used by name below.
FIXTURES = (console, languages)

CLOSING = {
    "fr": "La salle ferme dans 15 minutes.",
    "nl": "De zaal sluit over 15 minuten.",
    "en": "The room closes in 15 minutes.",
}
PRINTOUT = {"fr": "Votre impression est prête à l'accueil."}


@pytest.fixture
def installed(qapp) -> Iterator[Languages]:
    langs = Languages(qapp, "nl")
    yield langs
    langs.close()


def seed(world: World) -> None:
    ReadyMessageService(world.store).add("Centre", CLOSING)
    ReadyMessageService(world.store).add("Centre", PRINTOUT)


def room_with_session(qtbot, world: World, console: ConsoleProgram) -> RoomView:
    room = console.window.view(RoomView)
    assert isinstance(room, RoomView)
    qtbot.waitUntil(lambda: room.model.row_of("PC-01") is not None, timeout=TIMEOUT_MS)
    world.sign_in("PC-01")
    qtbot.waitUntil(
        lambda: (s := room.model.station("PC-01")) is not None and s.state == StationState.IN_USE,
        timeout=TIMEOUT_MS,
    )
    room.select_station("PC-01")
    return room


def sent_messages(world: World) -> list[dict[str, Any]]:
    return [
        {"text": c["text"], "texts": json.loads(c["texts"]) if c["texts"] else None}
        for c in world.commands("PC-01")
        if c["kind"] == "message"
    ]


def driving(monkeypatch: pytest.MonkeyPatch, act: Any) -> list[MessageDialog]:
    """MessageDialog.ask builds the real dialog, lets ``act`` use it as staff would, and
    answers what the dialog would send."""
    dialogs: list[MessageDialog] = []

    def ask(parent: Any, title: str, ready: Any, edit: Any = None) -> MessageChoice | None:
        dialog = MessageDialog(parent, title, ready, edit)
        dialogs.append(dialog)
        return act(dialog)

    monkeypatch.setattr(MessageDialog, "ask", ask)
    return dialogs


def test_staff_pick_a_ready_made_message_and_it_goes_in_every_language(
    qtbot, world: World, console: ConsoleProgram, monkeypatch: pytest.MonkeyPatch, installed
) -> None:
    seed(world)
    room = room_with_session(qtbot, world, console)

    def pick_first(dialog: MessageDialog) -> MessageChoice:
        # the list reads in the console's language (Dutch), with the site's where none
        shown = [dialog.ready_list.item(r).text() for r in range(dialog.ready_list.count())]
        assert shown == [CLOSING["nl"], PRINTOUT["fr"]]
        dialog.pick(0)
        assert dialog.text.toPlainText() == CLOSING["nl"]
        assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        shots = os.environ.get("EPN_ROOM_SCREENSHOTS")
        if shots:
            dialog.grab().save(str(Path(shots) / "room-message-dialog-nl.png"))
        return dialog.choice()

    dialogs = driving(monkeypatch, pick_first)
    room.message_action.trigger()
    qtbot.waitUntil(lambda: len(sent_messages(world)) == 1, timeout=TIMEOUT_MS)
    assert len(dialogs) == 1
    # sent in the site's language, with every text: each station shows its visitor's
    assert sent_messages(world) == [{"text": CLOSING["fr"], "texts": CLOSING}]


def test_a_picked_message_changed_by_hand_and_a_typed_one_go_as_typed(
    qtbot, world: World, console: ConsoleProgram, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed(world)
    room = room_with_session(qtbot, world, console)

    def pick_then_change(dialog: MessageDialog) -> MessageChoice:
        dialog.pick(0)
        dialog.text.setPlainText("The room closes in 5 minutes.")
        assert dialog.ready_list.currentRow() == -1  # no longer the ready-made one
        return dialog.choice()

    driving(monkeypatch, pick_then_change)
    room.message_action.trigger()
    qtbot.waitUntil(lambda: len(sent_messages(world)) == 1, timeout=TIMEOUT_MS)
    assert sent_messages(world) == [{"text": "The room closes in 5 minutes.", "texts": None}]


def test_the_list_is_edited_through_the_servers_checks(
    qtbot,
    world: World,
    console: ConsoleProgram,
    monkeypatch: pytest.MonkeyPatch,
    installed: Languages,
) -> None:
    installed.set_language("en")
    seed(world)
    room = room_with_session(qtbot, world, console)
    editors: list[ReadyMessagesEditor] = []

    def edit(parent: Any, site_name: str, ready: SiteReadyMessages, save: Any) -> Any:
        editor = ReadyMessagesEditor(parent, site_name, ready, save)
        editors.append(editor)
        # a new message in Dutch only: the site's language (French) is missing
        editor.add()
        editor.fields["nl"].setPlainText("Uw koffie is klaar.")
        editor.accept()
        qtbot.waitUntil(lambda: not editor.error_label.isHidden(), timeout=TIMEOUT_MS)
        assert "French" in editor.error_label.text()
        assert editor.list.currentRow() == 2  # the message the server named
        editor.fields["fr"].setPlainText("Votre café est prêt.")
        # the second one deleted
        editor.list.setCurrentRow(1)
        editor.remove()
        editor.accept()
        qtbot.waitUntil(lambda: editor.saved is not None, timeout=TIMEOUT_MS)
        return editor.saved

    monkeypatch.setattr(ReadyMessagesEditor, "edit", edit)

    def edit_then_pick(dialog: MessageDialog) -> MessageChoice:
        dialog.edit_button.click()
        shown = [dialog.ready_list.item(r).text() for r in range(dialog.ready_list.count())]
        assert shown == [CLOSING["en"], "Votre café est prêt."]  # English console
        dialog.pick(1)
        return dialog.choice()

    driving(monkeypatch, edit_then_pick)
    room.message_action.trigger()
    qtbot.waitUntil(lambda: len(sent_messages(world)) == 1, timeout=TIMEOUT_MS)
    stored = ReadyMessageService(world.store).get(None, "Centre")
    assert [dict(m.texts) for m in stored.messages] == [
        CLOSING,
        {"fr": "Votre café est prêt.", "nl": "Uw koffie is klaar."},
    ]
    assert sent_messages(world) == [
        {
            "text": "Votre café est prêt.",
            "texts": {"fr": "Votre café est prêt.", "nl": "Uw koffie is klaar."},
        }
    ]
    assert len(editors) == 1
