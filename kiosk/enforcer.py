"""What the station does around each session, beyond its clock.

- **Session start** (sign-in or resume after a restart): escape keys released, the process
  guard begins with the session's allowlist, the idle monitor armed.
- **While it runs** (called from the agent's ticker): apps that exited are reported as
  ``app_used``, the idle monitor is checked, and idling out ends the session (EndReason.IDLE).
- **Session end**: the idle monitor disarmed, the apps stopped (their usage reported), every
  process of the kiosk's user started during the session swept, the folders reset, the
  clipboard cleared, escape keys blocked again. This runs in a worker thread
  (``epn-cleanup``) so the ticker never waits; the next sign-in waits for it.

The enforcer never holds the agent's lock and never calls into the agent while holding its own:
idling out calls ``end_session`` from the ticker thread, outside every lock.

Errors of :meth:`SessionEnforcer.launch`::

    RuntimeError
     ├── LaunchError      kiosk.launcher's: no command for this platform, missing executable
     └── NotPermitted     the app is not in the session's catalogue, or no session runs
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from kiosk.cleanup import CleanupPlan
from kiosk.clock import Clock
from kiosk.guard import GuardReport, ProcessGuard
from kiosk.idle import IdleListener, IdleMonitor, InputWatcher
from kiosk.launcher import AppRun, Launcher, allowed_names
from kiosk.listener import AgentListener
from kiosk.lockdown import Lockdown
from kiosk.protocol import lite
from kiosk.protocol.enums import EndReason, EventKind
from kiosk.refusals import NotPermitted
from kiosk.store import LocalStore

if TYPE_CHECKING:  # records of kiosk/protocol/lite.py at run time (the model names them)
    from kiosk.protocol.station import AppEntry

log = logging.getLogger("epn.kiosk.enforcer")

#: The running session's catalogue, kept so a restarted agent knows what the visitor may run.
SESSION_APPS_KEY = "session_apps"
#: How long a sign-in waits for the previous visitor's cleanup.
CLEANUP_WAIT_SECONDS = 30.0

Record = Callable[..., object]
GuardFactory = Callable[[Callable[[GuardReport], None]], ProcessGuard]


def _not_started(*args: object, **fields: object) -> None:
    raise RuntimeError("the enforcer records events only once started")


class _IdleRelay(IdleListener):
    def __init__(self, enforcer: SessionEnforcer) -> None:
        self._enforcer = enforcer

    def idle_will_end(self, seconds_left: int) -> None:
        self._enforcer._idle_will_end(seconds_left)

    def idle_did_cancel(self) -> None:
        self._enforcer._idle_did_cancel()

    def idle_did_expire(self) -> None:
        self._enforcer._idle_did_expire()


class SessionEnforcer:
    """Lockdown, launcher, process guard, idle monitor and cleanup, driven by session changes."""

    def __init__(
        self,
        *,
        clock: Clock,
        store: LocalStore,
        listener: AgentListener,
        launcher: Launcher,
        lockdown: Lockdown,
        guard_factory: GuardFactory | None = None,
        input_watcher: InputWatcher | None = None,
        idle_seconds: float = 0.0,
        idle_warning_seconds: float = 60.0,
        cleanup: CleanupPlan | None = None,
    ) -> None:
        self._clock = clock
        self._store = store
        self._listener = listener
        self._record: Record = _not_started
        self._launcher = launcher
        self._lockdown = lockdown
        self._guard = guard_factory(self._guard_did_report) if guard_factory else None
        self._input = input_watcher
        self._idle = (
            IdleMonitor(
                clock=clock,
                idle_seconds=idle_seconds,
                warning_seconds=min(idle_warning_seconds, idle_seconds),
                listener=_IdleRelay(self),
            )
            if idle_seconds > 0 and input_watcher is not None
            else None
        )
        self._cleanup = cleanup
        self._lock = threading.Lock()
        self._session_id: str | None = None
        self._apps: dict[str, AppEntry] = {}
        self._cleaning: threading.Thread | None = None
        self._end_session: Callable[[EndReason], object] | None = None

    # --- life cycle -------------------------------------------------------------------

    def start(self, end_session: Callable[[EndReason], object], record: Record) -> None:
        """Start the input watcher and the guard's thread.

        ``end_session`` ends the session when idle; ``record`` queues an event for the server.
        """
        self._end_session = end_session
        self._record = record
        idle, watcher = self._idle, self._input
        if idle is not None and watcher is not None and not watcher.start(idle.activity):
            # never seeing input must not end every session as idle
            log.info("no input backend: sessions will not end when idle")
            self._idle = None
        if self._guard is not None:
            self._guard.start()

    def close(self) -> None:
        """Stop the threads; the running session's apps are left alone (a restart resumes)."""
        cleaning = self._cleaning
        if cleaning is not None:
            cleaning.join(CLEANUP_WAIT_SECONDS)
        if self._input is not None:
            self._input.stop()
        if self._guard is not None:
            self._guard.stop()
        self._lockdown.close()

    def lock(self) -> None:
        """No session runs: block the escape keys."""
        self._lockdown.engage()

    def maintenance_did_start(self) -> None:
        """Staff unlocked the desktop (no session runs): keys free, nothing policed."""
        if self._guard is not None:
            self._guard.end()  # policing runs only with a session; make sure it is paused
        self._lockdown.release()
        log.info("maintenance: desktop unlocked, guard paused")

    def maintenance_did_end(self) -> None:
        """Maintenance is over: the escape keys are blocked again."""
        self._lockdown.engage()
        log.info("maintenance over: desktop locked")

    # --- session ----------------------------------------------------------------------

    def session_did_start(
        self, session_id: str, apps: Sequence[AppEntry] | None, *, resumed: bool = False
    ) -> None:
        """Open the desktop to the visitor: ``apps`` None means the ones saved for a resume."""
        self.wait_cleanup()
        if apps is None:
            apps = self._saved_apps(session_id)
        else:
            self._store.set(
                SESSION_APPS_KEY,
                json.dumps({"session_id": session_id, "apps": lite.jsonable(list(apps))}),
            )
        with self._lock:
            self._session_id = session_id
            self._apps = {app.id: app for app in apps}
        if self._guard is not None:
            self._guard.begin(allowed_names(apps, self._launcher.platform))
        if self._idle is not None:
            self._idle.arm()
        self._lockdown.release()
        log.info(
            "session %s %s: %d app(s) permitted",
            session_id,
            "resumed" if resumed else "opened",
            len(apps),
        )

    def session_did_end(self, session_id: str) -> None:
        """Take the desktop back: stop, sweep, clean and lock, in a worker thread."""
        with self._lock:
            self._session_id = None
            self._apps = {}
        if self._idle is not None:
            self._idle.disarm()
        self._lockdown.engage()
        thread = threading.Thread(
            target=self._clean_after, args=(session_id,), name="epn-cleanup", daemon=True
        )
        self._cleaning = thread
        thread.start()

    def away_did_lock(self) -> None:
        """The visitor locked the session while away: escape keys blocked, no idle end."""
        if self._idle is not None:
            self._idle.disarm()  # the away lock has its own deadline
        self._lockdown.engage()

    def away_did_unlock(self) -> None:
        """The visitor is back: the desktop is theirs again, the idle clock restarts."""
        with self._lock:
            running = self._session_id is not None
        if not running:
            return
        if self._idle is not None:
            self._idle.arm()
        self._lockdown.release()

    def wait_cleanup(self, timeout: float = CLEANUP_WAIT_SECONDS) -> bool:
        """Wait for the last session's cleanup; False if it is still running."""
        cleaning = self._cleaning
        if cleaning is None:
            return True
        cleaning.join(timeout)
        return not cleaning.is_alive()

    def apps(self) -> list[AppEntry]:
        with self._lock:
            return list(self._apps.values())

    def launch(self, app_id: str) -> AppRun:
        """Start one of the visitor's apps. Raises NotPermitted or kiosk.launcher.LaunchError."""
        with self._lock:
            app = self._apps.get(app_id)
            session_id = self._session_id
        if app is None or session_id is None:
            raise NotPermitted(f"app {app_id!r} is not in this session's catalogue")
        run = self._launcher.launch(app)
        if self._guard is not None:
            self._guard.allow_pid(run.pid)
        log.info("app %s started (pid %d)", app_id, run.pid)
        self._notify(self._listener.app_did_launch, app_id)
        return run

    def next_due(self, poll: float) -> float | None:
        """When :meth:`tick` next has something to do (monotonic) besides looking at the apps,
        which the ticker does at least every second anyway: the idle monitor's next step."""
        idle = self._idle
        with self._lock:
            running = self._session_id is not None
        if not running or idle is None:
            return None
        return idle.due(poll)

    def tick(self) -> None:
        """Report apps that exited, check the idle monitor (from the agent's ticker)."""
        with self._lock:
            session_id = self._session_id
        if session_id is None:
            return
        for run in self._launcher.poll():
            self._report_run(session_id, run)
        if self._idle is not None:
            self._idle.check()

    # --- callbacks --------------------------------------------------------------------

    def _idle_will_end(self, seconds_left: int) -> None:
        log.info("no input for a while: the session ends in %d s", seconds_left)
        self._notify(self._listener.idle_will_end_session, seconds_left)

    def _idle_did_cancel(self) -> None:
        log.info("input again: idle warning cancelled")
        self._notify(self._listener.idle_did_cancel)

    def _idle_did_expire(self) -> None:
        log.info("the session ends: no input")
        if self._end_session is not None:
            self._end_session(EndReason.IDLE)

    def _guard_did_report(self, report: GuardReport) -> None:
        with self._lock:
            session_id = self._session_id
        log.warning("forbidden process %s (pid %d) %s", report.name, report.pid, report.action)
        self._record(
            EventKind.PROCESS_STOPPED,
            session_id=session_id,
            process=report.name[:128],
            detail=report.action,
        )
        self._notify(self._listener.process_did_stop, report.name, report.action)

    # --- cleanup ----------------------------------------------------------------------

    def _clean_after(self, session_id: str) -> None:
        self._notify(self._listener.cleanup_will_start)
        errors = 0
        parts: list[str] = []
        try:
            runs = self._launcher.stop_all()
            for run in runs:
                self._report_run(session_id, run)
            # the apps that had exited just before the end, not polled yet
            for run in self._launcher.poll():
                self._report_run(session_id, run)
            if self._guard is not None:
                swept = self._guard.sweep()
                self._guard.end()
                parts.append(f"{len(runs) + len(swept)} process(es) stopped")
            else:
                parts.append(f"{len(runs)} app(s) stopped")
            if self._cleanup is not None:
                report = self._cleanup.run()
                errors += len(report.errors)
                parts.append(report.summary())
        except Exception:
            errors += 1
            log.exception("bug in the cleanup of session %s", session_id)
        finally:
            self._store.set(SESSION_APPS_KEY, "")
        summary = "; ".join(parts) or "nothing to clean"
        log.info("session %s cleaned up: %s", session_id, summary)
        self._record(
            EventKind.CLEANUP_DONE, session_id=session_id, detail=summary[:500], ok=errors == 0
        )
        self._notify(self._listener.cleanup_did_finish, summary)

    def _report_run(self, session_id: str, run: AppRun) -> None:
        log.info("app %s used %d s", run.app_id, run.seconds)
        self._record(
            EventKind.APP_USED, session_id=session_id, app_id=run.app_id, used_seconds=run.seconds
        )

    def _saved_apps(self, session_id: str) -> list[AppEntry]:
        raw = self._store.get(SESSION_APPS_KEY)
        if not raw:
            return []
        try:
            saved = json.loads(raw)
            if saved.get("session_id") != session_id:
                return []
            return [lite.read_record("AppEntry", a) for a in saved.get("apps", [])]
        except (ValueError, TypeError, AttributeError):  # a LiteError is a ValueError
            log.warning("saved catalogue unreadable: the resumed session gets no app")
            return []

    def _notify(self, method: Callable[..., None], *args: Any) -> None:
        try:
            method(*args)
        except Exception:
            log.exception("listener %s failed", getattr(method, "__name__", method))
