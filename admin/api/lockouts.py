"""HTTP routes to see and clear the limits on failed sign-ins (staff; admin/lockouts/review.py)."""

# No "from __future__ import annotations": FastAPI must see the local Depends() aliases.

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query

from admin.api.auth import staff_member
from admin.core.actors import StaffMember
from admin.services import Service
from kiosk.protocol.paths import Paths
from kiosk.protocol.reports import LockoutInfo, LockoutList


def lockouts_router(service: Service) -> APIRouter:
    router = APIRouter(tags=["staff"])
    lockouts = service.lockouts

    Member = Annotated[StaffMember, Depends(staff_member(service))]

    @router.get(Paths.LOCKOUTS, response_model=LockoutList)
    def listing(
        member: Member,
        every: Annotated[
            bool,
            Query(alias="all", description="every counter, not only those making someone wait"),
        ] = False,
    ) -> LockoutList:
        """Limits on failed sign-ins that make someone wait now, longest wait first.

        Staff see their sites' stations and the cards' city-wide slowing; admins see all,
        console logins and enrolment by client address included. Cards are masked.
        """
        return LockoutList(lockouts=lockouts.list(member, every=every))

    @router.delete(Paths.lockout("{lockout_id}"), response_model=LockoutInfo)
    def clear(
        member: Member,
        lockout_id: Annotated[int, Path(ge=1, le=2**63 - 1, description="id of the lockout")],
    ) -> LockoutInfo:
        """Lift one limit now (audited as ``lockout.clear``); 404 if gone or not yours."""
        return lockouts.clear(member, lockout_id)

    return router
