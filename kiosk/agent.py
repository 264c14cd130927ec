"""The station agent: session engine + local store + outbox + server client, in threads.

Threads (daemons, named so they show in logs), each a loop around a step method that a test
can call directly:

- ``epn-agent-ticker``  :meth:`StationAgent._tick_once` every ``tick_seconds``: warnings,
  time up, a snapshot at least every ``snapshot_seconds``.
- ``epn-agent-sync``    heartbeats, the outbox flushed in seq order, the station info
  (kiosk.link.ServerLink; woken at once when an event is queued; backoff while offline).
- ``epn-agent-commands`` long-poll for staff commands (kiosk.link); the agent applies each once
  (the last applied id is persisted) and acknowledges it.

What the staff console shows live of a session (locked or not, the app in use) rides on the
heartbeat; when it changes (away lock, staff lock or unlock, an app started or stopped) a
heartbeat is queued at once and the sync thread woken, rather than waiting up to 10 s.

Around each session, an optional :class:`kiosk.enforcer.SessionEnforcer` opens and takes back
the desktop (lockdown, launcher, guard, idle, cleanup); an optional
:class:`kiosk.offline.OfflineDesk` signs visitors in from cached credentials while offline.

All engine access happens under one lock; the listener is always called without it, from
whichever thread saw the change (the UI adapter re-emits the calls as Qt signals). A bug in a
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

import json
import logging
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from kiosk import commands
from kiosk.away import AwayLock
from kiosk.client import StationApi
from kiosk.clock import Clock
from kiosk.launcher import RunningApps
from kiosk.link import ServerLink
from kiosk.listener import AgentListener
from kiosk.maintenance import MaintenanceWindow
from kiosk.outbox import Outbox
from kiosk.protocol.commands import Command, CommandKind, UnknownCommand
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.http import ApiError, ServerUnreachable
from kiosk.protocol.limits import HEARTBEAT_SECONDS
from kiosk.protocol.staff import StationStaffDone, StationStaffKind, StationStaffLogin
from kiosk.protocol.station import AppEntry, EndReason, EventKind, Grant, StationInfo
from kiosk.session import SessionAlreadyRunning, SessionEnd, SessionEngine, SessionView
from kiosk.store import LocalStore, Snapshot
from kiosk.version import agent_version as installed_version

if TYPE_CHECKING:
    from kiosk.enforcer import SessionEnforcer
    from kiosk.offline import OfflineDesk

log = logging.getLogger("epn.kiosk.agent")

__all__ = ["AgentListener", "AgentStopped", "SessionAlreadyRunning", "SessionView", "StationAgent"]

LAST_COMMAND_KEY = "last_command_id"
#: Kept locally so a station disabled by staff stays out of order after an offline restart.
DISABLED_KEY = "station_disabled"
DISABLED_REASON_KEY = "station_disabled_reason"
#: The running session locked while its visitor is away: {"session_id", "deadline"} (monotonic).
AWAY_KEY = "away_lock"
#: The charter the running session's visitor has still to accept: {"session_id", "texts"}.
CHARTER_KEY = "pending_charter"
#: The id of the running session while staff keep it locked (a restart keeps it locked).
STAFF_LOCK_KEY = "staff_lock"
#: How long stop() waits for the threads, in all; the long-poll may be blocked longer.
STOP_JOIN_SECONDS = 1.0


class AgentStopped(RuntimeError):
    pass


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
        poll_wait: float = 25.0,
        retry_initial: float = 1.0,
        retry_max: float = 10.0,
        agent_version: str | None = None,
        enforcer: SessionEnforcer | None = None,
        offline: OfflineDesk | None = None,
        away_seconds: float = 600.0,
    ) -> None:
        self._client = client
        self._store = store
        self._clock = clock
        self._listener = listener
        self._boot_id = boot_id
        self._snapshot_seconds = snapshot_seconds
        self._tick_seconds = tick_seconds
        self._engine = SessionEngine(clock)
        self._enforcer = enforcer
        #: Signs visitors in from cached credentials while the server is unreachable.
        self._offline = offline
        #: "Lock while I'm away": who may unlock, and when the session ends if nobody does.
        self._away = AwayLock(clock, away_seconds)
        #: Staff locked the running session (CommandKind.LOCK) and have not unlocked it yet.
        self._staff_locked = False
        #: The visitor's apps still running, for the app in use the heartbeats report.
        self._running_apps = RunningApps(clock)
        self._outbox = Outbox(store, clock)
        #: Staff unlocked the desktop for a few minutes (never persisted: a restart locks).
        self._maintenance = MaintenanceWindow(clock)
        self._lock = threading.Lock()
        self._current = self._engine.state()  # immutable, published under the lock
        self._stopping = threading.Event()
        self._threads: list[threading.Thread] = []
        self._last_snapshot = float("-inf")
        self._last_command_id = int(store.get(LAST_COMMAND_KEY) or 0)
        self._agent_version = agent_version or installed_version()
        #: None while the station is in service; the reason ("" for none) while disabled.
        self._disabled_reason: str | None = (
            (store.get(DISABLED_REASON_KEY) or "") if store.get(DISABLED_KEY) else None
        )
        self._link = ServerLink(
            client=client,
            outbox=self._outbox,
            clock=clock,
            listener=listener,
            notify=self._notify,
            heartbeat=self._append_heartbeat,
            on_info=self._learn_enabled,
            stopping=self._stopping,
            heartbeat_seconds=heartbeat_seconds,
            poll_wait=poll_wait,
            last_command=lambda: self._last_command_id,
            apply_command=self._apply_command,
            retry_initial=retry_initial,
            retry_max=retry_max,
        )

    # --- for the UI -------------------------------------------------------------------

    @property
    def online(self) -> bool:
        return self._link.online

    @property
    def station_info(self) -> StationInfo | None:
        return self._link.station_info

    @property
    def outbox(self) -> Outbox:
        return self._outbox

    @property
    def enabled(self) -> bool:
        """False while staff have put the station out of order."""
        return self._disabled_reason is None

    @property
    def disabled_reason(self) -> str | None:
        return self._disabled_reason or None

    def view(self) -> SessionView | None:
        """The running session now, or None; lock-free (reads an immutable published state)."""
        state = self._current
        return None if state is None else state.view_at(self._clock.monotonic())

    def sign_in(self, identifier: str, pin: str | None = None) -> SessionView:
        """Ask the server for a session and start it. Blocking: call from a worker thread.

        Raises protocol.ApiError / ServerUnreachable untouched, SessionAlreadyRunning if a
        session runs. With an offline desk, ServerUnreachable becomes its decision: a session
        admitted from the cached credentials, or an OfflineRefused (an ApiError).
        """
        with self._lock:
            refusal = self._refusal_locked()
        if refusal is not None:
            raise refusal
        offline = False
        try:
            grant = self._client.sign_in(identifier, pin)
        except ServerUnreachable:
            if self._offline is None:
                raise
            grant = self._offline.admit(identifier, pin)  # or OfflineRefused
            offline = True
        else:
            if self._offline is not None:
                try:
                    self._offline.remember(identifier, pin, grant)
                except sqlite3.Error:
                    log.warning("could not cache the credential for offline sign-in")
        with self._lock:
            refusal = self._refusal_locked()
            if refusal is not None:
                if not offline:
                    # lost a race: give the server its session back rather than leave it open
                    self._outbox.append(
                        EventKind.SESSION_ENDED,
                        session_id=grant.session_id,
                        used_seconds=0,
                        reason=EndReason.VISITOR,
                    )
                    self._notify_sync()
                raise refusal
            with self._store.write():
                if offline:
                    # the server learns of the session from this event, before any other of it
                    self._outbox.append(
                        EventKind.SESSION_STARTED,
                        session_id=grant.session_id,
                        identifier=grant.visitor.identifier,
                        granted_seconds=grant.granted_seconds,
                    )
                view = self._engine.start(grant)
                self._started_locked(grant)
            self._current = self._engine.state()
        log.info(
            "session %s started%s: %d s",
            view.session_id,
            " offline" if offline else "",
            view.allowed_seconds,
        )
        self._did_start(view, grant, pin)
        return view

    def _started_locked(self, grant: Grant) -> None:
        """Keep a session just started on disk (inside the store's write)."""
        self._save_snapshot_locked()
        # kept on disk: a restarted agent shows the rules again rather than skip them
        pending = {"session_id": grant.session_id, "texts": grant.charter}
        self._store.set(CHARTER_KEY, json.dumps(pending) if grant.charter else "")

    def _did_start(self, view: SessionView, grant: Grant, pin: str | None) -> None:
        """Open the desktop and tell the listener, as after any sign-in (without the lock)."""
        self._away.remember(grant.visitor.identifier, pin)
        if self._enforcer is not None:
            self._enforcer.session_did_start(view.session_id, grant.apps)
        self._notify(self._listener.session_did_start, view)

    def _refusal_locked(self) -> Exception | None:
        if self._stopping.is_set():
            return AgentStopped("the agent is stopped")
        if self._engine.running:
            return SessionAlreadyRunning("a session is already running")
        if self._maintenance.active:
            return SessionAlreadyRunning("the desktop is unlocked for maintenance")
        if self._disabled_reason is not None:
            # what the server would answer, without the round trip (and offline too)
            return ApiError(ErrorCode.STATION_DISABLED, "this station is disabled", 403)
        return None

    def end_session(self, reason: EndReason = EndReason.VISITOR) -> bool:
        """End the running session now; False if none was running."""
        with self._lock:
            if not self._engine.running:
                return False
            end = self._engine.end(reason)
            self._record_end_locked(end)
        self._did_end(end)
        return True

    def apps(self) -> list[AppEntry]:
        """The apps the running session may launch (empty when none runs)."""
        return self._enforcer.apps() if self._enforcer is not None else []

    def launch(self, app_id: str) -> None:
        """Start one of the visitor's apps. Raises NotPermitted or LaunchError (kiosk.launcher)."""
        if self._enforcer is None:
            raise RuntimeError("this station launches no app")
        run = self._enforcer.launch(app_id)
        if self._running_apps.started(run) != app_id:
            self._beat_now()  # the console shows the app in use within a second

    @property
    def locked(self) -> bool:
        """The running session's screen is locked: by its visitor (away) or by staff."""
        return self._staff_locked or self._away.locked

    def app_in_use(self) -> str | None:
        """The most recently started of the visitor's apps still running, or None."""
        return self._running_apps.current()

    def pending_charter(self) -> dict[str, str] | None:
        """The site's rules (by language) the running session's visitor must accept first."""
        view = self._current
        stored = self._store.get(CHARTER_KEY)
        if view is None or not stored:
            return None
        pending = json.loads(stored)
        return pending["texts"] if pending["session_id"] == view.session_id else None

    def accept_charter(self) -> bool:
        """The visitor accepted the rules: queue ``charter_accepted``; False if none pending."""
        with self._lock:
            view = self._engine.view()
            if view is None or self.pending_charter() is None:
                return False
            with self._store.write():
                self._outbox.append(EventKind.CHARTER_ACCEPTED, session_id=view.session_id)
                self._store.set(CHARTER_KEY, "")
        log.info("session %s: charter accepted", view.session_id)
        self._notify_sync()
        return True

    # --- lock while I'm away ---------------------------------------------------------

    def lock_away(self) -> int:
        """Lock the running session while its visitor is away; the seconds before it ends.

        Its time keeps running; escape keys are blocked. Raises RuntimeError without a session.
        """
        with self._lock:
            view = self._engine.view()
            if view is None:
                raise RuntimeError("no session to lock")
            deadline = self._away.lock()
            self._store.set(
                AWAY_KEY, json.dumps({"session_id": view.session_id, "deadline": deadline})
            )
        left = self._away.seconds_left() or 0
        log.info("session %s locked while away: it ends in %d s", view.session_id, left)
        if self._enforcer is not None:
            self._enforcer.away_did_lock()
        self._beat_now()
        self._notify(self._listener.session_did_lock_away, left)
        return left

    def unlock_away(self, secret: str) -> bool:
        """Unlock with the visitor's card number or PIN. Blocking (argon2): a worker thread.

        After too many wrong answers the session ends (EndReason.AWAY, kiosk/away.py says why).
        """
        if self._away.unlock(secret):
            self._store.set(AWAY_KEY, "")
            log.info("session unlocked by its visitor")
            if self._enforcer is not None and not self._staff_locked:
                self._enforcer.away_did_unlock()
            self._beat_now()
            self._notify(self._listener.session_did_unlock_away)
            return True
        log.info("wrong answer at the away lock: %d tries left", self._away.failures_left)
        if self._away.exhausted:
            log.info("too many wrong answers at the away lock: the session ends")
            self.end_session(EndReason.AWAY)
        return False

    def away_seconds_left(self) -> int | None:
        """Seconds before the away-locked session ends; None when it is not locked."""
        return self._away.seconds_left()

    def away_tries_left(self) -> int:
        """Wrong answers still allowed before the away-locked session ends."""
        return self._away.failures_left

    def _resume_away(self, session_id: str) -> None:
        """A session resumed after a restart stays locked if its visitor had locked it."""
        raw = self._store.get(AWAY_KEY)
        if not raw:
            return
        try:
            saved = json.loads(raw)
            deadline = float(saved["deadline"]) if saved["session_id"] == session_id else None
        except (ValueError, TypeError, KeyError):
            deadline = None
        if deadline is None:
            self._store.set(AWAY_KEY, "")
            return
        self._away.lock(deadline)
        if self._enforcer is not None:
            self._enforcer.away_did_lock()
        self._notify(self._listener.session_did_lock_away, self._away.seconds_left() or 0)

    def _resume_staff_lock(self, view: SessionView) -> None:
        """A session resumed after a restart stays locked if staff had locked it."""
        if self._store.get(STAFF_LOCK_KEY) != view.session_id:
            self._store.set(STAFF_LOCK_KEY, "")
            return
        self._staff_locked = True
        if self._enforcer is not None:
            self._enforcer.away_did_lock()
        self._notify(self._listener.session_did_lock, view)

    def _end_if_away_too_long(self) -> None:
        if self._away.expired():
            log.info("the visitor did not come back in time: the session ends")
            self.end_session(EndReason.AWAY)

    # --- staff at the station (each call blocks on the server: run it in a worker) ------

    def staff_sign_in(self, username: str, secret: str) -> StationStaffLogin:
        """A staff login valid on this station; raises ApiError (BAD_LOGIN, FORBIDDEN, ...)."""
        return self._client.staff_login(username, secret)

    def staff_sign_out(self, token: str) -> None:
        self._client.staff_logout(token)

    def staff_extend(self, token: str, minutes: int) -> StationStaffDone:
        """Queue an extension of the running session; it comes back as a staff command."""
        return self._client.staff_action(
            token, StationStaffKind.EXTEND, minutes, request_id=uuid.uuid4().hex
        )

    def staff_end(self, token: str) -> StationStaffDone:
        """Queue the end of the running session; it comes back as a staff command."""
        return self._client.staff_action(token, StationStaffKind.END, request_id=uuid.uuid4().hex)

    def start_maintenance(self, token: str, minutes: int) -> int:
        """Unlock the desktop for ``minutes`` once the server has recorded it; returns seconds.

        Raises SessionAlreadyRunning while a visitor's session runs (end it first).
        """
        if self._engine.running:
            raise SessionAlreadyRunning("a session is running: end it first")
        self._client.staff_action(token, StationStaffKind.MAINTENANCE, minutes)
        with self._lock:
            if self._engine.running:
                raise SessionAlreadyRunning("a session is running: end it first")
            seconds = self._maintenance.open(minutes)
        if self._enforcer is not None:
            self._enforcer.maintenance_did_start()
        log.info("maintenance: desktop unlocked for %d min", minutes)
        self._notify(self._listener.maintenance_did_start, seconds)
        return seconds

    def end_maintenance(self) -> bool:
        """Lock the desktop again now; False when it was not unlocked."""
        if not self._maintenance.close():
            return False
        self._maintenance_did_end()
        return True

    def maintenance_left(self) -> int | None:
        """Seconds left of the maintenance window, or None when the desktop is locked."""
        return self._maintenance.seconds_left()

    def quit_for_maintenance(self, token: str) -> None:
        """Record that staff quit the kiosk; the program then exits with code 0."""
        self._client.staff_action(token, StationStaffKind.QUIT)
        log.info("staff quit the kiosk for maintenance")

    def _maintenance_did_end(self) -> None:
        if self._enforcer is not None:
            self._enforcer.maintenance_did_end()
        log.info("maintenance over: desktop locked again")
        self._notify(self._listener.maintenance_did_end)

    def record_event(self, kind: EventKind, **fields: Any) -> None:
        """Queue an event for the server (durable at return) and wake the sync thread."""
        self._outbox.append(kind, **fields)
        app_id = fields.get("app_id")
        if kind == EventKind.APP_USED and isinstance(app_id, str):
            changed = self._running_apps.ended(app_id, fields.get("used_seconds"))
            if changed and self._engine.running:
                self._beat_now()
                return
        self._notify_sync()

    # --- life cycle -------------------------------------------------------------------

    def start(self) -> None:
        """Recover the session the store remembers, then start the threads."""
        if self._threads:
            raise RuntimeError("agent already started")
        log.info("agent starting (boot %s, version %s)", self._boot_id, self._agent_version)
        if self._enforcer is not None:
            self._enforcer.start(self.end_session, self.record_event)
        self._recover()
        if self._enforcer is not None and not self._engine.running:
            self._enforcer.lock()
        if self._disabled_reason is not None:
            self._notify(self._listener.station_did_disable, self.disabled_reason)
        loops: list[tuple[str, Callable[[], None]]] = [
            ("epn-agent-ticker", self._ticker_loop),
            ("epn-agent-sync", self._link.loop),
            ("epn-agent-commands", self._link.commands_loop),
        ]
        for name, target in loops:
            thread = threading.Thread(target=target, name=name, daemon=True)
            self._threads.append(thread)
            thread.start()

    def stop(self) -> None:
        """Stop the threads (waiting ~1 s at most), close the client, save a last snapshot."""
        with self._lock:
            if self._stopping.is_set():
                return
            self._stopping.set()
        self._link.wake(even_offline=True)
        # closing first cuts a blocked long-poll short where the transport allows it
        self._client.close()
        deadline = time.monotonic() + STOP_JOIN_SECONDS
        for thread in self._threads:
            thread.join(timeout=max(0.0, deadline - time.monotonic()))
            if thread.is_alive():
                log.info("%s still busy at stop; left to finish as a daemon", thread.name)
        with self._lock:
            if self._engine.running:
                self._save_snapshot_locked()
        if self._enforcer is not None:
            self._enforcer.close()
        log.info("agent stopped")

    def _recover(self) -> None:
        try:
            snapshot = self._store.load_snapshot()
        except Exception:
            # a snapshot we cannot read must not keep the station from starting
            log.exception("unreadable session snapshot; discarded")
            self._store.clear_snapshot()
            return
        if snapshot is None:
            return
        state = snapshot.state
        if snapshot.boot_id != self._boot_id:
            # the station rebooted: the session is closed at its last snapshot
            used = int(
                min(max(0.0, snapshot.snapshot_mono - state.started_mono), state.allowed_seconds)
            )
            end = SessionEnd(state.session_id, state.visitor, used, EndReason.REBOOT)
            log.info("session %s closed after a reboot: %d s used", state.session_id, used)
            with self._lock:
                self._record_end_locked(end)
            self._did_end(end)
            return
        with self._lock:
            self._engine.resume(state)
            # the time the agent was dead counts: this may end the session at once, or warn
            result = self._engine.tick()
            view = self._engine.view()
            if result.ended is not None:
                self._record_end_locked(result.ended)
            else:
                self._save_snapshot_locked()
                self._current = self._engine.state()
        if result.ended is not None or view is None:
            log.info("session %s ran out while the agent was down", state.session_id)
            if result.ended is not None:
                self._did_end(result.ended)
            return
        log.info("session %s resumed: %d s left", view.session_id, view.remaining_seconds)
        self._away.remember(view.visitor.identifier, None)  # the PIN is not kept: card only
        if self._enforcer is not None:
            self._enforcer.session_did_start(view.session_id, None, resumed=True)
        self._notify(self._listener.session_did_start, view)
        self._resume_away(view.session_id)
        self._resume_staff_lock(view)
        if result.warning is not None:
            self._notify(self._listener.session_will_end, view, result.warning)

    # --- ticker -----------------------------------------------------------------------

    def _ticker_loop(self) -> None:
        while not self._stopping.wait(self._tick_seconds):
            try:
                self._tick_once()
            except Exception:
                log.exception("bug in the ticker")

    def _tick_once(self) -> None:
        """Advance the session: warn, end it when time is up, snapshot it now and then."""
        self._end_if_away_too_long()
        with self._lock:
            view = self._engine.view()
            result = self._engine.tick()
            if result.ended is not None:
                self._record_end_locked(result.ended)
            elif self._engine.running and (
                result.warning is not None
                or self._clock.monotonic() - self._last_snapshot >= self._snapshot_seconds
            ):
                self._save_snapshot_locked()
            self._current = self._engine.state()
        if result.ended is not None:
            log.info("session %s: time is up", result.ended.session_id)
            self._did_end(result.ended)
        elif result.warning is not None and view is not None:
            log.info("session %s: %d s left", view.session_id, view.remaining_seconds)
            self._notify(self._listener.session_will_end, view, result.warning)
        if self._maintenance.expired():
            self._maintenance_did_end()
        if self._enforcer is not None:
            self._enforcer.tick()

    # --- sync -------------------------------------------------------------------------

    def _sync_once(self) -> float:
        """One step of the sync thread (tests drive it directly)."""
        return self._link.sync_once()

    def _append_heartbeat(self) -> None:
        with self._lock:
            view = self._engine.view()
            if view is None:
                self._outbox.append_heartbeat(session_id=None, agent_version=self._agent_version)
            else:
                self._outbox.append_heartbeat(
                    session_id=view.session_id,
                    used_seconds=view.used_seconds,
                    remaining_seconds=view.remaining_seconds,
                    agent_version=self._agent_version,
                    locked=self.locked,
                    app_id=self._running_apps.current(),
                )

    def _beat_now(self) -> None:
        """Queue a heartbeat now and send it: what staff see of the session just changed."""
        self._append_heartbeat()
        self._notify_sync()

    def _learn_enabled(self, info: StationInfo) -> None:
        """Take the server's word on the enabled state (staff may have changed it meanwhile)."""
        end: SessionEnd | None = None
        with self._lock:
            if info.enabled == (self._disabled_reason is None) and (
                info.enabled or (info.disabled_reason or "") == self._disabled_reason
            ):
                return
            with self._store.write():
                if not info.enabled and self._engine.running:
                    end = self._engine.end(EndReason.STAFF)
                    self._record_end_locked(end)
                self._set_enabled_locked(info.enabled, info.disabled_reason)
        if end is not None:
            self._did_end(end)
        if info.enabled:
            self._notify(self._listener.station_did_enable)
        else:
            self._notify(self._listener.station_did_disable, info.disabled_reason)

    def _notify_sync(self) -> None:
        self._link.wake()

    def _set_online(self, online: bool) -> None:
        self._link.set_online(online)

    # --- commands ---------------------------------------------------------------------

    def _commands_once(self) -> float:
        """One step of the commands thread (tests drive it directly)."""
        return self._link.commands_once()

    def _apply_command(self, command: Command | UnknownCommand) -> bool:
        """Apply a command once and acknowledge it; False if already applied (or stopping)."""
        with self._lock:
            if self._stopping.is_set() or command.id <= self._last_command_id:
                return False
            starting = command.kind == CommandKind.SIGN_IN and not self._engine.running
            if starting and self._refusal_locked() is not None:
                outcome = commands.REFUSED  # in maintenance or out of order
            else:
                outcome = commands.apply(command, self._engine)
            remaining = self._engine.remaining() if outcome.ok and self._engine.running else None
            with self._store.write():
                if outcome.ended is not None:
                    self._record_end_locked(outcome.ended)
                elif outcome.changed is not None:
                    self._save_snapshot_locked()
                if outcome.grant is not None:
                    self._started_locked(outcome.grant)
                if outcome.disabled or outcome.enabled:
                    self._set_enabled_locked(outcome.enabled, outcome.reason)
                if outcome.locked is not None or outcome.unlocked is not None:
                    self._staff_locked = outcome.locked is not None
                    self._store.set(
                        STAFF_LOCK_KEY, outcome.locked.session_id if outcome.locked else ""
                    )
                self._outbox.append(
                    EventKind.COMMAND_APPLIED,
                    command_id=command.id,
                    session_id=command.session_id,
                    remaining_seconds=remaining,
                    ok=outcome.ok,
                )
                self._store.set(LAST_COMMAND_KEY, str(command.id))
            self._last_command_id = command.id
            self._current = self._engine.state()
        log.info(
            "command %d (%s) %s", command.id, command.kind, "applied" if outcome.ok else "refused"
        )
        self._notify_sync()
        if outcome.ended is not None:
            self._did_end(outcome.ended)
        if outcome.started is not None and outcome.grant is not None:
            log.info("session %s started from the desk", outcome.started.session_id)
            self._did_start(outcome.started, outcome.grant, None)
        self._staff_lock_did_change(outcome)
        commands.announce(outcome, command.id, self._listener, self._notify)
        return True

    def _staff_lock_did_change(self, outcome: commands.Outcome) -> None:
        """Staff locked or unlocked the session: escape keys and idle end follow (no lock)."""
        if outcome.locked is None and outcome.unlocked is None:
            return
        if self._enforcer is not None:
            if outcome.locked is not None:
                self._enforcer.away_did_lock()  # keys blocked, no idle end while locked
            elif not self._away.locked:  # the visitor's own away lock still holds
                self._enforcer.away_did_unlock()
        self._beat_now()

    def _set_enabled_locked(self, enabled: bool, reason: str | None) -> None:
        self._disabled_reason = None if enabled else (reason or "")
        self._store.set(DISABLED_KEY, "" if enabled else "1")
        self._store.set(DISABLED_REASON_KEY, reason or "")

    # --- shared helpers (the *_locked ones expect self._lock held) --------------------

    def _save_snapshot_locked(self) -> None:
        state = self._engine.state()
        if state is None:
            return
        now = self._clock.monotonic()
        self._store.save_snapshot(
            Snapshot(state, self._boot_id, now, self._clock.now().isoformat())
        )
        self._last_snapshot = now

    def _record_end_locked(self, end: SessionEnd) -> None:
        with self._store.write():
            self._outbox.append(
                EventKind.SESSION_ENDED,
                session_id=end.session_id,
                used_seconds=end.used_seconds,
                reason=end.reason,
            )
            if self._offline is not None:
                self._offline.session_used(end.visitor.identifier, end.used_seconds)
            self._store.clear_snapshot()
            self._store.set(AWAY_KEY, "")
            self._store.set(STAFF_LOCK_KEY, "")
        self._away.forget()
        self._staff_locked = False
        self._running_apps.clear()
        self._current = None

    def _did_end(self, end: SessionEnd) -> None:
        log.info("session %s ended (%s): %d s used", end.session_id, end.reason, end.used_seconds)
        if self._enforcer is not None:
            self._enforcer.session_did_end(end.session_id)
        self._notify_sync()
        self._notify(self._listener.session_did_end, end.session_id, end.reason)

    def _notify(self, method: Callable[..., None], *args: Any) -> None:
        try:
            method(*args)
        except Exception:
            log.exception("listener %s failed", getattr(method, "__name__", method))
