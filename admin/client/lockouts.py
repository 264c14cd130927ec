"""Staff client calls: the limits on failed sign-ins (a mixin of admin.client.staff_client.StaffClient)."""

from __future__ import annotations

from admin.client.base import ClientBase
from kiosk.protocol.paths import Paths
from kiosk.protocol.reports import LockoutInfo, LockoutList


class LockoutCalls(ClientBase):
    def lockouts(self, *, every: bool = False) -> list[LockoutInfo]:
        """The limits making someone wait now, longest wait first (``every``: all counters);
        staff see their sites' and the cards', admins all."""
        params = {"all": "true"} if every else None
        return self._request("GET", Paths.LOCKOUTS, LockoutList, params=params).lockouts

    def clear_lockout(self, lockout_id: int) -> LockoutInfo:
        """Lift one limit now (audited); NOT_FOUND when it is gone or not the member's."""
        return self._request("DELETE", Paths.lockout(lockout_id), LockoutInfo)
