"""One part of the Time allowances page: a grid of rules per category, and its change / remove
actions, for the toolbar's scope (city-wide or a site).

The page has two, the allowances and the session rules (warnings, automatic extension). They
differ only in what the part is built with, a :class:`RulesKind`
(:class:`ui.console.rules.allowances.Allowances`,
:class:`ui.console.rules.session_rules.SessionRules`): the columns, how the lines are loaded and
how each value falls through, the dialog, the server's calls and the texts. Staff change their
site's rows, admins the city-wide ones; a row of the scope's own can be removed, what it set
then falls through again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from admin.client.staff_client import StaffClient
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.http import ApiError
from ui.console.context import ConsoleContext, error_text
from ui.console.dialogs import ConfirmDialog
from ui.console.rules.grid import Columns, RuleGrid, category_text


class RulesKind(Protocol):
    """What a part of the page is about. ``data``: what :meth:`fetch` loaded; ``line``: one of
    the grid's lines; ``values``: what the dialog gives and :meth:`save` sends."""

    columns: Columns

    def heading(self) -> str | None:
        """The part's own heading (beside its buttons), or None."""

    def change_texts(self) -> tuple[str, str]:
        """The change button's text and tooltip."""

    def remove_texts(self, *, city: bool) -> tuple[str, str]:
        """The removal button's text and tooltip."""

    def read_only_text(self) -> str:
        """Why staff see the city-wide rows without changing them."""

    def fetch(self, client: StaffClient, site: int | None) -> Any:
        """The rows and categories, from the server (in the background)."""

    def lines(self, data: Any, site: int | None) -> list[Any]:
        """One line per category, what applies in the scope and where it comes from."""

    def removable(self, line: Any, site: int | None) -> bool:
        """The line is the scope's own row, and one that may be removed."""

    def ask(
        self,
        parent: QWidget,
        data: Any,
        line: Any,
        site: int | None,
        site_name: str | None,
        typed: Any | None,
        remove_text: str,
    ) -> Any | None:
        """The line's new values from a dialog (``typed``: refused before, offered again;
        ``remove_text``: the removal button's)."""

    def save(self, client: StaffClient, category: str, values: Any, site: int | None) -> None:
        """Send the row."""

    def saved_text(self, name: str, site_name: str | None) -> str:
        """The window's message once saved."""

    def remove(self, client: StaffClient, category: str, site: int | None) -> None:
        """Remove the scope's own row."""

    def then_text(self, data: Any, category: str, site: int | None) -> str:
        """What applies once the scope's own row is gone."""

    def remove_question(self, name: str, site_name: str | None, then: str) -> str:
        """Asked before the row is removed."""

    def removed_text(self, name: str, then: str) -> str:
        """The window's message once removed."""

    def removed_already_text(self) -> str:
        """Inline, when the row was gone before the removal reached the server."""

    def change_error(self, error: BaseException) -> str:
        """Why a change was not saved, and that what was typed is kept."""

    def nothing_saved_text(self) -> str:
        """The window's message when a change failed."""

    def saving_text(self) -> str:
        """The window's message while a change is sent."""


