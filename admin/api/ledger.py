"""HTTP route for a visitor's usage: today, this week, recent sessions (staff, login token).

Visitors are city-wide, so any staff member reads a visitor's totals (they decide at the
desk); the sessions listed are those at the member's own sites (admins: all).
"""

# No "from __future__ import annotations": FastAPI must see the local Depends() aliases.

from typing import Annotated

from fastapi import APIRouter, Depends

from admin.api.auth import staff_member
from admin.api.params import VisitorIdentifier
from admin.core.actors import StaffMember
from admin.services import Service
from kiosk.protocol.paths import Paths
from kiosk.protocol.people import VisitorUsage


def ledger_router(service: Service) -> APIRouter:
    router = APIRouter(tags=["visitors"])
    ledger = service.ledger

    Member = Annotated[StaffMember, Depends(staff_member(service))]

    @router.get(f"{Paths.VISITORS}/{{identifier}}/usage", response_model=VisitorUsage)
    def usage(member: Member, identifier: VisitorIdentifier) -> VisitorUsage:
        """A visitor's seconds today and this week, and their recent sessions."""
        return ledger.show(member, identifier)

    return router
