"""Staff API client (sync httpx), used by the staff console's worker threads and the CLI.

Every failure is a :class:`kiosk.protocol.http.ClientError`: ``ServerUnreachable`` for connection
errors, timeouts and 5xx; ``ApiError`` with its :class:`ErrorCode` for 4xx.
"""

from __future__ import annotations

from typing import Any, Literal

from admin.client.base import ClientBase
from admin.client.catalogue import CatalogueCalls
from admin.client.classes import ClassCalls
from admin.client.holds import HoldCalls
from admin.client.lockouts import LockoutCalls
from admin.client.room import RoomCalls
from admin.client.sign_in_sources import SignInSourceCalls
from admin.client.sites import SiteCalls
from admin.client.stats import StatsCalls
from admin.client.tickets import TicketCalls
from admin.client.visitors import VisitorCalls
from admin.client.workshops import WorkshopCalls
from kiosk.protocol.http import LONG_POLL_MARGIN
from kiosk.protocol.paths import Paths
from kiosk.protocol.room import SessionList, SessionSummary, StationList
from kiosk.protocol.sites import SiteList, SiteSummary
from kiosk.protocol.staff import LoginRequest, LoginResponse, StaffInfo


class StaffClient(
    RoomCalls,
    VisitorCalls,
    TicketCalls,
    CatalogueCalls,
    SiteCalls,
    StatsCalls,
    LockoutCalls,
    HoldCalls,
    WorkshopCalls,
    SignInSourceCalls,
    ClassCalls,
    ClientBase,
):
    """Every staff call of the API; the calls of each area live in ``admin/client_<area>.py``."""

    def login(self, username: str, password: str) -> LoginResponse:
        """Log in and keep the token for the next calls."""
        body = LoginRequest(username=username, password=password).model_dump()
        response = self._request("POST", Paths.AUTH_LOGIN, LoginResponse, json=body)
        self._token = response.token
        return response

    def me(self) -> StaffInfo:
        return self._request("GET", Paths.AUTH_ME, StaffInfo)

    def sites(self) -> list[SiteSummary]:
        """The sites the member manages (admins: all), with whether each is open now."""
        return self._request("GET", Paths.SITES, SiteList).sites

    def stations(self, since: int | None = None, wait: float = 0) -> StationList:
        """The station list; with ``since`` the server holds the call up to ``wait`` s."""
        params: dict[str, Any] = {}
        if since is not None:
            params = {"since": since, "wait": wait}
        timeout = max(self._timeout, wait + LONG_POLL_MARGIN)
        return self._request("GET", Paths.STATIONS, StationList, params=params, timeout=timeout)

    def sessions(self, state: Literal["active", "ended"] | None = None) -> list[SessionSummary]:
        params = {"state": state} if state else {}
        return self._request("GET", Paths.SESSIONS, SessionList, params=params).sessions

    def __enter__(self) -> StaffClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
