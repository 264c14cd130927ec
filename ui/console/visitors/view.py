"""The Visitors page: find an account as you type, see its use, create, edit, disable, enable,
give a new PIN, import a CSV file (and, for admins, export every account), see and lift the
lockouts of cards after wrong PINs (ui/console/visitors/lockouts.py).

Visitors are city-wide: the search covers every account, whatever the site chosen on top; the
site only chooses whose allowances (the city's or the site's overrides) the use is shown
against.

Longer than the ~400-line aim: the page's search, details and actions share one selection; the
dialogs, the account actions and the CSV files are modules of their own.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kiosk.protocol.people import VisitorDetail, VisitorUsage
from kiosk.protocol.rules import Limits, PolicyRow, limits_for
from ui.console.context import ConsoleContext
from ui.console.dialogs import FileDialog
from ui.console.view import ConsoleView
from ui.console.visitors.actions import AccountActions
from ui.console.visitors.csv_files import ImportDialog, export_visitors
from ui.console.visitors.details import VisitorDetailsPane
from ui.console.visitors.dialog import VisitorDialog
from ui.console.visitors.lockouts import LockoutsDialog
from ui.console.visitors.model import VISITOR_ROLE, VisitorColumn, VisitorTableModel
from ui.console.visitors.privacy import erase_account, export_data
from ui.console.visitors.retention import RetentionDialog
from ui.console.visitors.texts import who

log = logging.getLogger("epn.ui.console.visitors.view")

#: Typing pauses this long before the search is sent.
SEARCH_DELAY_MS = 300
#: Most visitors listed for one search; more: type more.
SEARCH_LIMIT = 100


def allowances_of(policies: list[PolicyRow], category: str, site_id: int | None) -> Limits | None:
    """The category's allowances: the site's override, the city's row, then the '*' rows."""

    def rows(site: int | None) -> dict[str, Limits]:
        return {
            r.category: Limits(r.session_minutes, r.daily_minutes, r.weekly_minutes)
            for r in policies
            if r.site_id == site
        }

    city, site = rows(None), rows(site_id) if site_id is not None else {}
    try:
        return limits_for(category, city, site)
    except KeyError:  # no '*' row: nothing to compare with
        return None


