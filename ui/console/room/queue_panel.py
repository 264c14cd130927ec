"""The desk's queue beside the room: take a number for a visitor, see the line and call it.

Each ticket shows its number, who it is for (a name, or the card masked as the room masks it),
its state ("Waiting", "Called to PC-02 until 14:05") and its expected wait. The numbers called
now are shown large above the line, so the desk can read them out. The line comes with the
room's live list (``StationList.queues``): whatever changes, the feed brings it at once.

Keyboard: Ctrl+Shift+N goes to "Card or name", Enter takes the number; Ctrl+Shift+C calls the
first in line; in the line, Enter calls the selected ticket and the buttons have their Alt
letters.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.protocol.holds import SiteQueue, Ticket, TicketRequest, TicketState
from kiosk.protocol.room import StationState, StationStatus
from kiosk.protocol.sites import SiteSummary
from ui.console.context import ConsoleContext
from ui.console.room.hold_texts import ticket_state_text, wait_text
from ui.console.room.texts import mask_identifier
from ui.theme import BLUE_DARK, MUTED

#: The panel's width: the tiles keep three columns at 1280 px.
PANEL_WIDTH = 330

QUEUE_STYLE = f"""
QFrame#QueuePanel {{ border-left: 1px solid {MUTED}; }}
QLabel#QueueCalled {{ font-size: 20px; font-weight: bold; color: {BLUE_DARK}; }}
"""


def who_text(ticket: Ticket) -> str:
    """Who a ticket is for, as the room shows a visitor: the name, else the masked card."""
    if ticket.name:
        return ticket.name
    return mask_identifier(ticket.visitor or "")


class QueuePanel(QFrame):
    """The queue of the toolbar's site (or of every site of the member's when one only)."""

    def __init__(self, context: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("QueuePanel")
        self.context = context
        self.queues: list[SiteQueue] = []
        self.stations: list[StationStatus] = []
        self.setFixedWidth(PANEL_WIDTH)

        self.heading = QLabel(objectName="Title")
        self.called = QLabel(objectName="QueueCalled")
        # one line a number called: a word-wrapped label in a fixed width keeps relaying out
        self.called.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        self.who_label = QLabel()
        self.who_kind = QComboBox()
        self.who_kind.addItem("", "card")
        self.who_kind.addItem("", "name")
        self.who = QLineEdit()
        self.who.setMaxLength(120)
        self.who_label.setBuddy(self.who)
        self.take_button = QPushButton(objectName="Primary")
        self.who.returnPressed.connect(self.take)
        self.take_button.clicked.connect(self.take)
        self.who.textChanged.connect(self._update)
        take = QGridLayout()
        take.addWidget(self.who_label, 0, 0, 1, 2)
        take.addWidget(self.who_kind, 1, 0)
        take.addWidget(self.who, 1, 1)
        take.addWidget(self.take_button, 2, 0, 1, 2)
        take.setColumnStretch(1, 1)

        self.table = QTableWidget(0, 3)
        self.table.setObjectName("QueueList")
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # two lines a ticket, the state and its wait; fixed, so the line does not relayout
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(44)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update)
        self.table.itemActivated.connect(lambda _item: self.call_selected())
        self.empty = QLabel(objectName="Status")
        self.empty.setWordWrap(True)

        self.call_button = QPushButton(objectName="Primary")
        self.call_to_button = QToolButton()
        self.call_to_menu = QMenu(self)
        self.call_to_button.setMenu(self.call_to_menu)
        self.call_to_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.call_to_menu.aboutToShow.connect(self._fill_call_to)
        self.skip_button = QPushButton()
        self.cancel_button = QPushButton()
        self.serve_button = QPushButton()
        self.call_button.clicked.connect(lambda: self.call_selected())
        self.skip_button.clicked.connect(self.skip_selected)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.serve_button.clicked.connect(self.serve_selected)
        row1 = QHBoxLayout()
        row1.addWidget(self.call_button, 1)
        row1.addWidget(self.call_to_button)
        row2 = QHBoxLayout()
        row2.addWidget(self.skip_button)
        row2.addWidget(self.serve_button)
        row2.addWidget(self.cancel_button)

        self.take_action = self._window_action("Ctrl+Shift+N", self.focus_take)
        self.call_next_action = self._window_action("Ctrl+Shift+C", self.call_next)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 0, 0, 0)
        #: the heading's row: the room puts its Bookings button at its end
        self.top = QHBoxLayout()
        self.top.addWidget(self.heading)
        self.top.addStretch(1)
        layout.addLayout(self.top)
        layout.addWidget(self.called)
        layout.addLayout(take)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row1)
        layout.addLayout(row2)
        self.setStyleSheet(QUEUE_STYLE)
        self.retranslate()
        self.show_queues([], [])

    def _window_action(self, keys: str, handler: Callable[[], None]) -> QAction:
        act = QAction(self)
        act.setShortcut(QKeySequence(keys))
        act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        act.triggered.connect(lambda _=False: handler())
        self.addAction(act)
        return act

    # --- what the room reports ---------------------------------------------------------------

    def site(self) -> SiteSummary | None:
        """Where a number is taken: the toolbar's site, else the member's only site."""
        site = self.context.site()
        if site is None and len(self.context.sites) == 1:
            site = self.context.sites[0]
        return site

    def show_queues(self, queues: Sequence[SiteQueue], stations: Sequence[StationStatus]) -> None:
        self._shown = (list(queues), list(stations))
        scope = self.context.site_id
        self.queues = [q for q in queues if scope is None or q.site_id == scope]
        self.stations = [s for s in stations if scope is None or s.site.id == scope]
        selected = self.selected_ticket()
        several = len({q.site_id for q in self.queues}) > 1
        rows = [(queue, ticket) for queue in self.queues for ticket in queue.tickets]
        self.table.setRowCount(len(rows))
        for row, (queue, ticket) in enumerate(rows):
            number = str(ticket.number)
            who = who_text(ticket)
            if several:
                who = f"{who} ({queue.site})"
            state = ticket_state_text(ticket, queue.timezone)
            wait = wait_text(ticket)
            if wait:
                state = self.tr("%1 · %2").replace("%1", state).replace("%2", wait)
            cells = (number, who, state)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, ticket.id)
                if column == 0:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        if selected is not None:
            self.select_ticket(selected.id)
        elif rows and self.table.currentRow() < 0:
            self.table.selectRow(0)
        called = [(queue, t) for queue, t in rows if t.state == TicketState.CALLED and t.station]
        self.called.setText(
            "\n".join(
                self.tr("Number %1 → %2")
                .replace("%1", str(t.number))
                .replace("%2", t.station or "")
                for _queue, t in called
            )
        )
        self.called.setVisible(bool(called))
        self.called.setAccessibleName(self.called.text())
        self._update()

    def tickets(self) -> list[Ticket]:
        return [t for q in self.queues for t in q.tickets]

    def ticket(self, ticket_id: int) -> Ticket | None:
        return next((t for t in self.tickets() if t.id == ticket_id), None)

    def selected_ticket(self) -> Ticket | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        if item is None or not self.table.selectionModel().hasSelection():
            return None
        ticket_id = item.data(Qt.ItemDataRole.UserRole)
        return self.ticket(ticket_id) if isinstance(ticket_id, int) else None

    def select_ticket(self, ticket_id: int) -> bool:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == ticket_id:
                self.table.selectRow(row)
                return True
        return False

    def row_texts(self) -> list[list[str]]:
        """What the line shows, row by row (for tests and screen readers)."""
        return [
            [self.table.item(row, c).text() for c in range(self.table.columnCount())]
            for row in range(self.table.rowCount())
        ]

    # --- actions -------------------------------------------------------------------------------

    def focus_take(self) -> None:
        self.who.setFocus()
        self.who.selectAll()

    def take(self) -> None:
        """A number for the card or name typed, at :meth:`site`."""
        site = self.site()
        who = self.who.text().strip()
        if site is None or not who:
            return
        by_card = self.who_kind.currentData() == "card"
        request = TicketRequest(
            site=site.name, visitor=who if by_card else None, name=None if by_card else who
        )
        client = self.context.client

        def done(ticket: Ticket) -> None:
            self.who.clear()
            self.context.show_message(lambda: self._taken_text(ticket))

        self.context.run(lambda: client.take_ticket(request), done)

    def _taken_text(self, ticket: Ticket) -> str:
        if ticket.state == TicketState.CALLED and ticket.station:
            return (
                self.tr("Number %1 taken: go to %2 now.")
                .replace("%1", str(ticket.number))
                .replace("%2", ticket.station)
            )
        return self.tr("Number %1 taken.").replace("%1", str(ticket.number))

    def call_next(self) -> None:
        """Call the first waiting ticket to the first free computer."""
        waiting = [t for t in self.tickets() if t.state == TicketState.WAITING]
        if waiting:
            self.select_ticket(waiting[0].id)
            self.call_selected()

    def call_selected(self, station: str | None = None) -> None:
        ticket = self.selected_ticket()
        if ticket is None or ticket.state != TicketState.WAITING:
            return
        client = self.context.client

        def done(called: Ticket) -> None:
            self.context.show_message(
                lambda: (
                    self.tr("Number %1: go to %2.")
                    .replace("%1", str(called.number))
                    .replace("%2", called.station or "")
                )
            )

        self.context.run(lambda: client.call_ticket(ticket.id, station), done)

    def _ticket_call(self, what: str) -> None:
        ticket = self.selected_ticket()
        if ticket is None:
            return
        client = self.context.client
        calls = {
            "skip": client.skip_ticket,
            "cancel": client.cancel_ticket,
            "serve": client.serve_ticket,
        }
        call = calls[what]
        messages = {
            "skip": lambda: self.tr("Number %1 goes to the end of the line."),
            "cancel": lambda: self.tr("Number %1 cancelled."),
            "serve": lambda: self.tr("Number %1 served at the desk."),
        }
        number = str(ticket.number)
        self.context.run(
            lambda: call(ticket.id),
            lambda _t: self.context.show_message(lambda: messages[what]().replace("%1", number)),
        )

    def skip_selected(self) -> None:
        self._ticket_call("skip")

    def cancel_selected(self) -> None:
        self._ticket_call("cancel")

    def serve_selected(self) -> None:
        self._ticket_call("serve")

    def free_stations(self) -> list[str]:
        """The free computers of the selected ticket's site, to call it to one."""
        ticket = self.selected_ticket()
        site = next((q.site_id for q in self.queues if ticket in q.tickets), None)
        return [
            s.name
            for s in self.stations
            if s.state == StationState.FREE and s.enabled and s.site.id == site
        ]

    def _fill_call_to(self) -> None:
        self.call_to_menu.clear()
        names = self.free_stations()
        for name in names:
            act = self.call_to_menu.addAction(name)
            act.triggered.connect(lambda _=False, n=name: self.call_selected(n))
        if not names:
            none = self.call_to_menu.addAction(self.tr("No computer is free now"))
            none.setEnabled(False)

    # --- state and text -----------------------------------------------------------------------

    def _update(self, *_args: object) -> None:
        site = self.site()
        ticket = self.selected_ticket()
        waiting = ticket is not None and ticket.state == TicketState.WAITING
        self.take_button.setEnabled(site is not None and bool(self.who.text().strip()))
        self.who.setEnabled(site is not None)
        self.who_kind.setEnabled(site is not None)
        self.call_button.setEnabled(waiting)
        self.call_to_button.setEnabled(waiting)
        self.skip_button.setEnabled(waiting)
        self.cancel_button.setEnabled(ticket is not None)
        self.serve_button.setEnabled(ticket is not None)
        self.call_next_action.setEnabled(
            any(t.state == TicketState.WAITING for t in self.tickets())
        )
        has_rows = self.table.rowCount() > 0
        self.table.setVisible(has_rows)
        if site is None:
            self.empty.setText(self.tr("Choose a site in the toolbar to take numbers."))
        elif not has_rows:
            self.empty.setText(self.tr("Nobody waits. Take a number for a visitor above."))
        self.empty.setVisible(site is None or not has_rows)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Queue"))
        self.who_label.setText(self.tr("Take a number for (Ctrl+Shift+N)"))
        self.who_kind.setItemText(0, self.tr("Card"))
        self.who_kind.setItemText(1, self.tr("Name"))
        self.who_kind.setAccessibleName(self.tr("A card number or a name"))
        self.who.setPlaceholderText(self.tr("Card number or name"))
        self.who.setAccessibleName(self.tr("The visitor's card number or name"))
        self.take_button.setText(self.tr("&Take a number"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Who"), self.tr("State and wait")]
        )
        self.table.setAccessibleName(self.tr("The queue"))
        self.call_button.setText(self.tr("C&all"))
        self.call_button.setToolTip(
            self.tr("Hold the first free computer for the selected number (Enter)")
        )
        self.call_to_button.setText(self.tr("Ca&ll to…"))
        self.call_to_button.setToolTip(self.tr("Hold the computer you choose for this number"))
        self.skip_button.setText(self.tr("S&kip"))
        self.skip_button.setToolTip(self.tr("Send the selected number to the end of the line"))
        self.cancel_button.setText(self.tr("Ca&ncel"))
        self.cancel_button.setToolTip(self.tr("Take the selected number out of the line"))
        self.serve_button.setText(self.tr("Ser&ved"))
        self.serve_button.setToolTip(self.tr("The visitor was served at the desk"))
        self.take_action.setText(self.tr("Take a number"))
        self.call_next_action.setText(self.tr("Call the first in line"))
        if hasattr(self, "_shown"):
            self.show_queues(*self._shown)  # the states and waits in the new language
        self._update()
