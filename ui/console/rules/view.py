"""The console's page: time allowances per visitor category, city-wide and per site.

With "all sites" in the toolbar the grid shows the city-wide rows (admins change them); with
one site it shows what applies there, each line marked as the site's own or inherited from
the city, and a change sets that site's own row; removing that row makes the site follow the
city again (city-wide, an admin's removal makes a category follow the '*' row). Below, the
warnings before the end and the automatic extension, in the same scope
(:mod:`ui.console.rules.session_rules`).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.http import ApiError
from kiosk.protocol.limits import DEFAULT_CATEGORY
from kiosk.protocol.rules import CategoryInfo, Limits, PolicyRow
from ui.console.context import ConsoleContext, error_text
from ui.console.dialogs import ConfirmDialog
from ui.console.rules.allowances_dialog import AllowanceDialog, ask_category_name, limits_text
from ui.console.rules.allowances_grid import AllowanceGrid
from ui.console.rules.allowances_model import Allowance, Source, allowances
from ui.console.rules.grid import InlineNotes
from ui.console.rules.session_rules import SessionRulesPanel
from ui.console.rules.texts import (
    change_error,
    read_only_text,
    remove_question,
    remove_texts,
    scope_texts,
)
from ui.console.view import ConsoleView

log = logging.getLogger("epn.ui.console.rules.view")


class RulesView(ConsoleView, InlineNotes):
    """The grid of allowances of the toolbar's scope, and the change / add actions."""

    def __init__(self, context: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("RulesView")
        self.rows: list[PolicyRow] = []
        self.categories: list[str] = []
        #: The scope the grid shows (the toolbar's site when loaded); None: city-wide.
        self.shown_site: int | None = None
        self.loaded = False
        #: Minutes typed but refused by the server, offered again: (category, site) → limits.
        self._typed: dict[tuple[str, int | None], Limits] = {}
        self._loading = 0
        self._select_after_load: str | None = None

        self.heading = QLabel(objectName="Title")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.read_only = QLabel(objectName="Status")
        self.read_only.setWordWrap(True)
        self.error = QLabel(objectName="Error")
        self.error.setWordWrap(True)
        self.error.hide()

        self.table = AllowanceGrid()

        self.change_button = QPushButton(objectName="Primary")
        self.remove_button = QPushButton()
        self.add_button = QPushButton()
        actions = QHBoxLayout()
        actions.addWidget(self.change_button)
        actions.addWidget(self.remove_button)
        actions.addStretch(1)
        actions.addWidget(self.add_button)

        self.session_rules = SessionRulesPanel(context, self.table.category_text)
        self.footer = QLabel(objectName="Status")
        self.footer.setWordWrap(True)

        root = QVBoxLayout(self)
        root.addWidget(self.heading)
        root.addWidget(self.intro)
        root.addWidget(self.read_only)
        root.addWidget(self.error)
        root.addWidget(self.table)  # as tall as its lines; the session rules get the rest
        root.addLayout(actions)
        root.addWidget(self.session_rules, 1)
        root.addWidget(self.footer)
        self.setTabOrder(self.table, self.change_button)
        self.setTabOrder(self.change_button, self.remove_button)
        self.setTabOrder(self.remove_button, self.add_button)
        self.setTabOrder(self.add_button, self.session_rules.change_button)

        self.change_button.clicked.connect(self.change_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        # Delete on the grid only: other pages' tables use the same key for their own lines
        self.remove_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        self.remove_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_shortcut.activated.connect(self.remove_selected)
        self.add_button.clicked.connect(self.add_category)
        # Enter or a double click (one click where the platform activates on single click)
        self.table.activated.connect(self._activated)
        self.table.itemSelectionChanged.connect(self._update_actions)
        context.staff_did_change.connect(self._update_actions)
        context.staff_did_change.connect(self.session_rules.update_actions)
        self.retranslate()
        self._update_actions()

    def title(self) -> str:
        return self.tr("Time allowances")

    # --- loading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        self._load(announce=True)

    def _load(self, *, announce: bool) -> None:
        site = self.context.site_id
        client = self.context.client
        self._loading += 1
        ticket = self._loading
        if announce:
            self.context.show_message(lambda: self.tr("Loading the time allowances…"))
        self.session_rules.load(site)

        def load() -> tuple[list[PolicyRow], list[CategoryInfo]]:
            return client.policies(site), client.categories()

        def done(result: tuple[list[PolicyRow], list[CategoryInfo]]) -> None:
            if ticket != self._loading:
                return  # a newer load (another site) is on its way
            rows, categories = result
            self.show_rows(rows, [c.name for c in categories], site)
            if announce:
                self.context.show_message(str)

        def failed(error: BaseException) -> None:
            if ticket != self._loading:
                return
            self._show_error(error_text(error))
            self.context.show_error(error)

        self.context.run(load, done, failed)

    def show_rows(self, rows: list[PolicyRow], categories: list[str], site: int | None) -> None:
        """Fill the grid; the selected category stays selected."""
        selected = self.selected()
        wanted = self._select_after_load or (None if selected is None else selected.category)
        self._select_after_load = None
        self.rows, self.categories, self.shown_site = rows, categories, site
        self.loaded = True
        self.table.show_lines(allowances(rows, categories, site), site)
        self._hide_error()
        if not (wanted and self.select_category(wanted)) and self.lines:
            self.table.selectRow(0)
        self._retranslate_scope()
        self._update_actions()

    # --- selection ---------------------------------------------------------------------------

    @property
    def lines(self) -> list[Allowance]:
        return self.table.lines

    def selected(self) -> Allowance | None:
        return self.table.selected()

    def select_category(self, category: str) -> bool:
        return self.table.select_category(category)

    def line(self, category: str) -> Allowance | None:
        return self.table.line(category)

    @property
    def editable(self) -> bool:
        """Staff change their site's own rows; only admins the city-wide ones."""
        return self.loaded and (self.shown_site is not None or self.context.is_admin)

    def removable(self, line: Allowance | None) -> bool:
        """A site's own row, or (admins) a category's own city-wide row other than '*'."""
        if line is None or not self.editable or not line.own:
            return False
        if self.shown_site is None:
            return line.category != DEFAULT_CATEGORY
        return line.source == Source.SITE

    def _update_actions(self) -> None:
        self.change_button.setEnabled(self.editable and self.selected() is not None)
        self.remove_button.setEnabled(self.removable(self.selected()))
        self.add_button.setVisible(self.context.is_admin)
        self.add_button.setEnabled(self.loaded)
        self._retranslate_scope()

    def _activated(self, _index: QModelIndex) -> None:
        self.change_selected()

    # --- changes -----------------------------------------------------------------------------

    def change_selected(self) -> None:
        line = self.selected()
        if line is None or not self.editable:
            return
        site = self.shown_site
        category = line.category
        start = self._typed.get((category, site)) or line.limits or Limits(60, 120, 600)
        name = self.table.category_text(category)
        if site is None:
            where = self.tr("City-wide allowances of “%1”, for every site.").replace("%1", name)
            note = ""
        else:
            site_name = self.context.site_name(site)
            where = (
                self.tr("Allowances of “%1” at %2 only. The other sites keep theirs.")
                .replace("%1", name)
                .replace("%2", site_name)
            )
            note = (
                self.tr("To follow the city again, use “%1” instead.").replace(
                    "%1", self.remove_button.text()
                )
                if line.source == Source.SITE
                else ""
            )
        limits = AllowanceDialog.ask(
            self, self.tr("Change the allowances of “%1”").replace("%1", name), where, start, note
        )
        if limits is None:
            return
        self.save(category, limits, site)

    def save(self, category: str, limits: Limits, site: int | None) -> None:
        client = self.context.client
        self._hide_error()
        self.context.show_message(lambda: self.tr("Saving…"))

        def call() -> PolicyRow:
            return client.set_policy(
                category,
                session_minutes=limits.session_minutes,
                daily_minutes=limits.daily_minutes,
                weekly_minutes=limits.weekly_minutes,
                site_id=site,
            )

        def done(_row: PolicyRow) -> None:
            self._typed.pop((category, site), None)
            name = self.table.category_text(category)
            if site is None:
                self.context.show_message(
                    lambda: self.tr("City-wide allowances of “%1” saved.").replace("%1", name)
                )
            else:
                site_name = self.context.site_name(site)
                self.context.show_message(
                    lambda: (
                        self.tr("Allowances of “%1” at %2 saved.")
                        .replace("%1", name)
                        .replace("%2", site_name)
                    )
                )
            self._reload_after_change()

        def failed(error: BaseException) -> None:
            self._typed[(category, site)] = limits
            self._show_error(self._change_error(error))
            self.context.show_message(lambda: self.tr("Nothing was saved."), error=True)

        self.context.run(call, done, failed)

    def remove_selected(self) -> None:
        """Remove the selected own row, after saying what will apply instead."""
        line = self.selected()
        if line is None or not self.removable(line):
            return
        site, category = self.shown_site, line.category
        name = self.table.category_text(category)
        kept = [row for row in self.rows if not (row.category == category and row.site_id == site)]
        after = next(
            (a for a in allowances(kept, self.categories, site) if a.category == category), None
        )
        then = limits_text(after.limits) if after and after.limits else self.tr("no limit")
        site_name = None if site is None else self.context.site_name(site)
        question = remove_question(name, site_name, then)
        if not ConfirmDialog.ask(self, question):
            return
        client = self.context.client
        self._hide_error()
        self.context.show_message(lambda: self.tr("Saving…"))

        def done(_none: None) -> None:
            self._typed.pop((category, site), None)
            self.context.show_message(
                lambda: self.tr("“%1” now follows: %2.").replace("%1", name).replace("%2", then)
            )
            self._reload_after_change()

        def failed(error: BaseException) -> None:
            if isinstance(error, ApiError) and error.code == ErrorCode.NOT_FOUND:
                self._show_error(
                    self.tr("These allowances were removed already. The page is up to date.")
                )
                self._reload_after_change()
            else:
                self._show_error(self._change_error(error))
            self.context.show_message(lambda: self.tr("Nothing was saved."), error=True)

        self.context.run(lambda: client.remove_policy(category, site_id=site), done, failed)

    def _reload_after_change(self) -> None:
        self._load(announce=False)

    def _change_error(self, error: BaseException) -> str:
        return change_error(error)

    def add_category(self) -> None:
        if not self.context.is_admin:
            return
        name = ask_category_name(self, self.categories)
        if name is None:
            return
        self._hide_error()
        client = self.context.client

        def done(_info: CategoryInfo) -> None:
            self.context.show_message(lambda: self.tr("Category “%1” added.").replace("%1", name))
            self._select_after_load = name
            self._reload_after_change()

        def failed(error: BaseException) -> None:
            if isinstance(error, ApiError) and error.code == ErrorCode.INVALID_REQUEST:
                if error.status == 409:
                    self._show_error(
                        self.tr("The category “%1” exists already.").replace("%1", name)
                    )
                else:
                    self._show_error(
                        self.tr("The server refused the name “%1”.").replace("%1", name)
                    )
            else:
                self._show_error(error_text(error))

        self.context.run(lambda: client.add_category(name), done, failed)

    # --- errors and text -------------------------------------------------------------------

    def _retranslate_scope(self) -> None:
        site = self.shown_site if self.loaded else self.context.site_id
        heading, intro = scope_texts(None if site is None else self.context.site_name(site))
        self.heading.setText(heading)
        self.intro.setText(intro)
        text, tip = remove_texts(city=site is None)
        self.remove_button.setText(text)
        self.remove_button.setToolTip(tip)
        self.remove_button.setVisible(site is not None or self.context.is_admin)
        read_only = site is None and not self.context.is_admin
        self.read_only.setText(read_only_text() if read_only else "")
        self.read_only.setVisible(read_only)

    def retranslate(self) -> None:
        self.table.retranslate()
        self.change_button.setText(self.tr("Change…"))
        self.change_button.setToolTip(
            self.tr("Change the allowances of the selected category (F2, Enter or double click)")
        )
        self.add_button.setText(self.tr("Add a category…"))
        self.add_button.setToolTip(self.tr("Add a visitor category (Ctrl+N)"))
        # setText() replaces a button's shortcut with the text's mnemonic: set them after.
        self.change_button.setShortcut(QKeySequence(Qt.Key.Key_F2))

        self.add_button.setShortcut(QKeySequence("Ctrl+N"))
        self.footer.setText(
            self.tr(
                "Each warning and extension value comes on its own from the most specific "
                "line that sets it."
            )
        )
        self.session_rules.retranslate()
        self._retranslate_scope()
