"""The room: the live stations as tiles or a compact list, and the desk's actions on them.

Both views show the same filtered model through one selection model, so switching views keeps
the selection. Actions (toolbar, context menu, shortcuts) act on every selected station where
they make sense; each command stays shown as pending on its tile until the station
acknowledges it (the server lists it in ``StationStatus.pending``), and a refused or failed one
is shown once as an error on the tile and in the status line.

Longer than the ~400-line aim: the room's two views, its filters, actions, shortcuts and their
texts; what it sends is in send.py, the tiles in tiles.py, the model in station_model.py.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.protocol.room import StationList, StationState, StationStatus
from kiosk.protocol.sites import SiteSummary
from ui.console.context import ConsoleContext
from ui.console.fields import fit_placeholder
from ui.console.room import texts as room_text
from ui.console.room.action_bar import ActionBar
from ui.console.room.bookings import BookingDialog, BookingsDialog
from ui.console.room.class_bar import ClassBar
from ui.console.room.commands import CommandTracker
from ui.console.room.desk_calls import DeskCallAlarm
from ui.console.room.errors_dialog import StationErrorsDialog
from ui.console.room.filter import RoomFilter, Show, SortBy
from ui.console.room.live import StationFeed
from ui.console.room.queue_panel import QueuePanel
from ui.console.room.sending import RoomSending, can_message
from ui.console.room.station_model import (
    DESK_CALL_COLOUR,
    STATION_ROLE,
    Column,
    StationTableModel,
    natural_key,
)
from ui.console.room.tiles import TilesView
from ui.console.view import ConsoleView
from ui.theme import BLUE, BLUE_DARK, INK, MUTED, PAPER, RED, YELLOW_LIGHT

log = logging.getLogger("epn.ui.console.room.view")

ROOM_STYLE = f"""
QPushButton#Filter {{ padding: 4px 10px; border: 1px solid {MUTED}; border-radius: 4px;
                     background: {PAPER}; }}
QPushButton#Filter:checked {{ background: {BLUE}; color: {PAPER}; border-color: {BLUE_DARK}; }}
QPushButton#Filter:focus {{ border: 2px solid {INK}; }}
#RoomActions {{ spacing: 4px; border: none; }}
#RoomActions QToolButton, QToolButton#DangerAction {{ padding: 4px 7px;
    border: 1px solid {BLUE}; border-radius: 4px; background: {PAPER}; color: {BLUE_DARK}; }}
#RoomActions QToolButton:disabled {{ border-color: #c4c9d4; color: #8a8f98; }}
#RoomActions QToolButton:focus, QToolButton#DangerAction:focus {{
    border: 2px solid {INK}; background: {YELLOW_LIGHT}; }}
#RoomActions QToolButton#PrimaryAction {{ background: {BLUE}; color: {PAPER};
    font-weight: bold; }}
#RoomActions QToolButton#PrimaryAction:disabled {{ background: #c4c9d4; color: {PAPER}; }}
QToolButton#DangerAction {{ border-color: {RED}; color: {RED}; }}
QToolButton#BookingsAction {{ padding: 4px 7px; border: 1px solid {BLUE}; border-radius: 4px;
    background: {PAPER}; color: {BLUE_DARK}; }}
QToolButton#BookingsAction:focus {{ border: 2px solid {INK}; background: {YELLOW_LIGHT}; }}
QToolButton#BookingsAction:disabled {{ border-color: #c4c9d4; color: #8a8f98; }}
#RoomActions QToolButton#DeskCallAction {{ border-color: {DESK_CALL_COLOUR};
    color: {DESK_CALL_COLOUR}; font-weight: bold; }}
#RoomActions QToolButton#DeskCallAction:disabled {{ border-color: #c4c9d4; color: #8a8f98;
    font-weight: normal; }}
QToolButton#DangerAction:disabled {{ border-color: #c4c9d4; color: #8a8f98; }}
#RoomActions QToolButton#MoreAction {{ padding-right: 22px; }}
#RoomActions QToolButton#MoreAction::menu-indicator {{ subcontrol-origin: padding;
    subcontrol-position: center right; right: 6px; }}
