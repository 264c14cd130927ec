"""Staff client calls: stats (a mixin of admin.client.staff_client.StaffClient)."""

from __future__ import annotations

from datetime import date
from typing import Any

from admin.client.base import ClientBase
from kiosk.protocol.paths import Paths
from kiosk.protocol.reports import StatsReport


def _params(
    period: str | None, site_id: int | None, start: date | None, end: date | None
) -> dict[str, Any]:
    params: dict[str, Any] = {}
    if period is not None:
        params["period"] = period
    if site_id is not None:
        params["site"] = site_id
    if start is not None:
        params["start"] = start.isoformat()
    if end is not None:
        params["end"] = end.isoformat()
    return params


class StatsCalls(ClientBase):
    def stats(
        self,
        period: str | None = "today",
        site_id: int | None = None,
        *,
        start: date | None = None,
        end: date | None = None,
    ) -> StatsReport:
        """The usage report of a period at a site (None: all the member's sites)."""
        params = _params(period, site_id, start, end)
        return self._request("GET", Paths.STATS, StatsReport, params=params)

    def stats_csv(
        self,
        period: str | None = "today",
        site_id: int | None = None,
        *,
        start: date | None = None,
        end: date | None = None,
    ) -> str:
        """The same report as CSV text (see :func:`kiosk.protocol.csv_format.stats_csv`)."""
        return self._request_text(
            "GET", Paths.STATS_CSV, params=_params(period, site_id, start, end)
        )

    def label_report(
        self,
        period: str | None,
        site_id: int | None = None,
        *,
        start: date | None = None,
        end: date | None = None,
        file_format: str = "pdf",
        language: str = "fr",
    ) -> bytes:
        """The label report (admin/reports/label.py) as a file: PDF, a ZIP of CSV files or
        XLSX. Refusals: INVALID_REQUEST (the period), FORBIDDEN (another's site)."""
        params: dict[str, Any] = {"format": file_format, "lang": language}
        if period is not None:
            params["period"] = period
        if site_id is not None:
            params["site"] = site_id
        if start is not None:
            params["from"] = start.isoformat()
        if end is not None:
            params["to"] = end.isoformat()
        return self._request_bytes("GET", Paths.LABEL_REPORT, params=params)
