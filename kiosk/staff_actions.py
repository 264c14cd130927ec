"""Staff at the station: their sign-in at the kiosk's staff panel, what they ask, maintenance.

Each call but :meth:`StaffActions.end_maintenance` and :meth:`StaffActions.maintenance_left`
blocks on the server: the UI runs it in a worker. An extension or an end of the running
session is only queued on the server: it comes back as a staff command (kiosk/commands.py),
like one sent from the console. Maintenance (kiosk/maintenance.py) unlocks the desktop once
the server has recorded it, never while a visitor's session runs.
"""

from __future__ import annotations

import logging
import uuid
from typing import TYPE_CHECKING

from kiosk.client import StationApi
from kiosk.listener import AgentListener, notify
from kiosk.maintenance import MaintenanceWindow
from kiosk.protocol.enums import StationStaffKind
from kiosk.session import SessionAlreadyRunning
from kiosk.session_keeper import SessionKeeper

if TYPE_CHECKING:
    from kiosk.enforcer import SessionEnforcer
    from kiosk.protocol.station_staff import StationStaffDone, StationStaffLogin

log = logging.getLogger("epn.kiosk.agent")


class StaffActions:
    """What staff do at the station, through the server; the maintenance window."""

    def __init__(
        self,
        *,
        client: StationApi,
        keeper: SessionKeeper,
        maintenance: MaintenanceWindow,
        enforcer: SessionEnforcer | None,
        listener: AgentListener,
    ) -> None:
        self._client = client
        self._keeper = keeper
        #: Staff unlocked the desktop for a few minutes (never persisted: a restart locks).
        self._maintenance = maintenance
        self._enforcer = enforcer
        self._listener = listener

    def sign_in(self, username: str, secret: str) -> StationStaffLogin:
        """A staff login valid on this station; raises ApiError (BAD_LOGIN, FORBIDDEN, ...)."""
        return self._client.staff_login(username, secret)

    def sign_out(self, token: str) -> None:
        self._client.staff_logout(token)

    def extend(self, token: str, minutes: int) -> StationStaffDone:
        """Queue an extension of the running session; it comes back as a staff command."""
        return self._client.staff_action(
            token, StationStaffKind.EXTEND, minutes, request_id=uuid.uuid4().hex
        )

    def end(self, token: str) -> StationStaffDone:
        """Queue the end of the running session; it comes back as a staff command."""
        return self._client.staff_action(token, StationStaffKind.END, request_id=uuid.uuid4().hex)

    # --- maintenance ------------------------------------------------------------------

    @property
    def in_maintenance(self) -> bool:
        """The desktop is unlocked for maintenance: no visitor signs in."""
        return self._maintenance.active

    def start_maintenance(self, token: str, minutes: int) -> int:
        """Unlock the desktop for ``minutes`` once the server has recorded it; returns seconds.

        Raises SessionAlreadyRunning while a visitor's session runs (end it first).
        """
        keeper = self._keeper
        if keeper.engine.running:
            raise SessionAlreadyRunning("a session is running: end it first")
        self._client.staff_action(token, StationStaffKind.MAINTENANCE, minutes)
        return self.open_window(minutes)

    def open_window(self, minutes: int) -> int:
        """Unlock the desktop for ``minutes`` (recorded with the server already); returns seconds.

        Raises SessionAlreadyRunning while a visitor's session runs.
        """
        keeper = self._keeper
        with keeper.lock:
            if keeper.engine.running:
                raise SessionAlreadyRunning("a session is running: end it first")
            seconds = self._maintenance.open(minutes)
        if self._enforcer is not None:
            self._enforcer.maintenance_did_start()
        log.info("maintenance: desktop unlocked for %d min", minutes)
        notify(self._listener.maintenance_did_start, seconds)
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

    def quit_for_maintenance(self, token: str) -> int:
        """Record that staff quit the kiosk; the program then exits with code 0.

        Returns how many seconds the station stays without its screen: 0 here (a kiosk in
        its own process is started again by hand); the station service answers its own.
        """
        self._client.staff_action(token, StationStaffKind.QUIT)
        log.info("staff quit the kiosk for maintenance")
        return 0

    def next_due(self) -> float | None:
        """When the ticker must look again (monotonic): the maintenance window's end, or None."""
        return self._maintenance.deadline

    def tick(self) -> None:
        """The ticker's check: lock the desktop again when the window's time is up."""
        if self._maintenance.expired():
            self._maintenance_did_end()

    def _maintenance_did_end(self) -> None:
        if self._enforcer is not None:
            self._enforcer.maintenance_did_end()
        log.info("maintenance over: desktop locked again")
        notify(self._listener.maintenance_did_end)
