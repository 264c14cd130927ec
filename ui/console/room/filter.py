"""Which stations the room shows, and in which order: the site, a filter, a search, a sort."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from kiosk.protocol.room import StationState, StationStatus
from ui.console.room import texts as room_text
from ui.console.room.station_model import (
    SORT_ROLE,
    STATION_ROLE,
    Column,
    StationTableModel,
    natural_key,
)

_Index = QModelIndex | QPersistentModelIndex


class Show(StrEnum):
    """The filter buttons above the room."""

    ALL = "all"
    IN_USE = "in_use"
    FREE = "free"
    ATTENTION = "attention"
    UNAVAILABLE = "unavailable"  # offline or out of order


class SortBy(StrEnum):
    NAME = "name"
    TIME_LEFT = "time_left"
    STATE = "state"


SORT_COLUMNS = {
    SortBy.NAME: Column.STATION,
    SortBy.TIME_LEFT: Column.TIME_LEFT,
    SortBy.STATE: Column.STATE,
}


def shown_by(show: Show, station: StationStatus, attention: bool) -> bool:
    if show == Show.IN_USE:
        return room_text.has_session(station)
    if show == Show.FREE:
        return station.state == StationState.FREE
    if show == Show.ATTENTION:
        return attention
    if show == Show.UNAVAILABLE:
        return station.state in (StationState.OFFLINE, StationState.OUT_OF_ORDER) or (
            not station.enabled
        )
    return True


def matches(station: StationStatus, text: str) -> bool:
    """The search: part of the computer's name, the visitor's name or their identifier (staff
    may type a whole card number to find where the visitor sits; it is never shown)."""
    needle = text.strip().casefold()
    if not needle:
        return True
    haystack = [station.name, station.visitor_name or "", station.visitor_identifier or ""]
    if room_text.has_session(station):
        haystack.append(room_text.app_text(station))
    return any(needle in value.casefold() for value in haystack)


class RoomFilter(QSortFilterProxyModel):
    """Rows of the chosen site that pass the filter and the search, sorted by one column
    (the computer's name breaks ties, PC-2 before PC-10)."""

    def __init__(self, model: StationTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.room = model
        self.setSourceModel(model)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        self.show = Show.ALL
        self.text = ""
        self.site_id: int | None = None
        #: Only these stations (a teacher's running class); None: every one.
        self.names: frozenset[str] | None = None
        self.sort(Column.STATION, Qt.SortOrder.AscendingOrder)

    def set_show(self, show: Show) -> None:
        if show != self.show:
            self.beginFilterChange()
            self.show = show
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        if text != self.text:
            self.beginFilterChange()
            self.text = text
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_site(self, site_id: int | None) -> None:
        if site_id != self.site_id:
            self.beginFilterChange()
            self.site_id = site_id
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_names(self, names: frozenset[str] | None) -> None:
        if names != self.names:
            self.beginFilterChange()
            self.names = names
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_sort(self, sort_by: SortBy) -> None:
        self.sort(SORT_COLUMNS[sort_by], Qt.SortOrder.AscendingOrder)

    def sort_by(self) -> SortBy | None:
        for key, column in SORT_COLUMNS.items():
            if column == self.sortColumn():
                return key
        return None

    def in_scope(self, station: StationStatus) -> bool:
        if self.names is not None and station.name not in self.names:
            return False
        return self.site_id is None or station.site.id == self.site_id

    def counts(self) -> dict[Show, int]:
        """How many stations of the chosen site each filter button would show."""
        result = dict.fromkeys(Show, 0)
        for station in self.room.stations():
            if not self.in_scope(station):
                continue
            attention = self.room.needs_attention(station)
            for show in Show:
                if shown_by(show, station, attention):
                    result[show] += 1
        return result

    def stations(self) -> list[StationStatus]:
        """The stations shown, in their order."""
        return [self.index(row, 0).data(STATION_ROLE) for row in range(self.rowCount())]

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        station = self.room.station_at(source_row)
        if not self.in_scope(station) or not matches(station, self.text):
            return False
        if self.show == Show.ALL:
            return True
        return shown_by(self.show, station, self.room.needs_attention(station))

    def lessThan(self, left: _Index, right: _Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a != b:
            return bool(a < b)
        name_a = natural_key(self.room.station_at(left.row()).name)
        name_b = natural_key(self.room.station_at(right.row()).name)
        return name_a < name_b
