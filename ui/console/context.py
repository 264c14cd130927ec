"""What every console view shares: the staff client, the signed-in member, the site scope.

Views never block the UI thread: they call :meth:`ConsoleContext.run`, which runs the server
call in a worker thread and hands the outcome back on the UI thread. A refused token does not
lose anything: the call waits, the window asks for the password again, and the call runs
again once signed in.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QObject, Signal

from admin.client.staff_client import StaffClient
from kiosk.clock import wall_now
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.http import ApiError, ServerUnreachable
from kiosk.protocol.sites import SiteSummary
from kiosk.protocol.staff import LoginResponse, StaffInfo
from ui.console.refusals import refusal_text
from ui.console.room import texts as room_text
from ui.console.room.hold_texts import hold_error_text
from ui.tasks import TaskManager

log = logging.getLogger("epn.ui.console")

T = TypeVar("T")

EXPIRED = frozenset({ErrorCode.TOKEN_EXPIRED, ErrorCode.UNAUTHENTICATED})

# lupdate finds calls of a function named translate with a literal context and text.
translate = QCoreApplication.translate


def error_text(error: BaseException) -> str:
    """Translated sentence for a call the server refused or could not receive."""
    if isinstance(error, ServerUnreachable):
        return translate(
            "ConsoleMessages", "The server cannot be reached. Nothing was changed; try again."
        )
    if isinstance(error, ApiError):
        refused = hold_error_text(error) or refusal_text(error)
        if refused is not None:
            return refused
        closes_at = error.details.get("closes_at")
        if error.code == ErrorCode.CLOSED and isinstance(closes_at, str):
            # an extension refused: the session already ends when the site closes
            at = room_text.site_time(closes_at, error.details.get("timezone"))
            return translate(
                "ConsoleMessages", "This session already ends at closing time, %1."
            ).replace("%1", at)
        sentences = {
            ErrorCode.NO_ACTIVE_SESSION: translate(
                "ConsoleMessages", "This computer has no session running."
            ),
            ErrorCode.FORBIDDEN: translate("ConsoleMessages", "You may not do this at this site."),
            ErrorCode.NOT_FOUND: translate(
                "ConsoleMessages", "This is not known to the server any more."
            ),
            ErrorCode.TOKEN_EXPIRED: translate(
                "ConsoleMessages", "Your sign-in has expired. Sign in again."
            ),
            ErrorCode.UNAUTHENTICATED: translate(
                "ConsoleMessages", "Your sign-in has expired. Sign in again."
            ),
            ErrorCode.INVALID_REQUEST: translate(
                "ConsoleMessages", "The server refused a value. Check the form and try again."
            ),
            ErrorCode.UNKNOWN_IDENTIFIER: translate(
                "ConsoleMessages", "No visitor has this identifier."
            ),
            ErrorCode.ACCOUNT_DISABLED: translate(
                "ConsoleMessages", "This visitor's account is disabled."
            ),
            ErrorCode.NO_TIME_LEFT: translate(
                "ConsoleMessages", "This visitor has no computer time left."
            ),
            ErrorCode.CLOSED: translate("ConsoleMessages", "The site is closed now."),
            ErrorCode.SIGNED_IN_ELSEWHERE: translate(
                "ConsoleMessages", "This visitor is already signed in on another computer."
            ),
            ErrorCode.OFFLINE: translate("ConsoleMessages", "This computer is offline."),
            ErrorCode.STATION_IN_USE: translate(
                "ConsoleMessages", "Someone is already using this computer."
            ),
            ErrorCode.STATION_DISABLED: translate(
                "ConsoleMessages", "This computer is out of order."
            ),
        }
        return sentences.get(
            error.code, translate("ConsoleMessages", "The server refused this action.")
        )
    return translate("ConsoleMessages", "Something went wrong. Try again, or call the IT helpdesk.")


class ConsoleContext(QObject):
    """Shared by the window and its views; lives on the UI thread.

    Signals:

    - ``scope_did_change()``: the site chosen in the toolbar changed (``site_id``);
    - ``message_did_change()``: the status line's text changed (``message()``);
    - ``session_did_expire()``: the server refused the token; the window asks for the
      password and calls :meth:`signed_in`;
    - ``connection_did_change(bool)``: the server became unreachable or reachable again.
    """

    scope_did_change = Signal()
    message_did_change = Signal()
    session_did_expire = Signal()
    connection_did_change = Signal(bool)
    staff_did_change = Signal()

    def __init__(
        self,
        client: StaffClient,
        tasks: TaskManager,
        staff: StaffInfo,
        sites: list[SiteSummary] | None = None,
        parent: QObject | None = None,
        *,
        clock: Callable[[], datetime] = wall_now,
    ) -> None:
        super().__init__(parent)
        #: now, as an aware time (tests freeze it); what day it is comes from :meth:`today`
        self.clock = clock
        self.client = client
        self.tasks = tasks
        self.staff = staff
        self.sites: list[SiteSummary] = list(sites or [])
        self.site_id: int | None = None
        self.online: bool | None = None
        self._message: Callable[[], str] = str
        self.message_is_error = False
        self._expired = False
        self._waiting: list[tuple[Callable[[], Any], Callable[[Any], None], Any]] = []

    # --- who and where ---------------------------------------------------------------------

    @property
    def is_admin(self) -> bool:
        return self.staff.role == "admin"

    def site(self) -> SiteSummary | None:
        """The chosen site, or None for all the member's sites."""
        return next((s for s in self.sites if s.id == self.site_id), None)

    def today(self, site_id: int | None = None) -> date:
        """Today at a site (default: the chosen one) in the site's zone, as the server counts
        days; with no site, in the zone all the member's sites share, else this computer's."""
        site = next(
            (s for s in self.sites if s.id == (self.site_id if site_id is None else site_id)), None
        )
        zones = {site.timezone} if site is not None else {s.timezone for s in self.sites}
        now = self.clock()
        if len(zones) == 1:
            return now.astimezone(ZoneInfo(zones.pop())).date()
        return now.astimezone().date()

    def site_name(self, site_id: int | None) -> str:
        return next((s.name for s in self.sites if s.id == site_id), "")

    def set_sites(self, sites: list[SiteSummary]) -> None:
        self.sites = list(sites)
        if self.site_id is not None and self.site() is None:
            self.set_site(None)

    def set_site(self, site_id: int | None) -> None:
        if site_id == self.site_id:
            return
        self.site_id = site_id
        self.scope_did_change.emit()

    # --- calls ---------------------------------------------------------------------------

    def run(
        self,
        call: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run ``call`` off the UI thread; ``on_done`` or ``on_error`` run on the UI thread.

        An expired token keeps the call until the member signs in again, then runs it again.
        Without ``on_error``, the error's sentence goes to the status line.
        """

        def done(value: T) -> None:
            self.set_online(True)
            on_done(value)

        token = self.client.token

        def failed(error: BaseException) -> None:
            if isinstance(error, ApiError) and error.code in EXPIRED:
                if self.client.token != token and not self._expired:
                    self.run(call, on_done, on_error)  # signed in again meanwhile: once more
                else:
                    self._waiting.append((call, on_done, on_error))
                    self.expire()
                return
            if isinstance(error, ServerUnreachable):
                self.set_online(False)
            elif not isinstance(error, ApiError):
                log.error("console call failed", exc_info=error)
            if on_error is not None:
                on_error(error)
            else:
                self.show_error(error)

        self.tasks.run(call, done, failed)

    def expire(self) -> None:
        """The server refused the token: ask once for the password (see the window)."""
        if self._expired:
            return
        self._expired = True
        self.show_message(
            lambda: translate("ConsoleMessages", "Your sign-in has expired. Sign in again."),
            error=True,
        )
        self.session_did_expire.emit()

    def signed_in(self, response: LoginResponse) -> None:
        """A new token: the calls kept while signed out run now."""
        self.client.token = response.token
        self._expired = False
        if response.staff != self.staff:
            self.staff = response.staff
            self.staff_did_change.emit()
        self.show_message(str)
        waiting, self._waiting = self._waiting, []
        for call, on_done, on_error in waiting:
            self.run(call, on_done, on_error)

    def gave_up(self) -> None:
        """The member did not sign in again: the kept calls are dropped."""
        self._waiting.clear()

    @property
    def expired(self) -> bool:
        return self._expired

    def set_online(self, online: bool) -> None:
        if online is not self.online:
            self.online = online
            self.connection_did_change.emit(online)

    # --- the status line -----------------------------------------------------------------

    def show_message(self, text: Callable[[], str], *, error: bool = False) -> None:
        """Show a sentence in the status line; ``text`` is called again on a language switch."""
        self._message, self.message_is_error = text, error
        self.message_did_change.emit()

    def show_write_failed(self, path: str) -> None:
        """A file the member chose could not be written (export, PDF)."""
        self.show_message(
            lambda: translate(
                "ConsoleMessages", "%1 could not be written. Choose another folder."
            ).replace("%1", path),
            error=True,
        )

    def show_error(self, error: BaseException) -> None:
        self.show_message(lambda: error_text(error), error=True)

    def message(self) -> str:
        return self._message()
