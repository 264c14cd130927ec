"""What staff do to an account from the Visitors page: disable (a reason, maybe a last day),
enable, give a new PIN or remove it. Each asks, confirms, sends, then hands the account as the
server saved it to the page; the server audits every change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from kiosk.protocol.http import ApiError
from kiosk.protocol.people import VisitorDetail
from ui.console.context import ConsoleContext
from ui.console.dialogs import ConfirmDialog
from ui.console.visitors.account import DisableDialog, PinDialog
from ui.console.visitors.texts import field_error_text, field_of, format_day, who


class AccountActions(QObject):
    def __init__(
        self,
        context: ConsoleContext,
        saved: Callable[[VisitorDetail], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._saved = saved

    def disable(self, parent: QWidget, visitor: VisitorDetail) -> None:
        """Ask why and until when, confirm, send."""
        choice = DisableDialog.ask(parent, visitor)
        if choice is None:
            return
        if choice.until is None:
            question = self.tr("Disable the account of %1 until someone enables it again?").replace(
                "%1", who(visitor)
            )
        else:
            question = (
                self.tr("Disable the account of %1 through %2?")
                .replace("%1", who(visitor))
                .replace("%2", format_day(choice.until))
            )
        if not ConfirmDialog.ask(parent, question):
            return
        identifier, client = visitor.identifier, self._context.client
        self._send(
            lambda: client.disable_visitor(identifier, choice.reason, choice.until),
            lambda: self.tr("The account of %1 is disabled.").replace("%1", who(visitor)),
        )

    def enable(self, parent: QWidget, visitor: VisitorDetail) -> None:
        question = self.tr("Let %1 sign in again?").replace("%1", who(visitor))
        if not ConfirmDialog.ask(parent, question):
            return
        identifier, client = visitor.identifier, self._context.client
        self._send(
            lambda: client.enable_visitor(identifier),
            lambda: self.tr("%1 may sign in again.").replace("%1", who(visitor)),
        )

    def change_pin(self, parent: QWidget, visitor: VisitorDetail) -> None:
        """A new PIN or none, confirmed, then sent."""
        choice = PinDialog.ask(parent, visitor)
        if choice is None:
            return
        if choice.pin is None:
            question = self.tr(
                "Remove the PIN of %1? They will sign in with their card number only."
            ).replace("%1", who(visitor))
        else:
            question = self.tr("Replace the PIN of %1 with the new one?").replace(
                "%1", who(visitor)
            )
        if not ConfirmDialog.ask(parent, question):
            return
        identifier, client, pin = visitor.identifier, self._context.client, choice.pin
        removed = pin is None
        self._send(
            lambda: client.set_visitor_pin(identifier, pin),
            lambda: (
                self.tr("The PIN of %1 was removed.") if removed else self.tr("%1 has a new PIN.")
            ).replace("%1", who(visitor)),
        )

    def _send(self, call: Callable[[], VisitorDetail], message: Callable[[], str]) -> None:
        """Send an action on the account; the answer (the account now) replaces its row."""
        self._context.show_message(lambda: self.tr("Sending…"))

        def done(visitor: VisitorDetail) -> None:
            self._saved(visitor)
            self._context.show_message(message)

        def refused(error: BaseException) -> None:
            field = field_of(error) if isinstance(error, ApiError) else None
            if field is None:
                self._context.show_error(error)
            else:  # e.g. a last day already past by the server's calendar
                self._context.show_message(lambda: field_error_text(field), error=True)

        self._context.run(call, done, refused)
