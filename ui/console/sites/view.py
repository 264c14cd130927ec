"""The console's page: a site's opening hours, closed dates, lock-screen message, charter, and
the minutes of its bookings and queue.

The page edits the toolbar's site; with "all sites" in the toolbar, a list on the left picks
one. Edits stay in the page until saved (Ctrl+S): the title says when there are unsaved
changes, and choosing another site or reloading asks first. Leaving the page keeps them (the
page is still there when the member comes back) and offers to save them. Whatever the server
refuses is shown next to what it concerns, with the typed values kept.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from admin.client.staff_client import StaffClient
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.holds import HoldSettings
from kiosk.protocol.http import ApiError
from kiosk.protocol.limits import MAX_LOGO_BYTES
from kiosk.protocol.sites import SiteHours, SitePublic, SiteTexts
from ui.console.context import ConsoleContext, error_text
from ui.console.dialogs import ConfirmDialog, FileDialog
from ui.console.sites.form import SiteForm, Tab
from ui.console.sites.site_list import SiteListPanel
from ui.console.sites.sources import SignInSourcesPanel
from ui.console.view import ConsoleView

log = logging.getLogger("epn.ui.console.sites.view")

# A site's public settings and the bytes of its logo (None without one).
PublicState = tuple[SitePublic, bytes | None]


def public_state(client: StaffClient, settings: SitePublic) -> PublicState:
    """The settings and their logo's bytes (None when the public part is off and the logo is
    not served: the preview then shows none)."""
    try:
        logo = client.public_logo(settings)
    except ApiError as error:
        log.info("the logo of %s is not served: %s", settings.logo, error.code)
        logo = None
    return settings, logo


def save_public(
    client: StaffClient, site_id: int, settings: SitePublic, logo: bytes | None
) -> PublicState:
    """The settings, then the logo chosen (``b""``: removed), as the server holds them after."""
    stored = client.set_site_public(site_id, settings)
    if logo is not None:
        stored = client.set_site_logo(site_id, logo) if logo else client.remove_site_logo(site_id)
    return public_state(client, stored)


class SitesView(ConsoleView):
    """Load, edit and save the schedule and texts of one site."""

    def __init__(self, context: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("SitesView")
        #: The site the form holds (None: none loaded yet).
        self.site_id: int | None = None
        self.hours: SiteHours | None = None
        self.texts: SiteTexts | None = None
        #: None until loaded, or from a server without bookings (the tab is then off)
        self.holds: HoldSettings | None = None
        # None until loaded, or from a server without public pages (the tab is then off)
        self.public: SitePublic | None = None
        self.hours_dirty = False
        self.texts_dirty = False
        self.holds_dirty = False
        self.public_dirty = False
        self._loading = 0
        self._saving = 0
        self._leave_check_pending = False

        self.left = SiteListPanel()

        self.heading = QLabel(objectName="Title")
        self.unsaved = QLabel(objectName="Error")
        self.discard_button = QPushButton()
        self.save_button = QPushButton(objectName="Primary")
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.unsaved)
        top.addStretch(1)
        top.addWidget(self.discard_button)
        top.addWidget(self.save_button)

        self.notice = QLabel(objectName="Status")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.error = QLabel(objectName="Error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.empty = QLabel(objectName="Status")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.form = SiteForm()
        # the editors, for tests and for what the page does with them
        self.tabs, self.week, self.dates = self.form, self.form.week, self.form.dates
        self.message, self.charter = self.form.message, self.form.charter
        self.public_editor = self.form.public
        self.sources = SignInSourcesPanel.add_to(self.form)  # read-only, loaded with the site

        right = QVBoxLayout()
        right.addLayout(top)
        right.addWidget(self.notice)
        right.addWidget(self.error)
        right.addWidget(self.empty, 1)
        right.addWidget(self.tabs, 1)
        root = QHBoxLayout(self)
        root.addWidget(self.left)
        root.addLayout(right, 1)

        self.left.site_picked.connect(self._site_picked)
        self.save_button.clicked.connect(self.save)
        self.discard_button.clicked.connect(self.discard)
        self.form.hours_edited.connect(self._hours_edited)
        self.form.texts_edited.connect(self._texts_edited)
        self.form.holds_edited.connect(self._holds_edited)
        self.form.public_edited.connect(self._public_edited)
        self.form.public.logo_wanted.connect(self._ask_logo)
        self.retranslate()
        self._update()

    def title(self) -> str:
        return self.tr("Sites")

    # --- which site ----------------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return self.hours_dirty or self.texts_dirty or self.holds_dirty or self.public_dirty

    def wanted_site(self) -> int | None:
        """The toolbar's site, else the one picked in the list, else the first."""
        if self.context.site_id is not None:
            return self.context.site_id
        picked = self.left.current_site()
        if picked is not None:
            return picked
        if self.site_id is not None and any(s.id == self.site_id for s in self.context.sites):
            return self.site_id
        sites = sorted(self.context.sites, key=lambda s: s.name)
        return sites[0].id if sites else None

    def refresh(self) -> None:
        """Load the wanted site again (F5, scope change); unsaved changes are asked about."""
        self._fill_site_list()
        wanted = self.wanted_site()
        if self.dirty and self.site_id is not None:
            if wanted != self.site_id:
                question = (
                    self.tr("The changes to %1 are not saved. Discard them and show %2?")
                    .replace("%1", self.context.site_name(self.site_id))
                    .replace("%2", self.context.site_name(wanted))
                )
            else:
                question = self.tr(
                    "The changes to %1 are not saved. Discard them and load the site again?"
                ).replace("%1", self.context.site_name(self.site_id))
            if not ConfirmDialog.ask(self, question):
                self._keep_editing(wanted)
                return
        self.load(wanted)

    def _keep_editing(self, wanted: int | None) -> None:
        self.left.select(self.site_id)
        if wanted != self.site_id:
            self.notice.setText(
                self.tr(
                    "Still showing %1, with your unsaved changes. Save or discard them to see %2."
                )
                .replace("%1", self.context.site_name(self.site_id))
                .replace("%2", self.context.site_name(wanted))
            )
            self.notice.show()

    def load(self, site_id: int | None) -> None:
        self.notice.hide()
        self._set_error("")
        self._loading += 1
        ticket = self._loading
        self.site_id = site_id
        self.hours = self.texts = None
        self.holds = self.public = None
        self.hours_dirty = self.texts_dirty = self.holds_dirty = self.public_dirty = False
        self.left.select(site_id)
        self._update()
        if site_id is None:
            return
        client = self.context.client
        self.sources.load(self.context, site_id)
        self.context.show_message(
            lambda: self.tr("Loading %1…").replace("%1", self.context.site_name(site_id))
        )

        def call() -> tuple[SiteHours, SiteTexts, HoldSettings | None, PublicState | None]:
            try:
                holds: HoldSettings | None = client.hold_settings(site_id)
            except ApiError as error:
                if error.code != ErrorCode.NOT_FOUND:
                    raise
                holds = None  # a server from before bookings
            try:
                public: PublicState | None = public_state(client, client.site_public(site_id))
            except ApiError as error:
                if error.code != ErrorCode.NOT_FOUND:
                    raise
                public = None  # a server from before the public pages
            return client.site_hours(site_id), client.site_texts(site_id), holds, public

        def done(
            result: tuple[SiteHours, SiteTexts, HoldSettings | None, PublicState | None],
        ) -> None:
            if ticket != self._loading:
                return
            self.show_site(*result)
            self.context.show_message(str)

        def failed(error: BaseException) -> None:
            if ticket != self._loading:
                return
            self._set_error(error_text(error) + " " + self.tr("Press F5 to try again."))
            self.context.show_error(error)

        self.context.run(call, done, failed)

    def show_site(
        self,
        hours: SiteHours,
        texts: SiteTexts,
        holds: HoldSettings | None = None,
        public: PublicState | None = None,
    ) -> None:
        self.hours, self.texts, self.holds = hours, texts, holds
        self.form.set_hours(hours)
        self.form.set_texts(texts)
        if holds is not None:
            self.form.set_holds(holds)
        self.form.setTabEnabled(Tab.HOLDS, holds is not None)
        self._show_public(public)
        self.form.setTabEnabled(Tab.PUBLIC, public is not None)
        self.hours_dirty = self.texts_dirty = self.holds_dirty = self.public_dirty = False
        self._update()

    def _show_public(self, public: PublicState | None) -> None:
        self.public = public[0] if public is not None else None
        if public is None or self.site_id is None:
            return
        self.form.public.set_settings(*public)
        client, site_id = self.context.client, self.site_id
        self.form.public.set_addresses(
            self.context.site_name(site_id),
            client.public_url(f"/public/sites/{site_id}"),
            client.public_url(f"/public/sites/{site_id}/embed"),
        )

    def _fill_site_list(self) -> None:
        self.left.setVisible(self.context.site_id is None and len(self.context.sites) > 1)
        self.left.set_sites(self.context.sites, self.site_id)

    def _site_picked(self, picked: int) -> None:
        if picked == self.site_id:
            return
        if self.dirty and self.site_id is not None:
            question = (
                self.tr("The changes to %1 are not saved. Discard them and show %2?")
                .replace("%1", self.context.site_name(self.site_id))
                .replace("%2", self.context.site_name(picked))
            )
            if not ConfirmDialog.ask(self, question):
                self.left.select(self.site_id)
                return
        self.load(picked)

    # --- editing and saving --------------------------------------------------------------------

    def _hours_edited(self) -> None:
        if self.hours is not None:
            self.hours_dirty = True
            self._update()

    def _texts_edited(self) -> None:
        if self.texts is not None:
            self.texts_dirty = True
            self._update()

    def _holds_edited(self) -> None:
        if self.holds is not None:
            self.holds_dirty = True
            self._update()

    def _public_edited(self) -> None:
        if self.public is not None:
            self.public_dirty = True
            self._update()

    def _ask_logo(self) -> None:
        """The logo file the member picks; it is sent with the page's other changes."""
        path = FileDialog.ask_open(
            self, self.tr("The site's logo"), self.tr("Images (*.png *.jpg *.jpeg *.svg)")
        )
        if path is None:
            return
        try:
            with open(path, "rb") as file:
                data = file.read(MAX_LOGO_BYTES + 1)
        except OSError as error:
            log.info("cannot read the logo %s: %s", path, error)
            self.form.public.logo_error.setText(self.tr("This file cannot be read."))
            self.form.public.logo_error.show()
            return
        self.form.public.choose_logo(data)

    def save(self) -> None:
        """Check the form, then send what changed; errors stay next to what they concern."""
        site_id = self.site_id
        if site_id is None or not self.dirty or self._saving:
            return
        self._set_error("")
        checked = (
            (not self.hours_dirty or self.form.check_hours())
            and (not self.texts_dirty or self.form.check_texts())
            and (not self.public_dirty or self.form.check_public())
        )
        if not checked:
            self._refused()
            return
        client = self.context.client
        name = self.context.site_name(site_id)
        self.context.show_message(lambda: self.tr("Saving…"))
        calls: list[tuple[str, Any]] = []
        if self.hours_dirty:
            hours = self.form.hours()
            calls.append(("hours", lambda: client.set_site_hours(site_id, hours)))
        if self.texts_dirty:
            texts = self.form.texts()
            calls.append(("texts", lambda: client.set_site_texts(site_id, texts)))
        if self.holds_dirty:
            holds = self.form.holds()
            calls.append(("holds", lambda: client.put_hold_settings(site_id, holds)))
        if self.public_dirty:
            public, logo = self.form.public.public(), self.form.public.pending_logo
            calls.append(("public", lambda: save_public(client, site_id, public, logo)))
        self._saving = len(calls)
        failures: list[str] = []
        self._update()

        def finished() -> None:
            self._saving -= 1
            if self._saving:
                return
            self._update()
            if failures:
                self._refused()
            else:
                self.context.show_message(lambda: self.tr("%1 saved.").replace("%1", name))
                self._after_save()

        def make_done(part: str) -> Any:
            def done(result: SiteHours | SiteTexts | HoldSettings | PublicState) -> None:
                if site_id == self.site_id:
                    if isinstance(result, tuple):
                        self._show_public(result)
                        self.public_dirty = False
                    elif isinstance(result, HoldSettings):
                        self.holds = result
                        self.form.set_holds(result)
                        self.holds_dirty = False
                    elif isinstance(result, SiteHours):
                        self.hours = result
                        self.form.set_hours(result)
                        self.hours_dirty = False
                    else:
                        self.texts = result
                        self.form.set_texts(result)
                        self.texts_dirty = False
                finished()

            def failed(error: BaseException) -> None:
                failures.append(part)
                if site_id == self.site_id:
                    self._server_refused(part, error)
                finished()

            return done, failed

        for part, call in calls:
            done, failed = make_done(part)
            self.context.run(call, done, failed)

    def _after_save(self) -> None:
        """A site the member wanted to see while editing another is shown now."""
        if self.notice.isVisible() and not self.dirty:
            self.load(self.wanted_site())

    def _refused(self) -> None:
        self.context.show_message(
            lambda: self.tr("Nothing was saved: correct what is shown in red."), error=True
        )

    def _server_refused(self, part: str, error: BaseException) -> None:
        """Show the refusal next to what it concerns; the typed values stay."""
        if part == "public":
            if isinstance(error, ApiError) and self.form.public.show_refusal(error):
                self.form.setCurrentIndex(Tab.PUBLIC)
                return
            self._set_error(error_text(error) + " " + self.tr("Your changes are kept: try again."))
            return
        if part == "holds" or not (
            isinstance(error, ApiError) and error.code == ErrorCode.INVALID_REQUEST
        ):
            self._set_error(error_text(error) + " " + self.tr("Your changes are kept: try again."))
            return
        self.form.show_refusal(part, error)

    def discard(self) -> None:
        if not self.dirty or self.site_id is None:
            return
        question = self.tr("Discard your changes to %1?").replace(
            "%1", self.context.site_name(self.site_id)
        )
        if not ConfirmDialog.ask(self, question):
            return
        if self.notice.isVisible():
            self.load(self.wanted_site())
            return
        if self.hours is not None:
            self.form.set_hours(self.hours)
        if self.texts is not None:
            self.form.set_texts(self.texts)
        if self.holds is not None:
            self.form.set_holds(self.holds)
        if self.public is not None:
            self.form.public.set_settings(self.public, self.form.public.logo_bytes)
        self.hours_dirty = self.texts_dirty = self.holds_dirty = self.public_dirty = False
        self._update()

    # --- leaving the page ----------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return self.dirty

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if self.dirty and not event.spontaneous() and not self._leave_check_pending:
            # after the switch, so the member sees where they went; the form stays as it is
            self._leave_check_pending = True
            QTimer.singleShot(0, self._left_with_changes)

    def _left_with_changes(self) -> None:
        self._leave_check_pending = False
        window = self.window()
        if not self.dirty or self.isVisible() or window is self or not window.isVisible():
            return
        question = self.tr(
            "You left unsaved changes to %1. Save them now? (If not, they stay in the Sites "
            "page until you save or discard them.)"
        ).replace("%1", self.context.site_name(self.site_id))
        if ConfirmDialog.ask(self, question):
            self.save()

    # --- state and text ----------------------------------------------------------------------

    def _set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    @property
    def error_text(self) -> str:
        return self.error.text() if self.error.isVisibleTo(self) else ""

    def _update(self) -> None:
        loaded = self.hours is not None and self.texts is not None
        self.tabs.setVisible(loaded)
        self.empty.setVisible(not loaded)
        if not self.context.sites:
            self.empty.setText(self.tr("You have no site to manage. Ask an administrator."))
        elif self.site_id is None:
            self.empty.setText(self.tr("Choose a site in the list on the left."))
        else:
            self.empty.setText(self.tr("Loading…"))
        name = self.context.site_name(self.site_id) if self.site_id is not None else ""
        self.heading.setText(name or self.tr("Sites"))
        self.unsaved.setText(self.tr("● Unsaved changes") if self.dirty else "")
        self.save_button.setEnabled(loaded and self.dirty and not self._saving)
        self.discard_button.setEnabled(loaded and self.dirty and not self._saving)
        self.form.mark_unsaved(
            self.hours_dirty, self.texts_dirty, self.holds_dirty, self.public_dirty
        )

    def retranslate(self) -> None:
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the changes to this site (Ctrl+S)"))
        self.discard_button.setText(self.tr("Discard changes"))
        self.discard_button.setToolTip(self.tr("Go back to what the server holds"))
        # setText() replaces a button's shortcut with the text's mnemonic: set it after.
        self.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.left.retranslate()
        self.form.retranslate()
        self._update()
