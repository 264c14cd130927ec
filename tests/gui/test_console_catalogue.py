"""The console's apps and profiles page against the real server (real HTTP, real database)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox

from admin.catalogue.editing import CatalogueAdmin
from admin.demo.catalogue import APPS
from kiosk.protocol.station import AppEntry
from tests.helpers.desk_world import (
    LAEKEN,
    RICHES_CLAIRES,
    TIMEOUT_MS,
    Seed,
    Staff,
    Visitor,
    World,
    open_console,
    world_fixture,
)
from ui.console.app import ConsoleProgram
from ui.console.catalogue.app_dialog import AppDialog
from ui.console.catalogue.profiles import checked_apps
from ui.console.catalogue.view import CatalogueView
from ui.console.context import ConsoleContext
from ui.console.dialogs import ConfirmDialog, TextDialog

#: Laeken (two stations, staff laeken) and Riches Claires; admin; a young visitor.
CATALOGUE = Seed(
    sites=(LAEKEN, RICHES_CLAIRES),
    stations=(("LAE-01", LAEKEN), ("LAE-02", LAEKEN), ("RC-01", RICHES_CLAIRES)),
    staff=(Staff("admin", "admin"), Staff("laeken", sites=(LAEKEN,))),
    visitors=(Visitor("2100001238", "Amina", category="youth"),),
)


def catalogue_of(world: World) -> CatalogueAdmin:
    """The catalogue on the world's second connection: what the server's database holds."""
    return CatalogueAdmin(world.store)


def add_catalogue(world: World) -> None:
    """The sample apps; Bureautique for everyone, Jeunes for the youth."""
    catalogue = catalogue_of(world)
    for spec in APPS:
        catalogue.add_app(None, spec)
    catalogue.add_profile(None, "Bureautique", ["firefox", "libreoffice-writer", "pdf-reader"])
    catalogue.assign(None, "Bureautique", category="*")
    catalogue.add_profile(None, "Jeunes", ["firefox", "tuxpaint"])
    catalogue.assign(None, "Jeunes", category="youth")


world = world_fixture(CATALOGUE, prepare=add_catalogue)


@pytest.fixture
def open_view(qapp, qtbot, world: World) -> Iterator[Callable[[str], CatalogueView]]:
    programs: list[ConsoleProgram] = []

    def open_as(username: str) -> CatalogueView:
        program = open_console(qapp, world, username)
        programs.append(program)
        view = program.window.view(CatalogueView)
        assert isinstance(view, CatalogueView)
        program.window.show_view(program.window.views.index(view))
        qtbot.waitUntil(lambda: view.catalogue is not None and not view.loading, timeout=TIMEOUT_MS)
        return view

    yield open_as
    for program in programs:
        program.close()


def stored_app(world: World, app_id: str) -> AppEntry | None:
    return next((a for a in catalogue_of(world).list_apps() if a.id == app_id), None)


def stored_profile(world: World, name: str):
    return next((p for p in catalogue_of(world).list_profiles(None) if p.name == name), None)


def fill_and_save(qtbot, fill: Callable[[AppDialog], None]):
    """Stands in for AppDialog.ask: the real dialog, filled by the test, saved for real."""

    def ask(parent, context: ConsoleContext, app=None, *, read_only=False):
        dialog = AppDialog(parent, context, app, read_only=read_only)
        fill(dialog)
        dialog.save()
        qtbot.waitUntil(
            lambda: dialog.saved is not None or bool(dialog.error_texts()), timeout=TIMEOUT_MS
        )
        return dialog.saved

    return ask


def wait_idle(qtbot, view: CatalogueView) -> None:
    """Until the calls sent have answered, and the reloads they caused too."""
    for _ in range(3):
        view.context.tasks.wait_idle()
        QCoreApplication.processEvents()  # delivers the outcome, which may send a reload
        qtbot.waitUntil(lambda: not view.loading, timeout=TIMEOUT_MS)


def table_ids(view: CatalogueView) -> list[str]:
    model = view.apps_panel.model
    return sorted(model.item(row, 0).text() for row in range(model.rowCount()))


def check(view_list, app_id: str, checked: bool) -> None:
    for row in range(view_list.count()):
        item = view_list.item(row)
        if item.text().endswith(f"({app_id})"):
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            return
    raise AssertionError(f"{app_id} is not in the list")


# --- apps ---------------------------------------------------------------------------------


def test_the_table_shows_every_app_with_its_profiles(open_view) -> None:
    view = open_view("admin")
    panel = view.apps_panel
    assert table_ids(view) == sorted(spec.id for spec in APPS)
    assert panel.select_app("firefox")
    row = panel.table.selectionModel().selectedRows()[0].row()
    texts = [panel.proxy.index(row, col).data() for col in range(panel.proxy.columnCount())]
    assert texts[:4] == ["firefox", "Navigateur web", "Webbrowser", "Web browser"]
    assert texts[4] == "firefox --private-window"
    assert "firefox.exe" in texts[6]
    assert texts[7] == "Bureautique, Jeunes"
    assert not view.read_only_label.isVisible()
    panel.filter_edit.setText("tux")
    assert panel.proxy.rowCount() == 1


def test_admin_adds_an_app(qtbot, open_view, world: World, monkeypatch) -> None:
    view = open_view("admin")

    def fill(dialog: AppDialog) -> None:
        dialog.id_edit.setText("scratch")
        dialog.icon_edit.setText("scratch-desktop")
        dialog.name_edits["fr"].setText("Programmation")
        dialog.name_edits["nl"].setText("Programmeren")
        dialog.name_edits["en"].setText("Programming")
        dialog.command_edits["linux"].setText("scratch-desktop")
        dialog.command_edits["windows"].setText(r'"C:\Program Files\Scratch 3\Scratch 3.exe"')
        dialog.processes_edit.setPlainText("scratch-desktop\n\nScratch 3.exe\nscratch-desktop")

    monkeypatch.setattr(AppDialog, "ask", fill_and_save(qtbot, fill))
    qtbot.keyClick(view.apps_panel.add_button, Qt.Key.Key_Space)
    app = stored_app(world, "scratch")
    assert app is not None
    assert app.names == {"fr": "Programmation", "nl": "Programmeren", "en": "Programming"}
    assert app.icon == "scratch-desktop"
    assert app.commands["windows"] == r'"C:\Program Files\Scratch 3\Scratch 3.exe"'
    assert app.processes == ["scratch-desktop", "Scratch 3.exe"]
    wait_idle(qtbot, view)
    assert "scratch" in table_ids(view)
    assert view.apps_panel.selected_app().id == "scratch"
    assert "scratch" in view.context.message()


def test_admin_changes_an_app(qtbot, open_view, world: World, monkeypatch) -> None:
    view = open_view("admin")
    view.apps_panel.select_app("gimp")

    def fill(dialog: AppDialog) -> None:
        assert dialog.id_edit.isReadOnly()
        assert dialog.name_edits["nl"].text() == "Fotobewerking"
        dialog.name_edits["en"].setText("Photos")
        dialog.command_edits["windows"].clear()
        dialog.processes_edit.setPlainText("gimp\ngimp-2.10")

    monkeypatch.setattr(AppDialog, "ask", fill_and_save(qtbot, fill))
    view.apps_panel.edit_button.click()
    app = stored_app(world, "gimp")
    assert app is not None
    assert app.names["en"] == "Photos" and app.names["fr"] == "Retouche photo"
    assert app.commands == {"linux": "gimp"}
    assert app.processes == ["gimp", "gimp-2.10"]


def test_a_refused_field_is_shown_next_to_it_and_the_form_is_kept(
    qtbot, open_view, world: World
) -> None:
    view = open_view("admin")
    dialog = AppDialog(view, view.context)
    qtbot.addWidget(dialog)
    dialog.id_edit.setText("firefox")  # taken: the server refuses it
    dialog.name_edits["fr"].setText("Autre navigateur")
    dialog.command_edits["linux"].setText("chromium")
    dialog.save()
    qtbot.waitUntil(lambda: "id" in dialog.error_texts(), timeout=TIMEOUT_MS)
    assert dialog.error_texts() == {"id": "Another app has this id already. Choose another id."}
    assert dialog.result() == 0 and dialog.saved is None
    assert dialog.name_edits["fr"].text() == "Autre navigateur"
    assert dialog.command_edits["linux"].text() == "chromium"
    assert stored_app(world, "firefox").names["fr"] == "Navigateur web"

    # a process name too long for the guard: said under the programs, nothing sent
    dialog.id_edit.setText("chromium")
    dialog.processes_edit.setPlainText("chromium\n" + "x" * 300)
    dialog.save()
    qtbot.waitUntil(lambda: "processes" in dialog.error_texts(), timeout=TIMEOUT_MS)
    assert "260 characters" in dialog.error_texts()["processes"]
    assert dialog.processes_edit.toPlainText().startswith("chromium\nxxx")
    assert stored_app(world, "chromium") is None

    # no name, no command: said at once, next to each group
    for edit in (*dialog.name_edits.values(), *dialog.command_edits.values()):
        edit.clear()
    dialog.save()
    assert set(dialog.error_texts()) == {"names", "commands"}
    assert dialog.name_edits["fr"].hasFocus() or not dialog.isVisible()

    # corrected: saved, the errors gone
    dialog.name_edits["en"].setText("Chromium")
    dialog.command_edits["linux"].setText("chromium")
    dialog.processes_edit.setPlainText("chromium")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=TIMEOUT_MS)
    assert dialog.error_texts() == {}
    assert stored_app(world, "chromium").names == {"en": "Chromium"}


def test_deleting_an_app_asks_first_and_names_its_profiles(
    qtbot, open_view, world: World, monkeypatch
) -> None:
    view = open_view("admin")
    asked: list[str] = []
    answer = [False]
    monkeypatch.setattr(ConfirmDialog, "ask", lambda parent, text: asked.append(text) or answer[0])
    view.apps_panel.select_app("firefox")
    window = view.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT_MS)
    view.apps_panel.table.setFocus()
    qtbot.keyClick(view.apps_panel.table, Qt.Key.Key_Delete)  # the shortcut asks too
    assert "Bureautique, Jeunes" in asked[0]
    view.context.tasks.wait_idle()
    assert stored_app(world, "firefox") is not None  # declined: nothing changed

    answer[0] = True
    view.apps_panel.delete_button.click()
    qtbot.waitUntil(lambda: stored_app(world, "firefox") is None, timeout=TIMEOUT_MS)
    wait_idle(qtbot, view)
    assert "firefox" not in table_ids(view)
    assert stored_profile(world, "Jeunes").apps == ["tuxpaint"]


# --- profiles -----------------------------------------------------------------------------


def test_admin_saves_the_apps_of_a_profile(qtbot, open_view, world: World) -> None:
    view = open_view("admin")
    panel = view.profiles_panel
    assert panel.select_profile("Jeunes")
    check(panel.app_list, "tuxpaint", False)
    check(panel.app_list, "gimp", True)
    assert panel.unsaved_label.text() == "Not saved yet"
    # another profile and back: the ticks are kept
    panel.select_profile("Bureautique")
    assert panel.unsaved_label.text() == ""
    panel.select_profile("Jeunes")
    assert panel.unsaved_label.text() == "Not saved yet"
    panel.save_button.click()
    qtbot.waitUntil(
        lambda: sorted(stored_profile(world, "Jeunes").apps) == ["firefox", "gimp"],
        timeout=TIMEOUT_MS,
    )
    wait_idle(qtbot, view)
    assert panel.unsaved_label.text() == ""
    assert panel.selected_profile().name == "Jeunes"


def test_admin_creates_and_deletes_a_profile(qtbot, open_view, world: World, monkeypatch) -> None:
    view = open_view("admin")
    panel = view.profiles_panel
    monkeypatch.setattr(TextDialog, "ask", lambda *args, **kwargs: "Atelier seniors")
    panel.new_button.click()
    qtbot.waitUntil(
        lambda: stored_profile(world, "Atelier seniors") is not None, timeout=TIMEOUT_MS
    )
    qtbot.waitUntil(lambda: panel.profile_list.count() == 3, timeout=TIMEOUT_MS)
    wait_idle(qtbot, view)
    assert panel.selected_profile().name == "Atelier seniors"
    assert panel.apps_box.title() == "Apps of “Atelier seniors”"

    asked: list[str] = []
    monkeypatch.setattr(ConfirmDialog, "ask", lambda parent, text: asked.append(text) or True)
    panel.select_profile("Jeunes")
    panel.delete_button.click()
    assert "Category Youth — every site" in asked[0]
    qtbot.waitUntil(lambda: stored_profile(world, "Jeunes") is None, timeout=TIMEOUT_MS)


def test_admin_gives_a_profile_and_takes_it_back(qtbot, open_view, world: World) -> None:
    view = open_view("admin")
    panel = view.profiles_panel
    box = panel.assign_box
    panel.select_profile("Jeunes")
    box.kind_combo.setCurrentIndex(0)
    box.category_combo.setCurrentIndex(box.category_combo.findData("senior"))
    box.where_combo.setCurrentIndex(box.where_combo.findData(LAEKEN))
    box.give_button.click()
    qtbot.waitUntil(
        lambda: any(
            c.category == "senior" and c.site == LAEKEN
            for c in stored_profile(world, "Jeunes").categories
        ),
        timeout=TIMEOUT_MS,
    )
    wait_idle(qtbot, view)  # the button is off until the answer is shown
    assert box.give_button.isEnabled()
    box.kind_combo.setCurrentIndex(2)
    box.visitor_edit.setText("2100001238")
    box.give_button.click()
    qtbot.waitUntil(
        lambda: stored_profile(world, "Jeunes").visitors == ["2100001238"], timeout=TIMEOUT_MS
    )
    wait_idle(qtbot, view)
    texts = [box.given_list.item(i).text() for i in range(box.given_list.count())]
    assert f"Category Senior — {LAEKEN}" in texts
    assert "Visitor 2100001238 (their own profile)" in texts

    # an unknown visitor: said next to the form, what was typed stays
    box.visitor_edit.setText("0000")
    box.give_button.click()
    qtbot.waitUntil(lambda: not box.error_label.isHidden(), timeout=TIMEOUT_MS)
    assert box.error_label.text().startswith("No visitor has this identifier")
    assert box.visitor_edit.text() == "0000"

    box.given_list.setCurrentRow(texts.index(f"Category Senior — {LAEKEN}"))
    box.take_back_button.click()
    qtbot.waitUntil(
        lambda: [c.category for c in stored_profile(world, "Jeunes").categories] == ["youth"],
        timeout=TIMEOUT_MS,
    )


# --- computers ----------------------------------------------------------------------------


def test_a_computer_limit_is_saved(qtbot, open_view, world: World) -> None:
    view = open_view("admin")
    panel = view.stations_panel
    names = [panel.station_combo.itemData(i) for i in range(panel.station_combo.count())]
    assert names == ["RC-01", "LAE-01", "LAE-02"]  # by site, then name
    panel.station_combo.setCurrentIndex(names.index("LAE-02"))
    qtbot.waitUntil(lambda: panel.current is not None, timeout=TIMEOUT_MS)
    panel.mode_buttons[1].setChecked(True)  # allowlist
    panel.save_button.click()
    assert panel.error_label.text() == "Tick at least one app, or choose “No limit”."
    check(panel.app_list, "firefox", True)
    check(panel.app_list, "pdf-reader", True)
    panel.save_button.click()
    qtbot.waitUntil(
        lambda: catalogue_of(world).station_apps(None, "LAE-02").mode == "allow", timeout=TIMEOUT_MS
    )
    assert catalogue_of(world).station_apps(None, "LAE-02").apps == ["firefox", "pdf-reader"]
    qtbot.waitUntil(lambda: panel.state_label.text() == "Now: only 2 app(s) allowed.")

    # ticks not saved yet survive a reload (F5, or a change made in another tab)
    check(panel.app_list, "gimp", True)
    view.refresh()
    wait_idle(qtbot, view)
    assert "gimp" in checked_apps(panel.app_list)

    panel.mode_buttons[0].setChecked(True)  # no limit
    panel.save_button.click()
    qtbot.waitUntil(
        lambda: catalogue_of(world).station_apps(None, "LAE-02").mode is None, timeout=TIMEOUT_MS
    )


# --- staff ----------------------------------------------------------------------------------


def test_staff_read_the_catalogue_and_give_profiles_at_their_site(
    qtbot, open_view, world: World, monkeypatch
) -> None:
    view = open_view("laeken")
    assert view.read_only_label.isVisible()
    assert view.read_only_label.text().startswith("Read only: only administrators change")
    apps = view.apps_panel
    apps.select_app("firefox")
    assert not apps.add_button.isEnabled()
    assert not apps.delete_button.isEnabled()
    assert apps.edit_button.isEnabled() and apps.edit_button.text() == "&Details…"
    opened: list[bool] = []
    monkeypatch.setattr(
        AppDialog,
        "ask",
        lambda parent, context, app=None, *, read_only=False: opened.append(read_only),
    )
    apps.edit_button.click()
    assert opened == [True]
    dialog = AppDialog(view, view.context, apps.selected_app(), read_only=True)
    qtbot.addWidget(dialog)
    assert dialog.name_edits["fr"].isReadOnly() and dialog.processes_edit.isReadOnly()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isHidden()
    profiles = view.profiles_panel
    profiles.select_profile("Jeunes")
    assert not profiles.new_button.isEnabled()
    assert not profiles.delete_button.isEnabled()
    assert profiles.save_button.isHidden()
    item = profiles.app_list.item(0)
    assert not item.flags() & Qt.ItemFlag.ItemIsUserCheckable

    # city-wide rows stay as they are; at their own site, staff give a profile
    box = profiles.assign_box
    box.given_list.setCurrentRow(0)
    assert box.given_list.currentItem().text() == "Category Youth — every site"
    assert not box.take_back_button.isEnabled()
    assert [box.where_combo.itemData(i) for i in range(box.where_combo.count())] == [LAEKEN]
    box.category_combo.setCurrentIndex(box.category_combo.findData("senior"))
    box.give_button.click()
    qtbot.waitUntil(
        lambda: any(c.site == LAEKEN for c in stored_profile(world, "Jeunes").categories),
        timeout=TIMEOUT_MS,
    )

    # their site's computers only
    stations = view.stations_panel
    names = [stations.station_combo.itemData(i) for i in range(stations.station_combo.count())]
    assert names == ["LAE-01", "LAE-02"]


def test_the_categories_are_named_in_the_consoles_language(
    qtbot, open_view, world: World, languages
) -> None:
    view = open_view("admin")
    panel = view.profiles_panel
    box = panel.assign_box
    panel.select_profile("Jeunes")
    box.set_choices(["adult", "senior"], [LAEKEN])
    languages.set_language("nl")
    names = [box.category_combo.itemText(i) for i in range(box.category_combo.count())]
    assert "Volwassene" in names and "Gast (tickets)" in names
    assert not {"adult", "senior", "guest"} & set(names)  # never the stored names
    box.kind_combo.setCurrentIndex(0)
    box.category_combo.setCurrentIndex(box.category_combo.findData("adult"))
    box.where_combo.setCurrentIndex(box.where_combo.findData(LAEKEN))
    box.give_button.click()
    qtbot.waitUntil(
        lambda: any(
            c.category == "adult" and c.site == LAEKEN
            for c in stored_profile(world, "Jeunes").categories
        ),
        timeout=TIMEOUT_MS,
    )
    wait_idle(qtbot, view)
    texts = [box.given_list.item(i).text() for i in range(box.given_list.count())]
    assert f"Categorie Volwassene — {LAEKEN}" in texts
