"""Staff at the kiosk, wired: sign-in → staff panel → actions through the agent, off the UI thread.

Opened from the lock screen's and the session bar's staff button, or Ctrl+Alt+S on either.
Extend and end go to the server as staff commands and come back to the station like the
console's; maintenance unlocks the desktop (refused while a visitor's session runs: staff end
it first) with :class:`MaintenanceBar` showing the time left; quit records the action, then the
program exits with code 0, which the supervisor takes as a deliberate quit.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from kiosk.protocol.enums import ErrorCode
from kiosk.protocol.http import ApiError, ServerUnreachable
from kiosk.protocol.screen_port import StationPort
from kiosk.refusals import SessionAlreadyRunning
from ui.formats import format_duration
from ui.kiosk.bridge import AgentBridge
from ui.kiosk.deferred import Deferred
from ui.kiosk.enter_key import enter_presses_buttons
from ui.kiosk.lock_screen import LockScreen
from ui.kiosk.session_bar import SessionBar
from ui.kiosk.windows import KioskWindows
from ui.tasks import TaskManager
from ui.theme import kiosk_style

if TYPE_CHECKING:
    from kiosk.protocol.station_staff import StationStaffLogin
    from ui.kiosk.staff_panel import StaffPanel, StaffSignInDialog

log = logging.getLogger("epn.ui.kiosk.staff")
translate = QCoreApplication.translate

STAFF_SHORTCUT = "Ctrl+Alt+S"
MAINTENANCE_BAR_HEIGHT = 64


def staff_error_text(error: BaseException) -> str:
    """A translated sentence for what a staff sign-in or action raised."""
    if isinstance(error, ServerUnreachable):
        return translate("StaffDesk", "The server cannot be reached. Try again in a moment.")
    if isinstance(error, SessionAlreadyRunning):
        return translate("StaffDesk", "A visitor is using this computer: end their session first.")
    if not isinstance(error, ApiError):
        return translate("StaffDesk", "That did not work. Try again.")
    if error.code == ErrorCode.LOCKED_OUT:
        seconds = int(error.details.get("retry_after_seconds", 900))
        minutes = max(1, -(-seconds // 60))
        # StaffDesk.tr, not translate: lupdate marks a plural only on a tr() call
        return StaffDesk.tr(
            "Too many wrong tries on this computer: try again in %n minute(s).", "", minutes
        )
    sentences = {
        # also a member of another site: a station says nothing about who has an account where
        ErrorCode.BAD_LOGIN: translate(
            "StaffDesk",
            "Wrong username, password or PIN, or not staff of this site. Try again.",
        ),
        ErrorCode.FORBIDDEN: translate(
            "StaffDesk",
            "This computer belongs to another site: only the staff of its site can sign in here.",
        ),
        ErrorCode.UNAUTHENTICATED: translate(
            "StaffDesk", "Your staff sign-in is over. Close the panel and sign in again."
        ),
        ErrorCode.TOKEN_EXPIRED: translate(
            "StaffDesk", "Your staff sign-in is over. Close the panel and sign in again."
        ),
        ErrorCode.NO_ACTIVE_SESSION: translate(
            "StaffDesk", "Nobody is signed in on this computer any more."
        ),
    }
    return sentences.get(error.code, translate("StaffDesk", "That did not work. Try again."))


class MaintenanceBar(QWidget):
    """A slim top bar while the desktop is unlocked: the time left and "Lock again now"."""

    relock_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SessionBar")  # the session bar's look: same place, same colours
        enter_presses_buttons(self)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFixedHeight(MAINTENANCE_BAR_HEIGHT)
        self.setProperty("warning", "true")
        self._left = 0
        self.label = QLabel(objectName="BarNote")
        self.countdown = QLabel(objectName="Countdown")
        self.relock_button = QPushButton()
        self.relock_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.relock_button.clicked.connect(self.relock_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(20, 4, 20, 4)
        row.addWidget(self.label)
        row.addStretch(1)
        row.addWidget(self.countdown)
        row.addSpacing(12)
        row.addWidget(self.relock_button)
        self.retranslate()

    def set_left(self, seconds: int) -> None:
        self._left = seconds
        self.countdown.setText(format_duration(seconds))
        self.countdown.setAccessibleName(
            self.tr("Maintenance time left: %1").replace("%1", self.countdown.text())
        )

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("EPN Kiosk — maintenance"))
        self.label.setText(self.tr("Maintenance: the desktop is unlocked. It locks again in"))
        self.relock_button.setText(self.tr("Lock again now"))
        self.relock_button.setAccessibleName(self.tr("Lock the computer again now"))
        self.set_left(self._left)


class StaffDesk(QObject):
    """Owns the staff windows and the staff login of the moment (never written anywhere)."""

    def __init__(
        self,
        *,
        agent: StationPort,
        bridge: AgentBridge,
        lock_screen: LockScreen,
        session_bar: SessionBar,
        windows: KioskWindows,
        tasks: TaskManager,
        refresh_ms: int = 500,
    ) -> None:
        super().__init__(lock_screen)
        self.agent = agent
        self.lock_screen = lock_screen
        self.windows = windows
        self.tasks = tasks
        #: How the program quits for maintenance (exit code 0); tests replace it.
        self.quit_app: Callable[[], None] = lambda: QCoreApplication.exit(0)
        self._login: StationStaffLogin | None = None

        # built when staff first come (most starts never show them)
        self._sign_in_dialog = Deferred(self._make_sign_in_dialog)
        self._panel = Deferred(self._make_panel)
        self._maintenance_bar = Deferred(self._make_maintenance_bar)

        lock_screen.staff_requested.connect(self.open)
        session_bar.staff_requested.connect(self.open)
        for window in (lock_screen, session_bar):
            shortcut = QShortcut(QKeySequence(STAFF_SHORTCUT), window)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.open)
        bridge.maintenance_did_start.connect(self._maintenance_did_start)
        bridge.maintenance_did_end.connect(self._maintenance_did_end)

        self.refresh_timer = QTimer(self, objectName="staff-panel-refresh")
        self.refresh_timer.setInterval(refresh_ms)
        self.refresh_timer.timeout.connect(self._refresh)

    def _make_sign_in_dialog(self) -> StaffSignInDialog:
        from ui.kiosk.staff_panel import StaffSignInDialog

        dialog = StaffSignInDialog(self.lock_screen)
        dialog.submitted.connect(self._sign_in)
        return dialog

    def _make_panel(self) -> StaffPanel:
        from ui.kiosk.staff_panel import StaffPanel

        panel = StaffPanel(self.lock_screen)
        panel.extend_requested.connect(self._extend)
        panel.end_requested.connect(self._end)
        panel.maintenance_requested.connect(self._maintenance)
        panel.quit_requested.connect(self._quit)
        panel.rejected.connect(self._panel_closed)
        return panel

    def _make_maintenance_bar(self) -> MaintenanceBar:
        bar = MaintenanceBar()
        bar.setStyleSheet(kiosk_style())
        if not self.windows.windowed:
            bar.setWindowFlags(
                Qt.WindowType.FramelessWindowHint
                | Qt.WindowType.WindowStaysOnTopHint
                | Qt.WindowType.Tool
            )
        bar.relock_requested.connect(self._relock)
        return bar

    @property
    def sign_in_dialog(self) -> StaffSignInDialog:
        return self._sign_in_dialog.get()

    @property
    def panel(self) -> StaffPanel:
        return self._panel.get()

    @property
    def maintenance_bar(self) -> MaintenanceBar:
        return self._maintenance_bar.get()

    def _panel_shown(self) -> bool:
        return self._panel.built is not None and self._panel.built.isVisible()

    @property
    def signed_in(self) -> bool:
        return self._login is not None

    # --- opening -------------------------------------------------------------------------

    def open(self) -> None:
        """Show the panel if staff are signed in, else the sign-in dialog."""
        if self._panel_shown():
            self.panel.raise_()
            self.panel.activateWindow()
            return
        log.info("staff sign-in opened")
        self.sign_in_dialog.set_fault(self.agent.fault)
        self.sign_in_dialog.reset()
        self.sign_in_dialog.open()
        self.sign_in_dialog.raise_()
        self.sign_in_dialog.activateWindow()
        self.sign_in_dialog.username_edit.setFocus()

    def _sign_in(self, username: str, secret: str) -> None:
        self.tasks.run(
            lambda: self.agent.staff.sign_in(username, secret),
            self._signed_in,
            lambda exc: self.sign_in_dialog.show_error(lambda: staff_error_text(exc)),
        )

    def _signed_in(self, login: StationStaffLogin) -> None:
        log.info("staff %s signed in at the station", login.staff.username)
        self._login = login
        self.sign_in_dialog.accept()
        info = self.agent.station_info
        site = info.site.name if info is not None else ""
        self.panel.begin(login.station, site, login.staff.username)
        self._refresh()
        self.panel.open()
        self.panel.raise_()
        self.panel.activateWindow()
        self.panel.close_button.setFocus()
        self.refresh_timer.start()

    def _panel_closed(self) -> None:
        self.refresh_timer.stop()
        login, self._login = self._login, None
        if login is not None:
            log.info("staff %s signed out at the station", login.staff.username)
            self.tasks.run(
                lambda: self.agent.staff.sign_out(login.token),
                lambda _: None,
                lambda exc: log.info("staff sign-out not recorded: %s", exc),
            )

    def _refresh(self) -> None:
        self._tick_maintenance()
        panel = self._panel.built
        if panel is None:  # maintenance shown after a restart: no panel yet
            return
        view = self.agent.view()
        if view is None:
            panel.set_session(None)
        else:
            name = view.visitor.display_name or view.visitor.identifier
            panel.set_session(name, view.remaining_seconds)

    # --- actions -------------------------------------------------------------------------

    def _token(self) -> str | None:
        if self._login is None:
            self.panel.show_error(
                lambda: staff_error_text(ApiError(ErrorCode.UNAUTHENTICATED, "", 401))
            )
            return None
        return self._login.token

    def _extend(self, minutes: int) -> None:
        token = self._token()
        if token is None:
            return
        self.panel.set_busy(True)
        self.tasks.run(
            lambda: self.agent.staff.extend(token, minutes),
            lambda _: self.panel.show_info(lambda: self.tr("%n minute(s) added.", "", minutes)),
            self._failed,
        )

    def _end(self) -> None:
        from ui.kiosk.staff_panel import StaffConfirm

        token = self._token()
        if token is None or not StaffConfirm.ask(
            self.panel,
            translate("StaffDesk", "End the visitor's session now? Their programs will be closed."),
            translate("StaffDesk", "Yes, end the session"),
        ):
            return
        self.panel.set_busy(True)
        self.tasks.run(
            lambda: self.agent.staff.end(token),
            lambda _: self.panel.show_info(lambda: translate("StaffDesk", "The session ends.")),
            self._failed,
        )

    def _maintenance(self, minutes: int) -> None:
        token = self._token()
        if token is None:
            return
        if self.agent.view() is not None:
            self.panel.show_error(lambda: staff_error_text(SessionAlreadyRunning()))
            return
        self.panel.set_busy(True)
        self.tasks.run(
            lambda: self.agent.staff.start_maintenance(token, minutes),
            lambda _: self.panel.reject(),  # the bar takes over; the staff login ends
            self._failed,
        )

    def _quit(self) -> None:
        token = self._token()
        back = self.agent.quit_minutes
        question = (
            self.tr(
                "Quit the kiosk for maintenance? The lock screen comes back by itself in "
                "%n minute(s).",
                "",
                back,
            )
            if back is not None
            else translate(
                "StaffDesk",
                "Quit the kiosk? This computer stays without the lock screen until it is "
                "started again.",
            )
        )
        from ui.kiosk.staff_panel import StaffConfirm

        if token is None or not StaffConfirm.ask(
            self.panel, question, translate("StaffDesk", "Yes, quit the kiosk")
        ):
            return
        self.panel.set_busy(True)
        self.tasks.run(
            lambda: self.agent.staff.quit_for_maintenance(token),
            lambda _: self._did_quit(),
            self._failed,
        )

    def _did_quit(self) -> None:
        log.info("kiosk quitting for maintenance")
        self.panel.reject()
        self.quit_app()

    def _failed(self, exc: BaseException) -> None:
        log.info("staff action refused: %s", exc)
        self.panel.show_error(lambda: staff_error_text(exc))

    # --- maintenance ---------------------------------------------------------------------

    def _maintenance_did_start(self, seconds: int) -> None:
        self.windows.show_session()  # the lock screen and the covers go away...
        self.windows.bar.hide()  # ... and no visitor's bar: the maintenance bar instead
        rect = self.windows.bar.geometry()
        self.maintenance_bar.setGeometry(rect.x(), rect.y(), rect.width(), MAINTENANCE_BAR_HEIGHT)
        self.maintenance_bar.set_left(seconds)
        self.maintenance_bar.show()
        self.maintenance_bar.raise_()
        self.refresh_timer.start()

    def _relock(self) -> None:
        self.tasks.run(self.agent.staff.end_maintenance, lambda _: None)

    def _maintenance_did_end(self) -> None:
        if self._maintenance_bar.built is not None:
            self._maintenance_bar.built.hide()
        if not self._panel_shown():
            self.refresh_timer.stop()
        self.windows.show_lock()
        self.lock_screen.reset()

    @property
    def in_maintenance(self) -> bool:
        bar = self._maintenance_bar.built
        return bar is not None and bar.isVisible()

    def _tick_maintenance(self) -> None:
        left = self.agent.staff.maintenance_left()
        if left is not None and self.in_maintenance:
            self.maintenance_bar.set_left(left)
