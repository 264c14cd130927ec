"""HTTP routes for staff to read the sign-in sources and their counts (admin/auth/sources.py).

Read-only: the sources live in the server config file; their secrets are masked.
"""

# No "from __future__ import annotations": FastAPI must see the local Depends() aliases.

from typing import Annotated

from fastapi import APIRouter, Depends

from admin.api.auth import staff_member
from admin.auth.sources import masked
from admin.core.actors import StaffMember
from admin.services import Service
from kiosk.protocol.paths import Paths
from kiosk.protocol.reports import SignInSourceCount, SignInSources, SignInSourceStats


def sign_in_sources_router(service: Service) -> APIRouter:
    router = APIRouter(tags=["staff"])
    stations = service.stations

    Member = Annotated[StaffMember, Depends(staff_member(service))]

    @router.get(Paths.SIGN_IN_SOURCES, response_model=SignInSources)
    def sources(member: Member) -> SignInSources:
        """Each site's sign-in order and each source's settings, secrets masked."""
        return SignInSources(**masked(stations.sources))

    @router.get(Paths.SIGN_IN_SOURCE_STATS, response_model=SignInSourceStats)
    def stats(member: Member) -> SignInSourceStats:
        """Sign-ins and refusals counted per source since the database was made."""
        rows = stations.source_stats.summary()
        return SignInSourceStats(counts=[SignInSourceCount(**row) for row in rows])

    return router
