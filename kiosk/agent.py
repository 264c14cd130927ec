"""The station agent: signs visitors in, ends, ticks and recovers their session; threads.

Threads (daemons, named so they show in logs), each a loop around a step a test can call:

- ``epn-agent-ticker``  :meth:`StationAgent.tick` at the next instant something is due
  (:meth:`StationAgent.next_tick_delay`: a warning, time up, a snapshot every
  ``snapshot_seconds``, the away lock's, maintenance's and the idle monitor's deadlines), at
  least every ``max_tick_seconds``, woken at once by any change (a sign-in, a command, a lock).
- ``epn-agent-sync``    ``link.sync_once`` (kiosk/link.py): heartbeats, the outbox in seq
  order, the station info; woken at once when an event is queued; backoff while offline.
- ``epn-agent-commands`` ``link.commands_loop``: staff commands, each applied once and
  acknowledged (kiosk/commands.py).

Built here around one :class:`kiosk.session_keeper.SessionKeeper` (the session under one lock,
on disk; kiosk/station_state.py keeps what survives a restart): ``locks`` (away and staff
locks, kiosk/session_locks.py), ``staff`` (staff at the station and maintenance,
kiosk/staff_actions.py), the heartbeat (kiosk/heartbeat.py), the command applier. Around each
session an optional :class:`kiosk.enforcer.SessionEnforcer` opens and takes back the desktop;
an optional :class:`kiosk.offline.OfflineDesk` signs visitors in while the server is away.

The listener is called without the lock, from whichever thread saw the change. A bug in a
step is logged with its traceback and the loop carries on: the session stays enforced.

Errors raised by :meth:`StationAgent.sign_in`::

    RuntimeError
     ├── SessionAlreadyRunning   a session runs already (kiosk.session's, re-exported)
     └── AgentStopped            the agent was stopped
    protocol.ClientError         from the server, untouched, for the UI to translate
     ├── ServerUnreachable       (without an offline desk)
     └── ApiError                PIN_REQUIRED, BAD_CREDENTIALS, NO_TIME_LEFT, ...
          └── OfflineRefused     the offline desk's refusal (OFFLINE, BAD_CREDENTIALS, ...)
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from kiosk import offline as offline_desk
from kiosk import visitor_preferences
from kiosk.away import AwayLock
from kiosk.client import StationApi
from kiosk.clock import Clock
from kiosk.commands import CommandApplier
from kiosk.desk_call import DeskCall
from kiosk.error_reports import ERROR_LOGGER, ErrorForwarder, ErrorQueue, ErrorReportHandler
from kiosk.heartbeat import Heartbeat
from kiosk.link import ServerLink
from kiosk.listener import AgentListener, notify
from kiosk.maintenance import MaintenanceWindow
from kiosk.outbox import Outbox
from kiosk.protocol.enums import DeskCallState, EndReason, ErrorCode, EventKind, StationAlert
from kiosk.protocol.http import ApiError
from kiosk.protocol.limits import HEARTBEAT_SECONDS
from kiosk.refusals import AgentStopped
from kiosk.session import SessionAlreadyRunning, SessionEnd, SessionView
from kiosk.session_keeper import SessionKeeper
from kiosk.session_locks import SessionLocks
from kiosk.staff_actions import StaffActions
from kiosk.station_state import StationState
from kiosk.store import LocalStore
from kiosk.version import agent_version as installed_version

if TYPE_CHECKING:
    from kiosk.enforcer import SessionEnforcer
    from kiosk.offline import OfflineDesk
    from kiosk.protocol.preferences import VisitorPreferences
    from kiosk.protocol.station import AppEntry, Grant, StationInfo

log = logging.getLogger("epn.kiosk.agent")

__all__ = ["AgentListener", "AgentStopped", "SessionAlreadyRunning", "SessionView", "StationAgent"]

#: The longest the ticker sleeps: exited apps are reported within it (the launcher is polled).
MAX_TICK_SECONDS = 1.0

#: How long stop() waits for the threads, in all; the long-poll may be blocked longer.
STOP_JOIN_SECONDS = 1.0


class StationAgent:
    """Runs the station's session and keeps the server informed."""

    def __init__(
        self,
        *,
        client: StationApi,
        store: LocalStore,
        clock: Clock,
        listener: AgentListener,
        boot_id: str,
        heartbeat_seconds: float = HEARTBEAT_SECONDS,
        snapshot_seconds: float = 2.0,
        tick_seconds: float = 0.2,
        max_tick_seconds: float = MAX_TICK_SECONDS,
        poll_wait: float = 25.0,
        retry_initial: float = 1.0,
        retry_max: float = 10.0,
        agent_version: str | None = None,
        enforcer: SessionEnforcer | None = None,
        offline: OfflineDesk | None = None,
        away_seconds: float = 600.0,
    ) -> None:
        self._client = client
        self._listener = listener
        self._clock = clock
        #: While the idle warning shows, input is looked for this often (it cancels the warning).
        self._tick_seconds = tick_seconds
        self._max_tick_seconds = max(tick_seconds, max_tick_seconds)
        self._tick_wake = threading.Event()
        self._enforcer = enforcer
        self._offline = offline
        self._agent_version = agent_version or installed_version()
        self._stopping = threading.Event()
        self._threads: list[threading.Thread] = []
        self.outbox = Outbox(store, clock)
        #: The station's own errors, queued for the server (attached to ``epn.kiosk`` while running).
        self.errors = ErrorQueue(store, clock)
        self._error_handler = ErrorReportHandler(self.errors)
        self._keeper = SessionKeeper(
            clock=clock,
            store=store,
            outbox=self.outbox,
            state=StationState(store),
            boot_id=boot_id,
            snapshot_seconds=snapshot_seconds,
            offline=offline,
            forget=self._forget_locked,
        )
        self._heartbeat = Heartbeat(
            keeper=self._keeper,
            clock=clock,
            agent_version=self._agent_version,
            locked=lambda: self.locks.locked,
            wake=self._notify_sync,
        )
        #: The running session's away lock (its visitor's) and the staff's lock.
        self.locks = SessionLocks(
            keeper=self._keeper,
            away=AwayLock(clock, away_seconds),
            enforcer=enforcer,
            listener=listener,
            beat_now=self._heartbeat.beat_now,
            end_session=self.end_session,
        )
        #: Staff at the station (each call blocks on the server) and maintenance.
        self.staff = StaffActions(
            client=client,
            keeper=self._keeper,
            maintenance=MaintenanceWindow(clock),
            enforcer=enforcer,
            listener=listener,
        )
        #: The visitor's call for the desk (kiosk/desk_call.py).
        self.desk = DeskCall(
            store=store,
            outbox=self.outbox,
            listener=listener,
            session_id=self._session_id,
            wake=self._notify_sync,
        )
        self._commands = CommandApplier(
            keeper=self._keeper,
            locks=self.locks,
            stopping=self._stopping,
            refusal=self._refusal_locked,
            wake=self._notify_sync,
            did_start=self._did_start,
            did_end=self._did_end,
            listener=listener,
            answered=self.desk.answered,
        )
        #: The server: online or not, the sync and commands threads' steps (tests drive them).
        self.link = ServerLink(
            client=client,
            outbox=self.outbox,
            clock=clock,
            listener=listener,
            heartbeat=self._heartbeat.append,
            on_info=self._commands.learn_enabled,
            stopping=self._stopping,
            heartbeat_seconds=heartbeat_seconds,
            poll_wait=poll_wait,
            last_command=self._commands.last_applied,
            apply_command=self._commands.apply_once,
            retry_initial=retry_initial,
            retry_max=retry_max,
            errors=ErrorForwarder(self.errors, client.post_error_reports, clock),
        )

    # --- for the UI -------------------------------------------------------------------

    @property
    def online(self) -> bool:
        return self.link.online

    @property
    def station_info(self) -> StationInfo | None:
        return self.link.station_info

    @property
    def enabled(self) -> bool:
        """False while staff have put the station out of order."""
        return self._keeper.state.enabled

    @property
    def disabled_reason(self) -> str | None:
        return self._keeper.state.disabled_reason or None

    @property
    def fault(self) -> str | None:
        """Why the station cannot work at all: the server refuses its token (the station
        service's other faults come before its agent), else None."""
        return self.link.refused

    @property
    def quit_minutes(self) -> int | None:
        """A kiosk in its own process that staff quit is started again by hand."""
        return None

    @property
    def desk_call(self) -> DeskCallState:
        """The visitor's call for the desk: none, waiting or answered."""
        return self.desk.state

    def call_desk(self) -> bool:
        """The visitor calls the desk (sent at once); False when a call waits already."""
        return self.desk.call()

    def cancel_desk_call(self) -> bool:
        """The visitor cancels their call; False when none was waiting."""
        return self.desk.cancel("visitor")

    def view(self) -> SessionView | None:
        """The running session now, or None; lock-free (reads an immutable published state)."""
        return self._keeper.view()

    def sign_in(
        self,
        identifier: str,
        pin: str | None = None,
        preferences: VisitorPreferences | None = None,
        hold_code: str | None = None,
    ) -> SessionView:
        """Ask the server for a session and start it. Blocking: call from a worker thread.

        ``hold_code``: the session code the visitor typed on a station held for a group or a
        workshop that admits whoever gives it.

        Raises protocol.ApiError / ServerUnreachable untouched, SessionAlreadyRunning if a
        session runs. With an offline desk, ServerUnreachable becomes its decision: a session
        admitted from the cached credentials, or an OfflineRefused (an ApiError).
        """
        if preferences is not None:  # a screen in this process hands the fields as plain data
            preferences = visitor_preferences.read(preferences)
        keeper = self._keeper
        with keeper.lock:
            refusal = self._refusal_locked()
        if refusal is not None:
            raise refusal
        grant, offline = offline_desk.sign_in(
            self._client, self._offline, identifier, pin, preferences, hold_code or None
        )
        with keeper.lock:
            refusal = self._refusal_locked()
            if refusal is not None:
                if not offline:
                    # lost a race: give the server its session back rather than leave it open
                    self.outbox.append(
                        EventKind.SESSION_ENDED,
                        session_id=grant.session_id,
                        used_seconds=0,
                        reason=EndReason.VISITOR,
                    )
                    self._notify_sync()
                raise refusal
            view = keeper.start_locked(grant, offline=offline)
            if (
                offline
                and preferences is not None
                and not visitor_preferences.is_empty(preferences)
            ):
                # the server learns the lock screen's choices after the offline session itself
                self.outbox.append(
                    EventKind.PREFERENCES_CHANGED,
                    session_id=view.session_id,
                    preferences=preferences,
                )
        log.info(
            "session %s started%s: %d s",
            view.session_id,
            " offline" if offline else "",
            view.allowed_seconds,
        )
        self._did_start(view, grant, pin)
        return view

    def end_session(self, reason: EndReason = EndReason.VISITOR) -> bool:
        """End the running session now; False if none was running."""
        end = self._keeper.end(reason)
        if end is not None:
            self._did_end(end)
        return end is not None

    def apps(self) -> list[AppEntry]:
        """The apps the running session may launch (empty when none runs)."""
        return self._enforcer.apps() if self._enforcer is not None else []

    def launch(self, app_id: str) -> None:
        """Start one of the visitor's apps. Raises NotPermitted or LaunchError (kiosk.launcher)."""
        if self._enforcer is None:
            raise RuntimeError("this station launches no app")
        self._heartbeat.app_started(self._enforcer.launch(app_id))

    def app_in_use(self) -> str | None:
        """The most recently started of the visitor's apps still running, or None."""
        return self._heartbeat.apps.current()

    def record_event(self, kind: EventKind, **fields: Any) -> None:
        """Queue an event for the server (durable at return) and wake the sync thread."""
        self.outbox.append(kind, **fields)
        app_id = fields.get("app_id")
        if not (
            kind == EventKind.APP_USED
            and isinstance(app_id, str)
            and self._heartbeat.app_ended(app_id, fields.get("used_seconds"))
        ):
            self._notify_sync()  # else sent at once with the heartbeat

    def set_alert(self, alert: StationAlert, raised: bool) -> None:
        """Raise or clear an alert for staff (kiosk/heartbeat.py): sent at once. Any thread."""
        self._heartbeat.set_alert(alert, raised)

    def alerts(self) -> list[StationAlert]:
        """The alerts raised now."""
        return self._heartbeat.alerts()

    def pending_charter(self) -> dict[str, str] | None:
        """The site's rules (by language) the running session's visitor must accept first."""
        return self._keeper.pending_charter()

    def set_preferences(self, preferences: VisitorPreferences) -> bool:
        """The visitor changed their reading preferences: queued for the server (kept for
        their next sign-in, offline too); False when no session runs. A screen in this
        process hands the fields as plain data: validated here (LiteError, a ValueError)."""
        preferences = visitor_preferences.read(preferences)
        view = self._keeper.view()
        if view is None or visitor_preferences.is_empty(preferences):
            return False
        self.record_event(
            EventKind.PREFERENCES_CHANGED, session_id=view.session_id, preferences=preferences
        )
        # the session's view carries them too: a screen restarted mid-session shows them
        self._keeper.remember_preferences(view.session_id, preferences)
        log.info("session %s: preferences changed", view.session_id)
        return True

    def accept_charter(self) -> bool:
        """The visitor accepted the rules: queue ``charter_accepted``; False if none pending."""
        accepted = self._keeper.accept_charter()
        if accepted:
            self._notify_sync()
        return accepted

    # --- life cycle -------------------------------------------------------------------

    def start(self) -> None:
        """Recover the session the store remembers, then start the threads."""
        if self._threads:
            raise RuntimeError("agent already started")
        logging.getLogger(ERROR_LOGGER).addHandler(self._error_handler)
        log.info("agent starting (boot %s, version %s)", self._keeper.boot_id, self._agent_version)
        if self._enforcer is not None:
            self._enforcer.start(self.end_session, self.record_event)
        self._recover()
        if self._enforcer is not None and not self._keeper.engine.running:
            self._enforcer.lock()
        if not self.enabled:
            notify(self._listener.station_did_disable, self.disabled_reason)
        loops: list[tuple[str, Callable[[], None]]] = [
            ("epn-agent-ticker", self._ticker_loop),
            ("epn-agent-sync", self.link.loop),
            ("epn-agent-commands", self.link.commands_loop),
        ]
        for name, target in loops:
            thread = threading.Thread(target=target, name=name, daemon=True)
            self._threads.append(thread)
            thread.start()

    def stop(self) -> None:
        """Stop the threads (waiting ~1 s at most), close the client, save a last snapshot."""
        with self._keeper.lock:
            if self._stopping.is_set():
                return
            self._stopping.set()
        logging.getLogger(ERROR_LOGGER).removeHandler(self._error_handler)
        self._tick_wake.set()
        self.link.wake(even_offline=True)
        # closing first cuts a blocked long-poll short where the transport allows it
        self._client.close()
        deadline = time.monotonic() + STOP_JOIN_SECONDS
        for thread in self._threads:
            thread.join(timeout=max(0.0, deadline - time.monotonic()))
            if thread.is_alive():
                log.info("%s still busy at stop; left to finish as a daemon", thread.name)
        with self._keeper.lock:
            if self._keeper.engine.running:
                self._keeper.save_snapshot_locked()
        if self._enforcer is not None:
            self._enforcer.close()
        log.info("agent stopped")

    def _recover(self) -> None:
        """The session the store remembers: its end told, or resumed as it was."""
        recovered = self._keeper.recover()
        if recovered.ended is not None:
            self._did_end(recovered.ended)
        view = recovered.resumed
        if view is None:
            return
        self.locks.remember(view.visitor.identifier, None)  # the PIN is not kept: card only
        if self._enforcer is not None:
            self._enforcer.session_did_start(view.session_id, None, resumed=True)
        notify(self._listener.session_did_start, view)
        self.locks.resume(view)
        if recovered.warning is not None:
            notify(self._listener.session_will_end, view, recovered.warning)

    # --- ticker -----------------------------------------------------------------------

    def _ticker_loop(self) -> None:
        delay = self._tick_seconds
        while True:
            self._tick_wake.wait(delay)
            # cleared before the tick: a change made during it wakes the next wait at once
            self._tick_wake.clear()
            if self._stopping.is_set():
                return
            try:
                self.tick()
                delay = self.next_tick_delay()
            except Exception:
                log.exception("bug in the ticker")
                delay = self._tick_seconds

    def next_tick_delay(self) -> float:
        """Seconds until the ticker has something to do (tests call it): the nearest of the
        session's next warning, its end and its next snapshot, the away lock's and the
        maintenance window's deadlines and the idle monitor's next step; at most
        ``max_tick_seconds`` (the launcher's apps are polled then), at least a millisecond."""
        dues = [
            self._keeper.next_due(),
            self.locks.away.deadline,
            self.staff.next_due(),
            self._enforcer.next_due(self._tick_seconds) if self._enforcer is not None else None,
        ]
        due = min((d for d in dues if d is not None), default=None)
        if due is None:
            return self._max_tick_seconds
        delay = due - self._clock.monotonic()
        return min(self._max_tick_seconds, max(0.001, delay))

    def tick(self) -> None:
        """One step of the ticker thread (tests call it): warn, end the session when time is
        up or its visitor stayed away too long, snapshot it now and then."""
        self.locks.end_if_away_too_long()
        view, result = self._keeper.tick()
        if result.ended is not None:
            log.info("session %s: time is up", result.ended.session_id)
            self._did_end(result.ended)
        elif result.warning is not None and view is not None:
            log.info("session %s: %d s left", view.session_id, view.remaining_seconds)
            notify(self._listener.session_will_end, view, result.warning)
        self.staff.tick()
        if self._enforcer is not None:
            self._enforcer.tick()

    # --- shared with the collaborators ------------------------------------------------

    def _refusal_locked(self) -> Exception | None:
        """Why no session may start now (the keeper's lock held), or None."""
        if self._stopping.is_set():
            return AgentStopped("the agent is stopped")
        if self._keeper.engine.running:
            return SessionAlreadyRunning("a session is already running")
        if self.staff.in_maintenance:
            return SessionAlreadyRunning("the desktop is unlocked for maintenance")
        if not self.enabled:
            # what the server would answer, without the round trip (and offline too)
            return ApiError(ErrorCode.STATION_DISABLED, "this station is disabled", 403)
        return None

    def _notify_sync(self) -> None:
        """Something changed: the sync thread sends it, the ticker looks at its due instants
        again (a command or a lock may bring one closer)."""
        self.link.wake()
        self._tick_wake.set()

    def _did_start(self, view: SessionView, grant: Grant, pin: str | None) -> None:
        """Open the desktop and tell the listener, as after any sign-in (without the lock)."""
        self.locks.remember(grant.visitor.identifier, pin)
        self.desk.cancel("signed_in")  # a call from the lock screen: the visitor got in
        if self._enforcer is not None:
            self._enforcer.session_did_start(view.session_id, grant.apps)
        self._tick_wake.set()  # its warnings, its end, its idle watch
        notify(self._listener.session_did_start, view)

    def _session_id(self) -> str | None:
        view = self._keeper.view()
        return view.session_id if view is not None else None

    def _forget_locked(self) -> None:
        """The session ended (the keeper's lock held): its locks and apps are forgotten."""
        self.locks.forget_locked()
        self._heartbeat.apps.clear()

    def _did_end(self, end: SessionEnd) -> None:
        log.info("session %s ended (%s): %d s used", end.session_id, end.reason, end.used_seconds)
        if self._enforcer is not None:
            self._enforcer.session_did_end(end.session_id)
        self.desk.cancel("session_ended")  # never left for the next visitor
        self._notify_sync()
        notify(self._listener.session_did_end, end.session_id, end.reason)
