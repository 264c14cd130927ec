"""HTTP routes for usage statistics (staff, login token): JSON and the same figures as CSV.

Staff see their own sites (another site is FORBIDDEN), admins every site; no ``site``: all the
member's sites together. See :mod:`admin.reports.stats` for what each figure counts.
"""

# No "from __future__ import annotations": FastAPI must see the local Depends() aliases.

from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response

from admin.api.auth import staff_member
from admin.core.actors import StaffMember
from admin.reports.label_files import MEDIA_TYPES, file_name, render
from admin.services import Service
from kiosk.protocol.csv_format import stats_csv
from kiosk.protocol.paths import Paths
from kiosk.protocol.reports import StatsPeriod, StatsReport

Period = Annotated[
    StatsPeriod | None,
    Query(description="today, week (Monday first) or month, in the site's local time"),
]
SiteParam = Annotated[
    int | None, Query(ge=1, le=2**31 - 1, description="a site's id (default: all your sites)")
]
LabelPeriod = Annotated[
    str | None,
    Query(
        max_length=7,
        pattern=r"^\d{4}(-\d{2}|-Q[1-4])?$",
        description="a year (2026), a month (2026-07) or a quarter (2026-Q3); or from and to",
    ),
]
LabelStart = Annotated[date | None, Query(alias="from", description="first local day")]
LabelEnd = Annotated[date | None, Query(alias="to", description="last local day, inclusive")]
FileFormat = Annotated[
    Literal["pdf", "csv", "xlsx"],
    Query(alias="format", description="pdf, csv (a ZIP of one CSV file per table) or xlsx"),
]
Language = Annotated[Literal["fr", "nl", "en"], Query(description="the report's language")]
Start = Annotated[date | None, Query(description="first local day (with end, replaces period)")]
End = Annotated[date | None, Query(description="last local day, inclusive")]


def stats_router(service: Service) -> APIRouter:
    router = APIRouter(tags=["staff"])
    stats = service.stats

    Member = Annotated[StaffMember, Depends(staff_member(service))]

    @router.get(Paths.STATS, response_model=StatsReport)
    def report(
        member: Member,
        period: Period = None,
        site: SiteParam = None,
        start: Start = None,
        end: End = None,
    ) -> StatsReport:
        """Sessions, time used, unique visitors, breakdowns and hourly occupancy of a period."""
        return stats.report(member, period, site=site, start=start, end=end)

    @router.get(
        Paths.STATS_CSV,
        response_class=Response,
        responses={200: {"content": {"text/csv": {}}, "description": "the report as CSV"}},
    )
    def report_csv(
        member: Member,
        period: Period = None,
        site: SiteParam = None,
        start: Start = None,
        end: End = None,
    ) -> Response:
        """The same figures as CSV (UTF-8, one header row)."""
        shown = stats.report(member, period, site=site, start=start, end=end)
        name = f"epn-stats-{shown.start}-{shown.end}.csv"
        return Response(
            stats_csv(shown),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{name}"'},
        )

    @router.get(
        Paths.LABEL_REPORT,
        response_class=Response,
        responses={
            200: {
                "content": {media: {} for media in MEDIA_TYPES.values()},
                "description": "the label report as PDF, a ZIP of CSV files or XLSX",
            }
        },
    )
    def label_report(
        member: Member,
        period: LabelPeriod = None,
        site: SiteParam = None,
        start: LabelStart = None,
        end: LabelEnd = None,
        file_format: FileFormat = "pdf",
        lang: Language = "fr",
    ) -> Response:
        """The label report of a period (month, quarter, year or dates) for a site or the
        network: offer against the label thresholds, usage, visitors, breakdowns, workshops,
        occupancy. Never an identifier or a visitor's name."""
        shown = service.label_reports.report(member, period, site=site, start=start, end=end)
        data = render(shown, file_format, lang, service.network_name)
        return Response(
            data,
            media_type=MEDIA_TYPES[file_format],
            headers={
                "Content-Disposition": f'attachment; filename="{file_name(shown, file_format)}"'
            },
        )

    return router
