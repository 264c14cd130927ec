"""Start-up of the staff console: two staff clients → login → live feed → window."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from kiosk.clock import wall_now
from kiosk.protocol.http import ClientError
from ui.console.login import LoginDialog
from ui.i18n import Languages
from ui.lifecycle import quit_on_signals, setup_logging
from ui.tasks import TaskManager
from ui.theme import CONSOLE_STYLE

if TYPE_CHECKING:
    from admin.client.staff_client import StaffClient

    # the window and its pages load once signed in: the sign-in window shows first, and fast
    from kiosk.protocol.staff import LoginResponse
    from kiosk.protocol.tls import ServerTrust
    from ui.console.context import ConsoleContext
    from ui.console.main_window import ConsoleWindow
    from ui.console.room.live import StationFeed
    from ui.console.view import ConsoleView

log = logging.getLogger("epn.ui.console")


@dataclass
class ConsoleProgram:
    window: ConsoleWindow
    context: ConsoleContext
    feed: StationFeed
    client: StaffClient
    tasks: TaskManager
    _closed: bool = field(default=False, repr=False)

    def close(self) -> None:
        """Stop the feed (at once, even mid long-poll), let running actions finish, close."""
        if self._closed:
            return
        self._closed = True
        self.feed.stop()
        self.tasks.wait_idle(3000)
        self.client.close()
        self.window.closing_for_good = True
        self.window.close()
        # gone at the next turn of the event loop, with its pages' timers (the countdown)
        self.window.deleteLater()


def build_views(context: ConsoleContext, feed: StationFeed) -> list[ConsoleView]:
    """The console's pages, in the order of the navigation (Ctrl+1 … Ctrl+9, then Ctrl+0)."""
    from ui.console.audit.view import AuditView
    from ui.console.catalogue.view import CatalogueView
    from ui.console.reports.view import ReportsView
    from ui.console.room.view import RoomView
    from ui.console.rules.view import RulesView
    from ui.console.sites.view import SitesView
    from ui.console.stats.view import StatsView
    from ui.console.tickets.view import TicketsView
    from ui.console.visitors.view import VisitorsView
    from ui.console.workshops.view import WorkshopsView

    if context.staff.role == "teacher":
        # a teacher's console is their class's room (admin/classes/), nothing else
        return [RoomView(context, feed)]
    return [
        RoomView(context, feed),
        VisitorsView(context),
        WorkshopsView(context),
        TicketsView(context),
        StatsView(context),
        ReportsView(context),
        CatalogueView(context),
        RulesView(context),
        SitesView(context),
        AuditView(context),
    ]


def build_console(
    app: QApplication,
    *,
    server_url: str,
    languages: Languages,
    username: str | None = None,
    password: str | None = None,
    clock: Callable[[], datetime] = wall_now,
    trust: ServerTrust | None = None,
) -> ConsoleProgram | None:
    """Sign in (directly when credentials are given, else through the dialog) and show the window.

    Returns None when the staff member cancels the sign-in. ``clock``: now, as an aware time,
    for what day it is at the sites (tests freeze it; default: this computer's clock).
    ``trust``: the server's CA file and pinned fingerprint (``--ca-file``, ``--fingerprint``).
    """
    tasks = TaskManager()
    clients = _Clients(server_url, trust)

    response: LoginResponse | None = None
    if username and password:
        try:
            response = clients.login(username, password)
        except ClientError as exc:
            log.warning("direct sign-in as %s failed: %s", username, exc)
    if response is None:
        response = LoginDialog.ask(None, server_url, clients, tasks, username or "")
    if response is None:
        tasks.wait_idle(3000)
        clients.close()
        return None
    client, feed_client = clients.get()

    from ui.console.context import ConsoleContext
    from ui.console.main_window import ConsoleWindow
    from ui.console.room.live import StationFeed

    feed = StationFeed(feed_client)
    context = ConsoleContext(client, tasks, response.staff, clock=clock)
    window = ConsoleWindow(
        server_url=server_url,
        context=context,
        feed=feed,
        views=build_views(context, feed),
        languages=languages,
    )
    # on the window, not only the application: in the demo the kiosk shares the application
    window.setStyleSheet(CONSOLE_STYLE)
    context.setParent(window)
    feed.setParent(window)
    tasks.setParent(window)
    window.signed_in(response)
    window.show()
    return ConsoleProgram(window=window, context=context, feed=feed, client=client, tasks=tasks)


class _Clients:
    """The console's two staff clients, made at the first sign-in attempt (in the sign-in's
    worker): the sign-in window shows before the client's models load.

    Two: the feed's long-poll holds its connection for up to 25 s, actions must not wait.
    """

    def __init__(self, server_url: str, trust: ServerTrust | None) -> None:
        self._server_url = server_url
        self._trust = trust
        self._lock = threading.Lock()
        self._made: tuple[StaffClient, StaffClient] | None = None

    def get(self) -> tuple[StaffClient, StaffClient]:
        with self._lock:
            if self._made is None:
                from admin.client.staff_client import StaffClient

                self._made = (
                    StaffClient(self._server_url, trust=self._trust),
                    StaffClient(self._server_url, trust=self._trust),
                )
            return self._made

    def login(self, username: str, password: str) -> LoginResponse:
        return self.get()[0].login(username, password)

    def close(self) -> None:
        with self._lock:
            made = self._made
        for client in made or ():
            client.close()


def run_console(server_url: str, *, trust: ServerTrust | None = None) -> int:
    """The ``epn console`` command: returns the process exit code."""
    setup_logging()
    app = QApplication.instance() or QApplication(["epn-console"])
    assert isinstance(app, QApplication)
    wakeup = quit_on_signals(app)
    app.setStyleSheet(CONSOLE_STYLE)
    languages = Languages(app)
    program = build_console(app, server_url=server_url, languages=languages, trust=trust)
    if program is None:
        return 1
    try:
        return app.exec()
    finally:
        wakeup.stop()
        program.close()
