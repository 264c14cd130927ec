"""The errors a station forwarded to the server (``StaffClient.station_errors``), newest first.

Opened from the room ("Show errors…" in the context menu and under More) for one station. The
list loads through :meth:`ConsoleContext.run` (never on the UI thread); times are when the
server received each report, on the station's site clock. The station scrubbed the messages
before sending them: no card number, PIN or token is in them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidgetItem, QWidget

from kiosk.protocol.room import StationStatus
from kiosk.protocol.station_errors import StationError, StationErrorList
from ui.console.context import ConsoleContext, error_text
from ui.console.list_dialog import ListDialog
from ui.formats import DEFAULT_TIMEZONE, format_day, format_time, site_moment

COLUMNS = 4


class StationErrorsDialog(ListDialog):
    """One station's forwarded errors: when, level, message, how many times."""

    def __init__(
        self, context: ConsoleContext, station: StationStatus, parent: QWidget | None = None
    ) -> None:
        super().__init__(COLUMNS, stretch=2, parent=parent)
        self.setObjectName("StationErrorsDialog")
        self.context = context
        self.station = station
        self.errors: list[StationError] = []
        self.loading = False
        self.loaded = False  # a first answer came
        self.failed = False
        self.table.setWordWrap(True)
        self.refresh_button.clicked.connect(self.refresh)
        self.retranslate()
        self.resize(720, 420)
        self.refresh()

    @classmethod
    def open_for(
        cls, context: ConsoleContext, station: StationStatus, parent: QWidget | None
    ) -> StationErrorsDialog:
        """Show the dialog (window-modal) and return it; tests replace this."""
        dialog = cls(context, station, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- the server call --------------------------------------------------------------------

    def refresh(self) -> None:
        self.loading = True
        self.refresh_button.setEnabled(False)
        client, name = self.context.client, self.station.name
        self.context.run(lambda: client.station_errors(name), self._loaded, self._failed)

    def _loaded(self, listing: StationErrorList) -> None:
        self.loading, self.loaded, self.failed = False, True, False
        self.errors = list(listing.errors)
        self.say(str)
        self._fill()

    def _failed(self, error: BaseException) -> None:
        self.loading, self.failed = False, True
        self.say(
            lambda: self.tr("The errors could not be loaded: %1").replace("%1", error_text(error))
        )
        self._fill()

    # --- the table --------------------------------------------------------------------------

    def timezone(self) -> str:
        """The station's site's zone (the member's sites), else the default one."""
        site = next((s for s in self.context.sites if s.id == self.station.site.id), None)
        return site.timezone if site is not None else DEFAULT_TIMEZONE

    def when(self, error: StationError) -> str:
        """When the server received the report, on the site's clock: "12 March 14:02"."""
        moment = site_moment(error.received_at, self.timezone())
        if moment is None:
            return error.received_at
        return f"{format_day(moment)} {format_time(moment)}"

    def level_text(self, level: str) -> str:
        """The logging level as staff read it; an unknown one as the station sent it."""
        names = {
            "CRITICAL": self.tr("Critical"),
            "ERROR": self.tr("Error"),
            "WARNING": self.tr("Warning"),
        }
        return names.get(level.upper(), level)

    def _fill(self) -> None:
        self.table.setRowCount(len(self.errors))
        for row, error in enumerate(self.errors):
            message = QTableWidgetItem(error.message)
            message.setToolTip(f"{error.logger}: {error.message}")
            count = QTableWidgetItem(str(error.count))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            level = QTableWidgetItem(self.level_text(error.level))
            items = (QTableWidgetItem(self.when(error)), level, message)
            for column, item in enumerate((*items, count)):
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.results.setCurrentIndex(0 if self.errors else 1)
        if self.failed and not self.loaded:
            self.empty.setText(self.tr("Nothing to show."))
        elif self.loaded:
            self.empty.setText(self.tr("This computer has reported no error."))
        else:
            self.empty.setText(self.tr("Loading…"))
        self.refresh_button.setEnabled(not self.loading)

    # --- texts ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Errors of %1").replace("%1", self.station.name))
        self.intro.setText(
            self.tr(
                "The errors this computer's program reported to the server, newest first "
                "(the last 30 days). Give them to the IT helpdesk if the computer misbehaves."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Received"), self.tr("Level"), self.tr("Message"), self.tr("Times")]
        )
        self.table.setAccessibleName(self.tr("Errors of %1").replace("%1", self.station.name))
        super().retranslate()
        self._fill()
