"""The staff console window: a page per view, the site scope, the connection, the member."""

from __future__ import annotations

import logging
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.protocol.sites import SiteSummary
from kiosk.protocol.staff import LoginResponse, StaffInfo
from ui.console.context import ConsoleContext
from ui.console.dialogs import ConfirmDialog
from ui.console.login import LoginClient, LoginDialog
from ui.console.room.live import StationFeed
from ui.console.shortcuts import ShortcutsDialog, shortcuts_of
from ui.console.view import ConsoleView
from ui.i18n import LANGUAGES

log = logging.getLogger("epn.ui.console")

__all__ = ["ConfirmDialog", "ConsoleWindow"]

# lupdate finds calls of a function named translate with a literal context and text.
translate = QCoreApplication.translate


class LanguageSwitch(Protocol):
    current: str

    def set_language(self, language: str) -> None: ...


class ConsoleWindow(QMainWindow):
    """Navigation on the left, the chosen page on the right; the site chooser and the
    connection state on top, the last message and the member in the status bar.

    When the server cannot be reached, a banner says the console is reconnecting and the pages
    keep showing what they last knew. When the token expires, the sign-in dialog comes up over
    the window; the pages, selection and typed text stay as they are.
    """

    def __init__(
        self,
        *,
        server_url: str,
        context: ConsoleContext,
        feed: StationFeed,
        views: list[ConsoleView],
        languages: LanguageSwitch,
    ) -> None:
        super().__init__()
        self.setObjectName("ConsoleWindow")
        self.server_url = server_url
        self.context = context
        self.feed = feed
        self.views = views
        self.languages = languages
        #: Set when the program shuts down (signal, end of the demo): nothing is asked.
        self.closing_for_good = False

        self.navigation = QListWidget(objectName="Navigation")
        self.navigation.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.pages = QStackedWidget()
        for view in views:
            self.navigation.addItem(QListWidgetItem())
            self.pages.addWidget(view)
        self.navigation.setFixedWidth(200)
        # the status line speaks of the page it was said on: cleared first, then the page
        # shown (which may say it is loading)
        self.navigation.currentRowChanged.connect(lambda _row: context.show_message(str))
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)

        self.site_label = QLabel()
        self.site_combo = QComboBox(objectName="SiteChooser")
        self.site_label.setBuddy(self.site_combo)
        self.banner = QLabel(objectName="Reconnecting")
        self.banner.setWordWrap(True)
        self.banner.hide()
        top = QHBoxLayout()
        top.addWidget(self.site_label)
        top.addWidget(self.site_combo)
        top.addStretch(1)

        right = QVBoxLayout()
        right.addLayout(top)
        right.addWidget(self.banner)
        right.addWidget(self.pages, 1)
        central = QWidget()
        root = QHBoxLayout(central)
        root.addWidget(self.navigation)
        root.addLayout(right, 1)
        self.setCentralWidget(central)

        self.user_label = QLabel(objectName="Status")
        self.connection_label = QLabel(objectName="Status")
        self.message_label = QLabel()
        bar = self.statusBar()
        bar.addWidget(self.message_label, 1)
        bar.addPermanentWidget(self.connection_label)
        bar.addPermanentWidget(self.user_label)

        self.console_menu = self.menuBar().addMenu("")
        self.refresh_action = QAction(self, shortcut=QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.triggered.connect(self.refresh_current)
        self.quit_action = QAction(self, shortcut=QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        self.console_menu.addAction(self.refresh_action)
        self.console_menu.addSeparator()
        self.console_menu.addAction(self.quit_action)

        self.view_menu = self.menuBar().addMenu("")
        self.view_actions: list[QAction] = []
        for index, _view in enumerate(views):
            action = QAction(self)
            if index < 10:  # Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth (the keyboard's order)
                action.setShortcut(QKeySequence(f"Ctrl+{(index + 1) % 10}"))
            action.triggered.connect(lambda _=False, i=index: self.show_view(i))
            self.view_menu.addAction(action)
            self.view_actions.append(action)

        self.help_menu = self.menuBar().addMenu("")
        self.shortcuts_action = QAction(
            self, shortcut=QKeySequence(QKeySequence.StandardKey.HelpContents)
        )
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.help_menu.addAction(self.shortcuts_action)

        self.language_menu = self.menuBar().addMenu("")
        self.language_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        group.setExclusive(True)
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == languages.current)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

        self.site_combo.currentIndexChanged.connect(self._site_chosen)
        context.message_did_change.connect(self._show_message)
        context.connection_did_change.connect(self._connection_did_change)
        context.session_did_expire.connect(self.session_did_expire)
        context.staff_did_change.connect(self._retranslate_status)
        feed.connection_did_change.connect(context.set_online)
        feed.session_did_expire.connect(context.expire)

        self.resize(1200, 760)
        self.retranslate()
        self.navigation.setCurrentRow(0)

    # --- pages -----------------------------------------------------------------------------

    def show_view(self, index: int) -> None:
        self.navigation.setCurrentRow(index)
        self.pages.currentWidget().setFocus()

    def view(self, kind: type[ConsoleView]) -> ConsoleView:
        return next(v for v in self.views if isinstance(v, kind))

    def current_view(self) -> ConsoleView:
        view = self.pages.currentWidget()
        assert isinstance(view, ConsoleView)
        return view

    def refresh_current(self) -> None:
        self.current_view().refresh()

    def shortcuts(self) -> list[tuple[str, str]]:
        """The window's shortcuts and those of the page in view."""
        own = self.findChildren(QAction, options=Qt.FindChildOption.FindDirectChildrenOnly)
        rows = {
            (action.text().replace("&", ""), keys.toString(QKeySequence.SequenceFormat.NativeText))
            for action in own
            for keys in action.shortcuts()
        }
        rows.update(shortcuts_of(self.current_view()))
        return sorted(rows, key=lambda pair: pair[0].casefold())

    def show_shortcuts(self) -> None:
        ShortcutsDialog.ask(self, self.shortcuts())

    # --- scope ---------------------------------------------------------------------------------

    def set_sites(self, sites: list[SiteSummary]) -> None:
        """Fill the site chooser: "All my sites" first when there are several."""
        self.context.set_sites(sites)
        self._fill_sites()

    def _fill_sites(self) -> None:
        sites = self.context.sites
        self.site_combo.blockSignals(True)
        self.site_combo.clear()
        if len(sites) != 1:
            label = self.tr("All sites") if self.context.is_admin else self.tr("All my sites")
            self.site_combo.addItem(label, None)
        for site in sorted(sites, key=lambda s: s.name):
            self.site_combo.addItem(site.name, site.id)
        index = self.site_combo.findData(self.context.site_id)
        self.site_combo.setCurrentIndex(max(index, 0))
        self.site_combo.blockSignals(False)
        if len(sites) == 1 and self.context.site_id != sites[0].id:
            self.context.set_site(sites[0].id)

    def _site_chosen(self, index: int) -> None:
        data = self.site_combo.itemData(index)
        self.context.set_site(data if isinstance(data, int) else None)

    # --- the server ---------------------------------------------------------------------------

    def _connection_did_change(self, online: bool) -> None:
        self.banner.setVisible(not online)
        self._retranslate_status()

    def session_did_expire(self) -> None:
        """Ask for the password again; the pages, selection and settings stay as they are."""
        username = self.context.staff.username
        client: LoginClient = self.context.client
        response = LoginDialog.ask(self, self.server_url, client, self.context.tasks, username)
        if response is None:
            self.context.gave_up()
            self.close()
            return
        self.signed_in(response)

    def signed_in(self, response: LoginResponse) -> None:
        self.feed.set_token(response.token)
        self.context.signed_in(response)
        self._retranslate_status()
        self.feed.start()
        self.context.run(self.context.client.sites, self.set_sites)

    @property
    def staff(self) -> StaffInfo:
        return self.context.staff

    # --- closing -------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask before unsaved changes are lost (not when the program shuts down for good)."""
        unsaved = [view.title() for view in self.views if view.has_unsaved_changes()]
        if unsaved and not self.closing_for_good:
            question = self.tr(
                "Changes in %1 are not saved. Close the console and lose them?"
            ).replace("%1", ", ".join(unsaved))
            if not ConfirmDialog.ask(self, question):
                event.ignore()
                return
        super().closeEvent(event)

    # --- text ----------------------------------------------------------------------------------

    def set_language(self, code: str) -> None:
        self.languages.set_language(code)
        self.language_actions[code].setChecked(True)

    def _show_message(self) -> None:
        error = self.context.message_is_error
        self.message_label.setObjectName("Error" if error else "Status")
        self.message_label.style().unpolish(self.message_label)
        self.message_label.style().polish(self.message_label)
        self.message_label.setText(self.context.message())

    @property
    def message_text(self) -> str:
        return self.message_label.text()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("EPN console"))
        for index, view in enumerate(self.views):
            title = view.title()
            self.navigation.item(index).setText(title)
            self.view_actions[index].setText(title)
        self.navigation.setAccessibleName(self.tr("Views"))
        self.site_label.setText(self.tr("&Site"))
        self.site_combo.setAccessibleName(self.tr("Site"))
        self.banner.setText(
            self.tr(
                "The server cannot be reached. Reconnecting… The screen shows the last known "
                "state; actions are not sent until the connection is back."
            )
        )
        self.console_menu.setTitle(self.tr("&Console"))
        self.refresh_action.setText(self.tr("Refresh"))
        self.quit_action.setText(self.tr("Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.shortcuts_action.setText(self.tr("Keyboard shortcuts"))
        if self.site_combo.count() and self.site_combo.itemData(0) is None:
            self.site_combo.setItemText(
                0, self.tr("All sites") if self.context.is_admin else self.tr("All my sites")
            )
        self._show_message()
        self._retranslate_status()

    def _retranslate_status(self) -> None:
        staff = self.context.staff
        roles = {"admin": self.tr("administrator"), "teacher": self.tr("teacher")}
        role = roles.get(staff.role) or self.tr("staff")
        self.user_label.setText(
            self.tr("Signed in as %1 (%2)").replace("%1", staff.username).replace("%2", role)
        )
        online = self.context.online
        if online is None:
            self.connection_label.setText(self.tr("Connecting…"))
        elif online:
            self.connection_label.setText(self.tr("Live"))
        else:
            self.connection_label.setText(self.tr("Reconnecting…"))
