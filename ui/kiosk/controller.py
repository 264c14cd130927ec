"""Drives the kiosk screens from the station agent: lock screen ⇄ session bar."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer

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

        lock_screen.sign_in_requested.connect(self._sign_in)
        lock_screen.language_requested.connect(self.set_language)
        session_bar.end_requested.connect(self._end_by_visitor)
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
        self.countdown_timer.stop()
        self.windows.show_lock()
        self.set_language(DEFAULT_LANGUAGE)  # the next visitor starts in the default language
        self.lock_screen.reset()
        if reason == EndReason.TIME_UP:
            self.lock_screen.show_info(
                lambda: translate("KioskController", "Your time is up. Thank you for your visit!")
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

    def _station_did_load(self, info: StationInfo) -> None:
        self.lock_screen.set_station(info.name, info.site.name)
