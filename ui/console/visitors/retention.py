"""The Retention dialog: how long the network keeps what (read-only: the server config sets it),
the last run of the daily job and what it did, and the accounts it deletes within a month.

Opened from the Visitors page, for every staff member: the desk warns a visitor whose account
is about to go. The server has no "keep" action: an account stays when the visitor uses it
(admin/privacy/rights.py ``last_use_sql``: a session or a workshop registration; an edit by
staff is not a use). The job's runs are audit entries (``retention.run``) that only admins
read, so staff are told so rather than shown "never".
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QTableWidgetItem, QWidget

from kiosk.protocol.privacy import RetentionView, UpcomingDeletion
from kiosk.protocol.reports import AuditEntry
from ui.console.context import ConsoleContext, error_text
from ui.console.list_dialog import ListDialog
from ui.formats import DEFAULT_TIMEZONE, format_date, format_time, site_moment

#: The job's counts named one by one; the others are added up as "other records".
NAMED_COUNTS = (
    "sessions_pseudonymised",
    "sessions_keys_dropped",
    "accounts_deleted",
    "audit_deleted",
)


class RetentionTexts(QObject):
    """The context of the sentences with a count (``tr()``: lupdate marks plurals only there)."""


def period_lines(view: RetentionView) -> list[str]:
    """The four periods, one sentence each."""
    s = view.settings
    return [
        RetentionTexts.tr(
            "Sessions lose the visitor's name after %n month(s) (they still count).",
            "",
            s.usage_months,
        ),
        RetentionTexts.tr(
            "After %n month(s), a session no longer tells which visitor it was.", "", s.key_months
        ),
        RetentionTexts.tr("Accounts not used for %n month(s) are deleted.", "", s.account_months),
        RetentionTexts.tr("Audit entries are kept %n month(s).", "", s.audit_months),
    ]


def count_lines(counts: dict[str, Any]) -> list[str]:
    """What one run did, in sentences; one sentence when it did nothing."""

    def number(key: str) -> int:
        value = counts.get(key, 0)
        return value if isinstance(value, int) else 0

    lines = []
    if n := number("sessions_pseudonymised"):
        lines.append(RetentionTexts.tr("%n session(s) pseudonymised", "", n))
    if n := number("sessions_keys_dropped"):
        lines.append(RetentionTexts.tr("%n session(s) no longer linked to a visitor", "", n))
    if n := number("accounts_deleted"):
        lines.append(RetentionTexts.tr("%n account(s) deleted", "", n))
    if n := number("audit_deleted"):
        lines.append(RetentionTexts.tr("%n audit entry(ies) deleted", "", n))
    if n := sum(number(key) for key in counts if key not in NAMED_COUNTS):
        lines.append(RetentionTexts.tr("%n other record(s) removed or unlinked", "", n))
    return lines or [RetentionTexts.tr("nothing was due")]


def moment_text(text: str) -> str:
    moment = site_moment(text, DEFAULT_TIMEZONE)
    if moment is None:
        return text
    return f"{format_date(moment.date())} {format_time(moment)}"


def day_text(text: str) -> str:
    moment = site_moment(text, DEFAULT_TIMEZONE)
    return text if moment is None else format_date(moment.date())


class RetentionDialog(ListDialog):
    """The periods and the last run on top, the accounts to be deleted in the table."""

    def __init__(self, context: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(4, stretch=1, parent=parent)
        self.setObjectName("RetentionDialog")
        self.context = context
        self.view: RetentionView | None = None
        self.last_run: AuditEntry | None = None
        self.runs_loaded = False
        self.loaded = False
        self.periods = QLabel()
        self.periods.setWordWrap(True)
        self.periods.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.run_label = QLabel()
        self.run_label.setWordWrap(True)
        layout = self.layout()
        layout.insertWidget(0, self.periods)  # type: ignore[attr-defined]
        layout.insertWidget(1, self.run_label)  # type: ignore[attr-defined]
        self.refresh_button.clicked.connect(self.refresh)
        self.retranslate()
        self.resize(700, 520)
        self.refresh()

    @classmethod
    def open_for(cls, context: ConsoleContext, parent: QWidget | None) -> RetentionDialog:
        """Show the dialog (window-modal) and return it; tests replace this."""
        dialog = cls(context, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def refresh(self) -> None:
        client = self.context.client
        self.refresh_button.setEnabled(False)
        self.context.run(client.retention, self._loaded, self._failed)
        if self.context.is_admin:
            self.context.run(
                lambda: client.audit(action="retention.run", limit=1),
                self._runs_loaded,
                self._failed,
            )

    def _loaded(self, view: RetentionView) -> None:
        self.view, self.loaded = view, True
        self.refresh_button.setEnabled(True)
        self.say(str)
        self.retranslate()

    def _runs_loaded(self, entries: list[AuditEntry]) -> None:
        self.last_run = entries[0] if entries else None
        self.runs_loaded = True
        self._fill_run()

    def _failed(self, error: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self.say(lambda: error_text(error))

    def upcoming(self) -> list[UpcomingDeletion]:
        return [] if self.view is None else list(self.view.upcoming)

    def _fill(self) -> None:
        rows = self.upcoming()
        self.table.setRowCount(len(rows))
        for row, account in enumerate(rows):
            cells = (
                account.identifier,
                account.display_name or "",
                day_text(account.last_use),
                day_text(account.deleted_from),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.results.setCurrentIndex(0 if rows else 1)
        self.empty.setText(
            self.tr("No account is due for deletion within a month.")
            if self.loaded
            else self.tr("Loading…")
        )

    def _fill_periods(self) -> None:
        if self.view is None:
            self.periods.setText(self.tr("Loading…"))
            return
        lines = [self.tr("Periods set in the server configuration (read-only here):")]
        lines += [f"• {line}" for line in period_lines(self.view)]
        self.periods.setText("\n".join(lines))

    def _fill_run(self) -> None:
        if not self.context.is_admin:
            self.run_label.setText(
                self.tr("The daily job runs on the server; administrators see its last run here.")
            )
        elif not self.runs_loaded:
            self.run_label.setText("")
        elif self.last_run is None:
            self.run_label.setText(self.tr("The daily job has not run yet."))
        else:
            after = self.last_run.after or {}
            counts = after.get("counts", {})
            self.run_label.setText(
                self.tr("Last run of the daily job: %1 — %2.")
                .replace("%1", moment_text(self.last_run.at))
                .replace("%2", ", ".join(count_lines(counts if isinstance(counts, dict) else {})))
            )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Retention of visitors' data"))
        self.intro.setText(
            self.tr(
                "Accounts deleted within a month unless the visitor uses them. A session at a "
                "computer or a workshop registration counts as use; a change by staff does not. "
                "There is no other way to keep an account: tell the visitor to come by."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Card"), self.tr("Name"), self.tr("Last use"), self.tr("Deletion date")]
        )
        super().retranslate()
        self._fill_periods()
        self._fill_run()
        self._fill()
