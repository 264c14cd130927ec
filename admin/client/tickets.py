"""Staff client calls: guest tickets and the audit log (a mixin of admin.client.staff_client.StaffClient).

Tickets belong to a site, named as the server names it; staff create and list them at their
own sites. The audit log is read-only: admins read every entry, staff the entries of their
sites and their own actions (see admin.reports.audit_log).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import RootModel

from admin.client.base import ClientBase
from kiosk.protocol.paths import Paths
from kiosk.protocol.people import TicketBatch, TicketBatchRequest, TicketInfo, TicketList
from kiosk.protocol.reports import AuditEntry, AuditList
from kiosk.protocol.staff import StaffAccount


class _StaffAccounts(RootModel[list[StaffAccount]]):
    pass


def _moment(value: date | datetime | str | None) -> str | None:
    """A date, an aware datetime or a text, as the audit route's ``since`` / ``until``."""
    if value is None or isinstance(value, str):
        return value
    return value.isoformat()


class TicketCalls(ClientBase):
    # --- guest tickets ----------------------------------------------------------------------

    def create_tickets(
        self,
        site: str,
        count: int,
        minutes: int,
        valid_from: date | None = None,
        valid_to: date | None = None,
    ) -> TicketBatch:
        """``count`` single-use tickets of ``minutes`` at ``site``, valid from the first to the
        last day in the site's timezone (default: today only)."""
        body = TicketBatchRequest(
            site=site, count=count, minutes=minutes, valid_from=valid_from, valid_to=valid_to
        ).model_dump(mode="json")
        return self._request("POST", Paths.TICKETS, TicketBatch, json=body)

    def tickets(self, site: str | None = None) -> list[TicketInfo]:
        """The tickets of the member's sites (or of ``site``), newest first."""
        params = {"site": site} if site else None
        return self._request("GET", Paths.TICKETS, TicketList, params=params).tickets

    # --- audit log --------------------------------------------------------------------------

    def audit(
        self,
        *,
        since: date | datetime | str | None = None,
        until: date | datetime | str | None = None,
        staff: str | None = None,
        action: str | None = None,
        limit: int | None = None,
        site: int | None = None,
    ) -> list[AuditEntry]:
        """Audit entries, newest first; ``action`` is exact or a prefix (``"command"``);
        ``site``: only that site's entries.

        A date as ``until`` includes that whole day (UTC); pass aware datetimes for local days.
        """
        params: dict[str, Any] = {}
        for name, value in (("since", _moment(since)), ("until", _moment(until))):
            if value is not None:
                params[name] = value
        if staff:
            params["staff"] = staff
        if action:
            params["action"] = action
        if limit is not None:
            params["limit"] = limit
        if site is not None:
            params["site"] = site
        return self._request("GET", Paths.AUDIT, AuditList, params=params).entries

    def staff_accounts(self) -> list[StaffAccount]:
        """Admins: every staff account with its role and sites."""
        return self._request("GET", Paths.STAFF_ACCOUNTS, _StaffAccounts).root
