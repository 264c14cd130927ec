"""Whom a profile is given to: categories (city-wide or at a site), the default, visitors.

Admins give and take back anything; staff do so at their own sites and for visitors (the
server's rule, admin.catalogue.editing); city-wide rows are shown to them but stay as they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.protocol.catalogue import ProfileInfo
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.http import ApiError
from kiosk.protocol.limits import DEFAULT_CATEGORY, GUEST_CATEGORY
from ui.console.context import ConsoleContext, error_text
from ui.console.rules.grid import category_text

TARGET_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Target:
    """One row of "given to": a category at a site (None: city-wide), or a visitor."""

    category: str | None = None
    site: str | None = None
    visitor: str | None = None


class AssignBox(QGroupBox):
    """The "given to" list of one profile, and the form to give it to someone more."""

    profile_did_change = Signal(object)  # the ProfileInfo the server answered

    def __init__(self, context: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AssignBox")
        self.context = context
        self.profile: ProfileInfo | None = None
        self.categories: list[str] = []
        self.sites: list[str] = []

        self.rule_label = QLabel(objectName="Status")
        self.rule_label.setWordWrap(True)
        self.given_list = QListWidget()
        self.take_back_button = QPushButton()

        self.kind_label, self.kind_combo = QLabel(), QComboBox()
        self.category_label, self.category_combo = QLabel(), QComboBox()
        self.where_label, self.where_combo = QLabel(), QComboBox()
        self.visitor_label, self.visitor_edit = QLabel(), QLineEdit()
        self.visitor_edit.setMaxLength(64)
        for label, field in (
            (self.kind_label, self.kind_combo),
            (self.category_label, self.category_combo),
            (self.where_label, self.where_combo),
            (self.visitor_label, self.visitor_edit),
        ):
            label.setBuddy(field)
        self.give_button = QPushButton(objectName="Primary")
        self.error_label = QLabel(objectName="Error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.form = QFormLayout()
        self.form.addRow(self.kind_label, self.kind_combo)
        self.form.addRow(self.category_label, self.category_combo)
        self.form.addRow(self.where_label, self.where_combo)
        self.form.addRow(self.visitor_label, self.visitor_edit)
        give_row = QHBoxLayout()
        give_row.addStretch(1)
        give_row.addWidget(self.give_button)

        root = QVBoxLayout(self)
        root.addWidget(self.given_list, 1)
        take_row = QHBoxLayout()
        take_row.addStretch(1)
        take_row.addWidget(self.take_back_button)
        root.addLayout(take_row)
        root.addLayout(self.form)
        root.addWidget(self.error_label)
        root.addLayout(give_row)
        root.addWidget(self.rule_label)

        self.kind_combo.addItems(["", "", ""])  # texts in retranslate
        self.kind_combo.currentIndexChanged.connect(self._kind_did_change)
        self.given_list.currentItemChanged.connect(lambda *_: self._update_actions())
        self.take_back_button.clicked.connect(self.take_back)
        self.give_button.clicked.connect(self.give)
        self.visitor_edit.returnPressed.connect(self.give)
        self.retranslate()
        self._kind_did_change()

    # --- what is shown ---------------------------------------------------------------------

    def set_choices(self, categories: Sequence[str], sites: Sequence[str]) -> None:
        """The categories and the sites (the member's) a profile can be given at."""
        self.sites = sorted(sites)
        chosen = self.category_combo.currentData()
        self.categories = sorted({*categories, GUEST_CATEGORY})
        self.category_combo.clear()
        for category in self.categories:  # the name in the console's language, the stored one kept
            self.category_combo.addItem(category_text(category), category)
        self.category_combo.setCurrentIndex(max(self.category_combo.findData(chosen), 0))

    def _fill_sites(self) -> None:
        chosen = self.where_combo.currentData()
        self.where_combo.clear()
        if self.context.is_admin:
            self.where_combo.addItem(self.tr("Every site (city-wide)"), None)
        for site in self.sites:
            self.where_combo.addItem(site, site)
        preferred = chosen if chosen is not None else self.context.site_name(self.context.site_id)
        index = self.where_combo.findData(preferred)
        self.where_combo.setCurrentIndex(max(index, 0))

    def set_profile(self, profile: ProfileInfo | None) -> None:
        self.profile = profile
        self._fill_sites()
        self.given_list.clear()
        if profile is not None:
            for target, text in self.rows(profile):
                item = QListWidgetItem(text)
                item.setData(TARGET_ROLE, target)
                self.given_list.addItem(item)
            if not profile.categories and not profile.visitors:
                item = QListWidgetItem(self.tr("Nobody yet: give it with the form below."))
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                self.given_list.addItem(item)
        self.error_label.hide()
        self.retranslate_title()
        self._update_actions()

    def rows(self, profile: ProfileInfo) -> list[tuple[Target, str]]:
        rows = [
            (Target(category=c.category, site=c.site), self._category_text(c.category, c.site))
            for c in profile.categories
        ]
        rows += [
            (Target(visitor=v), self.tr("Visitor %1 (their own profile)").replace("%1", v))
            for v in profile.visitors
        ]
        return rows

    def describe(self, profile: ProfileInfo) -> list[str]:
        return [text for _target, text in self.rows(profile)]

    def _category_text(self, category: str, site: str | None) -> str:
        where = self.tr("every site") if site is None else site
        if category == DEFAULT_CATEGORY:
            return self.tr("Everyone, by default — %1").replace("%1", where)
        return (
            self.tr("Category %1 — %2").replace("%1", category_text(category)).replace("%2", where)
        )

    def selected_target(self) -> Target | None:
        item = self.given_list.currentItem()
        target = None if item is None else item.data(TARGET_ROLE)
        return target if isinstance(target, Target) else None

    def may_change(self, target: Target) -> bool:
        """Staff change their sites' rows and visitors' profiles; city-wide rows are for admins."""
        return self.context.is_admin or target.visitor is not None or target.site is not None

    def _kind_did_change(self) -> None:
        kind = self.kind_combo.currentIndex()
        category, visitor = kind == 0, kind == 2
        for widget in (self.category_label, self.category_combo):
            widget.setVisible(category)
        for widget in (self.where_label, self.where_combo):
            widget.setVisible(not visitor)
        for widget in (self.visitor_label, self.visitor_edit):
            widget.setVisible(visitor)

    def _update_actions(self) -> None:
        has_profile = self.profile is not None
        target = self.selected_target()
        self.take_back_button.setEnabled(target is not None and self.may_change(target))
        if target is not None and not self.may_change(target):
            self.take_back_button.setToolTip(
                self.tr("Only an administrator takes back a profile given city-wide.")
            )
        else:
            self.take_back_button.setToolTip(self.tr("Take back the selected row"))
        for widget in (
            self.kind_combo,
            self.category_combo,
            self.where_combo,
            self.visitor_edit,
            self.give_button,
        ):
            widget.setEnabled(has_profile and (self.context.is_admin or bool(self.sites)))

    # --- actions ----------------------------------------------------------------------------

    def target_of_form(self) -> Target | None:
        """What the form describes, or None (with a sentence shown) when incomplete."""
        kind = self.kind_combo.currentIndex()
        if kind == 2:
            identifier = self.visitor_edit.text().strip()
            if not identifier:
                self._show_error(self.tr("Type the visitor's card number or identifier."))
                return None
            return Target(visitor=identifier)
        site = self.where_combo.currentData()
        category = self.category_combo.currentData() if kind == 0 else DEFAULT_CATEGORY
        if not category:
            self._show_error(self.tr("Choose a category."))
            return None
        return Target(category=category, site=site if isinstance(site, str) else None)

    def give(self) -> None:
        if self.profile is None:
            return
        self.error_label.hide()
        target = self.target_of_form()
        if target is not None:
            self._send(target, remove=False)

    def take_back(self) -> None:
        target = self.selected_target()
        if self.profile is None or target is None or not self.may_change(target):
            return
        self.error_label.hide()
        self._send(target, remove=True)

    def _send(self, target: Target, *, remove: bool) -> None:
        assert self.profile is not None
        name, client = self.profile.name, self.context.client
        call = client.unassign_profile if remove else client.assign_profile
        self.give_button.setEnabled(False)
        self.take_back_button.setEnabled(False)
        self.context.run(
            lambda: call(name, category=target.category, site=target.site, visitor=target.visitor),
            lambda profile: self._did_send(profile, target, remove),
            self._did_fail,
        )

    def _did_send(self, profile: ProfileInfo, target: Target, remove: bool) -> None:
        if target.visitor is not None and not remove:
            self.visitor_edit.clear()
        if remove:
            self.context.show_message(
                lambda: self.tr("Profile “%1” taken back.").replace("%1", profile.name)
            )
        else:
            self.context.show_message(
                lambda: self.tr("Profile “%1” given.").replace("%1", profile.name)
            )
        self.profile_did_change.emit(profile)

    def _did_fail(self, error: BaseException) -> None:
        self._update_actions()
        if isinstance(error, ApiError) and error.code == ErrorCode.NOT_FOUND:
            self._show_error(
                self.tr("No visitor has this identifier (guest tickets cannot have one).")
            )
        elif isinstance(error, ApiError) and error.code == ErrorCode.FORBIDDEN:
            self._show_error(self.tr("You may give profiles only at your own sites."))
        else:
            self._show_error(error_text(error))

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    # --- text ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.retranslate_title()
        self.given_list.setAccessibleName(self.tr("Given to"))
        self.take_back_button.setText(self.tr("Take &back"))
        self.kind_label.setText(self.tr("&Give to"))
        self.kind_combo.setItemText(0, self.tr("A visitor category"))
        self.kind_combo.setItemText(1, self.tr("Everyone (default profile)"))
        self.kind_combo.setItemText(2, self.tr("One visitor"))
        self.category_label.setText(self.tr("&Category"))
        self.where_label.setText(self.tr("&Where"))
        self.visitor_label.setText(self.tr("&Visitor"))
        self.visitor_edit.setPlaceholderText(self.tr("Card number or identifier"))
        self.give_button.setText(self.tr("G&ive"))
        self.give_button.setToolTip(
            self.tr("Give the profile as the form says (Enter in the visitor field)")
        )
        if self.where_combo.count() and self.where_combo.itemData(0) is None:
            self.where_combo.setItemText(0, self.tr("Every site (city-wide)"))
        for index in range(self.category_combo.count()):
            self.category_combo.setItemText(
                index, category_text(self.category_combo.itemData(index))
            )
        self.rule_label.setText(
            self.tr(
                "Which profiles a visitor gets: their own first; else their category's at the "
                "site, then city-wide; else the default ones."
            )
        )
        if self.profile is not None:
            self.set_profile(self.profile)

    def retranslate_title(self) -> None:
        if self.profile is None:
            self.setTitle(self.tr("Given to"))
        else:
            self.setTitle(self.tr("“%1” is given to").replace("%1", self.profile.name))