class RulesPart(QWidget):
    """The grid of a kind of rules, its inline error and read-only sentence, its actions.

    ``changed`` (the site) once a change is saved: the page loads again what it affects;
    ``shown`` once loaded lines are shown.
    With a heading, the buttons stand beside it; without, below the grid (``action_row``, where
    the page may add its own).
    """

    changed = Signal(object)
    shown = Signal()

    def __init__(
        self,
        context: ConsoleContext,
        kind: RulesKind,
        *,
        on_load_error: Callable[[BaseException], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{kind.columns.name}Part")
        self.context = context
        self.kind = kind
        self._on_load_error = on_load_error
        #: What was loaded last (the kind's rows and categories).
        self.data: Any = None
        #: The scope the grid shows; None: city-wide.
        self.shown_site: int | None = None
        self.loaded = False
        #: Values typed but refused by the server, offered again: (category, site) → values.
        self._typed: dict[tuple[str, int | None], Any] = {}
        self._loading = 0
        #: Selected once the next load is shown (a category just added).
        self.select_after_load: str | None = None

        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.read_only = QLabel(objectName="Status")
        self.read_only.setWordWrap(True)
        self.error = QLabel(objectName="Error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.table = RuleGrid(kind.columns)
        self.change_button = QPushButton(objectName="Primary")
        self.remove_button = QPushButton()
        self.action_row = QHBoxLayout()
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        if kind.heading() is not None:
            # the actions beside the heading: both grids keep their lines in view at 1280×800
            self.action_row.addWidget(self.heading, 1)
            self.action_row.addWidget(self.change_button)
            self.action_row.addWidget(self.remove_button)
            root.addLayout(self.action_row)
            root.addWidget(self.read_only)
            root.addWidget(self.error)
            root.addWidget(self.table, 1)
            self.setTabOrder(self.change_button, self.remove_button)
            self.setTabOrder(self.remove_button, self.table)
        else:
            self.heading.hide()
            self.action_row.addWidget(self.change_button)
            self.action_row.addWidget(self.remove_button)
            self.action_row.addStretch(1)
            root.addWidget(self.read_only)
            root.addWidget(self.error)
            root.addWidget(self.table)  # as tall as its lines
            root.addLayout(self.action_row)
            self.setTabOrder(self.table, self.change_button)
            self.setTabOrder(self.change_button, self.remove_button)

        self.change_button.clicked.connect(self.change_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.change_requested.connect(self.change_selected)
        self.table.remove_requested.connect(self.remove_selected)
        # Enter or a double click (one click where the platform activates on single click)
        self.table.activated.connect(self._activated)
        self.table.itemSelectionChanged.connect(self.update_actions)
        context.staff_did_change.connect(self.update_actions)
        self.retranslate()
        self.update_actions()

    # --- loading -----------------------------------------------------------------------------

    def load(self, site: int | None, *, announce: Callable[[], str] | None = None) -> None:
        """Load the scope's rows in the background; ``announce``: the window's message
        meanwhile."""
        client = self.context.client
        self._loading += 1
        ticket = self._loading
        if announce is not None:
            self.context.show_message(announce)

        def done(data: Any) -> None:
            if ticket != self._loading:
                return  # a newer load (another site) is on its way
            self.show_data(data, site)
            if announce is not None:
                self.context.show_message(str)

        def failed(error: BaseException) -> None:
            if ticket != self._loading:
                return
            self.show_error(error_text(error))
            if self._on_load_error is not None:
                self._on_load_error(error)

        self.context.run(lambda: self.kind.fetch(client, site), done, failed)

    def show_data(self, data: Any, site: int | None) -> None:
        """Fill the grid; the selected category stays selected."""
        selected = self.selected()
        wanted = self.select_after_load or (None if selected is None else selected.category)
        self.select_after_load = None
        self.data, self.shown_site, self.loaded = data, site, True
        self.table.show_lines(self.kind.lines(data, site), site)
        self.hide_error()
        if not (wanted and self.select_category(wanted)) and self.lines:
            self.table.selectRow(0)
        self.update_actions()
        self.shown.emit()

    # --- selection ---------------------------------------------------------------------------

    @property
    def lines(self) -> list[Any]:
        return self.table.lines

    def selected(self) -> Any | None:
        return self.table.selected()

    def select_category(self, category: str) -> bool:
        return self.table.select_category(category)

    def line(self, category: str) -> Any | None:
        return self.table.line(category)

    @property
    def editable(self) -> bool:
        """Staff change their site's own rows; only admins the city-wide ones."""
        return self.loaded and (self.shown_site is not None or self.context.is_admin)

    def removable(self, line: Any | None) -> bool:
        return line is not None and self.editable and self.kind.removable(line, self.shown_site)

    def update_actions(self) -> None:
        self.change_button.setEnabled(self.editable and self.selected() is not None)
        self.remove_button.setEnabled(self.removable(self.selected()))
        self._retranslate_scope()

    def _activated(self, _index: QModelIndex) -> None:
        self.change_selected()

    # --- changes -----------------------------------------------------------------------------

    def _site_name(self, site: int | None) -> str | None:
        return None if site is None else self.context.site_name(site)

    def change_selected(self) -> None:
        line = self.selected()
        if line is None or not self.editable:
            return
        site, category = self.shown_site, line.category
        typed = self._typed.get((category, site))
        values = self.kind.ask(
            self, self.data, line, site, self._site_name(site), typed, self.remove_button.text()
        )
        if values is not None:
            self.save(category, values, site)

    def save(self, category: str, values: Any, site: int | None) -> None:
        client, kind = self.context.client, self.kind
        self.hide_error()
        self.context.show_message(kind.saving_text)
        name = category_text(category)
        site_name = self._site_name(site)

        def done(_row: object) -> None:
            self._typed.pop((category, site), None)
            self.context.show_message(lambda: kind.saved_text(name, site_name))
            self.changed.emit(site)

        def failed(error: BaseException) -> None:
            self._typed[(category, site)] = values
            self.show_error(kind.change_error(error))
            self.context.show_message(kind.nothing_saved_text, error=True)

        self.context.run(lambda: kind.save(client, category, values, site), done, failed)

    def remove_selected(self) -> None:
        """Remove the scope's own row, after saying what will apply instead."""
        line = self.selected()
        if line is None or not self.removable(line):
            return
        kind = self.kind
        site, category = self.shown_site, line.category
        name = category_text(category)
        then = kind.then_text(self.data, category, site)
        if not ConfirmDialog.ask(self, kind.remove_question(name, self._site_name(site), then)):
            return
        client = self.context.client
        self.hide_error()
        self.context.show_message(kind.saving_text)

        def done(_none: None) -> None:
            self._typed.pop((category, site), None)
            self.context.show_message(lambda: kind.removed_text(name, then))
            self.changed.emit(site)

        def failed(error: BaseException) -> None:
            if isinstance(error, ApiError) and error.code == ErrorCode.NOT_FOUND:
                self.show_error(kind.removed_already_text())
                self.changed.emit(site)
            else:
                self.show_error(kind.change_error(error))
            self.context.show_message(kind.nothing_saved_text, error=True)

        self.context.run(lambda: kind.remove(client, category, site), done, failed)

    # --- errors and text ---------------------------------------------------------------------

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def hide_error(self) -> None:
        self.error.clear()
        self.error.hide()

    @property
    def error_text(self) -> str:
        return self.error.text() if self.error.isVisibleTo(self) else ""

    @property
    def read_only_text(self) -> str:
        return self.read_only.text() if self.read_only.isVisibleTo(self) else ""

    def _retranslate_scope(self) -> None:
        site = self.shown_site if self.loaded else self.context.site_id
        text, tip = self.kind.remove_texts(city=site is None)
        self.remove_button.setText(text)
        self.remove_button.setToolTip(tip)
        self.remove_button.setVisible(site is not None or self.context.is_admin)
        read_only = site is None and not self.context.is_admin
        self.read_only.setText(self.kind.read_only_text() if read_only else "")
        self.read_only.setVisible(read_only)

    def retranslate(self) -> None:
        self.heading.setText(self.kind.heading() or "")
        text, tip = self.kind.change_texts()
        self.change_button.setText(text)
        self.change_button.setToolTip(tip)
        self.table.retranslate()
        self._retranslate_scope()
