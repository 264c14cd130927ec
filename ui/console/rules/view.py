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

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.http import ApiError
from kiosk.protocol.rules import CategoryInfo
from ui.console.context import ConsoleContext, error_text
from ui.console.rules.allowances import AllowanceData, Allowances, scope_texts
from ui.console.rules.allowances_dialog import ask_category_name
from ui.console.rules.part import RulesPart
from ui.console.rules.session_rules import SessionRules
from ui.console.view import ConsoleView

log = logging.getLogger("epn.ui.console.rules.view")


class RulesView(ConsoleView):
    """The allowances and the session rules of the toolbar's scope, and adding a category."""

    def __init__(self, context: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("RulesView")
        self.heading = QLabel(objectName="Title")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.allowances = RulesPart(context, Allowances(), on_load_error=context.show_error)
        self.add_button = QPushButton()
        self.allowances.action_row.addWidget(self.add_button)
        self.session_rules = RulesPart(context, SessionRules())
        self.footer = QLabel(objectName="Status")
        self.footer.setWordWrap(True)

        root = QVBoxLayout(self)
        root.addWidget(self.heading)
        root.addWidget(self.intro)
        root.addWidget(self.allowances)  # as tall as its lines; the session rules get the rest
        root.addWidget(self.session_rules, 1)
        root.addWidget(self.footer)
        self.setTabOrder(self.allowances.remove_button, self.add_button)
        self.setTabOrder(self.add_button, self.session_rules.change_button)

        self.add_button.clicked.connect(self.add_category)
        # a change of allowances (a category added) shows in both parts
        self.allowances.changed.connect(lambda _site: self._load(announce=False))
        self.session_rules.changed.connect(self.session_rules.load)
        self.allowances.shown.connect(self._update_page)
        context.staff_did_change.connect(self._update_page)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Time allowances")

    # --- loading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        self._load(announce=True)

    def _load(self, *, announce: bool) -> None:
        site = self.context.site_id
        self.session_rules.load(site)
        self.allowances.load(
            site, announce=(lambda: self.tr("Loading the time allowances…")) if announce else None
        )

    # --- adding a category -------------------------------------------------------------------

    def add_category(self) -> None:
        if not self.context.is_admin:
            return
        data = self.allowances.data
        name = ask_category_name(self, data.categories if isinstance(data, AllowanceData) else [])
        if name is None:
            return
        self.allowances.hide_error()
        client = self.context.client

        def done(_info: CategoryInfo) -> None:
            self.context.show_message(lambda: self.tr("Category “%1” added.").replace("%1", name))
            self.allowances.select_after_load = name
            self._load(announce=False)

        def failed(error: BaseException) -> None:
            if isinstance(error, ApiError) and error.code == ErrorCode.INVALID_REQUEST:
                if error.status == 409:
                    self.allowances.show_error(
                        self.tr("The category “%1” exists already.").replace("%1", name)
                    )
                else:
                    self.allowances.show_error(
                        self.tr("The server refused the name “%1”.").replace("%1", name)
                    )
            else:
                self.allowances.show_error(error_text(error))

        self.context.run(lambda: client.add_category(name), done, failed)

    # --- text --------------------------------------------------------------------------------

    def _update_page(self) -> None:
        part = self.allowances
        site = part.shown_site if part.loaded else self.context.site_id
        heading, intro = scope_texts(None if site is None else self.context.site_name(site))
        self.heading.setText(heading)
        self.intro.setText(intro)
        self.add_button.setVisible(self.context.is_admin)
        self.add_button.setEnabled(part.loaded)

    def retranslate(self) -> None:
        self.allowances.retranslate()
        self.add_button.setText(self.tr("Add a category…"))
        self.add_button.setToolTip(self.tr("Add a visitor category (Ctrl+N)"))
        # setText() replaces a button's shortcut with the text's mnemonic: set them after.
        self.allowances.change_button.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.add_button.setShortcut(QKeySequence("Ctrl+N"))
        self.footer.setText(
            self.tr(
                "Each warning and extension value comes on its own from the most specific "
                "line that sets it."
            )
        )
        self.session_rules.retranslate()
        self._update_page()
