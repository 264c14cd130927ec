"""What the staff console sees live of the running session: the heartbeat's contents.

The sync thread (kiosk/link.py) queues a heartbeat every ``heartbeat_seconds``: the session's
time used and left, locked or not, the app in use, the agent's version. When one of these
changes other than with the clock (an app started or stopped, a lock or an unlock),
:meth:`Heartbeat.beat_now` queues one at once and wakes the sync thread, so the console
shows it within a second rather than up to 10 s later.
"""

from __future__ import annotations

from collections.abc import Callable

from kiosk.clock import Clock
from kiosk.launcher import AppRun, RunningApps
from kiosk.session_keeper import SessionKeeper


class Heartbeat:
    """Builds and queues the station's heartbeats; tracks the visitor's apps still running."""

    def __init__(
        self,
        *,
        keeper: SessionKeeper,
        clock: Clock,
        agent_version: str,
        locked: Callable[[], bool],
        wake: Callable[[], None],
    ) -> None:
        self._keeper = keeper
        self._agent_version = agent_version
        self._locked = locked
        self._wake = wake
        #: The visitor's apps still running, for the app in use the heartbeats report.
        self.apps = RunningApps(clock)

    def append(self) -> None:
        """Queue a heartbeat (replacing the unsent one of the same session)."""
        keeper = self._keeper
        with keeper.lock:
            view = keeper.engine.view()
            if view is None:
                keeper.outbox.append_heartbeat(session_id=None, agent_version=self._agent_version)
            else:
                keeper.outbox.append_heartbeat(
                    session_id=view.session_id,
                    used_seconds=view.used_seconds,
                    remaining_seconds=view.remaining_seconds,
                    agent_version=self._agent_version,
                    locked=self._locked(),
                    app_id=self.apps.current(),
                )

    def beat_now(self) -> None:
        """Queue a heartbeat now and send it: what staff see of the session just changed."""
        self.append()
        self._wake()

    def app_started(self, run: AppRun) -> None:
        if self.apps.started(run) != run.app_id:
            self.beat_now()  # the console shows the app in use within a second

    def app_ended(self, app_id: str, seconds: int | None) -> bool:
        """A run of the visitor's app ended; True when a heartbeat went out for it."""
        if self.apps.ended(app_id, seconds) and self._keeper.engine.running:
            self.beat_now()
            return True
        return False
