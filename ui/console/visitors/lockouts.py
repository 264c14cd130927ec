"""The Lockouts dialog: who is held back after too many failed sign-ins, and lifting a limit.

Opened from the Visitors page. Staff see their sites' computers and the cards slowed at
every computer; admins also see console logins and enrolment by network address. Cards are
shown masked (••••1234): the server keeps no card number with a limit. Every call goes
through :meth:`ConsoleContext.run`; lifting a limit is audited by the server.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTableWidgetItem, QWidget

from kiosk.protocol.reports import LockoutInfo, LockoutKind
from ui.console.context import ConsoleContext, error_text
from ui.console.list_dialog import ListDialog
from ui.formats import format_duration

log = logging.getLogger("epn.ui.console.visitors.lockouts")

# the id of the row's lockout, kept in its first column's item
LOCKOUT_ROLE = Qt.ItemDataRole.UserRole + 1


def wait_text(seconds: int) -> str:
    """The wait left ("14 min", "40 s"); a dash when none."""
    if seconds <= 0:
        return "—"
    return format_duration(seconds)


class LockoutsDialog(ListDialog):
    """The limits making someone wait now; select one and lift it."""

    def __init__(self, context: ConsoleContext, parent: QWidget | None = None) -> None:
        clear_button = QPushButton(objectName="Primary")
        super().__init__(3, stretch=0, actions=(clear_button,), parent=parent)
        self.clear_button = clear_button
        self.setObjectName("LockoutsDialog")
        self.context = context
        self.lockouts: list[LockoutInfo] = []
        self.loading = False
        self.loaded = False  # a first answer came
        self.refresh_button.clicked.connect(self.refresh)
        self.clear_button.clicked.connect(self.clear_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.retranslate()
        self.resize(640, 420)
        self.refresh()

    @classmethod
    def open_for(cls, context: ConsoleContext, parent: QWidget | None) -> LockoutsDialog:
        """Show the dialog (window-modal) and return it; tests replace this."""
        dialog = cls(context, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- server calls -----------------------------------------------------------------------

    def refresh(self) -> None:
        self.loading = True
        self._update_buttons()
        client = self.context.client
        self.context.run(client.lockouts, self._loaded, self._failed)

    def clear_selected(self) -> None:
        lockout = self.selected()
        if lockout is None:
            return
        self.loading = True
        self._update_buttons()
        client = self.context.client
        self.context.run(lambda: client.clear_lockout(lockout.id), self._cleared, self._failed)

    def _loaded(self, lockouts: list[LockoutInfo]) -> None:
        self.loading, self.loaded = False, True
        self.lockouts = list(lockouts)
        self._fill()

    def _cleared(self, lockout: LockoutInfo) -> None:
        log.info("lockout %d lifted (%s)", lockout.id, lockout.kind)
        self.say(
            lambda: self.tr("Lifted: %1. They can try again now.").replace(
                "%1", self.describe(lockout)
            )
        )
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self.loading = False
        self.say(lambda: error_text(error))
        self._update_buttons()

    # --- the table --------------------------------------------------------------------------

    def selected(self) -> LockoutInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        wanted = item.data(LOCKOUT_ROLE) if item is not None else None
        return next((x for x in self.lockouts if x.id == wanted), None)

    def _fill(self) -> None:
        self.table.setRowCount(len(self.lockouts))
        for row, lockout in enumerate(self.lockouts):
            who = QTableWidgetItem(self.describe(lockout))
            who.setData(LOCKOUT_ROLE, lockout.id)
            failures = QTableWidgetItem(str(lockout.failures))
            failures.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            wait = QTableWidgetItem(wait_text(lockout.retry_after_seconds))
            wait.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, item in enumerate((who, failures, wait)):
                self.table.setItem(row, column, item)
        if self.lockouts:
            self.table.selectRow(0)
        self.results.setCurrentIndex(0 if self.lockouts else 1)
        self.empty.setText(
            self.tr("Nobody is held back now.") if self.loaded else self.tr("Loading…")
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.refresh_button.setEnabled(not self.loading)
        self.clear_button.setEnabled(not self.loading and self.selected() is not None)

    def describe(self, lockout: LockoutInfo) -> str:
        """Who or what a limit holds back, in the member's language."""
        kind = lockout.kind
        card, station = lockout.card or "", lockout.station or ""
        address = lockout.address or ""
        if kind == LockoutKind.VISITOR_PIN:
            text = self.tr("Card %1 on computer %2").replace("%1", card).replace("%2", station)
        elif kind == LockoutKind.VISITOR_CARD:
            text = self.tr("Card %1 on every computer (slowed down)").replace("%1", card)
        elif kind == LockoutKind.STATION_PROBE:
            text = self.tr("Computer %1: too many unknown cards or PINs").replace("%1", station)
        elif kind == LockoutKind.STATION_STAFF:
            text = self.tr("Staff sign-in on computer %1").replace("%1", station)
        elif kind == LockoutKind.STAFF_LOGIN and lockout.account:
            text = (
                self.tr("Console sign-in of %1 from %2")
                .replace("%1", lockout.account)
                .replace("%2", address)
            )
        elif kind == LockoutKind.STAFF_LOGIN:
            text = self.tr("Console sign-in of an unknown user from %1").replace("%1", address)
        elif kind == LockoutKind.STAFF_ADDRESS:
            text = self.tr("Console sign-ins from %1").replace("%1", address)
        else:
            text = self.tr("Station enrolment codes from %1").replace("%1", address)
        return text

    # --- texts ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Lockouts"))
        self.intro.setText(
            self.tr(
                "After too many wrong PINs or passwords, a card, a computer or a network "
                "address has to wait before the next try. Lift a limit once you have checked "
                "who it is: they can try again at once."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Held back"), self.tr("Failures"), self.tr("Wait")]
        )
        self.clear_button.setText(self.tr("Lift the limit"))
        super().retranslate()
        self._fill()
