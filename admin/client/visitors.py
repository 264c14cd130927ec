"""Staff client calls: visitor accounts, their usage, CSV import and export (a mixin of
admin.client.staff_client.StaffClient).

The names say "visitor": the mixins share one namespace, and ``disable``/``enable`` are the
stations' (client_room). The categories and allowances are in client_sites.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from admin.client.base import ClientBase
from kiosk.protocol.paths import Paths
from kiosk.protocol.people import (
    ImportReport,
    PinChange,
    VisitorCreate,
    VisitorDetail,
    VisitorDisable,
    VisitorList,
    VisitorUpdate,
    VisitorUsage,
)
from kiosk.protocol.privacy import Erasure, RetentionView, VisitorData

#: An import hashes every PIN of the file (argon2id, slow on purpose): give it time.
IMPORT_TIMEOUT = 120.0


class VisitorCalls(ClientBase):
    def search_visitors(self, text: str = "", limit: int = 100) -> list[VisitorDetail]:
        """Visitors whose identifier starts with ``text`` or whose name contains it."""
        params: dict[str, Any] = {"limit": limit}
        if text.strip():
            params["search"] = text.strip()
        return self._request("GET", Paths.VISITORS, VisitorList, params=params).visitors

    def visitor(self, identifier: str) -> VisitorDetail:
        return self._request("GET", Paths.visitor(identifier), VisitorDetail)

    def create_visitor(self, request: VisitorCreate) -> VisitorDetail:
        body = request.model_dump(mode="json")
        return self._request("POST", Paths.VISITORS, VisitorDetail, json=body)

    def update_visitor(self, identifier: str, changes: VisitorUpdate) -> VisitorDetail:
        """Change the fields set on ``changes`` (a field set to None is cleared)."""
        body = changes.model_dump(mode="json", exclude_unset=True)
        return self._request("PATCH", Paths.visitor(identifier), VisitorDetail, json=body)

    def disable_visitor(
        self, identifier: str, reason: str, until: date | None = None
    ) -> VisitorDetail:
        """Refuse the visitor's sign-ins; ``until`` is the last day (None: until enabled)."""
        body = VisitorDisable(reason=reason, until=until).model_dump(mode="json")
        return self._request("POST", Paths.visitor(identifier, "disable"), VisitorDetail, json=body)

    def enable_visitor(self, identifier: str) -> VisitorDetail:
        return self._request("POST", Paths.visitor(identifier, "enable"), VisitorDetail)

    def set_visitor_pin(self, identifier: str, pin: str | None) -> VisitorDetail:
        """Set a new PIN (4 to 12 digits), or remove it with None."""
        body = PinChange(pin=pin).model_dump(mode="json")
        return self._request("POST", Paths.visitor(identifier, "pin"), VisitorDetail, json=body)

    def visitor_usage(self, identifier: str) -> VisitorUsage:
        """Seconds today and this week, and the recent sessions at the member's sites."""
        return self._request("GET", Paths.visitor(identifier, "usage"), VisitorUsage)

    def import_visitors(self, data: bytes, dry_run: bool) -> ImportReport:
        """Send a CSV file; ``dry_run`` only checks it. A real import of a file with problems
        raises ApiError(INVALID_REQUEST) whose ``details["problems"]`` lists them."""
        return self._request(
            "POST",
            Paths.VISITORS_IMPORT,
            ImportReport,
            params={"dry_run": "true" if dry_run else "false"},
            content=data,
            timeout=max(self._timeout, IMPORT_TIMEOUT),
        )

    def export_visitors(self, excel: bool = False) -> str:
        """Admins: every visitor as CSV text (``excel``: ';' separator and a BOM)."""
        params = {"excel": "true"} if excel else {}
        return self._request_text("GET", Paths.VISITORS_EXPORT, params=params)

    # --- a visitor's rights and retention (docs/PRIVACY.md) ---------------------------------

    def visitor_data(self, identifier: str) -> VisitorData:
        """Everything held about the visitor (audited). NOT_FOUND: no such card."""
        return self._request("GET", Paths.visitor(identifier, "data"), VisitorData)

    def visitor_data_pdf(self, identifier: str, language: str) -> bytes:
        """The same as a readable PDF in ``language`` (fr, nl, en); FONT_MISSING (503)."""
        return self._request_bytes(
            "GET", Paths.visitor(identifier, "data.pdf"), params={"language": language}
        )

    def erase_visitor(self, identifier: str) -> Erasure:
        """Admins: erase the visitor (VISITOR_IN_SESSION while in session; NOT_FOUND)."""
        return self._request("POST", Paths.visitor(identifier, "erase"), Erasure)

    def retention(self) -> RetentionView:
        """The retention periods and the accounts to be deleted within a month."""
        return self._request("GET", Paths.RETENTION, RetentionView)
