"""HTTP route for a visitor's usage: today, this week, recent sessions (staff, login token).

Visitors are city-wide, so any staff member reads a visitor's totals (they decide at the
desk); the sessions listed are those at the member's own sites (admins: all).
"""

# No "from __future__ import annotations": FastAPI must see the local Depends() aliases.

from typing import Annotated

from fastapi import APIRouter, Depends

from admin.api_params import VisitorIdentifier
from admin.ledger import Ledger
from admin.routes_auth import staff_member
from admin.service import Service, StaffMember
from kiosk.protocol.paths import Paths
from kiosk.protocol.people import VisitorUsage


def ledger_router(service: Service) -> APIRouter:
    router = APIRouter(tags=["visitors"])
    ledger = Ledger(service.store, service.clock)

    Member = Annotated[StaffMember, Depends(staff_member(service))]

    @router.get(f"{Paths.VISITORS}/{{identifier}}/usage", response_model=VisitorUsage)
    def usage(member: Member, identifier: VisitorIdentifier) -> VisitorUsage:
        """A visitor's seconds today and this week, and their recent sessions."""
        return ledger.show(member, identifier)

    return router
