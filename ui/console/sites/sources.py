"""The Sites page's tab for the sign-in sources: read-only, from the server config file.

For the site shown: the order its sign-ins try the sources in (the server's own visitors,
a library system over SIP2, a school directory over LDAP), each source's settings as the
server holds them (its passwords masked by the server), and the sign-ins and refusals the
server counted per source (GET /sign-in-sources and /sign-in-sources/stats). Staff change
the sources in the server config (docs/DEPLOYMENT.md); this tab only shows them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.protocol.reports import SignInSources, SignInSourceStats
from ui.console.context import ConsoleContext, error_text
from ui.console.tables import show_cells_whole

LOCAL = "local"
SIGNED_IN = "signed_in"


class SignInSourcesPanel(QWidget):
    """One row per source of the site's order: its name and kind, its settings, its counts."""

    COLUMNS = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SignInSources")
        self.order = QLabel(objectName="Status")
        self.order.setWordWrap(True)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("SignInSourceTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        show_cells_whole(self.table)
        self.help = QLabel(objectName="Status")
        self.help.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.order)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.help)
        self._shown: tuple[str, SignInSources, SignInSourceStats] | None = None
        self._error: BaseException | None = None
        self._loading = 0
        self.retranslate()

    @classmethod
    def add_to(cls, tabs: QTabWidget) -> SignInSourcesPanel:
        """The panel, as the last tab of ``tabs`` (it names its tab itself)."""
        panel = cls()
        tabs.addTab(panel, "")
        panel.retranslate()
        return panel

    # --- data ------------------------------------------------------------------------------

    def load(self, context: ConsoleContext, site_id: int | None) -> None:
        """Ask the server for the sources and their counts; shown for ``site_id``'s name."""
        self._loading += 1
        ticket = self._loading
        name = context.site_name(site_id)
        client = context.client

        def call() -> tuple[SignInSources, SignInSourceStats]:
            return client.sign_in_sources(), client.sign_in_source_stats()

        def done(result: tuple[SignInSources, SignInSourceStats]) -> None:
            if ticket == self._loading:
                self.show_sources(name, *result)

        def failed(error: BaseException) -> None:
            if ticket == self._loading:
                self._shown, self._error = None, error
                self.retranslate()

        context.run(call, done, failed)

    def show_sources(self, site: str, sources: SignInSources, stats: SignInSourceStats) -> None:
        self._shown, self._error = (site, sources, stats), None
        self.retranslate()

    def _fill(self) -> None:
        self.table.setRowCount(0)
        if self._shown is None:
            self.order.setText(error_text(self._error) if self._error is not None else "")
            return
        site, sources, stats = self._shown
        order = sources.sites.get(site, [LOCAL])
        names = [self._source_name(name, sources.sources) for name in order]
        self.order.setText(
            self.tr("Sign-ins on %1 try, in this order: %2.")
            .replace("%1", site)
            .replace("%2", ", ".join(f"{i}. {n}" for i, n in enumerate(names, 1)))
        )
        counts: dict[str, dict[str, int]] = {}
        for row in stats.counts:
            counts.setdefault(row.source, {})[row.outcome] = row.count
        for name in order:
            settings = {} if name == LOCAL else dict(sources.sources.get(name, {}))
            row = self.table.rowCount()
            self.table.insertRow(row)
            outcomes = counts.get(name, {})
            refused = {k: v for k, v in outcomes.items() if k != SIGNED_IN}
            cells = [
                self._source_name(name, sources.sources),
                self.tr("the server's own visitor list")
                if name == LOCAL
                else "\n".join(f"{k} = {_value(v)}" for k, v in settings.items() if k != "kind"),
                "" if name == LOCAL else str(outcomes.get(SIGNED_IN, 0)),
                ""
                if name == LOCAL
                else (
                    "\n".join(f"{self._outcome(k)}: {v}" for k, v in sorted(refused.items())) or "0"
                ),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def _source_name(self, name: str, settings: dict[str, dict[str, Any]]) -> str:
        if name == LOCAL:
            return self.tr("Visitors of this server")
        kind = str(settings.get(name, {}).get("kind", ""))
        shown = {"sip2": self.tr("library system, SIP2"), "ldap": self.tr("directory, LDAP")}
        return f"{name} ({shown.get(kind, kind)})"

    def _outcome(self, outcome: str) -> str:
        words = {
            "card_unknown": self.tr("card unknown"),
            "pin_wrong": self.tr("wrong PIN or password"),
            "card_expired": self.tr("card expired"),
            "card_blocked": self.tr("card blocked"),
            "fines_due": self.tr("fines"),
            "unreachable": self.tr("not reachable"),
        }
        return words.get(outcome, outcome)

    # --- language ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Source"), self.tr("Settings"), self.tr("Sign-ins"), self.tr("Refusals")]
        )
        self.table.setAccessibleName(self.tr("Sign-in sources of this site"))
        self.help.setText(
            self.tr(
                "The sign-in sources are set in the server's configuration file; passwords "
                "are not shown. Counts are since the server's database was made."
            )
        )
        tabs = self._tabs()
        if tabs is not None:
            tabs.setTabText(tabs.indexOf(self), self.tr("Sign-in sources"))
        self._fill()

    def _tabs(self) -> QTabWidget | None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QTabWidget):
            parent = parent.parentWidget()
        return parent

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _value(value: Any) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{k} → {v}" for k, v in value.items())
    if isinstance(value, list):
        return "; ".join(_value(v) for v in value)
    return str(value)
