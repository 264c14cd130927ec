"""HTTP routes for visitor accounts and guest tickets (staff, login token).

Visitors are city-wide (one account signs in at every site), so every staff member may search
and manage them; the bulk export of personal data is for admins only. Tickets belong to a
site: staff create and list them at their own sites. Every change is audited.
"""

# No "from __future__ import annotations": FastAPI must see the local Depends() aliases.

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from admin.api.auth import staff_member
from admin.api.params import VisitorIdentifier
from admin.core.actors import StaffMember
from admin.core.errors import Refused
from admin.services import Service
from admin.visitors.accounts import SEARCH_LIMIT
from kiosk.protocol.errors import ErrorCode
from kiosk.protocol.paths import Paths
from kiosk.protocol.people import (
    ImportReport,
    PinChange,
    TicketBatch,
    TicketBatchRequest,
    TicketList,
    VisitorCreate,
    VisitorDetail,
    VisitorDisable,
    VisitorList,
    VisitorUpdate,
)

_ONE = f"{Paths.VISITORS}/{{identifier}}"
_CSV_BODY = {
    "requestBody": {
        "required": True,
        "content": {"text/csv": {"schema": {"type": "string"}}},
    }
}


def visitors_router(service: Service) -> APIRouter:
    router = APIRouter(tags=["visitors"])
    visitors = service.visitors
    csv = service.visitor_csv
    tickets = service.tickets

    Member = Annotated[StaffMember, Depends(staff_member(service))]

    # --- visitors -----------------------------------------------------------------------

    @router.get(Paths.VISITORS, response_model=VisitorList)
    def search(
        member: Member,
        search: Annotated[
            str | None, Query(max_length=100, description="identifier prefix or part of name")
        ] = None,
        limit: Annotated[int, Query(ge=1, le=SEARCH_LIMIT)] = SEARCH_LIMIT,
    ) -> VisitorList:
        """Visitors, or those matching ``search``, by identifier."""
        return VisitorList(visitors=visitors.search(search, limit))

    @router.post(Paths.VISITORS, response_model=VisitorDetail, status_code=201)
    def create(member: Member, request: VisitorCreate) -> VisitorDetail:
        """Add a visitor account."""
        fields = request.model_dump(exclude={"identifier", "pin"})
        return visitors.create(member.id, request.identifier, pin=request.pin, **fields)

    @router.post(Paths.VISITORS_IMPORT, response_model=ImportReport, openapi_extra=_CSV_BODY)
    async def import_csv(
        member: Member,
        request: Request,
        dry_run: Annotated[bool, Query(description="only check the file")] = False,
    ) -> ImportReport:
        """Import visitors from CSV: all rows or none; a dry run lists every bad value."""
        data = await request.body()
        if dry_run:
            return await run_in_threadpool(csv.dry_run, data)
        return await run_in_threadpool(csv.import_, data, member.id)

    @router.get(
        Paths.VISITORS_EXPORT,
        response_class=Response,
        responses={200: {"content": {"text/csv": {"schema": {"type": "string"}}}}},
    )
    def export_csv(
        member: Member,
        excel: Annotated[bool, Query(description="';' separator and a BOM, for Excel")] = False,
    ) -> Response:
        """Admins: every visitor as CSV, without PINs."""
        if member.role != "admin":
            raise Refused(ErrorCode.FORBIDDEN, "admins only")
        text = csv.export(separator=";" if excel else ",", bom=excel, staff_id=member.id)
        return Response(
            text,
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": 'attachment; filename="visitors.csv"'},
        )

    @router.get(_ONE, response_model=VisitorDetail)
    def get(member: Member, identifier: VisitorIdentifier) -> VisitorDetail:
        """One visitor."""
        return visitors.get(identifier)

    @router.patch(_ONE, response_model=VisitorDetail)
    def edit(
        member: Member, identifier: VisitorIdentifier, request: VisitorUpdate
    ) -> VisitorDetail:
        """Change the fields sent; a null clears one."""
        return visitors.edit(member.id, identifier, request.model_dump(exclude_unset=True))

    @router.post(f"{_ONE}/disable", response_model=VisitorDetail)
    def disable(
        member: Member, identifier: VisitorIdentifier, request: VisitorDisable
    ) -> VisitorDetail:
        """Refuse the visitor's sign-ins, with a reason, optionally through a last day."""
        return visitors.disable(member.id, identifier, request.reason, request.until)

    @router.post(f"{_ONE}/enable", response_model=VisitorDetail)
    def enable(member: Member, identifier: VisitorIdentifier) -> VisitorDetail:
        """Let the visitor sign in again."""
        return visitors.enable(member.id, identifier)

    @router.post(f"{_ONE}/pin", response_model=VisitorDetail)
    def set_pin(member: Member, identifier: VisitorIdentifier, request: PinChange) -> VisitorDetail:
        """Set a new PIN (4 to 12 digits), or remove it with null."""
        return visitors.set_pin(member.id, identifier, request.pin)

    # --- tickets ------------------------------------------------------------------------

    @router.post(Paths.TICKETS, response_model=TicketBatch, status_code=201)
    def create_tickets(member: Member, request: TicketBatchRequest) -> TicketBatch:
        """Create a batch of single-use guest tickets at one of the member's sites."""
        return tickets.create_batch(
            member,
            request.site,
            request.count,
            request.minutes,
            request.valid_from,
            request.valid_to,
        )

    @router.get(Paths.TICKETS, response_model=TicketList)
    def list_tickets(
        member: Member,
        site: Annotated[str | None, Query(max_length=100, description="only this site")] = None,
    ) -> TicketList:
        """Tickets of the member's sites, newest first."""
        return TicketList(tickets=tickets.list(member, site))

    return router