class VisitorsView(ConsoleView):
    def __init__(self, context: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("VisitorsView")
        self.categories: list[str] = []
        self.policies: list[PolicyRow] = []
        self._search_generation = 0
        self._usage_generation = 0
        self._open_first = False
        self.account = AccountActions(context, self._show_saved, self)
        self._searched_text: str | None = None  # the text of the results shown

        self.heading = QLabel(objectName="Title")
        self.search_label = QLabel()
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMaxLength(100)
        self.search_label.setBuddy(self.search_edit)
        self.new_button = QPushButton(objectName="Primary")
        self.import_button = QPushButton()
        self.export_button = QPushButton()
        self.lockouts_button = QPushButton()
        self.retention_button = QPushButton()
        top = QHBoxLayout()
        top.addWidget(self.search_label)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)
        top.addWidget(self.lockouts_button)
        top.addWidget(self.retention_button)

        self.model = VisitorTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(VisitorColumn.NAME, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.empty = QLabel(objectName="Status")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.results = QStackedWidget()
        self.results.addWidget(self.table)
        self.results.addWidget(self.empty)
        self.count_label = QLabel(objectName="Status")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.results, 1)
        left_layout.addWidget(self.count_label)

        self.details = VisitorDetailsPane()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        root = QVBoxLayout(self)
        root.addWidget(self.heading)
        root.addLayout(top)
        root.addWidget(self.splitter, 1)

        self.search_timer = QTimer(self, objectName="visitor-search")
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.search)
        self.search_edit.textChanged.connect(self._text_did_change)
        self.search_edit.returnPressed.connect(self.open_first)
        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.activated.connect(self.focus_search)
        self.table.selectionModel().selectionChanged.connect(self._selection_did_change)
        self.new_button.clicked.connect(self.create_visitor)
        self.import_button.clicked.connect(self.import_csv)
        self.export_button.clicked.connect(self.export_csv)
        self.lockouts_button.clicked.connect(self.show_lockouts)
        self.retention_button.clicked.connect(self.show_retention)
        self.details.data_button.clicked.connect(self.export_data_selected)
        self.details.erase_button.clicked.connect(self.erase_selected)
        self.details.edit_button.clicked.connect(self.edit_selected)
        self.details.disable_button.clicked.connect(self.disable_selected)
        self.details.enable_button.clicked.connect(self.enable_selected)
        self.details.pin_button.clicked.connect(self.pin_selected)
        context.staff_did_change.connect(self._staff_did_change)
        self._staff_did_change()
        self.setTabOrder(self.search_edit, self.table)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Visitors")

    def refresh(self) -> None:
        """Categories and allowances (for the scope's site), then the search again."""
        client, site_id = self.context.client, self.context.site_id
        self.context.run(
            lambda: [c.name for c in client.categories()], self._categories_did_load, self._ignore
        )
        self.context.run(lambda: client.policies(site_id), self._policies_did_load, self._ignore)
        self.search()
        visitor = self.selected_visitor()
        if visitor is not None:
            self._load_usage(visitor.identifier)

    # --- search -------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _text_did_change(self, _text: str) -> None:
        self.search_timer.start()

    def search(self) -> None:
        """Ask for the visitors matching the search text; only the latest answer is shown."""
        self.search_timer.stop()
        text = self.search_edit.text().strip()
        self._search_generation += 1
        generation = self._search_generation
        client = self.context.client
        self.context.run(
            lambda: client.search_visitors(text, SEARCH_LIMIT),
            lambda found: self._found(generation, text, found),
        )

    def open_first(self) -> None:
        """Enter in the search field: the first visitor found (searching first if needed)."""
        if self.search_timer.isActive() or self._searched_text != self.search_edit.text().strip():
            self._open_first = True
            self.search()
            return
        self._select_first()

    def _found(self, generation: int, text: str, visitors: list[VisitorDetail]) -> None:
        if generation != self._search_generation:
            return  # an older search answered late
        selected = self.selected_visitor()
        self._searched_text = text
        self.model.set_visitors(visitors)
        if selected is not None and (row := self.model.row_of(selected.identifier)) is not None:
            self.table.selectRow(row)
        elif selected is not None:
            self.details.show_visitor(None)
        if self._open_first:
            self._open_first = False
            self._select_first()
        self._show_results()

    def _select_first(self) -> None:
        if self.model.rowCount():
            self.table.selectRow(0)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_results(self) -> None:
        count = self.model.rowCount()
        text = self._searched_text or ""
        self.results.setCurrentIndex(0 if count else 1)
        if count:
            self.empty.setText("")
        elif text:
            self.empty.setText(
                self.tr(
                    'No visitor matches "%1". Check the card number or the name, or create '
                    "the account with New visitor (Ctrl+N)."
                ).replace("%1", text)
            )
        elif self._searched_text is not None:
            self.empty.setText(
                self.tr(
                    "No visitor account yet. Create one with New visitor (Ctrl+N), or import "
                    "a CSV file (Ctrl+I)."
                )
            )
        else:
            self.empty.setText(self.tr("Loading…"))
        if count >= SEARCH_LIMIT:
            self.count_label.setText(
                self.tr(
                    "The first %n visitors are shown: type more to narrow the search.", "", count
                )
            )
        elif count:
            self.count_label.setText(self.tr("%n visitor(s) found", "", count))
        else:
            self.count_label.setText("")

    # --- the selected visitor -------------------------------------------------------------------

    def selected_visitor(self) -> VisitorDetail | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        visitor = rows[0].data(VISITOR_ROLE)
        return visitor if isinstance(visitor, VisitorDetail) else None

    def select_visitor(self, identifier: str) -> bool:
        row = self.model.row_of(identifier)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def _selection_did_change(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        visitor = self.selected_visitor()
        previous = self.details.visitor
        self.details.show_visitor(visitor)
        if visitor is not None and (previous is None or previous.identifier != visitor.identifier):
            self._load_usage(visitor.identifier)

    def _load_usage(self, identifier: str) -> None:
        self._usage_generation += 1
        generation = self._usage_generation
        client = self.context.client

        def loaded(usage: VisitorUsage) -> None:
            if generation == self._usage_generation:
                self.details.show_usage(usage, self._limits(usage.category))

        def failed(error: BaseException) -> None:
            if generation == self._usage_generation:
                self.details.show_usage(None, None)
                self.context.show_error(error)

        self.context.run(lambda: client.visitor_usage(identifier), loaded, failed)

    def _limits(self, category: str) -> Limits | None:
        return allowances_of(self.policies, category, self.context.site_id)

    def _ignore(self, _error: BaseException) -> None:
        """Categories and allowances are extras: the search's own error says what is wrong."""

    def _categories_did_load(self, categories: list[str]) -> None:
        self.categories = categories

    def _policies_did_load(self, policies: list[PolicyRow]) -> None:
        self.policies = policies
        visitor = self.details.visitor
        if visitor is not None:
            self.details.set_limits(self._limits(visitor.category))

    def _show_saved(self, visitor: VisitorDetail) -> None:
        """An account the server just changed: its row, its details (and its allowances)."""
        self.model.update_visitor(visitor)
        self.results.setCurrentIndex(0)
        self.select_visitor(visitor.identifier)
        self.details.show_visitor(visitor)
        self.details.set_limits(self._limits(visitor.category))

    # --- actions --------------------------------------------------------------------------------

    def create_visitor(self) -> None:
        visitor = VisitorDialog.ask(self, self.context, self.categories)
        if visitor is None:
            return
        self._show_saved(visitor)  # selecting it loads its usage
        self.context.show_message(
            lambda: self.tr("The account of %1 was created.").replace("%1", who(visitor))
        )

    def edit_selected(self) -> None:
        selected = self.selected_visitor()
        if selected is None:
            return
        visitor = VisitorDialog.ask(self, self.context, self.categories, selected)
        if visitor is None:
            return
        self._show_saved(visitor)
        self.context.show_message(
            lambda: self.tr("The account of %1 was saved.").replace("%1", who(visitor))
        )

    def disable_selected(self) -> None:
        visitor = self.selected_visitor()
        if visitor is not None and visitor.enabled:
            self.account.disable(self, visitor)

    def enable_selected(self) -> None:
        visitor = self.selected_visitor()
        if visitor is not None and not visitor.enabled:
            self.account.enable(self, visitor)

    def pin_selected(self) -> None:
        visitor = self.selected_visitor()
        if visitor is not None:
            self.account.change_pin(self, visitor)

    def import_csv(self) -> None:
        path = FileDialog.ask_open(
            self, self.tr("Import visitors"), self.tr("CSV files (*.csv *.txt);;All files (*)")
        )
        if not path:
            return
        report = ImportDialog.ask(self, self.context, path)
        if report is None:
            return
        count = report.imported
        self.context.show_message(lambda: self.tr("%n visitor(s) imported.", "", count))
        self.search()

    def export_csv(self) -> None:
        if self.context.is_admin:
            export_visitors(self, self.context)

    def show_lockouts(self) -> None:
        """Who is held back after too many failed sign-ins; staff lift a limit there."""
        LockoutsDialog.open_for(self.context, self)

    def show_retention(self) -> None:
        """How long data is kept, and the accounts the daily job deletes within a month."""
        RetentionDialog.open_for(self.context, self)

    def export_data_selected(self) -> None:
        visitor = self.selected_visitor()
        if visitor is not None:
            export_data(self, self.context, visitor)

    def erase_selected(self) -> None:
        visitor = self.selected_visitor()
        if visitor is not None and self.context.is_admin:
            erase_account(self, self.context, visitor, self._erased)

    def _erased(self, visitor: VisitorDetail) -> None:
        """An erased account leaves the list and the details."""
        self.model.remove_visitor(visitor.identifier)
        self.details.show_visitor(None)
        self._show_results()

    def _staff_did_change(self) -> None:
        self.export_button.setVisible(self.context.is_admin)
        self.details.erase_button.setVisible(self.context.is_admin)

    # --- text ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Visitor accounts"))
        self.search_label.setText(self.tr("&Find"))
        self.search_edit.setPlaceholderText(self.tr("Card number, or part of the name (Ctrl+F)"))
        self.search_edit.setAccessibleName(self.tr("Find a visitor"))
        self.find_shortcut.setWhatsThis(self.tr("Find a visitor"))
        self.search_edit.setToolTip(
            self.tr("Results come as you type; Enter opens the first one (Ctrl+F)")
        )
        self.new_button.setText(self.tr("New visitor"))
        self.new_button.setToolTip(self.tr("Create a visitor account (Ctrl+N)"))
        self.import_button.setText(self.tr("Import CSV…"))
        self.import_button.setToolTip(
            self.tr("Add many accounts from a CSV file, checked before anything is saved (Ctrl+I)")
        )
        self.export_button.setText(self.tr("Export CSV…"))
        self.export_button.setToolTip(self.tr("Save every account in a CSV file (admins)"))
        self.lockouts_button.setText(self.tr("Lockouts…"))
        self.lockouts_button.setToolTip(
            self.tr("Cards and computers held back after too many wrong PINs or passwords")
        )
        # setText() replaces a button's shortcut with the text's mnemonic: set them after.
        self.new_button.setShortcut(QKeySequence("Ctrl+N"))
        self.import_button.setShortcut(QKeySequence("Ctrl+I"))
        self.retention_button.setText(self.tr("Retention…"))
        self.retention_button.setToolTip(
            self.tr("How long visitors' data is kept, and the accounts to be deleted soon")
        )
        self.table.setAccessibleName(self.tr("Visitors found"))
        self.model.retranslate()
        self.details.retranslate()
        self._show_results()
