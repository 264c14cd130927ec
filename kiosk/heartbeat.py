"""What the staff console sees live of the running session: the heartbeat's contents.

The sync thread (kiosk/link.py) queues a heartbeat every ``heartbeat_seconds``: the session's
time used and left, locked or not, the app in use, the agent's version. When one of these
changes other than with the clock (an app started or stopped, a lock or an unlock),
:meth:`Heartbeat.beat_now` queues one at once and wakes the sync thread, so the console
shows it within a second rather than up to 10 s later.

The station's alerts (:class:`kiosk.protocol.station.StationAlert`: its protection is not what
it should be) ride on every heartbeat; raising or clearing one sends a heartbeat at once too,
so staff see the warning on the station's tile within a second.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from kiosk.clock import Clock
from kiosk.launcher import AppRun, RunningApps
from kiosk.protocol.enums import StationAlert
from kiosk.session_keeper import SessionKeeper

log = logging.getLogger("epn.kiosk.heartbeat")


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
        self._alerts: set[StationAlert] = set()
        self._alerts_lock = threading.Lock()

    def alerts(self) -> list[StationAlert]:
        """The alerts raised now, in a stable order."""
        with self._alerts_lock:
            return sorted(self._alerts)

    def set_alert(self, alert: StationAlert, raised: bool) -> None:
        """Raise or clear an alert; a change goes out in a heartbeat at once. Any thread."""
        alert = StationAlert(alert)
        with self._alerts_lock:
            if (alert in self._alerts) == raised:
                return
            if raised:
                self._alerts.add(alert)
            else:
                self._alerts.discard(alert)
        if raised:
            log.warning("alert raised: %s", alert.value)
        else:
            log.info("alert cleared: %s", alert.value)
        self.beat_now()

    def append(self) -> None:
        """Queue a heartbeat (replacing the unsent one of the same session)."""
        keeper = self._keeper
        with keeper.lock:
            view = keeper.engine.view()
            if view is None:
                keeper.outbox.append_heartbeat(
                    session_id=None, agent_version=self._agent_version, alerts=self.alerts()
                )
            else:
                keeper.outbox.append_heartbeat(
                    session_id=view.session_id,
                    used_seconds=view.used_seconds,
                    remaining_seconds=view.remaining_seconds,
                    agent_version=self._agent_version,
                    locked=self._locked(),
                    app_id=self.apps.current(),
                    alerts=self.alerts(),
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
