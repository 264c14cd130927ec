"""The Time allowances page's second part: warnings before the end and automatic extension.

Per category, what applies city-wide or at the toolbar's site, each value with its origin
(this site, the city, the defaults: each value is looked up on its own, see
:mod:`ui.console.rules.session_rules_model`). Staff change their site's rows, admins the city-wide
ones; a row of the scope's own can be removed, its values then fall through again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.http import ApiError
from kiosk.protocol.limits import GUEST_CATEGORY
from kiosk.protocol.rules import SessionRuleList, SessionRuleRow
from ui.console.context import ConsoleContext, error_text
from ui.console.dialogs import ConfirmDialog
from ui.console.rules.grid import InlineNotes
from ui.console.rules.session_rules_dialog import SessionRulesDialog
from ui.console.rules.session_rules_grid import SessionRuleGrid
from ui.console.rules.session_rules_model import (
    Applied,
    RuleLine,
    RuleValues,
    Source,
    resolve,
    rule_lines,
)
from ui.console.rules.session_rules_texts import applied_text

log = logging.getLogger("epn.ui.console.rules.view")


class SessionRulesPanel(QWidget, InlineNotes):
    """The grid of session rules of the toolbar's scope, and the change / remove actions."""

    def __init__(
        self,
        context: ConsoleContext,
        category_text: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SessionRulesPanel")
        self.context = context
        self.category_text = category_text
        self.rules: list[SessionRuleRow] = []
        self.defaults: SessionRuleRow | None = None
        self.categories: list[str] = []
        #: The scope the grid shows; None: city-wide.
        self.shown_site: int | None = None
        self.loaded = False
        #: Values typed but refused by the server, offered again: (category, site) → values.
        self._typed: dict[tuple[str, int | None], RuleValues] = {}
        self._loading = 0

        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.read_only = QLabel(objectName="Status")
        self.read_only.setWordWrap(True)
        self.error = QLabel(objectName="Error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.table = SessionRuleGrid(category_text)
        self.change_button = QPushButton(objectName="Primary")
        self.remove_button = QPushButton()
        # the actions beside the heading: both grids keep their lines in view at 1280×800
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.change_button)
        top.addWidget(self.remove_button)

        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.addLayout(top)
        root.addWidget(self.read_only)
        root.addWidget(self.error)
        root.addWidget(self.table, 1)
        self.setTabOrder(self.change_button, self.remove_button)
        self.setTabOrder(self.remove_button, self.table)

        self.change_button.clicked.connect(self.change_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.change_requested.connect(self.change_selected)
        self.table.remove_requested.connect(self.remove_selected)
        self.table.activated.connect(self._activated)
        self.table.itemSelectionChanged.connect(self.update_actions)
        self.retranslate()
        self.update_actions()

    # --- loading -----------------------------------------------------------------------------

    def load(self, site: int | None) -> None:
        client = self.context.client
        self._loading += 1
        ticket = self._loading

        def load() -> tuple[SessionRuleList, list[str]]:
            names = [c.name for c in client.categories()]
            return client.session_rules(site), [*names, GUEST_CATEGORY]  # tickets' sessions

        def done(result: tuple[SessionRuleList, list[str]]) -> None:
            if ticket == self._loading:
                listed, categories = result
                self.show_rules(listed.rules, listed.defaults, categories, site)

        def failed(error: BaseException) -> None:
            if ticket == self._loading:
                self._show_error(error_text(error))

        self.context.run(load, done, failed)

    def show_rules(
        self,
        rules: list[SessionRuleRow],
        defaults: SessionRuleRow,
        categories: list[str],
        site: int | None,
    ) -> None:
        """Fill the grid; the selected category stays selected."""
        selected = self.selected()
        self.rules, self.defaults, self.categories = rules, defaults, categories
        self.shown_site, self.loaded = site, True
        self.table.show_lines(rule_lines(rules, categories, defaults, site), site)
        self._hide_error()
        if not (selected and self.table.select_category(selected.category)) and self.lines:
            self.table.selectRow(0)
        self.update_actions()

    # --- selection ---------------------------------------------------------------------------

    @property
    def lines(self) -> list[RuleLine]:
        return self.table.lines

    def selected(self) -> RuleLine | None:
        return self.table.selected()

    def select_category(self, category: str) -> bool:
        return self.table.select_category(category)

    @property
    def editable(self) -> bool:
        """Staff change their site's own rows; only admins the city-wide ones."""
        return self.loaded and (self.shown_site is not None or self.context.is_admin)

    def removable(self, line: RuleLine | None) -> bool:
        return line is not None and self.editable and line.own is not None

    def update_actions(self) -> None:
        self.change_button.setEnabled(self.editable and self.selected() is not None)
        self.remove_button.setEnabled(self.removable(self.selected()))
        self._retranslate_scope()

    def _activated(self, _index: QModelIndex) -> None:
        self.change_selected()

    # --- changes -----------------------------------------------------------------------------

    def _fallback(self, category: str, site: int | None) -> Applied:
        """What applies to the category once the scope's own row is gone."""
        assert self.defaults is not None
        return resolve(category, site, self.rules, self.defaults, without=(site, category))

    def change_selected(self) -> None:
        line = self.selected()
        if line is None or not self.editable:
            return
        site, category = self.shown_site, line.category
        name = self.category_text(category)
        start = self._typed.get((category, site)) or line.own or RuleValues()
        if site is None:
            where = self.tr(
                "City-wide warnings and extension of “%1”, for every site without its own."
            ).replace("%1", name)
            note = ""
        else:
            where = (
                self.tr("Warnings and extension of “%1” at %2 only. The other sites keep theirs.")
                .replace("%1", name)
                .replace("%2", self.context.site_name(site))
            )
            note = ""
            if line.own is not None:
                note = self.tr("To follow the city for every value, use “%1” instead.").replace(
                    "%1", self.remove_button.text()
                )
        values = SessionRulesDialog.ask(
            self,
            self.tr("Warnings and extension of “%1”").replace("%1", name),
            where,
            start,
            self._fallback(category, site),
            source=Source.CITY if site is None else Source.SITE,
            note=note,
        )
        if values is not None:
            self.save(category, values, site)

    def save(self, category: str, values: RuleValues, site: int | None) -> None:
        client = self.context.client
        self._hide_error()
        self.context.show_message(lambda: self.tr("Saving…"))
        name = self.category_text(category)

        def done(_row: SessionRuleRow) -> None:
            self._typed.pop((category, site), None)
            self.context.show_message(
                lambda: self.tr("Warnings and extension of “%1” saved.").replace("%1", name)
            )
            self.load(site)

        def failed(error: BaseException) -> None:
            self._typed[(category, site)] = values
            self._show_error(self._change_error(error))
            self.context.show_message(lambda: self.tr("Nothing was saved."), error=True)

        self.context.run(
            lambda: client.set_session_rules(category, values.change(site)), done, failed
        )

    def remove_selected(self) -> None:
        """Remove the scope's own row, after saying what will apply instead."""
        line = self.selected()
        if line is None or not self.removable(line):
            return
        site, category = self.shown_site, line.category
        name = self.category_text(category)
        then = applied_text(self._fallback(category, site))
        if site is None:
            question = (
                self.tr("Remove the city-wide warnings and extension of “%1”? Then: %2.")
                .replace("%1", name)
                .replace("%2", then)
            )
        else:
            question = (
                self.tr("Remove the warnings and extension of “%1” that are %2's own? Then: %3.")
                .replace("%1", name)
                .replace("%2", self.context.site_name(site))
                .replace("%3", then)
            )
        if not ConfirmDialog.ask(self, question):
            return
        client = self.context.client
        self._hide_error()
        self.context.show_message(lambda: self.tr("Saving…"))

        def done(_none: None) -> None:
            self._typed.pop((category, site), None)
            self.context.show_message(
                lambda: self.tr("“%1” now has %2.").replace("%1", name).replace("%2", then)
            )
            self.load(site)

        def failed(error: BaseException) -> None:
            if isinstance(error, ApiError) and error.code == ErrorCode.NOT_FOUND:
                self._show_error(self.tr("This line was removed already. The page is up to date."))
                self.load(site)
            else:
                self._show_error(self._change_error(error))
            self.context.show_message(lambda: self.tr("Nothing was saved."), error=True)

        self.context.run(lambda: client.clear_session_rules(category, site_id=site), done, failed)

    def _change_error(self, error: BaseException) -> str:
        if isinstance(error, ApiError):
            if error.code == ErrorCode.FORBIDDEN:
                return self.tr(
                    "You may not change these rules: only administrators change the city-wide "
                    "ones, and staff those of their own sites."
                )
            if error.code == ErrorCode.NOT_FOUND:
                return self.tr(
                    "The server does not know this category or site any more. Press F5. "
                    "Your values are kept."
                )
            if error.code == ErrorCode.INVALID_REQUEST:
                return self.tr(
                    "The server refused these values: at most 5 warnings, each at most 60 min "
                    "before the end; at most 600 min more, 20 times, 1000 computers. Your "
                    "values are kept."
                )
        return error_text(error) + " " + self.tr("Your values are kept: try again.")

    # --- errors and text ---------------------------------------------------------------------

    def _retranslate_scope(self) -> None:
        site = self.shown_site if self.loaded else self.context.site_id
        if site is None:
            self.remove_button.setText(self.tr("Use the general rules"))
            self.remove_button.setToolTip(
                self.tr(
                    "Remove the city-wide line of the selected category: its values come from "
                    "every category's line or the defaults again (Del)"
                )
            )
        else:
            self.remove_button.setText(self.tr("Use the city's rules"))
            self.remove_button.setToolTip(
                self.tr("Remove this site's own line of the selected category (Del)")
            )
        self.remove_button.setVisible(site is not None or self.context.is_admin)
        read_only = site is None and not self.context.is_admin
        self.read_only.setText(
            self.tr("Read only: only administrators change the city-wide warnings and extensions.")
            if read_only
            else ""
        )
        self.read_only.setVisible(read_only)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Warnings before the end and automatic extension"))
        self.change_button.setText(self.tr("Change…"))
        self.change_button.setToolTip(
            self.tr(
                "Change the warnings and extension of the selected category (F2 on this list, "
                "Enter or double click)"
            )
        )
        self.table.retranslate()
        self._retranslate_scope()
