"""The Sites page's public page tab against the real server: each field saved and loaded
again, the server's refusals said next to the field, the logo chosen and removed, the public
page opened in the browser and the box's code for the City's website."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QGuiApplication, QImage

from tests.helpers.desk_world import (
    TIMEOUT_MS,
    TWO_SITES,
    World,
    choose_site,
    console_as,
    no_real_dialogs_fixture,  # noqa: F401  (autouse)
    open_view,
    world_fixture,
)
from ui.console.app import ConsoleProgram
from ui.console.dialogs import FileDialog
from ui.console.sites import public as public_module
from ui.console.sites.form import Tab
from ui.console.sites.view import SitesView

world = world_fixture(TWO_SITES)


def public_row(world: World, site: str) -> dict:
    rows = world.query("SELECT * FROM site_public WHERE site_id = ?", [world.site_ids[site]])
    return rows[0] if rows else {}


def sites_view(qtbot, console: ConsoleProgram, site: str) -> SitesView:
    view = open_view(qtbot, console, SitesView)
    choose_site(console, site)
    qtbot.waitUntil(lambda: view.public is not None, timeout=TIMEOUT_MS)
    return view


def saved(qtbot, view: SitesView) -> None:
    qtbot.waitUntil(lambda: not view.dirty and not view._saving, timeout=TIMEOUT_MS)


def png(colour: str = "#b3261e") -> bytes:
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def test_each_field_is_saved_and_shown_again(qtbot, qapp, world: World) -> None:
    with console_as(qapp, world, "boss") as console:
        view = sites_view(qtbot, console, "Centre")
        editor = view.public_editor
        assert editor.enabled.isChecked()  # a site is on the public page until turned off
        assert view.tabs.isTabEnabled(Tab.PUBLIC)
        values = {
            "address": "Boulevard Émile Jacqmain 6",
            "postcode": "1000",
            "commune": "Bruxelles",
            "phone": "02 279 37 40",
            "email": "epn@brucity.be",
            "website": "https://www.bruxelles.be/epn",
        }
        for name, text in values.items():
            editor.lines[name].setText(text)
            editor.lines[name].textEdited.emit(text)
        editor.colour.setText("#7b1fa2")
        editor.colour.textEdited.emit("#7b1fa2")
        assert "#7b1fa2" in editor.swatch.styleSheet()  # the live preview
        assert "color: #ffffff" in editor.swatch.styleSheet()
        editor.register.edits["fr"].setPlainText("À l'accueil ou par téléphone.")
        editor.register.edits["nl"].setPlainText("Aan het onthaal of telefonisch.")
        editor.register.edits["en"].setPlainText("At the desk or by phone.")
        editor.animateurs.setChecked(True)
        editor.enabled.setChecked(False)
        assert view.dirty
        assert view.tabs.tabText(Tab.PUBLIC).endswith(" *")
        view.save()
        saved(qtbot, view)
        row = public_row(world, "Centre")
        assert {name: row[name] for name in values} == values
        assert row["colour"] == "#7b1fa2"
        assert (row["register_fr"], row["register_nl"], row["register_en"]) == (
            "À l'accueil ou par téléphone.",
            "Aan het onthaal of telefonisch.",
            "At the desk or by phone.",
        )
        assert row["show_animateurs"] == 1 and row["enabled"] == 0
        assert console.window.message_text == "Centre saved."

        # the page shows what the server holds after a reload
        view.load(world.site_ids["Centre"])
        qtbot.waitUntil(lambda: view.public is not None, timeout=TIMEOUT_MS)
        assert {name: editor.lines[name].text() for name in values} == values
        assert editor.colour.text() == "#7b1fa2"
        assert editor.register.texts()["nl"] == "Aan het onthaal of telefonisch."
        assert editor.animateurs.isChecked() and not editor.enabled.isChecked()
        assert not view.dirty

        # an emptied field is no value on the server
        editor.lines["website"].setText("")
        editor.lines["website"].textEdited.emit("")
        view.save()
        saved(qtbot, view)
        assert public_row(world, "Centre")["website"] is None


def test_a_colour_white_cannot_be_read_on_is_refused_with_a_sentence(
    qtbot, qapp, world: World
) -> None:
    with console_as(qapp, world, "boss") as console:
        view = sites_view(qtbot, console, "Centre")
        editor = view.public_editor
        editor.colour.setText("#ffd100")  # the city's yellow: white on it cannot be read
        editor.colour.textEdited.emit("#ffd100")
        view.tabs.setCurrentIndex(Tab.HOURS)
        view.save()
        qtbot.waitUntil(lambda: not view._saving, timeout=TIMEOUT_MS)
        assert view.tabs.currentIndex() == Tab.PUBLIC
        assert editor.colour_error.isVisibleTo(view)
        assert editor.colour_error.text() == (
            "White text on #ffd100 is too hard to read (contrast 1.5:1, at least 4.5:1 is "
            "needed). Choose a darker colour."
        )
        assert view.dirty and editor.colour.text() == "#ffd100"  # the typed value stays
        assert public_row(world, "Centre").get("colour") is None

        # not a colour at all: said before anything is sent
        editor.colour.setText("blue")
        editor.colour.textEdited.emit("blue")
        assert not editor.colour_error.isVisibleTo(view)
        view.save()
        assert editor.colour_error.text() == (
            "Type the colour as # and six hexadecimal digits, e.g. #00528C."
        )


def test_a_bad_phone_is_refused_next_to_the_field(qtbot, qapp, world: World) -> None:
    with console_as(qapp, world, "boss") as console:
        view = sites_view(qtbot, console, "Centre")
        editor = view.public_editor
        editor.lines["phone"].setText("call us")
        editor.lines["phone"].textEdited.emit("call us")
        view.save()
        qtbot.waitUntil(lambda: not view._saving, timeout=TIMEOUT_MS)
        assert editor.line_errors["phone"].isVisibleTo(view)
        assert editor.line_errors["phone"].text() == "Type a phone number such as 02 279 37 40."
        assert not editor.line_errors["email"].isVisibleTo(view)
        assert view.dirty


def test_a_logo_is_chosen_sent_and_removed(
    qtbot, qapp, world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(png())
    not_an_image = tmp_path / "logo.txt"
    not_an_image.write_text("a text, not an image")
    chosen = [str(not_an_image), str(logo)]
    monkeypatch.setattr(FileDialog, "ask_open", lambda *_args: chosen.pop(0))
    with console_as(qapp, world, "boss") as console:
        view = sites_view(qtbot, console, "Centre")
        editor = view.public_editor
        assert not editor.logo_shown and not editor.remove_logo_button.isEnabled()

        editor.choose_logo_button.click()  # a text file: the server refuses it
        view.save()
        qtbot.waitUntil(lambda: not view._saving, timeout=TIMEOUT_MS)
        assert editor.logo_error.text() == "The logo must be a PNG, JPEG or SVG image."
        assert public_row(world, "Centre").get("logo_digest") is None

        editor.choose_logo_button.click()
        assert editor.logo_shown  # previewed before it is sent
        view.save()
        saved(qtbot, view)
        assert public_row(world, "Centre")["logo_digest"]
        assert view.public is not None and view.public.logo
        assert editor.logo_shown and editor.remove_logo_button.isEnabled()

        view.load(world.site_ids["Centre"])  # the saved logo comes back from the server
        qtbot.waitUntil(lambda: view.public is not None, timeout=TIMEOUT_MS)
        assert editor.logo_shown

        editor.remove_logo_button.click()
        assert not editor.logo_shown and view.dirty
        view.save()
        saved(qtbot, view)
        assert public_row(world, "Centre")["logo_digest"] is None
        assert view.public is not None and view.public.logo is None


def test_the_public_page_opens_in_the_browser_and_the_box_code_is_copied(
    qtbot, qapp, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(public_module, "open_in_browser", opened.append)
    with console_as(qapp, world, "boss") as console:
        view = sites_view(qtbot, console, "Centre")
        editor = view.public_editor
        site_id = world.site_ids["Centre"]
        editor.open_button.click()
        assert opened == [f"{world.url}/public/sites/{site_id}"]
        code = editor.embed.toPlainText()
        assert code.startswith(f'<iframe src="{world.url}/public/sites/{site_id}/embed"')
        assert 'title="Centre"' in code
        editor.copy_button.click()
        assert QGuiApplication.clipboard().text() == code
