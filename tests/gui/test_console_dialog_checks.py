"""Console dialogs as the screen checks see them (ui/checks): every text whole and readable,
the focused button ringed, in French, Dutch and English."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from admin.demo.catalogue import APPS
from kiosk.protocol.people import VisitorDetail
from kiosk.protocol.sites import SiteReadyMessages
from kiosk.protocol.station import AppEntry
from ui.checks import check_window
from ui.console.catalogue.app_dialog import AppDialog
from ui.console.room.message_dialog import MessageDialog
from ui.console.visitors.account import DisableDialog
from ui.i18n import Languages
from ui.theme import CONSOLE_STYLE

LANGUAGES = ("fr", "nl", "en")


@pytest.fixture
def console(qtbot, languages: Languages) -> Iterator[QWidget]:
    """The console's window as a dialog's parent: the console's style sheet."""
    window = QWidget()
    qtbot.addWidget(window)
    window.setStyleSheet(CONSOLE_STYLE)
    yield window
    languages.set_language("en")


def shown(qtbot, dialog: QWidget) -> QWidget:
    qtbot.addWidget(dialog)
    dialog.show()
    QCoreApplication.processEvents()
    return dialog


def findings(dialog: QWidget, language: str) -> list[str]:
    return [str(f) for f in check_window(dialog, language=language)]


def firefox() -> AppEntry:
    spec = APPS[0]
    return AppEntry(
        id=spec.id,
        names=spec.names,
        icon=spec.icon,
        commands=spec.commands,
        processes=spec.processes,
    )


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("read_only", [True, False])
def test_the_app_form_shows_every_hint_and_label_whole(
    qtbot, console, languages: Languages, language: str, read_only: bool
) -> None:
    # "Les profils et les ordinateurs désignent…", "&Néerlandais" were cut in half
    languages.set_language(language)
    dialog = shown(qtbot, AppDialog(console, None, firefox(), read_only=read_only))  # type: ignore[arg-type]

    assert findings(dialog, language) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_disable_dialog_shows_its_whole_placeholder(
    qtbot, console, languages: Languages, language: str
) -> None:
    # "Visible par l'équipe, p. ex. carte perdue" was cut
    languages.set_language(language)
    visitor = VisitorDetail(
        identifier="2100001238", display_name="Amina", category="youth", created_at="2026-01-01"
    )
    dialog = shown(qtbot, DisableDialog(console, visitor))

    assert findings(dialog, language) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_ready_made_message_yet_reads(
    qtbot, console, languages: Languages, language: str
) -> None:
    # the empty list's sentence was Qt's disabled grey on white, 1.86:1
    languages.set_language(language)
    dialog = shown(qtbot, MessageDialog(console, "Message", SiteReadyMessages()))

    assert findings(dialog, language) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_focused_button_of_a_question_shows_a_ring(
    qtbot, console, languages: Languages, language: str
) -> None:
    # "Are you sure?" with No as default: its button showed no focus at all
    languages.set_language(language)
    box = QMessageBox(console)
    box.setIcon(QMessageBox.Icon.Question)
    box.setText("End every session of the room?")
    box.addButton("Yes", QMessageBox.ButtonRole.YesRole)
    no = box.addButton("No", QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(no)
    shown(qtbot, box)
    no.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is no)

    assert [str(f) for f in check_window(box, checks=("focus",))] == []


@pytest.mark.parametrize("name", ["", "Primary"])
def test_every_console_button_shows_its_focus(qtbot, console, name: str) -> None:
    # the class: plain and primary buttons alike, in the console's style
    dialog = QDialog(console)
    button = QPushButton("Save", objectName=name)
    layout = QVBoxLayout(dialog)
    layout.addWidget(button)
    layout.addWidget(QPushButton("Cancel"))
    shown(qtbot, dialog)
    button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is button)

    assert [str(f) for f in check_window(dialog, checks=("focus",))] == []
