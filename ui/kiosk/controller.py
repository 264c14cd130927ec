"""Drives the kiosk screens from the station agent: lock screen ⇄ session bar.

Longer than the ~400-line aim: it is the one place where the agent's events meet the screens,
one short handler per event; the screens themselves live in their own modules.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, TypeVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDateTime, QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from kiosk.clock import wall_now
from kiosk.protocol.enums import EndReason, ErrorCode
from kiosk.protocol.http import ApiError
from kiosk.protocol.screen_port import SessionView, StationPort
from ui.i18n import DEFAULT_LANGUAGE, Languages
from ui.kiosk.bridge import AgentBridge
from ui.kiosk.deferred import Deferred
from ui.kiosk.desk_call import DeskCaller
from ui.kiosk.hold_text import held_from
from ui.kiosk.lock_screen import LockScreen
from ui.kiosk.messages import (
    DEFAULT_TIMEZONE,
    charter_refused_text,
    error_text,
    wrong_code_text,
    wrong_pin_text,
)
from ui.kiosk.session_bar import SessionBar
from ui.kiosk.staff_desk import StaffDesk
from ui.kiosk.windows import KioskWindows
from ui.tasks import TaskManager

if TYPE_CHECKING:
    from kiosk.protocol.station import StationInfo
    from ui.kiosk.away_screen import AwayScreen
    from ui.kiosk.banner import WarningBanner
    from ui.kiosk.charter import CharterScreen
    from ui.kiosk.end_screen import EndScreen
    from ui.kiosk.staff_message import StaffMessageDialog

log = logging.getLogger("epn.ui.kiosk")
_Held = TypeVar("_Held", bound=QWidget)


translate = QCoreApplication.translate


class KioskController(QObject):
    """Owns no state of the session: the agent does. It only shows what the agent says."""

    def __init__(
        self,
        *,
        agent: StationPort,
        bridge: AgentBridge,
        lock_screen: LockScreen,
        session_bar: SessionBar,
        windows: KioskWindows,
        tasks: TaskManager,
        languages: Languages,
        banner: Callable[[], WarningBanner],
        end_screen: Callable[[], EndScreen],
        staff_messages: Callable[[], StaffMessageDialog],
        refresh_ms: int = 200,
        now: Callable[[], datetime] = wall_now,
    ) -> None:
        super().__init__(lock_screen)
        self.agent = agent
        self._now = now  # the station's wall clock: "tomorrow", "on Monday" in refusals
        self.lock_screen = lock_screen
        self.session_bar = session_bar
        self.windows = windows
        self.tasks = tasks
        self.languages = languages
        # Built when first shown (a warning, a session's end, a staff message, the rules, the
        # away lock): only the lock screen shows at start, and a start is what a crash costs.
        self._banner = Deferred(lambda: self._held(banner()))
        self._end_screen = Deferred(lambda: self._held(self._wire_end_screen(end_screen())))
        self._staff_messages = Deferred(staff_messages)
        self._charter_screen = Deferred(lambda: self._held(self._make_charter_screen()))
        self._away_screen = Deferred(lambda: self._held(self._make_away_screen()))
        self._allowed = 0
        # Cleanups reported so far, and how many when the shown session started: the cleanup
        # of a session may report before its end reaches the screen (two threads).
        self._cleanups_done = 0
        self._cleanups_at_start = 0
        self._shown_session: str | None = None
        self._idle_deadline: float | None = None
        # The visitor's reading preferences: chosen on the lock screen before signing in (sent
        # with the sign-in), the session whose kept ones were applied, the look shown now.
        self._chosen: dict[str, object] = {}
        self._preferences_session: str | None = None
        self._look: tuple[float, bool] = windows.look

        lock_screen.sign_in_requested.connect(self._sign_in)
        lock_screen.code_sign_in_requested.connect(self._sign_in_with_code)
        lock_screen.language_requested.connect(self._language_chosen)
        lock_screen.look_requested.connect(self._look_chosen)
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
        bridge.clipboard_should_clear.connect(self._clear_clipboard)
        bridge.station_did_fail.connect(self._station_did_fail)
        bridge.station_did_recover.connect(self._station_did_recover)
        bridge.session_did_start.connect(self._session_did_start)
        bridge.session_did_change.connect(self._session_did_change)
        bridge.session_will_end.connect(self._session_will_end)
        bridge.session_did_end.connect(self._session_did_end)
        bridge.cleanup_did_finish.connect(self._cleanup_did_finish)
        bridge.connection_did_change.connect(lock_screen.set_online)
        bridge.station_did_load.connect(self._station_did_load)

        self.countdown_timer = QTimer(self, objectName="kiosk-countdown")
        self.countdown_timer.setInterval(refresh_ms)
        self.countdown_timer.timeout.connect(self._refresh_countdown)
        lock_screen.set_language(languages.current)

        self._charter_session: str | None = None

        # staff at the station: sign-in, panel, maintenance (button or Ctrl+Alt+S on both)
        self.staff = StaffDesk(
            agent=agent,
            bridge=bridge,
            lock_screen=lock_screen,
            session_bar=session_bar,
            windows=windows,
            tasks=tasks,
        )

        # "Call the desk", on the lock screen and the session bar
        self.desk_call = DeskCaller(
            agent=agent,
            bridge=bridge,
            buttons=[lock_screen.desk_button, session_bar.desk_button],
            shown=[lock_screen, session_bar],
            tasks=tasks,
            parent=self,
        )

        session_bar.away_requested.connect(self._lock_away)
        bridge.session_did_lock_away.connect(self._session_did_lock_away)
        bridge.session_did_unlock_away.connect(self._session_did_unlock_away)

    # --- the windows built when first needed ------------------------------------------------

    def _held(self, window: _Held) -> _Held:
        # none may be covered by a visitor's window: an app could hide the rules or the lock
        self.windows.hold_on_top(window)
        return window

    def _wire_end_screen(self, screen: EndScreen) -> EndScreen:
        screen.finished.connect(self._end_screen_did_finish)
        return screen

    def _make_charter_screen(self) -> CharterScreen:
        """The site's rules, before the session bar of a visitor who has to accept them first."""
        from ui.kiosk.charter import CharterScreen

        screen = CharterScreen(self.lock_screen)
        screen.accepted.connect(self._charter_accepted)
        screen.refused.connect(self._charter_refused)
        screen.language_requested.connect(self._language_chosen)
        return screen

    def _make_away_screen(self) -> AwayScreen:
        """ "Lock while I'm away": it covers the desktop until the visitor is back."""
        from ui.kiosk.away_screen import AwayScreen

        screen = AwayScreen(self.lock_screen)
        screen.unlock_requested.connect(self._unlock_away)
        screen.language_requested.connect(self._language_chosen)
        screen.set_language(self.languages.current)
        return screen

    def close_windows(self) -> None:
        """Close the windows built so far (at the program's end)."""
        if self._staff_messages.built is not None:
            self._staff_messages.built.clear()  # unread messages are not acknowledged by a quit
        for deferred in (
            self._banner,
            self._end_screen,
            self._staff_messages,
            self._charter_screen,
            self._away_screen,
        ):
            if deferred.built is not None:
                deferred.built.close()

    @property
    def banner(self) -> WarningBanner:
        return self._banner.get()

    @property
    def end_screen(self) -> EndScreen:
        return self._end_screen.get()

    @property
    def staff_messages(self) -> StaffMessageDialog:
        return self._staff_messages.get()

    @property
    def charter_screen(self) -> CharterScreen:
        return self._charter_screen.get()

    @property
    def away_screen(self) -> AwayScreen:
        return self._away_screen.get()

    def show(self) -> None:
        if self.agent.fault is not None:
            self._station_did_fail(self.agent.fault)
            return
        view = self.agent.view()
        if view is None:
            # out of order since before this start (known offline too, from the local store)
            if not self.agent.enabled:
                self.lock_screen.set_out_of_order(self.agent.disabled_reason)
            self.windows.show_lock()
        else:
            self._session_did_start(view)

    def set_language(self, code: str) -> None:
        if code != self.languages.current:
            log.info("language: %s", code)
        self.languages.set_language(code)
        self.lock_screen.set_language(code)
        if self._away_screen.built is not None:
            self._away_screen.built.set_language(code)

    # --- the visitor's preferences ------------------------------------------------------------

    def _language_chosen(self, code: str) -> None:
        self.set_language(code)
        self._preference_chosen(language=code)

    def _look_chosen(self, text_size: float, contrast: bool) -> None:
        """The lock screen's switches (the windows apply the look themselves)."""
        before_size, before_contrast = self._look
        self._look = (text_size, contrast)
        changed: dict[str, object] = {}
        if text_size != before_size:
            changed["text_size"] = text_size
        if contrast != before_contrast:
            changed["contrast"] = contrast
        if changed:
            self._preference_chosen(**changed)

    def _preference_chosen(self, **fields: object) -> None:
        """Kept for the visitor: sent during a session, else with the next sign-in."""
        if self.agent.view() is None:
            self._chosen.update(fields)
            return
        preferences = dict(fields)  # plain data: the station validates it (no pydantic here)
        self.tasks.run(
            lambda: self.agent.set_preferences(preferences),
            lambda _: None,
            lambda exc: log.warning("preferences not kept: %s", exc),
        )

    def _apply_preferences(self, view: SessionView) -> None:
        """The signed-in visitor's preferences, once per session (later changes are theirs)."""
        if self._preferences_session == view.session_id:
            return
        self._preferences_session = view.session_id
        self._chosen = {}
        kept = view.visitor.preferences
        if kept.language is not None:
            self.set_language(kept.language)
        text_size, contrast = self._look
        if kept.text_size is not None:
            text_size = kept.text_size
        if kept.contrast is not None:
            contrast = kept.contrast
        if (text_size, contrast) != self._look:
            log.info("the visitor's preferences applied")
            self._look = (text_size, contrast)
            self.windows.apply_look(text_size, contrast)

    # --- sign-in ---------------------------------------------------------------------------

    def _sign_in(self, identifier: str, pin: str | None) -> None:
        chosen = dict(self._chosen) if self._chosen else None  # plain data, as above
        self.tasks.run(
            lambda: self.agent.sign_in(identifier, pin, chosen),
            self._signed_in,
            lambda exc: self._sign_in_failed(exc, asked_pin=pin is not None),
        )

    def _sign_in_with_code(self, identifier: str, pin: str | None, code: str) -> None:
        """A sign-in with the session code of a group or workshop holding this station."""
        chosen = dict(self._chosen) if self._chosen else None
        self.tasks.run(
            lambda: self.agent.sign_in(identifier, pin, chosen, code),
            self._signed_in,
            lambda exc: self._sign_in_failed(exc, asked_pin=pin is not None, gave_code=True),
        )

    def _signed_in(self, view: SessionView) -> None:
        # The agent also emits session_did_start; whichever arrives first shows the session.
        if view.session_id != self._shown_session:
            self._session_did_start(view)

    def _sign_in_failed(
        self, exc: BaseException, *, asked_pin: bool, gave_code: bool = False
    ) -> None:
        if isinstance(exc, ApiError) and exc.code == ErrorCode.PIN_REQUIRED and not asked_pin:
            log.info("sign-in: PIN asked")
            self.lock_screen.ask_pin()  # its own prompt: nothing to add under the fields
            return
        if (
            isinstance(exc, ApiError)
            and exc.code == ErrorCode.STATION_HELD
            and exc.details.get("code_accepted")
            and not exc.details.get("your_station")
        ):
            # held for a group or workshop that admits whoever gives its session code
            if gave_code:
                log.info("sign-in refused: session code not accepted")
                self.lock_screen.show_error(wrong_code_text)
            else:
                log.info("sign-in: session code asked")
                self.lock_screen.ask_code()
            return
        if isinstance(exc, ApiError):
            log.info("sign-in refused: %s", exc.code)
            held = exc.code in (ErrorCode.STATION_HELD, ErrorCode.HOLD_ELSEWHERE)
            if held or (asked_pin and exc.code != ErrorCode.BAD_CREDENTIALS):
                # a card refused once its PIN was right (blocked, no time left, closed, held:
                # the server checks the PIN first) is done with: back to the card, so that the
                # next person's card is not taken for this one's PIN; a wrong PIN stays to retry
                self.lock_screen.reset()
        else:
            log.warning("sign-in failed: %s", exc)
        info = self.agent.station_info
        timezone = info.timezone if info is not None else DEFAULT_TIMEZONE
        now = self._now()
        if (
            isinstance(exc, ApiError)
            and exc.code == ErrorCode.BAD_CREDENTIALS
            and "tries_left" in exc.details
        ):
            details = dict(exc.details)
            self.lock_screen.show_error(lambda: wrong_pin_text(details))
            return
        self.lock_screen.show_error(lambda: error_text(exc, timezone=timezone, now=now))

    # --- session ---------------------------------------------------------------------------

    def _session_did_start(self, view: SessionView) -> None:
        if view.session_id == self._shown_session:
            return
        self._apply_preferences(view)
        if self._charter_due(view):
            return
        self._shown_session = view.session_id
        self._cleanups_at_start = self._cleanups_done
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
        held_at = None
        if view.ends_for == EndReason.BOOKING:
            # the station is held from the session's end: the warning says when and why
            info = self.agent.station_info
            timezone = info.timezone if info is not None else DEFAULT_TIMEZONE
            ends = (self._now() + timedelta(seconds=view.remaining_seconds)).astimezone(
                ZoneInfo(timezone)
            )
            held_at = held_from(info.holds if info is not None else [], ends, timezone)
        self.banner.warn(threshold_seconds, held_at=held_at)

    def _session_did_end(self, session_id: str, reason: str) -> None:
        log.info("session %s ended (%s)", session_id, reason)
        self._show_end(session_id, reason)
        if session_id == self._charter_session:  # ended before its rules were accepted
            self._charter_session = None
            if self._charter_screen.built is not None:
                self._charter_screen.built.hide()
        if self._away_screen.built is not None:
            self._away_screen.built.hide()

    def _show_end(self, session_id: str, reason: str) -> None:
        """Say why the session ended: on the end screen if it was shown, on the lock screen."""
        shown = session_id == self._shown_session
        self._shown_session = None
        self._idle_deadline = None
        self.session_bar.set_apps([])
        self.countdown_timer.stop()
        if self._banner.built is not None:
            self._banner.built.clear()
        if shown:  # the visitor saw it: say it is over, in their language, while it cleans up
            self.session_bar.hide()
            self.end_screen.begin(reason, cleaned=self._cleanups_done > self._cleanups_at_start)
        # The lock screen is made ready beneath: a change arriving meanwhile (out of order) wins.
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
        elif reason == EndReason.ELSEWHERE:
            self.lock_screen.show_info(
                lambda: translate(
                    "KioskController",
                    "This session was ended: you signed in on another computer while this one "
                    "was cut off from the network.",
                )
            )
        elif reason == EndReason.BOOKING:
            self.lock_screen.show_info(
                lambda: translate(
                    "KioskController",
                    "Your session is over: this computer is reserved from now. Thank you!",
                )
            )
        elif reason == EndReason.NO_TIME:
            self.lock_screen.show_info(
                lambda: translate(
                    "KioskController",
                    "This session was ended: your computer time is used up. Thank you!",
                )
            )
        elif reason == EndReason.AWAY:
            self.lock_screen.show_info(
                lambda: translate(
                    "KioskController",
                    "Your session ended because the computer stayed locked while you were away.",
                )
            )
        else:
            self.lock_screen.show_info(
                lambda: translate(
                    "KioskController", "Your session is over. Thank you for your visit!"
                )
            )
        if not shown:
            self._show_lock_after_session()

    def _cleanup_did_finish(self, summary: str) -> None:
        self._cleanups_done += 1
        if self._end_screen.built is not None:
            self._end_screen.built.cleanup_finished()

    def _end_screen_did_finish(self) -> None:
        self._show_lock_after_session()
        self.end_screen.hide()  # after: the desktop never shows in between

    def _show_lock_after_session(self) -> None:
        if self._staff_messages.built is not None:
            self._staff_messages.built.clear()
        self.windows.show_lock()
        self.set_language(DEFAULT_LANGUAGE)  # the next visitor starts in the default language
        self.windows.apply_look(1.0, False)  # and without the last one's reading aids
        self._look = (1.0, False)
        self._chosen = {}
        self.lock_screen.identifier_edit.setFocus()

    # --- charter: the site's rules, accepted before the session bar ----------------------------

    def _charter_due(self, view: SessionView) -> bool:
        """Show the rules if this session's visitor has to accept them first; True if so."""
        texts = self.agent.pending_charter()
        if texts is None:
            return False
        if self._charter_session != view.session_id:
            self._charter_session = view.session_id
            log.info("session %s: the rules are shown first", view.session_id)
            self.charter_screen.show_charter(texts, self.languages.current)
            self.charter_screen.present(windowed=self.windows.windowed)
        return True

    def _charter_accepted(self) -> None:
        self.tasks.run(self.agent.accept_charter, self._charter_did_accept, self._charter_failed)

    def _charter_did_accept(self, _recorded: bool) -> None:
        if self._charter_screen.built is not None:
            self._charter_screen.built.hide()
        view = self.agent.view()
        if view is not None:
            self._session_did_start(view)

    def _charter_failed(self, exc: BaseException) -> None:
        log.error("the charter answer could not be recorded", exc_info=exc)
        self.charter_screen.set_busy(False)

    def _charter_refused(self) -> None:
        language = self.languages.current
        log.info("session %s: the rules were refused", self._charter_session)
        self.tasks.run(
            lambda: self.agent.end_session(EndReason.VISITOR),
            lambda _: self._charter_did_refuse(language),
            self._charter_failed,
        )

    def _charter_did_refuse(self, language: str) -> None:
        # the session's end was shown first (same thread, earlier signal): now say why
        if self._charter_screen.built is not None:
            self._charter_screen.built.hide()
        self.windows.show_lock()
        self.set_language(language)  # the visitor who refused reads why in their language
        self.lock_screen.show_info(charter_refused_text)

    def _end_by_visitor(self) -> None:
        self.tasks.run(lambda: self.agent.end_session(EndReason.VISITOR), lambda _: None)

    def _refresh_countdown(self) -> None:
        view = self.agent.view()
        if view is not None:
            self.session_bar.set_remaining(view.remaining_seconds)
        if self._idle_deadline is not None:
            self.session_bar.warn_idle(max(0, round(self._idle_deadline - time.monotonic())))
        away_left = self.agent.locks.away_seconds_left()
        away = self._away_screen.built
        if view is not None and away_left is not None and away is not None and away.isVisible():
            away.set_times(view.remaining_seconds, away_left)

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
        self.banner.warn_idle(seconds_left)

    def _idle_did_cancel(self) -> None:
        log.info("idle warning cancelled")
        self._idle_deadline = None
        self.session_bar.idle_cancelled()
        if self._banner.built is not None:
            self._banner.built.idle_cancelled()

    def _session_did_lock(self, view: SessionView) -> None:
        log.info("session %s locked by the staff", view.session_id)
        if self._away_screen.built is not None:
            self._away_screen.built.hide()
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
        away_left = self.agent.locks.away_seconds_left()
        if away_left is not None:  # the visitor had locked it: it stays locked for them
            self._session_did_lock_away(away_left)

    # --- lock while I'm away --------------------------------------------------------------

    def _lock_away(self) -> None:
        self.tasks.run(
            self.agent.locks.lock_away,
            lambda left: log.info("locked while away: %d s", left),
            lambda exc: log.warning("could not lock while away: %s", exc),
        )

    def _session_did_lock_away(self, seconds_left: int) -> None:
        view = self.agent.view()
        if view is None:
            return
        log.info("away screen shown: the session ends in %d s unless unlocked", seconds_left)
        self.session_bar.hide()
        if self._banner.built is not None:
            self._banner.built.clear()
        self.away_screen.set_language(self.languages.current)
        self.away_screen.reset(view.remaining_seconds, seconds_left)
        self.away_screen.place(self.windows.windowed)

    def _unlock_away(self, secret: str) -> None:
        self.tasks.run(
            lambda: self.agent.locks.unlock_away(secret),
            self._unlock_answered,
            self._unlock_failed,
        )

    def _unlock_answered(self, unlocked: bool) -> None:
        if not unlocked and self.agent.locks.away_seconds_left() is not None:
            self.away_screen.show_wrong(self.agent.locks.away_tries_left())

    def _unlock_failed(self, exc: BaseException) -> None:
        log.error("the away lock could not check the answer", exc_info=exc)
        self.away_screen.show_wrong(self.agent.locks.away_tries_left())

    def _session_did_unlock_away(self) -> None:
        log.info("away screen closed: the visitor is back")
        if self._away_screen.built is not None:
            self._away_screen.built.hide()
        if self._shown_session is not None:
            self.windows.show_session()
            self.session_bar.activateWindow()

    def _message_received(self, command_id: int, text: str, texts: dict[str, str]) -> None:
        log.info("staff message %d shown", command_id)
        from ui.kiosk.staff_message import StaffMessageDialog

        StaffMessageDialog.show_message(
            self.staff_messages, text, QDateTime.currentDateTime(), texts
        )

    def _station_did_disable(self, reason: str) -> None:
        log.info("station out of order")
        self.lock_screen.set_out_of_order(reason)

    def _station_did_enable(self) -> None:
        log.info("station back in service")
        self.lock_screen.set_out_of_order(None)

    def _station_did_fail(self, fault: str) -> None:
        """The station cannot work: whatever was shown gives way to "out of order"."""
        log.warning("station out of order: %s", fault)
        self.countdown_timer.stop()
        self._shown_session = None  # shown again, as it is then, once the station is back
        self._charter_session = None
        if self._banner.built is not None:
            self._banner.built.hide()
        if self._charter_screen.built is not None:
            self._charter_screen.built.hide()
        if self._away_screen.built is not None:
            self._away_screen.built.hide()
        self.lock_screen.set_fault(fault)
        self.windows.show_lock()

    def _station_did_recover(self) -> None:
        if self.lock_screen.fault is None:
            return
        log.info("station in service again")
        self.lock_screen.set_fault(None)
        if not self.agent.enabled:
            self.lock_screen.set_out_of_order(self.agent.disabled_reason or "")
        view = self.agent.view()
        if view is not None:
            self._session_did_start(view)

    def _clear_clipboard(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.clear()

    def _station_did_load(self, info: StationInfo) -> None:
        self.lock_screen.set_station_info(info)
        self.windows.set_site(info.site.name)
        # A station put out of order before this start sends no change: take the agent's state.
        if not self.agent.enabled and not self.lock_screen.out_of_order:
            self.lock_screen.set_out_of_order(info.disabled_reason or "")
