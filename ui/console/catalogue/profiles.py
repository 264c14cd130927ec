"""The profiles tab: named sets of apps, and whom each is given to."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.protocol.catalogue import ProfileInfo
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.http import ApiError
from kiosk.protocol.station import AppEntry
from ui.console.catalogue.app_dialog import app_name
from ui.console.catalogue.assign import AssignBox
from ui.console.context import ConsoleContext
from ui.console.dialogs import ConfirmDialog, TextDialog

APP_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def app_label(app: AppEntry) -> str:
    """The app's name in the console's language and its id."""
    name = app_name(app)
    return f"{name} ({app.id})" if name != app.id else app.id


def fill_checklist(
    widget: QListWidget, apps: Sequence[AppEntry], checked: Sequence[str], editable: bool
) -> None:
    """One checkable row per app of the catalogue (read-only rows when not ``editable``)."""
    widget.blockSignals(True)
    widget.clear()
    wanted = set(checked)
    for app in sorted(apps, key=app_label):
        item = QListWidgetItem(app_label(app))
        item.setData(APP_ID_ROLE, app.id)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if editable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        item.setFlags(flags)
        item.setCheckState(Qt.CheckState.Checked if app.id in wanted else Qt.CheckState.Unchecked)
        widget.addItem(item)
    widget.blockSignals(False)


def checked_apps(widget: QListWidget) -> list[str]:
    return [
        str(widget.item(row).data(APP_ID_ROLE))
        for row in range(widget.count())
        if widget.item(row).checkState() == Qt.CheckState.Checked
    ]


class ProfilesPanel(QWidget):
    """Profiles on the left; the chosen profile's apps and whom it is given to on the right.

    Ticks not saved yet are kept per profile, so choosing another profile loses nothing.
    """

    catalogue_did_change = Signal()

    def __init__(self, context: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProfilesPanel")
        self.context = context
        self.apps: list[AppEntry] = []
        self.profiles: list[ProfileInfo] = []
        self.pending: dict[str, list[str]] = {}

        self.list_label = QLabel()
        self.profile_list = QListWidget()
        self.list_label.setBuddy(self.profile_list)
        self.new_button = QPushButton()
        self.new_button.setShortcut(QKeySequence("Ctrl+N"))
        self.delete_button = QPushButton()
        self.delete_shortcut = QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete), self.profile_list
        )
        self.delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_shortcut.activated.connect(self.delete_selected)
        self.empty_label = QLabel(objectName="Status")
        self.empty_label.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(self.list_label)
        left.addWidget(self.profile_list, 1)
        left.addWidget(self.empty_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        left.addLayout(buttons)

        self.apps_box = QGroupBox()
        self.app_list = QListWidget()
        self.apps_hint = QLabel(objectName="Status")
        self.apps_hint.setWordWrap(True)
        self.save_button = QPushButton(objectName="Primary")
        self.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.unsaved_label = QLabel(objectName="Status")
        apps_layout = QVBoxLayout(self.apps_box)
        apps_layout.addWidget(self.apps_hint)
        apps_layout.addWidget(self.app_list, 1)
        save_row = QHBoxLayout()
        save_row.addWidget(self.unsaved_label, 1)
        save_row.addWidget(self.save_button)
        apps_layout.addLayout(save_row)

        self.assign_box = AssignBox(context)

        root = QHBoxLayout(self)
        root.addLayout(left, 2)
        root.addWidget(self.apps_box, 3)
        root.addWidget(self.assign_box, 4)
        self.setTabOrder(self.profile_list, self.new_button)
        self.setTabOrder(self.new_button, self.delete_button)
        self.setTabOrder(self.delete_button, self.app_list)
        self.setTabOrder(self.app_list, self.save_button)

        self.profile_list.currentItemChanged.connect(lambda *_: self._show_profile())
        self.app_list.itemChanged.connect(self._ticked)
        self.new_button.clicked.connect(self.new_profile)
        self.delete_button.clicked.connect(self.delete_selected)
        self.save_button.clicked.connect(self.save_apps)
        self.assign_box.profile_did_change.connect(self._profile_did_change)
        self.retranslate()
        self._show_profile()

    # --- what the server holds ------------------------------------------------------------

    def set_catalogue(
        self,
        apps: Sequence[AppEntry],
        profiles: Sequence[ProfileInfo],
        categories: Sequence[str],
        sites: Sequence[str],
    ) -> None:
        current = self.selected_profile()
        self.apps, self.profiles = list(apps), list(profiles)
        names = {p.name for p in self.profiles}
        known = {a.id for a in self.apps}
        self.pending = {
            name: [a for a in ids if a in known]
            for name, ids in self.pending.items()
            if name in names
        }
        self.assign_box.set_choices(categories, sites)
        self.profile_list.blockSignals(True)
        self.profile_list.clear()
        for profile in self.profiles:
            self.profile_list.addItem(profile.name)
        self.profile_list.blockSignals(False)
        if not self.select_profile(current.name if current else "") and self.profiles:
            self.profile_list.setCurrentRow(0)
        self._show_profile()

    def selected_profile(self) -> ProfileInfo | None:
        item = self.profile_list.currentItem()
        if item is None:
            return None
        return next((p for p in self.profiles if p.name == item.text()), None)

    def select_profile(self, name: str) -> bool:
        found = self.profile_list.findItems(name, Qt.MatchFlag.MatchExactly)
        if not found:
            return False
        self.profile_list.setCurrentItem(found[0])
        return True

    def _show_profile(self) -> None:
        profile = self.selected_profile()
        admin = self.context.is_admin
        self.empty_label.setVisible(not self.profiles)
        self.apps_box.setEnabled(profile is not None)
        checked = [] if profile is None else self.pending.get(profile.name, profile.apps)
        fill_checklist(self.app_list, self.apps, checked, admin and profile is not None)
        self.assign_box.set_profile(profile)
        self.new_button.setEnabled(admin)
        self.delete_button.setEnabled(admin and profile is not None)
        self.delete_shortcut.setEnabled(admin)
        self.save_button.setEnabled(admin and profile is not None)
        self.save_button.setVisible(admin)
        self._show_unsaved()
        self._retranslate_profile()

    def _ticked(self, _item: QListWidgetItem) -> None:
        profile = self.selected_profile()
        if profile is None:
            return
        ticked = checked_apps(self.app_list)
        if set(ticked) == set(profile.apps):
            self.pending.pop(profile.name, None)
        else:
            self.pending[profile.name] = ticked
        self._show_unsaved()

    def _show_unsaved(self) -> None:
        profile = self.selected_profile()
        unsaved = profile is not None and profile.name in self.pending
        self.unsaved_label.setText(self.tr("Not saved yet") if unsaved else "")

    # --- actions --------------------------------------------------------------------------

    def save_apps(self) -> None:
        profile = self.selected_profile()
        if profile is None or not self.context.is_admin:
            return
        apps = checked_apps(self.app_list)
        client = self.context.client
        self.save_button.setEnabled(False)
        self.context.run(
            lambda: client.set_profile_apps(profile, apps),
            self._did_save_apps,
            self._did_fail,
        )

    def _did_save_apps(self, profile: ProfileInfo) -> None:
        self.pending.pop(profile.name, None)
        self._profile_did_change(profile)
        self.context.show_message(
            lambda: self.tr("Apps of the profile “%1” saved.").replace("%1", profile.name)
        )

    def _profile_did_change(self, profile: ProfileInfo) -> None:
        self.profiles = [profile if p.name == profile.name else p for p in self.profiles]
        self._show_profile()
        self.catalogue_did_change.emit()

    def new_profile(self) -> None:
        if not self.context.is_admin:
            return
        name = TextDialog.ask(
            self,
            self.tr("New profile"),
            self.tr("Name of the profile (e.g. Jeunes):"),
            max_length=64,
        )
        if not name:
            return
        client = self.context.client
        self.context.run(lambda: client.add_profile(name), self._did_add, self._did_fail_add)

    def _did_add(self, profile: ProfileInfo) -> None:
        self.profiles.append(profile)
        self.profile_list.addItem(profile.name)
        self.select_profile(profile.name)
        self.context.show_message(
            lambda: self.tr("Profile “%1” created: tick its apps, then save.").replace(
                "%1", profile.name
            )
        )
        self.catalogue_did_change.emit()

    def _did_fail_add(self, error: BaseException) -> None:
        if isinstance(error, ApiError) and error.code == ErrorCode.INVALID_REQUEST:
            self.context.show_message(
                lambda: self.tr(
                    "This name is taken, or not allowed (at most 64 characters, no “/”)."
                ),
                error=True,
            )
        else:
            self.context.show_error(error)

    def delete_selected(self) -> None:
        profile = self.selected_profile()
        if profile is None or not self.context.is_admin:
            return
        text = self.tr("Delete the profile “%1”?").replace("%1", profile.name)
        given = self.assign_box.describe(profile)
        if given:
            text += " " + self.tr("It is given to: %1.").replace("%1", "; ".join(given))
            text += " " + self.tr(
                "Those visitors then get the profiles of the next rule (their category's, "
                "else the default), or no app at all."
            )
        if not ConfirmDialog.ask(self, text):
            return
        name = profile.name
        self.context.run(
            lambda: self.context.client.remove_profile(name),
            lambda _none: self._did_delete(name),
            self._did_fail,
        )

    def _did_delete(self, name: str) -> None:
        self.pending.pop(name, None)
        self.profiles = [p for p in self.profiles if p.name != name]
        for item in self.profile_list.findItems(name, Qt.MatchFlag.MatchExactly):
            self.profile_list.takeItem(self.profile_list.row(item))
        self.context.show_message(lambda: self.tr("Profile “%1” deleted.").replace("%1", name))
        self._show_profile()
        self.catalogue_did_change.emit()

    def _did_fail(self, error: BaseException) -> None:
        self._show_profile()
        self.context.show_error(error)

    # --- text -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.list_label.setText(self.tr("&Profiles"))
        self.profile_list.setAccessibleName(self.tr("Profiles"))
        self.new_button.setText(self.tr("&New…"))
        self.new_button.setToolTip(self.tr("Create a profile (Ctrl+N)"))
        self.delete_button.setText(self.tr("Dele&te…"))
        self.delete_button.setToolTip(self.tr("Delete the selected profile (Delete)"))
        self.empty_label.setText(
            self.tr("No profile yet. Create one with “New…” (Ctrl+N).")
            if self.context.is_admin
            else self.tr("No profile yet. An administrator creates them.")
        )
        self.app_list.setAccessibleName(self.tr("Apps of the profile"))
        self.save_button.setText(self.tr("&Save apps"))
        self.save_button.setToolTip(self.tr("Save the ticked apps for this profile (Ctrl+S)"))
        self._retranslate_profile()
        self._show_unsaved()
        self.assign_box.retranslate()

    def _retranslate_profile(self) -> None:
        profile = self.selected_profile()
        if profile is None:
            self.apps_box.setTitle(self.tr("Apps"))
            self.apps_hint.setText(self.tr("Choose a profile on the left."))
        else:
            self.apps_box.setTitle(self.tr("Apps of “%1”").replace("%1", profile.name))
            if not self.apps:
                self.apps_hint.setText(self.tr("The catalogue has no app yet: add apps first."))
            elif self.context.is_admin:
                self.apps_hint.setText(self.tr("Tick the apps visitors of this profile may open."))
            else:
                self.apps_hint.setText(self.tr("The apps visitors of this profile may open."))
