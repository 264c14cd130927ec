"""The audit log: who did what, when, to which computer, visitor or site. Read-only.

Admins read every entry; staff the entries of their sites and their own actions (the server
decides). The dates, staff member and kind of action are asked of the server; the text filter
narrows the rows already loaded. "Load more" fetches the entries older than the last one shown.

Longer than the ~400-line aim: the filters, the table, paging and the CSV export of one page;
the sentences are in text.py and the model in model.py.
"""

from __future__ import annotations

import logging
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kiosk.protocol.reports import AuditEntry
from kiosk.protocol.sites import SiteSummary
from kiosk.protocol.staff import StaffAccount
from ui.console.audit.model import (
    ENTRY_ROLE,
    AuditFilterModel,
    day_end,
    day_start,
    entry_items,
    write_csv,
)
from ui.console.audit.texts import action_kinds, full_details
from ui.console.context import ConsoleContext
from ui.console.dialogs import FileDialog
from ui.console.view import ConsoleView

log = logging.getLogger("epn.ui.console.audit.view")

PAGE = 200
MAX_LIMIT = 1000  # the server's
DEFAULT_DAYS = 7
COLUMNS = 6  # when, who, action, target, site, details
MAX_COLUMN_WIDTHS = (140, 110, 220, 170, 140)  # the details take what is left


