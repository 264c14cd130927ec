"""The staff console window: the live table of stations and the actions on the selected one."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelection, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kiosk.protocol import (
    ApiError,
    CommandStatus,
    ErrorCode,
    LoginResponse,
    ServerUnreachable,
    StaffInfo,
    StationList,
    StationState,
    StationStatus,
)
from ui.console.live import StationFeed
from ui.console.login import LoginClient, LoginDialog
from ui.console.station_model import SORT_ROLE, STATION_ROLE, Column, StationTableModel
from ui.i18n import LANGUAGES
from ui.tasks import TaskManager

log = logging.getLogger("epn.ui.console")

_EXPIRED = {ErrorCode.TOKEN_EXPIRED, ErrorCode.UNAUTHENTICATED}


# lupdate finds calls of a function named translate with a literal context and text.
translate = QCoreApplication.translate


class ActionClient(LoginClient, Protocol):
    """The staff client used for login and actions (not the one of the feed)."""

    token: str | None

    def extend(self, station: str, minutes: int) -> CommandStatus: ...

    def end(self, station: str) -> CommandStatus: ...


class LanguageSwitch(Protocol):
    current: str

    def set_language(self, language: str) -> None: ...


def action_error_text(error: BaseException) -> str:
    """Translated sentence for a staff action the server refused or could not receive."""
    if isinstance(error, ServerUnreachable):
        return translate(
            "ConsoleMessages", "The server cannot be reached. The action was not sent; try again."
        )
    if isinstance(error, ApiError):
        sentences = {
            ErrorCode.NO_ACTIVE_SESSION: translate(
                "ConsoleMessages", "This computer has no session running."
            ),
            ErrorCode.FORBIDDEN: translate(
                "ConsoleMessages", "You may not manage the computers of this site."
            ),
            ErrorCode.NOT_FOUND: translate(
                "ConsoleMessages", "This computer is not known to the server any more."
            ),
            ErrorCode.TOKEN_EXPIRED: translate(
                "ConsoleMessages", "Your sign-in has expired. Sign in again."
            ),
            ErrorCode.UNAUTHENTICATED: translate(
                "ConsoleMessages", "Your sign-in has expired. Sign in again."
            ),
        }
        return sentences.get(
            error.code, translate("ConsoleMessages", "The server refused this action.")
        )
    return translate("ConsoleMessages", "Something went wrong. Try again, or call the IT helpdesk.")


class ConfirmDialog:
    """Asks the staff member to confirm a destructive action; replaced in tests through ask()."""

    @classmethod
    def ask(cls, parent: QWidget | None, text: str) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("ConsoleMessages", "Please confirm"))
        box.setText(text)
        yes = box.addButton(translate("ConsoleMessages", "Yes"), QMessageBox.ButtonRole.YesRole)
        no = box.addButton(translate("ConsoleMessages", "No"), QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(no)
        box.exec()
        return box.clickedButton() is yes


class ConsoleWindow(QMainWindow):
    """Shows what the feed reports and sends what the staff member asks for.

    After an action the table updates by itself: the server bumps the list version and the
    feed's open long-poll returns at once.
    """

    def __init__(
        self,
        *,
        server_url: str,
        client: ActionClient,
        feed: StationFeed,
        tasks: TaskManager,
        languages: LanguageSwitch,
        staff: StaffInfo | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("ConsoleWindow")
        self.server_url = server_url
        self.client = client
        self.feed = feed
        self.tasks = tasks
        self.languages = languages
        self.staff = staff
        self.online: bool | None = None
        self._message: Callable[[], str] = str
        self._message_is_error = False

        self.model = StationTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setDynamicSortFilter(True)

        self.title = QLabel(objectName="Title")
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.STATION, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        self.minutes_label = QLabel()
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 240)
        self.minutes.setValue(15)
        self.minutes_label.setBuddy(self.minutes)
        self.extend_button = QPushButton(objectName="Primary")
        self.end_button = QPushButton()
        actions = QHBoxLayout()
        actions.addWidget(self.minutes_label)
        actions.addWidget(self.minutes)
        actions.addWidget(self.extend_button)
        actions.addStretch(1)
        actions.addWidget(self.end_button)

        central = QWidget()
        root = QVBoxLayout(central)
        root.addWidget(self.title)
        root.addWidget(self.table, 1)
        root.addLayout(actions)
        self.setCentralWidget(central)

        self.user_label = QLabel(objectName="Status")
        self.connection_label = QLabel(objectName="Status")
        self.message_label = QLabel()
        bar = self.statusBar()
        bar.addWidget(self.message_label, 1)
        bar.addPermanentWidget(self.connection_label)
        bar.addPermanentWidget(self.user_label)

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

        self.extend_button.clicked.connect(self.extend_selected)
        self.end_button.clicked.connect(self.end_selected)
        self.table.selectionModel().selectionChanged.connect(self._selection_did_change)
        self.model.dataChanged.connect(self._update_actions)
        self.model.rowsRemoved.connect(self._update_actions)
        feed.stations_did_change.connect(self.show_stations)
        feed.connection_did_change.connect(self.set_online)
        feed.session_did_expire.connect(self.session_did_expire)

        self.resize(900, 560)
        self.retranslate()
        self._update_actions()

    # --- what the feed reports ---------------------------------------------------------------

    def show_stations(self, stations: StationList) -> None:
        self.model.set_stations(stations.stations)
        self._update_actions()

    def set_online(self, online: bool) -> None:
        self.online = online
        self._retranslate_status()

    def set_staff(self, staff: StaffInfo) -> None:
        self.staff = staff
        self._retranslate_status()

    def session_did_expire(self) -> None:
        """Ask for the password again; the table, selection and settings stay as they are."""
        self._show_message(
            lambda: translate("ConsoleMessages", "Your sign-in has expired. Sign in again."),
            error=True,
        )
        username = self.staff.username if self.staff else ""
        response = LoginDialog.ask(self, self.server_url, self.client, self.tasks, username)
        if response is None:
            self.close()
            return
        self.signed_in(response)

    def signed_in(self, response: LoginResponse) -> None:
        self.feed.set_token(response.token)
        self.set_staff(response.staff)
        self._show_message(str)
        self.feed.start()

    # --- actions -----------------------------------------------------------------------------

    def selected_station(self) -> StationStatus | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        station = rows[0].data(STATION_ROLE)
        return station if isinstance(station, StationStatus) else None

    def select_station(self, name: str) -> bool:
        row = self.model.row_of(name)
        if row is None:
            return False
        self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        return True

    def extend_selected(self) -> None:
        station = self.selected_station()
        if station is None or station.state != StationState.IN_USE:
            return
        name, minutes = station.name, self.minutes.value()
        self._show_message(lambda: translate("ConsoleMessages", "Sending…"))
        self.tasks.run(
            lambda: self.client.extend(name, minutes),
            lambda _status: self._show_message(
                lambda: self.tr("%n minute(s) added on %1.", "", minutes).replace("%1", name)
            ),
            self._action_failed,
        )

    def end_selected(self) -> None:
        station = self.selected_station()
        if station is None or station.state != StationState.IN_USE:
            return
        name = station.name
        who = station.visitor_name or station.visitor_identifier or ""
        question = (
            self.tr("End the session of %1 on %2 now?").replace("%1", who).replace("%2", name)
            if who
            else self.tr("End the session on %1 now?").replace("%1", name)
        )
        if not ConfirmDialog.ask(self, question):
            return
        self._show_message(lambda: translate("ConsoleMessages", "Sending…"))
        self.tasks.run(
            lambda: self.client.end(name),
            lambda _status: self._show_message(
                lambda: self.tr("The session on %1 is being ended.").replace("%1", name)
            ),
            self._action_failed,
        )

    def _action_failed(self, error: BaseException) -> None:
        if not isinstance(error, ApiError | ServerUnreachable):
            log.error("staff action failed", exc_info=error)
        self._show_message(lambda: action_error_text(error), error=True)
        if isinstance(error, ApiError) and error.code in _EXPIRED and not self.feed.running:
            self.session_did_expire()

    def _selection_did_change(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_actions()

    def _update_actions(self, *_args: object) -> None:
        station = self.selected_station()
        in_use = station is not None and station.state == StationState.IN_USE
        self.extend_button.setEnabled(in_use)
        self.end_button.setEnabled(in_use)

    # --- text ----------------------------------------------------------------------------------

    def set_language(self, code: str) -> None:
        self.languages.set_language(code)
        self.language_actions[code].setChecked(True)

    def _show_message(self, text: Callable[[], str], *, error: bool = False) -> None:
        self._message, self._message_is_error = text, error
        self.message_label.setObjectName("Error" if error else "Status")
        self.message_label.style().unpolish(self.message_label)
        self.message_label.style().polish(self.message_label)
        self.message_label.setText(text())

    @property
    def message_text(self) -> str:
        return self.message_label.text()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("EPN console"))
        self.title.setText(self.tr("Computers"))
        self.minutes_label.setText(self.tr("Minutes"))
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Minutes to add"))
        self.extend_button.setText(self.tr("Extend"))
        self.extend_button.setToolTip(self.tr("Add the minutes to the selected session (Ctrl+E)"))
        self.end_button.setText(self.tr("End session"))
        self.end_button.setToolTip(self.tr("End the selected session (Del)"))
        # setText() replaces a button's shortcut with the text's mnemonic: set them after.
        self.extend_button.setShortcut(QKeySequence("Ctrl+E"))
        self.end_button.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        self.table.setAccessibleName(self.tr("Computers"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.model.retranslate()
        self.message_label.setText(self._message())
        self._retranslate_status()

    def _retranslate_status(self) -> None:
        if self.staff is None:
            self.user_label.setText("")
        else:
            role = self.tr("administrator") if self.staff.role == "admin" else self.tr("staff")
            self.user_label.setText(
                self.tr("Signed in as %1 (%2)")
                .replace("%1", self.staff.username)
                .replace("%2", role)
            )
        if self.online is None:
            self.connection_label.setText(self.tr("Connecting…"))
        elif self.online:
            self.connection_label.setText(self.tr("Live"))
        else:
            self.connection_label.setText(self.tr("Reconnecting…"))
