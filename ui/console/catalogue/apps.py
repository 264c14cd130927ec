"""The app catalogue tab: a table of every app, add / change / delete for admins."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QIcon, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kiosk.protocol.catalogue import ProfileInfo
from kiosk.protocol.station import AppEntry
from ui.console.catalogue.app_dialog import LANGUAGES, PLATFORMS, AppDialog, app_name
from ui.console.context import ConsoleContext
from ui.console.dialogs import ConfirmDialog
from ui.console.tables import show_cells_whole

APP_ROLE = Qt.ItemDataRole.UserRole + 1
#: Columns: id (with the icon), a name per language, a command per platform, processes, profiles.
COLUMNS = ("id", *(f"names.{lang}" for lang in LANGUAGES), *PLATFORMS, "processes", "profiles")
#: What the pane under the table says of the selected app, whole.
DETAILS = (*PLATFORMS, "processes", "profiles")


def profiles_using(app_id: str, profiles: Sequence[ProfileInfo]) -> list[str]:
    return [p.name for p in profiles if app_id in p.apps]


class AppsPanel(QWidget):
    """Lists the catalogue; admins add, change and delete apps (each change reloads it)."""

    catalogue_did_change = Signal()

    def __init__(self, context: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AppsPanel")
        self.context = context
        self.apps: list[AppEntry] = []
        self.profiles: list[ProfileInfo] = []

        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.filter_label = QLabel()
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_label.setBuddy(self.filter_edit)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        show_cells_whole(self.table)
        self.table.verticalHeader().hide()
        # every column on screen: the id and the names as wide as they are, the commands,
        # programs and profiles share the rest and wrap
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in range(1 + len(LANGUAGES)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.details_box = QGroupBox()
        self.detail_labels = {key: QLabel() for key in DETAILS}
        self.detail_values = {key: QLabel() for key in DETAILS}
        self.details_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        details = QFormLayout(self.details_box)
        details.setVerticalSpacing(6)
        for key in DETAILS:
            value = self.detail_values[key]
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            details.addRow(self.detail_labels[key], value)
        self.empty_label = QLabel(objectName="Status")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)

        self.add_button = QPushButton(objectName="Primary")
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        self.add_button.setShortcut(QKeySequence("Ctrl+N"))
        self.delete_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        self.delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_shortcut.activated.connect(self.delete_selected)
        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.activated.connect(self.filter_edit.setFocus)

        top = QHBoxLayout()
        top.addWidget(self.filter_label)
        top.addWidget(self.filter_edit, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.add_button)
        actions.addWidget(self.edit_button)
        actions.addStretch(1)
        actions.addWidget(self.delete_button)
        root = QVBoxLayout(self)
        root.addLayout(top)
        root.addWidget(self.stack, 1)
        root.addWidget(self.details_box)
        root.addLayout(actions)
        self.setTabOrder(self.filter_edit, self.table)
        self.setTabOrder(self.table, self.add_button)
        self.setTabOrder(self.add_button, self.edit_button)
        self.setTabOrder(self.edit_button, self.delete_button)

        self.add_button.clicked.connect(self.add_app)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.table.selectionModel().selectionChanged.connect(self._show_details)
        self.retranslate()
        self._update_actions()

    # --- what the server holds ------------------------------------------------------------

    def set_catalogue(self, apps: Sequence[AppEntry], profiles: Sequence[ProfileInfo]) -> None:
        selected = self.selected_app()
        self.apps, self.profiles = list(apps), list(profiles)
        self.model.removeRows(0, self.model.rowCount())
        for app in self.apps:
            self.model.appendRow(self._row(app))
        if selected is not None:
            self.select_app(selected.id)
        self._show_empty()
        self._update_actions()
        self._show_details()

    def _row(self, app: AppEntry) -> list[QStandardItem]:
        values = [
            app.id,
            *(app.names.get(lang, "") for lang in LANGUAGES),
            *(app.commands.get(platform, "") for platform in PLATFORMS),
            ", ".join(app.processes),
            ", ".join(profiles_using(app.id, self.profiles)),
        ]
        items = []
        for value in values:
            item = QStandardItem(value)
            item.setToolTip(value)
            item.setData(app, APP_ROLE)
            items.append(item)
        if app.icon:
            items[0].setIcon(QIcon.fromTheme(app.icon))
        return items

    def _show_details(self) -> None:
        app = self.selected_app()
        self.details_box.setVisible(app is not None)
        if app is None:
            return
        name = app_name(app)
        self.details_box.setTitle(f"{app.id} — {name}" if name != app.id else app.id)
        none = self.tr("none")
        values = {
            **{p: app.commands.get(p) or none for p in PLATFORMS},
            "processes": ", ".join(app.processes) or none,
            "profiles": ", ".join(profiles_using(app.id, self.profiles)) or none,
        }
        for key, value in values.items():
            self.detail_values[key].setText(value)

    def _show_empty(self) -> None:
        self.stack.setCurrentWidget(self.empty_label if not self.apps else self.table)

    # --- selection ------------------------------------------------------------------------

    def selected_app(self) -> AppEntry | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        app = rows[0].data(APP_ROLE)
        return app if isinstance(app, AppEntry) else None

    def select_app(self, app_id: str) -> bool:
        for row in range(self.model.rowCount()):
            if self.model.item(row, 0).text() == app_id:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                if index.isValid():
                    self.table.selectRow(index.row())
                    return True
        return False

    def _update_actions(self) -> None:
        admin = self.context.is_admin
        selected = self.selected_app() is not None
        self.add_button.setEnabled(admin)
        if self.add_button.objectName() != ("Primary" if admin else ""):
            # the theme's primary colour is for what the member can do
            self.add_button.setObjectName("Primary" if admin else "")
            self.add_button.style().unpolish(self.add_button)
            self.add_button.style().polish(self.add_button)
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(admin and selected)
        self.delete_shortcut.setEnabled(admin)

    # --- actions --------------------------------------------------------------------------

    def add_app(self) -> None:
        if not self.context.is_admin:
            return
        app = AppDialog.ask(self, self.context)
        if app is not None:
            self._did_save(app, added=True)

    def edit_selected(self) -> None:
        current = self.selected_app()
        if current is None:
            return
        read_only = not self.context.is_admin
        app = AppDialog.ask(self, self.context, current, read_only=read_only)
        if app is not None:
            self._did_save(app, added=False)

    def _did_save(self, app: AppEntry, *, added: bool) -> None:
        self.apps = [a for a in self.apps if a.id != app.id] + [app]
        self.set_catalogue(self.apps, self.profiles)
        self.select_app(app.id)
        if added:
            self.context.show_message(lambda: self.tr("App “%1” added.").replace("%1", app.id))
        else:
            self.context.show_message(lambda: self.tr("App “%1” saved.").replace("%1", app.id))
        self.catalogue_did_change.emit()

    def delete_selected(self) -> None:
        app = self.selected_app()
        if app is None or not self.context.is_admin:
            return
        using = profiles_using(app.id, self.profiles)
        text = self.tr("Delete the app “%1”?").replace("%1", app.id)
        if using:
            text += " " + self.tr(
                "It is taken out of these profiles: %1. Visitors of these profiles no longer see it."
            ).replace("%1", ", ".join(using))
        else:
            text += " " + self.tr("No profile uses it.")
        text += " " + self.tr("Its usage statistics are kept.")
        if not ConfirmDialog.ask(self, text):
            return
        app_id = app.id
        self.delete_button.setEnabled(False)
        self.context.run(
            lambda: self.context.client.remove_app(app_id),
            lambda _none: self._did_delete(app_id),
            self._did_fail,
        )

    def _did_delete(self, app_id: str) -> None:
        self.context.show_message(lambda: self.tr("App “%1” deleted.").replace("%1", app_id))
        self.apps = [a for a in self.apps if a.id != app_id]
        self.set_catalogue(self.apps, self.profiles)
        self.catalogue_did_change.emit()

    def _did_fail(self, error: BaseException) -> None:
        self._update_actions()
        self.context.show_error(error)

    # --- text -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.filter_label.setText(self.tr("&Find"))
        self.filter_edit.setPlaceholderText(self.tr("Id, name, command or program (Ctrl+F)"))
        self.filter_edit.setAccessibleName(self.tr("Find an app"))
        self.table.setAccessibleName(self.tr("Apps"))
        headers = (
            self.tr("Id"),
            self.tr("French"),
            self.tr("Dutch"),
            self.tr("English"),
            self.tr("Linux"),
            self.tr("Windows"),
            self.tr("Programs"),
            self.tr("Profiles"),
        )
        self.model.setHorizontalHeaderLabels(list(headers))
        detail_texts = {
            "linux": self.tr("Command on Linux:"),
            "windows": self.tr("Command on Windows:"),
            "processes": self.tr("Programs allowed:"),
            "profiles": self.tr("In the profiles:"),
        }
        for key, text in detail_texts.items():
            self.detail_labels[key].setText(text)
        self._show_details()
        self.add_button.setText(self.tr("&Add app…"))
        self.add_button.setToolTip(self.tr("Add an app to the catalogue (Ctrl+N)"))
        self.edit_button.setText(
            self.tr("&Change…") if self.context.is_admin else self.tr("&Details…")
        )
        self.edit_button.setToolTip(self.tr("Open the selected app (Enter or double-click)"))
        self.delete_button.setText(self.tr("De&lete…"))
        self.delete_button.setToolTip(self.tr("Delete the selected app (Delete)"))
        self.empty_label.setText(
            self.tr("No app in the catalogue yet. Add one with “Add app…” (Ctrl+N).")
            if self.context.is_admin
            else self.tr("No app in the catalogue yet. An administrator adds them.")
        )
