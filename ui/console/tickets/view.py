"""Guest tickets: create a batch at a site, list the recent ones, print them or save a PDF.

A ticket is a single-use code for a visitor without an account, valid at one site within a
window of days. The printed sheet (ui/console/tickets/page.py) carries the code, a QR code of
it for the kiosk's barcode scanner, the minutes and the days.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.http import ApiError
from kiosk.protocol.people import TicketBatch, TicketInfo
from kiosk.protocol.sites import SiteSummary
from ui.console.context import ConsoleContext, error_text
from ui.console.dialogs import FileDialog
from ui.console.tickets.form import TicketForm
from ui.console.tickets.model import (
    DEFAULT_TIMEZONE,
    TICKET_ROLE,
    Loaded,
    TicketRow,
    TicketTableModel,
    load,
)
from ui.console.tickets.page import PrintedTicket, printed_ticket, render_tickets
from ui.console.tickets.printing import TicketPrinting, save_pdf
from ui.console.view import ConsoleView

PRINTABLE = ("valid", "not_yet_valid")


class TicketsView(ConsoleView):
    def __init__(self, context: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("TicketsView")
        self._generation = 0
        self._last_batch: list[TicketInfo] = []
        self._to_select: set[str] = set()
        self._timezones: dict[str, str] = {}
        self._loading = False
        self._site_names: list[str] = []

        self.heading = QLabel(objectName="Title")
        self.form = TicketForm(context.today)

        # --- the list ---------------------------------------------------------------------
        self.list_heading = QLabel(objectName="Title")
        self.filter_label = QLabel()
        self.filter_combo = QComboBox(objectName="TicketFilter")
        self.filter_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter_label.setBuddy(self.filter_combo)
        self.batch_button = QPushButton()
        self.preview_button = QPushButton()
        self.print_button = QPushButton()
        self.pdf_button = QPushButton()
        bar = QHBoxLayout()
        bar.addWidget(self.list_heading)
        bar.addSpacing(12)
        bar.addWidget(self.filter_label)
        bar.addWidget(self.filter_combo)
        bar.addStretch(1)
        bar.addWidget(self.batch_button)
        bar.addWidget(self.preview_button)
        bar.addWidget(self.print_button)
        bar.addWidget(self.pdf_button)

        self.model = TicketTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty = QLabel(objectName="Status")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)

        root = QVBoxLayout(self)
        root.addWidget(self.heading)
        root.addWidget(self.form)
        root.addLayout(bar)
        root.addWidget(self.stack, 1)

        QWidget.setTabOrder(self.form.create_button, self.filter_combo)
        QWidget.setTabOrder(self.filter_combo, self.table)

        self.form.create_button.clicked.connect(self.create_batch)
        self.filter_combo.activated.connect(lambda _index: self.refresh())
        self.batch_button.clicked.connect(self.select_batch)
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self._fill_sites(context.sites)
        self.retranslate()
        self._show_empty()
        self._update_actions()

    def title(self) -> str:
        return self.tr("Guest tickets")

    # --- loading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        site = self.filter_combo.currentData()
        name = self.context.site_name(site) if isinstance(site, int) else None
        self._loading = True
        self._show_empty()
        self.context.run(
            lambda: load(self.context.client, name),
            lambda loaded: self._loaded(generation, loaded),
            lambda error: self._failed(generation, error),
        )

    def _loaded(self, generation: int, loaded: Loaded) -> None:
        if generation != self._generation:
            return  # an older answer, overtaken by a newer request
        names = sorted(s.name for s in loaded.sites)
        if names != self._site_names:
            self._fill_sites(loaded.sites)
        self._timezones = {s.name: s.timezone for s in loaded.sites}
        rows = [TicketRow(t, self._timezones.get(t.site, DEFAULT_TIMEZONE)) for t in loaded.tickets]
        self.model.set_rows(rows)
        self._loading = False
        self._show_empty()
        if self._to_select:  # the batch just created, once: later the member's choice stays
            self._select_codes(self._to_select)
            self._to_select = set()
        self._update_actions()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._loading = False
            self._show_empty()
            self.context.show_error(error)

    def _show_empty(self) -> None:
        if self.model.rowCount():
            self.stack.setCurrentWidget(self.table)
            return
        self.stack.setCurrentWidget(self.empty)
        self.empty.setText(
            self.tr("Loading the tickets…")
            if self._loading
            else self.tr(
                "No guest tickets here yet. Choose the site, how many and the minutes above, "
                "then press Create (Ctrl+N)."
            )
        )

    # --- sites -------------------------------------------------------------------------------

    def _fill_sites(self, sites: list[SiteSummary]) -> None:
        """The form's sites (one must be chosen) and the list's filter (all, or one)."""
        sites = sorted(sites, key=lambda s: s.name)
        self._site_names = [s.name for s in sites]
        self.form.fill_sites(sites, self.context.site_id)
        combo = self.filter_combo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        if len(sites) != 1:
            combo.addItem("", None)  # "All my sites", see retranslate
        for site in sites:
            combo.addItem(site.name, site.id)
        keep = current if current is not None else self.context.site_id
        combo.setCurrentIndex(max(combo.findData(keep), 0))
        combo.blockSignals(False)
        self._retranslate_combos()

    def _scope_did_change(self) -> None:
        """The toolbar's site becomes the form's and the list's."""
        chosen = self.context.site_id
        self.form.choose_site(chosen)
        index = self.filter_combo.findData(chosen)
        if index >= 0:
            self.filter_combo.setCurrentIndex(index)
        super()._scope_did_change()

    # --- creating ------------------------------------------------------------------------------

    def create_batch(self) -> None:
        request = self.form.request()
        if request is None:
            return
        site = self.context.site_name(request.site_id) or self.form.site_combo.currentText()
        self.form.create_button.setEnabled(False)
        self.context.show_message(lambda: self.tr("Creating the tickets…"))
        self.context.run(
            lambda: self.context.client.create_tickets(
                site, request.count, request.minutes, request.first_day, request.last_day
            ),
            lambda batch: self._created(site, batch),
            self._create_failed,
        )

    def _created(self, site: str, batch: TicketBatch) -> None:
        self.form.create_button.setEnabled(True)
        self._last_batch = list(batch.tickets)
        self._to_select = {t.code for t in batch.tickets}
        count = len(batch.tickets)
        self.context.show_message(
            lambda: self.tr(
                "%n ticket(s) created at %1. Print them with Ctrl+P or save them as PDF.", "", count
            ).replace("%1", site)
        )
        self.refresh()

    def _create_failed(self, error: BaseException) -> None:
        self.form.create_button.setEnabled(True)
        if isinstance(error, ApiError) and error.code == ErrorCode.FORBIDDEN:
            self.form.show_error(self.tr("You may not create tickets at this site."))
        elif isinstance(error, ApiError) and error.code == ErrorCode.NOT_FOUND:
            self.form.show_error(self.tr("This site is not known to the server any more."))
        else:
            self.form.show_error(error_text(error))
        self.context.show_message(str)

    # --- choosing what to print ------------------------------------------------------------------

    def selected_tickets(self) -> list[TicketInfo]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.index(row, 0).data(TICKET_ROLE) for row in rows]

    def _select_codes(self, codes: set[str]) -> None:
        self.table.clearSelection()
        selection = self.table.selectionModel()
        first = None
        for row, item in enumerate(self.model.rows()):
            if item.ticket.code in codes:
                index = self.model.index(row, 0)
                flags = QItemSelectionModel.SelectionFlag
                selection.select(index, flags.Select | flags.Rows)
                if first is None:
                    first = index
        if first is not None:
            selection.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.scrollTo(first)
        self._update_actions()

    def select_batch(self) -> None:
        """Select every ticket of the batch of the current row (to print a batch again)."""
        current = self.table.currentIndex()
        if not current.isValid():
            return
        batch = self.model.ticket(current.row()).batch_id
        self._select_codes({r.ticket.code for r in self.model.rows() if r.ticket.batch_id == batch})
        self.table.selectionModel().setCurrentIndex(
            current, QItemSelectionModel.SelectionFlag.NoUpdate
        )

    def tickets_to_print(self) -> list[TicketInfo]:
        """The selected tickets, or else the batch just created."""
        return self.selected_tickets() or list(self._last_batch)

    def _printable(self) -> list[PrintedTicket] | None:
        chosen = self.tickets_to_print()
        usable = [t for t in chosen if t.state in PRINTABLE]
        if not usable:
            self.context.show_message(
                lambda: self.tr(
                    "None of the selected tickets can still be used: select unused tickets."
                ),
                error=True,
            )
            return None
        left_out = len(chosen) - len(usable)
        if left_out:
            self.context.show_message(
                lambda: self.tr("%n used or expired ticket(s) left out.", "", left_out)
            )
        return [printed_ticket(t, self._timezones.get(t.site, DEFAULT_TIMEZONE)) for t in usable]

    def _document_title(self) -> str:
        return self.tr("Guest tickets")

    # --- printing ---------------------------------------------------------------------------

    def preview(self) -> None:
        tickets = self._printable()
        if tickets is None:
            return

        def paint(printer: QPrinter) -> None:
            render_tickets(printer, tickets)

        TicketPrinting.preview(self, self.tr("Print preview"), paint)

    def print_(self) -> None:
        tickets = self._printable()
        if tickets is None:
            return
        printer = TicketPrinting.choose_printer(self, self.tr("Print the guest tickets"))
        if printer is None:
            return
        if render_tickets(printer, tickets):
            count = len(tickets)
            self.context.show_message(
                lambda: self.tr("%n ticket(s) sent to the printer.", "", count)
            )
        else:
            self.context.show_message(
                lambda: self.tr("The printer could not be used. Check it and try again."),
                error=True,
            )

    def save_pdf(self) -> None:
        tickets = self._printable()
        if tickets is None:
            return
        name = f"tickets-{tickets[0].site}-{self.context.today().isoformat()}.pdf".replace(" ", "-")
        path = FileDialog.ask_save(
            self, self.tr("Save the tickets as PDF"), name, self.tr("PDF files (*.pdf)")
        )
        if path is None:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        if save_pdf(path, tickets, self._document_title()):
            count = len(tickets)
            self.context.show_message(
                lambda: self.tr("%n ticket(s) saved in %1.", "", count).replace("%1", path)
            )
        else:
            self.context.show_write_failed(path)

    def _update_actions(self, *_args: object) -> None:
        has_some = bool(self.tickets_to_print())
        for button in (self.preview_button, self.print_button, self.pdf_button):
            button.setEnabled(has_some)
        self.batch_button.setEnabled(self.table.currentIndex().isValid())

    # --- text -------------------------------------------------------------------------------

    def _retranslate_combos(self) -> None:
        if self.filter_combo.count() and self.filter_combo.itemData(0) is None:
            everything = self.tr("All sites") if self.context.is_admin else self.tr("All my sites")
            self.filter_combo.setItemText(0, everything)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Guest tickets"))
        self.form.retranslate()
        self.list_heading.setText(self.tr("Recent tickets"))
        self.filter_label.setText(self.tr("Sho&w"))
        self.filter_combo.setAccessibleName(self.tr("Show the tickets of"))
        self.batch_button.setText(self.tr("Select batch"))
        self.batch_button.setToolTip(
            self.tr("Select every ticket created together with the current one (Ctrl+B)")
        )
        self.preview_button.setText(self.tr("Print preview"))
        self.preview_button.setToolTip(
            self.tr("See the sheet of the selected tickets, or of the new batch (Ctrl+Shift+P)")
        )
        self.print_button.setText(self.tr("Print…"))
        self.print_button.setToolTip(self.tr("Print the selected tickets, 10 per page (Ctrl+P)"))
        self.pdf_button.setText(self.tr("Save as PDF"))
        self.pdf_button.setToolTip(self.tr("Save the ticket sheet as a PDF file (Ctrl+S)"))
        # setText() replaces a button's shortcut with the text's mnemonic: set them after.
        self.batch_button.setShortcut(QKeySequence("Ctrl+B"))
        self.preview_button.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.print_button.setShortcut(QKeySequence("Ctrl+P"))
        self.pdf_button.setShortcut(QKeySequence("Ctrl+S"))
        self.table.setAccessibleName(self.tr("Recent tickets"))
        self.model.retranslate()
        self._retranslate_combos()
        self._show_empty()
