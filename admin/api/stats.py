"""HTTP routes for usage statistics (staff, login token): JSON and the same figures as CSV.

Staff see their own sites (another site is FORBIDDEN), admins every site; no ``site``: all the
member's sites together. See :mod:`admin.reports.stats` for what each figure counts.
"""

# No "from __future__ import annotations": FastAPI must see the local Depends() aliases.

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response

from admin.api.auth import staff_member
from admin.core.actors import StaffMember
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

    return router
