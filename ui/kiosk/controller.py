"""Drives the kiosk screens from the station agent: lock screen ⇄ session bar."""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kiosk.agent import SessionView, StationAgent
from kiosk.protocol import ApiError, EndReason, ErrorCode, StationInfo
from ui.i18n import DEFAULT_LANGUAGE, Languages
from ui.kiosk.bridge import AgentBridge
from ui.kiosk.lock_screen import LockScreen
from ui.kiosk.messages import error_text, refusal_text
from ui.kiosk.session_bar import SessionBar
from ui.kiosk.windows import KioskWindows
from ui.tasks import TaskManager

log = logging.getLogger("epn.ui.kiosk")


translate = QCoreApplication.translate


class StaffMessageDialog:
    """A message from the staff, shown until the visitor acknowledges it; replaced in tests."""

    @classmethod
    def show_message(cls, parent: QWidget | None, text: str) -> None:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(translate("StaffMessageDialog", "Message from the staff"))
        box.setText(text)
        box.addButton(
            translate("StaffMessageDialog", "OK, I have read it"), QMessageBox.ButtonRole.AcceptRole
        )
        box.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.open()  # not modal to the visitor's apps: their work stays reachable


class KioskController(QObject):
    """Owns no state of the session: the agent does. It only shows what the agent says."""

    def __init__(
        self,
        *,
        agent: StationAgent,
        bridge: AgentBridge,
        lock_screen: LockScreen,
        session_bar: SessionBar,
        windows: KioskWindows,
        tasks: TaskManager,
        languages: Languages,
        refresh_ms: int = 200,
    ) -> None:
        super().__init__(lock_screen)
        self.agent = agent
        self.lock_screen = lock_screen
        self.session_bar = session_bar
        self.windows = windows
        self.tasks = tasks
        self.languages = languages
        self._allowed = 0
        self._shown_session: str | None = None
        self._idle_deadline: float | None = None

        lock_screen.sign_in_requested.connect(self._sign_in)
        lock_screen.language_requested.connect(self.set_language)
        session_bar.end_requested.connect(self._end_by_visitor)
        session_bar.launch_requested.connect(self._launch)
        bridge.idle_will_end_session.connect(self._idle_will_end_session)
        bridge.idle_did_cancel.connect(self._idle_did_cancel)
        bridge.session_did_lock.connect(self._session_did_lock)
        bridge.session_did_unlock.connect(self._session_did_unlock)
        bridge.station_did_receive_message.connect(self._message_received)
        bridge.station_did_disable.connect(self._station_did_disable)
        bridge.station_did_enable.connect(self._station_did_enable)
        bridge.clipboard_clear_requested.connect(self._clear_clipboard)
        bridge.session_did_start.connect(self._session_did_start)
        bridge.session_did_change.connect(self._session_did_change)
        bridge.session_will_end.connect(self._session_will_end)
        bridge.session_did_end.connect(self._session_did_end)
        bridge.connection_did_change.connect(lock_screen.set_online)
        bridge.station_did_load.connect(self._station_did_load)

        self.countdown_timer = QTimer(self, objectName="kiosk-countdown")
        self.countdown_timer.setInterval(refresh_ms)
        self.countdown_timer.timeout.connect(self._refresh_countdown)
        lock_screen.set_language(languages.current)

    def show(self) -> None:
        view = self.agent.view()
        if view is None:
            self.windows.show_lock()
        else:
            self._session_did_start(view)

    def set_language(self, code: str) -> None:
        self.languages.set_language(code)
        self.lock_screen.set_language(code)

    # --- sign-in ---------------------------------------------------------------------------

    def _sign_in(self, identifier: str, pin: str | None) -> None:
        self.tasks.run(
            lambda: self.agent.sign_in(identifier, pin),
            self._signed_in,
            lambda exc: self._sign_in_failed(exc, asked_pin=pin is not None),
        )

    def _signed_in(self, view: SessionView) -> None:
        # The agent also emits session_did_start; whichever arrives first shows the session.
        if view.session_id != self._shown_session:
            self._session_did_start(view)

    def _sign_in_failed(self, exc: BaseException, *, asked_pin: bool) -> None:
        if isinstance(exc, ApiError) and exc.code == ErrorCode.PIN_REQUIRED and not asked_pin:
            log.info("sign-in: PIN asked")
            self.lock_screen.ask_pin(lambda: refusal_text(ErrorCode.PIN_REQUIRED))
            return
        if isinstance(exc, ApiError):
            log.info("sign-in refused: %s", exc.code)
        else:
            log.warning("sign-in failed: %s", exc)
        self.lock_screen.show_error(lambda: error_text(exc))

    # --- session ---------------------------------------------------------------------------

    def _session_did_start(self, view: SessionView) -> None:
        if view.session_id == self._shown_session:
            return
        self._shown_session = view.session_id
        log.info("session shown: %s, %d s left", view.session_id, view.remaining_seconds)
        self._allowed = view.allowed_seconds
        name = view.visitor.display_name or view.visitor.identifier
        self.session_bar.start(name, view.remaining_seconds)
        self.session_bar.set_apps(self.agent.apps())
        self._idle_deadline = None
        self.lock_screen.reset()
        self.windows.show_session()
        self.countdown_timer.start()

    def _session_did_change(self, view: SessionView) -> None:
        added = view.allowed_seconds - self._allowed
        self._allowed = view.allowed_seconds
        self.session_bar.set_remaining(view.remaining_seconds)
        log.info("session changed: %+d s, %d s left", added, view.remaining_seconds)
        if added > 0:
            self.session_bar.time_added(added)

    def _session_will_end(self, view: SessionView, threshold_seconds: int) -> None:
        self.session_bar.warn(threshold_seconds)

    def _session_did_end(self, session_id: str, reason: str) -> None:
        log.info("session %s ended (%s)", session_id, reason)
        self._shown_session = None
        self._idle_deadline = None
        self.session_bar.set_apps([])
        self.countdown_timer.stop()
        self.windows.show_lock()
        self.set_language(DEFAULT_LANGUAGE)  # the next visitor starts in the default language
        self.lock_screen.reset()
        if reason == EndReason.TIME_UP:
            self.lock_screen.show_info(
                lambda: translate("KioskController", "Your time is up. Thank you for your visit!")
            )
        elif reason == EndReason.CLOSING:
            self.lock_screen.show_info(
                lambda: translate(
                    "KioskController", "The room is closing now. Thank you for your visit!"
                )
            )
        elif reason == EndReason.IDLE:
            self.lock_screen.show_info(
                lambda: translate(
                    "KioskController",
                    "Your session ended because nobody used the computer for a while.",
                )
            )
        elif reason == EndReason.STAFF:
            self.lock_screen.show_info(
                lambda: translate("KioskController", "The staff ended your session. Thank you!")
            )
        else:
            self.lock_screen.show_info(
                lambda: translate(
                    "KioskController", "Your session is over. Thank you for your visit!"
                )
            )

    def _end_by_visitor(self) -> None:
        self.tasks.run(lambda: self.agent.end_session(EndReason.VISITOR), lambda _: None)

    def _refresh_countdown(self) -> None:
        view = self.agent.view()
        if view is not None:
            self.session_bar.set_remaining(view.remaining_seconds)
        if self._idle_deadline is not None:
            self.session_bar.warn_idle(max(0, round(self._idle_deadline - time.monotonic())))

    # --- apps, idle, staff -------------------------------------------------------------------

    def _launch(self, app_id: str) -> None:
        self.tasks.run(
            lambda: self.agent.launch(app_id),
            lambda _: log.info("app %s launched", app_id),
            lambda exc: self._launch_failed(app_id, exc),
        )

    def _launch_failed(self, app_id: str, exc: BaseException) -> None:
        log.warning("app %s could not start: %s", app_id, exc)
        self.session_bar.set_note(
            translate(
                "KioskController", "This program could not be started. Ask the staff at the desk."
            )
        )

    def _idle_will_end_session(self, seconds_left: int) -> None:
        log.info("idle warning shown: %d s", seconds_left)
        self._idle_deadline = time.monotonic() + seconds_left
        self.session_bar.warn_idle(seconds_left)

    def _idle_did_cancel(self) -> None:
        log.info("idle warning cancelled")
        self._idle_deadline = None
        self.session_bar.idle_cancelled()

    def _session_did_lock(self, view: SessionView) -> None:
        log.info("session %s locked by the staff", view.session_id)
        self.windows.show_lock()
        self.lock_screen.show_info(
            lambda: translate(
                "KioskController",
                "The staff locked this computer. Your time keeps running. Ask at the desk.",
            )
        )

    def _session_did_unlock(self, view: SessionView) -> None:
        log.info("session %s unlocked by the staff", view.session_id)
        self.windows.show_session()

    def _message_received(self, command_id: int, text: str) -> None:
        log.info("staff message %d shown", command_id)
        parent = self.session_bar if self._shown_session else self.lock_screen
        StaffMessageDialog.show_message(parent, text)

    def _station_did_disable(self, reason: str) -> None:
        log.info("station out of order")
        self.lock_screen.show_error(
            lambda: translate(
                "KioskController", "This computer is out of order. Please use another one."
            )
        )

    def _station_did_enable(self) -> None:
        log.info("station back in service")
        self.lock_screen.reset()

    def _clear_clipboard(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.clear()

    def _station_did_load(self, info: StationInfo) -> None:
        self.lock_screen.set_station(info.name, info.site.name)
