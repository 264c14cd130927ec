"""The room: the live list of the stations and the actions on the selected one."""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kiosk.protocol import StationList, StationState, StationStatus
from ui.console.context import ConsoleContext
from ui.console.dialogs import ConfirmDialog
from ui.console.live import StationFeed
from ui.console.station_model import SORT_ROLE, STATION_ROLE, Column, StationTableModel
from ui.console.view import ConsoleView

log = logging.getLogger("epn.ui.console.room")


class RoomView(ConsoleView):
    """Shows what the feed reports and sends what the staff member asks for.

    After an action the list updates by itself: the server bumps the list version and the
    feed's open long-poll returns at once.
    """

    def __init__(
        self, context: ConsoleContext, feed: StationFeed, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("RoomView")
        self.feed = feed

        self.model = StationTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setDynamicSortFilter(True)

        self.heading = QLabel(objectName="Title")
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

        root = QVBoxLayout(self)
        root.addWidget(self.heading)
        root.addWidget(self.table, 1)
        root.addLayout(actions)

        self.extend_button.clicked.connect(self.extend_selected)
        self.end_button.clicked.connect(self.end_selected)
        self.table.selectionModel().selectionChanged.connect(self._selection_did_change)
        self.model.dataChanged.connect(self._update_actions)
        self.model.rowsRemoved.connect(self._update_actions)
        feed.stations_did_change.connect(self.show_stations)
        self.retranslate()
        self._update_actions()

    def title(self) -> str:
        return self.tr("Room")

    # --- what the feed reports ---------------------------------------------------------------

    def show_stations(self, stations: StationList) -> None:
        self.model.set_stations(stations.stations)
        self._update_actions()

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
        self.context.show_message(lambda: self.tr("Sending…"))
        self.context.run(
            lambda: self.context.client.extend(name, minutes),
            lambda _status: self.context.show_message(
                lambda: self.tr("%n minute(s) added on %1.", "", minutes).replace("%1", name)
            ),
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
        self.context.show_message(lambda: self.tr("Sending…"))
        self.context.run(
            lambda: self.context.client.end(name),
            lambda _status: self.context.show_message(
                lambda: self.tr("The session on %1 is being ended.").replace("%1", name)
            ),
        )

    def _selection_did_change(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_actions()

    def _update_actions(self, *_args: object) -> None:
        station = self.selected_station()
        in_use = station is not None and station.state == StationState.IN_USE
        self.extend_button.setEnabled(in_use)
        self.end_button.setEnabled(in_use)

    # --- text ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Computers"))
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
        self.model.retranslate()