QLabel#Empty {{ color: {MUTED}; font-size: 16px; padding: 40px; }}
"""


class RoomView(ConsoleView):
    """Shows what the feed reports and sends what the staff member asks for.

    After an action the room updates by itself: the server bumps the list version and the
    feed's open long-poll returns at once.
    """

    def __init__(
        self,
        context: ConsoleContext,
        feed: StationFeed,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("RoomView")
        self.feed = feed
        self.tracker = CommandTracker()
        self.model = StationTableModel(self, tracker=self.tracker)
        self.proxy = RoomFilter(self.model, self)
        self.send = RoomSending(self, self)
        self.alarm = DeskCallAlarm(self, settings=settings)
        self.last_queues: list = []

        # --- heading and filters ----------------------------------------------------------
        self.heading = QLabel(objectName="Title")
        self.show_buttons: dict[Show, QPushButton] = {}
        self.show_group = QButtonGroup(self)
        self.show_group.setExclusive(True)
        filters = QHBoxLayout()
        filters.setSpacing(4)
        for show in Show:
            button = QPushButton(objectName="Filter")
            button.setCheckable(True)
            button.setChecked(show == Show.ALL)
            button.clicked.connect(lambda _=False, s=show: self.set_show(s))
            self.show_group.addButton(button)
            self.show_buttons[show] = button
            filters.addWidget(button)
        filters.addStretch(1)
        self.search_label = QLabel()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search)
        self.search.textChanged.connect(self.proxy.set_text)
        filters.addWidget(self.search_label)
        filters.addWidget(self.search)

        self.sort_label = QLabel()
        self.sort_combo = QComboBox()
        for sort_by in SortBy:
            self.sort_combo.addItem("", sort_by.value)
        self.sort_label.setBuddy(self.sort_combo)
        self.sort_combo.currentIndexChanged.connect(self._sort_chosen)
        self.tiles_button = QPushButton(objectName="Filter")
        self.list_button = QPushButton(objectName="Filter")
        self.view_group = QButtonGroup(self)
        for button in (self.tiles_button, self.list_button):
            button.setCheckable(True)
            self.view_group.addButton(button)
        self.tiles_button.setChecked(True)
        self.tiles_button.clicked.connect(lambda: self.show_list(False))
        self.list_button.clicked.connect(lambda: self.show_list(True))
        # a sound when a computer calls the desk; staff may turn it off (remembered)
        self.sound_box = QCheckBox(objectName="DeskCallSound")
        self.sound_box.setChecked(self.alarm.enabled)
        self.sound_box.toggled.connect(self.alarm.set_enabled)
        heading = QHBoxLayout()
        heading.addWidget(self.heading)
        heading.addStretch(1)
        heading.addWidget(self.sound_box)
        heading.addSpacing(12)
        heading.addWidget(self.sort_label)
        heading.addWidget(self.sort_combo)
        heading.addSpacing(12)
        heading.addWidget(self.tiles_button)
        heading.addWidget(self.list_button)

        # --- the two views, one selection ---------------------------------------------------
        self.tiles = TilesView()
        self.tiles.setModel(self.proxy)
        self.table = QTableView()
        self.table.setObjectName("RoomList")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.STATION, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.NOTES, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(90)
        header.sortIndicatorChanged.connect(self._header_sorted)
        self.selection = self.table.selectionModel()
        old = self.tiles.selectionModel()
        self.tiles.setSelectionModel(self.selection)
        old.deleteLater()
        self.empty_label = QLabel(objectName="Empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tiles)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)

        # --- actions --------------------------------------------------------------------------
        def action(handler: Callable[[], None], shortcut: str | None = None) -> QAction:
            act = QAction(self)
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
                # the window's: works wherever the focus is, only while the room is shown
                act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(lambda _=False: handler())
            self.addAction(act)
            return act

        self.answer_action = action(self.send.answer_selected, "Ctrl+J")
        self.extend5_action = action(lambda: self.send.extend_selected(5), "Ctrl+Shift+E")
        self.extend15_action = action(lambda: self.send.extend_selected(15), "Ctrl+E")
        self.extend_custom_action = action(self.send.extend_selected_by, "Ctrl+Shift+T")
        self.set_time_action = action(self.send.set_time_selected, "Ctrl+T")
        self.after_hours_action = action(self.send.extend_after_hours)
        self.end_action = action(self.send.end_selected, "Del")
        self.message_action = action(self.send.message_selected, "Ctrl+M")
        self.lock_action = action(self.send.lock_selected, "Ctrl+L")
        self.unlock_action = action(self.send.unlock_selected, "Ctrl+U")
        self.sign_in_action = action(self.send.sign_in_here, "Ctrl+N")
        self.disable_action = action(self.send.disable_selected)
        self.enable_action = action(self.send.enable_selected)
        self.end_all_action = action(self.send.end_all)
        self.errors_action = action(self.show_errors)
        self.find_action = action(self._focus_search, "Ctrl+F")
        self.toggle_view_action = action(
            lambda: self.show_list(not self.list_shown), "Ctrl+Shift+L"
        )
        self.book_action = action(self.book_selected, "Ctrl+R")
        self.group_book_action = action(self.book_group)
        self.bookings_action = action(self.show_bookings, "Ctrl+Shift+B")

        # the common actions as buttons; the rarer ones in two menus, so that the row fits
        # 1280 px in every language (the shortcuts and the context menu have them all)
        self.toolbar = ActionBar()
        self.toolbar.add_action(self.answer_action, "DeskCallAction")
        self.toolbar.add_gap()
        self.toolbar.add_action(self.extend15_action, "PrimaryAction")
        self.time_menu = QMenu(self)
        self.time_menu.addAction(self.extend5_action)
        self.time_menu.addAction(self.extend_custom_action)
        self.time_menu.addAction(self.set_time_action)
        self.time_menu.addAction(self.after_hours_action)
        self.time_button = QToolButton(objectName="MoreAction")
        self.time_button.setMenu(self.time_menu)
        self.time_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.toolbar.add_widget(self.time_button)
        self.toolbar.add_gap()
        self.toolbar.add_action(self.message_action)
        self.toolbar.add_action(self.lock_action)
        self.toolbar.add_action(self.unlock_action)
        self.toolbar.add_gap()
        self.toolbar.add_action(self.end_action, "DangerAction")
        self.toolbar.add_gap()
        self.toolbar.add_action(self.sign_in_action)
        self.more_menu = QMenu(self)
        self.more_menu.addAction(self.disable_action)
        self.more_menu.addAction(self.enable_action)
        self.more_menu.addSeparator()
        self.more_menu.addAction(self.book_action)
        self.more_menu.addAction(self.group_book_action)
        self.more_menu.addAction(self.bookings_action)
        self.more_menu.addSeparator()
        self.more_menu.addAction(self.errors_action)
        self.more_button = QToolButton(objectName="MoreAction")
        self.more_button.setMenu(self.more_menu)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.toolbar.add_widget(self.more_button)
        self.end_all_button = QToolButton(objectName="DangerAction")
        self.end_all_button.setDefaultAction(self.end_all_action)
        heading.insertWidget(1, self.end_all_button)
        self.bookings_button = QToolButton(objectName="BookingsAction")
        self.bookings_button.setDefaultAction(self.bookings_action)
        self.selection_label = QLabel(objectName="Status")

        # the desk's queue beside the computers
        self.queue = QueuePanel(context)
        # the bookings beside the queue: the heading's row is full in French at 1280 px
        self.queue.top.addWidget(self.bookings_button)
        body = QHBoxLayout()
        body.addWidget(self.stack, 1)
        body.addWidget(self.queue)

        root = QVBoxLayout(self)
        root.addLayout(heading)
        #: A teacher's class bar (None for staff): the room shows their class's PCs only.
        self.class_bar: ClassBar | None = None
        if context.staff.role == "teacher":
            self.class_bar = ClassBar(context, self.site_stations)
            root.addWidget(self.class_bar)
        root.addLayout(filters)
        root.addWidget(self.toolbar)
        root.addLayout(body, 1)
        root.addWidget(self.selection_label)

        self.selection.selectionChanged.connect(self._selection_did_change)
        self.model.dataChanged.connect(self._model_did_change)
        self.model.rowsRemoved.connect(self._model_did_change)
        self.model.rowsInserted.connect(self._model_did_change)
        self.proxy.rowsInserted.connect(self._update_empty)
        self.proxy.rowsRemoved.connect(self._update_empty)
        self.proxy.modelReset.connect(self._update_empty)
        self.proxy.layoutChanged.connect(self._update_empty)
        self.tiles.customContextMenuRequested.connect(
            lambda pos: self._show_menu(self.tiles.viewport().mapToGlobal(pos))
        )
        self.table.customContextMenuRequested.connect(
            lambda pos: self._show_menu(self.table.viewport().mapToGlobal(pos))
        )
        self.tiles.activated.connect(lambda _index: self.send.default_action())
        self.table.activated.connect(lambda _index: self.send.default_action())
        feed.stations_did_change.connect(self.show_stations)
        self.setFocusProxy(self.tiles)
        self.setStyleSheet(ROOM_STYLE)
        if self.class_bar is not None:
            self._teacher_room(self.class_bar)
        self.retranslate()
        self._update_actions()
        self._update_empty()

    def title(self) -> str:
        return self.tr("Room")

    def _teacher_room(self, bar: ClassBar) -> None:
        """A teacher acts through the class bar only: the desk's actions, menus, queue and
        bookings are not theirs (the server refuses them), and the room shows their class."""
        for act in self.actions():
            self.removeAction(act)
        for widget in (self.toolbar, self.end_all_button, self.queue, self.sound_box):
            widget.hide()
        for view in (self.tiles, self.table):
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
            view.activated.disconnect()
        bar.class_did_change.connect(self._class_did_change)
        self._class_did_change(None)
        bar.refresh()

    def _class_did_change(self, info: object) -> None:
        stations = getattr(info, "stations", None)
        # no class running: the teacher sees no PC until they start one
        self.proxy.set_names(frozenset(stations or ()))
        self._update_empty()

    def refresh(self) -> None:
        """The room is live (the feed); a refresh applies the site chosen in the toolbar."""
        self.proxy.set_site(self.context.site_id)
        self.model.timezones = {site.id: site.timezone for site in self.context.sites}
        self.queue.show_queues(self.last_queues, self.model.stations())
        self._model_did_change()
        self._update_empty()

    # --- what the feed reports ---------------------------------------------------------------

    def show_stations(self, stations: StationList) -> None:
        self.model.timezones = {site.id: site.timezone for site in self.context.sites}
        self.model.timezones.update({q.site_id: q.timezone for q in stations.queues})
        self.model.set_stations(stations.stations)
        if self.class_bar is not None:
            self.class_bar.check_over()
        self.last_queues = list(stations.queues)
        self.queue.show_queues(stations.queues, stations.stations)
        self.alarm.stations_did_change(stations.stations)
        for sent in self.tracker.update(stations.stations):
            self.send.ask_outcome(sent)
        self._model_did_change()
        self._update_empty()

    # --- views, filter, sort ---------------------------------------------------------------

    @property
    def list_shown(self) -> bool:
        return self.list_button.isChecked()

    def show_list(self, shown: bool) -> None:
        """The compact list (for large rooms) or the tiles; the selection stays."""
        had_focus = self.stack.currentWidget().hasFocus()
        self.list_button.setChecked(shown)
        self.tiles_button.setChecked(not shown)
        self._update_empty()
        view = self.current_view()
        self.setFocusProxy(view)
        current = self.selection.currentIndex()
        if current.isValid():
            view.scrollTo(current)
        if had_focus or self.isVisible():
            view.setFocus()

    def current_view(self) -> QAbstractItemView:
        return self.table if self.list_shown else self.tiles

    def set_show(self, show: Show) -> None:
        self.show_buttons[show].setChecked(True)
        self.proxy.set_show(show)
        self._update_empty()
        self._update_actions()

    def set_sort(self, sort_by: SortBy) -> None:
        self.sort_combo.setCurrentIndex(self.sort_combo.findData(sort_by.value))

    def _sort_chosen(self, index: int) -> None:
        data = self.sort_combo.itemData(index)
        if isinstance(data, str):
            self.proxy.set_sort(SortBy(data))
            self.table.horizontalHeader().setSortIndicator(
                self.proxy.sortColumn(), Qt.SortOrder.AscendingOrder
            )

    def _header_sorted(self, _column: int, _order: Qt.SortOrder) -> None:
        sort_by = self.proxy.sort_by()
        if sort_by is not None:
            self.sort_combo.blockSignals(True)
            self.sort_combo.setCurrentIndex(self.sort_combo.findData(sort_by.value))
            self.sort_combo.blockSignals(False)

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _update_empty(self, *_args: object) -> None:
        if self.proxy.rowCount() == 0:
            if not any(self.proxy.in_scope(s) for s in self.model.stations()):
                self.empty_label.setText(
                    self.tr(
                        "No computer at this site yet. An administrator adds them with "
                        '"epn station add", then enrols each PC.'
                    )
                )
            else:
                self.empty_label.setText(
                    self.tr('No computer matches. Clear the search or choose "All".')
                )
            self.stack.setCurrentWidget(self.empty_label)
        else:
            self.stack.setCurrentWidget(self.table if self.list_shown else self.tiles)

    # --- selection ---------------------------------------------------------------------------

    def selected_stations(self) -> list[StationStatus]:
        """The selected stations, in the order shown."""
        rows = sorted({index.row() for index in self.selection.selectedIndexes()})
        stations = [self.proxy.index(row, 0).data(STATION_ROLE) for row in rows]
        return [s for s in stations if isinstance(s, StationStatus)]

    def selected_station(self) -> StationStatus | None:
        stations = self.selected_stations()
        return stations[0] if stations else None

    def select_station(self, name: str, *, add: bool = False) -> bool:
        """Select the station with this name (and only it, unless ``add``); False if not shown."""
        row = self.model.row_of(name)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        flags = QItemSelectionModel.SelectionFlag.Rows | (
            QItemSelectionModel.SelectionFlag.Select
            if add
            else QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.selection.setCurrentIndex(index, flags)
        self.current_view().scrollTo(index)
        return True

    def select_all(self) -> None:
        self.current_view().selectAll()

    def _selection_did_change(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_actions()

    def _model_did_change(self, *_args: object) -> None:
        self._update_actions()
        counts = self.proxy.counts()
        self._retranslate_counts(counts)

    def _update_actions(self, *_args: object) -> None:
        selected = self.selected_stations()
        sessions = [s for s in selected if room_text.has_session(s)]
        for act in (
            self.extend5_action,
            self.extend15_action,
            self.extend_custom_action,
            self.set_time_action,
            self.end_action,
        ):
            act.setEnabled(bool(sessions))
        # an administrator's override of closing time; staff never see it
        self.after_hours_action.setVisible(self.context.is_admin)
        self.after_hours_action.setEnabled(bool(sessions) and self.context.is_admin)
        self.answer_action.setEnabled(any(s.desk_call is not None for s in selected))
        self.message_action.setEnabled(any(can_message(s) for s in selected))
        self.lock_action.setEnabled(any(s.state == StationState.IN_USE for s in selected))
        self.unlock_action.setEnabled(any(s.state == StationState.LOCKED for s in selected))
        self.sign_in_action.setEnabled(
            len(selected) == 1 and selected[0].state == StationState.FREE
        )
        self.disable_action.setEnabled(any(s.enabled for s in selected))
        self.enable_action.setEnabled(any(not s.enabled for s in selected))
        self.end_all_action.setEnabled(bool(self.room_sessions()))
        self.errors_action.setEnabled(len(selected) == 1)
        self.book_action.setEnabled(len(selected) == 1 and self.booking_site(selected) is not None)
        self.group_book_action.setEnabled(self.booking_site(selected) is not None)
        self.bookings_action.setEnabled(self.booking_site(selected) is not None)
        self._retranslate_selection(selected)

    def room_sessions(self) -> list[StationStatus]:
        """Every session of the chosen site, whatever the filter shows."""
        return [
            s for s in self.model.stations() if self.proxy.in_scope(s) and room_text.has_session(s)
        ]

    # --- the context menu ----------------------------------------------------------------------

    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        if self.answer_action.isEnabled():
            menu.addAction(self.answer_action)
            menu.addSeparator()
        for act in (
            self.extend5_action,
            self.extend15_action,
            self.extend_custom_action,
            self.set_time_action,
        ):
            menu.addAction(act)
        menu.addSeparator()
        menu.addAction(self.message_action)
        menu.addAction(self.lock_action)
        menu.addAction(self.unlock_action)
        menu.addSeparator()
        menu.addAction(self.end_action)
        menu.addSeparator()
        menu.addAction(self.sign_in_action)
        menu.addAction(self.disable_action)
        menu.addAction(self.enable_action)
        menu.addSeparator()
        menu.addAction(self.book_action)
        menu.addAction(self.group_book_action)
        menu.addAction(self.bookings_action)
        menu.addSeparator()
        menu.addAction(self.errors_action)
        return menu

    # --- bookings ------------------------------------------------------------------------------

    def booking_site(self, selected: list[StationStatus] | None = None) -> SiteSummary | None:
        """Where a booking goes: the selected computers' site, else the toolbar's site, else
        the member's only site."""
        sites = {s.site.id for s in (self.selected_stations() if selected is None else selected)}
        if len(sites) == 1:
            [site_id] = sites
            return next((s for s in self.context.sites if s.id == site_id), None)
        site = self.context.site()
        if site is None and len(self.context.sites) == 1:
            site = self.context.sites[0]
        return site

    def site_stations(self, site: SiteSummary) -> list[str]:
        names = [s.name for s in self.model.stations() if s.site.id == site.id]
        return sorted(names, key=natural_key)

    def book_selected(self) -> BookingDialog | None:
        """Book the selected computer for a visitor (a dialog; Ctrl+R)."""
        selected = self.selected_stations()
        site = self.booking_site(selected)
        if len(selected) != 1 or site is None:
            return None
        return BookingDialog.open_for(
            self.context, site, self.site_stations(site), self, station=selected[0].name
        )

    def book_group(self) -> BookingDialog | None:
        """Book computers for a group; the selected ones are proposed."""
        selected = self.selected_stations()
        site = self.booking_site(selected)
        if site is None:
            return None
        dialog = BookingDialog.open_for(
            self.context, site, self.site_stations(site), self, group=True
        )
        if selected:
            dialog.by_name.setChecked(True)
            names = {s.name for s in selected}
            for row in range(dialog.chosen.count()):
                item = dialog.chosen.item(row)
                if item.text() in names:
                    item.setCheckState(Qt.CheckState.Checked)
        return dialog

    def show_bookings(self) -> BookingsDialog | None:
        """Today's and upcoming bookings of the site (Ctrl+Shift+B)."""
        site = self.booking_site()
        if site is None:
            return None
        return BookingsDialog.open_for(self.context, site, self.site_stations(site), self)

    def show_errors(self) -> StationErrorsDialog | None:
        """The errors the selected station forwarded, in a dialog (one station at a time)."""
        selected = self.selected_stations()
        if len(selected) != 1:
            return None
        return StationErrorsDialog.open_for(self.context, selected[0], self)

    def _show_menu(self, at: QPoint) -> None:
        menu = self.context_menu()
        menu.exec(at)
        menu.deleteLater()

    # --- text ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Computers"))
        self.search_label.setText(self.tr("&Find"))
        self.search.setPlaceholderText(self.tr("Computer or visitor (Ctrl+F)"))
        fit_placeholder(self.search)
        self.search.setAccessibleName(self.tr("Find a computer or visitor"))
        self.sort_label.setText(self.tr("S&ort by"))
        self.sort_combo.setItemText(self.sort_combo.findData(SortBy.NAME.value), self.tr("Name"))
        self.sort_combo.setItemText(
            self.sort_combo.findData(SortBy.TIME_LEFT.value), self.tr("Time left")
        )
        self.sort_combo.setItemText(self.sort_combo.findData(SortBy.STATE.value), self.tr("State"))
        self.sort_combo.setAccessibleName(self.tr("Sort the computers by"))
        self.tiles_button.setText(self.tr("Tiles"))
        self.list_button.setText(self.tr("List"))
        self.tiles_button.setToolTip(self.tr("One tile per computer (Ctrl+Shift+L switches)"))
        self.list_button.setToolTip(self.tr("A compact list, for large rooms (Ctrl+Shift+L)"))
        self.tiles.setAccessibleName(self.tr("Computers"))
        self.table.setAccessibleName(self.tr("Computers"))
        self.sound_box.setText(self.tr("Sound for calls"))
        self.sound_box.setToolTip(self.tr("Play a sound when a computer calls the desk"))
        texts = (
            (
                self.answer_action,
                self.tr("I'm coming"),
                self.tr(
                    "Answer the selected computers' call: the visitor sees you are coming (Ctrl+J)"
                ),
            ),
            (
                self.extend5_action,
                self.tr("+5 min"),
                self.tr("Add 5 minutes to the selected sessions (Ctrl+Shift+E)"),
            ),
            (
                self.extend15_action,
                self.tr("+15 min"),
                self.tr("Add 15 minutes to the selected sessions (Ctrl+E)"),
            ),
            (
                self.extend_custom_action,
                self.tr("Extend…"),
                self.tr("Add the minutes you choose (Ctrl+Shift+T)"),
            ),
            (
                self.set_time_action,
                self.tr("Set time…"),
                self.tr("Set the time left of the selected sessions (Ctrl+T)"),
            ),
            (
                self.after_hours_action,
                self.tr("Extend after closing time…"),
                self.tr("Administrators: let the selected sessions run past closing time"),
            ),
            (
                self.end_action,
                self.tr("End session"),
                self.tr("End the selected sessions, after confirming (Del)"),
            ),
            (
                self.message_action,
                self.tr("Message…"),
                self.tr("Show a message on the selected computers (Ctrl+M)"),
            ),
            (
                self.lock_action,
                self.tr("Lock"),
                self.tr("Lock the screen; the visitor's time keeps running (Ctrl+L)"),
            ),
            (
                self.unlock_action,
                self.tr("Unlock"),
                self.tr("Unlock the selected screens (Ctrl+U)"),
            ),
            (
                self.sign_in_action,
                self.tr("Sign in…"),
                self.tr("Sign a visitor in on the selected free computer (Ctrl+N, or Enter)"),
            ),
            (
                self.disable_action,
                self.tr("Out of order…"),
                self.tr("Put the selected computers out of order, with a reason"),
            ),
            (
                self.enable_action,
                self.tr("Back in service"),
                self.tr("Put the selected computers back in service"),
            ),
            (
                self.end_all_action,
                self.tr("End all sessions…"),
                self.tr("Closing time: end every session of the room, after confirming"),
            ),
            (
                self.errors_action,
                self.tr("Show errors…"),
                self.tr("The errors the selected computer reported to the server"),
            ),
            (
                self.book_action,
                self.tr("Book this computer…"),
                self.tr(
                    "Book the selected computer for a visitor, later today or another day (Ctrl+R)"
                ),
            ),
            (
                self.group_book_action,
                self.tr("Book for a group…"),
                self.tr("Book several computers for a class or a group"),
            ),
            (
                self.bookings_action,
                self.tr("Bookings…"),
                self.tr("Today's and upcoming bookings, to cancel one (Ctrl+Shift+B)"),
            ),
            (self.find_action, self.tr("Find"), self.tr("Find a computer or visitor (Ctrl+F)")),
            (
                self.toggle_view_action,
                self.tr("Tiles or list"),
                self.tr("Switch between tiles and the list (Ctrl+Shift+L)"),
            ),
        )
        for act, text, tip in texts:
            act.setText(text)
            act.setIconText(text)  # keeps the "…" that says a dialog comes
            act.setToolTip(tip)
            act.setStatusTip(tip)
        self.time_button.setText(self.tr("More time"))
        self.time_button.setToolTip(self.tr("+5 min, the minutes you choose, the time left"))
        self.time_button.setAccessibleName(self.tr("More time actions"))
        self.more_button.setText(self.tr("More"))
        self.more_button.setToolTip(self.tr("Out of order, back in service, bookings, errors"))
        self.more_button.setAccessibleName(self.tr("More actions"))
        self._retranslate_counts(self.proxy.counts())
        self._retranslate_selection(self.selected_stations())
        self._update_empty()
        self.model.retranslate()
        self.queue.retranslate()

    def counted(self, what: str, n: int) -> str:
        texts = {
            "end": lambda: self.tr("End %n session(s) now: %1?", "", n),
            "end_all": lambda: self.tr(
                "End all %n session(s) in the room now? Every visitor is signed out.", "", n
            ),
            "message": lambda: self.tr("Message to %n computer(s)", "", n),
            "disable": lambda: self.tr(
                "Put %n computer(s) out of order? Sessions running there end now.", "", n
            ),
            "sending": lambda: self.tr("Sending to %n computer(s)…", "", n),
        }
        return texts[what]()

    def _retranslate_counts(self, counts: dict[Show, int]) -> None:
        labels = {
            Show.ALL: self.tr("All (%1)"),
            Show.IN_USE: self.tr("In use (%1)"),
            Show.FREE: self.tr("Free (%1)"),
            Show.ATTENTION: self.tr("Needs attention (%1)"),
            Show.UNAVAILABLE: self.tr("Offline or out of order (%1)"),
        }
        for show, button in self.show_buttons.items():
            button.setText(labels[show].replace("%1", str(counts[show])))

    def _retranslate_selection(self, selected: list[StationStatus]) -> None:
        if not selected:
            text = self.tr(
                "Select a computer (Ctrl+click or Shift+click for several, Ctrl+A for all)."
            )
        else:
            text = self.tr("%n computer(s) selected", "", len(selected))
        self.selection_label.setText(text)