def refill(combo: QComboBox, items: list[tuple[str, str | None]]) -> None:
    """Replace the items (text, data), keeping the chosen one, without signalling a choice."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)


class AuditView(ConsoleView):
    def __init__(self, context: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("AuditView")
        self._entries: list[AuditEntry] = []
        self._generation = 0
        self._more = False
        self._loading = False
        self._usernames: set[str] = {context.staff.username}
        self._site_names: dict[int, str] = {s.id: s.name for s in context.sites}

        self.heading = QLabel(objectName="Title")
        self.from_label = QLabel()
        # days on this computer's calendar (the desk's), as day_start and day_end count them
        today = context.clock().astimezone().date()
        first = today - timedelta(days=DEFAULT_DAYS - 1)
        self.since = QDateEdit(QDate(first.year, first.month, first.day), calendarPopup=True)
        self.to_label = QLabel()
        self.until = QDateEdit(QDate(today.year, today.month, today.day), calendarPopup=True)
        for edit in (self.since, self.until):
            edit.setDisplayFormat("dd/MM/yyyy")
        self.staff_label = QLabel()
        self.staff_combo = QComboBox(objectName="AuditStaff")
        self.staff_combo.setMinimumWidth(140)
        self.action_label = QLabel()
        self.action_combo = QComboBox(objectName="AuditAction")
        self.action_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.action_combo.setMinimumContentsLength(18)
        self.refresh_button = QPushButton()
        for label, buddy in (
            (self.from_label, self.since),
            (self.to_label, self.until),
            (self.staff_label, self.staff_combo),
            (self.action_label, self.action_combo),
        ):
            label.setBuddy(buddy)
        filters = QHBoxLayout()
        for widget in (
            self.from_label,
            self.since,
            self.to_label,
            self.until,
            self.staff_label,
            self.staff_combo,
            self.action_label,
            self.action_combo,
        ):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.refresh_button)

        self.search_label = QLabel()
        self.search = QLineEdit(objectName="AuditSearch")
        self.search.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search)
        self.count_label = QLabel(objectName="Status")
        self.more_button = QPushButton()
        self.export_button = QPushButton()
        second = QHBoxLayout()
        second.addWidget(self.search_label)
        second.addWidget(self.search, 1)
        second.addWidget(self.count_label)
        second.addWidget(self.more_button)
        second.addWidget(self.export_button)

        self.model = QStandardItemModel(0, COLUMNS, self)
        self.proxy = AuditFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.site_id = context.site_id
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((150, 110, 240, 150, 130)):
            self.table.setColumnWidth(column, width)
        self.empty = QLabel(objectName="Status")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)

        root = QVBoxLayout(self)
        root.addWidget(self.heading)
        root.addLayout(filters)
        root.addLayout(second)
        root.addWidget(self.stack, 1)

        # Typing a date fires on every digit: ask the server once the typing pauses.
        self._reload_timer = QTimer(self, singleShot=True, interval=400)
        self._reload_timer.setObjectName("audit-filter-reload")
        self._reload_timer.timeout.connect(self.refresh)
        self.since.dateChanged.connect(lambda _d: self._reload_timer.start())
        self.until.dateChanged.connect(lambda _d: self._reload_timer.start())
        self.staff_combo.activated.connect(lambda _i: self.refresh())
        self.action_combo.activated.connect(lambda _i: self.refresh())
        self.refresh_button.clicked.connect(self.refresh)
        self.search.textChanged.connect(self._filter_text)
        self.more_button.clicked.connect(self.load_more)
        self.export_button.clicked.connect(self.export_csv)
        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_shortcut.activated.connect(self.search.setFocus)

        self._fill_staff()
        self.retranslate()
        self._update()

    def title(self) -> str:
        return self.tr("Audit log")

    # --- the server ----------------------------------------------------------------------------

    def _query(self) -> dict[str, object]:
        since: date = self.since.date().toPython()  # type: ignore[assignment]
        until: date = self.until.date().toPython()  # type: ignore[assignment]
        return {
            "since": day_start(since),
            "until": day_end(until),
            "staff": self.staff_combo.currentData(),
            "action": self.action_combo.currentData(),
        }

    def refresh(self) -> None:
        """Load the newest entries matching the filters (F5)."""
        self._reload_timer.stop()
        self._load(self._query(), PAGE, append=False)
        if self.context.is_admin:
            self.context.run(self.context.client.staff_accounts, self._accounts, lambda _e: None)

    def load_more(self) -> None:
        """The entries older than the last one shown (those at the same instant are skipped)."""
        if not self._entries:
            return
        oldest = self._entries[-1].at
        same = sum(1 for e in self._entries if e.at == oldest)
        query = self._query()
        query["until"] = oldest
        self._load(query, min(PAGE + same, MAX_LIMIT), append=True)

    def _load(self, query: dict[str, object], limit: int, *, append: bool) -> None:
        self._generation += 1
        generation = self._generation
        self._loading = True
        self._update()
        client = self.context.client

        def call() -> tuple[list[SiteSummary], list[AuditEntry]]:
            # the sites too: their names may not have reached the window yet
            return client.sites(), client.audit(limit=limit, **query)  # type: ignore[arg-type]

        self.context.run(
            call,
            lambda answer: self._loaded(generation, *answer, limit, append),
            lambda error: self._failed(generation, error),
        )

    def _loaded(
        self,
        generation: int,
        sites: list[SiteSummary],
        entries: list[AuditEntry],
        limit: int,
        append: bool,
    ) -> None:
        if generation != self._generation:
            return  # overtaken by a newer request
        self._loading = False
        self._site_names.update({site.id: site.name for site in sites})
        if append:
            known = {e.id for e in self._entries}
            fresh = [e for e in entries if e.id not in known]
            self._entries += fresh
            self._add_rows(fresh)
        else:
            self._entries = list(entries)
            self.model.removeRows(0, self.model.rowCount())
            self._add_rows(self._entries)
        self._more = len(entries) >= limit  # a full page: older entries may remain
        seen = {e.staff for e in self._entries if e.staff}
        if not self.context.is_admin and not seen <= self._usernames:
            self._usernames |= seen
            self._fill_staff()
        self._update()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._loading = False
            self._update()
            self.context.show_error(error)

    def _accounts(self, accounts: list[StaffAccount]) -> None:
        names = {a.username for a in accounts}
        if not names <= self._usernames:
            self._usernames |= names
            self._fill_staff()

    # --- rows --------------------------------------------------------------------------------

    def _add_rows(self, entries: list[AuditEntry]) -> None:
        for entry in entries:
            self.model.appendRow(self._row(entry))
        if entries:
            for column, most in enumerate(MAX_COLUMN_WIDTHS):
                self.table.resizeColumnToContents(column)
                self.table.setColumnWidth(column, min(self.table.columnWidth(column), most))

    def _row(self, entry: AuditEntry) -> list[QStandardItem]:
        site = self._site_names.get(entry.site_id, "") if entry.site_id is not None else ""
        return entry_items(entry, site, self._timezone(entry.site_id))

    def _timezone(self, site_id: int | None) -> str | None:
        """The zone of the entry's site; a city-wide entry takes the zone all sites share."""
        zones = {s.timezone for s in self.context.sites if site_id in (None, s.id)}
        return zones.pop() if len(zones) == 1 else None

    def shown_entries(self) -> list[AuditEntry]:
        """The entries the table shows, in its order (the text filter applied)."""
        return [self.proxy.index(row, 0).data(ENTRY_ROLE) for row in range(self.proxy.rowCount())]

    def _scope_did_change(self) -> None:
        """The toolbar's site narrows the rows at once; the server is asked again as well."""
        self.proxy.set_site(self.context.site_id)
        self._update()
        super()._scope_did_change()

    def _filter_text(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._update()

    # --- export ------------------------------------------------------------------------------

    def export_csv(self) -> None:
        entries = self.shown_entries()
        if not entries:
            return
        name = f"audit-{self.context.clock().astimezone().date().isoformat()}.csv"
        path = FileDialog.ask_save(
            self, self.tr("Export the audit log"), name, self.tr("CSV files for Excel (*.csv)")
        )
        if path is None:
            return
        header = [*self._headers(), self.tr("Action code"), self.tr("Full details")]
        rows = [
            [*(item.text() for item in self._row(entry)), entry.action, full_details(entry)]
            for entry in entries
        ]
        try:
            write_csv(path, header, rows)
        except OSError as exc:
            log.warning("audit export to %s failed: %s", path, exc)
            self.context.show_write_failed(path)
            return
        count = len(entries)
        self.context.show_message(
            lambda: self.tr("%n entry(ies) exported to %1.", "", count).replace("%1", path)
        )

    # --- state -------------------------------------------------------------------------------

    def _update(self) -> None:
        shown, loaded = self.proxy.rowCount(), self.model.rowCount()
        if shown:
            self.stack.setCurrentWidget(self.table)
        else:
            self.stack.setCurrentWidget(self.empty)
            if self._loading:
                self.empty.setText(self.tr("Loading the audit log…"))
            elif loaded and self.search.text().strip():
                self.empty.setText(
                    self.tr("No loaded entry contains this text. Clear the filter to see them all.")
                )
            elif loaded:
                self.empty.setText(
                    self.tr(
                        "No entries about the site chosen at the top. Choose all sites there "
                        "to see the others."
                    )
                )
            else:
                self.empty.setText(
                    self.tr(
                        "No entries for these dates and filters. Choose earlier dates, "
                        "everyone or all actions."
                    )
                )
        if shown == loaded:
            self.count_label.setText(self.tr("%n entry(ies)", "", loaded))
        else:
            self.count_label.setText(
                self.tr("Showing %1 of %2").replace("%1", str(shown)).replace("%2", str(loaded))
            )
        self.more_button.setEnabled(self._more and not self._loading)
        self.export_button.setEnabled(shown > 0)

    def _fill_staff(self) -> None:
        names = sorted(self._usernames, key=str.casefold)
        refill(self.staff_combo, [(self.tr("Everyone"), None), *((n, n) for n in names)])

    def _fill_actions(self) -> None:
        kinds = [(label, prefix) for prefix, label in action_kinds()]
        refill(self.action_combo, [(self.tr("All actions"), None), *kinds])

    # --- text --------------------------------------------------------------------------------

    def _headers(self) -> list[str]:
        return [
            self.tr("When"),
            self.tr("Who"),
            self.tr("Action"),
            self.tr("Target"),
            self.tr("Site"),
            self.tr("Details"),
        ]

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Audit log"))
        self.from_label.setText(self.tr("&From"))
        self.since.setAccessibleName(self.tr("First day"))
        self.to_label.setText(self.tr("&Until"))
        self.until.setAccessibleName(self.tr("Last day"))
        self.staff_label.setText(self.tr("&Staff"))
        self.staff_combo.setAccessibleName(self.tr("Staff member"))
        self.action_label.setText(self.tr("&Action"))
        self.action_combo.setAccessibleName(self.tr("Kind of action"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Load the newest entries again (F5)"))
        self.search_label.setText(self.tr("F&ilter"))
        self.search.setPlaceholderText(self.tr("Computer, visitor, word in the details…"))
        self.search.setAccessibleName(self.tr("Filter the rows shown"))
        self.search.setToolTip(self.tr("Narrow the rows already loaded (Ctrl+F)"))
        self.find_shortcut.setWhatsThis(self.tr("Filter the audit rows"))
        self.more_button.setText(self.tr("Load more"))
        self.more_button.setToolTip(self.tr("Load older entries"))
        self.export_button.setText(self.tr("Export CSV…"))
        self.export_button.setToolTip(self.tr("Save the rows shown as a CSV file (Ctrl+Shift+S)"))
        self.export_button.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.table.setAccessibleName(self.tr("Audit entries"))
        self.model.setHorizontalHeaderLabels(self._headers())
        self._fill_staff()
        self._fill_actions()
        # the sentences are in the language of the moment they were made: make them again
        if self._entries:
            self.model.removeRows(0, self.model.rowCount())
            self._add_rows(self._entries)
        self._update()
